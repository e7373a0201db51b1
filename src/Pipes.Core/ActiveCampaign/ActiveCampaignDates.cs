using System.Globalization;

namespace Pipes.ActiveCampaign;

/// <summary>ActiveCampaign's date texts: ISO 8601 with the account's offset ("2018-09-12T16:53:50-05:00"), zero dates ("0000-00-00", "0000-00-00 00:00:00") for unset.</summary>
public static class ActiveCampaignDates
{
    /// <summary>The instant, or null for an empty text, a zero date or text that is not a date. Text without an offset is read as UTC.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.StartsWith("0000-00-00", StringComparison.Ordinal)) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var at) ? at : null;
    }

    /// <summary>
    /// The value to send as <c>filters[updated_after]</c> for "changed after <paramref name="at"/>": the date
    /// (the parameter's documented type) one day before <paramref name="at"/>'s own date in its own offset (the
    /// account's, since it came from the account's dates). Whether the service compares strictly or not,
    /// by date or by time, and in its time zone or ours, every contact changed at or after
    /// <paramref name="at"/> is then in the answer; the exact cut is made on our side.
    /// </summary>
    public static string UpdatedAfterFilter(DateTimeOffset at) => at.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
