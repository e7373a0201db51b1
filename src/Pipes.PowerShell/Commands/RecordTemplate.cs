using System.Management.Automation;
using System.Text.RegularExpressions;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// <c>{Property}</c> templates filled from a piped record, as Send-PipesMail's subject and body and
/// Search-Google's -QueryTemplate use them: <c>{{</c> and <c>}}</c> stand for braces, and a name the
/// record does not have is <c>Pipes.UnknownPlaceholder</c>, so no "Dear {FirstNam}" goes out.
/// <c>{FirstName|Company|Sir or Madam}</c> takes the first of its properties with a value, and its last
/// part as text when the record has no property of that name: an owner that is a company or trust has
/// no FirstName, and "Dear ," would go out.
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
            var alternatives = match.Groups["alternative"].Captures;
            var value = "";
            for (var i = 0; i <= alternatives.Count; i++)
            {
                var name = i == 0 ? match.Groups["name"].Value : alternatives[i - 1].Value;
                var last = i == alternatives.Count;
                var property = name.Length == 0 ? null : record?.Properties[name];
                if (property is null && i > 0 && last)
                {
                    value = name; // the last part, when no property: the text to use
                    break;
                }
                value = (property ?? throw Unknown(match.Value, name, nothingDone)).Value?.ToString() ?? "";
                if (!string.IsNullOrWhiteSpace(value)) break; // blank: the next part
            }
            return encode is null ? value : encode(value);
        });
    }

    private static PipesException Unknown(string placeholder, string name, string nothingDone) =>
        new(ErrorIds.UnknownPlaceholder, PipesErrorKind.InvalidInput,
            $"The template names {placeholder}, but the record has no property '{name}'. {nothingDone}",
            "Fix the placeholder, or pipe records that have that property. Only the last part of {A|B|text} may be text.", name);

    // A name as a file's header writes it ("Net Acres (NRI)", "Lead-Tag", "Rég. Date"): a letter first, then
    // letters, digits, spaces and the punctuation of headers. No ':', ';', '"' or '=', so that CSS or JSON
    // in an HTML body ("{color: red}") stays text.
    // After '|', an alternative: another name, or (last) the text to use, which may also hold ',', '!' and '?'.
    [GeneratedRegex(@"\{\{|\}\}|\{(?<name>[\p{L}_][\p{L}\p{N}_ ()\-.#/&'%+]*)(?:\|(?<alternative>[\p{L}\p{N}_ ()\-.#/&'%+,!?]*))*\}")]
    private static partial Regex Placeholder();
}
