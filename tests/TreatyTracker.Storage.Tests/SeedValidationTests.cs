using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Storage.Tests;

public class SeedValidationTests
{
    private static IReadOnlyList<SeedProblem> ProblemsOf(params (string Name, string Yaml)[] files)
    {
        using var dirs = new TempDirs();
        foreach (var (name, yaml) in files) dirs.Write(name, yaml);
        var ex = Assert.Throws<SeedValidationException>(() => SeedValidator.Load(dirs.Data, new LocalDate(2026, 11, 26)));
        return ex.Problems;
    }

    [Fact]
    public void Valid_files_load()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        dirs.Write("0002-withdrawals.yaml", TempDirs.Withdrawals);
        var ds = SeedValidator.Load(dirs.Data, new LocalDate(2026, 11, 26));
        Assert.Equal(2, ds.Version);
        Assert.Equal(3, ds.Events.Count);
        Assert.Equal("C.N.421.2025.TREATIES-XXVI-5", ds.Events["apmbc-pl-withdrawal-notified"].Value.Sources[0].Notification);
    }

    [Fact]
    public void Yaml_syntax_error_names_file_line_and_column()
    {
        var p = Assert.Single(ProblemsOf(("0001-baseline.yaml", "version: 1\ndate: 2026-01-01\ndescription: [unclosed\n")));
        Assert.Equal("0001-baseline.yaml", p.Location.File);
        Assert.True(p.Location.Line >= 3, p.ToString());
        Assert.StartsWith("0001-baseline.yaml:", p.ToString());
        Assert.Contains("YAML syntax", p.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_line()
    {
        var yaml = TempDirs.Baseline
            .Replace("date: 1997-12-04", "date: 1997-13-04")                 // bad date (line of that field)
            .Replace("kind: RATIFICATION", "kind: RATIFIED")                   // unknown kind
            .Replace("    aliases: [Ottawa Convention, Mine Ban Treaty]", "    aliases: [Ottawa Convention, Mine Ban Treaty]\n    colour: blue") // unknown field
            .Replace("noticePeriod: P6M", "noticePeriod: six months");        // bad period
        var problems = ProblemsOf(("0001-baseline.yaml", yaml));
        var lines = yaml.Split('\n');
        int LineOf(string text) => Array.FindIndex(lines, l => l.Contains(text)) + 1;

        Assert.Contains(problems, p => p.Message.Contains("'1997-13-04' is not a date") && p.Location.Line == LineOf("1997-13-04"));
        Assert.Contains(problems, p => p.Message.Contains("'RATIFIED' is not one of") && p.Location.Line == LineOf("RATIFIED"));
        Assert.Contains(problems, p => p.Message.Contains("unknown field 'colour'") && p.Location.Line == LineOf("colour"));
        Assert.Contains(problems, p => p.Message.Contains("'six months' is not an ISO 8601 date period") && p.Location.Line == LineOf("six months"));
        Assert.All(problems, p => Assert.Equal("0001-baseline.yaml", p.Location.File));
    }

    [Fact]
    public void Missing_fields_and_sources_are_problems()
    {
        var yaml = TempDirs.Baseline.Replace("""
              - id: apmbc-pl-signature
                treaty: APMBC
                country: PL
                kind: SIGNATURE
                date: 1997-12-04
                sources: [{url: "https://treaties.un.org/", publisher: United Nations}]
            """, """
              - id: apmbc-pl-signature
                country: PL
                kind: SIGNATURE
                date: 1997-12-04
            """);
        var problems = ProblemsOf(("0001-baseline.yaml", yaml));
        Assert.Contains(problems, p => p.Message == "missing required field 'treaty'");
        Assert.Contains(problems, p => p.Message.Contains("missing required field 'sources'"));
    }

    [Theory]
    [InlineData("country: PL\n    kind: SIGNATURE", "country: XX\n    kind: SIGNATURE", "unknown country 'XX'")]
    [InlineData("treaty: APMBC\n    country: PL\n    kind: SIGNATURE", "treaty: NOPE\n    country: PL\n    kind: SIGNATURE", "unknown treaty 'NOPE'")]
    [InlineData("date: 1997-12-04", "date: 1996-12-04", "before the treaty was opened for signature")]
    [InlineData("date: 2012-12-27", "date: 2027-12-27", "after the file's own date")]
    [InlineData("id: apmbc-pl-ratification", "id: apmbc-pl-signature", "duplicate event id 'apmbc-pl-signature'")]
    [InlineData("date: 1997-12-04", "date: 1997-12", "must be dated to the day")]
    [InlineData("url: \"https://treaties.un.org/\", publisher: United Nations}]\n  - id: apmbc-pl-ratification", "url: \"not a url\", publisher: United Nations}]\n  - id: apmbc-pl-ratification", "is not an absolute http(s) address")]
    public void Reference_and_date_problems(string find, string replace, string expected)
    {
        var yaml = TempDirs.Baseline.Replace(find, replace);
        Assert.NotEqual(TempDirs.Baseline, yaml);
        Assert.Contains(ProblemsOf(("0001-baseline.yaml", yaml)), p => p.Message.Contains(expected));
    }

    [Theory]
    [InlineData("WITHDRAWAL_NOTIFIED", "2010-01-01", "before any consent")]
    [InlineData("WITHDRAWAL_EFFECTIVE", "2025-01-01", "without an earlier notified withdrawal")]
    [InlineData("SIGNATURE_WITHDRAWN", "1997-12-01", "no earlier signature")]
    public void Impossible_sequences_are_problems(string kind, string date, string expected)
    {
        var file2 = $"""
            version: 2
            date: 2026-03-01
            description: bad sequence
            events:
              - id: apmbc-pl-bad
                treaty: APMBC
                country: PL
                kind: {kind}
                date: {date}
                sources: [{"{"}url: "https://treaties.un.org/", publisher: United Nations{"}"}]
            """;
        var yaml = TempDirs.Baseline.Replace("openedForSignatureOn: 1997-12-03", "openedForSignatureOn: 1997-11-01");
        var p = Assert.Single(ProblemsOf(("0001-baseline.yaml", yaml), ("0002-bad.yaml", file2)));
        Assert.Contains(expected, p.Message);
        Assert.Equal("0002-bad.yaml", p.Location.File);
        Assert.Equal(5, p.Location.Line);
    }

    // Removed disagreement: same-day acts of one rank used to be checked in file order; they are now checked in the status
    // engine's order (kind, then event id), so the validator and the engine see the same sequence.
    [Theory]
    [InlineData("apmbc-pl-z-suspension", "apmbc-pl-a-lifted", true)]  // listed suspension first, replayed lift first
    [InlineData("apmbc-pl-a-suspension", "apmbc-pl-z-lifted", false)] // listed suspension first, replayed suspension first
    public void Same_day_acts_are_checked_in_the_engine_order(string suspensionId, string liftedId, bool problem)
    {
        var file2 = $$"""
            version: 2
            date: 2026-03-01
            description: same day
            events:
              - {id: {{suspensionId}}, treaty: APMBC, country: PL, kind: SUSPENSION, date: 2025-01-01, sources: [{url: "https://treaties.un.org/", publisher: United Nations}]}
              - {id: {{liftedId}}, treaty: APMBC, country: PL, kind: SUSPENSION_LIFTED, date: 2025-01-01, sources: [{url: "https://treaties.un.org/", publisher: United Nations}]}
            """;
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        dirs.Write("0002-same-day.yaml", file2);
        var problems = Record.Exception(() => SeedValidator.Load(dirs.Data, new LocalDate(2026, 11, 26))) is SeedValidationException e ? e.Problems : [];
        if (problem)
            Assert.Equal($"event {liftedId}: suspension lifted, but there is no earlier suspension", Assert.Single(problems).Message);
        else
            Assert.Empty(problems);
    }

    [Fact]
    public void Changing_an_existing_record_needs_a_correction_reason()
    {
        var file2 = """
            version: 2
            date: 2026-03-01
            description: fix
            events:
              - id: apmbc-pl-ratification
                treaty: APMBC
                country: PL
                kind: RATIFICATION
                date: 2012-12-28
                sources: [{url: "https://treaties.un.org/", publisher: United Nations}]
            """;
        var p = Assert.Single(ProblemsOf(("0001-baseline.yaml", TempDirs.Baseline), ("0002-fix.yaml", file2)));
        Assert.Contains("already exists (from 0001-baseline.yaml); to change it, add 'correction: <why>'", p.Message);
    }

    [Fact]
    public void File_name_and_version_must_agree()
    {
        var problems = ProblemsOf(("0003-baseline.yaml", TempDirs.Baseline), ("notes.yaml", TempDirs.Withdrawals.Replace("version: 2", "version: 5")));
        Assert.Contains(problems, p => p.Message.Contains("does not match the file name's number 0003"));
        Assert.Contains(problems, p => p.Location.File == "notes.yaml" && p.Message.Contains("file name must be NNNN"));
    }

    [Fact]
    public void Ambiguous_names_are_refused()
    {
        var yaml = TempDirs.Baseline.Replace("aliases: [Russia]", "aliases: [Russia, Latvia]");
        Assert.Contains(ProblemsOf(("0001-baseline.yaml", yaml)), p => p.Message.Contains("'Latvia' is also used by"));
    }

    [Fact]
    public void Armed_conflict_flag_needs_the_treaty_clause()
    {
        var yaml = TempDirs.Baseline.Replace("armedConflictClause: true", "armedConflictClause: false");
        var file2 = TempDirs.Withdrawals.Replace("    date: 2025-08-20", "    date: 2025-08-20\n    engagedInArmedConflict: true");
        Assert.Contains(ProblemsOf(("0001-baseline.yaml", yaml), ("0002-w.yaml", file2)), p => p.Message.Contains("has no armed-conflict clause"));
    }
}
