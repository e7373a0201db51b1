using Pipes.Import;

namespace Pipes.Configuration;

/// <summary>The settings that belong to no one integration: logging, the shared HTTP policy and the importer's limits.</summary>
public static class GeneralSettings
{
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new("Log.Level", SettingType.Choice, "Lowest level written to the log file.", "Information")
            { Choices = ["Verbose", "Debug", "Information", "Warning", "Error"] },
        new("Log.RetainedDays", SettingType.Integer, "Daily log files kept before the oldest is deleted.", 14L) { Minimum = 1, Maximum = 3650 },
        new("Http.TimeoutSeconds", SettingType.Integer, "Longest wait for one HTTP answer.", 100L) { Minimum = 1, Maximum = 3600 },
        // A connection not made in time never carried the request: it is retried (a send too) and a metered search gives its query
        // back, where under Http.TimeoutSeconds alone a host that drops the connect (a firewall, a dead VPN) cost 100 s an attempt.
        new("Http.ConnectTimeoutSeconds", SettingType.Integer, "Longest wait for a connection to a service (TCP and TLS); at most four fifths of Http.TimeoutSeconds. A connection not made in time never carried the request, so it is retried, a send included.", 20L) { Minimum = 1, Maximum = 3600 },
        new("Http.MaxRetries", SettingType.Integer, "Retries after a transient failure (network error, timeout, 408, 429, 5xx).", 3L) { Minimum = 0, Maximum = 10 },
        new("Http.MaxRetryAfterSeconds", SettingType.Integer, "Longest Retry-After waited out; a longer one fails at once with Pipes.RateLimited.", 120L) { Minimum = 0, Maximum = 3600 },

        // Bounds on what one imported file may cost (the importer is not an integration, so its settings are general).
        new(ImportLimits.MaxCellLengthSetting, SettingType.Integer, "Characters one CSV field or XLSX cell may hold. A quoted CSV field over it (a long thread in an email export's Body) is kept cut to it, with a warning naming its row; any other longer cell fails the file with Pipes.FileTooLarge.",
            (long)ImportLimits.Default.MaxCellLength) { Minimum = 1024, Maximum = 500_000_000 },
        new(ImportLimits.MaxRowLengthSetting, SettingType.Integer, "Characters one CSV record may hold, all its fields together; a file with a longer one fails with Pipes.FileTooLarge.",
            (long)ImportLimits.Default.MaxRowLength) { Minimum = 1024, Maximum = 1_000_000_000 },
        new(ImportLimits.MaxColumnsSetting, SettingType.Integer, "Columns one row of an imported file may have (Excel's own limit is 16,384); past it the file fails with Pipes.FileTooLarge.",
            (long)ImportLimits.Default.MaxColumns) { Minimum = 16, Maximum = 10_000_000 },
        new(ImportLimits.MaxSharedStringsSetting, SettingType.Integer, "Entries of an XLSX shared-strings table, all held in memory while the sheet is read; past it the file fails with Pipes.FileTooLarge.",
            (long)ImportLimits.Default.MaxSharedStrings) { Minimum = 1000, Maximum = 1_000_000_000 },
        new(ImportLimits.MaxInflationRatioSetting, SettingType.Integer, "How many times its file's size one unpacked part of an XLSX workbook may be (a zip-bomb guard; genuine workbooks stay under 20); past it the file fails with Pipes.FileTooLarge.",
            (long)ImportLimits.Default.MaxInflationRatio) { Minimum = 10, Maximum = 100_000 },
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
