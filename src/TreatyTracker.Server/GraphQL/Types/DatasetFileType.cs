using TreatyTracker.Domain;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class DatasetFileType : RecordGraphType<DatasetFile>;
