
namespace TreatyTracker.Server.GraphQL;

public sealed class CitationType : RecordGraphType<Citation>;
