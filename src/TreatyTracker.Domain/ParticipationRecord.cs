using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>One state's record in one treaty.</summary>
/// <remarks>
/// Everything the record says about one state in one treaty: its dates, its withdrawal processes and the
/// derived events. Status on a day is a pure function of this record and the day (<see cref="StatusOn"/>).
/// </remarks>
public sealed class ParticipationRecord
{
    private readonly List<TreatyEvent> _timeline;

    private ParticipationRecord(Treaty treaty, string countryCode, LocalDate? treatyEndedOn, List<TreatyEvent> timeline, List<Withdrawal> withdrawals)
    {
        Treaty = treaty;
        CountryCode = countryCode;
        TreatyEndedOn = treatyEndedOn;
        _timeline = timeline;
        Withdrawals = withdrawals;

        TreatyEvent? consent = null;
        foreach (var e in timeline)
        {
            var kind = EventKinds.Of(e.Kind);
            if (kind.Signs && SignedOn is null) SignedOn = e.Day;
            if (kind.Consent is not null && consent is null) consent = e;
            if (kind.UndoesConsent) consent = null;
        }
        // After a withdrawal or revocation the last consent (if any) is the one that counts now.
        Consent = consent ?? timeline.FirstOrDefault(e => EventKinds.Of(e.Kind).Consent is not null);
        var recordedEif = Consent is null ? null
            : timeline.FirstOrDefault(e => e.Kind == EventKind.EntryIntoForce && !e.Derived && e.Day >= Consent.Day);
        EntryIntoForceOn = recordedEif?.Day ?? (Consent is null ? null
            : treaty.EntryIntoForceRule.EntryIntoForceFor(Consent.Day, treaty.EntryIntoForceOn));
        EntryIntoForceConfirmed = recordedEif is not null;
    }

    /// <summary>The treaty.</summary>
    public Treaty Treaty { get; }
    public string CountryCode { get; }
    // The day the treaty itself ended (terminated, expired, or a bilateral treaty left by a party). A plain comment: a doc summary would make it a GraphQL field.
    public LocalDate? TreatyEndedOn { get; }
    /// <summary>Its first signature, if any (kept even if the signature was later withdrawn).</summary>
    public LocalDate? SignedOn { get; }
    public TreatyEvent? Consent { get; }
    /// <summary>Deposit of the instrument of ratification, accession, ... (the earliest, with several depositaries).</summary>
    public LocalDate? ConsentedOn => Consent?.Day;
    /// <summary>How the state consented: ratification, accession, ...</summary>
    public ConsentKind? ConsentKind => Consent is null ? null : EventKinds.Of(Consent.Kind).Consent;
    /// <summary>For this state, by the treaty's rule (or as recorded).</summary>
    public LocalDate? EntryIntoForceOn { get; }
    public bool EntryIntoForceConfirmed { get; }
    /// <summary>Every withdrawal process, oldest first.</summary>
    public IReadOnlyList<Withdrawal> Withdrawals { get; }
    /// <summary>The latest withdrawal process, if any.</summary>
    public Withdrawal? Withdrawal => Withdrawals.Count == 0 ? null : Withdrawals[^1];

    /// <summary>Recorded and derived events, by date.</summary>
    /// <remarks>Recorded and derived events in date order (derived: the state's entry into force, computed effective withdrawals).</remarks>
    public IReadOnlyList<TreatyEvent> Events => _timeline;

    public ParticipationStatus StatusOn(LocalDate date) => At(date).Status;

    public bool IsSuspendedOn(LocalDate date) => At(date).Suspended;

    private (LocalDate Day, ParticipationStatus Status, bool Suspended)[]? _transitions;

    /// <summary>
    /// Status can only change on a day some event, entry into force or treaty end falls on: those days' statuses
    /// are computed once (by replaying the events), then any day is a binary search. Same answers as a replay.
    /// </summary>
    private (ParticipationStatus Status, bool Suspended) At(LocalDate date)
    {
        var t = _transitions ??= Transitions();
        int lo = 0, hi = t.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (t[mid].Day <= date) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found < 0 ? (ParticipationStatus.NonParticipant, false) : (t[found].Status, t[found].Suspended);
    }

    private (LocalDate, ParticipationStatus, bool)[] Transitions()
    {
        var days = new SortedSet<LocalDate>(_timeline.Select(e => e.Day));
        if (Treaty.EntryIntoForceOn is { } eif) days.Add(eif);
        if (TreatyEndedOn is { } end) days.Add(end);
        foreach (var e in _timeline.Where(e => EventKinds.Of(e.Kind).Consent is not null))
            if (Treaty.EntryIntoForceRule.EntryIntoForceFor(e.Day, Treaty.EntryIntoForceOn) is { } stateEif) days.Add(stateEif);
        return days.Select(d => { var (s, susp) = Replay(d); return (d, s, susp); }).ToArray();
    }

    /// <summary>The reference computation that <see cref="StatusOn"/> precomputes: every event up to the day, in order (for tests and benchmarks).</summary>
    public (ParticipationStatus Status, bool Suspended) ReplayOn(LocalDate date) => Replay(date);

    private (ParticipationStatus Status, bool Suspended) Replay(LocalDate date)
    {
        var replay = new ParticipationReplay();
        foreach (var e in _timeline)
        {
            if (e.Day > date) break;
            replay.Apply(e);
        }
        return replay.StatusOn(date, Treaty, TreatyEndedOn);
    }

    internal static ParticipationRecord Build(Treaty treaty, string countryCode, IEnumerable<TreatyEvent> recorded, LocalDate? treatyEndedOn)
    {
        var ordered = Sort(recorded);
        var withdrawals = WithdrawalBuilder.Build(treaty, ordered);
        var timeline = new List<TreatyEvent>(ordered);
        timeline.AddRange(withdrawals.SelectMany(w => w.Events).Where(e => e.Derived));
        var draft = new ParticipationRecord(treaty, countryCode, treatyEndedOn, Sort(timeline), withdrawals);
        if (draft.Consent is { } consent && draft.EntryIntoForceOn is { } eif && !draft.EntryIntoForceConfirmed)
        {
            timeline.Add(new TreatyEvent($"{consent.Id}~eif", treaty.Code, countryCode, EventKind.EntryIntoForce, PartialDate.Day(eif),
                consent.Sources, consent.Depositary,
                $"Computed: {EffectFromDeposit(treaty, consent.Day, eif)}.", Derived: true, DateBasis: consent.DateBasis));
            return new ParticipationRecord(treaty, countryCode, treatyEndedOn, Sort(timeline), withdrawals);
        }
        return draft;
    }

    private static string EffectFromDeposit(Treaty treaty, LocalDate deposit, LocalDate eif) =>
        treaty.EntryIntoForceOn == eif
            ? $"deposit on {Dates.Iso(deposit)}, in force with the treaty on {Dates.Iso(eif)}"
            : $"{treaty.EntryIntoForceRule.Describe()} of {Dates.Iso(deposit)}{(treaty.EntryIntoForceRule.Article is { } a ? $" ({a})" : "")}";

    internal static List<TreatyEvent> Sort(IEnumerable<TreatyEvent> events) => EventKinds.LegalOrder(events);
}
