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
        // The stages come side-loaded with their pipelines' page; a page read again adds them twice, which DistinctBy absorbs.
        var stages = new List<AcDealStage>();
        var groups = await WholeListAsync("GetPipelines", offset => ApiRoot() + $"dealGroups?limit={PageSize}&offset={offset}", AcJson.Default.AcDealGroupPage,
            page => { stages.AddRange(page.DealStages ?? []); return page.DealGroups; }, page => page.Meta, null, null, cancellationToken).ConfigureAwait(false);
        var byGroup = stages.Where(s => s.Id is not null).DistinctBy(s => s.Id).ToLookup(s => s.Group ?? "");
        return groups.Where(g => g.Id is not null).DistinctBy(g => g.Id).Select(g => new ActiveCampaignPipeline(g.Id!, g.Title ?? "", g.Currency,
            byGroup[g.Id!].Select(s => new ActiveCampaignStage(s.Id!, s.Title ?? "", ParseInt(s.Order), g.Id!)).OrderBy(s => s.Order ?? int.MaxValue).ToList(),
            ActiveCampaignDates.Parse(g.Cdate))).ToList();
    }

    private static int? ParseInt(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
