using Pipes.ActiveCampaign;
using Pipes.Bria;
using Pipes.Configuration;
using Pipes.Integrations;
using Pipes.Outlook;
using Pipes.Search;

namespace Pipes;

/// <summary>
/// Everything Pipes knows by name: the general settings and, from each integration's
/// <see cref="IntegrationDefinition"/>, its settings, secrets and client. Immutable; the module uses
/// <see cref="Shipped"/>, and a test may build one with an integration of its own (<see cref="With"/>).
/// </summary>
public sealed class PipesCatalog
{
    /// <summary>The integrations Pipes ships. Adding one is one line here.</summary>
    public static PipesCatalog Shipped { get; } = new(
    [
        OutlookDefinition.Definition,
        ActiveCampaignDefinition.Definition,
        DialerDefinition.Definition,
        SearchDefinition.Definition,
        GoogleDefinition.Definition,
        BraveDefinition.Definition,
        SearXNGDefinition.Definition,
    ]);

    private readonly Dictionary<string, SettingDefinition> _settings;
    private readonly Dictionary<string, SecretDefinition> _secrets;

    public PipesCatalog(IReadOnlyList<IntegrationDefinition> integrations)
    {
        Integrations = integrations;
        Settings = [.. GeneralSettings.All, .. integrations.SelectMany(i => i.Settings)];
        Secrets = [.. integrations.SelectMany(i => i.Secrets)];
        foreach (var integration in integrations)
        {
            var stray = integration.Settings.Select(s => s.Name).Concat(integration.Secrets.Select(s => s.Name))
                .FirstOrDefault(n => !n.StartsWith(integration.Name + ".", StringComparison.Ordinal));
            if (stray is not null) throw new ArgumentException($"{integration.Name} declares '{stray}', which is not named {integration.Name}.*", nameof(integrations));
        }
        _settings = Settings.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase); // throws on a name declared twice
        _secrets = Secrets.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<IntegrationDefinition> Integrations { get; }

    /// <summary>Every setting, general ones first, then each integration's in its order.</summary>
    public IReadOnlyList<SettingDefinition> Settings { get; }

    public IReadOnlyList<SecretDefinition> Secrets { get; }

    /// <summary>The integrations that have a client (what Test-PipesIntegration checks).</summary>
    public IEnumerable<IntegrationDefinition> Checkable => Integrations.Where(i => i.Create is not null);

    public SettingDefinition? FindSetting(string name) => _settings.GetValueOrDefault(name.Trim());

    /// <summary>The setting, or <see cref="UnknownSettingException"/> listing the known names.</summary>
    public SettingDefinition RequireSetting(string name) =>
        FindSetting(name) ?? throw new UnknownSettingException(name, Settings.Select(d => d.Name));

    /// <summary>The secret, or <c>Pipes.UnknownSecret</c> listing the known names.</summary>
    public SecretDefinition RequireSecret(string? name) =>
        (name is null ? null : _secrets.GetValueOrDefault(name.Trim())) ?? throw UnknownSecret(name ?? "");

    public PipesException UnknownSecret(string name) =>
        new(ErrorIds.UnknownSecret, PipesErrorKind.InvalidSetting, $"'{name}' is not a Pipes secret.",
            "Known secrets: " + string.Join(", ", Secrets.Select(k => k.Name)) + ". Store one with Set-PipesSecret.", name);

    /// <summary>This catalogue plus <paramref name="integration"/> (tests, and the checklist's throwaway integration).</summary>
    public PipesCatalog With(IntegrationDefinition integration) => new([.. Integrations, integration]);
}
