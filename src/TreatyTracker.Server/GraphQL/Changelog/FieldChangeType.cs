using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class FieldChangeType : RecordGraphType<FieldChange>;
