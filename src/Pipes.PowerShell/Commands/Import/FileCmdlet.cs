using System.Collections;
using System.Management.Automation;
using System.Text;
using Pipes.Import;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>What the import cmdlets share: -Path/-LiteralPath resolution and the reading options.</summary>
public abstract class FileCmdlet : PipesCmdlet
{
    private protected const string PathSet = "Path";
    private protected const string LiteralPathSet = "LiteralPath";

    /// <summary>Files to read; wildcards allowed.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    public string[] Path { get; set; } = [];

    /// <summary>Files to read, taken literally.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    public string[] LiteralPath { get; set; } = [];

    /// <summary>A known export format: its columns map by themselves.</summary>
    [Parameter]
    [ValidateSet("phoneburner", "aapl", IgnoreCase = true)]
    public string? Preset { get; set; }

    /// <summary>Source column → record field, overriding the detected mapping.</summary>
    [Parameter]
    public IDictionary? Mapping { get; set; }

    /// <summary>The text encoding, when detection should be overridden.</summary>
    [Parameter]
    [EncodingTransformation]
    [ArgumentCompleter(typeof(EncodingNameCompleter))]
    public Encoding? Encoding { get; set; }

    /// <summary>The field delimiter, when sniffing should be overridden.</summary>
    [Parameter]
    public char? Delimiter { get; set; }

    /// <summary>The worksheet of an XLSX workbook: a name or a 1-based number.</summary>
    [Parameter]
    public string? Worksheet { get; set; }

    private protected ImportOptions Options(bool unique = false)
    {
        if (Delimiter is '\r' or '\n' or '"')
            ThrowTerminatingError(new InvalidInputError("Import", "Read", $"'{Delimiter}' cannot be a delimiter: line breaks and quotes have their own meaning in CSV.", Delimiter, "Pipes.InvalidDelimiter"));
        return new ImportOptions
        {
            Preset = Preset,
            Mapping = ReadMapping(),
            Encoding = Encoding,
            Delimiter = Delimiter,
            Worksheet = Worksheet,
            Unique = unique,
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
                    $"The mapping target '{field}' (for column '{column}') is not a field. Fields: {string.Join(", ", ContactFields.Targets)}.", field, "Pipes.UnknownMappingTarget"));
            mapping[column] = field;
        }
        return mapping;
    }

    /// <summary>The file-system paths named by -Path or -LiteralPath; a path that names nothing is a non-terminating error.</summary>
    private protected IEnumerable<string> ResolvePaths()
    {
        var literal = ParameterSetName == LiteralPathSet;
        foreach (var path in literal ? LiteralPath : Path)
        {
            List<string> resolved;
            try
            {
                ProviderInfo provider;
                resolved = literal
                    ? [SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _)]
                    : [.. SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider)];
                if (provider.Name != "FileSystem")
                {
                    WriteError(new PipesException("Pipes.NotAFile", PipesErrorKind.InvalidInput, $"'{path}' is not a file-system path.", null, path));
                    continue;
                }
            }
            catch (ItemNotFoundException)
            {
                resolved = [];
            }
            var files = resolved.Where(File.Exists).ToList();
            if (files.Count == 0)
            {
                var error = new ErrorRecord(new FileNotFoundException($"Cannot find the file '{path}'.", path), "Pipes.FileNotFound", ErrorCategory.ObjectNotFound, path);
                WriteError(error);
                continue;
            }
            foreach (var file in files) yield return file;
        }
    }
}
