using System.Globalization;
using System.Net;
using System.Text.Json;
using Pipes.Integrations;

namespace Pipes.Search;

/// <summary>
/// The Brave Search API: <c>GET {Brave.BaseUrl}?q&amp;count&amp;offset</c> with the key in the
/// <c>X-Subscription-Token</c> header; <c>count</c> at most 20, <c>offset</c> a 0-based page index in
/// units of <c>count</c> (0 to 9). Results are <c>web.results[]</c> (<c>web</c> absent when there are
/// none), their descriptions marked up with &lt;strong&gt;. Brave keeps its own quota (a monthly
/// credit on the free plan, reported in <c>X-RateLimit-Remaining</c>): a 429 whose monthly window is
/// at 0 is <c>Pipes.QuotaExceeded</c> with Brave's reset time, any other 429 is a pace to wait out.
/// </summary>
internal sealed class BraveProvider(PipesEnvironment environment) : ISearchProvider
{
    private const int MaxCount = 20;
    private const int MaxOffset = 9;

    public string Name => "Brave";

    public int MaxResults => MaxCount * (MaxOffset + 1);

    public long? DailyLimit => null;

    private string BaseUrl => environment.Settings.GetValue<string>(BraveDefinition.BaseUrlSetting)!;

    public Uri Origin => new(new Uri(BaseUrl).GetLeftPart(UriPartial.Authority));

    public string BaseUrlSetting => BraveDefinition.BaseUrlSetting;

    public IReadOnlyList<string> MissingConfiguration() =>
        environment.Secrets.Get(BraveDefinition.KeySecret) is null ? [BraveDefinition.KeySecret] : [];

    public SearchPageRequest? Page(SearchQuery query, int pageIndex, int given, int missing)
    {
        // The page size stays the same on every page: offset counts pages of that size.
        var count = Math.Min(MaxCount, query.Count);
        if (missing <= 0 || pageIndex > MaxOffset) return null;
        var parameters = SearchText.Query(
            ("q", SearchText.WithSite(query)),
            ("count", count.ToString(CultureInfo.InvariantCulture)),
            ("offset", pageIndex.ToString(CultureInfo.InvariantCulture)),
            ("search_lang", query.Language),
            ("safesearch", query.SafeSearch ? "strict" : null));
        return new SearchPageRequest(BaseUrl + "?" + parameters, count);
    }

    public void Authorize(HttpRequestMessage request)
    {
        request.Headers.Add("X-Subscription-Token", environment.Secrets.Get(BraveDefinition.KeySecret)!);
        request.Headers.Accept.ParseAdd("application/json");
    }

    public bool Takes(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.UnprocessableEntity
        || (response.StatusCode == HttpStatusCode.TooManyRequests && MonthSpent(response));

    public SearchRefusal Refusal(HttpResponseMessage response, string body)
    {
        var (code, detail) = Read(body);
        var what = environment.Redactor.Redact($"HTTP {(int)response.StatusCode}{(code is null ? "" : " " + code)}: {detail ?? response.ReasonPhrase}");
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var resets = Windows(response, "X-RateLimit-Reset") is { Count: > 1 } reset ? environment.Clock.GetUtcNow().AddSeconds(reset[^1]) : (DateTimeOffset?)null;
            return new SearchRefusal(new QuotaExceededError(Name, "Search", $"Brave answered that this key's monthly quota is spent ({what}).", resets));
        }
        if (code is "SUBSCRIPTION_TOKEN_INVALID" or "SUBSCRIPTION_NOT_FOUND")
            return new SearchRefusal(new AuthenticationError(Name, "Search", $"Brave refused the subscription token ({what}).", response.StatusCode,
                recommendedAction: environment.Secrets.ReplaceAdvice(BraveDefinition.KeySecret)), NotCounted: true);
        return new SearchRefusal(new RemoteRejectedError(Name, "Search", $"Brave rejected the search ({what}).", response.StatusCode, code));
    }

    public async Task<SearchPageAnswer> ReadAsync(SearchClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var page = await client.ReadAsync(response, SearchJson.Default.BraveSearch, cancellationToken).ConfigureAwait(false);
        var items = (page.Web?.Results ?? []).Where(r => !string.IsNullOrEmpty(r.Url))
            .Select(r => new FoundItem(SearchText.Plain(r.Title), r.Url!, r.MetaUrl?.Hostname ?? SearchText.Host(r.Url), SearchText.Plain(r.Description))).ToList();
        // query.more_results_available says whether a next page holds more: a short page may not be the last, and a full one may be.
        var more = page.Query?.MoreResultsAvailable;
        return new SearchPageAnswer(items, items.Count == 0 || more == false) { MoreFollow = more == true };
    }

    /// <summary>A 429 whose longer windows (the month, after the per-second one) have nothing left.</summary>
    private static bool MonthSpent(HttpResponseMessage response) =>
        Windows(response, "X-RateLimit-Remaining") is { Count: > 1 } remaining && remaining.Skip(1).Any(r => r <= 0);

    /// <summary>A rate-limit header's values, one per window, shortest first ("1, 1000").</summary>
    private static IReadOnlyList<long> Windows(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values)
            ? string.Join(",", values).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(v => long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1).Where(n => n >= 0).ToList()
            : [];

    /// <summary>Brave's error body: <c>{"type":"ErrorResponse","error":{"code","detail","status"}}</c>.</summary>
    private static (string? Code, string? Detail) Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object) return (null, null);
            string? Text(string name) => error.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (Text("code"), Text("detail"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
