using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class CoverageType : RecordGraphType<Coverage>;
