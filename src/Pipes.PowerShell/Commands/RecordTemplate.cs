using System.Management.Automation;
using System.Text.RegularExpressions;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// <c>{Property}</c> templates filled from a piped record, as Send-PipesMail's subject and body and
/// Search-Google's -QueryTemplate use them: <c>{{</c> and <c>}}</c> stand for braces, and a name the
/// record does not have is <c>Pipes.UnknownPlaceholder</c>, so no "Dear {FirstNam}" goes out.
/// </summary>
internal static partial class RecordTemplate
{
    /// <param name="template">The text with placeholders.</param>
    /// <param name="record">The piped record (null when nothing was piped).</param>
    /// <param name="encode">Applied to each value (HTML-encoding for an HTML body), or null.</param>
    /// <param name="nothingDone">What the error says was not done for the record ("Nothing was sent for it.").</param>
    public static string Fill(string template, PSObject? record, Func<string, string>? encode, string nothingDone)
    {
        if (!template.Contains('{')) return template;
        return Placeholder().Replace(template, match =>
        {
            if (match.Value == "{{") return "{";
            if (match.Value == "}}") return "}";
            var name = match.Groups["name"].Value;
            var property = record?.Properties[name] ?? throw new PipesException(ErrorIds.UnknownPlaceholder, PipesErrorKind.InvalidInput,
                $"The template names {{{name}}}, but the record has no property '{name}'. {nothingDone}",
                "Fix the placeholder, or pipe records that have that property.", name);
            var value = property.Value?.ToString() ?? "";
            return encode is null ? value : encode(value);
        });
    }

    // A name as a file's header writes it ("Net Acres (NRI)", "Lead-Tag", "Rég. Date"): a letter first, then
    // letters, digits, spaces and the punctuation of headers. No ':', ';', '"' or '=', so that CSS or JSON
    // in an HTML body ("{color: red}") stays text.
    [GeneratedRegex(@"\{\{|\}\}|\{(?<name>[\p{L}_][\p{L}\p{N}_ ()\-.#/&'%+]*)\}")]
    private static partial Regex Placeholder();
}
