using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests.Kit;

/// <summary>The integration kit, through a throwaway integration added by the documented steps alone.</summary>
public sealed class KitTests : IAsyncLifetime
{
    private FakeServer _server = null!;
    private TestEnvironment _env = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeServer.StartAsync(extraServices: [new NotesFake()]);
        // Step 5: register the definition (in the module, one line in PipesCatalog.Shipped).
        _env = new TestEnvironment(catalog: PipesCatalog.Shipped.With(NotesDefinition.Definition));
        _env.Pipes.Settings.Set("Notes.BaseUrl", _server.BaseUrl.ToString());
        _env.Pipes.Secrets.Set("Notes.ApiKey", NotesFake.Key);
    }

    public async Task DisposeAsync()
    {
        _env.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task TheDefinitionAloneMakesItsSettingsSecretsAndHealthCheckKnown()
    {
        Assert.Contains(_env.Pipes.Catalog.Checkable, d => d.Name == "Notes");
        Assert.Contains(_env.Pipes.Secrets.Describe(), s => s.Name == "Notes.ApiKey" && s.IsSet);
        var status = await NotesDefinition.Definition.Create!(_env.Pipes).CheckAsync();
        Assert.True(status.IsHealthy, status.Message);
        // The module's own catalogue is untouched: no static list was changed.
        Assert.Null(PipesCatalog.Shipped.FindSetting("Notes.BaseUrl"));
    }

    [Fact]
    public async Task WalksEveryPageInOrderWithOneRequestPerPage()
    {
        var notes = await ToListAsync(new NotesClient(_env.Pipes).ListAsync());
        Assert.Equal(Enumerable.Range(1, 7), notes.Select(n => n.Id));
        Assert.Equal(3, _server.Requests.Count(r => r.Path == "/notes/items"));
    }

    [Fact]
    public async Task RefusesANextLinkToAnotherOriginBeforeSendingTheKeyThere()
    {
        var client = new NotesClient(_env.Pipes);
        var error = await Assert.ThrowsAsync<IntegrationError>(() => ToListAsync(client.ListAsync("notes/cross")));
        Assert.Equal(ErrorIds.UnsafeNextLink, error.ErrorId);
        Assert.Contains("localhost", error.Message);
        Assert.DoesNotContain(_server.Requests, r => r.Headers.TryGetValue("Host", out var host) && host.StartsWith("localhost", StringComparison.Ordinal));
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData("notes/userinfo", "http://***@127.0.0.1:")]
    [InlineData("notes/relative", "a relative or malformed link")]
    public async Task ARefusedNextLinkIsNamedWithoutItsUserInfo(string path, string shown)
    {
        var error = await Assert.ThrowsAsync<IntegrationError>(() => ToListAsync(new NotesClient(_env.Pipes).ListAsync(path)));
        Assert.Equal(ErrorIds.UnsafeNextLink, error.ErrorId);
        Assert.Contains(shown, error.Message);
        Assert.DoesNotContain("Secret-4711", error.Message);
        Assert.DoesNotContain("file:", error.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task FollowsNoRedirectSoTheKeyGoesNowhereElse()
    {
        // .NET, left to follow it, strips Authorization only: the X-Api-Key header would have gone to localhost.
        var error = await Assert.ThrowsAsync<IntegrationError>(() => ToListAsync(new NotesClient(_env.Pipes).ListAsync("notes/moved")));
        Assert.Equal(ErrorIds.UnsafeRedirect, error.ErrorId);
        Assert.Contains("redirect (HTTP 302) to http://localhost:", error.Message);
        Assert.Contains("Notes.*", error.RecommendedAction);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task AWriteAnsweredWithARedirectIsOutcomeUnknownNotRepeated()
    {
        // A 302 or 303 after a POST is how a service says it was done (Post/Redirect/Get): never "try again".
        var error = await Assert.ThrowsAsync<OutcomeUnknownError>(() => new NotesClient(_env.Pipes).AddAsync("hello"));
        Assert.Contains("may or may not have taken effect", error.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ARedirectLoopWithinTheOriginEndsAfterFiveHops()
    {
        _env.Pipes.Settings.Set("Http.MaxRetries", 0);
        var error = await Assert.ThrowsAsync<IntegrationError>(() => ToListAsync(new NotesClient(_env.Pipes).ListAsync("notes/spin")));
        Assert.Equal(ErrorIds.UnsafeRedirect, error.ErrorId);
        Assert.Contains("redirect loop", error.Message);
        Assert.Equal(6, _server.Requests.Count);
    }

    [Fact]
    public async Task StopsOnANextLinkAlreadyFollowed()
    {
        var notes = await ToListAsync(new NotesClient(_env.Pipes).ListAsync("notes/loop"));
        Assert.Single(notes);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task MalformedPagesAreARemoteRejectedErrorNotAJsonException()
    {
        _server.Faults.Add(Fault.MalformedJson("/notes"));
        var error = await Assert.ThrowsAsync<RemoteRejectedError>(() => ToListAsync(new NotesClient(_env.Pipes).ListAsync()));
        Assert.Contains("not JSON", error.Message);
    }

    [Fact]
    public void ClientsOfOneEnvironmentShareTheAccountsGate()
    {
        var options = new ResilienceOptions { MaxConcurrency = 4 };
        Assert.Same(_env.Pipes.Gate("Notes", "a", options), _env.Pipes.Gate("Notes", "a", options));
        Assert.NotSame(_env.Pipes.Gate("Notes", "a", options), _env.Pipes.Gate("Notes", "b", options));
    }

    [Fact]
    public void EveryShippedIntegrationThatTalksHttpHasAFake()
    {
        var faked = FakeCatalog.All.Select(f => f.Integration).ToHashSet();
        var missing = PipesCatalog.Shipped.Checkable.Select(d => d.Name).Where(n => !faked.Contains(n) && !FakeCatalog.Local.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "No fake for: " + string.Join(", ", missing));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}
