using System.Net;

namespace Pipes.Integrations;

/// <summary>
/// An error from an integration: which one, which operation, and the last HTTP status when there
/// was one. Subclasses say what kind of failure it was, so callers can catch what they can handle.
/// </summary>
public class IntegrationError : PipesException
{
    public IntegrationError(string integration, string operation, string errorId, PipesErrorKind kind, string message,
        HttpStatusCode? statusCode = null, string? recommendedAction = null, object? target = null, Exception? inner = null)
        : base(errorId, kind, message, recommendedAction, target, inner)
    {
        Integration = integration;
        Operation = operation;
        StatusCode = statusCode;
    }

    public string Integration { get; }

    public string Operation { get; }

    /// <summary>The status of the last answer received, if any answer came.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>How many attempts were made before giving up (1 when it was not retried).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>
    /// Some attempt, the last or an earlier one, failed in a way that leaves it unknown whether the service did the
    /// work (a timeout, a connection broken after it was made, a gateway's 500/502/504): a create that ends in a 503
    /// after a timed-out attempt may still have been made. Set by <see cref="IntegrationHttp"/>.
    /// </summary>
    public bool AnAttemptMayHaveActed { get; internal set; }
}

/// <summary>
/// Required settings or secrets are missing. No network call was made. <paramref name="where"/> (see
/// <see cref="PipesEnvironment.WhereConfigured"/>) names the config directory looked in, so that a scheduled task run as
/// another account, or with PIPES_CONFIG_DIR misspelt, says where it looked.
/// </summary>
public sealed class NotConfiguredError(string integration, string operation, IReadOnlyList<string> missing, string? where = null)
    : IntegrationError(integration, operation, ErrorIds.NotConfigured, PipesErrorKind.NotConfigured,
        $"{integration} is not configured: {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} missing" + (where is null ? "." : $" (config directory {where})."),
        recommendedAction: "Set the missing values with Set-PipesConfig or Set-PipesSecret" + (where is null ? "" : " as the account that runs this, with the same PIPES_CONFIG_DIR")
            + ", then run Test-PipesIntegration " + integration + ".")
{
    public IReadOnlyList<string> Missing { get; } = missing;
}

/// <summary>
/// A health check's finding that nothing on this machine was set up for the integration, though no setting is missing (no
/// softphone where the nightly pull runs): Pipes.NotConfigured, and the status row's IsConfigured is false, not merely unhealthy.
/// </summary>
public sealed class NotSetUpError(string integration, string message, string recommendedAction)
    : IntegrationError(integration, "HealthCheck", ErrorIds.NotConfigured, PipesErrorKind.NotConfigured, message, recommendedAction: recommendedAction);

/// <summary>The service refused the credentials (401/403), or a sign-in is needed.</summary>
public sealed class AuthenticationError(string integration, string operation, string message, HttpStatusCode? status = null,
    string errorId = ErrorIds.AuthenticationFailed, string? recommendedAction = null, Exception? inner = null)
    : IntegrationError(integration, operation, errorId, PipesErrorKind.Authentication, message, status,
        recommendedAction ?? "Check which credential " + integration + " used (Get-PipesSecretInfo shows where each comes from) and replace a stale one with Set-PipesSecret.",
        inner: inner);

/// <summary>The service throttled us (429, or 503 with Retry-After) and the retry budget is spent.</summary>
public sealed class RateLimitedError(string integration, string operation, string message, HttpStatusCode? status, TimeSpan? retryAfter, string? recommendedAction = null)
    : IntegrationError(integration, operation, ErrorIds.RateLimited, PipesErrorKind.RateLimited, message, status,
        recommendedAction ?? (retryAfter is { } wait ? $"Wait {Math.Ceiling(wait.TotalSeconds)} s before trying again." : "Wait a while before trying again."))
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>A daily or monthly quota is used up; retrying before it resets will not help.</summary>
public sealed class QuotaExceededError(string integration, string operation, string message, DateTimeOffset? resetsAt = null, string? recommendedAction = null)
    : IntegrationError(integration, operation, ErrorIds.QuotaExceeded, PipesErrorKind.QuotaExceeded, message,
        recommendedAction: recommendedAction ?? (resetsAt is { } at ? $"The quota resets at {at:u}." : "Wait for the quota to reset."))
{
    public DateTimeOffset? ResetsAt { get; } = resetsAt;
}

/// <summary>The service could not be reached or kept failing with transient errors.</summary>
public sealed class UnavailableError(string integration, string operation, string message, HttpStatusCode? status = null, Exception? inner = null,
    string? recommendedAction = null)
    : IntegrationError(integration, operation, ErrorIds.Unavailable, PipesErrorKind.Unavailable, message, status,
        recommendedAction ?? "Check the network and the service's status, then try again.", inner: inner);

/// <summary>No answer came within the per-call timeout and the retry budget is spent.</summary>
public sealed class IntegrationTimeoutError(string integration, string operation, string message, Exception? inner = null, string? recommendedAction = null)
    : IntegrationError(integration, operation, ErrorIds.Timeout, PipesErrorKind.Timeout, message,
        recommendedAction: recommendedAction ?? "Try again later, or raise Http.TimeoutSeconds with Set-PipesConfig.", inner: inner);

/// <summary>The service answered with a non-transient error (400, 404, 409, 422 ...).</summary>
public sealed class RemoteRejectedError(string integration, string operation, string message, HttpStatusCode? status, string? remoteCode = null)
    : IntegrationError(integration, operation, status == HttpStatusCode.NotFound ? ErrorIds.NotFound : ErrorIds.RemoteRejected,
        status == HttpStatusCode.NotFound ? PipesErrorKind.NotFound : PipesErrorKind.RemoteRejected, message, status,
        $"The message gives what {integration} said; check the values sent and the {integration}.* settings (Get-PipesConfig {integration}.*).")
{
    /// <summary>The service's own error code, when its error body carried one.</summary>
    public string? RemoteCode { get; } = remoteCode;
}

/// <summary>
/// A request that is not safe to repeat (sending mail) failed after it may have reached the
/// service. It was not retried; the caller must find out whether it happened.
/// </summary>
public sealed class OutcomeUnknownError(string integration, string operation, string message, Exception? inner = null,
    string? recommendedAction = null, object? target = null, HttpStatusCode? status = null)
    : IntegrationError(integration, operation, ErrorIds.OutcomeUnknown, PipesErrorKind.OutcomeUnknown, message, status,
        recommendedAction ?? "Check whether the operation took effect before repeating it.", target, inner);

/// <summary>Input that cannot be used (a bad argument value).</summary>
public sealed class InvalidInputError(string integration, string operation, string message, object? target = null, string errorId = ErrorIds.InvalidInput)
    : IntegrationError(integration, operation, errorId, PipesErrorKind.InvalidInput, message,
        recommendedAction: "Correct the value the message names; Get-Help " + PipesException.CommandToken + " -Full describes what each parameter takes.", target: target);

/// <summary>
/// A file that cannot be read as what it should be; carries the path and line when known. The recommended action is the
/// importer's (fix or export the file again, and import it again) unless the caller says what to do with its file.
/// </summary>
public sealed class FileFormatError(string path, string message, long? line = null, string errorId = ErrorIds.FileFormat, Exception? inner = null, string? recommendedAction = null)
    : IntegrationError("Import", "Read", errorId, PipesErrorKind.FileFormat, message,
        recommendedAction: recommendedAction ?? (line is { } at ? $"Look at line {at} of the file" : "Look at the file") + ", fix it or export it again, then import it again; the other rows and files were read.",
        target: path, inner: inner)
{
    public string Path { get; } = path;

    public long? Line { get; } = line;
}

/// <summary>
/// A file passes one of the import limits (a cell, a row, the columns, the shared strings, the
/// unpacked size of a zip part), or memory ran out reading it: it fails whole, in bounded memory,
/// naming the limit and the setting that raises it. <see cref="Line"/> is the last row read before it, when any was.
/// </summary>
public sealed class FileTooLargeError(string path, string message, string? setting, long? limit, long? line = null, Exception? inner = null)
    : IntegrationError("Import", "Read", ErrorIds.FileTooLarge, PipesErrorKind.LimitExceeded, message,
        recommendedAction: setting is null
            ? "Split the file, or lower Import.MaxCellLength and Import.MaxRowLength so that such a file fails before memory runs out."
            : $"If the file is genuine, raise the limit with Set-PipesConfig -Name {setting} -Value <number> (it is {limit:N0}).",
        target: path, inner: inner)
{
    public string Path { get; } = path;

    public long? Line { get; } = line;

    /// <summary>The setting that holds the limit passed, such as Import.MaxCellLength; null when memory ran out first.</summary>
    public string? Setting { get; } = setting;

    public long? Limit { get; } = limit;
}

/// <summary>
/// A path that cannot be opened for reading: the operating system refused it (<c>Pipes.AccessDenied</c>),
/// it is not a regular file (<c>Pipes.NotAFile</c>: a folder, a FIFO, a device, a socket), or it
/// is gone (<c>Pipes.FileNotFound</c>).
/// </summary>
public sealed class FileAccessError(string path, string errorId, PipesErrorKind kind, string message, string? recommendedAction = null, Exception? inner = null)
    : IntegrationError("Import", "Open", errorId, kind, message, recommendedAction: recommendedAction, target: path, inner: inner)
{
    public string Path { get; } = path;
}
