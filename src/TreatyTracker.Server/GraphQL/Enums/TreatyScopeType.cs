using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class TreatyScopeType() : DomainEnum<TreatyScope>("TreatyScope", "Who can take part.", new Dictionary<TreatyScope, string>
{
    [TreatyScope.Multilateral] = "Open to all states.",
    [TreatyScope.Plurilateral] = "A closed group of states.",
    [TreatyScope.Bilateral] = "Two parties; it ends when one party's withdrawal takes effect.",
});
