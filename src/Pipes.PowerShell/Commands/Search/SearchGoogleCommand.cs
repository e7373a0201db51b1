using System.Management.Automation;
using Pipes.Integrations;
using Pipes.Search;

namespace Pipes.PowerShell.Commands.Search;

/// <summary>
/// Searches the web through the engine Search.Provider names (Google, Brave or SearXNG) and writes
/// the results in rank order as pages arrive, within the day's quota shared by every process. -WhatIf shows each query a
/// template makes without spending any of the quota.
/// </summary>
[Cmdlet(VerbsCommon.Search, "Google", DefaultParameterSetName = QuerySet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(SearchResult))]
public sealed class SearchGoogleCommand : PipesCmdlet
{
    private const string QuerySet = "Query";
    private const string TemplateSet = "Template";

    /// <summary>
    /// The query; binds piped strings and the Query property of piped objects. Typed object, not string: PowerShell would turn any
    /// piped record into its text ("Jo Roe &lt;jo@x.com&gt;") and search for that, spending a query and sending the address; such a
    /// record is refused (<see cref="QueryText"/>), pointing to -QueryTemplate.
    /// </summary>
    [Parameter(ParameterSetName = QuerySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public object Query { get; set; } = "";

    /// <summary>A query made from each piped record: {Property} takes the record's value ('{Company} mineral rights').</summary>
    [Parameter(ParameterSetName = TemplateSet, Mandatory = true)]
    public string QueryTemplate { get; set; } = "";

    /// <summary>The piped record -QueryTemplate reads from.</summary>
    [Parameter(ParameterSetName = TemplateSet, Mandatory = true, ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>Results wanted, 1 to 100 (Google: one query of the day per 10).</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int Count { get; set; } = 10;

    /// <summary>Only results from this site (example.com).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Site { get; set; }

    /// <summary>Results in this language: a two-letter code such as en or de.</summary>
    [Parameter]
    [ValidatePattern(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?$")]
    public string? Language { get; set; }

    /// <summary>Filter explicit results.</summary>
    [Parameter]
    public SwitchParameter SafeSearch { get; set; }

    private SearchClient? _client;
    private long _position;

    protected override void ProcessRecord()
    {
        if (ParameterSetName == TemplateSet)
        {
            _position++;
            var record = InputObject?.BaseObject is string ? null : InputObject;
            var target = RecordLabel.Describe(record, _position);
            ForItem(target, () =>
            {
                var empty = false;
                var text = RecordTemplate.Fill(QueryTemplate, InputObject, value => { empty |= string.IsNullOrWhiteSpace(value); return value; }, "Nothing was searched for it.", which: target);
                // "{Company} mineral rights" for a record without a company would spend a query on "mineral rights".
                if (empty)
                    throw new PipesException(ErrorIds.InvalidInput, PipesErrorKind.InvalidInput,
                        $"{target}: a property -QueryTemplate names is empty, so the query would be '{text.Trim()}'. Nothing was searched for it.",
                        "Filter such records out first (Where-Object Company), or use a template whose properties they all have.", target);
                Search(text);
            });
            return;
        }
        // Several typed (-Query $rows.Company) are several queries, as piped ones are: not one query of all their words.
        var given = Query is PSObject { BaseObject: var inner } ? inner : Query;
        foreach (var item in given is System.Collections.IList many ? many.Cast<object?>() : [Query])
        {
            _position++;
            var query = QueryText(item);
            object target = query ?? RecordLabel.Describe(item as PSObject ?? new PSObject(item ?? ""), _position);
            ForItem(target, () =>
            {
                if (query is null)
                    throw new PipesException(ErrorIds.InvalidInput, PipesErrorKind.InvalidInput,
                        $"{target}: a {TypeName(item)} was given as the query with no -QueryTemplate, so its text would be the query. Nothing was searched for it.",
                        "Say what to search for from each record: Search-Google -QueryTemplate '{Company} mineral rights'.", target);
                Search(query);
            });
        }
    }

    private void Search(string text)
    {
        if (_client is null)
        {
            _client = new SearchClient(Environment);
            if (Count > _client.MaxResults)
                WriteWarning($"{_client.Name} gives at most {_client.MaxResults} results for a query: -Count {Count} gets {_client.MaxResults} at most.");
        }
        var search = new SearchQuery(text, Count, SiteHost(Site), Language?.ToLowerInvariant(), SafeSearch);
        // A query spends the day's quota (Google: 100 a day free): -WhatIf shows what a template makes of each record first.
        var within = (search.Site is { } site ? $" on {site}" : "") + (search.Language is { } language ? $", in {language}" : "");
        if (!ShouldProcessOrSayHow($"'{text}'", $"Search {_client.Name} for up to {Math.Min(Count, _client.MaxResults)} results{within}")) return;
        // On demand: each next page is a query of the day's quota, asked only when the pipeline wants more (Select-Object -First 1: one).
        Stream(token => _client.SearchAsync(search, token), result => WriteObject(result), onDemand: true);
    }

    /// <summary>
    /// The text of one query: a string, or a number, a date or any other value PowerShell writes as text, as typed; a piped object's
    /// Query property; null for a record (an object with properties of its own, piped without -QueryTemplate).
    /// </summary>
    private static string? QueryText(object? value)
    {
        var item = value is PSObject wrapped ? wrapped.BaseObject : value;
        switch (item)
        {
            case null: return "";
            case string text: return text;
            case IConvertible scalar when item.GetType().IsPrimitive || item is decimal or DateTime or Enum: return Convert.ToString(scalar, System.Globalization.CultureInfo.InvariantCulture);
            case Guid or DateTimeOffset or Uri: return Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (value is PSObject record && record.Properties["Query"] is { } property)
            return property.Value is null ? "" : property.Value is PSObject { BaseObject: PSCustomObject } ? null : QueryText(property.Value);
        return null;
    }

    private static string TypeName(object? value) => value is null ? "null" : value is PSObject { BaseObject: PSCustomObject } record
        ? record.TypeNames.FirstOrDefault(t => !t.StartsWith("System.", StringComparison.Ordinal)) ?? "record"
        : (value is PSObject p ? p.BaseObject : value).GetType().Name;

    /// <summary>A missing setting, a refused key, a provider closed to this project, a bad Search.Provider: every further query would meet it too.</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) =>
        everyItemWouldFail || errorId == ErrorIds.InvalidSetting;

    /// <summary>The host of a site given as a URL (https://example.com/x → example.com); anything else as typed.</summary>
    private static string? SiteHost(string? site) =>
        site is null ? null : Uri.TryCreate(site, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : site.Trim().TrimEnd('/');
}
