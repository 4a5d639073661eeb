using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>A recorded or derived act of a state (or a treaty milestone), with its sources.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Sources">Where the date comes from (derived events: the sources of the act they derive from).</param>
/// <param name="Depositary">Who recorded the act (UN, a depositary government, or for a bilateral treaty the other party).</param>
/// <param name="Note">Context, and where sources disagree, both versions.</param>
/// <param name="Derived">True when computed from the treaty's rule rather than recorded.</param>
/// <param name="DateBasis">Which day the date is: the depositary's (DEPOSIT), or, when no source gives that, the best-sourced day (derived events: the basis of the act they derive from).</param>
public sealed record TreatyEvent(
    string Id,
    string TreatyCode,
    string? CountryCode,
    EventKind Kind,
    PartialDate Date,
    IReadOnlyList<Source> Sources,
    string? Depositary = null,
    string? Note = null,
    bool EngagedInArmedConflict = false,
    bool Derived = false,
    DateBasis DateBasis = DateBasis.Deposit)
{
    public LocalDate Day => Date.Date;

    /// <summary>How an act of this kind consents to be bound, if it does (<see cref="EventKinds"/>).</summary>
    public static ConsentKind? ConsentKindOf(EventKind kind) => EventKinds.Of(kind).Consent;

    /// <summary>Kinds that change a state's legal position and so must be dated to the day (<see cref="EventKinds"/>).</summary>
    public static bool ChangesStatus(EventKind kind) => EventKinds.Of(kind).ChangesStatus;

    /// <summary>The legal order of acts dated the same day (<see cref="EventKinds"/>), used by the status engine, the seed validator and every timeline.</summary>
    public static int SameDayOrder(EventKind kind) => EventKinds.Of(kind).SameDayOrder;

    public static bool IsTreatyMilestone(EventKind kind) => EventKinds.Of(kind).TreatyMilestone;
}
