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

    /// <summary>The operation the failure came from, as its error names it ("SignIn": Microsoft Entra, before the service was asked; "HealthCheck"); null when healthy.</summary>
    public string? FailedOperation { get; init; }

    /// <summary>
    /// Whether a setting or secret of the integration's own was set on this machine (or settings.json cannot be read): what a
    /// suite checking whatever a machine uses filters on (Test-PipesIntegration | Where-Object IsSetUp). IsSetUp with
    /// IsConfigured false is an integration set up here and broken since (a secret removed, a corrupt settings file), which
    /// filtering on IsConfigured would silently leave out.
    /// </summary>
    public bool IsSetUp { get; init; }
}
