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
            ForFile(path, () =>
            {
                var preview = ContactImporter.Preview(path, options, SampleSize, CancellationToken);
                foreach (var warning in preview.Warnings) WriteWarning(warning);
                if (preview.Message is { } message) WriteWarning($"{System.IO.Path.GetFileName(path)}: {message}");
                WriteObject(preview);
            });
        }
    }
}
