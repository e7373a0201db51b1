using System.Collections;
using System.Management.Automation;
using System.Text;
using Pipes.Import;
using Pipes.Import.Normalization;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>What the contact-import cmdlets share: the reading and mapping options.</summary>
public abstract class ContactFileCmdlet : PathCmdlet
{
    /// <summary>A known export format: its columns map by themselves.</summary>
    [Parameter]
    [ValidateSet("phoneburner", "aapl", IgnoreCase = true)]
    public string? Preset { get; set; }

    /// <summary>Source column → record field, overriding the detected mapping: a hashtable, or a mapping file read by ConvertFrom-Json.</summary>
    [Parameter]
    [MappingTransformation]
    public IDictionary? Mapping { get; set; }

    /// <summary>The field delimiter, when sniffing should be overridden.</summary>
    [Parameter]
    [DelimiterTransformation]
    [ArgumentCompleter(typeof(DelimiterNameCompleter))]
    public char? Delimiter { get; set; }

    /// <summary>The worksheet of an XLSX workbook: a name or a 1-based number; or a wildcard pattern ("*", "County*") for each visible sheet it matches.</summary>
    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(WorksheetNameCompleter))]
    public string? Worksheet { get; set; }

    /// <summary>The header's line (text) or row (XLSX) number, for files whose header no search finds.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? HeaderRow { get; set; }

    private protected ImportOptions Options(bool unique = false, NameOrder nameOrder = NameOrder.FirstLast)
    {
        if (Delimiter is '\r' or '\n' or '"')
            ThrowTerminatingError(new InvalidInputError("Import", "Read", $"The delimiter cannot be {DelimiterTransformationAttribute.Describe(Delimiter.Value)}: line breaks and quotes have their own meaning in CSV.", Delimiter, ErrorIds.InvalidDelimiter));
        return new ImportOptions
        {
            Preset = Preset,
            Mapping = ReadMapping(),
            Encoding = Encoding,
            Delimiter = Delimiter,
            Worksheet = Worksheet,
            HeaderRow = HeaderRow,
            Unique = unique,
            NameOrder = nameOrder,
            Limits = FromSettings(ImportLimits.FromSettings),
        };
    }

    /// <summary>
    /// The worksheets to read of <paramref name="path"/>, each with the name its messages give the file ("owners.xlsx [Harris]"):
    /// -Worksheet as given (null: the import chooses), or, when it is a wildcard pattern that names no sheet as it is, each visible
    /// sheet it matches, in the workbook's order. Hidden sheets it matches are skipped with a warning (name one to read it); none
    /// matched is a non-terminating Pipes.WorksheetNotFound for the file. A file that is no workbook is read as given, and its
    /// import says that -Worksheet does not apply.
    /// </summary>
    /// <returns>Each sheet to read, the name its messages give the file, and whether a -Worksheet pattern chose it (the pattern reads list sheets first itself).</returns>
    private protected IEnumerable<(string? Worksheet, string Name, bool Pattern)> WorksheetsOf(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (Worksheet is null || !WildcardPattern.ContainsWildcardCharacters(Worksheet) || ImportFile.Worksheets(path) is not { Count: > 0 } sheets
            || sheets.Any(s => string.Equals(s.Name, Worksheet, StringComparison.OrdinalIgnoreCase)))
        {
            // 'Q`[1`]', escaped as PowerShell escapes a wildcard, is the sheet Q[1].
            yield return (Worksheet is not null && Worksheet.Contains('`') ? WildcardPattern.Unescape(Worksheet) : Worksheet, name, false);
            yield break;
        }
        var pattern = WildcardPattern.Get(Worksheet, WildcardOptions.IgnoreCase);
        var matched = sheets.Where(s => pattern.IsMatch(s.Name)).ToList();
        if (matched.Where(s => s.Hidden).Select(s => $"'{s.Name}'").ToList() is { Count: > 0 } hidden)
            WriteWarning($"{name}: hidden worksheet(s) {string.Join(", ", hidden)} match -Worksheet '{Worksheet}' and were not read; -Worksheet with a hidden sheet's name reads it.");
        if (matched.All(s => s.Hidden))
        {
            WriteError(new InvalidInputError("Import", "Read", $"'{name}' has no visible worksheet that matches '{Worksheet}'. Its worksheets: {string.Join(", ", sheets.Select(s => $"'{s.Name}'"))}.",
                path, ErrorIds.WorksheetNotFound), path);
            yield break;
        }
        // Lists of numbers not to call or addresses not to write to ("Do Not Call", "Opt Out") first: their marks then hold for the
        // contacts' sheets after them (a trial: the contacts' tab, read first, dialled the people the "Do Not Call" tab lists).
        foreach (var sheet in matched.Where(s => !s.Hidden).OrderBy(s => !ImportFile.IsOptOutList(s.Name)))
            yield return (sheet.Name, $"{name} [{sheet.Name}]", true);
    }

    private Dictionary<string, string>? ReadMapping()
    {
        if (Mapping is null) return null;
        var mapping = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Mapping)
        {
            var column = entry.Key?.ToString() ?? "";
            var field = (entry.Value is PSObject p ? p.BaseObject : entry.Value)?.ToString() ?? "";
            if (field.Length > 0 && field != "-" && ContactFields.FindTarget(field) is null)
                ThrowTerminatingError(new InvalidInputError("Import", "Map",
                    $"The mapping target '{field}' (for column '{column}') is not a field. Fields: {string.Join(", ", ContactFields.Targets)}.", field, ErrorIds.UnknownMappingTarget));
            mapping[column] = field;
        }
        return mapping;
    }

}
