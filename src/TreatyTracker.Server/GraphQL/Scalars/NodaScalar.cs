using GraphQL.Types;
using GraphQLParser.AST;
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
