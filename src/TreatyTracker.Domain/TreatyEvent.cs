using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>One recorded (or derived) act of a state towards a treaty.</summary>
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
