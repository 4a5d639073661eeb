using TreatyTracker.Domain;
using static TreatyTracker.Domain.Tests.Build;
using K = TreatyTracker.Domain.EventKind;
using S = TreatyTracker.Domain.ParticipationStatus;

namespace TreatyTracker.Domain.Tests;

public class StatusEngineTests
{
    private static readonly Treaty Apmbc = Treaty();

    [Theory]
    [InlineData("1997-12-03", S.NonParticipant)]
    [InlineData("1997-12-04", S.Signatory)]
    [InlineData("2012-12-26", S.Signatory)]
    [InlineData("2012-12-27", S.Contracting)] // deposit day: consent given, not yet in force
    [InlineData("2013-05-31", S.Contracting)]
    [InlineData("2013-06-01", S.Party)]       // first day of the sixth month after deposit
    [InlineData("2025-08-19", S.Party)]
    [InlineData("2025-08-20", S.Withdrawing)] // notice received
    [InlineData("2026-02-19", S.Withdrawing)] // last day bound
    [InlineData("2026-02-20", S.Withdrawn)]   // effective
    [InlineData("2030-01-01", S.Withdrawn)]
    public void Late_joiner_then_withdrawal_on_each_boundary_day(string asOf, S expected)
    {
        var p = Record(Apmbc,
            E(K.Signature, "1997-12-04"), E(K.Ratification, "2012-12-27"),
            E(K.WithdrawalAnnounced, "2025-03-18"), E(K.WithdrawalNotified, "2025-08-20"));
        Assert.Equal(expected, p.StatusOn(D(asOf)));
    }

    [Fact]
    public void Effective_withdrawal_is_computed_from_the_rule_and_explained()
    {
        var p = Record(Apmbc, E(K.Ratification, "2005-01-01", "LV"), E(K.WithdrawalNotified, "2025-06-27", "LV"));
        var w = p.Withdrawal!;
        Assert.Equal(D("2025-12-27"), w.EffectiveOn);
        Assert.False(w.EffectiveOnConfirmed);
        Assert.Equal("Article 20: six months after the depositary received the instrument on 2025-06-27.", w.Basis);
        Assert.Equal(WithdrawalStatus.Notified, w.StatusOn(D("2025-12-26")));
        Assert.Equal(WithdrawalStatus.Effective, w.StatusOn(D("2025-12-27")));
        var derived = Assert.Single(p.Events, e => e.Kind == K.WithdrawalEffective);
        Assert.True(derived.Derived);
        Assert.Equal(D("2025-12-27"), derived.Day);
    }

    [Theory]
    [InlineData("2025-08-31", "2026-02-28")]
    [InlineData("2023-08-31", "2024-02-29")]
    [InlineData("2025-12-31", "2026-06-30")]
    public void Month_end_notices_clamp(string notified, string effective)
    {
        var p = Record(Apmbc, E(K.Ratification, "2000-01-01"), E(K.WithdrawalNotified, notified));
        Assert.Equal(D(effective), p.Withdrawal!.EffectiveOn);
        Assert.Equal(S.Withdrawing, p.StatusOn(D(effective).PlusDays(-1)));
        Assert.Equal(S.Withdrawn, p.StatusOn(D(effective)));
    }

    [Fact]
    public void Confirmed_effective_date_is_marked_confirmed()
    {
        var p = Record(Apmbc, E(K.Ratification, "2005-01-01"), E(K.WithdrawalNotified, "2025-06-27"), E(K.WithdrawalEffective, "2025-12-27"));
        Assert.True(p.Withdrawal!.EffectiveOnConfirmed);
        Assert.Equal(D("2025-12-27"), p.Withdrawal.EffectiveOn);
        Assert.DoesNotContain(p.Events, e => e.Derived && e.Kind == K.WithdrawalEffective);
        Assert.Contains("confirmed by United Nations", p.Withdrawal.Basis);
    }

    [Fact]
    public void Armed_conflict_leaves_the_effective_date_unknown_and_says_why()
    {
        var p = Record(Apmbc, E(K.Ratification, "2005-12-27", "UA"), E(K.WithdrawalNotified, "2025-06-30", "UA", armedConflict: true));
        var w = p.Withdrawal!;
        Assert.Null(w.EffectiveOn);
        Assert.True(w.PostponedByArmedConflict);
        Assert.Equal(D("2025-12-30"), w.PeriodEndsOn);
        Assert.Contains("armed conflict", w.Basis);
        Assert.Contains("unknown", w.Basis);
        Assert.Equal(S.Withdrawing, p.StatusOn(D("2040-01-01")));
    }

    [Fact]
    public void Armed_conflict_flag_is_ignored_when_the_treaty_has_no_such_clause()
    {
        var cwc = Treaty("CWC", "1997-04-29", new EntryIntoForceRule(EntryIntoForceRuleKind.DaysAfterDeposit, 30), new WithdrawalRule(Period.FromDays(90), "Article XVI(2)"));
        var p = Record(cwc, E(K.Ratification, "2000-01-01", treaty: "CWC"), E(K.WithdrawalNotified, "2025-01-01", treaty: "CWC", armedConflict: true));
        Assert.Equal(D("2025-04-01"), p.Withdrawal!.EffectiveOn);
    }

    [Fact]
    public void Announced_but_never_notified_has_no_effective_date()
    {
        var p = Record(Apmbc, E(K.Ratification, "2005-01-01"), E(K.WithdrawalAnnounced, "2025-03"));
        var w = p.Withdrawal!;
        Assert.Null(w.EffectiveOn);
        Assert.Null(w.NotifiedOn);
        Assert.Null(w.AnnouncedOn); // known only to the month: never shown as a day
        Assert.Equal(new PartialDate(D("2025-03-01"), DatePrecision.Month), w.Announced);
        Assert.Equal(WithdrawalStatus.Announced, w.StatusOn(D("2026-01-01")));
        Assert.Contains("no notice of withdrawal has been received", w.Basis);
        Assert.Equal(S.Party, p.StatusOn(D("2026-01-01")));
    }

    [Fact]
    public void Rescinded_withdrawal_keeps_the_state_a_party()
    {
        var p = Record(Apmbc, E(K.Ratification, "2000-01-01"), E(K.WithdrawalNotified, "2020-01-10"), E(K.WithdrawalRescinded, "2020-03-01"));
        Assert.Equal(S.Withdrawing, p.StatusOn(D("2020-02-01")));
        Assert.Equal(S.Party, p.StatusOn(D("2020-03-01")));
        Assert.Equal(S.Party, p.StatusOn(D("2021-01-01")));
        Assert.Null(p.Withdrawal!.EffectiveOn);
        Assert.Equal(WithdrawalStatus.Rescinded, p.Withdrawal.StatusOn(D("2021-01-01")));
        Assert.DoesNotContain(p.Events, e => e.Kind == K.WithdrawalEffective);
    }

    [Fact]
    public void Revoked_ratification_returns_the_state_to_signatory()
    {
        var ctbt = Treaty("CTBT", entryIntoForce: null, new EntryIntoForceRule(EntryIntoForceRuleKind.DaysAfterDeposit, 30));
        var p = Record(ctbt, E(K.Signature, "1996-09-24", "RU", "CTBT"), E(K.Ratification, "2000-06-30", "RU", "CTBT"),
            E(K.RatificationRevoked, "2023-11-02", "RU", "CTBT"));
        Assert.Equal(S.Signatory, p.StatusOn(D("2000-06-29")));
        Assert.Equal(S.Contracting, p.StatusOn(D("2023-11-01"))); // treaty not in force
        Assert.Null(p.EntryIntoForceOn);
        Assert.Equal(S.Signatory, p.StatusOn(D("2023-11-02")));
    }

    [Fact]
    public void Unsigning_ends_signatory_status_but_keeps_the_signature_on_record()
    {
        var att = Treaty("ATT", "2014-12-24", new EntryIntoForceRule(EntryIntoForceRuleKind.DaysAfterDeposit, 90), new WithdrawalRule(Period.FromDays(90), "Article 24"));
        var p = Record(att, E(K.Signature, "2013-09-25", "US", "ATT"), E(K.SignatureWithdrawn, "2019-07-18", "US", "ATT"));
        Assert.Equal(S.Signatory, p.StatusOn(D("2019-07-17")));
        Assert.Equal(S.NonParticipant, p.StatusOn(D("2019-07-18")));
        Assert.Equal(D("2013-09-25"), p.SignedOn);
    }

    [Fact]
    public void Suspension_shows_beside_the_status_and_can_be_lifted()
    {
        var cfe = Treaty("CFE", "1992-11-09", new EntryIntoForceRule(EntryIntoForceRuleKind.NotOpen), new WithdrawalRule(Period.FromDays(150), "Article XIX"), TreatyScope.Plurilateral);
        var p = Record(cfe, E(K.Ratification, "1992-10-30", "XX", "CFE"), E(K.Suspension, "2007-12-12", "XX", "CFE"), E(K.SuspensionLifted, "2010-01-01", "XX", "CFE"));
        Assert.False(p.IsSuspendedOn(D("2007-12-11")));
        Assert.True(p.IsSuspendedOn(D("2007-12-12")));
        Assert.Equal(S.Party, p.StatusOn(D("2008-01-01")));
        Assert.False(p.IsSuspendedOn(D("2010-01-01")));
    }

    [Fact]
    public void Several_depositaries_the_earliest_deposit_decides()
    {
        var npt = Treaty("NPT", "1970-03-05", EntryIntoForceRule.OnDeposit, new WithdrawalRule(Period.FromMonths(3), "Article X(1)"));
        var p = Record(npt, E(K.Ratification, "1975-05-02", "DE", "NPT", depositary: "GB"), E(K.Ratification, "1975-05-02", "DE", "NPT", depositary: "US"),
            E(K.Ratification, "1975-04-30", "DE", "NPT", depositary: "RU"));
        Assert.Equal(D("1975-04-30"), p.ConsentedOn);
        Assert.Equal("RU", p.Consent!.Depositary);
        Assert.Equal(D("1975-04-30"), p.EntryIntoForceOn);
        Assert.Equal(S.Party, p.StatusOn(D("1975-04-30")));
        Assert.Equal(S.NonParticipant, p.StatusOn(D("1975-04-29")));
    }

    [Fact]
    public void Bilateral_treaty_terminates_when_one_partys_withdrawal_takes_effect()
    {
        var abm = Treaty("ABM", "1972-10-03", new EntryIntoForceRule(EntryIntoForceRuleKind.NotOpen), new WithdrawalRule(Period.FromMonths(6), "Article XV(2)"), TreatyScope.Bilateral);
        var record = TreatyRecord.Build(abm, [
            E(K.Ratification, "1972-10-03", "US", "ABM"), E(K.Ratification, "1972-10-03", "SUHH", "ABM"),
            E(K.WithdrawalNotified, "2001-12-13", "US", "ABM", depositary: "RU"),
        ], new Dictionary<string, string> { ["SUHH"] = "RU" });
        Assert.Equal(D("2002-06-13"), record.EndedOn);
        var us = record.For("US")!;
        var ru = record.For("RU")!;
        Assert.Equal(S.Withdrawing, us.StatusOn(D("2002-06-12")));
        Assert.Equal(S.Party, ru.StatusOn(D("2002-06-12"))); // inherited from the USSR
        Assert.Equal(S.Terminated, us.StatusOn(D("2002-06-13")));
        Assert.Equal(S.Terminated, ru.StatusOn(D("2002-06-13")));
        Assert.Contains("the other party received", us.Withdrawal!.Basis);
        Assert.Contains(record.Milestones(), m => m.Kind == K.TreatyTerminated && m.Day == D("2002-06-13"));
    }

    [Fact]
    public void Expiry_ends_the_treaty_for_every_party()
    {
        var start = Treaty("START_I", "1994-12-05", new EntryIntoForceRule(EntryIntoForceRuleKind.NotOpen), scope: TreatyScope.Plurilateral, expired: "2009-12-05");
        var p = Record(start, E(K.Ratification, "1994-12-05", "US", "START_I"));
        Assert.Equal(S.Party, p.StatusOn(D("2009-12-04")));
        Assert.Equal(S.Terminated, p.StatusOn(D("2009-12-05")));
    }

    [Fact]
    public void A_state_can_rejoin_after_withdrawing()
    {
        var p = Record(Apmbc, E(K.Ratification, "2000-01-01"), E(K.WithdrawalNotified, "2010-01-01"), E(K.Accession, "2015-01-10"));
        Assert.Equal(S.Withdrawn, p.StatusOn(D("2012-01-01")));
        Assert.Equal(S.Contracting, p.StatusOn(D("2015-01-10")));
        Assert.Equal(S.Party, p.StatusOn(D("2015-07-01")));
        Assert.Equal(D("2015-01-10"), p.ConsentedOn);
        Assert.Equal(ConsentKind.Accession, p.ConsentKind);
    }

    [Fact]
    public void Entry_into_force_for_the_state_is_a_derived_event_unless_recorded()
    {
        var p = Record(Apmbc, E(K.Ratification, "2012-12-27"));
        var eif = Assert.Single(p.Events, e => e.Kind == K.EntryIntoForce);
        Assert.True(eif.Derived);
        Assert.Equal(D("2013-06-01"), eif.Day);

        var recorded = Record(Apmbc, E(K.Ratification, "2012-12-27"), E(K.EntryIntoForce, "2013-06-01"));
        Assert.True(recorded.EntryIntoForceConfirmed);
        Assert.Single(recorded.Events, e => e.Kind == K.EntryIntoForce && !e.Derived);
    }

    [Fact]
    public void A_rule_set_by_state_acts_makes_a_state_party_only_from_its_recorded_entry_into_force()
    {
        var tlatelolco = Treaty("TLATELOLCO", "1969-04-25", new EntryIntoForceRule(EntryIntoForceRuleKind.ByStateAct, Article: "Article 28(2)"));
        var waived = Record(tlatelolco, E(K.Ratification, "1974-10-09", "CL", "TLATELOLCO"), E(K.EntryIntoForce, "1994-01-18", "CL", "TLATELOLCO"));
        Assert.Equal(S.Contracting, waived.StatusOn(D("1994-01-17")));
        Assert.Equal(S.Party, waived.StatusOn(D("1994-01-18")));
        // An early deposit does not borrow the treaty's own date: without a recorded act the date stays unknown.
        var early = Record(tlatelolco, E(K.Ratification, "1967-09-20", "MX", "TLATELOLCO"));
        Assert.Null(early.EntryIntoForceOn);
        Assert.DoesNotContain(early.Events, e => e.Kind == K.EntryIntoForce);
        Assert.Equal(S.Contracting, early.StatusOn(D("2026-01-01")));
    }

    [Fact]
    public void Treaty_without_withdrawal_clause_cannot_compute_an_effective_date()
    {
        var geneva = Treaty("GENEVA_PROTOCOL", "1928-02-08", EntryIntoForceRule.OnDeposit, WithdrawalRule.None);
        var p = Record(geneva, E(K.Ratification, "1930-01-01", treaty: "GENEVA_PROTOCOL"), E(K.WithdrawalNotified, "2020-01-01", treaty: "GENEVA_PROTOCOL"));
        Assert.Null(p.Withdrawal!.EffectiveOn);
        Assert.Contains("No notice period is recorded", p.Withdrawal.Basis);
        Assert.Equal(S.Withdrawing, p.StatusOn(D("2030-01-01")));
    }

    [Fact]
    public void Counts_per_status_on_a_day()
    {
        var record = TreatyRecord.Build(Apmbc, [
            E(K.Ratification, "1998-01-01", "AA"), E(K.Ratification, "1998-02-01", "BB"), E(K.Signature, "1997-12-04", "CC"),
            E(K.WithdrawalNotified, "2025-06-27", "BB"),
        ]);
        var counts = record.CountsOn(D("2025-07-01"));
        Assert.Equal(1, counts[S.Party]);
        Assert.Equal(1, counts[S.Withdrawing]);
        Assert.Equal(1, counts[S.Signatory]);
        Assert.Equal(2, record.CountsOn(D("1999-03-01"))[S.Party]);
        Assert.Equal(2, record.CountsOn(D("1998-06-01"))[S.Contracting]);
        Assert.Equal(1, record.CountsOn(D("2026-01-01"))[S.Withdrawn]);
    }

    [Fact]
    public void Milestones_come_from_the_treaty_dates()
    {
        var m = TreatyRecord.Build(Apmbc, []).Milestones();
        Assert.Equal([K.TreatyAdopted, K.TreatyOpenedForSignature, K.TreatyEntryIntoForce], m.Select(e => e.Kind));
        Assert.All(m, e => Assert.True(e.Derived));
    }
}

public class StatusChangeTests
{
    [Fact]
    public void Changes_list_every_status_transition_with_its_cause()
    {
        var apmbc = Treaty();
        var record = TreatyRecord.Build(apmbc, [
            E(K.Signature, "1997-12-04", "PL"), E(K.Ratification, "2012-12-27", "PL"),
            E(K.WithdrawalAnnounced, "2025-03-18", "PL"), E(K.WithdrawalNotified, "2025-08-20", "PL"),
            E(K.Ratification, "1998-01-10", "LV"),
        ]);
        var all = record.ChangesBetween(D("1997-01-01"), D("2030-01-01"));
        Assert.Equal([
            ("1997-12-04", "PL", S.NonParticipant, S.Signatory, K.Signature),
            ("1998-01-10", "LV", S.NonParticipant, S.Contracting, K.Ratification),
            ("1999-03-01", "LV", S.Contracting, S.Party, K.EntryIntoForce),
            ("2012-12-27", "PL", S.Signatory, S.Contracting, K.Ratification),
            ("2013-06-01", "PL", S.Contracting, S.Party, K.EntryIntoForce),
            ("2025-08-20", "PL", S.Party, S.Withdrawing, K.WithdrawalNotified),
            ("2026-02-20", "PL", S.Withdrawing, S.Withdrawn, K.WithdrawalEffective),
        ], all.Select(c => (Dates.Iso(c.Date), c.CountryCode, c.From, c.To, c.Event!.Kind)));
        Assert.True(all[^1].Event!.Derived);

        var window = record.ChangesBetween(D("2025-01-01"), D("2025-12-31"), "PL");
        Assert.Equal([S.Withdrawing], window.Select(c => c.To));
        Assert.Empty(record.ChangesBetween(D("2025-01-01"), D("2025-12-31"), "LV"));
    }

    [Fact]
    public void Treaty_end_is_a_change_without_an_event_of_the_state()
    {
        var start = Treaty("START_I", "1994-12-05", new EntryIntoForceRule(EntryIntoForceRuleKind.NotOpen), scope: TreatyScope.Plurilateral, expired: "2009-12-05");
        var record = TreatyRecord.Build(start, [E(K.Ratification, "1994-12-05", "US", "START_I")]);
        var change = Assert.Single(record.ChangesBetween(D("2009-01-01"), D("2010-01-01")));
        Assert.Equal((S.Party, S.Terminated), (change.From, change.To));
        Assert.Null(change.Event);
    }
}

public class TransitionCacheTests
{
    /// <summary>The binary-searched status must equal a full replay on every day, across every case of the engine tests.</summary>
    [Fact]
    public void Lookup_equals_replay_on_every_day()
    {
        var apmbc = Treaty();
        var cases = new[]
        {
            Record(apmbc, E(K.Signature, "1997-12-04"), E(K.Ratification, "1998-10-08"), E(K.WithdrawalNotified, "2025-08-31"), E(K.Suspension, "2024-01-01")),
            Record(apmbc, E(K.Ratification, "2000-01-01"), E(K.WithdrawalNotified, "2010-01-01"), E(K.Accession, "2015-01-10")),
            Record(apmbc, E(K.Ratification, "2000-01-01"), E(K.WithdrawalNotified, "2020-01-10"), E(K.WithdrawalRescinded, "2020-03-01")),
            Record(Treaty("X", null), E(K.Signature, "1996-09-24", treaty: "X"), E(K.Ratification, "2000-06-30", treaty: "X"), E(K.RatificationRevoked, "2023-11-02", treaty: "X")),
            Record(Treaty("Y", expired: "2009-12-05"), E(K.Ratification, "1998-01-01", treaty: "Y"), E(K.SignatureWithdrawn, "1999-01-01", treaty: "Y")),
        };
        foreach (var p in cases)
            for (var d = D("1997-01-01"); d <= D("2027-01-01"); d = d.PlusDays(1))
                Assert.Equal(p.ReplayOn(d), (p.StatusOn(d), p.IsSuspendedOn(d)));
    }
}
