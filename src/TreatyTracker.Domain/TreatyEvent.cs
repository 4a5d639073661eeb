using System.ComponentModel;
using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>One recorded (or derived) act of a state towards a treaty.</summary>
[Description("A recorded or derived act of a state (or a treaty milestone), with its sources.")]
public sealed record TreatyEvent(
    string Id,
    string TreatyCode,
    string? CountryCode,
    [property: Description("What happened.")] EventKind Kind,
    PartialDate Date,
    [property: Description("Where the date comes from (derived events: the sources of the act they derive from).")] IReadOnlyList<Source> Sources,
    [property: Description("Who recorded the act (UN, a depositary government, or for a bilateral treaty the other party).")] string? Depositary = null,
    [property: Description("Context, and where sources disagree, both versions.")] string? Note = null,
    bool EngagedInArmedConflict = false,
    [property: Description("True when computed from the treaty's rule rather than recorded.")] bool Derived = false,
    [property: Description("Which day the date is: the depositary's (DEPOSIT), or, when no source gives that, the best-sourced day (derived events: the basis of the act they derive from).")] DateBasis DateBasis = DateBasis.Deposit)
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
