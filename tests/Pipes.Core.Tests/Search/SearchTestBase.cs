using Pipes.Configuration;
using Pipes.Fakes;
using Pipes.Search;
using Pipes.Tests.Support;

namespace Pipes.Tests.Search;

/// <summary>A fake server shared by the class, a fresh config directory per test, and "processes" (environments) on it.</summary>
public abstract class SearchTestBase : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly List<PipesEnvironment> _environments = [];

    protected SearchTestBase(FakeServerFixture fixture)
    {
        Server = fixture.Server;
        Server.Reset();
        Fake = Server.Service<SearchFake>();
    }

    protected FakeServer Server { get; }

    protected SearchFake Fake { get; }

    protected string Directory { get; } = Path.Combine(Path.GetTempPath(), "pipes-tests", Guid.NewGuid().ToString("N"));

    /// <summary>One process on the shared config directory, set up for <paramref name="provider"/> against the fake.</summary>
    protected PipesEnvironment Process(string provider = "Google", TimeProvider? clock = null, long? dailyQuota = null)
    {
        var environment = new PipesEnvironment(new ConfigDirectory(Directory), clock ?? new SteppingClock(DateTimeOffset.UtcNow));
        _environments.Add(environment);
        environment.Settings.Set(SearchDefinition.ProviderSetting, provider);
        environment.Settings.Set(GoogleDefinition.BaseUrlSetting, Server.BaseUrl + "customsearch/v1");
        environment.Settings.Set(GoogleDefinition.EngineSetting, SearchFake.EngineId);
        environment.Secrets.Set(GoogleDefinition.KeySecret, SearchFake.GoogleKey);
        environment.Settings.Set(BraveDefinition.BaseUrlSetting, Server.BaseUrl + "res/v1/web/search");
        environment.Secrets.Set(BraveDefinition.KeySecret, SearchFake.BraveKey);
        environment.Settings.Set(SearXNGDefinition.BaseUrlSetting, Server.BaseUrl + "searxng");
        if (dailyQuota is { } quota) environment.Settings.Set(GoogleDefinition.DailyQuotaSetting, quota);
        return environment;
    }

    protected static async Task<List<SearchResult>> Collect(SearchClient client, SearchQuery query, List<SearchResult>? into = null)
    {
        var list = into ?? [];
        await foreach (var result in client.SearchAsync(query)) list.Add(result);
        return list;
    }

    protected IReadOnlyList<RecordedRequest> Requests(string path) => Server.Requests.Where(r => r.Path == path).ToList();

    protected static string Param(RecordedRequest request, string name) =>
        System.Web.HttpUtility.ParseQueryString(request.QueryString)[name] ?? "";

    public void Dispose()
    {
        _environments.ForEach(e => e.Dispose());
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
