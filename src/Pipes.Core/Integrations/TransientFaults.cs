using System.Net;

namespace Pipes.Integrations;

/// <summary>Which failures are worth another attempt, and which requests may safely get one.</summary>
public static class TransientFaults
{
    private static readonly HashSet<HttpStatusCode> TransientStatuses =
    [
        HttpStatusCode.RequestTimeout,      // 408
        HttpStatusCode.TooManyRequests,     // 429
        HttpStatusCode.InternalServerError, // 500
        HttpStatusCode.BadGateway,          // 502
        HttpStatusCode.ServiceUnavailable,  // 503
        HttpStatusCode.GatewayTimeout,      // 504
    ];

    public static bool IsTransient(HttpStatusCode status) => TransientStatuses.Contains(status);

    /// <summary>
    /// A transient status after which even a non-idempotent request may be repeated: the service
    /// says it did not act (throttled or refusing work). 500/502/504 may come after it acted.
    /// </summary>
    public static bool ProvesNotProcessed(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>
    /// A network failure worth another attempt; not a secure connection that could not be made (a certificate this machine does
    /// not trust, an address that does not speak https): the next attempt meets the same.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception is HttpRequestException or TimeoutException or IOException && !IsSecureConnectionFailure(exception);

    /// <summary>
    /// The TLS handshake was refused (<see cref="System.Security.Authentication.AuthenticationException"/>: a certificate not trusted, an
    /// answer that is no TLS); no request was sent. Not a connection reset or cut off during the handshake (an IOException inside),
    /// which is a network fault like any other and is retried.
    /// </summary>
    public static bool IsSecureConnectionFailure(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError, InnerException: System.Security.Authentication.AuthenticationException };

    /// <summary>
    /// The answer ran past the client's buffer (<see cref="PipesEnvironment.MaxResponseBytes"/>): .NET says so as a limit of its
    /// configuration. The next attempt would read as much again: not transient.
    /// </summary>
    public static bool IsTooLarge(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConfigurationLimitExceeded } tooLarge
        && tooLarge.Message.Contains("buffer", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the request can never have reached the service (no connection was made, or no secure one).</summary>
    public static bool NeverReachedService(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ProxyTunnelError
            or HttpRequestError.SecureConnectionError };
}
