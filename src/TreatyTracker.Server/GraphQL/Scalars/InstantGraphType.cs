using GraphQL.Types;
using NodaTime;
using NodaTime.Text;

namespace TreatyTracker.Server.GraphQL;

public sealed class InstantGraphType : NodaScalar<Instant>
{
    public InstantGraphType() : base("Instant", "A point in time in UTC, ISO 8601, e.g. \"2026-01-10T08:00:00Z\" (NodaTime Instant).",
        InstantPattern.ExtendedIso, "2026-01-10T08:00:00Z") => Init();
}
