using Pipes.Configuration;

namespace Pipes.Integrations;

/// <summary>
/// What an integration declares about itself, once, in its own folder: its name, its settings
/// (each named <c>{Name}.…</c>), its secrets with their environment variables, and how to build its
/// client. The settings catalogue, the known secrets and the list behind Test-PipesIntegration are
/// all made from these (see <see cref="PipesCatalog"/>); nothing else lists integrations.
/// </summary>
/// <param name="Name">The name used in Test-PipesIntegration, settings and logs.</param>
/// <param name="Create">Builds the client for one command; null while the integration has settings but no client yet.</param>
public sealed record IntegrationDefinition(string Name, Func<PipesEnvironment, IntegrationBase>? Create)
{
    public IReadOnlyList<SettingDefinition> Settings { get; init; } = [];

    public IReadOnlyList<SecretDefinition> Secrets { get; init; } = [];

    /// <summary>Other names Test-PipesIntegration takes for it: the engines of Search, whose client names itself after the one in use.</summary>
    public IReadOnlyList<string> AlsoKnownAs { get; init; } = [];
}
