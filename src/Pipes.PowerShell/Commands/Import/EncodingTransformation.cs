using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text;
using Pipes.Import;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>Lets -Encoding take a name ("utf8", "utf8BOM", "windows-1252", "latin1", "unicode"), a code page number, or an Encoding.</summary>
public sealed class EncodingTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject p ? p.BaseObject : inputData;
        return value switch
        {
            null or Encoding => value,
            int codePage => ByCodePage(codePage),
            string name => ByName(name),
            _ => throw new ArgumentTransformationMetadataException($"'{value}' is not an encoding."),
        };
    }

    internal static readonly string[] Names = ["utf8", "utf8BOM", "utf8NoBOM", "unicode", "bigendianunicode", "utf32", "ascii", "latin1", "windows-1252"];

    private static Encoding ByName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf8" or "utf-8" or "utf8nobom" or "utf8bom" => new UTF8Encoding(false),
        "unicode" or "utf-16" or "utf16" => new UnicodeEncoding(false, true),
        "bigendianunicode" or "utf-16be" => new UnicodeEncoding(true, true),
        "utf32" or "utf-32" => new UTF32Encoding(false, true),
        "ascii" => Encoding.ASCII,
        "latin1" or "iso-8859-1" => Encoding.Latin1,
        "windows-1252" or "cp1252" or "ansi" => FileSniffer.Windows1252,
        var other when int.TryParse(other, out var codePage) => ByCodePage(codePage),
        var other => CodePagesEncodingProvider.Instance.GetEncoding(other) ?? Framework(() => Encoding.GetEncoding(other), $"'{name}' is not an encoding"),
    };

    // 0 is not a code page: .NET reads it as "the default" and would silently give UTF-8.
    private static Encoding ByCodePage(int codePage) => codePage <= 0
        ? Framework(() => throw new ArgumentException(), $"{codePage} is not a code page")
        : CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Framework(() => Encoding.GetEncoding(codePage), $"{codePage} is not a code page this system has");

    /// <summary>The framework's own encodings (utf-7, the UTF-32 big-endian page); its refusal said in our words, not as ArgumentException text.</summary>
    private static Encoding Framework(Func<Encoding> lookUp, string refusal)
    {
        try
        {
            return lookUp();
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            throw new ArgumentTransformationMetadataException($"{refusal}. Use one of {string.Join(", ", Names)}, or a code page number such as 1252.");
        }
    }
}

public sealed class EncodingNameCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, System.Collections.IDictionary fakeBoundParameters) =>
        EncodingTransformationAttribute.Names
            .Where(n => n.StartsWith(wordToComplete ?? "", StringComparison.OrdinalIgnoreCase))
            .Select(n => new CompletionResult(n, n, CompletionResultType.ParameterValue, n));
}
