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

    /// <summary>The setting, or <see cref="UnknownSettingException"/> listing the known names (and the one it likely misspells).</summary>
    public SettingDefinition RequireSetting(string name) => FindSetting(name) ?? throw UnknownSetting(name);

    /// <summary><c>Pipes.UnknownSetting</c> for <paramref name="name"/>, saying what it likely means (<see cref="Meant"/>).</summary>
    public UnknownSettingException UnknownSetting(string name) => new(name, Settings.Select(d => d.Name), Meant(name)?.Said);

    /// <summary>
    /// What a name that is no setting likely means: a misspelt setting ('Outlook.Mailbx', 'outlook_timezone', 'Http.MaxRetry',
    /// 'Http.Timeout' for Http.TimeoutSeconds), or a secret ('outlook_client_secret'); null when nothing is near. Letters and digits
    /// compared, case aside, within a few edits by length, or the start of a longer name.
    /// </summary>
    public NameMeant? Meant(string name)
    {
        var (setting, settingEdits) = Nearest(name, Settings.Select(d => d.Name));
        var (secret, secretEdits) = Nearest(name, Secrets.Select(d => d.Name));
        if (secret is not null && (setting is null || secretEdits < settingEdits)) return new NameMeant(secret, IsSecret: true);
        return setting is null ? null : new NameMeant(setting, IsSecret: false);
    }

    private static (string? Name, int Edits) Nearest(string name, IEnumerable<string> candidates)
    {
        static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var given = Letters(name);
        var names = candidates.ToList();
        var (best, edits) = (default(string), int.MaxValue);
        foreach (var candidate in names)
            if (EditDistance(given, Letters(candidate)) is var distance && distance < edits) (best, edits) = (candidate, distance);
        // A longer name bears more slips ('MaxRetry' for 'MaxRetries' is three).
        if (edits <= given.Length switch { <= 5 => 1, <= 11 => 2, _ => 3 }) return (best, edits);
        // Else the start of a longer name ('Http.Timeout' for Http.TimeoutSeconds), the shortest such, as near as the most edits allowed.
        var longer = given.Length < 6 ? null : names.Where(c => Letters(c).StartsWith(given, StringComparison.Ordinal)).OrderBy(c => c.Length).FirstOrDefault();
        return longer is null ? (null, int.MaxValue) : (longer, 3);
    }

    /// <summary>Levenshtein distance: the fewest insertions, deletions and substitutions that turn one text into the other.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    /// <summary>The secret, or <c>Pipes.UnknownSecret</c> listing the known names.</summary>
    public SecretDefinition RequireSecret(string? name) =>
        (name is null ? null : _secrets.GetValueOrDefault(name.Trim())) ?? throw UnknownSecret(name ?? "");

    public PipesException UnknownSecret(string name) =>
        new(ErrorIds.UnknownSecret, PipesErrorKind.InvalidSetting, $"'{name}' is not a Pipes secret.",
            "Known secrets: " + string.Join(", ", Secrets.Select(k => k.Name)) + ". Store one with Set-PipesSecret.", name);

    /// <summary>This catalogue plus <paramref name="integration"/> (tests, and the checklist's throwaway integration).</summary>
    public PipesCatalog With(IntegrationDefinition integration) => new([.. Integrations, integration]);
}

/// <summary>The setting or secret a name that is no setting likely means (<see cref="PipesCatalog.Meant"/>).</summary>
public sealed record NameMeant(string Name, bool IsSecret)
{
    /// <summary>As the end of a sentence about the name: "did you mean Outlook.Mailbox?", "it is the secret Outlook.ClientSecret, which Set-PipesSecret stores".</summary>
    public string Said => IsSecret ? $"it is the secret {Name}, which Set-PipesSecret stores" : $"did you mean {Name}?";
}
