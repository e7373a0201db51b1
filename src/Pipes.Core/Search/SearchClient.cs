using System.Net;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Pipes.Integrations;
using Pipes.Logging;

namespace Pipes.Search;

/// <summary>
/// The seed's <c>search(query, num_results)</c> and <c>get_remaining_quota()</c>: a web search through
/// the engine <c>Search.Provider</c> names (Google, Brave or SearXNG), results in rank order as pages
/// arrive. Every request is one query reserved in the config directory's quota ledger before it is
/// sent (<see cref="QuotaLedger"/>, keyed by provider and Pacific day), so processes sharing the
/// directory share <c>Google.DailyQuota</c> exactly; Brave and SearXNG queries are counted but not
/// limited by Pipes (Brave enforces its own monthly quota, a self-hosted SearXNG has none).
/// The integration's <see cref="Name"/> is the provider's, so errors and logs name the engine.
/// </summary>
public sealed class SearchClient : IntegrationBase
{
    private readonly ISearchProvider _provider;

    /// <summary>Reads Search.Provider; throws <see cref="InvalidSettingException"/> when settings.json holds a value that is not a provider.</summary>
    public SearchClient(PipesEnvironment environment) : base(environment)
    {
        _provider = environment.Settings.GetValue<string>(SearchDefinition.ProviderSetting) switch
        {
            "Brave" => new BraveProvider(environment),
            "SearXNG" => new SearXNGProvider(environment),
            _ => new GoogleProvider(environment),
        };
    }

    /// <summary>Google, Brave or SearXNG: the engine in use.</summary>
    public override string Name => _provider.Name;

    public override IReadOnlyList<string> MissingConfiguration() => _provider.MissingConfiguration();

    protected override Uri? ApiOrigin => _provider.Origin;

    protected override string Account => _provider.Origin.ToString();

    protected override ValueTask AuthorizeAsync(HttpRequestMessage request, bool renew, CancellationToken cancellationToken)
    {
        _provider.Authorize(request);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Searches <paramref name="query"/> and yields up to its Count results in rank order, page by
    /// page as they arrive; a query with no results yields nothing. Each page reserves one query in the
    /// ledger first. Throws <see cref="QuotaExceededError"/> (after the results it could fetch) when the
    /// day's quota cannot cover the next page, or the engine says it is spent, naming how many results
    /// were not fetched and when the quota resets; <see cref="InvalidInputError"/> for an empty query or
    /// a Count outside 1 to 100; <see cref="NotConfiguredError"/>, <see cref="AuthenticationError"/>,
    /// <c>Pipes.ServiceClosed</c> (Google's API closed to this project) and the kit's other errors.
    /// </summary>
    public IAsyncEnumerable<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query.Text))
            throw new InvalidInputError(Name, "Search", "The query is empty: there is nothing to search for.", query.Text);
        if (query.Count is < 1 or > 100)
            throw new InvalidInputError(Name, "Search", $"-Count {query.Count} is outside 1 to 100.", query.Count);
        EnsureConfigured("Search");
        return RunAsync(Http, query with { Text = query.Text.Trim() }, cancellationToken);
    }

    /// <summary>The most results the engine gives for one query (Google: 99, as <c>start + num</c> may not pass 100).</summary>
    public int MaxResults => _provider.MaxResults;

    /// <summary>Queries spent today (Pacific day) by every process on this config directory, what is left of Google.DailyQuota, and when it resets.</summary>
    public SearchQuota GetQuota()
    {
        var now = Environment.Clock.GetUtcNow();
        var use = Environment.Quota.Read(Name, PacificDay.Of(now));
        var limit = _provider.DailyLimit;
        long? remaining = limit is { } most ? (use.Exhausted ? 0 : Math.Max(0, most - use.Used)) : null;
        return new SearchQuota(use.Used, remaining, limit, PacificDay.NextMidnight(now), Name);
    }

    /// <summary>A metered engine's query that got no answer in time is not tried again: it may have been counted, and a hung engine hangs again.</summary>
    protected override ResilienceOptions Resilience => base.Resilience with { RetryTimeouts = _provider.DailyLimit is null };

    /// <summary>A metered engine's check is tried once: a retry would spend a second query of a small day (Google's 100).</summary>
    protected override int CheckRetries => _provider.DailyLimit is null ? 1 : 0;

    /// <summary>One search for one result: for Google it spends one query of the day.</summary>
    protected override async Task<string?> ProbeAsync(IntegrationHttp http, CancellationToken cancellationToken)
    {
        EnsureConfigured("HealthCheck");
        var found = 0;
        var probe = new SearchQuery("pipes", 1);
        try
        {
            await foreach (var _ in RunAsync(http, probe, cancellationToken).ConfigureAwait(false)) found++;
        }
        catch (QuotaExceededError spent) when (spent.Message.StartsWith(NotFetched(probe, 1), StringComparison.Ordinal))
        {
            // Said as the day's quota, not as "1 of the 1 results for 'pipes' were not fetched", a search nobody asked for (a trial).
            throw new QuotaExceededError(Name, "HealthCheck", "The check needs one query, and none is left today: " + spent.Message[NotFetched(probe, 1).Length..],
                spent.ResetsAt, spent.RecommendedAction);
        }
        var quota = GetQuota();
        var left = quota.Limit is { } limit ? $"; {quota.Remaining} of {limit} queries left today" : $"; {quota.Used} queries today";
        return $"{SearchDefinition.ProviderSetting} is {Name}: a one-result search answered with {found} result(s){left}.";
    }

    private async IAsyncEnumerable<SearchResult> RunAsync(IntegrationHttp http, SearchQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var wanted = Math.Min(query.Count, _provider.MaxResults);
        if (wanted < query.Count) Note($"{Name} gives at most {_provider.MaxResults} results for a query; {query.Count - wanted} of the {query.Count} asked for cannot be had.");
        var fetched = 0; // results written
        var given = 0; // results the engine's pages held, repeats included: where the next page starts
        // Engines re-rank between requests, so a later page may repeat a result an earlier one gave
        // (Google's start=11 page holding its 9th and 10th, SearXNG merging its engines afresh per page):
        // a link is written once per query, and its place goes to the next new result.
        var written = new HashSet<string>(StringComparer.Ordinal);
        for (var pageIndex = 0; fetched < wanted; pageIndex++)
        {
            if (_provider.Page(query with { Count = wanted }, pageIndex, given, wanted - fetched) is not { } request) break;
            HttpResponseMessage response;
            SearchPageAnswer page;
            try
            {
                response = await SendAsync(http, "Search", HttpMethod.Get, request.Url, accept: _provider.Takes, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (QuotaExceededError refused) when (refused.Operation == LedgerOperation)
            {
                throw OutOfQuota(query, wanted - fetched, null); // the ledger refused before anything was sent
            }
            catch (IntegrationError missing) when (missing.StatusCode == HttpStatusCode.NotFound)
            {
                // No engine answers a search with 404: the setting points somewhere else, and every query would meet the same.
                throw new InvalidSettingException(_provider.BaseUrlSetting,
                    $"{Name} answered HTTP 404 (no such page) at {new Uri(request.Url).GetLeftPart(UriPartial.Path)}: it is not the address of {Name}'s search API.");
            }
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    var refusal = _provider.Refusal(response, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                    // The request layer left the answer to the engine's reading: what it said is a failure of the search, logged once, as its request.
                    var taken = response.RequestMessage?.Options.TryGetValue(IntegrationHttp.TakenAnswerKey, out var answer) == true ? answer : null;
                    Environment.Log.Write(new OperationRecord(Name, "Search", taken?.Target, OperationOutcome.Failed, taken?.Elapsed ?? TimeSpan.Zero, taken?.Attempts ?? 1,
                        (int)response.StatusCode, refusal.Error.ErrorId + ": " + refusal.Error.Message));
                    if (refusal.DaySpent) Environment.Quota.MarkExhausted(Name, PacificDay.Of(Environment.Clock.GetUtcNow()));
                    if (refusal.NotCounted && response.RequestMessage is { } refused) NeverSent(refused);
                    throw refusal.Error is QuotaExceededError quota ? OutOfQuota(query, wanted - fetched, quota) : refusal.Error;
                }
                page = await _provider.ReadAsync(this, response, cancellationToken).ConfigureAwait(false);
            }
            // SearXNG asks other engines: when its first page is empty and some of them did not answer, "no results" says
            // nothing of the query (a nightly job would record an owner with no web presence). A later page's, or
            // results found beside silent engines, stand.
            if (pageIndex == 0 && page.Items.Count == 0 && page.SilentEngines.Count > 0)
                throw new UnavailableError(Name, "Search",
                    $"{Name} found nothing for '{query.Text}', and engines it asked did not answer: {string.Join(", ", page.SilentEngines)}; the empty answer may be theirs.",
                    recommendedAction: "Try again later, or disable the engines that do not answer in the instance's settings.yml.");
            // Where the next page starts: the engine's word when it gives one and it moves forward, else after this page's results.
            given = page.NextStart is { } next && next - 1 > given + page.Items.Count ? next - 1 : given + page.Items.Count;
            foreach (var item in page.Items)
            {
                if (fetched == wanted) break;
                if (!written.Add(item.Link)) continue;
                fetched++;
                yield return new SearchResult(fetched, item.Title, item.Link, item.DisplayLink, item.Snippet, query.Text, Name);
            }
            // A page shorter than asked for is the last, unless the engine said where its next page starts (Google
            // leaves out of a page the results its duplicate filter removed, and still counts them) or that one follows
            // (Brave gives fewer than its count on a page that is not its last).
            if (page.IsLast || page.Items.Count == 0 || (request.Size > 0 && page.Items.Count < request.Size && page.NextStart is null && !page.MoreFollow)) break;
        }
    }

    private const string LedgerOperation = "Reserve";

    /// <summary>
    /// Every attempt of every request (a retry too: the engine may have counted the one before) first
    /// reserves one query in the ledger; none left is Pipes.QuotaExceeded and the request is not sent.
    /// An attempt that never reached the engine gives its query back (<see cref="NeverSent"/>).
    /// </summary>
    /// <remarks>
    /// Not counted: SocketsHttpHandler sends a request without a body again by itself when the connection closes
    /// gracefully before any answer byte (dotnet/runtime#86714), so an engine that counted the first and then closed
    /// counts one query more than the ledger. <c>Connection: close</c> does not stop it (measured); an empty body
    /// would, but a GET with <c>Content-Length: 0</c> is what RFC 9110 says a client should not send, and an engine's
    /// front end refusing it would end every search. The engine's own refusal (429) still marks the day spent.
    /// </remarks>
    protected override void Prepare(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = Environment.Clock.GetUtcNow();
        var day = PacificDay.Of(now);
        if (Environment.Quota.TryReserve(Name, day, _provider.DailyLimit, cancellationToken))
        {
            request.Options.Set(ReservedDay, day);
            return;
        }
        var quota = GetQuota();
        throw new QuotaExceededError(Name, LedgerOperation,
            $"{SpentText(quota)} The quota resets at {quota.ResetsAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)} (midnight Pacific time).",
            quota.ResetsAt, Advice(quota, quota.ResetsAt));
    }

    private static readonly HttpRequestOptionsKey<string> ReservedDay = new("Pipes.Search.ReservedDay");

    /// <summary>A request that never reached the engine (the connection refused, the name not resolved, a Ctrl+C while it waited its turn) gives its query back: the engine counted nothing.</summary>
    protected override void NeverSent(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(ReservedDay, out var day)) Environment.Quota.Release(Name, day);
    }

    /// <summary>What a user can do about a spent quota besides waiting: the setting that caps it here, or another engine.</summary>
    private string Advice(SearchQuota quota, DateTimeOffset resets) =>
        $"Wait until {resets.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}"
        + (quota.Limit is { } limit && quota.Used >= limit && Name == "Google" ? $", raise {GoogleDefinition.DailyQuotaSetting} if your Google project allows more queries a day," : "")
        + $" or set {SearchDefinition.ProviderSetting} to another engine (Get-Help about_Pipes: WEB SEARCH).";

    /// <summary>Why the ledger refuses today: the limit reached here, or the engine's own refusal earlier today.</summary>
    private string SpentText(SearchQuota quota) => quota.Limit is { } limit && quota.Used >= limit
        ? $"today's {limit} {Name} queries ({GoogleDefinition.DailyQuotaSetting}) are spent by the processes using this config directory."
        : $"{Name} answered earlier today that its daily quota is spent (used elsewhere than this config directory), after {quota.Used} queries from here.";

    /// <summary>Pipes.QuotaExceeded for a query: how many of its results were not fetched, why, and when the quota resets.</summary>
    private QuotaExceededError OutOfQuota(SearchQuery query, int notFetched, QuotaExceededError? said)
    {
        var quota = GetQuota();
        var resets = said?.ResetsAt ?? quota.ResetsAt;
        var why = said?.Message ?? SpentText(quota);
        return new QuotaExceededError(Name, "Search",
            $"{NotFetched(query, notFetched)}{why} The quota resets at {resets.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}"
            + (said?.ResetsAt is null ? " (midnight Pacific time)." : "."), resets, Advice(quota, resets));
    }

    private static string NotFetched(SearchQuery query, int notFetched) =>
        $"{notFetched} of the {query.Count} results for '{(query.Text.Length <= 80 ? query.Text : query.Text[..80] + "…")}' were not fetched: ";

    private void Note(string text) =>
        Environment.Log.Write(new OperationRecord(Name, "Search", null, OperationOutcome.Succeeded, TimeSpan.Zero, 1, Detail: text));

    /// <summary>Reads an answer's JSON for the engines (the kit's reader: a wrong shape is Pipes.RemoteRejected).</summary>
    internal Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> answer, CancellationToken cancellationToken) =>
        ReadJsonAsync(response, answer, cancellationToken);

    /// <summary>The body of an answer already read into memory (the kit reads every answer whole), for a refusal's decision.</summary>
    internal static string BodyOf(HttpResponseMessage response) =>
        // Buffered: this completes at once and may be read again (the retry policy and then the caller both look).
        response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
}
