using System.Collections.Concurrent;
using System.Reflection;
using System.Xml.Linq;

namespace TreatyTracker.Server.GraphQL;

/// <summary>
/// The summaries the compiler writes to an assembly's XML documentation file (GenerateDocumentationFile): what a
/// <see cref="RecordGraphType{T}"/> takes its type and field descriptions from. A record's positional parameter
/// documented with &lt;param&gt; has its property's summary there too.
/// </summary>
public static class XmlDocumentation
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, XElement>> Files = new();

    /// <summary>The type's summary as plain text (whitespace collapsed), or null when it has none.</summary>
    public static string? Summary(Type type) => SummaryOf(type.Assembly, $"T:{Name(type)}");

    /// <summary>The property's summary (for a positional record parameter: its &lt;param&gt;) as plain text, or null when it has none.</summary>
    public static string? Summary(PropertyInfo property) =>
        SummaryOf(property.DeclaringType!.Assembly, $"P:{Name(property.DeclaringType!)}.{property.Name}");

    /// <summary>Where the assembly's documentation file is expected: beside the assembly, as the build and publish put it.</summary>
    public static string PathOf(Assembly assembly) =>
        Path.Combine(assembly.Location is { Length: > 0 } location ? Path.GetDirectoryName(location)! : AppContext.BaseDirectory,
            $"{assembly.GetName().Name}.xml");

    /// <summary>A summary as one line of text. A description is plain text: a summary with markup (see, c, para) is an error rather than text silently dropped.</summary>
    private static string? SummaryOf(Assembly assembly, string member)
    {
        if (Files.GetOrAdd(assembly, Read).GetValueOrDefault(member) is not { } summary) return null;
        if (summary.Elements().FirstOrDefault() is { } markup)
            throw new FormatException($"The summary of {member} holds <{markup.Name}>: a GraphQL description is plain text.");
        return string.Join(' ', summary.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static IReadOnlyDictionary<string, XElement> Read(Assembly assembly)
    {
        var path = PathOf(assembly);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} is missing: the GraphQL descriptions and fields of {assembly.GetName().Name}'s records are read from it " +
                "(its project sets GenerateDocumentationFile; build and publish copy it beside the assembly).", path);
        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("summary")!, StringComparer.Ordinal);
    }

    private static string Name(Type type) => type.FullName!.Replace('+', '.');
}
