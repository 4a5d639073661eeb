using System.ComponentModel;
using System.Reflection;
using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>
/// A domain enum on the wire: its CLR name, SCREAMING_SNAKE values as stored in the database and seed files
/// (<see cref="EnumText"/>), and the descriptions the enum declares with <see cref="DescriptionAttribute"/>
/// on itself and on each member. One graph type for every enum: a new enum needs only its attributes.
/// </summary>
public sealed class DomainEnum<T> : EnumerationGraphType where T : struct, Enum
{
    public DomainEnum()
    {
        Name = typeof(T).Name;
        Description = DescriptionOf(typeof(T));
        foreach (var value in Enum.GetValues<T>())
            Add(EnumText.Of(value), value, DescriptionOf(typeof(T).GetField(value.ToString())!));
    }

    private static string DescriptionOf(MemberInfo member) =>
        member.GetCustomAttribute<DescriptionAttribute>()?.Description
        ?? throw new InvalidOperationException($"{typeof(T).Name}{(member is Type ? "" : "." + member.Name)} has no [Description]");
}
