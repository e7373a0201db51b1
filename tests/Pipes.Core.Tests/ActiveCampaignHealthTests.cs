using Pipes.ActiveCampaign;
using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests;

public sealed class ActiveCampaignHealthTests : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly FakeServer _server;
    private readonly TestEnvironment _env = new(new SteppingClock());

    public ActiveCampaignHealthTests(FakeServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
    }

    public void Dispose() => _env.Dispose();

    [Fact]
    public async Task NotConfiguredSaysWhichConfigDirectoryWasLookedInAndThatItHoldsNothing()
    {
        // As a scheduled task sees it when it runs as another account or with PIPES_CONFIG_DIR misspelt: a directory nobody configured.
        Directory.CreateDirectory(_env.DirectoryPath);
        var client = new ActiveCampaignClient(_env.Pipes);

        var error = await Assert.ThrowsAsync<NotConfiguredError>(async () => { await foreach (var _ in client.PullContacts(new ContactQuery()).ReadAsync()) { } });
        var status = await client.CheckAsync();

        Assert.Contains($"(config directory {_env.DirectoryPath}, which holds no settings.json or secrets.json)", error.Message);
        Assert.Contains("PIPES_CONFIG_DIR", error.RecommendedAction);
        Assert.Contains(_env.DirectoryPath, status.Message);
        Assert.Empty(_server.Requests);

        _env.Pipes.Settings.Set("ActiveCampaign.BaseUrl", _server.BaseUrl.ToString());
        error = await Assert.ThrowsAsync<NotConfiguredError>(async () => { await foreach (var _ in client.PullContacts(new ContactQuery()).ReadAsync()) { } });
        Assert.Contains($"ActiveCampaign.ApiToken is missing (config directory {_env.DirectoryPath}).", error.Message);
    }

    [Fact]
    public async Task NotConfiguredNamesWhatIsMissingAndCallsNothing()
    {
        var client = new ActiveCampaignClient(_env.Pipes);

        var status = await client.CheckAsync();

        Assert.False(status.IsConfigured);
        Assert.False(status.IsHealthy);
        Assert.Equal(["ActiveCampaign.BaseUrl", "ActiveCampaign.ApiToken"], status.Missing);
        Assert.Equal("Pipes.NotConfigured", status.ErrorId);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/api/3")]
    [InlineData("/api/3/")]
    public async Task HealthyWithTheRightTokenWhateverFormTheBaseUrlTakes(string suffix)
    {
        _env.Pipes.Settings.Set("ActiveCampaign.BaseUrl", _server.BaseUrl.ToString().TrimEnd('/') + suffix);
        _env.Pipes.Secrets.Set("ActiveCampaign.ApiToken", ActiveCampaignFake.DefaultToken);

        var status = await new ActiveCampaignClient(_env.Pipes).CheckAsync();

        Assert.True(status.IsHealthy, status.Message);
        Assert.NotNull(status.Latency);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/api/3/users/me", request.Path);
        Assert.Equal(ActiveCampaignFake.DefaultToken, request.Headers["Api-Token"]);
    }

    [Fact]
    public async Task WrongTokenIsUnhealthyWithAuthenticationErrorAndNoRetry()
    {
        _env.Pipes.Settings.Set("ActiveCampaign.BaseUrl", _server.BaseUrl.ToString());
        _env.Pipes.Secrets.Set("ActiveCampaign.ApiToken", "wrong-token-123456");

        var status = await new ActiveCampaignClient(_env.Pipes).CheckAsync();

        Assert.True(status.IsConfigured);
        Assert.False(status.IsHealthy);
        Assert.Equal("Pipes.AuthenticationFailed", status.ErrorId);
        Assert.Contains("403", status.Message);
        Assert.DoesNotContain("wrong-token-123456", status.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ASlowServiceTimesOutWithinTheChecksOwnWaitSaysSoAndIsHealthyWhenGivenLonger()
    {
        // A trial: the check cut at 10 s whatever Http.TimeoutSeconds said, and its advice was to raise Http.TimeoutSeconds.
        _env.Pipes.Settings.Set("ActiveCampaign.BaseUrl", _server.BaseUrl.ToString());
        _env.Pipes.Secrets.Set("ActiveCampaign.ApiToken", ActiveCampaignFake.DefaultToken);
        _env.Pipes.Settings.Set("Http.TimeoutSeconds", 1L);   // less than the check's 10 s: the check waits 1 s
        _server.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(3), times: 2));

        var status = await new ActiveCampaignClient(_env.Pipes).CheckAsync();

        Assert.False(status.IsHealthy);
        Assert.Equal("Pipes.Timeout", status.ErrorId);
        Assert.Contains("The check waits 1 s for an answer (a command waits Http.TimeoutSeconds, 1 s)", status.Message);
        Assert.Contains("Test-PipesIntegration -TimeoutSeconds", status.Message);
        Assert.Equal(2, _server.Requests.Count);

        _server.Reset();
        _server.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(2)));
        status = await new ActiveCampaignClient(_env.Pipes).CheckAsync(TimeSpan.FromSeconds(8));

        Assert.True(status.IsHealthy, status.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task HealthCheckTriesAtMostTwiceWhenTheServiceIsDown()
    {
        _env.Pipes.Settings.Set("ActiveCampaign.BaseUrl", _server.BaseUrl.ToString());
        _env.Pipes.Secrets.Set("ActiveCampaign.ApiToken", ActiveCampaignFake.DefaultToken);
        _server.Faults.Add(Fault.Status(503, times: 10));

        var status = await new ActiveCampaignClient(_env.Pipes).CheckAsync();

        Assert.False(status.IsHealthy);
        Assert.Equal("Pipes.Unavailable", status.ErrorId);
        Assert.Equal(2, _server.Requests.Count);
    }
}
