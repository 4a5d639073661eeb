using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>
/// The one walk through a state's events in <see cref="EventKinds.LegalOrder">legal order</see>: after each event it holds
/// the state's position (what the status engine reads), and <see cref="Apply"/> says when an event is impossible where it
/// stands (what the seed validator reports). Each effect comes from the event kind's row in <see cref="EventKinds"/>.
/// </summary>
public sealed class ParticipationReplay
{
    private bool _noticeOpen; // a notice was given (even, wrongly, without consent) and has neither taken effect nor been rescinded
    private bool _announced;

    public bool Signed { get; private set; }
    /// <summary>The consent that binds the state now (the first one since the last withdrawal or revocation).</summary>
    public TreatyEvent? Consent { get; private set; }
    /// <summary>A recorded (not derived) entry into force for the state since its current consent.</summary>
    public LocalDate? RecordedEntryIntoForce { get; private set; }
    /// <summary>A bound state's notified withdrawal has not yet taken effect or been rescinded.</summary>
    public bool WithdrawalPending { get; private set; }
    public bool Withdrawn { get; private set; }
    public bool Suspended { get; private set; }
    /// <summary>Any event has been applied.</summary>
    public bool Started { get; private set; }

    /// <summary>Applies one event; returns why it is impossible at this point of the sequence, or null.</summary>
    public string? Apply(TreatyEvent e)
    {
        var kind = EventKinds.Of(e.Kind);
        var problem = Check(e, kind);
        Started = true;

        if (kind.Consent is not null && Consent is null)
        {
            Consent = e;
            Withdrawn = false;
            if (kind.Signs) Signed = true;
        }
        else if (kind.Signs && kind.Consent is null) Signed = true;

        if (kind.UndoesConsent)
        {
            Consent = null;
            RecordedEntryIntoForce = null;
            WithdrawalPending = false;
        }

        switch (kind.Withdrawal)
        {
            case WithdrawalStep.Announces: _announced = true; break;
            case WithdrawalStep.Notifies:
                _noticeOpen = true;
                if (Consent is not null) WithdrawalPending = true;
                break;
            case WithdrawalStep.TakesEffect:
                _noticeOpen = false;
                Withdrawn = true;
                Signed = false;
                Suspended = false;
                break;
            case WithdrawalStep.Rescinds:
                _noticeOpen = false;
                _announced = false;
                WithdrawalPending = false;
                break;
        }

        switch (e.Kind)
        {
            case EventKind.SignatureWithdrawn: Signed = false; break;
            case EventKind.EntryIntoForce when !e.Derived: RecordedEntryIntoForce = e.Day; break;
            case EventKind.Suspension: Suspended = true; break;
            case EventKind.SuspensionLifted: Suspended = false; break;
        }
        return problem;
    }

    private string? Check(TreatyEvent e, EventKindTraits kind) => kind.Withdrawal switch
    {
        WithdrawalStep.Notifies when Consent is null => $"withdrawal notified on {e.Date} before any consent to be bound",
        WithdrawalStep.TakesEffect when !_noticeOpen => $"withdrawal effective on {e.Date} without an earlier notified withdrawal",
        WithdrawalStep.Rescinds when !_noticeOpen && !_announced => "withdrawal rescinded, but no withdrawal was announced or notified before",
        _ => e.Kind switch
        {
            EventKind.SignatureWithdrawn when !Signed => "signature withdrawn, but there is no earlier signature",
            EventKind.RatificationRevoked when Consent is null => "ratification revoked, but there is no earlier consent",
            EventKind.SuspensionLifted when !Suspended => "suspension lifted, but there is no earlier suspension",
            EventKind.EntryIntoForce when Consent is null => "entry into force recorded before any consent to be bound",
            _ => null,
        },
    };

    /// <summary>The status these events give on <paramref name="date"/> (every applied event is dated on or before it).</summary>
    public (ParticipationStatus Status, bool Suspended) StatusOn(LocalDate date, Treaty treaty, LocalDate? treatyEndedOn)
    {
        if (treatyEndedOn is { } ended && ended <= date && Started) return (ParticipationStatus.Terminated, false);
        if (Consent is not null)
        {
            var eif = RecordedEntryIntoForce ?? treaty.EntryIntoForceRule.EntryIntoForceFor(Consent.Day, treaty.EntryIntoForceOn);
            if (eif is not { } inForce || date < inForce) return (ParticipationStatus.Contracting, Suspended);
            return (WithdrawalPending ? ParticipationStatus.Withdrawing : ParticipationStatus.Party, Suspended);
        }
        if (Withdrawn) return (ParticipationStatus.Withdrawn, false);
        return (Signed ? ParticipationStatus.Signatory : ParticipationStatus.NonParticipant, false);
    }

    /// <summary>Every impossible event of one state's events, replayed in legal order: the seed validator's sequence check.</summary>
    public static IReadOnlyList<(TreatyEvent Event, string Problem)> Problems(IEnumerable<TreatyEvent> events)
    {
        var replay = new ParticipationReplay();
        var problems = new List<(TreatyEvent, string)>();
        foreach (var e in EventKinds.LegalOrder(events))
            if (replay.Apply(e) is { } problem) problems.Add((e, problem));
        return problems;
    }
}
