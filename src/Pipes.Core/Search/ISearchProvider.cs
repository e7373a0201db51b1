using Pipes.Integrations;

namespace Pipes.Search;

/// <summary>
/// One engine behind Search-Google: how its pages are asked for, how a request carries its
/// credential, which refusals it reads itself, and how its answer becomes results. The paging loop,
/// the quota ledger, retries and logging are <see cref="SearchClient"/>'s and the kit's.
/// </summary>
internal interface ISearchProvider
{
    /// <summary>Google, Brave or SearXNG: the value of Search.Provider, and the name in errors and logs.</summary>
    string Name { get; }

    /// <summary>The most results one query can reach through this engine's paging.</summary>
    int MaxResults { get; }

    /// <summary>Queries a Pacific day that Pipes allows (Google.DailyQuota); null when it only counts them.</summary>
    long? DailyLimit { get; }

    /// <summary>The endpoint's origin: the credential goes nowhere else, and it is the account requests count against.</summary>
    Uri Origin { get; }

    /// <summary>The setting that holds the endpoint (Google.BaseUrl, Brave.BaseUrl, SearXNG.BaseUrl): named when the endpoint answers that it does not exist.</summary>
    string BaseUrlSetting { get; }

    /// <summary>Settings and secrets this engine needs that are missing. No network.</summary>
    IReadOnlyList<string> MissingConfiguration();

    /// <summary>
    /// The request for page <paramref name="pageIndex"/> (0-based) of <paramref name="query"/>, or null when
    /// the engine can give no more or none are <paramref name="missing"/>. <paramref name="given"/> is how
    /// many results the engine's earlier pages held (where the next page starts); <paramref name="missing"/>
    /// how many of query.Count are still to be written (more than query.Count - given when an earlier page
    /// repeated a result).
    /// </summary>
    SearchPageRequest? Page(SearchQuery query, int pageIndex, int given, int missing);

    /// <summary>Puts the credential on a request (a header); an engine whose key travels in the URL does nothing.</summary>
    void Authorize(HttpRequestMessage request);

    /// <summary>Whether this engine reads the failed answer itself (a quota refusal, a bad key) instead of the kit: such an answer is never retried.</summary>
    bool Takes(HttpResponseMessage response);

    /// <summary>The error for a failed answer this engine <see cref="Takes"/>, given its body.</summary>
    SearchRefusal Refusal(HttpResponseMessage response, string body);

    /// <summary>Reads one page's results from a successful answer.</summary>
    Task<SearchPageAnswer> ReadAsync(SearchClient client, HttpResponseMessage response, CancellationToken cancellationToken);
}

/// <summary>One page request: the URL and how many results it asks for (0 when the engine decides its page size).</summary>
internal sealed record SearchPageRequest(string Url, int Size);

/// <summary>A page's results, and whether the engine said no page follows.</summary>
internal sealed record SearchPageAnswer(IReadOnlyList<FoundItem> Items, bool IsLast)
{
    /// <summary>
    /// Where the engine says its next page starts (Google's <c>queries.nextPage[0].startIndex</c>, 1-based), or null
    /// when it does not say. An engine that says so may give a page shorter than asked for that is not its last
    /// (Google's duplicate filter takes results out of a page and still counts them): the next page starts there.
    /// </summary>
    public int? NextStart { get; init; }

    /// <summary>
    /// The engine said another page follows (Brave's <c>query.more_results_available</c>): a page shorter than asked for is then
    /// not its last (Brave's <c>count</c> is a most, "the actual number delivered may be less than requested").
    /// </summary>
    public bool MoreFollow { get; init; }

    /// <summary>Engines a metasearch engine asked that did not answer ("google (timeout)"): SearXNG's unresponsive_engines.</summary>
    public IReadOnlyList<string> SilentEngines { get; init; } = [];
}

/// <summary>One result as an engine gave it, before it is ranked.</summary>
internal sealed record FoundItem(string Title, string Link, string DisplayLink, string Snippet);

/// <summary>A refusal read by the engine; <paramref name="DaySpent"/> when it says today's quota is spent (the ledger marks the day).</summary>
/// <remarks>
/// <c>NotCounted</c>: the engine could not have counted the query against a quota, because the key it refused names no
/// project or subscription (Google's API_KEY_INVALID, Brave's SUBSCRIPTION_TOKEN_INVALID): the ledger gives it back.
/// </remarks>
internal sealed record SearchRefusal(IntegrationError Error, bool DaySpent = false, bool NotCounted = false);
