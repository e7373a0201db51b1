using System.Collections.Specialized;
using System.Text;
using Pipes.Integrations;

namespace Pipes.Import;

/// <summary>How to read and map a file; everything is detected when left unset.</summary>
public sealed record ImportOptions
{
    public string? Preset { get; init; }

    /// <summary>Source column → record field; a field of "" or "-" keeps the column as it is.</summary>
    public IReadOnlyDictionary<string, string>? Mapping { get; init; }

    public Encoding? Encoding { get; init; }

    public char? Delimiter { get; init; }

    /// <summary>A worksheet name or 1-based number (XLSX only).</summary>
    public string? Worksheet { get; init; }

    /// <summary>Drop rows whose email or phone an earlier row already had.</summary>
    public bool Unique { get; init; }

    /// <summary>How a full name without a comma is written: "SMITH JOHN A" is John A Smith under LastFirst (county records).</summary>
    public Normalization.NameOrder NameOrder { get; init; }

    /// <summary>Past any of these the file fails with Pipes.FileTooLarge.</summary>
    public ImportLimits Limits { get; init; } = ImportLimits.Default;

    /// <summary>The header's line (delimited text) or row (XLSX) number, 1-based, instead of searching for it.</summary>
    public long? HeaderRow { get; init; }

    /// <summary>
    /// Delimited text: read a quote that does not close on its line as a character when the next line reads as a
    /// record (a contact list's Notes cell). Off for files whose fields span many lines (email bodies). See
    /// <see cref="CsvRecordReader.RepairStrayQuotes"/>.
    /// </summary>
    public bool RepairStrayQuotes { get; init; } = true;

    /// <summary>
    /// XLSX: read the sheet's mailto: hyperlinks, which a contact's cells may hide an address behind ("Email John"); it
    /// costs a second read of a sheet that has them. Off for files whose cells are read as they are (email exports).
    /// </summary>
    public bool ReadMailtoLinks { get; init; } = true;

    /// <summary>
    /// XLSX: before the contacts' sheet, read the workbook's sheets that list people not to contact ("Do Not Call", "Opt Out":
    /// <see cref="ImportFile.IsOptOutList"/>) for their numbers and addresses, which no contact row then gives. Off when the caller
    /// reads those sheets itself, first (Import-PipesFile -Worksheet with a pattern).
    /// </summary>
    public bool ReadListSheets { get; init; } = true;
}

/// <summary>What an import did, for the summary warnings.</summary>
public sealed class ImportSummary
{
    public string Format { get; set; } = "";
    public long DataRows { get; set; }
    public long Records { get; set; }
    public long RowErrors { get; set; }
    public List<long> UnusablePhoneRows { get; } = [];
    public List<long> InvalidEmailRows { get; } = [];
    /// <summary>US rows whose PostalCode has no digit ("TX"): most often a row whose cells moved left.</summary>
    public List<long> NoZipRows { get; } = [];
    /// <summary>
    /// Rows whose whole name, read First Last (the default -NameOrder), ends in a lone initial ("SMITH JOHN A", "SMITH
    /// JOHN A &amp; MARY B"), as county records write LAST FIRST MIDDLE; with the first few such names.
    /// </summary>
    public List<long> LastFirstNameRows { get; } = [];
    public List<string> LastFirstNameExamples { get; } = [];
    /// <summary>Rows whose phone was kept with an area code the bundled numbering data does not list.</summary>
    public List<long> UnlistedAreaCodeRows { get; } = [];
    /// <summary>Rows whose "Do Not Call" column says yes: their numbers are in PhoneRaw, not Phone.</summary>
    public List<long> DoNotCallRows { get; } = [];
    /// <summary>Rows with an address marked not to be written to ("(do not email)", an opt-out column, an earlier row's mark): the address is in WithheldEmails, not Email.</summary>
    public List<long> DoNotEmailRows { get; } = [];
    public long Duplicates { get; set; }
    /// <summary>The first few duplicate rows' numbers (at most <see cref="RowsKeptForMessages"/>); <see cref="Duplicates"/> counts them all.</summary>
    public List<long> DuplicateRows { get; } = [];
    /// <summary>Rows with non-empty cells past the header's last column (kept as Column11 ... on that record only).</summary>
    public long RowsPastHeader { get; set; }
    /// <summary>The first few of them (at most <see cref="RowsKeptForMessages"/>).</summary>
    public List<long> RowsPastHeaderRows { get; } = [];
    /// <summary>How many row numbers a list kept only for messages holds.</summary>
    public const int RowsKeptForMessages = 5;
    public long DuplicatesDropped { get; set; }
    /// <summary>Rows that withhold an address an earlier row of the import gave as its Email (whose record is already written with it).</summary>
    public long WithheldAfterGiven { get; set; }
    /// <summary>The first few of them (at most <see cref="RowsKeptForMessages"/>).</summary>
    public List<long> WithheldAfterGivenRows { get; } = [];
    /// <summary>Rows whose Do Not Call column marks a number an earlier row of the import gave as its Phone (whose record is already written).</summary>
    public long DoNotCallAfterGiven { get; set; }
    /// <summary>The first few of them (at most <see cref="RowsKeptForMessages"/>).</summary>
    public List<long> DoNotCallAfterGivenRows { get; } = [];
    /// <summary>Rows that share an email or phone with an earlier row of another name (a household, an office): kept, not duplicates.</summary>
    public long SharedContactRows { get; set; }
    /// <summary>Duplicates -Unique kept since they are the first rows to withhold an address (WithheldEmails): dropping them would lose the opt-out.</summary>
    public long DuplicatesKeptForOptOut { get; set; }
    /// <summary>The first <see cref="RowsKeptForMessages"/> of them.</summary>
    public List<long> DuplicatesKeptForOptOutRows { get; } = [];
    /// <summary>Duplicates -Unique kept since they bring an email or phone no earlier row had (an owner's new address beside the number read before): dropping them would lose it.</summary>
    public long DuplicatesKeptForNewContact { get; set; }
    /// <summary>The first <see cref="RowsKeptForMessages"/> of them.</summary>
    public List<long> DuplicatesKeptForNewContactRows { get; } = [];
    /// <summary>Of <see cref="Duplicates"/> (without -Unique), those that bring an email or phone no earlier row had: -Unique would keep them.</summary>
    public long DuplicatesBringingNewContact { get; set; }
    public bool NoRows { get; set; }
    public bool HeaderOnly { get; set; }
    public ColumnMap? Columns { get; set; }
    /// <summary>Rows whose reading needed a repair (a stray or unclosed quote, a line not in the file's encoding); Issues says what.</summary>
    public List<long> RepairedRows { get; } = [];
    /// <summary>Lines of a report's footer below the table ("Copyright (c) ...", "Generated By: ...") and totals rows (a table's Total Row, "Grand Total" and sums), not imported.</summary>
    public long FooterLines { get; set; }
    /// <summary>The first few of them (at most <see cref="RowsKeptForMessages"/>), and the first one's text.</summary>
    public List<long> FooterRows { get; } = [];
    public string? FirstFooterLine { get; set; }
    /// <summary>Rows that repeat the header (files pasted together, a report's header on every page), not imported (<see cref="RepeatedHeader"/>).</summary>
    public long RepeatedHeaders { get; set; }
    /// <summary>The first few of them (at most <see cref="RowsKeptForMessages"/>).</summary>
    public List<long> RepeatedHeaderRows { get; } = [];
    /// <summary>A grouped report's group rows ("Acme Oil &amp; Gas (2)"), not imported: their value fills their column on the group's rows (<see cref="ReportGroups"/>).</summary>
    public long GroupRows { get; set; }
    /// <summary>The first few of them (at most <see cref="RowsKeptForMessages"/>).</summary>
    public List<long> GroupRowNumbers { get; } = [];
    /// <summary>The column the first group row filled ("Account Name").</summary>
    public string? GroupColumn { get; set; }
    /// <summary>XLSX rows a table's part puts in its totals row that hold a contact, imported (<see cref="SourceRow.InTableTotalsWithAContact"/>); the first few.</summary>
    public List<long> TableTotalsContactRows { get; } = [];
    /// <summary>XLSX rows hidden in the workbook (by hand or by a filter), imported all the same; Issues says so on each.</summary>
    public long HiddenRows { get; set; }
    /// <summary>The first few of them (at most <see cref="RowsKeptForMessages"/>).</summary>
    public List<long> HiddenRowNumbers { get; } = [];

    /// <summary>Rows with a cell a spreadsheet would run as a formula (<see cref="RowStep.FormulaLike"/>), and the first of them.</summary>
    public long FormulaRows { get; set; }
    public List<long> FormulaRowNumbers { get; } = [];
    /// <summary>
    /// XLSX: cells that are formulas whose value the file does not hold (<see cref="SourceRow.UncomputedColumns"/>), counted by
    /// column name in file order, on data rows (blank rows too: a row of nothing but such formulas yields no record).
    /// </summary>
    public List<(string Column, long Cells)> UncomputedFormulaCells { get; } = [];
    /// <summary>Data rows that gave no record because every cell was empty or such a formula.</summary>
    public long UncomputedOnlyRows { get; set; }

    /// <summary>The one warning about <see cref="UncomputedFormulaCells"/> for file <paramref name="name"/>; null when there are none.</summary>
    public string? UncomputedFormulaWarning(string name)
    {
        if (UncomputedFormulaCells.Count == 0) return null;
        var cells = UncomputedFormulaCells.Sum(c => c.Cells);
        return $"{name}: {cells:N0} formula cell(s) hold no computed value ({string.Join(", ", UncomputedFormulaCells.Select(c => $"'{c.Column}' {c.Cells:N0}"))})"
            + (UncomputedOnlyRows > 0 ? $"; {UncomputedOnlyRows:N0} row(s) held nothing else and gave no record" : "")
            + ": the program that wrote the workbook did not compute them (or asked for them to be recomputed on opening), so Excel would show a value Pipes cannot know. "
            + "They were read as empty, and Issues names them on each row; a do-not-call, opt-out, status or deceased column's is read as a yes (its row's numbers or addresses are withheld), on the safe side. "
            + "To read the values: open the file in Excel or LibreOffice and save it, or export it to CSV, and import that.";
    }

    /// <summary>What the user should hear about the file as a whole: the sheet read, a preset or option that does not apply, a header without contact columns.</summary>
    public List<string> Warnings { get; } = [];
}

/// <summary>A record, or a row that could not be read (with its line).</summary>
public readonly record struct ImportItem(ContactRecord? Record, PipesException? Error);

/// <summary>
/// The seed's parse_file, detect_preset and apply_mapping: reads CSV or XLSX as a stream, finds the
/// header, maps columns, and normalises names, phones and emails row by row, yielding each record
/// as soon as its row is read.
/// </summary>
public static class ContactImporter
{
    private const int RowsBufferedForHeader = ColumnMap.RowsSearchedForHeaderFar;

    /// <summary>The records of a file, each yielded as soon as its row is read.</summary>
    /// <remarks>The token is checked inside the readers' loops; cancelling throws OperationCanceledException.</remarks>
    /// <exception cref="PipesException">The file cannot be read, or breaks part way (see <see cref="ImportFile"/>); records already yielded stand.</exception>
    public static IEnumerable<ImportItem> Import(string path, ImportOptions options, ImportSummary summary, Action<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        Import(path, options, summary, new ContactKeys(), progress, cancellationToken);

    /// <summary>The records of a file, duplicates judged against <paramref name="seen"/>: the emails and phones of rows read before, in this file or in others read with the same keys.</summary>
    /// <remarks>The token is checked inside the readers' loops; cancelling throws OperationCanceledException.</remarks>
    /// <exception cref="PipesException">The file cannot be read, or breaks part way (see <see cref="ImportFile"/>); records already yielded stand.</exception>
    public static IEnumerable<ImportItem> Import(string path, ImportOptions options, ImportSummary summary, ContactKeys seen, Action<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        using var source = ImportFile.Open(path, options, cancellationToken);
        using var rows = ImportFile.Rows(source, path).GetEnumerator();
        var head = new List<SourceRow>();
        var skippedAbove = 0;
        // NULs in the first rows are removed before the header is looked for; their rows' counts wait for their records.
        Dictionary<SourceRow, int>? headNuls = null;
        // A file that breaks while the header is still being looked for keeps the records of the rows read before the break.
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? broke = null;
        while (head.Count < RowsBufferedForHeader && broke is null)
        {
            try
            {
                if (!rows.MoveNext()) break;
            }
            catch (PipesException failure)
            {
                broke = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure);
                break;
            }
            // Rows above a header named by -HeaderRow are not kept: it may be far down.
            if (options.HeaderRow is { } headerRow && rows.Current.Line < headerRow)
            {
                skippedAbove++;
                continue;
            }
            head.Add(rows.Current);
            if (ImportFile.RemoveNuls(rows.Current) is > 0 and var removed) (headNuls ??= new(ReferenceEqualityComparer.Instance))[rows.Current] = removed;
        }
        summary.Format = source.Description;
        summary.Warnings.AddRange(OptionWarnings(source, options, path));
        summary.Warnings.AddRange(source.Warnings);
        if (OtherEncodingWarning(source, options, head, path) is { } otherEncoding) summary.Warnings.Add(otherEncoding);
        if (head.Count == 0 && (options.HeaderRow is null || skippedAbove == 0))
        {
            broke?.Throw();
            summary.NoRows = true;
            yield break;
        }
        var map = ColumnMap.Build(head, path, options.Preset, options.Mapping, options.HeaderRow, skippedAbove);
        summary.Columns = map;
        summary.Warnings.AddRange(map.Warnings);
        var headerIndex = head.FindIndex(r => r.Line == map.HeaderLine && r.Error is null);
        // Whether the sheet was chosen or named (a review: -Worksheet Owners dialled the people the "Do Not Call" tab lists), unless it is a list itself.
        if (ListSheets(source, options) is var (chosen, lists)) ReadListedSheets(path, options, chosen, lists, summary, seen, cancellationToken);
        // The reader is past the rows looked at for the header: while they are handed out, their share of it is shown.
        var headFraction = source.Progress;
        var at = 0;
        var step = new RowStep(new RecordBuilder(map, path, options.NameOrder, delimited: source.Delimiter is not null), path, (source as XlsxSource)?.SheetName, options.Unique, seen, summary, headNuls,
            progress is null ? null : () => progress(at < head.Count ? headFraction * (at + 1) / head.Count : source.Progress));
        // -HeaderRow reads the whole file by the one header it names.
        var tables = new StackedTables(map, path, options.Preset, options.Mapping) { Off = options.HeaderRow is not null };
        SourceRow? held = null; // a row of one cell, held until the next says whether it titles a table stacked below (StackedTables)
        SourceRow? previous = null; // the row before this one, taken or held
        // A title over the file's own header naming a list ("DO NOT CALL" over "Name, Phone"; a review): the table's rows are that list.
        if (headerIndex > 0 && head.Take(headerIndex).LastOrDefault(r => !r.IsBlank && r.Error is null) is { } titleAbove && StackedTables.OneTextCell(titleAbove))
            step.ListBy(StackedTables.TitleText(titleAbove), path, summary);
        var droppedHeaders = new Queue<long>(); // the lines of headers repeated (dropped), to know a title above one
        var groups = new ReportGroups(() => tables.Current, summary);
        var types = new TypeGroups(() => tables.Current, summary);
        foreach (var row in types.Rows(groups.Rows(new ReportFooter(map, summary).TableRows(RepeatedHeader.Dropped(DataRows(), () => tables.Current, summary, droppedHeaders.Enqueue)))))
        {
            var titledRepeat = false;
            var repeatedBefore = false;
            while (droppedHeaders.TryPeek(out var dropped) && dropped < row.Line)
            {
                var line = droppedHeaders.Dequeue();
                titledRepeat |= line > (held?.Line ?? long.MaxValue);
                repeatedBefore = true;
            }
            // A one-cell row right over a repeated header that reads as no title ("New Leads", "Calls to make") still starts another
            // table: the list a title named before it ends there (a review: its rows were withheld as the Do Not Call table's).
            if (repeatedBefore && !titledRepeat && previous is { } untitled && StackedTables.OneTextCell(untitled) && !StackedTables.IsPageTitle(untitled))
                step.ListBy(null, path, summary);
            previous = row;
            if (tables.StartsAnother(row, summary, held))
            {
                // The new table's title may say it lists people not to contact ("DO NOT CALL" over "Name, Phone"): its rows are marked so.
                step.ListBy(held is null ? null : StackedTables.TitleText(held), path, summary);
                held = null;
                step.ReadBy(new RecordBuilder(tables.Current, path, options.NameOrder, delimited: source.Delimiter is not null));
                continue;
            }
            if (titledRepeat && held is not null)
            {
                // A title over the header repeated (a trial: "DO NOT CALL" over "Name, Phone" under a contact list): no contact, and its
                // rows are the list it names, if it names one.
                summary.Warnings.Add($"{Path.GetFileName(path)}: row {held.Line} ('{StackedTables.TitleText(held)}') titles the rows below the header repeated after it: it is no contact.");
                // A page's title ("Page 2 of 2") goes on with the table above it, a list's marks too (a review: they ended there).
                if (!StackedTables.IsPageTitle(held)) step.ListBy(StackedTables.TitleText(held), path, summary);
                held = null;
            }
            if (held is not null && step.Take(held) is { } before) yield return before;
            held = null;
            if (StackedTables.MayBeTitle(row)) held = row;
            else if (step.Take(row) is { } item) yield return item;
        }
        if (held is not null && step.Take(held) is { } last) yield return last;
        broke?.Throw();
        progress?.Invoke(source.Progress); // the bar's last line shows the end (a last line without a record, the reader's end)
        summary.HeaderOnly = summary.DataRows == 0 && summary.RowErrors == 0;

        // The rows below the header: those read while it was looked for, then the rest of the file.
        IEnumerable<SourceRow> DataRows()
        {
            for (; at < head.Count; at++)
                if (at > headerIndex) yield return head[at];
            if (broke is null)
                while (rows.MoveNext())
                    yield return rows.Current;
        }
    }

    /// <summary>
    /// A workbook read for its contacts sheet whose other sheets are lists of numbers not to call or addresses not to
    /// write to (<see cref="RecordBuilder.SheetOptOut"/>: "Do Not Call", "Opt Out", "Unsubscribed"): each is read first, its numbers and
    /// addresses marked in <paramref name="seen"/> so that no contact row gives them (a trial: a workbook's "Do Not Call" tab was never
    /// read, and its people were dialled), and a warning says so. Its own rows are no contacts here: -Worksheet reads them.
    /// </summary>
    private static void ReadListedSheets(string path, ImportOptions options, string chosen, List<string> lists, ImportSummary summary, ContactKeys seen, CancellationToken cancellationToken)
    {
        foreach (var name in lists)
        {
            var file = Path.GetFileName(path);
            var listSummary = new ImportSummary();
            List<ContactRecord> records;
            try
            {
                records = Import(path, options with { Worksheet = name, Unique = false }, listSummary, new ContactKeys(), null, cancellationToken)
                    .Where(item => item.Record is not null).Select(item => item.Record!).ToList();
            }
            catch (PipesException failure)
            {
                summary.Warnings.Add($"{file}: its '{name}' sheet looks like a list of numbers not to call or addresses not to write to, but could not be read "
                    + $"({failure.Message.TrimEnd('.')}): nothing on it is withheld from the rows of '{chosen}'.");
                continue;
            }
            var numbers = records.SelectMany(r => r.DoNotCallNumbers ?? []).Distinct().ToList();
            var addresses = records.SelectMany(r => r.WithheldEmails?.Split("; ") ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (listSummary.RowErrors > 0)
                summary.Warnings.Add($"{file}: {listSummary.RowErrors:N0} row(s) of its '{name}' sheet could not be read; -Worksheet '{name}' shows which.");
            if (numbers.Count == 0 && addresses.Count == 0)
            {
                // A review: a "DNC" sheet whose one column is headed "Number" was said to be applied, and nothing was withheld.
                summary.Warnings.Add($"{file}: its '{name}' sheet looks like a list of people not to contact, but no phone number or email address could be read "
                    + $"from it (no column of it reads as a phone or an email): nothing on it is withheld from the rows of '{chosen}'. Look at it with -Worksheet '{name}'.");
                continue;
            }
            seen.MarkListed(numbers, addresses, $"the '{name}' sheet of {file}");
            summary.Warnings.Add($"{file}: its '{name}' sheet was read first as a list of {numbers.Count:N0} number(s) not to call and {addresses.Count:N0} address(es) "
                + $"not to write to: rows of '{chosen}' that give them have them withheld, Issues saying so. -Worksheet '{name}' reads that sheet's rows.");
        }
    }

    /// <summary>
    /// The sheet read and the workbook's other sheets that list people not to contact (<see cref="RecordBuilder.SheetOptOut"/>), which
    /// the import reads first (<see cref="ReadListedSheets"/>) and the preview names; null for a text file, a sheet that is a list itself,
    /// a caller that reads the lists itself (<see cref="ImportOptions.ReadListSheets"/>), or a workbook with no list.
    /// </summary>
    private static (string Chosen, List<string> Lists)? ListSheets(ITabularSource source, ImportOptions options)
    {
        if (source is not XlsxSource { SheetName: { } chosen } workbook || !options.ReadListSheets || RecordBuilder.SheetOptOut(chosen) != ListedOptOut.None) return null;
        var lists = workbook.SheetNames.Where(name => name != chosen && RecordBuilder.SheetOptOut(name) != ListedOptOut.None).ToList();
        return lists.Count == 0 ? null : (chosen, lists);
    }

    /// <summary>
    /// A file read as Windows-1252 (its bytes are no UTF-8) whose first rows hold a symbol inside a word ("PE¥A", "MU¥OZ", "Pe–a",
    /// "ŽR“c"): the marks another encoding's letters make when read as Windows-1252 (DOS's 850 Ñ is ¥, Mac Roman's ñ is –, Shift-JIS
    /// gives “ and ‘ between letters). A trial: a county's DOS roll, a Mac Roman list with LF line ends and a Shift-JIS file were read
    /// so without a word. The warning names the values and the -Encoding to try; null when no value looks so, or the file was read
    /// otherwise (another encoding found, or named by -Encoding).
    /// </summary>
    internal static string? OtherEncodingWarning(ITabularSource source, ImportOptions options, List<SourceRow> head, string path)
    {
        if (options.Encoding is not null || source.EncodingName != "windows-1252") return null;
        var seen = new List<string>();
        foreach (var row in head)
            foreach (var cell in row.Cells)
                if (cell is string text && SymbolInsideAWord(text) && seen.Count < 3 && !seen.Contains(text)) seen.Add(text.Length > 30 ? text[..30] + "..." : text);
        return seen.Count == 0 ? null
            : $"{Path.GetFileName(path)} was read as Windows-1252 (it is no UTF-8), but {string.Join(", ", seen.Select(v => $"'{v}'"))} hold{(seen.Count == 1 ? "s" : "")} a symbol "
                + "inside a word, as another encoding's letters read so do: the file is most likely in another encoding. -Encoding names it: 850 or 437 (DOS: county rolls, "
                + "older exports), 10000 (Mac Roman), 932 (Shift-JIS), 1250 (Central European).";
    }

    /// <summary>Whether a letter, a symbol of Windows-1252's upper half, and a letter stand together ("E¥A", "e–a", "R“c").</summary>
    private static bool SymbolInsideAWord(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
            if (text[i] > '\u007F' && OtherEncodingMarks.Contains(text[i]) && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])) return true;
        return false;
    }

    // Windows-1252's symbols and punctuation of its upper half, but the apostrophe (O’Brien, don’t), which stands inside words.
    private const string OtherEncodingMarks = "‚ƒ„…†‡ˆ‰‹›‘“”•–—˜™¡¢£¤¥¦§¨©«¬®¯°±²³´¶¸¹»¼½¾¿×÷";

    /// <summary>Options given that cannot apply to this file: said, not silently ignored.</summary>
    private static IEnumerable<string> OptionWarnings(ITabularSource source, ImportOptions options, string path)
    {
        var file = Path.GetFileName(path);
        if (source is XlsxSource)
        {
            if (options.Delimiter is not null) yield return $"{file} is an XLSX workbook: -Delimiter applies only to delimited text and was ignored.";
            if (options.Encoding is not null) yield return $"{file} is an XLSX workbook: -Encoding applies only to delimited text and was ignored.";
        }
        else
        {
            if (options.Worksheet is not null) yield return $"{file} is delimited text, not an XLSX workbook: -Worksheet '{options.Worksheet}' was ignored.";
            if (source is CsvSource text && text.MarkOverrodeWarning(path, options.Encoding) is { } marked) yield return marked;
        }
    }

    /// <summary>The seed's parse_file + detect_preset: headers, the first rows as read, and the suggested mapping.</summary>
    /// <exception cref="PipesException">The file cannot be read (see <see cref="ImportFile"/>).</exception>
    public static ImportPreview Preview(string path, ImportOptions options, int sampleRows = 5, CancellationToken cancellationToken = default)
    {
        using var source = ImportFile.Open(path, options, cancellationToken);
        var skippedAbove = 0;
        var rows = new List<SourceRow>();
        var unreadable = new List<string>();
        foreach (var row in ImportFile.Rows(source, path))
        {
            // One row past the samples: whether the file has data rows at all, even with -SampleSize 0.
            if (row.Error is not null) unreadable.Add($"{Path.GetFileName(path)}: {row.Error} Import-PipesFile reports it as Pipes.RowParseError.");
            else if (options.HeaderRow is { } headerRow && row.Line < headerRow) skippedAbove++;
            else if (rows.Count < RowsBufferedForHeader + sampleRows + 1) rows.Add(row);
            else break;
        }
        foreach (var row in rows) ImportFile.RemoveNuls(row);
        // A row read only after a repair (a stray quote taken as a character) is noted as Import-PipesFile notes it in Issues.
        var repaired = rows.Where(r => r.Notes is not null).Select(r => $"{Path.GetFileName(path)}: row {r.Line} needed a repair to read: {string.Join(" ", r.Notes!).TrimEnd('.')}. Import-PipesFile says so in its Issues.");
        var warnings = OptionWarnings(source, options, path).Concat(source.Warnings).Concat(unreadable).Concat(repaired).ToList();
        // What the import would say of the encoding and do with the workbook's list sheets, said here too (a trial: the preview showed
        // "windows-1252" for a DOS file, and nothing of a "Do Not Call" tab).
        if (OtherEncodingWarning(source, options, rows, path) is { } otherEncoding) warnings.Add(otherEncoding);
        if (ListSheets(source, options) is var (chosen, lists))
            warnings.AddRange(lists.Select(name => $"{Path.GetFileName(path)}: its '{name}' sheet lists people not to contact: Import-PipesFile reads it first, and withholds its numbers and addresses from the rows of '{chosen}'."));
        if (rows.Count == 0 && (options.HeaderRow is null || skippedAbove == 0))
            return new ImportPreview(path, source.Description, source.EncodingName, source.Delimiter, 0, 0, [], [], null,
                new Dictionary<string, string>(), [], ContactFields.Targets, "The file is empty: no header and no data rows.") { Warnings = warnings };
        var map = ColumnMap.Build(rows, path, options.Preset, options.Mapping, options.HeaderRow, skippedAbove);
        warnings.AddRange(map.Warnings);
        var headerIndex = rows.FindIndex(r => r.Line == map.HeaderLine);
        // A report's footer below a short table is no sample row, as it is no record (ReportFooter, as the import runs it).
        var footerSeen = new ImportSummary();
        var droppedHeaders = new HashSet<long>();
        var below = new TypeGroups(() => map, footerSeen).Rows(new ReportGroups(() => map, footerSeen).Rows(new ReportFooter(map, footerSeen).TableRows(
            RepeatedHeader.Dropped(rows.Skip(headerIndex + 1), () => map, footerSeen, line => droppedHeaders.Add(line))))).ToList();
        // A one-cell title right over a header repeated ("DO NOT CALL" over "Name, Phone") is no sample row, as the import takes it for
        // no contact; one naming a list marks the rows below it, which the import says (a review: the preview showed the title as a row).
        foreach (var title in below.Where(r => StackedTables.OneTextCell(r) && droppedHeaders.Contains(NextLine(r))).ToList())
        {
            below.Remove(title);
            var text = StackedTables.TitleText(title);
            warnings.Add($"{Path.GetFileName(path)}: row {title.Line} ('{text}') titles the rows below the header repeated after it: Import-PipesFile takes it for no contact"
                + (RecordBuilder.SheetOptOut(text) != ListedOptOut.None ? ", and withholds the numbers and addresses of the rows it titles, as a list of people not to contact." : "."));
        }
        long NextLine(SourceRow row) => rows.FirstOrDefault(r => r.Line > row.Line)?.Line ?? -1;
        if (footerSeen.FooterLines > 0)
            warnings.Add($"{Path.GetFileName(path)}: {footerSeen.FooterLines:N0} line(s) are a report's footer or totals, not contacts (from row {footerSeen.FooterRows[0]}: '{footerSeen.FirstFooterLine}'); Import-PipesFile does not import them.");
        if (footerSeen.RepeatedHeaders > 0)
            warnings.Add($"{Path.GetFileName(path)}: {footerSeen.RepeatedHeaders:N0} row(s) repeat the header (from row {footerSeen.RepeatedHeaderRows[0]}); Import-PipesFile does not import them.");
        if (footerSeen.GroupRows > 0)
            warnings.Add($"{Path.GetFileName(path)}: {footerSeen.GroupRows:N0} row(s) are a grouped report's group rows, a value of '{footerSeen.GroupColumn}' on a row of its own (from row {footerSeen.GroupRowNumbers[0]}); Import-PipesFile does not import them, and gives each one's value to the rows of its group.");
        // Another table below the first, under its own header: said as the import says it; the samples are the first table's.
        var tables = new StackedTables(map, path, options.Preset, options.Mapping) { Off = options.HeaderRow is not null };
        for (var i = 0; i < below.Count; i++)
        {
            var title = i > 0 && StackedTables.MayBeTitle(below[i - 1]) ? below[i - 1] : null;
            if (!tables.StartsAnother(below[i], footerSeen, title)) continue;
            warnings.AddRange(footerSeen.Warnings);
            below = below.Take(title is null ? i : i - 1).ToList();
        }
        var dataRows = below.Where(r => !r.IsBlank).ToList();
        var samples = dataRows.Take(sampleRows).Select(r =>
        {
            var sample = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < map.Headers.Count; i++) sample[map.Headers[i]] = i < r.Cells.Length ? r.Cells[i] : null;
            return sample;
        }).ToList();
        return new ImportPreview(path, source.Description, source.EncodingName, source.Delimiter, map.HeaderLine, map.RowsSkippedAboveHeader,
            map.Headers, samples, map.Preset, map.Mapping, map.UnmappedColumns, map.UnmappedFields,
            dataRows.Count == 0 ? "The file has a header but no data rows." : null) { Warnings = warnings };
    }
}

/// <summary>
/// One data row of an import: the record, its issues, the duplicate check and the summary's counts.
/// Kept out of the importer's iterator, which only finds the header and then hands each row here.
/// </summary>
internal sealed class RowStep(RecordBuilder first, string path, string? sheet, bool unique, ContactKeys seen, ImportSummary summary, Dictionary<SourceRow, int>? headNuls, Action? progress)
{
    // What the sheet's name says its rows are: numbers not to call, addresses not to write to ("Do Not Call", "Unsubscribed"), or none.
    private ListedOptOut _listed = sheet is null ? ListedOptOut.None : RecordBuilder.SheetOptOut(sheet);
    private string _listedBy = $"the '{sheet}' sheet lists it";

    /// <summary>
    /// The rows from here on are a table titled <paramref name="title"/> (null: none): when the title names a list of people not to
    /// contact ("DO NOT CALL", "Unsubscribed"), they are marked as a list sheet's rows are, and a warning says so; otherwise as the sheet's.
    /// </summary>
    public void ListBy(string? title, string path, ImportSummary summary)
    {
        var listed = title is null ? ListedOptOut.None : RecordBuilder.SheetOptOut(title);
        if (listed == ListedOptOut.None)
        {
            (_listed, _listedBy) = (sheet is null ? ListedOptOut.None : RecordBuilder.SheetOptOut(sheet), $"the '{sheet}' sheet lists it");
            return;
        }
        (_listed, _listedBy) = (listed, $"the '{title}' table of {Path.GetFileName(path)} lists it");
        summary.Warnings.Add($"{Path.GetFileName(path)}: the table titled '{title}' lists people not to contact: its rows' numbers and addresses are withheld, "
            + "from every row after it too, Issues saying so (give such a list first to withhold it from the rows above it as well).");
    }

    // The builder of the table the rows come from: another's once a table stacked below the first starts (StackedTables).
    private RecordBuilder builder = first;

    /// <summary>Builds the rows from here on with <paramref name="next"/>: those of another table, under its own header.</summary>
    public void ReadBy(RecordBuilder next) => builder = next;

    /// <summary>The issue on a record from a row a workbook's table part puts in its totals row, read as a contact (<see cref="SourceRow.InTableTotalsWithAContact"/>).</summary>
    internal const string TableTotalsContactIssue = "The workbook's table puts the row in its totals row, but it holds a contact (an email address or a phone number), so it was imported: the table's range may end a row short.";

    /// <summary>The issue on a record from a hidden XLSX row: the text a filter on Issues can match.</summary>
    internal const string HiddenRowIssue = "The row is hidden in the workbook (hidden, or filtered out in Excel).";

    /// <summary>The row's formula cells of no known value, counted by column name for the file's warning.</summary>
    private void CountUncomputed(SourceRow row, int[] columns)
    {
        foreach (var column in columns)
        {
            var name = builder.ColumnName(column);
            var at = summary.UncomputedFormulaCells.FindIndex(c => c.Column == name);
            if (at < 0) summary.UncomputedFormulaCells.Add((name, 1));
            else summary.UncomputedFormulaCells[at] = (name, summary.UncomputedFormulaCells[at].Cells + 1);
        }
        if (row.IsBlank) summary.UncomputedOnlyRows++;
    }

    /// <summary>
    /// The first cell a spreadsheet would run as a formula, shown cut to 40 characters: one starting with '=' (Excel's own ="0701" is
    /// read as its text before this), or with '+', '-' or '@' and holding a call, a DDE link or a sheet reference ('(', '|', '!'):
    /// "=HYPERLINK(...)", "+cmd|' /C calc'!A0", "@SUM(1+1)". Whitespace before it counts for nothing (Excel runs "\t=1+1" once the
    /// tab is trimmed, as the importer trims it). Not a phone number ("+1 713 ...") or a handle ("@bob"). Null when none.
    /// </summary>
    internal static (int Column, string Text, int More)? FormulaLike(SourceRow row)
    {
        (int Column, string Text, int More)? found = null;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (row.Cells[i] is not string cell || cell.Length < 2) continue;
            // Whitespace and marks no one sees before it count for nothing: the importer drops them, and Excel runs what is left (a trial:
            // a zero-width space before "=cmd|..." kept it unflagged, and the record's value was the live formula).
            var text = cell.AsSpan().TrimStart();
            while (text.Length > 0 && TextCleaning.Invisible.Contains(text[0])) text = text[1..].TrimStart();
            if (text.Length < 2 || text[0] is not ('=' or '+' or '-' or '@')) continue;
            if (text[0] != '=' && !CallsAfterTheSign(text)) continue;
            if (found is { } first) found = first with { More = first.More + 1 };
            else
            {
                var shown = text.Trim().ToString();
                found = (i, shown.Length > 40 ? shown[..40] + "..." : shown, 0);
            }
        }
        return found;
    }

    /// <summary>
    /// "+cmd|", "@SUM(", "-2+3+cmd|' /C calc'!A0": a name, after the sign and anything but a space, then a call, a DDE link or a sheet
    /// reference. Not a phone number ("+1 (405) 555-0101"), a note ("- called (no answer)", "-500 (credit)") or a handle ("@cyhall (twitter)"; a review).
    /// </summary>
    private static bool CallsAfterTheSign(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
        {
            if (!char.IsAsciiLetter(text[i]) || char.IsAsciiLetterOrDigit(text[i - 1])) continue;
            var j = i;
            while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '_')) j++;
            if (j < text.Length && text[j] is '(' or '|' or '!') return true;
            i = j - 1;
        }
        return false;
    }

    /// <summary>The row's item, or null when the row yields none (blank, or a duplicate dropped by -Unique).</summary>
    public ImportItem? Take(SourceRow row)
    {
        if (row.Error is not null)
        {
            summary.RowErrors++;
            return new ImportItem(null, new FileFormatError(path, $"{Path.GetFileName(path)}: {row.Error}", row.Line, ErrorIds.RowParseError));
        }
        var nuls = ImportFile.RemoveNuls(row);
        if (nuls == 0 && headNuls is not null) headNuls.TryGetValue(row, out nuls);
        if (row.UncomputedColumns is { } uncomputed) CountUncomputed(row, uncomputed);
        if (row.IsBlank) return null;
        summary.DataRows++;
        var record = builder.Build(row, summary);
        record.SourceSheet = sheet;
        // A row of a "Do Not Call" or "Opt Out" sheet: its numbers and addresses are marked, for the rows after it too.
        if (_listed != ListedOptOut.None) RecordBuilder.MarkListedRow(record, _listed, _listedBy, summary);
        if (nuls > 0) record.AddIssue($"{nuls} NUL character{(nuls == 1 ? "" : "s")} removed (the file is damaged or was saved with a wrong encoding).");
        if (row.Notes is { } notes)
        {
            foreach (var note in notes) record.AddIssue(note);
            summary.RepairedRows.Add(row.Line);
        }
        if (row.InTableTotalsWithAContact)
        {
            record.AddIssue(TableTotalsContactIssue);
            if (summary.TableTotalsContactRows.Count < ImportSummary.RowsKeptForMessages) summary.TableTotalsContactRows.Add(row.Line);
        }
        if (FormulaLike(row) is { } formula)
        {
            record.AddIssue($"'{builder.ColumnName(formula.Column)}' holds '{formula.Text}'{(formula.More > 0 ? $" (and {formula.More} more cell(s) of the row)" : "")}, which a spreadsheet runs as a formula: kept as it is, but saved with Export-Csv and opened in Excel it would be run.");
            if (summary.FormulaRows++ < ImportSummary.RowsKeptForMessages) summary.FormulaRowNumbers.Add(row.Line);
        }
        if (row.Hidden)
        {
            // Imported, as Excel's own CSV export keeps them too; but a sheet filtered to the rows wanted must not pass for the whole list silently.
            record.AddIssue(HiddenRowIssue);
            if (summary.HiddenRows++ < ImportSummary.RowsKeptForMessages) summary.HiddenRowNumbers.Add(row.Line);
        }
        // An address a row of this import withholds (opted out, unsubscribed) is written to from no later row: the opt-out wins.
        if (seen.WithheldEarlier(record) is { } withheldEarlier) RecordBuilder.Withdraw(record, withheldEarlier, "an earlier row of this import marks it not to be written to", summary);
        if (seen.Withhold(record, out var firstToWithhold) is { } givenBefore)
        {
            // The earlier row's record is already written: it can only be said.
            summary.WithheldAfterGiven++;
            if (summary.WithheldAfterGivenRows.Count < ImportSummary.RowsKeptForMessages) summary.WithheldAfterGivenRows.Add(row.Line);
            record.AddIssue($"An earlier row of this import gave {string.Join("; ", givenBefore)} as its Email; this row marks it not to be written to.");
        }
        // And none a list beside the rows marks (a workbook's "Do Not Call" sheet, read before its contacts).
        if (seen.ListedWithheld(record) is { } listedAddresses) RecordBuilder.Withdraw(record, listedAddresses, seen.Lists + " lists it", summary);
        if (seen.ListedDoNotCall(record) is { } listedNumbers) RecordBuilder.WithdrawPhones(record, listedNumbers, seen.Lists + " lists it", summary);
        // A number a row's Do Not Call column marks is dialled from no later row (a household's landline the owner asked not to be called on).
        if (seen.DoNotCallEarlier(record) is { } doNotCallEarlier) RecordBuilder.WithdrawPhones(record, doNotCallEarlier, "an earlier row of this import marks it do not call", summary);
        if (seen.NoteDoNotCall(record, out var firstToMarkDoNotCall) is { } calledBefore)
        {
            summary.DoNotCallAfterGiven++;
            if (summary.DoNotCallAfterGivenRows.Count < ImportSummary.RowsKeptForMessages) summary.DoNotCallAfterGivenRows.Add(row.Line);
            record.AddIssue($"An earlier row of this import gave {string.Join("; ", calledBefore)} as its Phone; this row marks it do not call.");
        }
        var seenBefore = seen.SeenBefore(record);
        if ((seenBefore & SeenField.Duplicate) is var same and not SeenField.None)
        {
            // A duplicate that is the import's first word that an address is not to be written to, or a number not to be called, is
            // kept: dropped, it would take the opt-out with it (the earlier row may hold the address as its Email, the number as its
            // Phone), and Import-PipesEmail the history it finds.
            // So is one that brings an email or phone no earlier row had (the owner's new address in a later export, read again
            // with the old number): dropped, it would take the new address with it, as the earlier record is already written.
            // (A duplicate has its email or its phone seen before, so it brings one of the two at most.)
            var brings = (seenBefore & SeenField.New) switch
            {
                SeenField.NewEmail => record.Email,
                SeenField.NewPhone => record.Phone,
                _ => null,
            };
            if (unique && (firstToWithhold || firstToMarkDoNotCall))
            {
                summary.DuplicatesKeptForOptOut++;
                if (summary.DuplicatesKeptForOptOutRows.Count < ImportSummary.RowsKeptForMessages) summary.DuplicatesKeptForOptOutRows.Add(row.Line);
            }
            else if (unique && brings is not null)
            {
                summary.DuplicatesKeptForNewContact++;
                if (summary.DuplicatesKeptForNewContactRows.Count < ImportSummary.RowsKeptForMessages) summary.DuplicatesKeptForNewContactRows.Add(row.Line);
            }
            else
            {
                summary.Duplicates++;
                if (summary.DuplicateRows.Count < ImportSummary.RowsKeptForMessages) summary.DuplicateRows.Add(row.Line);
                if (brings is not null) summary.DuplicatesBringingNewContact++;
                if (unique)
                {
                    summary.DuplicatesDropped++;
                    return null;
                }
            }
            // The value, not the earlier row's number: a filter on it finds both, and keeping a row number per key would double the keys' memory.
            record.AddIssue(same switch
            {
                SeenField.Email => $"Duplicate: an earlier row of this import has the same email ({record.Email}).",
                SeenField.Phone => $"Duplicate: an earlier row of this import has the same phone ({record.Phone}).",
                _ => $"Duplicate: earlier rows of this import have the same email ({record.Email}) and phone ({record.Phone}).",
            });
            if (unique)
                record.AddIssue(firstToWithhold
                    ? $"Kept with -Unique: the first row of this import to mark {record.WithheldEmails} not to be written to."
                    : firstToMarkDoNotCall
                    ? $"Kept with -Unique: the first row of this import to mark {string.Join("; ", record.DoNotCallNumbers!)} do not call."
                    : $"Kept with -Unique: it brings {brings}, which no earlier row of this import had.");
        }
        else if ((seenBefore & SeenField.Shared) != SeenField.None)
        {
            // A spouse on the family's landline, a colleague on the office's address: another contact, kept under -Unique, and said.
            record.AddIssue((seenBefore & SeenField.Shared) switch
            {
                SeenField.SharedEmail => $"Shares its email ({record.Email}) with an earlier row of another name: not taken for a duplicate.",
                SeenField.SharedPhone => $"Shares its phone ({record.Phone}) with an earlier row of another name: not taken for a duplicate.",
                _ => $"Shares its email ({record.Email}) and phone ({record.Phone}) with earlier rows of other names: not taken for a duplicate.",
            });
            summary.SharedContactRows++;
        }
        summary.Records++;
        // Every record: the fraction is arithmetic on counts (no system call), and behind a consumer that
        // takes 100 ms a record, every 64th left the bar 6 s behind.
        progress?.Invoke();
        return new ImportItem(record, null);
    }
}

/// <summary>What Get-PipesImportPreview shows: enough to build or check a mapping.</summary>
public sealed record ImportPreview(
    string Path,
    string Format,
    string Encoding,
    string? Delimiter,
    long HeaderRow,
    int RowsSkippedAboveHeader,
    IReadOnlyList<string> Headers,
    IReadOnlyList<OrderedDictionary> SampleRows,
    string? Preset,
    IReadOnlyDictionary<string, string> SuggestedMapping,
    IReadOnlyList<string> UnmappedColumns,
    IReadOnlyList<string> UnmappedFields,
    string? Message)
{
    /// <summary>What the import would warn about the file as a whole: the sheet read, an option or preset that does not apply, a header without contact columns.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
