using System.Management.Automation;
using Pipes.ActiveCampaign;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands.ActiveCampaign;

/// <summary>ActiveCampaign pipelines (deal groups) with their stages in order.</summary>
[Cmdlet(VerbsCommon.Get, "ACPipeline")]
[Alias("Get-ACPipelines")]
[OutputType(typeof(ActiveCampaignPipeline))]
public sealed class GetACPipelineCommand : PipesCmdlet
{
    /// <summary>Only pipelines whose title matches (wildcards, any case); an exact title that matches none is an error.</summary>
    [Parameter(Position = 0)]
    [ArgumentCompleter(typeof(PipelineTitleCompleter))]
    [SupportsWildcards]
    public string[]? Title { get; set; }

    protected override void ProcessRecord() => ForItem(null, () =>
    {
        var pipelines = Run(token => new ActiveCampaignClient(Environment).GetPipelinesAsync(token));
        foreach (var pipeline in SelectByName(pipelines, p => p.Title, Title, title => new Integrations.PipesException(Integrations.ErrorIds.NotFound,
            Integrations.PipesErrorKind.NotFound, $"No ActiveCampaign pipeline is titled '{title}'.", "Get-ACPipeline lists the pipelines and their titles.", title)))
            WriteObject(pipeline);
    });

    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) => true;
}
