using System.ComponentModel;

namespace TreatyTracker.Domain;

[Description("The stage of a withdrawal.")]
public enum WithdrawalStatus
{
    [Description("Said by a government or parliament; no legal effect.")]
    Announced,
    [Description("Notice received by the depositary (or the other party); the period runs.")]
    Notified,
    [Description("The state is no longer bound.")]
    Effective,
    [Description("Taken back before it took effect.")]
    Rescinded,
}
