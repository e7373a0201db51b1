using System.Globalization;
using System.Net;
using System.Text.Json;
using Pipes.Integrations;

namespace Pipes.Search;

/// <summary>
/// Google's Custom Search JSON API: <c>GET {Google.BaseUrl}?key&amp;cx&amp;q&amp;num&amp;start</c>, at most 10
/// results a request (each request is one query of the day's quota), <c>start</c> 1-based, and
/// <c>start + num ≤ 100</c>, so a query reaches at most 99 results. <c>items</c> is absent when there
/// are none and <c>queries.nextPage</c> on the last page. Refusals it reads itself: the daily quota
/// (429 RESOURCE_EXHAUSTED, or the older 403 dailyLimitExceeded; a per-minute 429 is left to the
/// retry policy, and the older 403 rateLimitExceeded is Pipes.RateLimited for that query), a bad key (400 API_KEY_INVALID) and a project without access (403 PERMISSION_DENIED,
/// which every new customer gets since the API closed).
/// </summary>
internal sealed class GoogleProvider(PipesEnvironment environment) : ISearchProvider
{
    private const int PageSize = 10;
    private const int StartPlusNumLimit = 100;

    public string Name => "Google";

    public int MaxResults => StartPlusNumLimit - 1;

    public long? DailyLimit => environment.Settings.GetValue<long>(GoogleDefinition.DailyQuotaSetting);

    private string BaseUrl => environment.Settings.GetValue<string>(GoogleDefinition.BaseUrlSetting)!;

    public Uri Origin => new(new Uri(BaseUrl).GetLeftPart(UriPartial.Authority));

    public string BaseUrlSetting => GoogleDefinition.BaseUrlSetting;

    public IReadOnlyList<string> MissingConfiguration()
    {
        var missing = new List<string>();
        if (environment.Settings.GetValue<string>(GoogleDefinition.EngineSetting) is null) missing.Add(GoogleDefinition.EngineSetting);
        if (environment.Secrets.Get(GoogleDefinition.KeySecret) is null) missing.Add(GoogleDefinition.KeySecret);
        return missing;
    }

    public SearchPageRequest? Page(SearchQuery query, int pageIndex, int given, int missing)
    {
        var start = given + 1;
        var num = Math.Min(PageSize, Math.Min(missing, StartPlusNumLimit - start));
        if (num < 1) return null;
        var parameters = SearchText.Query(
            ("key", environment.Secrets.Get(GoogleDefinition.KeySecret)),
            ("cx", environment.Settings.GetValue<string>(GoogleDefinition.EngineSetting)),
            ("q", query.Text),
            ("num", num.ToString(CultureInfo.InvariantCulture)),
            ("start", start.ToString(CultureInfo.InvariantCulture)),
            ("siteSearch", query.Site),
            ("siteSearchFilter", query.Site is null ? null : "i"),
            ("lr", query.Language is null ? null : "lang_" + query.Language),
            ("safe", query.SafeSearch ? "active" : null));
        return new SearchPageRequest(BaseUrl + "?" + parameters, num);
    }

    public void Authorize(HttpRequestMessage request) { } // the key is the URL's key= (masked in logs)

    public bool Takes(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.BadRequest or HttpStatusCode.Forbidden => true,
        // The daily 429 is taken, however often it is asked; any other (per minute, or a proxy's, which says no day) passes with a wait.
        HttpStatusCode.TooManyRequests => Read(SearchClient.BodyOf(response)).PerDay,
        _ => false,
    };

    public SearchRefusal Refusal(HttpResponseMessage response, string body)
    {
        var said = Read(body);
        var status = response.StatusCode;
        var what = environment.Redactor.Redact($"HTTP {(int)status}{(said.Status is null ? "" : " " + said.Status)}: {said.Message ?? response.ReasonPhrase}");
        // Only an answer that says the day's limit is spent closes the day (for every process, until midnight Pacific): a 429 that says
        // no day (a proxy's "Too many requests", a per-minute limit worded otherwise) was taken for it (a trial) and closed the day.
        if ((status == HttpStatusCode.TooManyRequests && said.PerDay) || (status == HttpStatusCode.Forbidden && said.Reasons.Any(r => r is "dailyLimitExceeded" or "quotaExceeded")))
            return new SearchRefusal(new QuotaExceededError(Name, "Search", $"Google answered that today's Custom Search quota is spent ({what})."), DaySpent: true);
        // The older per-user and per-minute refusals (403 rateLimitExceeded, userRateLimitExceeded) are a pace,
        // not the day and not the project: this query fails, the next may pass.
        if (status == HttpStatusCode.TooManyRequests || (status == HttpStatusCode.Forbidden && said.Reasons.Any(r => r is "rateLimitExceeded" or "userRateLimitExceeded")))
            return new SearchRefusal(new RateLimitedError(Name, "Search", $"Google answered that queries are coming too fast ({what}).", status,
                RetryAfter.Parse(response, environment.Clock.GetUtcNow())));
        if (status == HttpStatusCode.BadRequest && (said.Reasons.Contains("API_KEY_INVALID") || said.Message?.Contains("API key not valid", StringComparison.OrdinalIgnoreCase) == true))
            return new SearchRefusal(new AuthenticationError(Name, "Search", $"Google refused the API key ({what}).", status,
                recommendedAction: environment.Secrets.ReplaceAdvice(GoogleDefinition.KeySecret)), NotCounted: true);
        if (status == HttpStatusCode.Forbidden && said.Status == "PERMISSION_DENIED")
            return new SearchRefusal(new IntegrationError(Name, "Search", ErrorIds.ServiceClosed, PipesErrorKind.NotConfigured,
                $"Google refused this project the Custom Search JSON API ({what}). The API is closed to new customers and retired for everyone on 2027-01-01.", status,
                $"Search with another engine: Set-PipesConfig {SearchDefinition.ProviderSetting} Brave (then Set-PipesSecret {BraveDefinition.KeySecret}), or Set-PipesConfig {SearchDefinition.ProviderSetting} SearXNG (then Set-PipesConfig {SearXNGDefinition.BaseUrlSetting} <your instance>). A project that should have access needs the Custom Search API enabled in its Google Cloud console."));
        if (status == HttpStatusCode.Forbidden)
            return new SearchRefusal(new AuthenticationError(Name, "Search", $"Google refused the request ({what}).", status));
        return new SearchRefusal(new RemoteRejectedError(Name, "Search", $"Google rejected the search ({what}).", status, said.Status));
    }

    public async Task<SearchPageAnswer> ReadAsync(SearchClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var page = await client.ReadAsync(response, SearchJson.Default.GoogleSearch, cancellationToken).ConfigureAwait(false);
        // Every answer of Google's carries queries.request (items is left out when there are none): a page without it ("{}", a proxy's
        // or a failing service's 200) read as the last page ended a query at 10 of 30 results without a word (a trial).
        if (page.Queries?.Request is null)
            throw new RemoteRejectedError(Name, "Search", "Google answered a page of results without its queries part (which every answer carries): an answer cut short, or not the API's. The results before it were given.", response.StatusCode);
        var items = (page.Items ?? []).Where(i => !string.IsNullOrEmpty(i.Link))
            .Select(i => new FoundItem(SearchText.Tidy(i.Title), i.Link!, string.IsNullOrWhiteSpace(i.DisplayLink) ? SearchText.Host(i.Link) : i.DisplayLink.Trim(), SearchText.Tidy(i.Snippet))).ToList();
        var next = page.Queries?.NextPage is { Count: > 0 } nextPage ? nextPage[0] : null;
        return new SearchPageAnswer(items, next is null) { NextStart = next?.StartIndex };
    }

    /// <summary>The parts of Google's error body (<c>{"error":{"code","message","status","errors":[{"reason"}],"details":[{"reason","metadata"}]}}</c>) that tell refusals apart.</summary>
    private static (string? Status, string? Message, IReadOnlyList<string> Reasons, bool PerDay) Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object) return (null, null, [], false);
            var status = error.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            var reasons = new List<string>();
            var limits = new List<string>();
            foreach (var list in new[] { "errors", "details" })
            {
                if (!error.TryGetProperty(list, out var entries) || entries.ValueKind != JsonValueKind.Array) continue;
                foreach (var entry in entries.EnumerateArray())
                {
                    if (entry.ValueKind != JsonValueKind.Object) continue;
                    if (entry.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String) reasons.Add(r.GetString()!);
                    if (entry.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
                        && meta.TryGetProperty("quota_limit", out var limit) && limit.ValueKind == JsonValueKind.String) limits.Add(limit.GetString()!);
                }
            }
            // "limit 'Queries per day'", quota_limit "DefaultPerDayPerProject", the older "Daily Limit Exceeded": the day. Anything else
            // ("Queries per minute per user", ...PerMinute...) is a pace.
            var perMinute = (message?.Contains("per minute", StringComparison.OrdinalIgnoreCase) ?? false)
                || limits.Any(l => l.Contains("PerMinute", StringComparison.OrdinalIgnoreCase));
            var perDay = !perMinute && ((message is not null && (message.Contains("per day", StringComparison.OrdinalIgnoreCase) || message.Contains("daily limit", StringComparison.OrdinalIgnoreCase)))
                || limits.Any(l => l.Contains("PerDay", StringComparison.OrdinalIgnoreCase)) || reasons.Contains("dailyLimitExceeded"));
            return (status, message, reasons, perDay);
        }
        catch (JsonException)
        {
            return (null, body.Length > 200 ? body[..200] : body, [], false);
        }
    }
}
