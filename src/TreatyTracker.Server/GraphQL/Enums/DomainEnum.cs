using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>A domain enum on the wire: SCREAMING_SNAKE names, as stored in the database and seed files.</summary>
public class DomainEnum<T> : EnumerationGraphType where T : struct, Enum
{
    public DomainEnum(string name, string description, IReadOnlyDictionary<T, string> values)
    {
        Name = name;
        Description = description;
        foreach (var value in Enum.GetValues<T>())
            Add(EnumText.Of(value), value, values.TryGetValue(value, out var d) ? d : throw new InvalidOperationException($"{name}.{value} has no description"));
    }
}
