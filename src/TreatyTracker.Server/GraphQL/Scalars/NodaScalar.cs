using GraphQL.Types;
using GraphQLParser.AST;
using NodaTime.Text;

namespace TreatyTracker.Server.GraphQL;

/// <summary>
/// A NodaTime value as a scalar: an ISO 8601 string on the wire, parsed and formatted with the NodaTime pattern it is
/// given. Each scalar of the schema is one line naming its pattern (<see cref="LocalDateGraphType"/> and the others).
/// </summary>
public abstract class NodaScalar<T> : ScalarGraphType
{
    private readonly IPattern<T> pattern;
    private readonly string example;

    protected NodaScalar(string name, string description, IPattern<T> pattern, string example)
    {
        Name = name;
        Description = description;
        this.pattern = pattern;
        this.example = example;
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse(s.Value.ToString()),
        _ => ThrowLiteralConversionError(value, $"{Name} must be a string such as \"{example}\""),
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
        return result.Success ? result.Value : throw new FormatException($"'{text}' is not a valid {Name} (expected e.g. \"{example}\")");
    }
}
