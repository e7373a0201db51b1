namespace Pipes.Integrations;

/// <summary>
/// Every ErrorId Pipes writes, in one place. They are public API: scripts and Pester suites match
/// on them (<c>$_.FullyQualifiedErrorId -like 'Pipes.RateLimited*'</c>), so a value never changes
/// once shipped. <c>about_Pipes</c> lists each one (a test checks it), and no other file in
/// <c>src</c> spells a <c>"Pipes.…"</c> id as a string literal (a test checks that too).
/// </summary>
public static class ErrorIds
{
    // Configuration and secrets.
    public const string NotConfigured = "Pipes.NotConfigured";
    public const string UnknownSetting = "Pipes.UnknownSetting";
    public const string InvalidSetting = "Pipes.InvalidSetting";
    public const string UnknownSecret = "Pipes.UnknownSecret";
    public const string SecretNotFound = "Pipes.SecretNotFound";
    public const string SecretUnreadable = "Pipes.SecretUnreadable";
    public const string InvalidSecret = "Pipes.InvalidSecret";
    public const string CorruptConfigFile = "Pipes.CorruptConfigFile";
    public const string ConfigLocked = "Pipes.ConfigLocked";
    public const string UnknownIntegration = "Pipes.UnknownIntegration";

    // Talking to a service.
    public const string AuthenticationFailed = "Pipes.AuthenticationFailed";
    public const string AuthenticationRequired = "Pipes.AuthenticationRequired";
    public const string RateLimited = "Pipes.RateLimited";
    public const string QuotaExceeded = "Pipes.QuotaExceeded";
    public const string Unavailable = "Pipes.Unavailable";
    public const string Timeout = "Pipes.Timeout";
    public const string RemoteRejected = "Pipes.RemoteRejected";
    public const string NotFound = "Pipes.NotFound";
    public const string OutcomeUnknown = "Pipes.OutcomeUnknown";
    public const string UnsafeNextLink = "Pipes.UnsafeNextLink";
    /// <summary>The service answered with a redirect (HTTP 3xx) to another origin, or to a request that is not a read: not followed, since the request's credential would go with it.</summary>
    public const string UnsafeRedirect = "Pipes.UnsafeRedirect";
    public const string InvalidInput = "Pipes.InvalidInput";
    public const string UnknownPlaceholder = "Pipes.UnknownPlaceholder";
    public const string InvalidRecipient = "Pipes.InvalidRecipient";
    /// <summary>The service refuses this account for good (Google's Custom Search JSON API, closed to new customers): use another provider.</summary>
    public const string ServiceClosed = "Pipes.ServiceClosed";
    public const string UnknownTimeZone = "Pipes.UnknownTimeZone";
    /// <summary>An answer longer than <see cref="PipesEnvironment.MaxResponseBytes"/> once decompressed (an endless body, a gzip bomb): read no further, not retried.</summary>
    public const string ResponseTooLarge = "Pipes.ResponseTooLarge";

    // Files.
    public const string FileNotFound = "Pipes.FileNotFound";
    public const string NotAFile = "Pipes.NotAFile";
    public const string UnreadableFile = "Pipes.UnreadableFile";
    public const string FileTooLarge = "Pipes.FileTooLarge";
    public const string AccessDenied = "Pipes.AccessDenied";
    public const string FileFormat = "Pipes.FileFormat";
    public const string RowParseError = "Pipes.RowParseError";
    public const string MappingColumnNotFound = "Pipes.MappingColumnNotFound";
    /// <summary>-Mapping sends two columns to one field that holds one value.</summary>
    public const string MappingConflict = "Pipes.MappingConflict";
    public const string UnknownMappingTarget = "Pipes.UnknownMappingTarget";
    public const string UnknownPreset = "Pipes.UnknownPreset";
    public const string WorksheetNotFound = "Pipes.WorksheetNotFound";
    public const string HeaderRowNotFound = "Pipes.HeaderRowNotFound";
    public const string InvalidDelimiter = "Pipes.InvalidDelimiter";
    public const string NotAnEmailExport = "Pipes.NotAnEmailExport";

    // The dialer.
    public const string InvalidPhoneNumber = "Pipes.InvalidPhoneNumber";
    public const string DialRefused = "Pipes.DialRefused";

    /// <summary>A failure Pipes did not foresee: a bug to report. The original exception is the inner one.</summary>
    public const string Unexpected = "Pipes.Unexpected";

    /// <summary>Every id above, for the documentation test.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(ErrorIds).GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();
}
