using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TreatyTracker.Domain;
using YamlDotNet.RepresentationModel;

namespace TreatyTracker.Storage.Seeds;

/// <summary>
/// Reads one YAML mapping field by field, recording a problem (with line and column) for every missing,
/// malformed or unknown field instead of stopping at the first.
/// </summary>
internal sealed class YamlReader
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly List<SeedProblem> _problems;
    private readonly HashSet<string> _read = new(16, StringComparer.Ordinal); // sized for a record's fields: no rehashing per record

    public YamlReader(YamlMappingNode node, string file, List<SeedProblem> problems)
    {
        _node = node;
        _file = file;
        _problems = problems;
    }

    public SeedLocation Location => At(_node);

    public SeedLocation At(YamlNode node) => new(_file, checked((int)node.Start.Line), checked((int)node.Start.Column));

    public void Problem(YamlNode node, string message) => _problems.Add(new SeedProblem(At(node), message));

    public int ProblemCount => _problems.Count;

    /// <summary>A problem about the mapping as a whole, reported at its first line.</summary>
    public void Missing(string message) => _problems.Add(new SeedProblem(Location, message));

    private YamlNode? Get(string key)
    {
        _read.Add(key);
        foreach (var (k, v) in _node.Children)
            if (k is YamlScalarNode s && s.Value == key) return IsNull(v) ? null : v;
        return null;
    }

    private static bool IsNull(YamlNode v) => v is YamlScalarNode { Value: null or "" or "~" or "null" } s && s.Style == YamlDotNet.Core.ScalarStyle.Plain;

    public YamlNode? Node(string key) => Get(key);

    public string? Text(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required) _problems.Add(new SeedProblem(Location, $"missing required field '{key}'"));
            return null;
        }
        if (node is YamlScalarNode s) return s.Value?.Trim();
        Problem(node, $"'{key}' must be a single value, not a {Kind(node)}");
        return null;
    }

    public PartialDate? PartialDate(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (Domain.PartialDate.TryParse(text, out var d)) return d;
        Problem(Get(key)!, $"'{key}': '{text}' is not a date (use yyyy-MM-dd, or yyyy-MM / yyyy when only the month or year is known)");
        return null;
    }

    public LocalDate? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (Dates.TryParseDay(text, out var d)) return d;
        Problem(Get(key)!, $"'{key}': '{text}' is not a calendar date (yyyy-MM-dd)");
        return null;
    }

    public Period? Period(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        var result = PeriodPattern.NormalizingIso.Parse(text);
        if (result.Success && !result.Value.HasTimeComponent && result.Value != NodaTime.Period.Zero) return result.Value;
        Problem(Get(key)!, $"'{key}': '{text}' is not an ISO 8601 date period such as P6M, P90D or P1Y");
        return null;
    }

    public bool Bool(string key)
    {
        var text = Text(key);
        if (text is null) return false;
        if (bool.TryParse(text, out var b)) return b;
        Problem(Get(key)!, $"'{key}': '{text}' is not true or false");
        return false;
    }

    public int? Int(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)) return i;
        Problem(Get(key)!, $"'{key}': '{text}' is not a whole number");
        return null;
    }

    public T? Enum<T>(string key, bool required = false) where T : struct, System.Enum
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (EnumText.TryParse<T>(text, out var value)) return value;
        Problem(Get(key)!, $"'{key}': '{text}' is not one of {string.Join(", ", EnumText.Names<T>())}");
        return null;
    }

    public List<string> TextList(string key)
    {
        var node = Get(key);
        if (node is null) return [];
        if (node is YamlSequenceNode seq)
        {
            var list = new List<string>();
            foreach (var item in seq)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } v }) list.Add(v.Trim());
                else Problem(item, $"'{key}' items must be single values");
            }
            return list;
        }
        Problem(node, $"'{key}' must be a list");
        return [];
    }

    public IEnumerable<YamlReader> Mappings(string key)
    {
        var node = Get(key);
        if (node is null) yield break;
        if (node is not YamlSequenceNode seq)
        {
            Problem(node, $"'{key}' must be a list");
            yield break;
        }
        foreach (var item in seq)
        {
            if (item is YamlMappingNode map) yield return new YamlReader(map, _file, _problems);
            else Problem(item, $"each item of '{key}' must be a mapping of fields");
        }
    }

    public YamlReader? Mapping(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required) _problems.Add(new SeedProblem(Location, $"missing required field '{key}'"));
            return null;
        }
        if (node is YamlMappingNode map) return new YamlReader(map, _file, _problems);
        Problem(node, $"'{key}' must be a mapping of fields");
        return null;
    }

    /// <summary>Reports every field that no reader asked for: a typo must not pass silently.</summary>
    public void RejectUnknownFields(string what)
    {
        foreach (var (k, _) in _node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "?";
            if (!_read.Contains(name)) Problem(k, $"unknown field '{name}' in {what}");
        }
    }

    private static string Kind(YamlNode n) => n switch { YamlSequenceNode => "list", YamlMappingNode => "mapping", _ => "value" };
}
