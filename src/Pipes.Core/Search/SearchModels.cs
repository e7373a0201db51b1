using System.Text.Json.Serialization;

namespace Pipes.Search;

/// <summary>One web search as asked: the text, how many results (1 to 100), and the optional filters.</summary>
/// <param name="Text">The query as the engine receives it (a template already filled).</param>
/// <param name="Count">Results wanted, 1 to 100; the provider asks for them in pages.</param>
/// <param name="Site">Only results from this site (example.com), when given.</param>
/// <param name="Language">Results in this language, a two-letter ISO 639-1 code (en, de), when given.</param>
/// <param name="SafeSearch">Filter explicit results (Google safe=active, Brave safesearch=strict, SearXNG safesearch=2).</param>
public sealed record SearchQuery(string Text, int Count = 10, string? Site = null, string? Language = null, bool SafeSearch = false);

/// <summary>One result of Search-Google, the same shape whichever provider found it.</summary>
/// <param name="Rank">1-based place in the engine's ranking for this query.</param>
/// <param name="Title">The page title as the engine gives it, as plain text.</param>
/// <param name="Link">The result's URL.</param>
/// <param name="DisplayLink">The host shown for it (www.example.com).</param>
/// <param name="Snippet">The engine's extract of the page, as plain text (empty when it gave none).</param>
/// <param name="Query">The query that found it.</param>
/// <param name="Provider">Google, Brave or SearXNG.</param>
public sealed record SearchResult(int Rank, string Title, string Link, string DisplayLink, string Snippet, string Query, string Provider);

/// <summary>What Get-GoogleSearchQuota reports: queries spent today by every process on this config directory.</summary>
/// <param name="Used">Queries reserved today (one per request of up to 10 Google results).</param>
/// <param name="Remaining">Queries left today; 0 once the provider said the day's quota is spent; null when Pipes sets no limit (Brave, SearXNG).</param>
/// <param name="Limit">The day's quota (Google.DailyQuota); null when Pipes sets none.</param>
/// <param name="ResetsAt">The next midnight in America/Los_Angeles, when Google's daily quotas reset and the ledger starts at zero (for Brave and SearXNG only when Pipes' own count of today starts again: Brave's plan quota is monthly and kept by Brave; the table shows it only beside a Limit).</param>
/// <param name="Provider">The provider the count is for (Search.Provider).</param>
public sealed record SearchQuota(long Used, long? Remaining, long? Limit, DateTimeOffset ResetsAt, string Provider);

// The answers, as the services send them (only the fields used).

internal sealed record GoogleSearch(GoogleQueries? Queries, IReadOnlyList<GoogleItem>? Items);

internal sealed record GoogleQueries(IReadOnlyList<GoogleQueryInfo>? Request, IReadOnlyList<GoogleQueryInfo>? NextPage);

/// <summary>totalResults is an int64 written as a string.</summary>
internal sealed record GoogleQueryInfo(string? TotalResults, int? StartIndex, int? Count);

internal sealed record GoogleItem(string? Title, string? Link, string? DisplayLink, string? Snippet);

internal sealed record BraveSearch(BraveWeb? Web, BraveQuery? Query = null);

/// <summary>Brave's <c>query</c>: whether a further page (the next offset) holds more results.</summary>
internal sealed record BraveQuery([property: JsonPropertyName("more_results_available")] bool? MoreResultsAvailable);

internal sealed record BraveWeb(IReadOnlyList<BraveResult>? Results);

internal sealed record BraveResult(string? Title, string? Url, string? Description, [property: JsonPropertyName("meta_url")] BraveMetaUrl? MetaUrl);

internal sealed record BraveMetaUrl(string? Hostname);

/// <summary>SearXNG's JSON answer: its results, and the engines that did not answer in time, each as [name, reason] ("timeout", "Suspended: too many requests").</summary>
internal sealed record SearXNGSearch(IReadOnlyList<SearXNGResult>? Results,
    [property: System.Text.Json.Serialization.JsonPropertyName("unresponsive_engines")] IReadOnlyList<IReadOnlyList<string>>? UnresponsiveEngines = null);

internal sealed record SearXNGResult(string? Url, string? Title, string? Content);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(GoogleSearch))]
[JsonSerializable(typeof(BraveSearch))]
[JsonSerializable(typeof(SearXNGSearch))]
internal sealed partial class SearchJson : JsonSerializerContext;
