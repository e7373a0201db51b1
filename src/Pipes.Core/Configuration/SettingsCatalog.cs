using Pipes.Import;

namespace Pipes.Configuration;

/// <summary>
/// Every setting Pipes knows, with its type and default. An integration adds its settings here
/// when it joins; endpoints are settings so that national clouds and the test fakes need nothing else.
/// </summary>
public static class SettingsCatalog
{
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new("Log.Level", SettingType.Choice, "Lowest level written to the log file.", "Information")
            { Choices = ["Verbose", "Debug", "Information", "Warning", "Error"] },
        new("Log.RetainedDays", SettingType.Integer, "Daily log files kept before the oldest is deleted.", 14L) { Minimum = 1, Maximum = 3650 },
        new("Http.TimeoutSeconds", SettingType.Integer, "Longest wait for one HTTP answer.", 100L) { Minimum = 1, Maximum = 3600 },
        new("Http.MaxRetries", SettingType.Integer, "Retries after a transient failure (network error, timeout, 408, 429, 5xx).", 3L) { Minimum = 0, Maximum = 10 },
        new("Http.MaxRetryAfterSeconds", SettingType.Integer, "Longest Retry-After waited out; a longer one fails at once with Pipes.RateLimited.", 120L) { Minimum = 0, Maximum = 3600 },

        new("Outlook.GraphBaseUrl", SettingType.Url, "Microsoft Graph endpoint.", "https://graph.microsoft.com/v1.0"),
        new("Outlook.AuthorityHost", SettingType.Url, "Microsoft Entra sign-in host.", "https://login.microsoftonline.com"),
        new("Outlook.TenantId", SettingType.String, "Entra tenant id or domain."),
        new("Outlook.ClientId", SettingType.String, "Application (client) id of the Entra app registration."),
        new("Outlook.SignIn", SettingType.Choice, "How Pipes signs in to Graph when no token was given: AppOnly (client credentials) or Delegated (device code, then refresh tokens). Set by Connect-PipesOutlook.", "AppOnly")
            { Choices = ["AppOnly", "Delegated"] },
        new("Outlook.Mailbox", SettingType.Email, "Mailbox used by app-only sign-in, and the address that counts as 'me'."),
        new("Outlook.PollIntervalMinutes", SettingType.Integer, "Minutes between inbox polls in Get-PipesInbox -Watch.", 30L) { Minimum = 1, Maximum = 1440 },

        new("ActiveCampaign.BaseUrl", SettingType.Url, "Your account's API URL from ActiveCampaign Settings > Developer (https://<account>.api-us1.com)."),
        new("ActiveCampaign.RequestsPerSecond", SettingType.Number, "Request pace; ActiveCampaign allows 5 per second per account.", 5.0) { Minimum = 0.1, Maximum = 5 },

        new("Dialer.Scheme", SettingType.Choice, "URI scheme the softphone is launched with: tel (RFC 3966), sip or callto.", "tel") { Choices = ["tel", "sip", "callto"] },
        new("Dialer.SipDomain", SettingType.String, "SIP domain for sip: URIs (sip:7135551234@<domain>)."),
        new("Dialer.OutsideLinePrefix", SettingType.String, "Digits dialled first to get an outside line (for example 9)."),
        new("Dialer.CountryCode", SettingType.String, "Country calling code of North American numbers.", "1"),
        new("Dialer.ProcessNames", SettingType.StringList, "Process names that mean Bria is running.",
            new[] { "Bria", "Bria5", "Bria6", "Bria Solo", "BriaSolo", "Bria Enterprise", "BriaEnterprise", "Bria Teams", "BriaTeams", "bria", "bria5", "bria6" }),
        new("Dialer.ConnectivityProbe", SettingType.HostPort, "host:port reached within a second to decide that the softphone is online (for example the SIP registrar); the OS network status when unset."),

        new(ImportLimits.MaxCellLengthSetting, SettingType.Integer, "Characters one CSV field or XLSX cell may hold; a file with a longer one fails with Pipes.FileTooLarge.",
            (long)ImportLimits.Default.MaxCellLength) { Minimum = 1024, Maximum = 500_000_000 },
        new(ImportLimits.MaxRowLengthSetting, SettingType.Integer, "Characters one CSV record may hold, all its fields together; a file with a longer one fails with Pipes.FileTooLarge.",
            (long)ImportLimits.Default.MaxRowLength) { Minimum = 1024, Maximum = 1_000_000_000 },
        new(ImportLimits.MaxColumnsSetting, SettingType.Integer, "Columns one row of an imported file may have (Excel's own limit is 16,384); past it the file fails with Pipes.FileTooLarge.",
            (long)ImportLimits.Default.MaxColumns) { Minimum = 16, Maximum = 10_000_000 },
        new(ImportLimits.MaxSharedStringsSetting, SettingType.Integer, "Entries of an XLSX shared-strings table, all held in memory while the sheet is read; past it the file fails with Pipes.FileTooLarge.",
            (long)ImportLimits.Default.MaxSharedStrings) { Minimum = 1000, Maximum = 1_000_000_000 },
        new(ImportLimits.MaxInflationRatioSetting, SettingType.Integer, "How many times its file's size one unpacked part of an XLSX workbook may be (a zip-bomb guard; genuine workbooks stay under 20); past it the file fails with Pipes.FileTooLarge.",
            (long)ImportLimits.Default.MaxInflationRatio) { Minimum = 10, Maximum = 100_000 },

        new("Google.BaseUrl", SettingType.Url, "Custom Search JSON API endpoint.", "https://www.googleapis.com/customsearch/v1"),
        new("Google.SearchEngineId", SettingType.String, "Programmable Search Engine id (cx)."),
        new("Google.DailyQuota", SettingType.Integer, "Searches allowed per day (the free tier is 100).", 100L) { Minimum = 0, Maximum = 10000 },
    ];

    private static readonly Dictionary<string, SettingDefinition> ByName =
        All.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

    public static SettingDefinition? Find(string name) => ByName.GetValueOrDefault(name.Trim());
}
