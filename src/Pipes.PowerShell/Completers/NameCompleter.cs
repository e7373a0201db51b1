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
        foreach (var (name, description) in Candidates())
        {
            if (!pattern.IsMatch(name)) continue;
            var text = name.Contains(' ') ? "'" + name + "'" : name;
            yield return new CompletionResult(text, name, CompletionResultType.ParameterValue, description);
        }
    }

    private protected abstract IEnumerable<(string Name, string Description)> Candidates();
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
