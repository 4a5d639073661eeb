using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class WithdrawalStatusType() : DomainEnum<WithdrawalStatus>("WithdrawalStatus", "The stage of a withdrawal.", new Dictionary<WithdrawalStatus, string>
{
    [WithdrawalStatus.Announced] = "Said by a government or parliament; no legal effect.",
    [WithdrawalStatus.Notified] = "Notice received by the depositary (or the other party); the period runs.",
    [WithdrawalStatus.Effective] = "The state is no longer bound.",
    [WithdrawalStatus.Rescinded] = "Taken back before it took effect.",
});
