using System.Management.Automation;
using System.Management.Automation.Language;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>
/// Lets -Delimiter take a character (';'), its name ("tab", "comma", "semicolon", "pipe", "space") or
/// the escape people type ('\t'), and refuses text of more than one character in Pipes' words (the
/// binder's own refusal is "Cannot convert value ... to type System.Char").
/// </summary>
public sealed class DelimiterTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject p ? p.BaseObject : inputData;
        return value switch
        {
            null or char => value,
            string { Length: 1 } one => one[0],
            string name => ByName(name),
            _ => throw NotADelimiter(value),
        };
    }

    private static ArgumentTransformationMetadataException NotADelimiter(object? value) =>
        new($"'{value}' is not a delimiter: give one character, such as ';', or tab, comma, semicolon, pipe or space.");

    internal static readonly string[] Names = ["tab", "comma", "semicolon", "pipe", "space"];

    private static char ByName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "tab" or "\\t" or "`t" => '\t',
        "comma" => ',',
        "semicolon" => ';',
        "pipe" or "bar" => '|',
        "space" => ' ',
        _ => throw NotADelimiter(name),
    };

    /// <summary>A delimiter as a message names it: "a line feed", not the character itself.</summary>
    internal static string Describe(char delimiter) => delimiter switch
    {
        '\n' => "a line feed",
        '\r' => "a carriage return",
        '"' => "a double quote",
        '\t' => "a tab",
        _ => $"'{delimiter}'",
    };
}

/// <summary>Completes -Delimiter with the names it takes (tab, comma, semicolon, pipe, space).</summary>
public sealed class DelimiterNameCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, System.Collections.IDictionary fakeBoundParameters) =>
        DelimiterTransformationAttribute.Names
            .Where(n => n.StartsWith((wordToComplete ?? "").Trim('\'', '"'), StringComparison.OrdinalIgnoreCase))
            .Select(n => new CompletionResult(n, n, CompletionResultType.ParameterValue, n));
}
