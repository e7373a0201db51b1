using Microsoft.Identity.Client;
using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>
/// App-only sign-in (client credentials) through MSAL: the Entra app's tenant, client id and client
/// secret; tokens come from MSAL's cache, persisted in the config directory (see <see cref="TokenCacheStore"/>),
/// and are renewed before they expire, or at once when Graph says one has.
/// </summary>
internal sealed class AppOnlyTokenSource
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];
    private readonly IConfidentialClientApplication _app;
    private readonly PipesEnvironment _environment;

    public AppOnlyTokenSource(PipesEnvironment environment, string tenant, string clientId, string secret)
    {
        _environment = environment;
        var authority = MsalHttp.Authority(environment, tenant);
        _app = ConfidentialClientApplicationBuilder.Create(clientId)
            .WithClientSecret(secret)
            .WithAuthority(authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(MsalHttp.Factory(environment), retryOnceOn5xx: false)
            .Build();
        TokenCacheStore.Attach(_app.AppTokenCache, environment, GraphConnection.AppCacheFile);
    }

    public async Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _app.AcquireTokenForClient(Scopes).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (Exception exception) when (MsalHttp.TimedOut(exception, _environment, cancellationToken) is { } timedOut)
        {
            throw timedOut;
        }
        catch (MsalServiceException exception) when (MsalHttp.Busy(exception) is { } busy)
        {
            throw busy;
        }
        catch (MsalServiceException exception)
        {
            throw new AuthenticationError("Outlook", "SignIn", $"Microsoft Entra refused the app's sign-in ({exception.ErrorCode}).", (System.Net.HttpStatusCode)exception.StatusCode,
                ErrorIds.AuthenticationFailed, $"Check Outlook.TenantId, Outlook.ClientId and the client secret: {_environment.Secrets.ReplaceAdvice(GraphConnection.ClientSecretName)} Then run Connect-PipesOutlook again.");
        }
        catch (HttpRequestException exception)
        {
            throw MsalHttp.Unreachable(exception);
        }
    }
}
