using TreatyTracker.Domain;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class DatasetType() : RecordGraphType<DatasetInfo>("Dataset");
