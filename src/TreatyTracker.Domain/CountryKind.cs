using System.ComponentModel;

namespace TreatyTracker.Domain;

[Description("What kind of entity.")]
public enum CountryKind
{
    [Description("A UN member state.")]
    UnMember,
    [Description("A UN observer state (Holy See, State of Palestine).")]
    ObserverState,
    [Description("Another entity taking part in treaties (Cook Islands, Niue, Kosovo, Taiwan).")]
    OtherEntity,
    [Description("A state that no longer exists (ISO 3166-3 code).")]
    FormerState,
}
