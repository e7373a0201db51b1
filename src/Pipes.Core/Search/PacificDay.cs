namespace Pipes.Search;

/// <summary>
/// Google's quota day: it ends at midnight in America/Los_Angeles (UTC-8, or UTC-7 in daylight
/// saving time), which is when Google's daily quotas reset. Where the system has no time-zone data
/// (a minimal container), the United States rules in force since 2007 stand in for it.
/// </summary>
public static class PacificDay
{
    private static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>The Pacific date at <paramref name="now"/>, as yyyy-MM-dd (the ledger's period).</summary>
    public static string Of(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, Zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The next midnight in America/Los_Angeles after <paramref name="now"/>, with its Pacific offset.</summary>
    public static DateTimeOffset NextMidnight(DateTimeOffset now)
    {
        var midnight = TimeZoneInfo.ConvertTime(now, Zone).Date.AddDays(1); // US changes clocks at 2:00, never at midnight
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Second Sunday of March 2:00 to first Sunday of November 2:00, one hour ahead.
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone("America/Los_Angeles", TimeSpan.FromHours(-8), "Pacific Time", "Pacific Standard Time", "Pacific Daylight Time", [rule]);
        }
    }
}
