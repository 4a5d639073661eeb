using NodaTime;
using NodaTime.Text;

namespace TreatyTracker.Server.GraphQL;

// The schema's NodaTime scalars (mapped from their CLR types in TreatySchema): name, description, pattern, example.

public sealed class LocalDateGraphType() : NodaScalar<LocalDate>("LocalDate",
    "ISO 8601 calendar date without time zone, e.g. \"2025-12-27\" (NodaTime LocalDate).", LocalDatePattern.Iso, "2025-12-27");

public sealed class PeriodGraphType() : NodaScalar<Period>("Period",
    "ISO 8601 period, e.g. \"P6M\" or \"P90D\" (NodaTime Period).", PeriodPattern.NormalizingIso, "P6M");

public sealed class InstantGraphType() : NodaScalar<Instant>("Instant",
    "A point in time in UTC, ISO 8601, e.g. \"2026-01-10T08:00:00Z\" (NodaTime Instant).", InstantPattern.ExtendedIso, "2026-01-10T08:00:00Z");
