using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Pipes.ActiveCampaign;

namespace Pipes.PowerShell.Completers;

/// <summary>
/// What the ActiveCampaign completers share: the account's pipelines, asked for with a short bound (Tab must
/// not hang on a slow network); nothing when ActiveCampaign is not configured or does not answer in time.
/// </summary>
public abstract class ActiveCampaignCompleter : IArgumentCompleter
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
        var pattern = WildcardPattern.Get(word + "*", WildcardOptions.IgnoreCase);
        var results = new List<CompletionResult>();
        foreach (var (text, title, tooltip) in Candidates(Pipelines(), fakeBoundParameters))
        {
            // A typed id completes itself; typed letters complete on the title.
            if (!pattern.IsMatch(text) && !pattern.IsMatch(title)) continue;
            results.Add(new CompletionResult(text.Contains(' ') ? "'" + text.Replace("'", "''") + "'" : text, title, CompletionResultType.ParameterValue, tooltip));
        }
        return results;
    }

    /// <summary>(completion text, the title listed, tooltip) for each candidate.</summary>
    private protected abstract IEnumerable<(string Text, string Title, string Tooltip)> Candidates(IReadOnlyList<ActiveCampaignPipeline> pipelines);

    /// <summary>The candidates, given the parameters already typed (-PipelineId narrows -StageId's).</summary>
    private protected virtual IEnumerable<(string Text, string Title, string Tooltip)> Candidates(IReadOnlyList<ActiveCampaignPipeline> pipelines, IDictionary boundParameters) =>
        Candidates(pipelines);

    private static IReadOnlyList<ActiveCampaignPipeline> Pipelines()
    {
        try
        {
            using var environment = PipesEnvironment.FromEnvironment();
            var client = new ActiveCampaignClient(environment);
            if (!client.IsConfigured) return [];
            using var timeout = new CancellationTokenSource(Bound);
            var task = client.GetPipelinesAsync(timeout.Token);
            return task.Wait(Bound) ? task.Result : [];
        }
        catch (Exception exception) when (exception is AggregateException or Integrations.PipesException or OperationCanceledException or IOException or UriFormatException)
        {
            return []; // completion offers nothing rather than an error at the prompt
        }
    }
}

/// <summary>Pipeline ids for -PipelineId, listed by title.</summary>
public sealed class PipelineCompleter : ActiveCampaignCompleter
{
    private protected override IEnumerable<(string, string, string)> Candidates(IReadOnlyList<ActiveCampaignPipeline> pipelines) =>
        pipelines.Select(p => (p.Id, $"{p.Title} ({p.Id})", $"{p.Title}: {string.Join(", ", p.Stages.Select(s => s.Title))}"));
}

/// <summary>Stage ids for -StageId, listed as "pipeline title / stage title"; only the stages of the pipelines -PipelineId names, when it is typed.</summary>
public sealed class StageCompleter : ActiveCampaignCompleter
{
    private protected override IEnumerable<(string, string, string)> Candidates(IReadOnlyList<ActiveCampaignPipeline> pipelines, IDictionary boundParameters)
    {
        var typed = boundParameters?["PipelineId"] switch
        {
            null => null,
            IEnumerable many and not string => many.Cast<object?>().Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(),
            var one => new HashSet<string?> { Convert.ToString(one, System.Globalization.CultureInfo.InvariantCulture) },
        };
        return Candidates(typed is null ? pipelines : pipelines.Where(p => typed.Contains(p.Id)).ToList());
    }

    private protected override IEnumerable<(string, string, string)> Candidates(IReadOnlyList<ActiveCampaignPipeline> pipelines) =>
        pipelines.SelectMany(p => p.Stages.Select(s => (s.Id, $"{p.Title} / {s.Title} ({s.Id})", $"Stage {s.Title} of pipeline {p.Title}")));
}

/// <summary>Pipeline titles for Get-ACPipeline -Title.</summary>
public sealed class PipelineTitleCompleter : ActiveCampaignCompleter
{
    private protected override IEnumerable<(string, string, string)> Candidates(IReadOnlyList<ActiveCampaignPipeline> pipelines) =>
        pipelines.Select(p => (p.Title, p.Title, $"{p.Title} ({p.Id})"));
}
