using TreatyTracker.Domain;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Storage.Tests;

/// <summary>`dateBasis:` on events: which day a date is when the depositary's day is unknown.</summary>
public class DateBasisSeedTests
{
    private static readonly LocalDate Today = new(2026, 11, 26);

    private const string Revocation = """
        version: 2
        date: 2026-03-01
        description: A revocation known by the day of the law
        events:
          - id: apmbc-pl-revoked
            treaty: APMBC
            country: PL
            kind: RATIFICATION_REVOKED
            date: 2013-02-01
            dateBasis: EFFECTIVE_UNDER_DOMESTIC_LAW
            note: the day the law took effect; its receipt by the depositary is not known
            sources: [{url: "https://example.org/law", publisher: Official gazette}]
        """;

    private static IReadOnlyList<SeedProblem> ProblemsOf(string second)
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        dirs.Write("0002-x.yaml", second);
        return Assert.Throws<SeedValidationException>(() => SeedValidator.Load(dirs.Data, Today)).Problems;
    }

    private static int LineOf(string yaml, string text) => Array.FindIndex(yaml.Split('\n'), l => l.Contains(text)) + 1;

    [Fact]
    public void Absent_means_deposit_and_a_given_basis_is_kept()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        dirs.Write("0002-x.yaml", Revocation);
        var ds = SeedValidator.Load(dirs.Data, Today);
        Assert.Equal(DateBasis.Deposit, ds.Events["apmbc-pl-ratification"].Value.DateBasis);
        Assert.Equal(DateBasis.EffectiveUnderDomesticLaw, ds.Events["apmbc-pl-revoked"].Value.DateBasis);
    }

    [Fact]
    public void Unknown_value_is_a_problem_at_its_line_and_column()
    {
        var yaml = Revocation.Replace("dateBasis: EFFECTIVE_UNDER_DOMESTIC_LAW", "dateBasis: LAW_SIGNED");
        var p = Assert.Single(ProblemsOf(yaml));
        Assert.Equal("0002-x.yaml", p.Location.File);
        Assert.Equal(LineOf(yaml, "LAW_SIGNED"), p.Location.Line);
        Assert.Equal(16, p.Location.Column); // the value, after "    dateBasis: "
        Assert.Contains("'LAW_SIGNED' is not one of DEPOSIT, EFFECTIVE_UNDER_DOMESTIC_LAW, NOTIFICATION_SENT, DEPOSITARY_PUBLICATION", p.Message);
    }

    [Fact]
    public void A_basis_other_than_deposit_needs_a_note()
    {
        var yaml = Revocation.Replace("    note: the day the law took effect; its receipt by the depositary is not known\n", "");
        var p = Assert.Single(ProblemsOf(yaml));
        Assert.Equal(LineOf(yaml, "dateBasis"), p.Location.Line);
        Assert.Contains("needs a 'note'", p.Message);
    }

    [Fact]
    public void A_domestic_step_is_dated_by_its_own_day()
    {
        var yaml = Revocation.Replace("kind: RATIFICATION_REVOKED", "kind: DOMESTIC_STEP");
        var p = Assert.Single(ProblemsOf(yaml));
        Assert.Equal(LineOf(yaml, "dateBasis"), p.Location.Line);
        Assert.Contains("'dateBasis' belongs on an act recorded by a depositary", p.Message);
    }

    [Fact]
    public void A_status_changing_act_still_needs_its_day_whatever_the_basis()
    {
        var yaml = Revocation.Replace("date: 2013-02-01", "date: 2013-02");
        var p = Assert.Single(ProblemsOf(yaml));
        Assert.Equal(LineOf(yaml, "date: 2013-02"), p.Location.Line);
        Assert.Contains("must be dated to the day", p.Message);
    }

    [Fact]
    public void The_basis_is_stored_as_readable_text_and_read_back()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        dirs.Write("0002-x.yaml", Revocation);
        new DatabaseBuilder(TempDirs.Clock()).Build(dirs.Data, dirs.Db);
        using var db = DatabaseBuilder.Open(dirs.Db);
        Assert.Equal("EFFECTIVE_UNDER_DOMESTIC_LAW", db.Events.Single(e => e.Id == "apmbc-pl-revoked").DateBasis);
        Assert.Equal("DEPOSIT", db.Events.Single(e => e.Id == "apmbc-pl-ratification").DateBasis);
        var events = DatasetReader.LoadEventsOfTreaties(db, ["APMBC"])["APMBC"];
        Assert.Equal(DateBasis.EffectiveUnderDomesticLaw, events.Single(e => e.Id == "apmbc-pl-revoked").DateBasis);
    }
}
