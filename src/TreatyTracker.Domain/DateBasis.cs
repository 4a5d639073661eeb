using System.ComponentModel;

namespace TreatyTracker.Domain;

/// <summary>
/// Which day an event's date is: by default the day of the act as the depositary records it. The other values mark an act
/// whose depositary date no source gives, recorded on the best-sourced day instead of being left out.
/// </summary>
[Description("Which day an event's date is. DEPOSIT unless no source gives the depositary's day; then the act is recorded on its best-sourced day, and the event's note says why.")]
public enum DateBasis
{
    [Description("The day of the act as the depositary records it: deposit or receipt of the instrument or notice (a signature: the day of signing; a domestic step or announcement: the day it happened).")]
    Deposit,
    [Description("The day the act took effect for the state under its own law (a law signed or in force, a decree); the depositary's day of receipt is not known and may be later.")]
    EffectiveUnderDomesticLaw,
    [Description("The day the state's note or instrument was sent (dated); the depositary's day of receipt is not known and may be later.")]
    NotificationSent,
    [Description("The day the depositary circulated the act (e.g. a UN depositary notification, C.N.); the act was received that day or earlier.")]
    DepositaryPublication,
}
