using TreatyTracker.Domain;
using static TreatyTracker.Domain.Tests.Build;

namespace TreatyTracker.Domain.Tests;

public class EntryIntoForceRuleTests
{
    [Theory]
    // kind, n, deposit, treaty in force, expected
    [InlineData(EntryIntoForceRuleKind.OnDeposit, 0, "1975-03-26", "1975-03-26", "1975-03-26")]
    [InlineData(EntryIntoForceRuleKind.OnDeposit, 0, "2001-05-07", "1975-03-26", "2001-05-07")]
    [InlineData(EntryIntoForceRuleKind.DaysAfterDeposit, 30, "2013-09-14", "1997-04-29", "2013-10-14")]
    [InlineData(EntryIntoForceRuleKind.DaysAfterDeposit, 90, "2024-12-31", "2021-01-22", "2025-03-31")]
    [InlineData(EntryIntoForceRuleKind.MonthsAfterDeposit, 6, "2023-08-31", "2000-01-01", "2024-02-29")] // leap year clamp
    [InlineData(EntryIntoForceRuleKind.MonthsAfterDeposit, 6, "2025-08-31", "2000-01-01", "2026-02-28")]
    [InlineData(EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit, 6, "2012-12-27", "1999-03-01", "2013-06-01")]
    [InlineData(EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit, 6, "2017-08-31", "1999-03-01", "2018-02-01")]
    [InlineData(EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit, 6, "2003-01-01", "1999-03-01", "2003-07-01")]
    // Deposit before (or on the day of) the treaty's own entry into force: in force with the treaty.
    [InlineData(EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit, 6, "1997-12-03", "1999-03-01", "1999-03-01")]
    [InlineData(EntryIntoForceRuleKind.DaysAfterDeposit, 30, "1997-04-29", "1997-04-29", "1997-04-29")]
    [InlineData(EntryIntoForceRuleKind.DaysAfterDeposit, 30, "1997-04-28", "1997-04-29", "1997-04-29")]
    public void State_entry_into_force_follows_the_rule(EntryIntoForceRuleKind kind, int n, string deposit, string treatyEif, string expected)
    {
        var rule = new EntryIntoForceRule(kind, n);
        Assert.Equal(D(expected), rule.EntryIntoForceFor(D(deposit), D(treatyEif)));
    }

    [Fact]
    public void Treaty_not_yet_in_force_gives_no_date() =>
        Assert.Null(new EntryIntoForceRule(EntryIntoForceRuleKind.DaysAfterDeposit, 180).EntryIntoForceFor(D("2000-01-01"), null));

    [Fact]
    public void Closed_treaty_gives_no_date_to_a_late_joiner()
    {
        var rule = new EntryIntoForceRule(EntryIntoForceRuleKind.NotOpen);
        Assert.Equal(D("1988-06-01"), rule.EntryIntoForceFor(D("1988-05-28"), D("1988-06-01")));
        Assert.Null(rule.EntryIntoForceFor(D("1990-01-01"), D("1988-06-01")));
    }

    [Fact]
    public void Rule_set_by_a_state_act_gives_no_date_to_any_deposit()
    {
        var rule = new EntryIntoForceRule(EntryIntoForceRuleKind.ByStateAct, Article: "Article 28(2)");
        Assert.Null(rule.EntryIntoForceFor(D("1967-09-20"), D("1969-04-25")));
        Assert.Null(rule.EntryIntoForceFor(D("2002-10-23"), D("1969-04-25")));
        // An unknown rule still dates an early deposit from the treaty's own entry into force.
        Assert.Equal(D("1969-04-25"), new EntryIntoForceRule(EntryIntoForceRuleKind.Unknown).EntryIntoForceFor(D("1967-09-20"), D("1969-04-25")));
    }

    [Theory]
    // A deposit after the triggering (e.g. 40th) instrument but before entry into force follows the late-joiner rule.
    [InlineData("1998-09-16", "1999-03-01")] // the triggering deposit itself
    [InlineData("1998-06-01", "1999-03-01")]
    [InlineData("1998-10-08", "1999-04-01")]
    [InlineData("1999-02-28", "1999-08-01")]
    public void Triggering_deposit_threshold_is_respected(string deposit, string expected)
    {
        var rule = new EntryIntoForceRule(EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit, 6, "Article 17", D("1998-09-16"));
        Assert.Equal(D(expected), rule.EntryIntoForceFor(D(deposit), D("1999-03-01")));
    }

    [Theory]
    [InlineData("P6M", "2025-06-27", "2025-12-27")]
    [InlineData("P6M", "2025-08-31", "2026-02-28")]
    [InlineData("P6M", "2023-08-31", "2024-02-29")]
    [InlineData("P3M", "2003-01-10", "2003-04-10")]
    [InlineData("P3M", "2024-11-30", "2025-02-28")]
    [InlineData("P90D", "2025-01-01", "2025-04-01")]
    [InlineData("P150D", "2023-05-29", "2023-10-26")]
    [InlineData("P1Y", "2024-02-29", "2025-02-28")]
    [InlineData("P12M", "2024-02-29", "2025-02-28")]
    public void Notice_period_end_uses_calendar_arithmetic(string period, string notified, string expected)
    {
        var rule = new WithdrawalRule(NodaTime.Text.PeriodPattern.NormalizingIso.Parse(period).Value);
        Assert.Equal(D(expected), rule.PeriodEnd(D(notified)));
    }

    [Fact]
    public void No_withdrawal_clause_has_no_period_end() => Assert.Null(WithdrawalRule.None.PeriodEnd(D("2020-01-01")));

    [Theory]
    [InlineData("P6M", "six months")]
    [InlineData("P90D", "90 days")]
    [InlineData("P3M", "three months")]
    [InlineData("P1Y", "one year")]
    [InlineData("P150D", "150 days")]
    [InlineData("P1Y6M", "one year and six months")]
    public void Periods_read_as_words(string period, string words) =>
        Assert.Equal(words, Words.Of(NodaTime.Text.PeriodPattern.NormalizingIso.Parse(period).Value));
}
