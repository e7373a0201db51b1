using System.Management.Automation;
using System.Text.RegularExpressions;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// <c>{Property}</c> templates filled from a piped record, as Send-PipesMail's subject and body and
/// Search-Google's -QueryTemplate use them: <c>{{</c> and <c>}}</c> stand for braces, and a name the
/// record does not have is <c>Pipes.UnknownPlaceholder</c>, so no "Dear {FirstNam}" goes out.
/// <c>{FirstName|Company|"Sir or Madam"}</c> takes the first of its properties with a value, else the quoted
/// text: an owner that is a company or trust has no FirstName, and "Dear ," would go out. Only quoted text
/// is text, so a misspelt name is still an error rather than a word sent to every owner.
/// </summary>
internal static partial class RecordTemplate
{
    /// <param name="template">The text with placeholders.</param>
    /// <param name="record">The piped record (null when nothing was piped).</param>
    /// <param name="encode">Applied to each value (HTML-encoding for an HTML body), or null.</param>
    /// <param name="nothingDone">What the error says was not done for the record ("Nothing was sent for it.").</param>
    /// <param name="emptyNeedsText">
    /// A placeholder whose properties are all empty, with no quoted text after them, is <c>Pipes.InvalidInput</c>: a
    /// mail or a meeting would go out as "Dear ," or "Call with ". <c>{Nickname|""}</c> says that empty is meant.
    /// </param>
    /// <param name="which">The record as errors name it ("row 7 of leads.csv (Jo Smith)"), or null.</param>
    public static string Fill(string template, PSObject? record, Func<string, string>? encode, string nothingDone, bool emptyNeedsText = false, string? which = null)
    {
        if (!template.Contains('{')) return template;
        return Placeholder().Replace(template, match =>
        {
            if (match.Value == "{{") return "{";
            if (match.Value == "}}") return "}";
            var alternatives = match.Groups["alternative"].Captures;
            var value = "";
            for (var i = 0; i <= alternatives.Count && string.IsNullOrWhiteSpace(value); i++)
            {
                var name = (i == 0 ? match.Groups["name"].Value : alternatives[i - 1].Value).Trim();
                var property = record is null ? throw NoRecord(match.Value, nothingDone) : record.Properties[name] ?? throw Unknown(match.Value, name, nothingDone, which);
                value = property.Value?.ToString() ?? ""; // blank: the next part
            }
            if (string.IsNullOrWhiteSpace(value) && match.Groups["text"].Success) value = match.Groups["text"].Value;
            else if (string.IsNullOrWhiteSpace(value) && emptyNeedsText) throw Empty(match.Value, nothingDone, which);
            return encode is null ? value : encode(value);
        });
    }

    private static string Named(string? which, string text) => which is null ? text : $"{which}: {char.ToLowerInvariant(text[0])}{text[1..]}";

    private static PipesException Empty(string placeholder, string nothingDone, string? which) =>
        new(ErrorIds.InvalidInput, PipesErrorKind.InvalidInput,
            Named(which, $"The template's {placeholder} is empty for this record, so the text would have a gap where it stands (as a greeting \"Dear {{FirstName}},\" would read \"Dear ,\"). {nothingDone}"),
            "Give text to use instead in quotes ({FirstName|\"Sir or Madam\"}; {Nickname|\"\"} when nothing is meant), or filter such records out first (Where-Object FirstName).",
            placeholder);

    private static PipesException NoRecord(string placeholder, string nothingDone) =>
        new(ErrorIds.UnknownPlaceholder, PipesErrorKind.InvalidInput,
            $"The template names {placeholder}, but no record was piped in to fill it from. {nothingDone}",
            "Pipe the records whose properties fill the template (Import-PipesFile leads.csv | ...), or write the text without braces ({{ and }} give literal braces).", placeholder);

    private static PipesException Unknown(string placeholder, string name, string nothingDone, string? which) =>
        new(ErrorIds.UnknownPlaceholder, PipesErrorKind.InvalidInput,
            Named(which, $"The template names {placeholder}, but the record has no property '{name}' (each name in it must be one of the record's, so that a misspelt one is not passed over). {nothingDone}"),
            "Fix the placeholder, or pipe records that have that property. Text to use instead is quoted: {FirstName|\"Sir or Madam\"}.", name);

    // A name as a file's header writes it ("Net Acres (NRI)", "Lead-Tag", "Rég. Date"): a letter first, then
    // letters, digits, spaces and the punctuation of headers. No ':', ';', '"' or '=', so that CSS or JSON
    // in an HTML body ("{color: red}") stays text.
    // After '|', another name, spaces around it allowed; last, "quoted text" to use when no name has a value.
    [GeneratedRegex(@"\{\{|\}\}|\{(?<name>[\p{L}_][\p{L}\p{N}_ ()\-.#/&'%+]*)(?:\|\s*(?<alternative>[\p{L}_][\p{L}\p{N}_ ()\-.#/&'%+]*))*(?:\|\s*""(?<text>[^""{}\r\n]*)""\s*)?\}")]
    private static partial Regex Placeholder();
}
