using System.Text.Json.Nodes;
using Pipes.Integrations;

namespace Pipes.Configuration;

/// <summary>A setting's effective value and where it came from.</summary>
public sealed record SettingValue(string Name, object? Value, bool IsDefault, SettingType Type, string Description)
{
    public string Source => IsDefault ? "Default" : "settings.json";
}

/// <summary>
/// <c>settings.json</c>: non-secret settings by dotted name, validated against the catalogue's
/// definitions. Safe for several processes at once. The file is parsed once and read again only
/// when it changed (its size or time of last write), so a command that asks for ten settings opens
/// it once, yet sees a change another process made.
/// </summary>
public sealed class SettingsStore(string path, PipesCatalog? catalog = null)
{
    private readonly LockedJsonFile _file = new(path, whenCorrupt: "deleting it sets every setting back to its default (Get-PipesConfig lists them; Set-PipesConfig sets them again).");
    private readonly PipesCatalog _catalog = catalog ?? PipesCatalog.Shipped;
    private readonly object _gate = new();
    private (DateTime Written, long Length) _stamp;
    private System.Text.Json.Nodes.JsonObject? _parsed;

    public string FilePath => _file.FilePath;

    public IReadOnlyList<SettingValue> GetAll() => GetAll(null);

    /// <summary>
    /// Every setting's value. A value in settings.json that does not fit its setting goes to
    /// <paramref name="invalid"/> and the rest are still listed; without it, it throws.
    /// </summary>
    public IReadOnlyList<SettingValue> GetAll(Action<InvalidSettingException>? invalid)
    {
        var stored = Read();
        var values = new List<SettingValue>();
        foreach (var definition in _catalog.Settings)
        {
            try { values.Add(ToValue(definition, stored)); }
            catch (InvalidSettingException error) when (invalid is not null) { invalid(error); }
        }
        return values;
    }

    /// <summary>Names in settings.json that no setting has (a typo by hand, a setting of a newer Pipes).</summary>
    public IReadOnlyList<string> UnknownNames() => Read().Select(p => p.Key).Where(k => _catalog.FindSetting(k) is null).ToList();

    /// <summary>
    /// A warning for each of <see cref="UnknownNames"/>: it is ignored, so the setting meant keeps its default, and what it likely
    /// means (<see cref="PipesCatalog.Meant"/>: a misspelt setting, or a secret, which settings.json keeps in plain text). Throws as
    /// reading settings.json does (Pipes.CorruptConfigFile).
    /// </summary>
    public IReadOnlyList<string> UnknownNameWarnings() => UnknownNames().Select(name => _catalog.Meant(name) switch
    {
        { IsSecret: true } secret => $"settings.json holds '{name}', which is no setting: {secret.Said}. It is ignored there, and kept in plain text: store it with Set-PipesSecret, then remove it from settings.json.",
        var meant => $"settings.json holds '{name}', which is not a Pipes setting{(meant is null ? "" : $" ({meant.Said})")}; it is ignored. Run Get-PipesConfig to list the settings.",
    }).ToList();

    public SettingValue Get(string name)
    {
        var definition = Require(name);
        return ToValue(definition, Read());
    }

    private JsonObject Read()
    {
        lock (_gate)
        {
            var info = new FileInfo(_file.FilePath);
            var stamp = info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1L);
            if (_parsed is null || stamp != _stamp)
            {
                _parsed = _file.Read();
                _stamp = stamp;
            }
            return _parsed;
        }
    }

    /// <summary>The effective value converted to <typeparamref name="T"/>, or default when unset and without a default.</summary>
    public T? GetValue<T>(string name) => Get(name).Value is { } value ? (T)System.Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture) : default;

    /// <summary>
    /// Validates and stores a value; <c>null</c> removes it so the default applies again. <paramref name="cancellationToken"/> ends a
    /// wait for another process's lock on settings.json (<see cref="LockedJsonFile.Update{T}"/>).
    /// </summary>
    public SettingValue Set(string name, object? value, CancellationToken cancellationToken = default)
    {
        var definition = Require(name);
        var node = value is null ? null : definition.Convert(value);
        var stored = _file.Update(content =>
        {
            // The name as written by hand in another case or with spaces ('outlook.mailbox ') is the same setting: replaced, not left beside it.
            foreach (var variant in content.Select(p => p.Key).Where(k => k != definition.Name && Names(k, definition)).ToList()) content.Remove(variant);
            if (node is null) content.Remove(definition.Name);
            else content[definition.Name] = node;
            return content;
        }, cancellationToken);
        lock (_gate) _parsed = null; // read again on next use
        return ToValue(definition, stored);
    }

    private SettingDefinition Require(string name) => _catalog.RequireSetting(name);

    /// <summary>Whether a key of settings.json names <paramref name="definition"/>, as the catalogue reads names (<see cref="PipesCatalog.FindSetting"/>: case and surrounding spaces aside).</summary>
    private bool Names(string key, SettingDefinition definition) => _catalog.FindSetting(key) == definition;

    private SettingValue ToValue(SettingDefinition definition, JsonObject stored)
    {
        // A file edited by hand may hold a value of the wrong type; report it by name instead of crashing. It may also write the
        // name in another case or with spaces, as the catalogue reads names ('outlook.mailbox'): that is the setting too (it was
        // ignored, silently, as it was no unknown name either).
        var node = stored.TryGetPropertyValue(definition.Name, out var exact) ? exact
            : stored.FirstOrDefault(p => Names(p.Key, definition)).Value;
        object? value;
        try
        {
            value = definition.FromJson(node);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            throw new InvalidSettingException(definition.Name, $"settings.json holds '{node?.ToJsonString()}', which is not {definition.Expected}.");
        }
        return new SettingValue(definition.Name, value, node is null, definition.Type, definition.Description);
    }
}
