using System.Collections.Concurrent;
using System.Diagnostics;
using System.Management.Automation;
using Pipes.Import;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>Imports contacts from CSV or XLSX files, one normalised record per data row, as it reads.</summary>
[Cmdlet(VerbsData.Import, "PipesFile", DefaultParameterSetName = PathSet)]
[OutputType(typeof(ContactRecord))]
public sealed class ImportPipesFileCommand : ContactFileCmdlet
{
    private static readonly TimeSpan ProgressDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);
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
        var clock = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;
        var progressShown = false;
        var progress = new ProgressRecord(1, "Import-PipesFile", "Reading " + name);
        var read = ForFile(path, () =>
        {
            try
            {
                var written = 0;
                foreach (var (item, fraction) in ReadAhead(path, summary))
                {
                    if (item.Error is not null) WriteError(item.Error, path);
                    else WriteObject(ToPSObject(item.Record!));
                    // The clock is read every 256 records: often enough for a progress bar, and not per record.
                    if ((++written & 255) != 0) continue;
                    if (clock.Elapsed < ProgressDelay || clock.Elapsed - lastProgress < ProgressInterval) continue;
                    lastProgress = clock.Elapsed;
                    progressShown = true;
                    progress.PercentComplete = (int)(fraction * 100);
                    progress.StatusDescription = $"{name}: {summary.Records:N0} records";
                    WriteProgress(progress);
                }
            }
            finally
            {
                if (progressShown)
                {
                    progress.RecordType = ProgressRecordType.Completed;
                    WriteProgress(progress);
                }
            }
        });
        if (read) ReportSummary(name, summary);
    }

    /// <summary>
    /// Reads and normalises on a worker thread, a bounded distance ahead of the pipeline thread,
    /// which alone writes to the pipeline: on two cores the file is parsed while PowerShell handles
    /// the records already made. Ctrl+C stops the worker; its exceptions surface here.
    /// </summary>
    private IEnumerable<(ImportItem Item, double Progress)> ReadAhead(string path, ImportSummary summary)
    {
        // Batches keep the hand-over cost per record small.
        const int batchSize = 512;
        using var queue = new BlockingCollection<(ImportItem[] Items, int Count, double Progress)>(boundedCapacity: 16);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken);
        var worker = Task.Run(() =>
        {
            try
            {
                var fraction = 0.0;
                var batch = new ImportItem[batchSize];
                var count = 0;
                foreach (var item in ContactImporter.Import(path, _options!, summary, f => fraction = f))
                {
                    batch[count++] = item;
                    // Errors go at once, so they appear beside the records around them.
                    if (count < batchSize && item.Error is null) continue;
                    queue.Add((batch, count, fraction), stop.Token);
                    batch = new ImportItem[batchSize];
                    count = 0;
                }
                if (count > 0) queue.Add((batch, count, fraction), stop.Token);
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, stop.Token);
        try
        {
            foreach (var (items, count, fraction) in queue.GetConsumingEnumerable(stop.Token))
                for (var i = 0; i < count; i++) yield return (items[i], fraction);
        }
        finally
        {
            // Stopped early (Ctrl+C, Select-Object -First): let the worker finish and release the file.
            stop.Cancel();
            try { worker.Wait(); }
            catch (AggregateException) { } // a failure is rethrown below; a cancellation needs nothing
        }
        if (worker.Exception?.InnerException is { } failure and not OperationCanceledException)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
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
