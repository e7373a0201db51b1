namespace Pipes.Fakes;

/// <summary>One service's fake (Graph, ActiveCampaign, Google ...): its routes on the shared host.</summary>
public interface IFakeService
{
    /// <summary>Name printed with its URL, e.g. "ActiveCampaign".</summary>
    string Name { get; }

    /// <summary>The path a client's base-URL setting points at, e.g. "/" or "/v1.0".</summary>
    string BasePath { get; }

    void Map(WebApplication app);

    /// <summary>Back to the seeded state.</summary>
    void Reset();
}
