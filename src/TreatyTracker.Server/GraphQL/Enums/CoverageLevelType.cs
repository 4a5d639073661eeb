using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class CoverageLevelType() : DomainEnum<CoverageLevel>("CoverageLevel", "How complete the recorded participation is.", new Dictionary<CoverageLevel, string>
{
    [CoverageLevel.Complete] = "Every participant is recorded, checked against the depositary's count.",
    [CoverageLevel.Partial] = "Some participants or acts are missing: a missing record means 'not recorded'.",
});
