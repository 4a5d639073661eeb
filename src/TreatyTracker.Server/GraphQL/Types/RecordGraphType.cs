using System.Reflection;
using GraphQL.Types;

namespace TreatyTracker.Server.GraphQL;

/// <summary>
/// An object type over a record whose plain fields are declared once, where the record declares its properties:
/// every public property with a documentation summary (for a positional record parameter, its &lt;param&gt;) is a field,
/// described by that text (camelCase name, the graph type of the property's CLR type as mapped in <see cref="TreatySchema"/>;
/// nullable properties give nullable fields). The type's description is the record's own summary. Both are read from
/// the record assembly's XML documentation file (<see cref="XmlDocumentation"/>); a property left out of the schema has
/// no summary (a plain comment says what it is).
/// A subclass adds only the fields that are more than a property: an id, arguments, lookups, computed values.
/// </summary>
public abstract class RecordGraphType<T> : AutoRegisteringObjectGraphType<T>
{
    /// <param name="name">The type's name in the schema, where it is not the record's (TreatyEvent is "Event").</param>
    protected RecordGraphType(string? name = null)
    {
        if (name is not null) Name = name;
    }

    protected override void ConfigureGraph()
    {
        base.ConfigureGraph();
        Description = XmlDocumentation.Summary(typeof(T));
    }

    protected override IEnumerable<MemberInfo> GetRegisteredMembers() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => XmlDocumentation.Summary(p) is not null);

    protected override FieldType CreateField(MemberInfo memberInfo)
    {
        var field = base.CreateField(memberInfo)!;
        field.Description = XmlDocumentation.Summary((PropertyInfo)memberInfo);
        return field;
    }

    /// <summary>Makes this type a Relay node: it implements Node, recognises its records, and its id is the global id of its name and the record's key.</summary>
    protected void IsNode(Func<T, string> key)
    {
        Interface<NodeInterface>();
        IsTypeOf = o => o is T;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Of(Name, key(c.Source)));
    }

    /// <summary>The "country" field of a record that names its state by code: the dataset's country of that code.</summary>
    protected void CountryField(string description, Func<T, string> code) =>
        Field<NonNullGraphType<CountryType>>("country").Description(description).Resolve(c => c.Reference().CountryByCode[code(c.Source)]);
}
