using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Outlook;
using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>Delegated sign-in: device code once, then refresh tokens from the cache in the config directory.</summary>
public sealed class OutlookDelegatedTests : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly FakeServer _server;
    private readonly GraphFake _graph;
    private readonly TestEnvironment _env;

    public OutlookDelegatedTests(FakeServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _graph = _server.Service<GraphFake>();
        _env = new TestEnvironment(handlerFactory: () => new RedirectHandler("login.microsoftonline.com", _server.BaseUrl));
        _env.Pipes.Settings.Set("Outlook.GraphBaseUrl", _server.UrlOf(_graph));
        _env.Pipes.Settings.Set("Outlook.SignIn", "Delegated");
        _env.Pipes.Settings.Set("Outlook.TenantId", "organizations");
        _env.Pipes.Settings.Set("Outlook.ClientId", GraphFake.ClientId);
    }

    public void Dispose() => _env.Dispose();

    private static OutgoingMail Mail => new(["owner@example.com"], "Offer", "Dear owner, ...");

    [Fact]
    public async Task DeviceCodeOnceThenSilentTokensInLaterClients()
    {
        var shown = new List<string>();
        await new OutlookClient(_env.Pipes).SignInWithDeviceCodeAsync(shown.Add);

        Assert.Contains("FAKE-CODE", Assert.Single(shown));
        // A later session (a new client, as a new process would make) needs no sign-in.
        var later = new OutlookClient(_env.Pipes);
        Assert.Equal("Delegated", later.Mode);
        var tokenRequests = _server.Requests.Count(r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        await later.SendMailAsync(Mail);
        Assert.Single(_graph.Sent);
        // Served from MSAL's cache: the token covers every scope asked for (mail and calendar), so nothing is renewed.
        Assert.Equal(tokenRequests, _server.Requests.Count(r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)));
        Assert.Contains(_server.Requests, r => r.Path == "/v1.0/me/messages");
        Assert.True(File.Exists(Path.Combine(_env.DirectoryPath, "msal-user-cache.bin")));
    }

    [Fact]
    public async Task WithoutAKeyringTheOwnerOnlyFileIsUsedAndThatIsNotedOnce()
    {
        if (OperatingSystem.IsWindows()) return; // DPAPI there: no keyring to miss
        var notes = new List<string>();
        using (_env.Pipes.Log.Listen(notes.Add))
        {
            await new OutlookClient(_env.Pipes).SignInWithDeviceCodeAsync(_ => { });
            await new OutlookClient(_env.Pipes).SendMailAsync(Mail);
        }
        // This machine has no libsecret: the fallback is used and said once, not as a failure.
        Assert.Single(notes, n => n.Contains("owner-only file"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_env.DirectoryPath, "msal-user-cache.bin")));
    }

    [Fact]
    public async Task AnExpiredAccessTokenIsRenewedWithTheRefreshToken()
    {
        await new OutlookClient(_env.Pipes).SignInWithDeviceCodeAsync(_ => { });
        _graph.ExpireIssuedTokens();

        await new OutlookClient(_env.Pipes).SendMailAsync(Mail);

        Assert.Single(_graph.Sent);
        Assert.Contains(_server.Requests, r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) && r.Body.Contains("grant_type=refresh_token"));
    }

    [Fact]
    public async Task ALapsedRefreshTokenAsksForANewSignIn()
    {
        await new OutlookClient(_env.Pipes).SignInWithDeviceCodeAsync(_ => { });
        _graph.ExpireIssuedTokens();
        _graph.RevokeRefreshTokens();

        var error = await Assert.ThrowsAsync<AuthenticationError>(() => new OutlookClient(_env.Pipes).SendMailAsync(Mail));

        Assert.Equal("Pipes.AuthenticationRequired", error.ErrorId);
        Assert.Contains("Connect-PipesOutlook -DeviceCode", error.RecommendedAction);
    }

    [Fact]
    public async Task AHealthCheckFindsARevokedSignInWhileTheCachedTokenIsStillValid()
    {
        await new OutlookClient(_env.Pipes).SignInWithDeviceCodeAsync(_ => { });
        Assert.True((await new OutlookClient(_env.Pipes).CheckAsync()).IsHealthy);
        // Revoked (a password reset, an admin's revocation): the cached access token would still pass for up to an hour.
        _graph.RevokeRefreshTokens();

        var status = await new OutlookClient(_env.Pipes).CheckAsync();

        Assert.False(status.IsHealthy);
        Assert.Equal("Pipes.AuthenticationRequired", status.ErrorId);
        Assert.Contains("Connect-PipesOutlook -DeviceCode", status.Message);
    }

    [Fact]
    public async Task EntraDownDuringRenewalIsUnavailableNotANewSignIn()
    {
        // An app of its own: MSAL keeps a public client's 5xx a minute in its process-wide throttling cache, keyed by the app,
        // and the other tests' renewals would meet it.
        _env.Pipes.Settings.Set("Outlook.ClientId", "00000000-0000-0000-0000-00000000503a");
        await new OutlookClient(_env.Pipes).SignInWithDeviceCodeAsync(_ => { });
        _graph.ExpireIssuedTokens();
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 503, PathSuffix = "/oauth2/v2.0/token", Times = 100 });

        var error = await Assert.ThrowsAsync<UnavailableError>(() => new OutlookClient(_env.Pipes).SendMailAsync(Mail));

        Assert.Equal("Pipes.Unavailable", error.ErrorId);
        Assert.Contains("Microsoft Entra is unavailable (HTTP 503", error.Message);
    }

    [Fact]
    public async Task EntraDroppingTheConnectionDuringRenewalIsUnavailableNotANewSignIn()
    {
        await new OutlookClient(_env.Pipes).SignInWithDeviceCodeAsync(_ => { });
        _graph.ExpireIssuedTokens();
        _server.Faults.Add(new Fault(FaultKind.DropAfterProcessing) { PathSuffix = "/oauth2/v2.0/token", Times = 100 });

        var error = await Assert.ThrowsAsync<UnavailableError>(() => new OutlookClient(_env.Pipes).SendMailAsync(Mail));

        Assert.Equal("Pipes.Unavailable", error.ErrorId);
        Assert.Contains("Microsoft Entra could not be reached", error.Message);
    }

    [Fact]
    public async Task WithoutASignInTheFirstCallSaysWhatToRun()
    {
        var error = await Assert.ThrowsAsync<AuthenticationError>(() => new OutlookClient(_env.Pipes).SendMailAsync(Mail));
        Assert.Equal("Pipes.AuthenticationRequired", error.ErrorId);
    }
}
