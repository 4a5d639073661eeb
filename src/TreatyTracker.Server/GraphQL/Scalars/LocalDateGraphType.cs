using GraphQL.Types;
using NodaTime;
using NodaTime.Text;

namespace TreatyTracker.Server.GraphQL;

public sealed class LocalDateGraphType : NodaScalar<LocalDate>
{
    public LocalDateGraphType() : base("LocalDate", "ISO 8601 calendar date without time zone, e.g. \"2025-12-27\" (NodaTime LocalDate).",
        LocalDatePattern.Iso, "2025-12-27") => Init();
}
