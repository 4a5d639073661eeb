using System.ComponentModel;
using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>How complete the recorded participation of a treaty is, and as of which day.</summary>
/// <remarks><see cref="Parties"/> is the depositary's own count of parties on <see cref="AsOf"/>, when known: the data is checked against it.</remarks>
[Description("How complete the recorded participation is.")]
public sealed record Coverage(
    [property: Description("COMPLETE or PARTIAL.")] CoverageLevel Level,
    [property: Description("The day up to which the record is checked.")] LocalDate AsOf,
    [property: Description("What is covered and what is missing.")] string? Note = null,
    [property: Description("The depositary's count of parties on asOf, when known; the dataset is checked against it.")] int? Parties = null);
