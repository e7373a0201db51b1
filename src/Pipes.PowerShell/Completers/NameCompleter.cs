using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.PowerShell.Completers;

/// <summary>Completes a closed set of names, case-insensitively, quoting where needed.</summary>
public abstract class NameCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
        var pattern = WildcardPattern.Get(word + "*", WildcardOptions.IgnoreCase);
        foreach (var (name, description) in Candidates(fakeBoundParameters))
        {
            if (!pattern.IsMatch(name)) continue;
            var text = name.Contains(' ') ? "'" + name + "'" : name;
            yield return new CompletionResult(text, name, CompletionResultType.ParameterValue, description);
        }
    }

    private protected abstract IEnumerable<(string Name, string Description)> Candidates();

    /// <summary>The candidates, knowing the parameters already typed (a setting's value depends on its name).</summary>
    private protected virtual IEnumerable<(string Name, string Description)> Candidates(IDictionary boundParameters) => Candidates();
}

/// <summary>The allowed values of the setting named by -Name: a choice setting's choices, true/false for a boolean, nothing otherwise (no file names).</summary>
public sealed class SettingValueCompleter : NameCompleter
{
    private protected override IEnumerable<(string, string)> Candidates() => [];

    private protected override IEnumerable<(string, string)> Candidates(IDictionary boundParameters)
    {
        if (boundParameters["Name"] is not string name || PipesCatalog.Shipped.FindSetting(name) is not { } setting) return [];
        if (setting.Choices is { } choices) return choices.Select(c => (c, setting.Description));
        // Outlook.TimeZone takes the zones -TimeZone does, by IANA and by Windows name.
        if (string.Equals(setting.Name, Pipes.Outlook.CalendarTimeZones.Setting, StringComparison.OrdinalIgnoreCase)) return Pipes.Outlook.CalendarTimeZones.Names();
        if (setting.Type == SettingType.Boolean) return [("true", setting.Description), ("false", setting.Description)];
        if (setting.Default is { } value && setting.Type is not SettingType.StringList) return [(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!, "the default")];
        return [];
    }
}

public sealed class SettingNameCompleter : NameCompleter
{
    private protected override IEnumerable<(string, string)> Candidates() => PipesCatalog.Shipped.Settings.Select(d => (d.Name, d.Description));
}

public sealed class SecretNameCompleter : NameCompleter
{
    private protected override IEnumerable<(string, string)> Candidates() => PipesCatalog.Shipped.Secrets.Select(d => (d.Name, d.Description));
}

public sealed class IntegrationNameCompleter : NameCompleter
{
    private protected override IEnumerable<(string, string)> Candidates() => PipesCatalog.Shipped.Checkable.Select(d => (d.Name, d.Name));
}

/// <summary>
/// Completes Get-PipesInbox -Folder with the folders every mailbox has, as Outlook shows their names (a folder of the mailbox's own, or
/// a path such as Inbox/Prospects, is typed: completing those would sign in and ask Graph at every Tab).
/// </summary>
public sealed class MailFolderCompleter : NameCompleter
{
    private protected override IEnumerable<(string, string)> Candidates() =>
    [
        ("Inbox", "the Inbox"), ("Archive", "where a swipe or the Archive button puts a message"), ("Junk Email", "where Exchange's filter puts what it takes for junk"),
        ("Deleted Items", "deleted messages"), ("Sent Items", "sent messages"), ("Drafts", "drafts"), ("Clutter", "the older Focused Inbox's Clutter"),
    ];
}
