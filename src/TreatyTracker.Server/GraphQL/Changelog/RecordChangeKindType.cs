using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class RecordChangeKindType() : DomainEnum<RecordChangeKind>("RecordChangeKind", "What a dataset version did to a record.", new Dictionary<RecordChangeKind, string>
{
    [RecordChangeKind.Added] = "The record appears for the first time.",
    [RecordChangeKind.Corrected] = "An existing record was changed; fields lists each changed value, reason says why.",
    [RecordChangeKind.Retracted] = "The record was removed; reason says why.",
});
