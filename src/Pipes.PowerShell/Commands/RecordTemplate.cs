using System.Management.Automation;
using System.Text.RegularExpressions;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands;

/// <summary>{Property} templates filled from a piped record: Send-PipesMail's and New-PipesDraft's subject and body, New-PipesEvent's subject and body.</summary>
internal static partial class RecordTemplate
{
    /// <summary>
    /// Replaces {Property} with the record's value ({{ and }} stand for braces), HTML-encoded when
    /// <paramref name="html"/>. An unknown name is <c>Pipes.UnknownPlaceholder</c>, so no "Dear {FirstNam}" goes out.
    /// </summary>
    public static string Fill(string template, PSObject? record, bool html)
    {
        if (!template.Contains('{')) return template;
        return Placeholder().Replace(template, match =>
        {
            if (match.Value == "{{") return "{";
            if (match.Value == "}}") return "}";
            var name = match.Groups["name"].Value;
            var property = record?.Properties[name] ?? throw new PipesException(ErrorIds.UnknownPlaceholder, PipesErrorKind.InvalidInput,
                $"The template names {{{name}}}, but the record has no property '{name}'. Nothing was sent for it.",
                "Fix the placeholder, or pipe records that have that property.", name);
            var value = property.Value?.ToString() ?? "";
            return html ? System.Net.WebUtility.HtmlEncode(value) : value;
        });
    }

    [GeneratedRegex(@"\{\{|\}\}|\{(?<name>[A-Za-z_][A-Za-z0-9_ ]*)\}")]
    private static partial Regex Placeholder();
}
