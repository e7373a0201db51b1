using System.Globalization;

namespace Pipes.ActiveCampaign;

public sealed partial class ActiveCampaignClient
{
    /// <summary>
    /// The seed's <c>get_pipelines()</c>: every pipeline (<c>GET /dealGroups</c>, 100 a page) with its stages
    /// from the side-loaded <c>dealStages</c>, in stage order. Throws <see cref="Integrations.IntegrationError"/>s (see the class).
    /// </summary>
    public async Task<IReadOnlyList<ActiveCampaignPipeline>> GetPipelinesAsync(CancellationToken cancellationToken = default)
    {
        EnsureConfigured("GetPipelines");
        // The stages come side-loaded with their pipelines' page. The pages overlap by one pipeline, whose stages come twice:
        // the later reading wins. A list read again from its first page (it moved) forgets what the stale reading gave.
        var stages = new Dictionary<string, AcDealStage>(StringComparer.Ordinal);
        var groups = await WholeListAsync("GetPipelines", "pipelines", offset => ApiRoot() + $"dealGroups?limit={PageSize}&offset={offset}", AcJson.Default.AcDealGroupPage,
            page =>
            {
                foreach (var stage in page.DealStages ?? []) if (stage.Id is { } id) stages[id] = stage;
                return page.DealGroups;
            },
            group => group.Id, page => page.Meta, null, null, stages.Clear, cancellationToken).ConfigureAwait(false);
        var byGroup = stages.Values.ToLookup(s => s.Group ?? "");
        return groups.Where(g => g.Id is not null).DistinctBy(g => g.Id).Select(g => new ActiveCampaignPipeline(g.Id!, g.Title ?? "", g.Currency,
            byGroup[g.Id!].Select(s => new ActiveCampaignStage(s.Id!, s.Title ?? "", ParseInt(s.Order), g.Id!)).OrderBy(s => s.Order ?? int.MaxValue).ToList(),
            ActiveCampaignDates.Parse(g.Cdate))).ToList();
    }

    private static int? ParseInt(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
