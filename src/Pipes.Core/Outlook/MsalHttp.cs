using Microsoft.Identity.Client;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>What MSAL needs from Pipes: the environment's HTTP client (so tests reach the fake through it) and the authority.</summary>
internal static class MsalHttp
{
    /// <summary>
    /// MSAL's HTTP client: the environment's connections, each request (answer and body) bounded by Http.TimeoutSeconds,
    /// as every other call is (a token endpoint that never answered held Connect-PipesOutlook, and every command signed
    /// in as the app, for ever: MSAL sets no timeout of its own). A timeout reaches the token sources as <see cref="TimedOut"/>.
    /// </summary>
    public static IMsalHttpClientFactory Factory(PipesEnvironment environment) =>
        new SharedHttpClientFactory(environment.BoundedHttpClient(environment.DefaultResilience().Timeout));

    /// <summary>
    /// <c>Pipes.Timeout</c> when <paramref name="exception"/> (or one it wraps, as MSAL wraps them) is a request to Microsoft
    /// Entra that ran out of Http.TimeoutSeconds, not one the caller cancelled (Ctrl+C); otherwise null.
    /// </summary>
    public static IntegrationTimeoutError? TimedOut(Exception exception, PipesEnvironment environment, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) return null;
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is TimeoutException || inner is MsalServiceException { ErrorCode: MsalError.RequestTimeout })
                return new IntegrationTimeoutError("Outlook", "SignIn",
                    $"Microsoft Entra gave no answer within {environment.DefaultResilience().Timeout.TotalSeconds:0.###} s.", exception);
        }
        return null;
    }

    /// <summary>{Outlook.AuthorityHost}/{tenant}: national clouds and the test fakes need only the setting.</summary>
    public static string Authority(PipesEnvironment environment, string tenant) =>
        environment.Settings.GetValue<string>("Outlook.AuthorityHost")!.TrimEnd('/') + "/" + tenant;

    /// <summary>
    /// <c>Pipes.RateLimited</c> (HTTP 429, with its Retry-After) or <c>Pipes.Unavailable</c> (5xx) when Microsoft Entra's answer says it
    /// is busy or down rather than that it refuses the sign-in; otherwise null. Both sign-ins reported such an answer as a wrong secret or
    /// a lapsed sign-in (a trial: 'service_not_available' advised storing another client secret).
    /// </summary>
    public static IntegrationError? Busy(MsalServiceException exception) => exception.StatusCode switch
    {
        429 => new RateLimitedError("Outlook", "SignIn", $"Microsoft Entra is limiting requests (HTTP 429, {exception.ErrorCode}); the sign-in itself was not refused.",
            System.Net.HttpStatusCode.TooManyRequests, exception.Headers?.RetryAfter?.Delta),
        >= 500 => new UnavailableError("Outlook", "SignIn", $"Microsoft Entra is unavailable (HTTP {exception.StatusCode}, {exception.ErrorCode}); the sign-in itself was not refused.",
            (System.Net.HttpStatusCode)exception.StatusCode, exception, "Try again later; https://status.cloud.microsoft shows Entra's state."),
        _ => null,
    };

    /// <summary>MSAL lets network failures through as they are; both sign-ins report them as Pipes.Unavailable.</summary>
    public static UnavailableError Unreachable(HttpRequestException exception) =>
        new("Outlook", "SignIn", "Microsoft Entra could not be reached: " + exception.Message.TrimEnd('.') + ".", inner: exception,
            recommendedAction: "Check the network and Outlook.AuthorityHost (Get-PipesConfig Outlook.AuthorityHost), then try again.");

    private sealed class SharedHttpClientFactory(HttpClient client) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => client;
    }
}
