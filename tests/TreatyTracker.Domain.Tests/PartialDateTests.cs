using TreatyTracker.Domain;

namespace TreatyTracker.Domain.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025-06-27", DatePrecision.Day, "2025-06-27")]
    [InlineData("2025-06", DatePrecision.Month, "2025-06")]
    [InlineData("2025", DatePrecision.Year, "2025")]
    [InlineData("2024-02-29", DatePrecision.Day, "2024-02-29")]
    public void Parses_each_precision(string text, DatePrecision precision, string roundTrip)
    {
        Assert.True(PartialDate.TryParse(text, out var d));
        Assert.Equal(precision, d.Precision);
        Assert.Equal(roundTrip, d.ToString());
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("2025-6-1")]
    [InlineData("27/06/2025")]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2025-06-27T10:00")]
    public void Rejects_malformed_or_impossible_dates(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Theory]
    [InlineData(ParticipationStatus.NonParticipant, "NON_PARTICIPANT")]
    [InlineData(ParticipationStatus.Withdrawing, "WITHDRAWING")]
    [InlineData(EventKind.WithdrawalNotified, "WITHDRAWAL_NOTIFIED")]
    [InlineData(EventKind.TreatyEntryIntoForce, "TREATY_ENTRY_INTO_FORCE")]
    public void Enum_wire_names_are_screaming_snake(object value, string text)
    {
        var method = typeof(EnumText).GetMethod(nameof(EnumText.Of))!.MakeGenericMethod(value.GetType());
        Assert.Equal(text, method.Invoke(null, [value]));
    }

    [Fact]
    public void Enum_text_round_trips_case_insensitively()
    {
        Assert.True(EnumText.TryParse<EventKind>("withdrawal_effective", out var k));
        Assert.Equal(EventKind.WithdrawalEffective, k);
        Assert.False(EnumText.TryParse<EventKind>("WITHDRAWN", out _));
    }
}
