namespace TreatyTracker.Domain;

/// <summary>
/// Which day an event's date is: by default the day of the act as the depositary records it. The other values mark an act
/// whose depositary date no source gives, recorded on the best-sourced day instead of being left out.
/// </summary>
public enum DateBasis
{
    /// <summary>The day of the act itself: deposit or receipt by the depositary (signature: the day of signing; domestic step or announcement: the day it happened).</summary>
    Deposit,
    /// <summary>The day the act took effect for the state under its own law (a law signed or in force, a decree); the depositary's receipt is not known.</summary>
    EffectiveUnderDomesticLaw,
    /// <summary>The day the state's note or instrument was sent (dated); its receipt by the depositary is not known.</summary>
    NotificationSent,
    /// <summary>The day the depositary circulated the act (e.g. a UN C.N. notification); the act was received that day or earlier.</summary>
    DepositaryPublication,
}
