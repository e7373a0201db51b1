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
        var groups = new List<AcDealGroup>();
        var stages = new List<AcDealStage>();
        for (var offset = 0; ; offset += PageSize)
        {
            var (page, _) = await GetAsync("GetPipelines", ApiRoot() + $"dealGroups?limit={PageSize}&offset={offset}", AcJson.Default.AcDealGroupPage, cancellationToken).ConfigureAwait(false);
            groups.AddRange(page.DealGroups ?? []);
            stages.AddRange(page.DealStages ?? []);
            var count = page.DealGroups?.Count ?? 0;
            if (count < PageSize || (page.Meta?.TotalCount is { } total && offset + count >= total)) break;
        }
        var byGroup = stages.Where(s => s.Id is not null).DistinctBy(s => s.Id).ToLookup(s => s.Group ?? "");
        return groups.Where(g => g.Id is not null).DistinctBy(g => g.Id).Select(g => new ActiveCampaignPipeline(g.Id!, g.Title ?? "", g.Currency,
            byGroup[g.Id!].Select(s => new ActiveCampaignStage(s.Id!, s.Title ?? "", ParseInt(s.Order), g.Id!)).OrderBy(s => s.Order ?? int.MaxValue).ToList(),
            ActiveCampaignDates.Parse(g.Cdate))).ToList();
    }

    private static int? ParseInt(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
