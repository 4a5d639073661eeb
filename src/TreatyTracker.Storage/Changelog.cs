using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Storage;

[Description("What a dataset version did to a record.")]
public enum RecordChangeKind
{
    [Description("The record appears for the first time.")]
    Added,
    [Description("An existing record was changed; fields lists each changed value, reason says why.")]
    Corrected,
    [Description("The record was removed; reason says why.")]
    Retracted,
}

/// <summary>One field of a corrected record, before and after.</summary>
/// <param name="Field">The field as in the seed files, nested fields with dots: "date", "coverage.note".</param>
/// <param name="Before">Its value before the correction; null when it had none. Lists of names are joined with ", ", other lists are JSON.</param>
/// <param name="After">Its value after the correction; null when it has none.</param>
public sealed record FieldChange(
    string Field,
    string? Before,
    string? After);

/// <summary>What one dataset version did to one record.</summary>
/// <remarks>
/// What one dataset version did to one record. Treaty, country, kind and date describe the record (for a
/// retraction: as it was); Fields lists, for a correction, every field whose value changed.
/// </remarks>
/// <param name="Version">The dataset version that made the change.</param>
/// <param name="RecordId">The record's stable id in the seed files (treaty code, country code, event id).</param>
/// <param name="Change">Added, corrected or retracted.</param>
/// <param name="Reason">Why: the correction's or the retraction's reason as the seed file gives it.</param>
public sealed record RecordChange(
    int Version,
    string RecordType,
    string RecordId,
    RecordChangeKind Change,
    string? Reason,
    string? TreatyCode,
    string? CountryCode,
    string? Kind,
    string? Date,
    IReadOnlyList<FieldChange> Fields);

/// <summary>One dataset version (one seed file) and what it changed.</summary>
/// <remarks>One dataset version and everything it added, corrected and retracted, in file order.</remarks>
/// <param name="Version">The dataset version.</param>
/// <param name="FileName">The seed file in data/.</param>
/// <param name="Sha256">SHA-256 of the seed file.</param>
/// <param name="Date">The seed file's own date.</param>
/// <param name="Description">What the version adds or changes, in the seed file's words.</param>
public sealed record VersionChanges(
    int Version,
    string FileName,
    string Sha256,
    LocalDate Date,
    string Description,
    IReadOnlyList<RecordChange> Changes);

/// <summary>
/// What changed between dataset versions, replayed from the seed files themselves (which keep every version,
/// correction and retraction). Field values are compared as the records' own fields, flattened
/// ("coverage.level"), so a field added to a record later is compared too.
/// </summary>
public static class Changelog
{
    public static IReadOnlyList<VersionChanges> Of(IEnumerable<SeedFile> files)
    {
        var current = new Dictionary<(string Type, string Id), object>();
        var result = new List<VersionChanges>();
        foreach (var file in files.OrderBy(f => f.Version))
        {
            var changes = new List<RecordChange>();
            void Apply<T>(IEnumerable<Located<T>> records, string type, Func<T, string> id) where T : notnull
            {
                foreach (var (value, _, correction) in records)
                {
                    var key = (type, id(value));
                    var before = current.GetValueOrDefault(key);
                    var fields = before is null ? [] : Diff(Flatten(before), Flatten(value));
                    changes.Add(Describe(file.Version, type, key.Item2, before is null ? RecordChangeKind.Added : RecordChangeKind.Corrected, correction, value, fields));
                    current[key] = value;
                }
            }
            Apply(file.Treaties, RecordTypes.Treaty, t => t.Code);
            Apply(file.Countries, RecordTypes.Country, c => c.Code);
            Apply(file.Events, RecordTypes.Event, e => e.Id);
            foreach (var x in file.Retractions)
            {
                var key = (x.RecordType, x.Id);
                if (current.Remove(key, out var old))
                    changes.Add(Describe(file.Version, x.RecordType, x.Id, RecordChangeKind.Retracted, x.Reason, old, []));
            }
            result.Add(new VersionChanges(file.Version, file.FileName, file.Sha256, file.Date, file.Description, changes));
        }
        return result;
    }

    private static RecordChange Describe(int version, string type, string id, RecordChangeKind change, string? reason, object record, IReadOnlyList<FieldChange> fields) =>
        record switch
        {
            TreatyEvent e => new(version, type, id, change, reason, e.TreatyCode, e.CountryCode, EnumText.Of(e.Kind), e.Date.ToString(), fields),
            Treaty t => new(version, type, id, change, reason, t.Code, null, null, null, fields),
            Country c => new(version, type, id, change, reason, null, c.Code, null, null, fields),
            _ => new(version, type, id, change, reason, null, null, null, null, fields),
        };

    private static List<FieldChange> Diff(Dictionary<string, string?> before, Dictionary<string, string?> after) =>
        before.Keys.Union(after.Keys)
            .Select(k => new FieldChange(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .Where(f => f.Before != f.After)
            .ToList();

    /// <summary>A record's fields as text, nested records flattened with dots; lists of text joined with ", ", other lists as JSON.</summary>
    public static Dictionary<string, string?> Flatten(object record)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, child) in o) Walk(child, path.Length == 0 ? name : $"{path}.{name}");
                    break;
                case JsonArray a when a.All(x => x is JsonValue v && v.GetValueKind() == JsonValueKind.String):
                    result[path] = a.Count == 0 ? null : string.Join(", ", a.Select(x => x!.GetValue<string>()));
                    break;
                case JsonArray a:
                    result[path] = a.Count == 0 ? null : a.ToJsonString(Options);
                    break;
                case JsonValue v:
                    result[path] = v.GetValueKind() switch
                    {
                        JsonValueKind.String => v.GetValue<string>(),
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        _ => v.ToJsonString(),
                    };
                    break;
                default:
                    result[path] = null;
                    break;
            }
        }
        Walk(JsonSerializer.SerializeToNode(record, record.GetType(), Options), "");
        return result;
    }

    /// <summary>
    /// Records' constructor fields only (not derived properties such as Names or Day), camelCase; enums as on the wire
    /// (RATIFICATION), dates and periods ISO 8601, a partial date as known ("2025-03"); nulls left out.
    /// </summary>
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new WireEnums(), new Text<LocalDate>(Dates.Iso), new Text<Period>(p => p.ToString()), new Text<PartialDate>(d => d.ToString()) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ConstructorFieldsOnly } },
    };

    private static void ConstructorFieldsOnly(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var ctor = info.Type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (ctor is null) return;
        var names = ctor.GetParameters().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = info.Properties.Count - 1; i >= 0; i--)
            if (info.Properties[i].AttributeProvider is System.Reflection.PropertyInfo p && !names.Contains(p.Name))
                info.Properties.RemoveAt(i);
    }

    private sealed class Text<T>(Func<T, string> format) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
    }

    private sealed class WireEnums : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;
        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(EnumConverter<>).MakeGenericType(typeToConvert))!;

        private sealed class EnumConverter<T> : JsonConverter<T> where T : struct, Enum
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();
            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(EnumText.Of(value));
        }
    }
}
