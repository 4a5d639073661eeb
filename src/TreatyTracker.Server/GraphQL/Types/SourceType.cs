using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class SourceType : RecordGraphType<Source>;
