using Microsoft.Identity.Client;
using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>
/// Delegated sign-in for a person at a prompt: device code once, then MSAL's refresh tokens, cached
/// in the config directory (see <see cref="TokenCacheStore"/>), so later sessions and scheduled runs
/// need no new sign-in until the refresh token lapses.
/// </summary>
internal sealed class DelegatedTokenSource
{
    private static readonly string[] Scopes = [.. GraphConnection.DelegatedScopes];
    private readonly IPublicClientApplication _app;
    private readonly PipesEnvironment _environment;

    public DelegatedTokenSource(PipesEnvironment environment, string tenant, string clientId)
    {
        _environment = environment;
        var authority = MsalHttp.Authority(environment, tenant);
        _app = PublicClientApplicationBuilder.Create(clientId)
            .WithAuthority(authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(MsalHttp.Factory(environment), retryOnceOn5xx: false)
            .Build();
        TokenCacheStore.Attach(_app.UserTokenCache, environment, GraphConnection.UserCacheFile);
    }

    /// <summary>Device-code sign-in: <paramref name="show"/> gets the instructions for the person (a URL and a code).</summary>
    public async Task<string> SignInAsync(Action<string> show, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _app.AcquireTokenWithDeviceCode(Scopes, code =>
            {
                show(code.Message);
                return Task.CompletedTask;
            }).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (Exception exception) when (MsalHttp.TimedOut(exception, _environment, cancellationToken) is { } timedOut)
        {
            // No answer says nothing about the sign-in or the refresh token: the next run may get one.
            throw timedOut;
        }
        catch (MsalServiceException exception) when (MsalHttp.Busy(exception) is { } busy)
        {
            throw busy;
        }
        catch (MsalServiceException exception)
        {
            throw new AuthenticationError("Outlook", "SignIn", $"The device-code sign-in did not complete ({exception.ErrorCode}).", null,
                ErrorIds.AuthenticationFailed, "Run Connect-PipesOutlook -DeviceCode again and finish the sign-in in the browser before the code expires.");
        }
        catch (HttpRequestException exception)
        {
            throw MsalHttp.Unreachable(exception);
        }
    }

    public async Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var account = (await _app.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault()
            ?? throw SignInNeeded("there is no signed-in account");
        try
        {
            return (await _app.AcquireTokenSilent(Scopes, account).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken).ConfigureAwait(false)).AccessToken;
        }
        catch (Exception exception) when (MsalHttp.TimedOut(exception, _environment, cancellationToken) is { } timedOut)
        {
            // No answer says nothing about the sign-in or the refresh token: the next run may get one.
            throw timedOut;
        }
        catch (MsalUiRequiredException exception)
        {
            throw SignInNeeded($"the sign-in has lapsed ({exception.ErrorCode})");
        }
        catch (MsalServiceException exception) when (MsalHttp.Busy(exception) is { } busy)
        {
            throw busy;
        }
        catch (MsalServiceException exception)
        {
            throw SignInNeeded($"Microsoft Entra refused to renew it ({exception.ErrorCode})");
        }
        catch (HttpRequestException exception)
        {
            // A network failure says nothing about the refresh token: the next run may renew it.
            throw MsalHttp.Unreachable(exception);
        }
    }

    private static AuthenticationError SignInNeeded(string why) =>
        new("Outlook", "SignIn", $"A new sign-in is needed: {why}.", null, ErrorIds.AuthenticationRequired, "Run Connect-PipesOutlook -DeviceCode at a prompt.");
}
