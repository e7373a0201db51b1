namespace Pipes.Integrations;

/// <summary>What Test-PipesIntegration reports for one integration.</summary>
public sealed record IntegrationStatus(
    string Name,
    bool IsConfigured,
    bool IsHealthy,
    TimeSpan? Latency,
    string Message,
    IReadOnlyList<string> Missing)
{
    public string? ErrorId { get; init; }
}
