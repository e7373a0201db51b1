using Pipes.ActiveCampaign;
using Pipes.Bria;
using Pipes.Outlook;

namespace Pipes.Integrations;

/// <summary>One integration Test-PipesIntegration knows how to build.</summary>
public sealed record IntegrationDescriptor(string Name, Func<PipesEnvironment, IntegrationBase> Create);

/// <summary>The integrations Pipes ships. Each integration adds its line when it joins.</summary>
public static class IntegrationRegistry
{
    public static IReadOnlyList<IntegrationDescriptor> All { get; } =
    [
        new("Outlook", environment => new OutlookClient(environment)),
        new("ActiveCampaign", environment => new ActiveCampaignClient(environment)),
        new("Dialer", environment => new BriaDialer(environment, new SystemDialerPlatform())),
    ];

    public static IntegrationDescriptor? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
