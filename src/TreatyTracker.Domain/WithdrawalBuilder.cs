using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>Builds withdrawal processes from a state's recorded events and the treaty's withdrawal rule.</summary>
internal static class WithdrawalBuilder
{
    private sealed class Draft
    {
        public PartialDate? Announced;
        public TreatyEvent? Notified;
        public TreatyEvent? RecordedEffective;
        public LocalDate? RescindedOn;
        public readonly List<TreatyEvent> Events = [];
        public bool Closed => RescindedOn is not null || RecordedEffective is not null;
    }

    public static List<Withdrawal> Build(Treaty treaty, IEnumerable<TreatyEvent> orderedEvents)
    {
        var drafts = new List<Draft>();
        Draft? current = null;
        foreach (var e in orderedEvents)
        {
            switch (EventKinds.Of(e.Kind).Withdrawal)
            {
                case WithdrawalStep.Announces:
                    if (StartsNew(treaty, current, e.Day)) drafts.Add(current = new Draft());
                    current.Announced ??= e.Date;
                    current.Events.Add(e);
                    break;
                case WithdrawalStep.Notifies:
                    if (StartsNew(treaty, current, e.Day)) drafts.Add(current = new Draft());
                    // Several depositaries may each record the notice: the earliest receipt starts the period.
                    current.Notified ??= e;
                    current.Events.Add(e);
                    break;
                case WithdrawalStep.TakesEffect when current is not null:
                    current.RecordedEffective ??= e;
                    current.Events.Add(e);
                    break;
                case WithdrawalStep.Rescinds when current is not null:
                    current.RescindedOn ??= e.Day;
                    current.Events.Add(e);
                    break;
            }
        }
        return drafts.Select(d => Complete(treaty, d)).ToList();
    }

    /// <summary>An announcement or notice starts a new process unless one is still open (not rescinded, not yet effective) on that day.</summary>
    private static bool StartsNew(Treaty treaty, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] Draft? current, LocalDate day) =>
        current is null || current.Closed || current.Notified is not null && EffectiveOf(treaty, current) is { } effective && effective <= day;

    private static LocalDate? EffectiveOf(Treaty treaty, Draft d) =>
        d.RecordedEffective?.Day ?? (d.Notified is { } n && !(treaty.WithdrawalRule.ArmedConflictClause && n.EngagedInArmedConflict)
            ? treaty.WithdrawalRule.PeriodEnd(n.Day) : null);

    private static Withdrawal Complete(Treaty treaty, Draft d)
    {
        var rule = treaty.WithdrawalRule;
        var article = rule.Article ?? "The treaty";
        var receiver = treaty.Scope == TreatyScope.Bilateral ? "the other party" : "the depositary";
        var events = d.Events.ToList();

        if (d.Notified is null)
        {
            var basis = d.RescindedOn is { } r
                ? $"Withdrawal announced {Announce(d.Announced)} and taken back on {Dates.Iso(r)}; no notice was received by {receiver}."
                : $"Withdrawal announced {Announce(d.Announced)}; no notice of withdrawal has been received by {receiver}, so it has no effective date.";
            return new Withdrawal(d.Announced, null, null, false, d.RescindedOn, null, false, basis, events);
        }

        var notified = d.Notified.Day;
        var periodEnd = rule.PeriodEnd(notified);
        var postponed = rule.ArmedConflictClause && d.Notified.EngagedInArmedConflict;

        if (d.RescindedOn is { } rescinded)
        {
            return new Withdrawal(d.Announced, notified, null, false, rescinded, periodEnd, false,
                $"The withdrawal notified on {Dates.Iso(notified)} was rescinded on {Dates.Iso(rescinded)}, before it took effect.", events);
        }

        if (d.RecordedEffective is { } recorded)
        {
            var source = recorded.Sources.FirstOrDefault();
            var by = source is null ? "a source" : source.Notification is { } cn ? $"{source.Publisher} ({cn})" : source.Publisher;
            var rulePart = rule.NoticePeriod is { } p
                ? $"{article}: {Words.Of(p)} after {receiver} received the notice on {Dates.Iso(notified)}"
                : $"Notice received by {receiver} on {Dates.Iso(notified)}";
            var differs = periodEnd is { } pe && pe != recorded.Day
                ? $" (the notice period alone ends on {Dates.Iso(pe)}; the recorded date prevails)" : "";
            return new Withdrawal(d.Announced, notified, recorded.Day, true, null, periodEnd, false,
                $"{rulePart}; effective {Dates.Iso(recorded.Day)} as confirmed by {by}{differs}.", events);
        }

        if (rule.NoticePeriod is not { } period)
        {
            return new Withdrawal(d.Announced, notified, null, false, null, null, false,
                $"No notice period is recorded for this treaty{(rule.Notes is { } n ? $" ({n.TrimEnd('.')})" : "")}, so the effective date cannot be computed.", events);
        }

        if (postponed)
        {
            return new Withdrawal(d.Announced, notified, null, false, null, periodEnd, true,
                $"{article}: the {Words.Of(period)} after {receiver} received the notice on {Dates.Iso(notified)} run to {Dates.Iso(periodEnd!.Value)}, " +
                "but the state is recorded as engaged in an armed conflict, and under the treaty's armed-conflict clause the withdrawal " +
                "does not take effect before that conflict ends; the effective date is unknown.", events);
        }

        var effective = periodEnd!.Value;
        var derived = new TreatyEvent($"{d.Notified.Id}~effective", treaty.Code, d.Notified.CountryCode, EventKind.WithdrawalEffective,
            PartialDate.Day(effective), d.Notified.Sources, d.Notified.Depositary,
            $"Computed: {Words.Of(period)} after the notice of {Dates.Iso(notified)} ({article}).", Derived: true,
            DateBasis: d.Notified.DateBasis);
        events.Add(derived);
        return new Withdrawal(d.Announced, notified, effective, false, null, periodEnd, false,
            $"{article}: {Words.Of(period)} after {receiver} received the instrument on {Dates.Iso(notified)}.", events);
    }

    private static string Announce(PartialDate? announced) => announced is { } a ? $"on {a}" : "";
}
