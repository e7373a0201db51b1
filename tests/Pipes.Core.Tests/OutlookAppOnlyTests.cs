using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Outlook;
using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>App-only sign-in through MSAL against the fake's Entra token endpoint and Graph.</summary>
public sealed class OutlookAppOnlyTests : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly FakeServer _server;
    private readonly GraphFake _graph;
    private readonly TestEnvironment _env;

    public OutlookAppOnlyTests(FakeServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _graph = _server.Service<GraphFake>();
        _env = new TestEnvironment(new SteppingClock(), handlerFactory: () => new RedirectHandler("login.microsoftonline.com", _server.BaseUrl));
        _env.Pipes.Settings.Set("Outlook.GraphBaseUrl", _server.UrlOf(_graph));
        _env.Pipes.Settings.Set("Outlook.TenantId", "contoso.onmicrosoft.com");
        _env.Pipes.Settings.Set("Outlook.ClientId", GraphFake.ClientId);
        _env.Pipes.Settings.Set("Outlook.Mailbox", "outreach@contoso.com");
        _env.Pipes.Secrets.Set("Outlook.ClientSecret", GraphFake.ClientSecret);
    }

    public void Dispose() => _env.Dispose();

    private static OutgoingMail Mail => new(["owner@example.com"], "Offer", "Dear owner, ...");

    [Fact]
    public async Task SignsInWithClientCredentialsAndSendsAsTheMailbox()
    {
        var client = new OutlookClient(_env.Pipes);
        Assert.Equal("AppOnly", client.Mode);

        await client.SendMailAsync(Mail);

        var tokenRequest = Assert.Single(_server.Requests, r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        Assert.Equal("/contoso.onmicrosoft.com/oauth2/v2.0/token", tokenRequest.Path);
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body);
        Assert.Contains(_server.Requests, r => r.Path == "/v1.0/users/outreach%40contoso.com/messages" || r.Path == "/v1.0/users/outreach@contoso.com/messages");
        Assert.Single(_graph.Sent);
    }

    [Fact]
    public async Task TheTokenIsCachedAcrossClientsAndProcessesInTheConfigDirectory()
    {
        await new OutlookClient(_env.Pipes).SendMailAsync(Mail);
        await new OutlookClient(_env.Pipes).SendMailAsync(Mail);

        Assert.Single(_server.Requests, r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        var cache = Path.Combine(_env.DirectoryPath, "msal-app-cache.bin");
        Assert.True(File.Exists(cache));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cache));
    }

    [Fact]
    public async Task ATokenThatExpiresMidRunIsRenewedAndTheCallGoesThrough()
    {
        var client = new OutlookClient(_env.Pipes);
        await client.SendMailAsync(Mail);
        _graph.ExpireIssuedTokens();

        await client.SendMailAsync(Mail);

        Assert.Equal(2, _graph.Sent.Count);
        Assert.Equal(2, _graph.IssuedTokens.Count);
    }

    [Fact]
    public async Task ATokenEndpointThatNeverAnswersIsATimeoutAfterHttpTimeoutSeconds()
    {
        // MSAL sets no timeout of its own: before, a silent Entra held the command (a nightly task) for ever.
        using var env = SilentEntra();
        env.Pipes.Settings.Set("Http.TimeoutSeconds", 1L);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<IntegrationTimeoutError>(() => new OutlookClient(env.Pipes).SendMailAsync(Mail).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("Pipes.Timeout", error.ErrorId);
        Assert.Contains("no answer within 1 s", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    /// <summary>An app-only sign-in whose every request, Entra's first, goes to a <see cref="SilentHandler"/>.</summary>
    private TestEnvironment SilentEntra()
    {
        var env = new TestEnvironment(handlerFactory: () => new SilentHandler());
        env.Pipes.Settings.Set("Outlook.GraphBaseUrl", _server.UrlOf(_graph));
        env.Pipes.Settings.Set("Outlook.TenantId", "contoso.onmicrosoft.com");
        env.Pipes.Settings.Set("Outlook.ClientId", GraphFake.ClientId);
        env.Pipes.Settings.Set("Outlook.Mailbox", "outreach@contoso.com");
        env.Pipes.Secrets.Set("Outlook.ClientSecret", GraphFake.ClientSecret);
        return env;
    }

    /// <summary>A server that takes every request and never answers (until the request is cancelled).</summary>
    private sealed class SilentHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException("unreachable");
        }
    }

    [Fact]
    public async Task AWrongSecretIsAnAuthenticationErrorThatNeverShowsTheSecret()
    {
        _env.Pipes.Secrets.Set("Outlook.ClientSecret", "wrong-secret-value-0123");

        var error = await Assert.ThrowsAsync<AuthenticationError>(() => new OutlookClient(_env.Pipes).SendMailAsync(Mail));

        Assert.Equal("Pipes.AuthenticationFailed", error.ErrorId);
        Assert.DoesNotContain("wrong-secret-value-0123", error.Message + error.RecommendedAction);
    }

    [Fact]
    public async Task AHealthCheckProvesTheSecretStoredNowNotATokenCachedUnderAnEarlierOne()
    {
        // A token cached under the good secret (MSAL keys its cache by app, not by secret) is valid for an hour.
        await new OutlookClient(_env.Pipes).SendMailAsync(Mail);
        _env.Pipes.Secrets.Set("Outlook.ClientSecret", "wrong-secret-value-0123");

        var status = await new OutlookClient(_env.Pipes).CheckAsync();

        Assert.False(status.IsHealthy);
        Assert.Equal("Pipes.AuthenticationFailed", status.ErrorId);
        Assert.DoesNotContain("wrong-secret-value-0123", status.Message);

        // The good secret again: healthy, and the check's fresh token serves its request (one token request, not two).
        _env.Pipes.Secrets.Set("Outlook.ClientSecret", GraphFake.ClientSecret);
        var before = _server.Requests.Count(r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        Assert.True((await new OutlookClient(_env.Pipes).CheckAsync()).IsHealthy);
        Assert.Equal(before + 1, _server.Requests.Count(r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AHealthCheckWaitsForEntraNoLongerThanItsOwnWait()
    {
        using var env = SilentEntra();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Http.TimeoutSeconds is 30 by default; the check's wait is 1 s.
        var status = await new OutlookClient(env.Pipes).CheckAsync(TimeSpan.FromSeconds(1)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("Pipes.Timeout", status.ErrorId);
        Assert.Equal("SignIn", status.FailedOperation); // Entra's, not the mailbox's: Connect-PipesOutlook advises by it
        Assert.Contains("Microsoft Entra gave no answer within 1 s", status.Message, StringComparison.Ordinal);
        Assert.Contains("Test-PipesIntegration -TimeoutSeconds", status.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(503, "Pipes.Unavailable")]
    [InlineData(429, "Pipes.RateLimited")]
    public async Task EntraBusyOrDownIsSaidSoNotAWrongSecret(int status, string errorId)
    {
        // A trial: Entra's 503 'service_not_available' was Pipes.AuthenticationFailed, advising another client secret.
        // No Retry-After: MSAL would keep the answer in its process-wide throttling cache, and other tests' sign-ins would meet it.
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = status, PathSuffix = "/oauth2/v2.0/token", Times = 100 });

        var error = await Assert.ThrowsAnyAsync<IntegrationError>(() => new OutlookClient(_env.Pipes).SendMailAsync(Mail));
        var check = await new OutlookClient(_env.Pipes).CheckAsync();

        Assert.Equal(errorId, error.ErrorId);
        Assert.Contains("the sign-in itself was not refused", error.Message);
        Assert.DoesNotContain("secret", error.Message + error.RecommendedAction, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(errorId, check.ErrorId);
        Assert.Empty(_graph.Sent);
    }

    [Fact]
    public async Task EntraDroppingTheConnectionIsUnavailableNotASignInFailure()
    {
        _server.Faults.Add(new Fault(FaultKind.DropAfterProcessing) { PathSuffix = "/oauth2/v2.0/token", Times = 100 });

        var error = await Assert.ThrowsAsync<UnavailableError>(() => new OutlookClient(_env.Pipes).SendMailAsync(Mail));

        Assert.Equal("Pipes.Unavailable", error.ErrorId);
        Assert.Contains("Microsoft Entra could not be reached", error.Message);
        Assert.DoesNotContain(GraphFake.ClientSecret, error.Message + error.RecommendedAction);
        Assert.Empty(_graph.Sent);
    }

    [Fact]
    public void PartialAppOnlySettingsNameWhatIsMissing()
    {
        _env.Pipes.Settings.Set("Outlook.Mailbox", null);
        Assert.Equal(["Outlook.Mailbox"], new OutlookClient(_env.Pipes).MissingConfiguration());
    }
}
