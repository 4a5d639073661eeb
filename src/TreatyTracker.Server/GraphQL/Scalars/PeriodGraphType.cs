using GraphQL.Types;
using NodaTime;
using NodaTime.Text;

namespace TreatyTracker.Server.GraphQL;

public sealed class PeriodGraphType : NodaScalar<Period>
{
    public PeriodGraphType() : base("Period", "ISO 8601 period, e.g. \"P6M\" or \"P90D\" (NodaTime Period).",
        PeriodPattern.NormalizingIso, "P6M") => Init();
}
