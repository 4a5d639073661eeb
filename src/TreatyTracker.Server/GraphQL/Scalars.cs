using GraphQL.Types;
using GraphQLParser.AST;
using NodaTime;
using NodaTime.Text;

namespace TreatyTracker.Server.GraphQL;

/// <summary>Base for NodaTime scalars: an ISO 8601 string on the wire, parsed with a NodaTime pattern.</summary>
public abstract class NodaScalar<T>(string name, string description, IPattern<T> pattern, string example) : ScalarGraphType
{
    protected void Init()
    {
        Name = name;
        Description = description;
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse(s.Value.ToString()),
        _ => ThrowLiteralConversionError(value, $"{name} must be a string such as \"{example}\""),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        T t => t,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        T t => pattern.Format(t),
        _ => ThrowSerializationError(value),
    };

    private T Parse(string text)
    {
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new FormatException($"'{text}' is not a valid {name} (expected e.g. \"{example}\")");
    }
}

public sealed class LocalDateGraphType : NodaScalar<LocalDate>
{
    public LocalDateGraphType() : base("LocalDate", "ISO 8601 calendar date without time zone, e.g. \"2025-12-27\" (NodaTime LocalDate).",
        LocalDatePattern.Iso, "2025-12-27") => Init();
}

public sealed class PeriodGraphType : NodaScalar<Period>
{
    public PeriodGraphType() : base("Period", "ISO 8601 period, e.g. \"P6M\" or \"P90D\" (NodaTime Period).",
        PeriodPattern.NormalizingIso, "P6M") => Init();
}

public sealed class InstantGraphType : NodaScalar<Instant>
{
    public InstantGraphType() : base("Instant", "A point in time in UTC, ISO 8601, e.g. \"2026-01-10T08:00:00Z\" (NodaTime Instant).",
        InstantPattern.ExtendedIso, "2026-01-10T08:00:00Z") => Init();
}
