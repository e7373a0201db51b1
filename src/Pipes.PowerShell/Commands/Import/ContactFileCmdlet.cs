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

    /// <summary>The worksheet of an XLSX workbook: a name or a 1-based number.</summary>
    [Parameter]
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
