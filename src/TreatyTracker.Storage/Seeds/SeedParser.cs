using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using TreatyTracker.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TreatyTracker.Storage.Seeds;

/// <summary>
/// Turns seed files into records. Finds every problem it can in one pass: a file with errors yields a
/// <see cref="SeedFile"/> that must not be applied (the problem list says why).
/// </summary>
public static partial class SeedParser
{
    [GeneratedRegex(@"^(\d{4})-[a-z0-9][a-z0-9-]*\.ya?ml$")]
    public static partial Regex FileNamePattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._~-]*$")]
    private static partial Regex EventIdPattern();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]*$")]
    private static partial Regex TreatyCodePattern();

    [GeneratedRegex(@"^([A-Z]{2}|[A-Z]{4})$")]
    private static partial Regex CountryCodePattern();

    /// <summary>The seed files of a directory in version order (by the number their name starts with).</summary>
    public static IReadOnlyList<string> Discover(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList()
            : [];

    public static SeedFile Parse(string path, List<SeedProblem> problems)
    {
        var bytes = File.ReadAllBytes(path);
        return Parse(Path.GetFileName(path), bytes, problems, path);
    }

    public static SeedFile Parse(string fileName, byte[] bytes, List<SeedProblem> problems, string? path = null)
    {
        var file = new SeedFile { Path = path ?? fileName, FileName = fileName, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
        var nameMatch = FileNamePattern().Match(fileName);
        if (!nameMatch.Success)
            problems.Add(new SeedProblem(file.Location, "file name must be NNNN-short-description.yaml, where NNNN is the dataset version (e.g. 0001-baseline.yaml)"));

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(new UTF8Encoding(false, true).GetString(bytes)));
        }
        catch (YamlException e)
        {
            problems.Add(new SeedProblem(new SeedLocation(fileName, checked((int)e.Start.Line), checked((int)e.Start.Column)), $"YAML syntax: {Inner(e)}"));
            return file;
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new SeedProblem(file.Location, "the file is not valid UTF-8"));
            return file;
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new SeedProblem(file.Location, "a seed file is one YAML document whose top level is a mapping (version, date, description, ...)"));
            return file;
        }

        var r = new YamlReader(root, fileName, problems);
        file.Version = r.Int("version", required: true) ?? 0;
        file.Date = r.Date("date", required: true) ?? default;
        file.Description = r.Text("description", required: true) ?? "";
        r.Text("notes");
        if (nameMatch.Success && file.Version != 0 && int.Parse(nameMatch.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) != file.Version)
            r.Problem(r.Node("version")!, $"version {file.Version} does not match the file name's number {nameMatch.Groups[1].Value}");

        foreach (var t in r.Mappings("treaties")) if (ReadTreaty(t) is { } treaty) file.Treaties.Add(treaty);
        foreach (var c in r.Mappings("countries")) if (ReadCountry(c) is { } country) file.Countries.Add(country);
        foreach (var e in r.Mappings("events")) if (ReadEvent(e) is { } ev) file.Events.Add(ev);
        foreach (var x in r.Mappings("retract"))
        {
            var type = x.Text("type", required: true);
            var id = x.Text("id", required: true);
            var reason = x.Text("reason", required: true);
            if (type is not null and not (RecordTypes.Treaty or RecordTypes.Country or RecordTypes.Event))
                x.Problem(x.Node("type")!, $"'type': '{type}' is not one of treaty, country, event");
            x.RejectUnknownFields("a retraction");
            if (type is not null && id is not null && reason is not null) file.Retractions.Add(new Retraction(type, id, reason, x.Location));
        }
        r.RejectUnknownFields("the file's top level");
        return file;
    }

    private static string Inner(Exception e) => e.InnerException is { } inner && inner.Message.Length > 0 ? inner.Message : e.Message;

    private static List<Source> ReadSources(YamlReader r, bool required)
    {
        var list = new List<Source>();
        foreach (var s in r.Mappings("sources"))
        {
            var url = s.Text("url", required: true);
            var publisher = s.Text("publisher", required: true);
            var notification = s.Text("notification");
            var states = s.Text("states");
            s.RejectUnknownFields("a source");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                s.Problem(s.Node("url")!, $"'url': '{url}' is not an absolute http(s) address");
            else if (url is not null && publisher is not null) list.Add(new Source(url, publisher, notification, states));
        }
        if (required && list.Count == 0 && r.Node("sources") is null) r.Missing("missing required field 'sources': every record needs at least one source");
        return list;
    }

    private static Located<Treaty>? ReadTreaty(YamlReader r)
    {
        var before = r.ProblemCount;
        var code = r.Text("code", required: true);
        if (code is not null && !TreatyCodePattern().IsMatch(code)) r.Problem(r.Node("code")!, $"'code': '{code}' must be upper-case letters, digits and _ (e.g. APMBC, NEW_START)");
        var name = r.Text("name", required: true);
        var fullName = r.Text("fullName") ?? name;
        var aliases = r.TextList("aliases");
        var category = r.Enum<TreatyCategory>("category", required: true);
        var scope = r.Enum<TreatyScope>("scope", required: true);
        var adopted = r.Date("adoptedOn");
        var opened = r.Date("openedForSignatureOn");
        var eif = r.Date("entryIntoForceOn");
        var terminated = r.Date("terminatedOn");
        var expired = r.Date("expiredOn");
        var depositaries = r.TextList("depositaries");

        var eifRule = new EntryIntoForceRule(EntryIntoForceRuleKind.Unknown);
        if (r.Mapping("entryIntoForceRule") is { } er)
        {
            var kind = er.Enum<EntryIntoForceRuleKind>("kind", required: true);
            var n = er.Int("n") ?? 0;
            if (kind is { } k && EntryIntoForceRule.NeedsN(k) && n <= 0)
                er.Problem(er.Node("kind")!, $"'{EnumText.Of(kind.Value)}' needs a positive 'n'");
            eifRule = new EntryIntoForceRule(kind ?? EntryIntoForceRuleKind.OnDeposit, n, er.Text("article"), er.Date("triggeringDepositOn"));
            er.RejectUnknownFields("an entry-into-force rule");
        }
        var withdrawal = WithdrawalRule.None;
        if (r.Mapping("withdrawalRule", required: true) is { } wr)
        {
            withdrawal = new WithdrawalRule(wr.Period("noticePeriod"), wr.Text("article"), wr.Bool("armedConflictClause"), wr.Text("notes"));
            wr.RejectUnknownFields("a withdrawal rule");
        }
        Coverage? coverage = null;
        if (r.Mapping("coverage", required: true) is { } cr)
        {
            var level = cr.Enum<CoverageLevel>("level", required: true);
            var asOf = cr.Date("asOf", required: true);
            var note = cr.Text("note");
            var parties = cr.Int("parties");
            cr.RejectUnknownFields("coverage");
            if (level is not null && asOf is not null) coverage = new Coverage(level.Value, asOf.Value, note, parties);
        }
        var sources = ReadSources(r, required: true);
        var correction = r.Text("correction");
        r.Text("note");
        r.RejectUnknownFields($"treaty {code}");
        if (r.ProblemCount > before || code is null || name is null || category is null || scope is null || coverage is null) return null;
        return new Located<Treaty>(new Treaty(code, name, fullName!, aliases, category.Value, scope.Value, adopted, opened, eif, terminated, expired,
            depositaries, eifRule, withdrawal, coverage, sources), r.Location, correction);
    }

    private static Located<Country>? ReadCountry(YamlReader r)
    {
        var before = r.ProblemCount;
        var code = r.Text("code", required: true);
        if (code is not null && !CountryCodePattern().IsMatch(code))
            r.Problem(r.Node("code")!, $"'code': '{code}' must be an ISO 3166-1 alpha-2 code (or an ISO 3166-3 four-letter code for a former state)");
        var alpha3 = r.Text("alpha3");
        if (alpha3 is not null && !Regex.IsMatch(alpha3, "^[A-Z]{3}$")) r.Problem(r.Node("alpha3")!, $"'alpha3': '{alpha3}' must be three upper-case letters");
        var name = r.Text("name", required: true);
        var official = r.Text("officialName");
        var aliases = r.TextList("aliases");
        var kind = r.Enum<CountryKind>("kind", required: true);
        var dissolved = r.Date("dissolvedOn");
        var successors = r.TextList("successors");
        var continuedBy = r.Text("continuedBy");
        ReadSources(r, required: false);
        r.Text("note");
        var correction = r.Text("correction");
        r.RejectUnknownFields($"country {code}");
        if (r.ProblemCount > before || code is null || name is null || kind is null) return null;
        return new Located<Country>(new Country(code, alpha3, name, official, aliases, kind.Value, dissolved, successors, continuedBy), r.Location, correction);
    }

    private static Located<TreatyEvent>? ReadEvent(YamlReader r)
    {
        var before = r.ProblemCount;
        var id = r.Text("id", required: true);
        if (id is not null && (!EventIdPattern().IsMatch(id) || id.Contains('~')))
            r.Problem(r.Node("id")!, $"'id': '{id}' must be lower-case letters, digits, '.', '_' and '-'");
        var treaty = r.Text("treaty", required: true);
        var country = r.Text("country", required: true);
        var kind = r.Enum<EventKind>("kind", required: true);
        if (kind is { } k && (TreatyEvent.IsTreatyMilestone(k)))
            r.Problem(r.Node("kind")!, $"'{EnumText.Of(k)}' is a treaty milestone: write it as the treaty's date field, not as an event");
        var date = r.PartialDate("date", required: true);
        if (kind is { } k2 && date is { Precision: not DatePrecision.Day } && TreatyEvent.ChangesStatus(k2))
            r.Problem(r.Node("date")!, $"a {EnumText.Of(k2)} changes the legal status and must be dated to the day; only announcements and domestic steps may be known to the month or year");
        var depositary = r.Text("depositary");
        var sources = ReadSources(r, required: true);
        var note = r.Text("note");
        var basis = r.Enum<DateBasis>("dateBasis") ?? DateBasis.Deposit;
        if (basis is not DateBasis.Deposit && kind is { } k3 && !TreatyEvent.ChangesStatus(k3))
            r.Problem(r.Node("dateBasis")!, $"'dateBasis' belongs on an act recorded by a depositary; a {EnumText.Of(k3)} is dated by the day it happened");
        else if (basis is not DateBasis.Deposit && note is null)
            r.Problem(r.Node("dateBasis")!, $"a 'dateBasis' of {EnumText.Of(basis)} needs a 'note' saying why the depositary's day is not used");
        var armed = r.Bool("engagedInArmedConflict");
        if (armed && kind is not EventKind.WithdrawalNotified)
            r.Problem(r.Node("engagedInArmedConflict")!, "'engagedInArmedConflict' belongs on a WITHDRAWAL_NOTIFIED event");
        var correction = r.Text("correction");
        r.RejectUnknownFields($"event {id}");
        if (r.ProblemCount > before || id is null || treaty is null || country is null || kind is null || date is null) return null;
        return new Located<TreatyEvent>(new TreatyEvent(id, treaty, country, kind.Value, date.Value, sources, depositary, note, armed, DateBasis: basis), r.Location, correction);
    }
}
