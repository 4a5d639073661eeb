using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>All participations in one treaty, built from all of its recorded events.</summary>
public sealed class TreatyRecord
{
    private readonly IReadOnlyDictionary<string, LocalDate> _dissolvedOn;

    private TreatyRecord(Treaty treaty, LocalDate? endedOn, IReadOnlyDictionary<string, ParticipationRecord> participations,
        IReadOnlyDictionary<string, LocalDate> dissolvedOn)
    {
        Treaty = treaty;
        EndedOn = endedOn;
        Participations = participations;
        _dissolvedOn = dissolvedOn;
    }

    public Treaty Treaty { get; }
    /// <summary>The recorded termination or expiry; for a bilateral treaty without one, the day a party's withdrawal took effect.</summary>
    public LocalDate? EndedOn { get; }
    public IReadOnlyDictionary<string, ParticipationRecord> Participations { get; }

    /// <summary>
    /// Builds every participation of <paramref name="treaty"/>. A continuing state (<paramref name="continuedBy"/>:
    /// former state code → its continuator, e.g. SUHH → RU) takes over its predecessor's events as well.
    /// </summary>
    /// <param name="dissolvedOn">Former states and the day they ceased to exist: they are not counted from that day on.</param>
    public static TreatyRecord Build(Treaty treaty, IEnumerable<TreatyEvent> events, IReadOnlyDictionary<string, string>? continuedBy = null,
        IReadOnlyDictionary<string, LocalDate>? dissolvedOn = null)
    {
        var byCountry = events.Where(e => e.CountryCode is not null && e.TreatyCode == treaty.Code)
            .GroupBy(e => e.CountryCode!).ToDictionary(g => g.Key, g => g.ToList());
        if (continuedBy is not null)
        {
            foreach (var (former, continuator) in continuedBy)
            {
                if (!byCountry.TryGetValue(former, out var inherited)) continue;
                if (!byCountry.TryGetValue(continuator, out var own)) byCountry[continuator] = own = [];
                own.AddRange(inherited);
            }
        }

        var endedOn = treaty.EndedOn;
        if (endedOn is null && treaty.Scope == TreatyScope.Bilateral)
        {
            endedOn = byCountry.Select(kv => ParticipationRecord.Build(treaty, kv.Key, kv.Value, null))
                .SelectMany(p => p.Withdrawals).Where(w => w.RescindedOn is null)
                .Select(w => w.EffectiveOn).Where(d => d is not null).Min();
        }
        var participations = byCountry.ToDictionary(kv => kv.Key, kv => ParticipationRecord.Build(treaty, kv.Key, kv.Value, endedOn), StringComparer.OrdinalIgnoreCase);
        return new TreatyRecord(treaty, endedOn, participations, dissolvedOn ?? new Dictionary<string, LocalDate>());
    }

    /// <summary>
    /// The recorded termination; for a bilateral treaty without one (and without an expiry), the day a party's withdrawal
    /// took effect. Null for a treaty that expired rather than ended.
    /// </summary>
    public LocalDate? TerminatedOn => Treaty.TerminatedOn ?? (Treaty.ExpiredOn is null ? EndedOn : null);

    /// <summary>Parties as the depositary counts them on a day: states whose consent stands (PARTY, WITHDRAWING, CONTRACTING).</summary>
    public int PartyCountOn(LocalDate date) => CountOf(date, ParticipationStatus.Party, ParticipationStatus.Withdrawing, ParticipationStatus.Contracting);

    /// <summary>States bound by the treaty on a day: PARTY or WITHDRAWING (a notified withdrawal binds until it takes effect).</summary>
    public int InForceCountOn(LocalDate date) => CountOf(date, ParticipationStatus.Party, ParticipationStatus.Withdrawing);

    private int CountOf(LocalDate date, params ParticipationStatus[] statuses)
    {
        var counts = CountsOn(date);
        return statuses.Sum(s => counts.GetValueOrDefault(s));
    }

    /// <summary>
    /// The treaty's milestones and every state's events, in <see cref="EventKinds.TimelineOrder">timeline order</see>: computed once per
    /// record (a record is immutable and cached per dataset version), so a timeline page costs its page, not a sort of the whole treaty.
    /// </summary>
    public IReadOnlyList<TreatyEvent> Timeline() =>
        _timeline ??= EventKinds.TimelineOrder(Milestones().Concat(Participations.Values.SelectMany(p => p.Events)));

    private IReadOnlyList<TreatyEvent>? _timeline;

    /// <summary>Several treaties' timelines as one, in timeline order (one treaty: its own <see cref="Timeline"/>, not sorted again).</summary>
    public static IReadOnlyList<TreatyEvent> TimelineOf(IEnumerable<TreatyRecord> records)
    {
        var list = records as IReadOnlyList<TreatyRecord> ?? records.ToList();
        return list.Count == 1 ? list[0].Timeline() : EventKinds.TimelineOrder(list.SelectMany(r => r.Timeline()));
    }

    public ParticipationRecord? For(string countryCode) => Participations.GetValueOrDefault(countryCode);

    /// <summary>Whether the state still existed on the day (former states stop counting when they dissolve).</summary>
    public bool Exists(string countryCode, LocalDate date) => !(_dissolvedOn.TryGetValue(countryCode, out var d) && d <= date);

    /// <summary>How many states are in each status on a day (NON_PARTICIPANT and dissolved states are not counted).</summary>
    public IReadOnlyDictionary<ParticipationStatus, int> CountsOn(LocalDate date)
    {
        var counts = new Dictionary<ParticipationStatus, int>();
        foreach (var p in Participations.Values)
        {
            if (!Exists(p.CountryCode, date)) continue;
            var s = p.StatusOn(date);
            if (s == ParticipationStatus.NonParticipant) continue;
            counts[s] = counts.GetValueOrDefault(s) + 1;
        }
        return counts;
    }

    /// <summary>
    /// Every change of legal status between <paramref name="from"/> and <paramref name="to"/> (inclusive), by date:
    /// who became party, who withdrew, whose ratification was revoked, when the treaty ended. The event is the act
    /// dated that day that explains the change (for a derived change, the derived event).
    /// </summary>
    public IReadOnlyList<StatusChange> ChangesBetween(LocalDate from, LocalDate to, string? countryCode = null)
    {
        var changes = new List<StatusChange>();
        var treatyDays = new[] { Treaty.EntryIntoForceOn, EndedOn }.OfType<LocalDate>().ToList();
        foreach (var p in Participations.Values)
        {
            if (countryCode is not null && !string.Equals(p.CountryCode, countryCode, StringComparison.OrdinalIgnoreCase)) continue;
            var days = p.Events.Select(e => e.Day).Concat(treatyDays).Where(d => d >= from && d <= to).Distinct().Order();
            foreach (var day in days)
            {
                var before = p.StatusOn(day.PlusDays(-1));
                var after = p.StatusOn(day);
                if (before == after) continue;
                var cause = p.Events.LastOrDefault(e => e.Day == day && EventKinds.Of(e.Kind).ChangesStatus);
                changes.Add(new StatusChange(day, Treaty, p.CountryCode, before, after, cause));
            }
        }
        return changes.OrderBy(c => c.Date).ThenBy(c => c.CountryCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>The treaty's own milestones as events (adoption, opening, entry into force, end).</summary>
    public IReadOnlyList<TreatyEvent> Milestones()
    {
        var list = new List<TreatyEvent>();
        void Add(EventKind kind, LocalDate? date, string suffix, string? note = null)
        {
            if (date is { } d)
                list.Add(new TreatyEvent($"{Treaty.Code.ToLowerInvariant()}~{suffix}", Treaty.Code, null, kind, PartialDate.Day(d), Treaty.Sources, Note: note, Derived: true));
        }
        Add(EventKind.TreatyAdopted, Treaty.AdoptedOn, "adopted");
        Add(EventKind.TreatyOpenedForSignature, Treaty.OpenedForSignatureOn, "opened");
        Add(EventKind.TreatyEntryIntoForce, Treaty.EntryIntoForceOn, "in-force");
        Add(EventKind.TreatyTerminated, TerminatedOn, "terminated",
            Treaty.TerminatedOn is null && EndedOn is not null ? "Computed: a party's withdrawal from this bilateral treaty took effect." : null);
        Add(EventKind.TreatyExpired, Treaty.ExpiredOn, "expired");
        return list;
    }
}
