using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class CountryKindType() : DomainEnum<CountryKind>("CountryKind", "What kind of entity.", new Dictionary<CountryKind, string>
{
    [CountryKind.UnMember] = "A UN member state.",
    [CountryKind.ObserverState] = "A UN observer state (Holy See, State of Palestine).",
    [CountryKind.OtherEntity] = "Another entity taking part in treaties (Cook Islands, Niue, Kosovo, Taiwan).",
    [CountryKind.FormerState] = "A state that no longer exists (ISO 3166-3 code).",
});
