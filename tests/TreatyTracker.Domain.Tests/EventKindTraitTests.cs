using TreatyTracker.Domain;
using static TreatyTracker.Domain.Tests.Build;
using K = TreatyTracker.Domain.EventKind;

namespace TreatyTracker.Domain.Tests;

/// <summary>The event-kind trait table and the one replay that the status engine and the seed validator share.</summary>
public class EventKindTraitTests
{
    private static readonly Treaty Apmbc = Treaty();

    [Fact]
    public void Every_event_kind_has_a_row()
    {
        Assert.Equal(Enum.GetValues<K>().Order(), EventKinds.All.Keys.Order());
        foreach (var kind in Enum.GetValues<K>()) Assert.NotNull(EventKinds.Of(kind));
    }

    [Theory]
    [InlineData(K.Ratification, ConsentKind.Ratification)]
    [InlineData(K.DefinitiveSignature, ConsentKind.DefinitiveSignature)]
    [InlineData(K.Succession, ConsentKind.Succession)]
    [InlineData(K.Signature, null)]
    [InlineData(K.WithdrawalNotified, null)]
    public void Consent_comes_from_the_table(K kind, ConsentKind? expected) => Assert.Equal(expected, EventKinds.Of(kind).Consent);

    [Fact]
    public void Only_announcements_and_domestic_steps_may_be_dated_to_the_month()
    {
        var loose = Enum.GetValues<K>().Where(k => !EventKinds.Of(k).ChangesStatus).Order();
        Assert.Equal(new[] { K.WithdrawalAnnounced, K.DomesticStep }.Order(), loose);
    }

    [Fact]
    public void Same_day_acts_are_ordered_by_kind_then_by_id()
    {
        var events = new[]
        {
            E(K.SuspensionLifted, "2025-01-01", id: "b"), E(K.WithdrawalNotified, "2025-01-01", id: "z"),
            E(K.Suspension, "2025-01-01", id: "a"), E(K.Ratification, "2025-01-01", id: "y"),
        };
        Assert.Equal(["y", "z", "a", "b"], EventKinds.LegalOrder(events).Select(e => e.Id));
    }

    // Removed disagreement: the validator used to keep file order among same-day acts of one rank, while the engine broke
    // the tie by id. A lift listed after the suspension but with the smaller id is replayed first by the engine (the state
    // ends the day suspended), so the validator now reports it.
    [Fact]
    public void The_validator_sees_same_day_acts_in_the_engine_order()
    {
        var events = new[]
        {
            E(K.Ratification, "2005-01-01", id: "r"),
            E(K.Suspension, "2025-01-01", id: "z-suspension"), E(K.SuspensionLifted, "2025-01-01", id: "a-lifted"),
        };
        Assert.True(Record(Apmbc, events).IsSuspendedOn(D("2025-01-01")));
        var (e, problem) = Assert.Single(ParticipationReplay.Problems(events));
        Assert.Equal("a-lifted", e.Id);
        Assert.Equal("suspension lifted, but there is no earlier suspension", problem);
    }

    // Removed disagreement: the engine ends a suspension when the withdrawal takes effect; the validator used to keep it,
    // so a later "suspension lifted" passed although the engine had nothing to lift.
    [Fact]
    public void A_withdrawal_ends_the_suspension_for_the_validator_too()
    {
        var events = new[]
        {
            E(K.Ratification, "2005-01-01", id: "r"), E(K.Suspension, "2024-01-01", id: "s"),
            E(K.WithdrawalNotified, "2024-06-01", id: "n"), E(K.WithdrawalEffective, "2024-12-01", id: "w"),
            E(K.SuspensionLifted, "2025-01-01", id: "l"),
        };
        Assert.False(Record(Apmbc, events).IsSuspendedOn(D("2024-12-31")));
        var (e, _) = Assert.Single(ParticipationReplay.Problems(events));
        Assert.Equal("l", e.Id);
    }

    [Fact]
    public void A_possible_sequence_has_no_problem_and_the_replay_gives_the_engine_status()
    {
        var events = new[]
        {
            E(K.Signature, "1997-12-04"), E(K.Ratification, "2012-12-27"),
            E(K.WithdrawalAnnounced, "2025-03-18"), E(K.WithdrawalNotified, "2025-08-20"),
        };
        Assert.Empty(ParticipationReplay.Problems(events));
        var p = Record(Apmbc, events);
        foreach (var day in new[] { "1997-12-04", "2013-06-01", "2025-08-20", "2026-02-20" })
            Assert.Equal(p.ReplayOn(D(day)).Status, p.StatusOn(D(day)));
    }
}
