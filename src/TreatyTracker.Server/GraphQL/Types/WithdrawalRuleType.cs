using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class WithdrawalRuleType : RecordGraphType<WithdrawalRule>;
