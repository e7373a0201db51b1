using System.Management.Automation;
using System.Management.Automation.Language;
using Pipes.Import;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>Completes -Worksheet with the sheet names of the workbook named by -Path or -LiteralPath.</summary>
public sealed class WorksheetNameCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, System.Collections.IDictionary fakeBoundParameters)
    {
        var given = fakeBoundParameters["LiteralPath"] ?? fakeBoundParameters["Path"];
        var first = (given is PSObject p ? p.BaseObject : given) switch
        {
            string one => one,
            object[] many when many.Length > 0 => many[0]?.ToString(),
            _ => null,
        };
        if (string.IsNullOrEmpty(first)) return [];
        // Relative to PowerShell's location, which is not the process's current directory; asked in a
        // nested pipeline, since completion runs inside one (SessionStateProxy refuses to be called then).
        string? location;
        try
        {
            using var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
            location = shell.AddCommand("Microsoft.PowerShell.Management\\Get-Location").Invoke<PathInfo>().FirstOrDefault()?.ProviderPath;
        }
        catch (Exception exception) when (exception is PSInvalidOperationException or RuntimeException)
        {
            location = null;
        }
        var path = location is null ? first : System.IO.Path.GetFullPath(first, location);
        var typed = (wordToComplete ?? "").Trim('\'', '"');
        return ImportFile.WorksheetNames(path)
            .Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(n => new CompletionResult(n.Contains(' ') || n.Contains('\'') ? $"'{n.Replace("'", "''")}'" : n, n, CompletionResultType.ParameterValue, n));
    }
}
