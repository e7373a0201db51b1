using System.Management.Automation;
using Pipes.Import;
using Pipes.Import.Normalization;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>Imports contacts from CSV or XLSX files, one normalised record per data row, as it reads.</summary>
[Cmdlet(VerbsData.Import, "PipesFile", DefaultParameterSetName = PathSet)]
[OutputType(typeof(ContactRecord))]
public sealed class ImportPipesFileCommand : ContactFileCmdlet
{
    private ImportOptions? _options;

    // One for the whole command: a contact in two of the files read is a duplicate too.
    private ContactKeys? _seen;

    // The file whose records came first, and its unmapped columns: Export-Csv writes only the first record's columns.
    private (string Name, HashSet<string> Columns)? _first;

    /// <summary>Drops rows whose email or phone an earlier row already had, in the same file or in one read before it by the same command.</summary>
    [Parameter]
    public SwitchParameter Unique { get; set; }

    /// <summary>How a full name without a comma is written: FirstLast ("John A Smith", the default) or LastFirst ("SMITH JOHN A", as county tax rolls and appraisal districts write it).</summary>
    // A string, not Core's NameOrder: a parameter's type is resolved when the module is imported, before
    // Pipes.Core (in the module's private load context) can be.
    [Parameter]
    [ValidateSet(nameof(Pipes.Import.Normalization.NameOrder.FirstLast), nameof(Pipes.Import.Normalization.NameOrder.LastFirst), IgnoreCase = true)]
    public string NameOrder { get; set; } = nameof(Pipes.Import.Normalization.NameOrder.FirstLast);

    protected override void BeginProcessing()
    {
        _options = Options(Unique, Enum.Parse<NameOrder>(NameOrder, ignoreCase: true));
        _seen = new ContactKeys();
    }

    protected override void ProcessRecord()
    {
        foreach (var path in ResolvePaths())
            foreach (var (worksheet, name, pattern) in WorksheetsOf(path))
                ImportFile(path, _options! with { Worksheet = worksheet, ReadListSheets = !pattern }, name);
    }

    /// <param name="name">The file as its messages name it: its file name, with the worksheet when a -Worksheet pattern reads several.</param>
    private void ImportFile(string path, ImportOptions options, string name)
    {
        var summary = new ImportSummary();
        // Read, normalised and written on this thread, one record at a time (see Pump for why not on a worker).
        var fraction = 0.0;
        // Warnings known before a record (an option that cannot apply, the sheet read, the mapping) are written
        // before it: a pipeline that stops early (Select-Object -First 5) never reaches the summary at the end.
        var warned = 0;
        var before = Stamp(path);
        var read = ForFile(path, () => Pump(ContactImporter.Import(path, options, summary, _seen!, f => fraction = f, CancellationToken), item =>
        {
            for (; warned < summary.Warnings.Count; warned++) WriteWarning(summary.Warnings[warned]);
            if (item.Error is not null) WriteError(item.Error, path);
            else WriteObject(Written(item.Record!));
        }, "Import-PipesFile", _ => ($"{name}: {summary.Records:N0} records", fraction)),
            () => $"{summary.Records:N0} records from {summary.DataRows:N0} data rows; {summary.Format}; {summary.RowErrors:N0} row errors");
        if (read) ReportSummary(name, summary, warned);
        // A file copied in or written by another program while it was read gave records of two versions, or a cut-off last row, and
        // nothing was said (a trial: overwritten 1.5 s into a read, 15,588 records and a last contact 'Pers').
        if (read && before is { } was && Stamp(path) is { } now && now != was)
            WriteWarning($"{name} changed while it was read (its size {was.Length:N0} -> {now.Length:N0} bytes, last written {now.Written.ToLocalTime():HH:mm:ss}): it was being copied or written, "
                + "so its records may mix two versions of it or miss its end. Import it again once it is complete.");
        if (read && summary.Records > 0) NoteColumnsNotInFirstFile(name, summary.Columns!.ExtraColumnNames);
    }

    /// <summary>A file's size and last write time (UTC), or null when it cannot be read (a FIFO, gone).</summary>
    private static (long Length, DateTime Written)? Stamp(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? (file.Length, file.LastWriteTimeUtc) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>
    /// Warns when a later file of the command has unmapped columns the first file's records lack:
    /// Export-Csv (and Format-Table) take their columns from the first object, and would drop these.
    /// </summary>
    private void NoteColumnsNotInFirstFile(string name, IReadOnlyList<string> columns)
    {
        if (_first is not { } first)
        {
            _first = (name, columns.ToHashSet(StringComparer.OrdinalIgnoreCase));
            return;
        }
        var added = columns.Where(c => !first.Columns.Contains(c)).ToList();
        if (added.Count == 0) return;
        WriteWarning($"{name} has column(s) {string.Join(", ", added.Take(5).Select(c => $"'{c}'"))}{(added.Count > 5 ? $" and {added.Count - 5} more" : "")} that {first.Name}, read first, has not: "
            + "its records carry them, but Export-Csv writes only the first record's columns. To keep every column, export each file on its own, or select every property name (help Import-PipesFile -Examples).");
    }

    /// <summary>
    /// The record as written: its unmapped columns are its own properties (a type made for them,
    /// ExtraColumnTypes), or, on a plain record (a row longer than its header, a file past
    /// ExtraColumnTypes.MaxColumns, a process past MaxTypes), note properties added here.
    /// </summary>
    private static object Written(ContactRecord record)
    {
        if (record.GetType() != typeof(ContactRecord) || !record.HasExtraColumns()) return record;
        var columns = record.EnumerateExtraColumns().ToList();
        var names = ExtraColumnNames.AsProperties(columns.ConvertAll(c => c.Name));
        var wrapped = PSObject.AsPSObject(record);
        for (var i = 0; i < names.Length; i++) wrapped.Properties.Add(new PSNoteProperty(names[i], columns[i].Value));
        return wrapped;
    }

    /// <summary>Writes the file's warnings: those of <see cref="ImportSummary.Warnings"/> from <paramref name="warned"/> on (the earlier ones went out before the first record), then the counts.</summary>
    private void ReportSummary(string name, ImportSummary summary, int warned)
    {
        // First: an empty sheet's warnings say which sheet was read and which hidden ones were skipped.
        foreach (var warning in summary.Warnings.Skip(warned)) WriteWarning(warning);
        if (summary.NoRows)
        {
            WriteWarning($"{name} is empty: no header and no data rows.");
            return;
        }
        if (summary.HeaderOnly) WriteWarning($"{name} has a header but no data rows.");
        if (summary.UncomputedFormulaWarning(name) is { } uncomputed) WriteWarning(uncomputed);
        if (summary.UnusablePhoneRows.Count > 0)
            WriteWarning($"{name}: {summary.UnusablePhoneRows.Count:N0} row(s) have a phone number that could not be read or is not one to dial, a fax or one marked so beside it ({Rows(summary.UnusablePhoneRows)}); the text is kept in PhoneRaw and Issues says why (Phone holds another column's number where the row had one).");
        if (summary.DoNotCallRows.Count > 0)
            WriteWarning($"{name}: {summary.DoNotCallRows.Count:N0} row(s) have a number marked do not call, by the row or by an earlier row of this import ({Rows(summary.DoNotCallRows)}); those numbers are in PhoneRaw, not Phone, so Invoke-PipesDial does not dial them, and Issues says why.");
        if (summary.DoNotEmailRows.Count > 0)
            WriteWarning($"{name}: {summary.DoNotEmailRows.Count:N0} row(s) have an address marked not to be written to ({Rows(summary.DoNotEmailRows)}); it is in WithheldEmails, not Email, so Send-PipesMail does not write to it, and Issues says why.");
        if (summary.WithheldAfterGiven > 0)
            WriteWarning($"{name}: {summary.WithheldAfterGiven:N0} row(s) mark an address not to be written to that an earlier row of this import gave as its Email ({Rows(summary.WithheldAfterGivenRows, summary.WithheldAfterGiven)}): "
                + "that earlier record was already written with it. Before sending, drop the records whose Email is in another record's WithheldEmails, or import the opt-out list first.");
        if (summary.DoNotCallAfterGiven > 0)
            WriteWarning($"{name}: {summary.DoNotCallAfterGiven:N0} row(s) mark a number do not call that an earlier row of this import gave as its Phone ({Rows(summary.DoNotCallAfterGivenRows, summary.DoNotCallAfterGiven)}): "
                + "that earlier record was already written with it. Before dialling, drop the records with that Phone (Issues names it), or import the do-not-call list first.");
        if (summary.UnlistedAreaCodeRows.Count > 0)
            WriteWarning($"{name}: {summary.UnlistedAreaCodeRows.Count:N0} row(s) have a phone whose area code the bundled numbering data does not list ({Rows(summary.UnlistedAreaCodeRows)}); the numbers are kept and Issues says so.");
        if (summary.RepairedRows.Count > 0)
            WriteWarning($"{name}: {summary.RepairedRows.Count:N0} row(s) needed a repair to read (a stray or unclosed quote read as a character, a line not in the file's encoding, or a last line cut off) ({Rows(summary.RepairedRows)}); Issues says what, with the line.");
        if (summary.FooterLines > 0)
            WriteWarning($"{name}: {summary.FooterLines:N0} line(s) are a report's footer or totals, not contacts ({Rows(summary.FooterRows, summary.FooterLines)}: '{summary.FirstFooterLine}'); they were not imported.");
        if (summary.RepeatedHeaders > 0)
            WriteWarning($"{name}: {summary.RepeatedHeaders:N0} row(s) repeat the header ({Rows(summary.RepeatedHeaderRows, summary.RepeatedHeaders)}), as exports pasted together or a report's pages have it; they were not imported.");
        if (summary.GroupRows > 0)
            WriteWarning($"{name}: {summary.GroupRows:N0} row(s) are a grouped report's group rows, a value of '{summary.GroupColumn}' on a row of its own ({Rows(summary.GroupRowNumbers, summary.GroupRows)}): they were not imported, and the rows of each group were given its value.");
        if (summary.TableTotalsContactRows.Count > 0)
            WriteWarning($"{name}: {summary.TableTotalsContactRows.Count:N0} row(s) lie in a table's totals row by the workbook's table part but hold a contact ({Rows(summary.TableTotalsContactRows)}); they were imported, and Issues says so: the table's range may end a row short.");
        if (summary.HiddenRows > 0)
            WriteWarning($"{name}: {summary.HiddenRows:N0} row(s) are hidden in the workbook, by hand or by a filter ({Rows(summary.HiddenRowNumbers, summary.HiddenRows)}); they were imported, and Issues says so on each. To leave them out: Where-Object Issues -NotLike '*hidden in the workbook*'.");
        if (summary.FormulaRows > 0)
            WriteWarning($"{name}: {summary.FormulaRows:N0} row(s) have a cell a spreadsheet would run as a formula ({Rows(summary.FormulaRowNumbers, summary.FormulaRows)}): kept as they are, and Issues names the cell; "
                + "before saving with Export-Csv for Excel, look at them (help about_Pipes, SAVING OUTPUT).");
        if (summary.InvalidEmailRows.Count > 0)
            WriteWarning($"{name}: {summary.InvalidEmailRows.Count:N0} row(s) have an email address that is not valid ({Rows(summary.InvalidEmailRows)}); see Issues.");
        if (summary.LastFirstNameRows.Count > 0) // written First Last, a name rarely ends in a lone initial
            WriteWarning($"{name}: {summary.LastFirstNameRows.Count:N0} name(s) end in a lone initial ({string.Join(", ", summary.LastFirstNameExamples.Select(n => $"'{n}'"))}; {Rows(summary.LastFirstNameRows)}), as county records write LAST FIRST MIDDLE, but were read first name first (FirstName '{summary.LastFirstNameExamples[0].Split(' ')[0]}'). If the file writes names so, -NameOrder LastFirst reads them as written.");
        if (summary.NoZipRows.Count > 0)
            WriteWarning($"{name}: {summary.NoZipRows.Count:N0} row(s) have a PostalCode with no digit, no US ZIP code ({Rows(summary.NoZipRows)}): their cells may have moved into the wrong columns; see Issues.");
        if (summary.RowsPastHeader > 0)
            WriteWarning($"{name}: {summary.RowsPastHeader:N0} row(s) have more cells than the header ({Rows(summary.RowsPastHeaderRows, summary.RowsPastHeader)}); the extra cells are kept as Column properties on those records only (Export-Csv writes the first record's columns) and Issues says so.");
        if (summary.Duplicates > 0)
            WriteWarning(summary.DuplicatesDropped > 0
                ? $"{name}: dropped {summary.DuplicatesDropped:N0} duplicate row(s) (same email or phone as an earlier row of this import, and no other name) ({Rows(summary.DuplicateRows, summary.Duplicates)})."
                : $"{name}: {summary.Duplicates:N0} duplicate row(s) (same email or phone as an earlier row of this import, and no other name) ({Rows(summary.DuplicateRows, summary.Duplicates)}); -Unique drops "
                    + (summary.DuplicatesBringingNewContact == 0 ? "them." : $"those that bring nothing new ({summary.DuplicatesBringingNewContact:N0} {(summary.DuplicatesBringingNewContact == 1 ? "brings" : "bring")} an email or phone no earlier row had, and {(summary.DuplicatesBringingNewContact == 1 ? "is" : "are")} kept)."));
        if (summary.DuplicatesKeptForOptOut > 0)
            WriteWarning($"{name}: kept {summary.DuplicatesKeptForOptOut:N0} duplicate row(s) ({Rows(summary.DuplicatesKeptForOptOutRows, summary.DuplicatesKeptForOptOut)}) that -Unique would drop: "
                + "each is the first row of this import to mark an address not to be written to, or a number do not call, which would be lost with it; its WithheldEmails or PhoneRaw and Issues say which.");
        if (summary.DuplicatesKeptForNewContact > 0)
            WriteWarning($"{name}: kept {summary.DuplicatesKeptForNewContact:N0} duplicate row(s) ({Rows(summary.DuplicatesKeptForNewContactRows, summary.DuplicatesKeptForNewContact)}) that -Unique would drop: "
                + "each brings an email or phone no earlier row of this import had (a new address beside a number read before), which would be lost with it; Issues says which.");
        if (summary.SharedContactRows > 0 && Unique)
            WriteWarning($"{name}: kept {summary.SharedContactRows:N0} row(s) that share an email or phone with an earlier row of another name (a household's phone, an office's address): "
                + "each is another contact, not a duplicate; Issues says which it shares.");
        var columns = summary.Columns;
        WriteVerbose($"{name}: {summary.Records:N0} records from {summary.DataRows:N0} data rows; {summary.Format}; header on row {columns?.HeaderLine}"
            + (columns?.Preset is { } preset ? $"; preset {preset}" : "")
            + (columns is { RowsSkippedAboveHeader: > 0 } ? $"; {columns.RowsSkippedAboveHeader} title row(s) above it skipped" : "")
            + (summary.RowErrors > 0 ? $"; {summary.RowErrors} row(s) could not be parsed" : "") + ".");
    }

    private static string Rows(List<long> rows) => Rows(rows, rows.Count);

    /// <summary>"row 3, 7, 9, 12, 15 and 1,234 more": the first rows kept, out of <paramref name="total"/>.</summary>
    private static string Rows(List<long> rows, long total) =>
        "row " + string.Join(", ", rows.Take(ImportSummary.RowsKeptForMessages)) + (total > ImportSummary.RowsKeptForMessages ? $" and {total - ImportSummary.RowsKeptForMessages:N0} more" : "");
}
