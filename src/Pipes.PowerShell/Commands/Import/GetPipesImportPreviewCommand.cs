using System.Management.Automation;
using Pipes.Import;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>Shows how a file would be read and mapped: headers, first rows, preset, suggested mapping.</summary>
[Cmdlet(VerbsCommon.Get, "PipesImportPreview", DefaultParameterSetName = PathSet)]
[OutputType(typeof(ImportPreview))]
public sealed class GetPipesImportPreviewCommand : ContactFileCmdlet
{
    /// <summary>How many data rows to show.</summary>
    [Parameter]
    [ValidateRange(0, 1000)]
    public int SampleSize { get; set; } = 5;

    protected override void ProcessRecord()
    {
        var options = Options();
        foreach (var path in ResolvePaths())
        {
            foreach (var (worksheet, name, _) in WorksheetsOf(path))
            {
                ForFile(path, () =>
                {
                    var preview = ContactImporter.Preview(path, options with { Worksheet = worksheet }, SampleSize, CancellationToken);
                    foreach (var warning in preview.Warnings) WriteWarning(warning);
                    if (preview.Message is { } message) WriteWarning($"{name}: {message}");
                    WriteObject(WithSampleObjects(preview));
                });
            }
        }
    }

    /// <summary>
    /// The preview with its sample rows as objects (one property per column, in the file's order), which
    /// format as a table and export as CSV; Core's dictionaries would show as type names.
    /// </summary>
    private static PSObject WithSampleObjects(Pipes.Import.ImportPreview preview)
    {
        var wrapped = PSObject.AsPSObject(preview);
        var rows = preview.SampleRows.Select(row =>
        {
            var item = new PSObject();
            foreach (System.Collections.DictionaryEntry cell in row) item.Properties.Add(new PSNoteProperty(cell.Key.ToString()!, cell.Value));
            return item;
        }).ToArray();
        wrapped.Properties.Add(new PSNoteProperty(nameof(preview.SampleRows), rows));
        return wrapped;
    }
}
