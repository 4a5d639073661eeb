using TreatyTracker.Domain;

namespace TreatyTracker.Domain.Tests;

/// <summary>Small builders so each test states only what matters to it.</summary>
internal static class Build
{
    public static LocalDate D(string iso) => Dates.TryParseDay(iso, out var d) ? d : throw new ArgumentException(iso);

    public static readonly Source Src = new("https://treaties.un.org/example", "United Nations");

    public static Treaty Treaty(
        string code = "APMBC",
        string? entryIntoForce = "1999-03-01",
        EntryIntoForceRule? eif = null,
        WithdrawalRule? withdrawal = null,
        TreatyScope scope = TreatyScope.Multilateral,
        string? terminated = null,
        string? expired = null) =>
        new(code, code, code, [], TreatyCategory.ConventionalWeapons, scope, D("1997-09-18"), D("1997-12-03"),
            entryIntoForce is null ? null : D(entryIntoForce), terminated is null ? null : D(terminated), expired is null ? null : D(expired),
            ["Secretary-General of the United Nations"],
            eif ?? new EntryIntoForceRule(EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit, 6, "Article 17(2)"),
            withdrawal ?? new WithdrawalRule(Period.FromMonths(6), "Article 20", ArmedConflictClause: true),
            new Coverage(CoverageLevel.Complete, D("2026-01-01")), [Src]);

    private static int _seq;

    public static TreatyEvent E(EventKind kind, string date, string country = "PL", string treaty = "APMBC",
        bool armedConflict = false, string? depositary = null, string? id = null) =>
        new(id ?? $"e{Interlocked.Increment(ref _seq)}", treaty, country, kind,
            PartialDate.TryParse(date, out var p) ? p : throw new ArgumentException(date), [Src], depositary, EngagedInArmedConflict: armedConflict);

    public static ParticipationRecord Record(Treaty treaty, params TreatyEvent[] events) =>
        TreatyRecord.Build(treaty, events).For(events[0].CountryCode!) ?? throw new InvalidOperationException("no participation");
}
