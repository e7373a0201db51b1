using System.Text.Json.Nodes;
using Pipes.Integrations;

namespace Pipes.Configuration;

/// <summary>A setting's effective value and where it came from.</summary>
public sealed record SettingValue(string Name, object? Value, bool IsDefault, SettingType Type, string Description)
{
    public string Source => IsDefault ? "Default" : "settings.json";
}

/// <summary>
/// <c>settings.json</c>: non-secret settings by dotted name, validated against
/// <see cref="SettingsCatalog"/>. Safe for several processes at once.
/// </summary>
public sealed class SettingsStore(string path)
{
    private readonly LockedJsonFile _file = new(path);

    public string FilePath => _file.FilePath;

    public IReadOnlyList<SettingValue> GetAll()
    {
        var stored = _file.Read();
        return SettingsCatalog.All.Select(d => ToValue(d, stored)).ToList();
    }

    public SettingValue Get(string name)
    {
        var definition = Require(name);
        return ToValue(definition, _file.Read());
    }

    /// <summary>The effective value converted to <typeparamref name="T"/>, or default when unset and without a default.</summary>
    public T? GetValue<T>(string name) => Get(name).Value is { } value ? (T)System.Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture) : default;

    /// <summary>Validates and stores a value; <c>null</c> removes it so the default applies again.</summary>
    public SettingValue Set(string name, object? value)
    {
        var definition = Require(name);
        var node = value is null ? null : definition.Convert(value);
        var stored = _file.Update(content =>
        {
            if (node is null) content.Remove(definition.Name);
            else content[definition.Name] = node;
            return content;
        });
        return ToValue(definition, stored);
    }

    private static SettingDefinition Require(string name) =>
        SettingsCatalog.Find(name) ?? throw new UnknownSettingException(name, SettingsCatalog.All.Select(d => d.Name));

    private static SettingValue ToValue(SettingDefinition definition, JsonObject stored)
    {
        // A file edited by hand may hold a value of the wrong type; report it by name instead of crashing.
        var node = stored[definition.Name];
        object? value;
        try
        {
            value = definition.FromJson(node);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            throw new InvalidSettingException(definition.Name, $"settings.json holds '{node?.ToJsonString()}', which is not a {definition.Type}.");
        }
        return new SettingValue(definition.Name, value, node is null, definition.Type, definition.Description);
    }
}
