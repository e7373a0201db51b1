using System.Management.Automation;
using Pipes.Integrations;
using Pipes.Search;

namespace Pipes.PowerShell.Commands.Search;

/// <summary>
/// Searches the web through the engine Search.Provider names (Google, Brave or SearXNG) and writes
/// the results in rank order as pages arrive, within the day's quota shared by every process.
/// </summary>
[Cmdlet(VerbsCommon.Search, "Google", DefaultParameterSetName = QuerySet)]
[OutputType(typeof(SearchResult))]
public sealed class SearchGoogleCommand : PipesCmdlet
{
    private const string QuerySet = "Query";
    private const string TemplateSet = "Template";

    /// <summary>The query; binds piped strings and the Query property of piped objects.</summary>
    [Parameter(ParameterSetName = QuerySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Query { get; set; } = "";

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
        _position++;
        var record = InputObject?.BaseObject is string ? null : InputObject;
        var target = ParameterSetName == TemplateSet ? RecordLabel.Describe(record, _position) : (object)Query;
        ForItem(target, () =>
        {
            var empty = false;
            var text = ParameterSetName == TemplateSet
                ? RecordTemplate.Fill(QueryTemplate, InputObject, value => { empty |= string.IsNullOrWhiteSpace(value); return value; }, "Nothing was searched for it.")
                : Query;
            // "{Company} mineral rights" for a record without a company would spend a query on "mineral rights".
            if (empty)
                throw new PipesException(ErrorIds.InvalidInput, PipesErrorKind.InvalidInput,
                    $"{target}: a property -QueryTemplate names is empty, so the query would be '{text.Trim()}'. Nothing was searched for it.",
                    "Filter such records out first (Where-Object Company), or use a template whose properties they all have.", target);
            _client ??= new SearchClient(Environment);
            var query = new SearchQuery(text, Count, SiteHost(Site), Language?.ToLowerInvariant(), SafeSearch);
            Stream(token => _client.SearchAsync(query, token), result => WriteObject(result));
        });
    }

    /// <summary>A missing setting, a refused key, a provider closed to this project, a bad Search.Provider: every further query would meet it too.</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) =>
        everyItemWouldFail || errorId == ErrorIds.InvalidSetting;

    /// <summary>The host of a site given as a URL (https://example.com/x → example.com); anything else as typed.</summary>
    private static string? SiteHost(string? site) =>
        site is null ? null : Uri.TryCreate(site, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : site.Trim().TrimEnd('/');
}
