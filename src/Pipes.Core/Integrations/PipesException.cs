namespace Pipes.Integrations;

/// <summary>What kind of failure an error is; the cmdlets map it to a PowerShell ErrorCategory.</summary>
public enum PipesErrorKind
{
    NotConfigured,
    InvalidSetting,
    Authentication,
    RateLimited,
    QuotaExceeded,
    Unavailable,
    Timeout,
    RemoteRejected,
    NotFound,
    InvalidInput,
    FileFormat,
    OutcomeUnknown,

    /// <summary>A failure Pipes did not foresee (a bug); see <see cref="ErrorIds.Unexpected"/>.</summary>
    Unexpected,

    /// <summary>A file or input passes a limit Pipes sets on purpose (a setting raises it).</summary>
    LimitExceeded,
    /// <summary>The operating system refused access (file permissions).</summary>
    PermissionDenied,
}

/// <summary>
/// The root of every error Pipes raises on purpose. <see cref="ErrorId"/> is stable public API
/// (scripts and Pester tests match on it); <see cref="RecommendedAction"/> says what to do next.
/// Messages never carry secrets: build them from names and statuses, never from values.
/// </summary>
public class PipesException : Exception
{
    public PipesException(string errorId, PipesErrorKind kind, string message, string? recommendedAction = null, object? target = null, Exception? inner = null)
        : base(message, WithoutRemoteText(inner))
    {
        ErrorId = errorId;
        Kind = kind;
        RecommendedAction = recommendedAction;
        Target = target;
    }

    /// <summary>
    /// An inner exception as kept: MSAL's exceptions carry the token endpoint's answer whole (<c>ResponseBody</c>, which may echo the
    /// request and its client secret; a security trial), which Get-Error, Format-List * -Force, Export-Clixml and a transcript show
    /// unmasked; such an exception stands here as its kind, code and status alone (<see cref="RemoteServiceFailure"/>).
    /// </summary>
    private static Exception? WithoutRemoteText(Exception? inner) => inner switch
    {
        Microsoft.Identity.Client.MsalServiceException service => new RemoteServiceFailure(service.GetType().Name, service.ErrorCode, service.StatusCode),
        Microsoft.Identity.Client.MsalException msal => new RemoteServiceFailure(msal.GetType().Name, msal.ErrorCode, null),
        _ => inner,
    };

    /// <summary>Stable identifier such as <c>Pipes.RateLimited</c>.</summary>
    public string ErrorId { get; }

    public PipesErrorKind Kind { get; }

    /// <summary>
    /// Stands for the running command's name in advice written where the command is not known (Core);
    /// the cmdlet base puts the name in ("Get-Help {command} -Full" becomes "Get-Help Set-PipesEvent -Full").
    /// </summary>
    public const string CommandToken = "{command}";

    public string? RecommendedAction { get; }

    /// <summary>The object the failure is about (a setting name, a file path, a URL without secrets).</summary>
    public object? Target { get; }

    /// <summary>
    /// <c>Pipes.Unexpected</c>: <paramref name="what"/> (a command, "The check") met an exception Pipes did not
    /// foresee. The original is the inner exception; its message is masked by <paramref name="redactor"/>.
    /// </summary>
    public static PipesException Unexpected(string what, Exception exception, Logging.Redactor? redactor, object? target = null) =>
        new(ErrorIds.Unexpected, PipesErrorKind.Unexpected,
            $"{what} failed unexpectedly ({exception.GetType().Name}: {redactor?.Redact(exception.Message) ?? exception.Message}).",
            "This is a fault in Pipes: please report it with the command, the input and the log file under the Pipes config directory's logs folder.",
            target, exception);
}

/// <summary>
/// What a library's exception about a remote service said, without the service's answer: its kind (<c>MsalServiceException</c>), its
/// error code (<c>service_not_available</c>) and its HTTP status when it had one.
/// </summary>
public sealed class RemoteServiceFailure(string kind, string errorCode, int? statusCode)
    : Exception($"{kind}: {errorCode}{(statusCode is { } status and > 0 ? $" (HTTP {status})" : "")}")
{
    public string Kind { get; } = kind;
    public string ErrorCode { get; } = errorCode;
    public int? StatusCode { get; } = statusCode;
}

/// <summary>A setting name that Pipes does not know.</summary>
public sealed class UnknownSettingException(string name, IEnumerable<string> known, string? meant = null)
    : PipesException(ErrorIds.UnknownSetting, PipesErrorKind.InvalidSetting,
        $"'{name}' is not a Pipes setting{(meant is null ? "" : $" ({meant})")}.",
        "Run Get-PipesConfig to list the settings. Known names: " + string.Join(", ", known) + ".",
        name)
{
    public string Name { get; } = name;
}

/// <summary>A value that does not fit its setting's type or rule.</summary>
public sealed class InvalidSettingException(string name, string reason)
    : PipesException(ErrorIds.InvalidSetting, PipesErrorKind.InvalidSetting,
        $"The value for '{name}' is not valid: {reason}",
        $"Set it again with Set-PipesConfig -Name {name} -Value <value>.",
        name)
{
    public string Name { get; } = name;
}
