namespace Pipes.Configuration;

/// <summary>The settings that belong to no one integration: logging and the shared HTTP policy.</summary>
public static class GeneralSettings
{
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new("Log.Level", SettingType.Choice, "Lowest level written to the log file.", "Information")
            { Choices = ["Verbose", "Debug", "Information", "Warning", "Error"] },
        new("Log.RetainedDays", SettingType.Integer, "Daily log files kept before the oldest is deleted.", 14L) { Minimum = 1, Maximum = 3650 },
        new("Http.TimeoutSeconds", SettingType.Integer, "Longest wait for one HTTP answer.", 100L) { Minimum = 1, Maximum = 3600 },
        new("Http.MaxRetries", SettingType.Integer, "Retries after a transient failure (network error, timeout, 408, 429, 5xx).", 3L) { Minimum = 0, Maximum = 10 },
        new("Http.MaxRetryAfterSeconds", SettingType.Integer, "Longest Retry-After waited out; a longer one fails at once with Pipes.RateLimited.", 120L) { Minimum = 0, Maximum = 3600 },
    ];
}

/// <summary>The shapes of ids that settings take, from Microsoft Entra's documentation.</summary>
internal static partial class SettingRules
{
    [System.Text.RegularExpressions.GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")]
    public static partial System.Text.RegularExpressions.Regex Guid();

    /// <summary>A GUID, or a DNS name (a verified domain, or organizations/common/consumers, which are single labels).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    public static partial System.Text.RegularExpressions.Regex TenantId();
}
