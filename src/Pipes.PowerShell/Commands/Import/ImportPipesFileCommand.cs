using System.Management.Automation;
using Pipes.Import;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>Imports contacts from CSV or XLSX files, one normalised record per data row, as it reads.</summary>
[Cmdlet(VerbsData.Import, "PipesFile", DefaultParameterSetName = PathSet)]
[OutputType(typeof(ContactRecord))]
public sealed class ImportPipesFileCommand : ContactFileCmdlet
{
    private ImportOptions? _options;

    /// <summary>Drops rows whose email or phone an earlier row of the same file already had.</summary>
    [Parameter]
    public SwitchParameter Unique { get; set; }

    protected override void BeginProcessing() => _options = Options(Unique);

    protected override void ProcessRecord()
    {
        foreach (var path in ResolvePaths()) ImportFile(path);
    }

    private void ImportFile(string path)
    {
        var summary = new ImportSummary();
        var name = System.IO.Path.GetFileName(path);
        // Read, normalised and written on this thread, one record at a time (see Pump for why not on a worker).
        var fraction = 0.0;
        var read = ForFile(path, () => Pump(ContactImporter.Import(path, _options!, summary, f => fraction = f, CancellationToken), item =>
        {
            if (item.Error is not null) WriteError(item.Error, path);
            else WriteObject(ToPSObject(item.Record!));
        }, "Import-PipesFile", _ => ($"{name}: {summary.Records:N0} records", fraction)));
        if (read) ReportSummary(name, summary);
    }

    /// <summary>The record, with each unmapped source column added as a property so that Export-Csv keeps it.</summary>
    private static object ToPSObject(ContactRecord record)
    {
        // Wrapping costs microseconds per record: only records with extra columns need it.
        if (!record.HasExtraColumns) return record;
        var wrapped = PSObject.AsPSObject(record);
        foreach (var (name, value) in record.EnumerateExtraColumns())
        {
            var header = wrapped.Properties[name] is null ? name : name + " (source)";
            wrapped.Properties.Add(new PSNoteProperty(header, value));
        }
        return wrapped;
    }

    private void ReportSummary(string name, ImportSummary summary)
    {
        if (summary.NoRows)
        {
            WriteWarning($"{name} is empty: no header and no data rows.");
            return;
        }
        foreach (var warning in summary.Warnings) WriteWarning(warning);
        if (summary.HeaderOnly) WriteWarning($"{name} has a header but no data rows.");
        if (summary.UnusablePhoneRows.Count > 0)
            WriteWarning($"{name}: {summary.UnusablePhoneRows.Count:N0} row(s) have a phone number that could not be read ({Rows(summary.UnusablePhoneRows)}); Phone is empty there, the text is kept in PhoneRaw and Issues says why.");
        if (summary.UnlistedAreaCodeRows.Count > 0)
            WriteWarning($"{name}: {summary.UnlistedAreaCodeRows.Count:N0} row(s) have a phone whose area code the bundled numbering data does not list ({Rows(summary.UnlistedAreaCodeRows)}); the numbers are kept and Issues says so.");
        if (summary.RepairedRows.Count > 0)
            WriteWarning($"{name}: {summary.RepairedRows.Count:N0} row(s) needed a repair to read (a stray or unclosed quote read as a character, or a line not in the file's encoding) ({Rows(summary.RepairedRows)}); Issues says what, with the line.");
        if (summary.InvalidEmailRows.Count > 0)
            WriteWarning($"{name}: {summary.InvalidEmailRows.Count:N0} row(s) have an email address that is not valid ({Rows(summary.InvalidEmailRows)}); see Issues.");
        if (summary.Duplicates > 0)
            WriteWarning(summary.DuplicatesDropped > 0
                ? $"{name}: dropped {summary.DuplicatesDropped:N0} duplicate row(s) (same email or phone as an earlier row)."
                : $"{name}: {summary.Duplicates:N0} duplicate row(s) (same email or phone as an earlier row); -Unique drops them.");
        var columns = summary.Columns;
        WriteVerbose($"{name}: {summary.Records:N0} records from {summary.DataRows:N0} data rows; {summary.Format}; header on row {columns?.HeaderLine}"
            + (columns?.Preset is { } preset ? $"; preset {preset}" : "")
            + (columns is { RowsSkippedAboveHeader: > 0 } ? $"; {columns.RowsSkippedAboveHeader} title row(s) above it skipped" : "")
            + (summary.RowErrors > 0 ? $"; {summary.RowErrors} row(s) could not be parsed" : "") + ".");
    }

    private static string Rows(List<long> rows) =>
        "row " + string.Join(", ", rows.Take(5)) + (rows.Count > 5 ? $" and {rows.Count - 5:N0} more" : "");
}
