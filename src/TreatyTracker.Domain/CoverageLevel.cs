using System.ComponentModel;

namespace TreatyTracker.Domain;

[Description("How complete the recorded participation is.")]
public enum CoverageLevel
{
    [Description("Every participant is recorded, checked against the depositary's count.")]
    Complete,
    [Description("Some participants or acts are missing: a missing record means 'not recorded'.")]
    Partial,
}
