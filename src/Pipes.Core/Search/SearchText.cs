using System.Net;
using System.Text.RegularExpressions;

namespace Pipes.Search;

/// <summary>Small text helpers the engines share: plain text from an engine's HTML fragments, the host of a link, a query string.</summary>
internal static partial class SearchText
{
    /// <summary>Text without tags or entities (Brave marks matched words with &lt;strong&gt;); whitespace runs become one space.</summary>
    public static string Plain(string? html) =>
        string.IsNullOrEmpty(html) ? string.Empty : Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, string.Empty)), " ").Trim();

    /// <summary>
    /// Text an engine already gives as plain text (Google's title and snippet, SearXNG's title and
    /// content), with whitespace runs (Google's line breaks inside a snippet) made one space. Nothing
    /// else changes: a '&lt;' or '&amp;amp;' in such text is what the page says, not markup.
    /// </summary>
    public static string Tidy(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Spaces().Replace(text, " ").Trim();

    /// <summary>The host of <paramref name="link"/>, or empty when it is not an absolute URL.</summary>
    public static string Host(string? link) => Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri.Host : string.Empty;

    /// <summary>name=value pairs joined with &amp;, each value escaped; pairs whose value is null are left out.</summary>
    public static string Query(params (string Name, string? Value)[] pairs) =>
        string.Join("&", pairs.Where(p => p.Value is not null).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!)));

    /// <summary>The query text with a site: restriction, for engines that take it in the query.</summary>
    public static string WithSite(SearchQuery query) => query.Site is { Length: > 0 } site ? $"{query.Text} site:{site}" : query.Text;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
