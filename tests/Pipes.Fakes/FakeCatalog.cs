namespace Pipes.Fakes;

/// <summary>
/// The fake of each shipped integration, by the integration's name in its <c>IntegrationDefinition</c>
/// (the test host serves them all). Adding an integration adds its line here; a kit test fails while
/// an integration that talks HTTP has no fake.
/// </summary>
public static class FakeCatalog
{
    /// <summary>Integrations that talk to no HTTP service (the dialer starts a local program), so have no fake.</summary>
    public static IReadOnlySet<string> Local { get; } = new HashSet<string>(StringComparer.Ordinal) { "Dialer" };

    /// <summary>Integration name → its fake; the Echo service is the kit's own, for the shared request tests.</summary>
    public static IReadOnlyList<(string Integration, Func<string, IFakeService> Create)> All { get; } =
    [
        ("Outlook", _ => new GraphFake()),
        ("ActiveCampaign", token => new ActiveCampaignFake(token)),
        ("Search", _ => new SearchFake()),
        ("Echo", _ => new EchoFake()),
    ];

    /// <summary>A fresh fake of every integration.</summary>
    public static IFakeService[] CreateAll(string activeCampaignToken) => All.Select(f => f.Create(activeCampaignToken)).ToArray();
}
