using System.Globalization;

namespace Pipes.Fakes;

/// <summary>
/// The three engines behind Search-Google, on one host, over one made-up index (150 results for
/// any query; none for a query containing "noresults"):
/// <list type="bullet">
/// <item>Google Custom Search at <c>/customsearch/v1</c>: <c>key</c>, <c>cx</c>, <c>q</c> required; <c>num</c> 1..10
/// and <c>start + num ≤ 100</c> or 400; <c>items</c> absent when empty, <c>queries.nextPage</c> absent on the
/// last page, <c>totalResults</c> a string; a daily quota (<see cref="GoogleDailyLimit"/>, reset at midnight
/// America/Los_Angeles) answered with 429 RESOURCE_EXHAUSTED, or the older 403 dailyLimitExceeded
/// (<see cref="LegacyQuotaAnswer"/>); a bad key is 400 API_KEY_INVALID and <see cref="ClosedProjectKey"/>
/// (a new customer's project) 403 PERMISSION_DENIED.</item>
/// <item>Brave at <c>/res/v1/web/search</c>: <c>X-Subscription-Token</c> (422 SUBSCRIPTION_TOKEN_INVALID when
/// wrong), <c>count</c> ≤ 20, <c>offset</c> a page index 0..9 (422 VALIDATION otherwise), <c>web</c> absent
/// when empty, <c>X-RateLimit-*</c> headers for a per-second and a monthly window, 429 when the month is spent.</item>
/// <item>SearXNG at <c>/searxng/search</c>: <c>format=json</c> or 403 (as an instance whose settings.yml
/// does not list json), <c>pageno</c>, 10 results a page.</item>
/// </list>
/// Control (another process): POST /_fake/search with any of googleDailyLimit, googleUsedToday,
/// legacyQuotaAnswer, braveMonthlyLimit; GET /_fake/search for the counters.
/// </summary>
public sealed class SearchFake : IFakeService
{
    public const string GoogleKey = "fake-google-api-key-0123456789";
    public const string ClosedProjectKey = "fake-google-new-project-key-0123456789";
    public const string EngineId = "fake-cx-0123456789";
    public const string BraveKey = "fake-brave-token-0123456789";
    public const int IndexSize = 150;
    public const int SearXNGPageSize = 10;

    private readonly object _gate = new();
    private string _day = "";
    private int _googleUsed;
    private int _braveUsed;

    public string Name => "Search";

    public string BasePath => "/";

    public int GoogleDailyLimit { get; set; } = 10_000;

    public bool LegacyQuotaAnswer { get; set; }

    /// <summary>
    /// Ranks (1-based) that Google's duplicate filter takes out of the page they fall on: that page is shorter
    /// than num, and its nextPage still starts at start + num, as Google counts them.
    /// </summary>
    public HashSet<int> GoogleFilteredRanks { get; } = [];

    public int BraveMonthlyLimit { get; set; } = 2_000;

    /// <summary>Google queries answered (counted against the fake's daily quota) today.</summary>
    public int GoogleUsed { get { lock (_gate) return _googleUsed; } }

    public void Map(WebApplication app)
    {
        app.MapGet("/customsearch/v1", Google);
        app.MapGet("/res/v1/web/search", Brave);
        app.MapGet("/searxng/search", SearXNG);
        app.MapPost("/_fake/search", (SearchFakeControl control) =>
        {
            lock (_gate)
            {
                if (control.GoogleDailyLimit is { } limit) GoogleDailyLimit = limit;
                if (control.GoogleUsedToday is { } used) { RollDay(); _googleUsed = used; }
                if (control.LegacyQuotaAnswer is { } legacy) LegacyQuotaAnswer = legacy;
                if (control.BraveMonthlyLimit is { } month) BraveMonthlyLimit = month;
            }
            return Results.Ok();
        });
        app.MapGet("/_fake/search", () => Results.Json(new { googleUsed = GoogleUsed, googleDailyLimit = GoogleDailyLimit, braveUsed = _braveUsed }));
    }

    public void Reset()
    {
        lock (_gate)
        {
            _googleUsed = 0;
            _braveUsed = 0;
            GoogleDailyLimit = 10_000;
            LegacyQuotaAnswer = false;
            BraveMonthlyLimit = 2_000;
            GoogleFilteredRanks.Clear();
        }
    }

    private IResult Google(HttpContext context)
    {
        var query = context.Request.Query;
        string key = query["key"].ToString(), cx = query["cx"].ToString(), q = query["q"].ToString();
        if (key == ClosedProjectKey)
            return GoogleError(403, "PERMISSION_DENIED", "This project does not have the access to Custom Search JSON API.", "forbidden");
        if (key != GoogleKey)
            return GoogleError(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", "badRequest",
                new { @type = "type.googleapis.com/google.rpc.ErrorInfo", reason = "API_KEY_INVALID", domain = "googleapis.com", metadata = new { service = "customsearch.googleapis.com" } });
        if (cx != EngineId || q.Length == 0) return InvalidArgument();
        if (!TryInt(query["num"], 10, out var num) || !TryInt(query["start"], 1, out var start) || num is < 1 or > 10 || start < 1 || start + num > 100)
            return InvalidArgument();
        lock (_gate)
        {
            RollDay();
            if (_googleUsed >= GoogleDailyLimit)
            {
                if (LegacyQuotaAnswer)
                    return GoogleError(403, null, "Daily Limit Exceeded. The quota will be reset at midnight Pacific Time (PT). You may monitor your quota usage and adjust limits in the API Console.", "dailyLimitExceeded", domain: "usageLimits");
                return GoogleError(429, "RESOURCE_EXHAUSTED",
                    "Quota exceeded for quota metric 'Queries' and limit 'Queries per day' of service 'customsearch.googleapis.com' for consumer 'project_number:123456789'.",
                    "rateLimitExceeded",
                    new
                    {
                        @type = "type.googleapis.com/google.rpc.ErrorInfo", reason = "RATE_LIMIT_EXCEEDED", domain = "googleapis.com",
                        metadata = new Dictionary<string, string>
                        {
                            ["quota_location"] = "global", ["service"] = "customsearch.googleapis.com", ["consumer"] = "projects/123456789",
                            ["quota_limit_value"] = GoogleDailyLimit.ToString(CultureInfo.InvariantCulture), ["quota_metric"] = "customsearch.googleapis.com/requests",
                            ["quota_limit"] = "DefaultPerDayPerProject",
                        },
                    });
            }
            _googleUsed++;
        }
        var site = query["siteSearch"].ToString();
        var all = Index(q, site.Length > 0 ? site : null);
        List<Indexed> page;
        lock (_gate) page = all.Skip(start - 1).Take(num).Where((_, i) => !GoogleFilteredRanks.Contains(start + i)).ToList();
        var total = all.Count.ToString(CultureInfo.InvariantCulture);
        object Info(int startIndex, int count) => new
        {
            title = "Google Custom Search - " + q, totalResults = total, searchTerms = q, count, startIndex,
            inputEncoding = "utf8", outputEncoding = "utf8", safe = query["safe"].ToString() is { Length: > 0 } s ? s : "off", cx,
        };
        var queries = new Dictionary<string, object> { ["request"] = new[] { Info(start, num) } };
        if (start + num <= all.Count && start + num < 100) queries["nextPage"] = new[] { Info(start + num, 10) };
        if (start > 1) queries["previousPage"] = new[] { Info(Math.Max(1, start - num), num) };
        var answer = new Dictionary<string, object>
        {
            ["kind"] = "customsearch#search",
            ["url"] = new { type = "application/json", template = "https://www.googleapis.com/customsearch/v1?q={searchTerms}&num={count?}&start={startIndex?}&cx={cx?}&alt=json" },
            ["queries"] = queries,
            ["context"] = new { title = "Fake engine" },
            ["searchInformation"] = new { searchTime = 0.21, formattedSearchTime = "0.21", totalResults = total, formattedTotalResults = all.Count.ToString("N0", CultureInfo.InvariantCulture) },
        };
        // No results: no items at all, not an empty list.
        if (page.Count > 0)
            answer["items"] = page.Select(r => new
            {
                kind = "customsearch#result", title = r.Title, htmlTitle = r.Title, link = r.Link, displayLink = r.Host, snippet = r.Snippet,
                htmlSnippet = r.Snippet, cacheId = "c" + r.Rank, formattedUrl = r.Link, htmlFormattedUrl = r.Link,
            }).ToList();
        return Results.Json(answer);

        IResult InvalidArgument() => GoogleError(400, "INVALID_ARGUMENT", "Request contains an invalid argument.", "badRequest");
    }

    private static IResult GoogleError(int code, string? status, string message, string reason, object? detail = null, string domain = "global")
    {
        var error = new Dictionary<string, object> { ["code"] = code, ["message"] = message, ["errors"] = new[] { new { message, domain, reason } } };
        if (status is not null) error["status"] = status;
        if (detail is not null) error["details"] = new[] { detail };
        return Results.Json(new { error }, statusCode: code);
    }

    private IResult Brave(HttpContext context)
    {
        var request = context.Request;
        var token = request.Headers["X-Subscription-Token"].ToString();
        if (token.Length == 0) return BraveError(422, "VALIDATION", "Unable to validate request parameter(s)", "header", "x-subscription-token");
        if (token != BraveKey) return BraveError(422, "SUBSCRIPTION_TOKEN_INVALID", "The provided subscription token is invalid.", null, null);
        var q = request.Query["q"].ToString();
        if (q.Length == 0) return BraveError(422, "VALIDATION", "Unable to validate request parameter(s)", "query", "q");
        if (!TryInt(request.Query["count"], 20, out var count) || count is < 1 or > 20) return BraveError(422, "VALIDATION", "Unable to validate request parameter(s)", "query", "count");
        if (!TryInt(request.Query["offset"], 0, out var offset) || offset is < 0 or > 9) return BraveError(422, "VALIDATION", "Unable to validate request parameter(s)", "query", "offset");
        int used;
        lock (_gate) used = _braveUsed;
        context.Response.Headers["X-RateLimit-Limit"] = $"1, {BraveMonthlyLimit}";
        context.Response.Headers["X-RateLimit-Policy"] = $"1;w=1, {BraveMonthlyLimit};w=2592000";
        context.Response.Headers["X-RateLimit-Reset"] = "1, 1419704";
        if (used >= BraveMonthlyLimit)
        {
            context.Response.Headers["X-RateLimit-Remaining"] = "1, 0";
            return Results.Json(new { type = "ErrorResponse", error = new { id = Guid.NewGuid(), status = 429, code = "RATE_LIMITED", detail = "Request rate limit exceeded for plan.", meta = new { plan = "Free", rate_limit = 1, rate_current = 1, quota_limit = BraveMonthlyLimit, quota_current = used, component = "rate_limiter" } }, time = 1663072993 }, statusCode: 429);
        }
        lock (_gate) used = ++_braveUsed;
        context.Response.Headers["X-RateLimit-Remaining"] = $"0, {Math.Max(0, BraveMonthlyLimit - used)}";
        var (text, site) = SiteOf(q);
        var results = Index(text, site).Skip(offset * count).Take(count).Select(r => new
        {
            title = r.Title, url = r.Link, is_source_local = false, is_source_both = false,
            description = r.Snippet.Replace(text, "<strong>" + text + "</strong>", StringComparison.Ordinal),
            page_age = "2026-11-01T00:00:00", language = "en", family_friendly = true, type = "search_result", subtype = "generic",
            meta_url = new { scheme = "https", netloc = r.Host, hostname = r.Host, favicon = "https://imgs.search.brave.com/x", path = "› " + r.Rank },
        }).ToList();
        var answer = new Dictionary<string, object>
        {
            ["type"] = "search",
            ["query"] = new { original = q, show_strict_warning = false, is_navigational = false, country = "us", more_results_available = offset * count + results.Count < IndexSize },
            ["mixed"] = new { type = "mixed", main = Array.Empty<object>(), top = Array.Empty<object>(), side = Array.Empty<object>() },
        };
        if (results.Count > 0) answer["web"] = new { type = "search", results, family_friendly = true };
        return Results.Json(answer);
    }

    private static IResult BraveError(int status, string code, string detail, string? where, string? name) =>
        Results.Json(new
        {
            type = "ErrorResponse",
            error = new { id = Guid.NewGuid(), status, code, detail, meta = where is null ? (object)new { component = "authentication" } : new { errors = new[] { new { type = "missing", loc = new[] { where, name }, msg = "Field required" } } } },
            time = 1663072993,
        }, statusCode: status);

    private IResult SearXNG(HttpContext context)
    {
        var query = context.Request.Query;
        if (query["format"].ToString() != "json") return Results.Content("<html><body><h1>403 Forbidden</h1></body></html>", "text/html", statusCode: 403);
        var q = query["q"].ToString();
        if (!TryInt(query["pageno"], 1, out var pageno) || pageno < 1) pageno = 1;
        var (text, site) = SiteOf(q);
        var all = q.Length == 0 ? [] : Index(text, site);
        var results = all.Skip((pageno - 1) * SearXNGPageSize).Take(SearXNGPageSize).Select(r => new
        {
            url = r.Link, title = r.Title, content = r.Snippet, engine = "fake", parsed_url = new[] { "https", r.Host, "/" + r.Rank, "", "", "" },
            template = "default.html", engines = new[] { "fake" }, positions = new[] { r.Rank }, score = 1.0 / r.Rank, category = "general",
        }).ToList();
        return Results.Json(new
        {
            query = q, number_of_results = results.Count == 0 ? 0 : all.Count, results, answers = Array.Empty<object>(), corrections = Array.Empty<object>(),
            infoboxes = Array.Empty<object>(), suggestions = Array.Empty<object>(), unresponsive_engines = Array.Empty<object>(),
        });
    }

    private sealed record Indexed(int Rank, string Title, string Link, string Host, string Snippet);

    /// <summary>The made-up index: the same 150 results for a query from every engine, on the one site asked for if any.</summary>
    private static List<Indexed> Index(string q, string? site)
    {
        if (q.Contains("noresults", StringComparison.OrdinalIgnoreCase)) return [];
        var slug = Uri.EscapeDataString(q.ToLowerInvariant().Replace(' ', '-'));
        return Enumerable.Range(1, IndexSize).Select(i =>
        {
            var host = site ?? $"www.site{i % 7}.example.com";
            return new Indexed(i, $"Result {i} for {q}", $"https://{host}/{slug}/{i}", host, $"Snippet {i}: about {q} & more.");
        }).ToList();
    }

    private static (string Text, string? Site) SiteOf(string q)
    {
        var at = q.LastIndexOf(" site:", StringComparison.Ordinal);
        return at < 0 ? (q, null) : (q[..at], q[(at + 6)..]);
    }

    private static bool TryInt(Microsoft.Extensions.Primitives.StringValues value, int fallback, out int number)
    {
        if (value.Count == 0 || value.ToString().Length == 0) { number = fallback; return true; }
        return int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The day of the fake's Google quota: it restarts at midnight in America/Los_Angeles, as Google's does.</summary>
    private void RollDay()
    {
        var day = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (day == _day) return;
        _day = day;
        _googleUsed = 0;
    }
}

/// <summary>What POST /_fake/search may change.</summary>
public sealed record SearchFakeControl(int? GoogleDailyLimit, int? GoogleUsedToday, bool? LegacyQuotaAnswer, int? BraveMonthlyLimit);
