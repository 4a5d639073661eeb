using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Storage.Seeds;

/// <summary>
/// Reads every seed file, applies them in version order in memory and checks the result. Returns the
/// dataset the database must hold, or throws <see cref="SeedValidationException"/> listing every problem.
/// Nothing here writes anything.
/// </summary>
public static class SeedValidator
{
    public static SeedDataset Load(string directory, LocalDate? today = null)
    {
        var problems = new List<SeedProblem>();
        var paths = SeedParser.Discover(directory);
        if (paths.Count == 0)
            throw new SeedValidationException([new SeedProblem(new SeedLocation(directory, 0, 0), "no seed files (NNNN-name.yaml) in this directory")]);
        // Files are parsed in parallel (a large dataset is mostly YAML to read); problems keep the files' order.
        var parsed = paths.AsParallel().AsOrdered().Select(p => { var own = new List<SeedProblem>(); return (File: SeedParser.Parse(p, own), Problems: own); }).ToList();
        foreach (var (_, own) in parsed) problems.AddRange(own);
        var files = parsed.Select(p => p.File).ToList();
        return Validate(files, problems, today);
    }

    public static SeedDataset Validate(List<SeedFile> files, List<SeedProblem> problems, LocalDate? today = null)
    {
        files = files.OrderBy(f => f.Version).ThenBy(f => f.FileName, StringComparer.Ordinal).ToList();
        foreach (var dup in files.GroupBy(f => f.Version).Where(g => g.Key != 0 && g.Count() > 1))
            foreach (var f in dup.Skip(1))
                problems.Add(new SeedProblem(f.Location, $"version {f.Version} is also used by {dup.First().FileName}"));
        foreach (var f in files.Where(f => today is { } t && f.Date > t))
            problems.Add(new SeedProblem(f.Location, $"the file is dated {Dates.Iso(f.Date)}, after today"));

        var treaties = new Dictionary<string, Located<Treaty>>(StringComparer.Ordinal);
        var countries = new Dictionary<string, Located<Country>>(StringComparer.Ordinal);
        var events = new Dictionary<string, Located<TreatyEvent>>(StringComparer.Ordinal);
        var everSeen = new Dictionary<string, string>(StringComparer.Ordinal); // id -> file that introduced it

        foreach (var file in files)
        {
            Merge(file, file.Treaties, treaties, t => t.Code, RecordTypes.Treaty, problems, everSeen);
            Merge(file, file.Countries, countries, c => c.Code, RecordTypes.Country, problems, everSeen);
            Merge(file, file.Events, events, e => e.Id, RecordTypes.Event, problems, everSeen);
            foreach (var e in file.Events.Where(e => e.Value.Date.Date > file.Date))
                problems.Add(new SeedProblem(e.Location, $"event dated {e.Value.Date} is after the file's own date {Dates.Iso(file.Date)}"));
            foreach (var x in file.Retractions)
            {
                var removed = x.RecordType switch
                {
                    RecordTypes.Treaty => treaties.Remove(x.Id),
                    RecordTypes.Country => countries.Remove(x.Id),
                    _ => events.Remove(x.Id),
                };
                if (!removed) problems.Add(new SeedProblem(x.Location, $"cannot retract {x.RecordType} '{x.Id}': no such record in an earlier version"));
            }
        }

        CheckTreaties(treaties.Values, problems);
        CheckCountries(countries, problems);
        CheckEvents(events.Values, treaties, countries, problems);

        if (problems.Count > 0)
            throw new SeedValidationException(problems.OrderBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line).ThenBy(p => p.Location.Column).ToList());
        return new SeedDataset { Files = files, Treaties = treaties, Countries = countries, Events = events };
    }

    private static void Merge<T>(SeedFile file, List<Located<T>> records, Dictionary<string, Located<T>> current, Func<T, string> idOf,
        string type, List<SeedProblem> problems, Dictionary<string, string> everSeen)
    {
        var inThisFile = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            var id = idOf(r.Value);
            if (!inThisFile.Add(id))
            {
                problems.Add(new SeedProblem(r.Location, $"duplicate {type} id '{id}' in this file"));
                continue;
            }
            var key = $"{type}:{id}";
            if (current.ContainsKey(id) && r.Correction is null)
                problems.Add(new SeedProblem(r.Location, $"{type} '{id}' already exists (from {everSeen[key]}); to change it, add 'correction: <why>'"));
            else if (!current.ContainsKey(id) && r.Correction is not null)
                problems.Add(new SeedProblem(r.Location, $"{type} '{id}' has 'correction' but there is no earlier record to correct"));
            current[id] = r;
            everSeen.TryAdd(key, file.FileName);
        }
    }

    private static void CheckTreaties(IEnumerable<Located<Treaty>> treaties, List<SeedProblem> problems)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (t, loc, _) in treaties)
        {
            foreach (var name in t.Names)
            {
                var key = Names.Normalize(name);
                if (names.TryGetValue(key, out var other) && other != t.Code)
                    problems.Add(new SeedProblem(loc, $"treaty {t.Code}: name or alias '{name}' is also used by treaty {other}"));
                names[key] = t.Code;
            }
            if (t.OpenedForSignatureOn is { } o && t.EntryIntoForceOn is { } e && e < o)
                problems.Add(new SeedProblem(loc, $"treaty {t.Code}: entry into force {Dates.Iso(e)} is before opening for signature {Dates.Iso(o)}"));
            if (t.EntryIntoForceOn is { } eif && t.EndedOn is { } end && end < eif)
                problems.Add(new SeedProblem(loc, $"treaty {t.Code}: it ends ({Dates.Iso(end)}) before it entered into force ({Dates.Iso(eif)})"));
            if (t.Sources.Count == 0) problems.Add(new SeedProblem(loc, $"treaty {t.Code}: at least one source is required"));
        }
    }

    private static void CheckCountries(Dictionary<string, Located<Country>> countries, List<SeedProblem> problems)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (c, loc, _) in countries.Values)
        {
            foreach (var name in c.Names)
            {
                var key = Names.Normalize(name);
                if (names.TryGetValue(key, out var other) && other != c.Code)
                    problems.Add(new SeedProblem(loc, $"country {c.Code}: code, name or alias '{name}' is also used by {other}"));
                names[key] = c.Code;
            }
            foreach (var s in c.SuccessorCodes.Where(s => !countries.ContainsKey(s)))
                problems.Add(new SeedProblem(loc, $"country {c.Code}: successor '{s}' is not a known country"));
            if (c.ContinuedBy is { } cb && !countries.ContainsKey(cb))
                problems.Add(new SeedProblem(loc, $"country {c.Code}: continuedBy '{cb}' is not a known country"));
            if (c.Kind == CountryKind.FormerState && c.DissolvedOn is null)
                problems.Add(new SeedProblem(loc, $"country {c.Code}: a former state needs 'dissolvedOn'"));
        }
    }

    private static void CheckEvents(IEnumerable<Located<TreatyEvent>> events, Dictionary<string, Located<Treaty>> treaties,
        Dictionary<string, Located<Country>> countries, List<SeedProblem> problems)
    {
        var valid = new List<Located<TreatyEvent>>();
        foreach (var le in events)
        {
            var e = le.Value;
            var ok = true;
            if (!treaties.TryGetValue(e.TreatyCode, out var treaty)) { problems.Add(new SeedProblem(le.Location, $"event {e.Id}: unknown treaty '{e.TreatyCode}'")); ok = false; }
            if (!countries.ContainsKey(e.CountryCode!)) { problems.Add(new SeedProblem(le.Location, $"event {e.Id}: unknown country '{e.CountryCode}'")); ok = false; }
            if (e.Sources.Count == 0) problems.Add(new SeedProblem(le.Location, $"event {e.Id}: at least one source is required"));
            if (!ok) continue;
            var t = treaty!.Value;
            if (e.EngagedInArmedConflict && !t.WithdrawalRule.ArmedConflictClause)
                problems.Add(new SeedProblem(le.Location, $"event {e.Id}: engagedInArmedConflict is set but treaty {t.Code} has no armed-conflict clause"));
            var isAct = EventKinds.Of(e.Kind) is { Signs: true } or { Consent: not null };
            if (isAct && t.OpenedForSignatureOn is { } opened && e.Day < opened && e.Kind != EventKind.Succession)
                problems.Add(new SeedProblem(le.Location, $"event {e.Id}: {EnumText.Of(e.Kind)} on {e.Date} is before the treaty was opened for signature ({Dates.Iso(opened)})"));
            valid.Add(le);
        }

        // Sequences, per treaty and state; a continuing state (RU for SUHH) carries its predecessor's acts.
        var continuedBy = Country.ContinuatorsOf(countries.Values.Select(c => c.Value));
        foreach (var group in valid.GroupBy(e => (e.Value.TreatyCode, Country: continuedBy.GetValueOrDefault(e.Value.CountryCode!, e.Value.CountryCode!))))
            CheckSequence(group.ToList(), problems);
    }

    /// <summary>One state's events in one treaty, replayed by the status engine's own replay, in its order.</summary>
    private static void CheckSequence(List<Located<TreatyEvent>> events, List<SeedProblem> problems)
    {
        var locations = events.ToDictionary(e => e.Value.Id, e => e.Location, StringComparer.Ordinal);
        foreach (var (e, why) in ParticipationReplay.Problems(events.Select(e => e.Value)))
            problems.Add(new SeedProblem(locations[e.Id], $"event {e.Id}: {why}"));
    }
}
