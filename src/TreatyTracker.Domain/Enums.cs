namespace TreatyTracker.Domain;

/// <summary>What happened, as recorded for a state (or, for the TREATY_* kinds, for the treaty itself).</summary>
public enum EventKind
{
    Signature,
    DefinitiveSignature,
    Ratification,
    Acceptance,
    Approval,
    Accession,
    Succession,
    EntryIntoForce,
    WithdrawalAnnounced,
    WithdrawalNotified,
    WithdrawalEffective,
    WithdrawalRescinded,
    Suspension,
    SuspensionLifted,
    RatificationRevoked,
    SignatureWithdrawn,
    DomesticStep,
    TreatyAdopted,
    TreatyOpenedForSignature,
    TreatyEntryIntoForce,
    TreatyTerminated,
    TreatyExpired,
}

/// <summary>The legal position of a state towards a treaty on one day.</summary>
public enum ParticipationStatus
{
    NonParticipant,
    Signatory,
    /// <summary>Consent deposited, treaty not yet in force for that state.</summary>
    Contracting,
    Party,
    /// <summary>Party whose notified withdrawal has not yet taken effect.</summary>
    Withdrawing,
    Withdrawn,
    /// <summary>The treaty itself ended or expired.</summary>
    Terminated,
}

/// <summary>How a state expressed its consent to be bound.</summary>
public enum ConsentKind { Ratification, Acceptance, Approval, Accession, Succession, DefinitiveSignature }

public enum WithdrawalStatus { Announced, Notified, Effective, Rescinded }

public enum DatePrecision { Day, Month, Year }

public enum TreatyCategory { ConventionalWeapons, Nuclear, NuclearWeaponFreeZone, ChemicalBiological, Other }

public enum TreatyScope { Multilateral, Plurilateral, Bilateral }

public enum CoverageLevel { Complete, Partial }

public enum CountryKind { UnMember, ObserverState, OtherEntity, FormerState }

public enum EntryIntoForceRuleKind
{
    /// <summary>In force for the state on the day it deposits.</summary>
    OnDeposit,
    /// <summary>On the Nth day after deposit (deposit + N days).</summary>
    DaysAfterDeposit,
    /// <summary>N calendar months after deposit (deposit + N months, clamped to the month's end).</summary>
    MonthsAfterDeposit,
    /// <summary>On the first day of the Nth month after the month of deposit.</summary>
    FirstDayOfNthMonthAfterDeposit,
    /// <summary>The treaty is closed: no state can join after its entry into force.</summary>
    NotOpen,
    /// <summary>Not recorded: a late joiner's date cannot be computed (a deposit before the treaty's entry into force still can).</summary>
    Unknown,
    /// <summary>
    /// The treaty sets each state's date by an act or condition other than its deposit (Tlatelolco: a waiver declaration under
    /// Article 28(2)), so no deposit, early or late, gives a date: only a recorded ENTRY_INTO_FORCE event does.
    /// </summary>
    ByStateAct,
}

/// <summary>Wire and storage spelling of the domain enums: SCREAMING_SNAKE_CASE ("WITHDRAWAL_NOTIFIED").</summary>
public static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum => Cache<T>.ToText[value];

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Cache<T>.FromText.TryGetValue(text.Trim(), out value);
    }

    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not one of {string.Join(", ", Names<T>())}");

    public static IEnumerable<string> Names<T>() where T : struct, Enum => Cache<T>.ToText.Values;

    public static string ToScreamingSnake(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
                sb.Append('_');
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ToText =
            Enum.GetValues<T>().ToDictionary(v => v, v => ToScreamingSnake(v.ToString()));
        public static readonly Dictionary<string, T> FromText =
            ToText.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);
    }
}
