using System.Globalization;
using System.Net;
using Pipes.Integrations;

namespace Pipes.Search;

/// <summary>
/// A SearXNG (or searx) instance: <c>GET {SearXNG.BaseUrl}/search?q&amp;format=json&amp;pageno</c>; the
/// instance decides the page size, so pages are read until <c>-Count</c> is reached or a page is
/// empty (at most 10 pages). An instance whose settings.yml does not list <c>json</c> under
/// <c>search.formats</c> answers 403. No key; Pipes counts its queries but sets no limit.
/// </summary>
internal sealed class SearXNGProvider(PipesEnvironment environment) : ISearchProvider
{
    private const int MaxPages = 10;

    public string Name => "SearXNG";

    public int MaxResults => 100;

    public long? DailyLimit => null;

    /// <summary>The instance root, whether or not the user pasted its /search path into the setting.</summary>
    private string Root
    {
        get
        {
            var url = environment.Settings.GetValue<string>(SearXNGDefinition.BaseUrlSetting)!.TrimEnd('/');
            return url.EndsWith("/search", StringComparison.OrdinalIgnoreCase) ? url[..^"/search".Length] : url;
        }
    }

    public Uri Origin => new(new Uri(Root).GetLeftPart(UriPartial.Authority));

    public string BaseUrlSetting => SearXNGDefinition.BaseUrlSetting;

    public IReadOnlyList<string> MissingConfiguration() =>
        environment.Settings.GetValue<string>(SearXNGDefinition.BaseUrlSetting) is null ? [SearXNGDefinition.BaseUrlSetting] : [];

    public SearchPageRequest? Page(SearchQuery query, int pageIndex, int given, int missing)
    {
        if (missing <= 0 || pageIndex >= MaxPages) return null;
        var parameters = SearchText.Query(
            ("q", SearchText.WithSite(query)),
            ("format", "json"),
            ("pageno", (pageIndex + 1).ToString(CultureInfo.InvariantCulture)),
            ("language", query.Language),
            ("safesearch", query.SafeSearch ? "2" : null));
        return new SearchPageRequest(Root + "/search?" + parameters, 0);
    }

    public void Authorize(HttpRequestMessage request) => request.Headers.Accept.ParseAdd("application/json");

    public bool Takes(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.Forbidden;

    public SearchRefusal Refusal(HttpResponseMessage response, string body) =>
        new(new RemoteRejectedError(Name, "Search",
            $"The SearXNG instance at {Root} refused JSON results (HTTP {(int)response.StatusCode}): its settings.yml does not list json under search.formats.",
            response.StatusCode));

    public async Task<SearchPageAnswer> ReadAsync(SearchClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var page = await client.ReadAsync(response, SearchJson.Default.SearXNGSearch, cancellationToken).ConfigureAwait(false);
        var items = (page.Results ?? []).Where(r => !string.IsNullOrEmpty(r.Url))
            .Select(r => new FoundItem(SearchText.Tidy(r.Title), r.Url!, SearchText.Host(r.Url), SearchText.Tidy(r.Content))).ToList();
        var silent = (page.UnresponsiveEngines ?? []).Where(e => e.Count > 0).Select(e => e.Count > 1 ? $"{e[0]} ({e[1]})" : e[0]).ToList();
        return new SearchPageAnswer(items, items.Count == 0) { SilentEngines = silent };
    }
}
