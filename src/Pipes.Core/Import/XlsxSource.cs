using System.Globalization;
using System.Xml;
using Pipes.Integrations;
using Pipes.Import.Normalization;

namespace Pipes.Import;

/// <summary>
/// Reads one worksheet of an XLSX workbook as a stream of rows: the sheet's XML is read with an
/// XmlReader, never loaded whole; only the shared-strings table and the styles are held. Cells come
/// out typed: text, whole numbers as longs (so a phone number stored as a number reads as the
/// digits a person sees), other numbers as doubles, dates (numbers in a date format) as DateTime,
/// booleans, elapsed times ([h]:mm:ss) and times of day as TimeSpan, and the cached values of
/// formulas; dates honour the workbook's 1900 or 1904 date system. ClosedXML was measured two
/// orders of magnitude too slow for reading (its whole-workbook model), hence this reader.
/// <para>
/// Workbooks from other writers (LibreOffice, Google Sheets, CRM exporters, openpyxl, .NET
/// libraries) are read as Excel reads them: parts found through their relationships (any folder,
/// absolute or relative targets, any letter case or path separator), any namespace prefix, the
/// strict-OOXML namespaces, rows and cells without <c>r</c> references, inline strings, no styles or
/// shared strings part. Hidden sheets are skipped unless asked for by name or number; of the others
/// the first whose header maps contact columns is read.
/// </para>
/// </summary>
internal sealed partial class XlsxSource : ITabularSource
{
    /// <summary>Rows of each sheet looked at when choosing the sheet (the header search's reach).</summary>
    private const int RowsSearchedForSheet = ColumnMap.RowsSearchedForHeaderFar;
    private readonly XlsxPackage _package;
    private readonly List<string> _warnings = [];
    private readonly string _path;
    private readonly List<string> _sharedStrings;
    private readonly List<XlsxStyles.CellStyle> _styles;
    private readonly IReadOnlyList<(string Name, string Part, bool Hidden)> _sheets;
    private readonly string? _requested;
    private readonly ImportLimits _limits;
    private readonly CancellationToken _cancellationToken;
    private long _rowsRead;
    private long _rowsExpected;

    public XlsxSource(string path, string? worksheet, ImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        _path = path;
        _requested = worksheet;
        _limits = limits ?? ImportLimits.Default;
        _cancellationToken = cancellationToken;
        FileStream? file = null;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
            _package = new XlsxPackage(file, _limits, cancellationToken);
            _sheets = _package.Sheets;
            _sharedStrings = XlsxStrings.ReadShared(_package, _limits);
            _styles = XlsxStyles.Read(_package);
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException or KeyNotFoundException or XlsxPartException)
        {
            file?.Dispose();
            throw FileSniffer.Unreadable(path, "it looks like an XLSX workbook but " + XlsxDamage.Describe(exception), exception);
        }
        catch
        {
            file?.Dispose(); // a limit or a cancellation: the file must not stay open
            throw;
        }
        if (_sheets.Count == 0)
        {
            // An OpenDocument file starts with its "mimetype" part: a LibreOffice .ods given an .xlsx name.
            var openDocument = IsOpenDocument(_package);
            var binary = _package.IsBinaryWorkbook;
            var others = _package.OtherSheets;
            _package.Dispose();
            throw FileSniffer.Unreadable(path, openDocument
                ? "it is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it from LibreOffice or Excel as .xlsx or .csv"
                : binary ? "it is an Excel Binary Workbook (.xlsb), which Pipes does not read; save it from Excel as .xlsx (File > Save As > Excel Workbook) or .csv"
                : others > 0 ? $"its {others} sheet(s) are charts or macro sheets, no worksheet of cells"
                : "it is a zip file but not an Excel workbook (no worksheets)");
        }
    }

    private static bool IsOpenDocument(XlsxPackage package)
    {
        using var mimetype = package.Open("mimetype");
        if (mimetype is null) return false;
        using var reader = new StreamReader(mimetype);
        return reader.ReadToEnd().Contains("opendocument", StringComparison.Ordinal);
    }

    // Email, Phone and a name: a sheet that maps all three cannot be beaten.
    private const int AllContactColumns = 3;

    public string Description => $"xlsx ({SheetName})";

    public string EncodingName => "xlsx";

    public string? Delimiter => null;

    public string SheetName { get; private set; } = "";

    /// <summary>See <see cref="ImportOptions.ReadMailtoLinks"/>.</summary>
    public bool ReadMailtoLinks { get; init; } = true;

    public double Progress => _rowsExpected > 0 ? Math.Min(1, (double)_rowsRead / _rowsExpected) : 0;

    /// <summary>The workbook's worksheets' names, in its order.</summary>
    public IEnumerable<string> SheetNames => _sheets.Select(s => s.Name);

    /// <summary>Which sheet was read, when the workbook has several and none was asked for.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    public IEnumerable<SourceRow> Rows()
    {
        var (name, part, _) = ChooseSheet();
        SheetName = name;
        foreach (var row in ReadSheet(part, withLinks: ReadMailtoLinks, totals: TableTotals(part))) yield return row;
    }

    public void Dispose() => _package.Dispose();

    private (string Name, string Part, bool Hidden) ChooseSheet()
    {
        if (_requested is null)
        {
            // Visible sheets only; of them the one whose header maps most of Email, Phone and a name (the first
            // of equals), else the first that holds any value: a cover page "Summary" of owners and acres
            // loses to the contacts behind it, with their phones and emails.
            var visible = _sheets.Where(s => !s.Hidden).ToList();
            if (visible.Count == 0) visible = [.. _sheets];
            // A list of people not to contact ("Do Not Call") is no contacts' sheet, however well its header maps (ContactImporter reads it as a list).
            var pool = visible.Where(s => RecordBuilder.SheetOptOut(s.Name) == ListedOptOut.None).ToList() is { Count: > 0 } contacts ? contacts : visible;
            (string Name, string Part, bool Hidden)? withValues = null;
            (string Name, string Part, bool Hidden)? chosen = null;
            string? mapped = null;
            var mappedCount = 0;
            // One sheet to choose from is the one to read: no need to look into it first.
            foreach (var sheet in pool.Count > 1 ? pool : [])
            {
                // Its header is all that is looked at: its links are read only if it is the sheet chosen.
                var head = SheetHead(sheet.Part);
                if (head.Count == 0) continue;
                withValues ??= sheet;
                if (ColumnMap.ContactColumnsOfBestHeader(head) is { Count: > 0 } fields && fields.Count > mappedCount)
                {
                    chosen = sheet;
                    mapped = string.Join(", ", fields);
                    mappedCount = fields.Count;
                    if (mappedCount == AllContactColumns) break;
                }
            }
            var result = chosen ?? withValues ?? pool[0];
            // No worksheet visible (a trial: the only visible tab a chart over its hidden data): the rows are of a sheet Excel hides.
            if (result.Hidden)
                _warnings.Add($"{Path.GetFileName(_path)}: read '{result.Name}', which is hidden in the workbook: no worksheet is visible"
                    + (_package.OtherSheets > 0 ? " (its visible tabs are charts or macro sheets)" : "") + ".");
            if (_sheets.Count > 1)
            {
                var hidden = _sheets.Where(s => s.Hidden).Select(s => $"'{s.Name}'").ToList();
                _warnings.Add($"{Path.GetFileName(_path)} has {_sheets.Count} worksheets ({string.Join(", ", _sheets.Select(s => $"'{s.Name}'"))}); read '{result.Name}'"
                    + (visible.Count == 1 ? ", the only visible one"
                        : pool.Count == 1 ? ", the only one that is no list of people not to contact"
                        : mapped is not null ? $", whose header maps {mapped}" : ", the first with values (no sheet has a header that maps Email, Phone or a name)")
                    + (hidden.Count > 0 ? $"; hidden sheet(s) skipped: {string.Join(", ", hidden)}" : "")
                    + ". -Worksheet reads another."
                    + BetterHiddenSheet(result, pool.Count > 1 ? mappedCount : -1)); // -1: the sheet read was not looked into
            }
            return result;
        }
        // A number is the tab's place as Excel shows the tabs, charts among them (a review: -Worksheet 2 read the third tab once a chart
        // tab was left out of the sheets); a chart's number reads nothing, and says so.
        var tabs = _package.Tabs;
        if (int.TryParse(_requested, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= tabs.Count
            && !_sheets.Any(s => s.Name == _requested))
            return tabs[number - 1].IsWorksheet && _sheets.FirstOrDefault(s => s.Name == tabs[number - 1].Name) is { Part: not null } numbered
                ? numbered
                : throw new Integrations.InvalidInputError("Import", "Read",
                    $"Tab {number} of '{Path.GetFileName(_path)}', '{tabs[number - 1].Name}', is a chart or macro sheet, not a worksheet. Its worksheets: {string.Join(", ", _sheets.Select(s => $"'{s.Name}'"))}.", _requested, ErrorIds.WorksheetNotFound);
        return _sheets.FirstOrDefault(s => string.Equals(s.Name, _requested, StringComparison.OrdinalIgnoreCase)) is { Part: not null } found
            ? found
            : throw new Integrations.InvalidInputError("Import", "Read",
                $"'{Path.GetFileName(_path)}' has no worksheet '{_requested}'. Its worksheets: {string.Join(", ", _sheets.Select(s => $"'{s.Name}'"))}.", _requested, ErrorIds.WorksheetNotFound);
    }

    /// <summary>
    /// A hidden sheet whose header maps more of Email, Phone and a name than the sheet read (<paramref name="mappedCount"/>; -1 when
    /// the read one was not looked into), as " Hidden sheet 'Owners' has a header that maps ...: -Worksheet 'Owners' reads it.", else
    /// "". A trial: the contacts sat in a hidden sheet behind a visible summary, and the warning named it only among those skipped.
    /// </summary>
    private string BetterHiddenSheet((string Name, string Part, bool Hidden) read, int mappedCount)
    {
        foreach (var sheet in _sheets.Where(s => s.Hidden && s.Part is not null && RecordBuilder.SheetOptOut(s.Name) == ListedOptOut.None))
        {
            if (MappedContactColumns(sheet.Part) is not { Count: > 0 } fields) continue;
            if (mappedCount < 0) mappedCount = MappedContactColumns(read.Part)?.Count ?? 0;
            if (fields.Count > mappedCount)
                return $" Hidden sheet '{sheet.Name}' has a header that maps {string.Join(", ", fields)}: -Worksheet '{sheet.Name}' reads it.";
        }
        return "";
    }

    /// <summary>The sheet's first rows that hold anything, where its header is looked for (<see cref="RowsSearchedForSheet"/>), without its links.</summary>
    private List<SourceRow> SheetHead(string part) => ReadSheet(part, withLinks: false).Where(r => !r.IsBlank).Take(RowsSearchedForSheet).ToList();

    /// <summary>Which of Email, Phone and a name the sheet's best header maps; null for a sheet that holds nothing.</summary>
    private IReadOnlyList<string>? MappedContactColumns(string part) => SheetHead(part) is { Count: > 0 } head ? ColumnMap.ContactColumnsOfBestHeader(head) : null;

    /// <summary>The sheet's XML, streamed; disposing the reader closes the part.</summary>
    private XmlReader OpenSheet(string part) =>
        _package.OpenXml(part, SheetXmlSettings()) ?? throw Missing(part);

    private Stream OpenPart(string part) => _package.Open(part) ?? throw Missing(part);

    private PipesException Missing(string part) => FileSniffer.Unreadable(_path, $"the workbook names {part} but does not contain it");

    private static XmlReaderSettings SheetXmlSettings() =>
        new() { IgnoreWhitespace = true, IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit, CloseInput = true };

    /// <summary>The sheet's rows; <paramref name="totals"/> (<see cref="TableTotals"/>) marks the rows that are a table's totals row.</summary>
    private IEnumerable<SourceRow> ReadSheet(string part, bool withLinks, List<CellRange>? totals = null)
    {
        using var xml = OpenSheet(part);
        _rowsRead = 0;
        _rowsExpected = 0; // another sheet, looked into when choosing, may have set it
        var sheetLinks = withLinks ? FindMailtoLinks(part) : null;
        var cells = new List<object?>(16);
        var links = new List<(int Column, string Address)>();
        var uncomputed = new List<int>();
        var errors = new List<int>();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "dimension" && xml.GetAttribute("ref") is { } dimension) _rowsExpected = LastRow(dimension);
            if (xml.LocalName != "row") continue;
            var line = long.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : _rowsRead + 1;
            var hidden = xml.GetAttribute("hidden") is "1" or "true"; // ECMA-376 CT_Row: an xsd:boolean
            cells.Clear();
            links.Clear();
            uncomputed.Clear();
            errors.Clear();
            if (!xml.IsEmptyElement) ReadRow(xml, cells, links, uncomputed, errors);
            sheetLinks?.AddTo(line, cells, links);
            _rowsRead = line;
            var inTotals = totals is not null && InTotals(totals, line, cells);
            var contact = inTotals && HoldsAContact(cells);
            yield return new SourceRow(line, cells.ToArray())
            {
                Hidden = hidden,
                MailtoLinks = links.Count == 0 ? null : links.ToArray(),
                UncomputedColumns = uncomputed.Count == 0 ? null : uncomputed.ToArray(),
                ErrorColumns = errors.Count == 0 ? null : errors.ToArray(),
                TableTotals = inTotals && !contact,
                InTableTotalsWithAContact = contact,
            };
        }
    }

    /// <summary>Cells from row <c>FirstRow</c> to <c>LastRow</c> (1-based) and column <c>FirstColumn</c> to <c>LastColumn</c> (0-based), both ends included.</summary>
    private readonly record struct CellRange(long FirstRow, long LastRow, int FirstColumn, int LastColumn);

    /// <summary>
    /// The totals rows of the sheet's Excel tables (ListObjects with "Total Row" on): the last <c>totalsRowCount</c> rows of each
    /// table's <c>ref</c>, over its columns; null when no table of the sheet has one. <c>totalsRowShown</c> says only that the row was
    /// ever shown (ECMA-376 Part 1, 18.5.1.2): a table whose totals row is off has no count, and its ref ends above where the row was.
    /// A table without its header row (<c>headerRowCount="0"</c>) ends the same way. Tables are an extra: a damaged one is said and
    /// its rows read as rows, as they were before tables were read.
    /// </summary>
    private List<CellRange>? TableTotals(string sheetPart)
    {
        List<CellRange>? ranges = null;
        string? damaged = null;
        List<string> tables;
        try
        {
            tables = _package.TableParts(sheetPart);
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException or XlsxPartException)
        {
            tables = [];
            damaged = $"the part that lists the tables of {sheetPart}";
        }
        foreach (var table in tables)
        {
            try
            {
                using var xml = _package.OpenXml(table, SheetXmlSettings());
                if (xml is null || xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "table") continue;
                if (!int.TryParse(xml.GetAttribute("totalsRowCount"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0
                    || xml.GetAttribute("ref") is not { } reference)
                    continue;
                var (firstRow, firstColumn, lastRow, lastColumn) = RangeOf(reference);
                if (firstRow <= 0 || lastRow < firstRow || firstColumn < 0 || lastColumn < firstColumn) continue;
                (ranges ??= []).Add(new CellRange(Math.Max(firstRow, lastRow - count + 1), lastRow, firstColumn, lastColumn));
            }
            catch (Exception exception) when (exception is XmlException or InvalidDataException or XlsxPartException)
            {
                damaged ??= $"its table part {table}";
            }
        }
        if (damaged is not null)
            _warnings.Add($"{Path.GetFileName(_path)}: {damaged} is damaged, so a table's totals row, if the sheet has one, is read as a row.");
        return ranges;
    }

    /// <summary>Row <paramref name="line"/> is in a table's totals row, and so is every cell of it that holds a value (another table's row beside it is no total).</summary>
    private static bool InTotals(List<CellRange> totals, long line, List<object?> cells)
    {
        var inTotals = false;
        foreach (var range in totals) inTotals |= range.FirstRow <= line && line <= range.LastRow;
        if (!inTotals) return false;
        for (var column = 0; column < cells.Count; column++)
        {
            if (SourceRow.IsEmptyCell(cells[column])) continue;
            var covered = false;
            foreach (var range in totals) covered |= range.FirstRow <= line && line <= range.LastRow && range.FirstColumn <= column && column <= range.LastColumn;
            if (!covered) return false;
        }
        return true;
    }

    /// <summary>
    /// A row the table part puts in its totals row holds what no totals row does: an email address, or a phone number (text of seven
    /// digits or more, or a whole number of ten or eleven). A totals row holds labels ("Total", "Average:"), its functions' values and
    /// Excel's errors (#DIV/0!, #N/A). A writer that sets <c>totalsRowCount</c> without growing the <c>ref</c> would otherwise drop the
    /// table's last contact; one with no address and no phone (a name alone) is still taken for the totals row.
    /// </summary>
    private static bool HoldsAContact(List<object?> cells)
    {
        foreach (var cell in cells)
        {
            switch (cell)
            {
                case string text when text.Contains('@') || (text.Count(char.IsAsciiDigit) >= 7 && !text.Any(char.IsLetter)):
                    return true;
                case double number when number == Math.Floor(number) && Math.Abs(number) is >= 1e9 and < 1e11:
                    return true;
                case long whole when Math.Abs(whole) is >= 1_000_000_000 and < 100_000_000_000:
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The sheet's "mailto:" hyperlinks, by row and column; null when it has none. The hyperlinks come after the rows in the
    /// sheet's XML, so a sheet that has them is unpacked twice, the first time without reading its rows as XML. Whether a cell shows its link's address (Excel links an address
    /// typed into a cell by itself) only the cell can say: an address that is some other cell's text (a manager's address
    /// in another row, a list on another sheet) may still be hidden behind this one's word.
    /// </summary>
    private SheetMailtoLinks? FindMailtoLinks(string part)
    {
        Dictionary<string, string> relationships;
        try
        {
            relationships = _package.MailtoRelationships(part);
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException or XlsxPartException)
        {
            // The links are an extra: a sheet whose relationships part is damaged is still read, as it was before links were read.
            _warnings.Add($"{Path.GetFileName(_path)}: the email hyperlinks of {part} were not read, as the part that lists them is damaged;"
                + " each cell gives the text it shows.");
            return null;
        }
        if (relationships.Count == 0) return null;
        byte[]? withoutRows;
        using (var stream = OpenPart(part)) withoutRows = SheetTail.Read(stream);
        if (withoutRows is not null)
        {
            try
            {
                using var scanned = XmlReader.Create(new MemoryStream(withoutRows), SheetXmlSettings(), part);
                return LinksIn(scanned, relationships);
            }
            catch (XmlException)
            {
                // The part without its rows is no XML: the part is damaged, and the XML reader below says where in the part
                // itself (the joined bytes' line and position are nowhere in it), or the scan cut it where it should not have,
                // and the whole part gives the links. Either way as it was read before the scan.
            }
        }
        // The scan could not tell where the rows are, or what it gave did not parse: the whole sheet, its rows skipped.
        using var xml = OpenSheet(part);
        return LinksIn(xml, relationships);
    }

    /// <summary>
    /// The mailto: links of the hyperlinks <paramref name="xml"/> holds, by the sheet's <paramref name="relationships"/>;
    /// the rows, if it has them, skipped. Throws XmlException when the XML is not well-formed.
    /// </summary>
    private SheetMailtoLinks LinksIn(XmlReader xml, Dictionary<string, string> relationships)
    {
        var links = new SheetMailtoLinks();
        long linkedCells = 0;
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheetData")
            {
                xml.Skip(); // the rows: read after this, in their turn
                continue;
            }
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "hyperlink" && xml.GetAttribute("ref") is { } reference
                && XlsxPackage.RelationshipId(xml) is { } id && relationships.TryGetValue(id, out var target) && MailtoAddress(target) is { } address)
            {
                // "B2", or a range "B2:B4" that one link covers (Excel writes one for a merged cell, or for cells linked at once).
                var (firstRow, firstColumn, lastRow, lastColumn) = RangeOf(reference);
                lastColumn = Math.Min(lastColumn, _limits.MaxColumns - 1);
                if (firstRow > 0 && firstColumn >= 0 && lastRow >= firstRow && lastColumn >= firstColumn && lastRow - firstRow < MaxLinkedRows)
                {
                    // Every linked cell costs a check on its row: a workbook that links more than a contact list could is cut off there, and said.
                    linkedCells += (lastRow - firstRow + 1) * (lastColumn - firstColumn + 1);
                    if (linkedCells > MaxLinkedCells)
                    {
                        _warnings.Add($"{Path.GetFileName(_path)}: the sheet links more than {MaxLinkedCells:N0} cells to email addresses; the links after them were not read.");
                        break;
                    }
                    links.Add(firstRow, lastRow, firstColumn, lastColumn, address);
                }
            }
            xml.Read();
        }
        return links;
    }

    // A link over more rows than this (a whole column, a whole sheet) is no one's address.
    private const int MaxLinkedRows = 10_000;

    // The cells all of a sheet's mailto: links may cover: a link on every cell of a million-row list's email column.
    private const long MaxLinkedCells = 1_000_000;

    /// <summary>
    /// A sheet's mailto: links: one cell's by row, and the ranges apart, each one entry however many cells it covers.
    /// A link gives its address to a cell that holds a value only: the cells a merged cell covers, and the empty cells of
    /// a linked range, show nothing, and the row they are on is not the linked one's.
    /// </summary>
    private sealed class SheetMailtoLinks
    {
        private readonly Dictionary<long, List<(int Column, string Address)>> _cells = [];
        private readonly List<LinkedRange> _ranges = [];
        // The ranges over the row read last: rows come in order, so each range joins once, when its first row is reached.
        private readonly List<LinkedRange> _open = [];
        private int _next = -1;
        private long _lastRow;

        public void Add(long firstRow, long lastRow, int firstColumn, int lastColumn, string address)
        {
            if (firstRow == lastRow && firstColumn == lastColumn) (_cells.TryGetValue(firstRow, out var list) ? list : _cells[firstRow] = []).Add((firstColumn, address));
            else _ranges.Add(new LinkedRange(firstRow, lastRow, firstColumn, lastColumn, address));
        }

        /// <summary>One link over several cells: rows 1-based, columns 0-based, both ends included.</summary>
        private readonly record struct LinkedRange(long FirstRow, long LastRow, int FirstColumn, int LastColumn, string Address);

        // The columns of the row being read that have their link already: a cell has one (the first written), however many a workbook names.
        private readonly HashSet<int> _linked = [];

        /// <summary>
        /// Adds to <paramref name="links"/> (which holds the row's formula links) the links of row <paramref name="row"/> (1-based)
        /// whose cell in <paramref name="cells"/> holds a value, one a cell, and puts them in column order.
        /// </summary>
        public void AddTo(long row, List<object?> cells, List<(int Column, string Address)> links)
        {
            _linked.Clear();
            foreach (var link in links) _linked.Add(link.Column);
            if (_cells.TryGetValue(row, out var linked))
                foreach (var link in linked)
                    if (HasValue(cells, link.Column) && _linked.Add(link.Column)) links.Add(link);
            AddRangeLinks(row, cells, links);
            if (links.Count > 1) links.Sort((x, y) => x.Column.CompareTo(y.Column));
        }

        private void AddRangeLinks(long row, List<object?> cells, List<(int Column, string Address)> links)
        {
            if (_ranges.Count == 0) return;
            if (_next < 0 || row < _lastRow)
            {
                // The first row, or a row out of order (a writer's, against the schema): from the first range again.
                if (_next < 0) _ranges.Sort((x, y) => x.FirstRow.CompareTo(y.FirstRow));
                _next = 0;
                _open.Clear();
            }
            _lastRow = row;
            while (_next < _ranges.Count && _ranges[_next].FirstRow <= row) _open.Add(_ranges[_next++]);
            _open.RemoveAll(range => range.LastRow < row);
            foreach (var (_, _, firstColumn, lastColumn, address) in _open)
                for (var column = firstColumn; column <= Math.Min(lastColumn, cells.Count - 1); column++)
                    if (HasValue(cells, column) && _linked.Add(column)) links.Add((column, address));
        }

        private static bool HasValue(List<object?> cells, int column) =>
            column < cells.Count && cells[column] is { } value && (value is not string text || !string.IsNullOrWhiteSpace(text));
    }

    /// <summary>The address of a "mailto:" URI (RFC 6068; see <see cref="MailtoUri.TryRecipient"/>): percent-decoded, without its ?subject=...; null when it has none.</summary>
    internal static string? MailtoAddress(string uri)
    {
        if (!MailtoUri.TryRecipient(uri, out var recipient)) return null; // a Target typed with a space before it too
        var address = Uri.UnescapeDataString(recipient.ToString()).Trim();
        // "%00" or "%0A" decodes to a control character, which no address holds and which would pass the file's NUL check.
        return address.Contains('@') && !address.AsSpan().ContainsAnyInRange('\0', '\u001f') && !address.Contains('\u007f') ? address : null;
    }

    /// <summary>A HYPERLINK formula's "mailto:" text (=HYPERLINK("mailto:jo@x.com","Email Jo")); null for any other formula.</summary>
    private static string? FormulaMailto(string formula) =>
        formula.Contains("mailto:", StringComparison.OrdinalIgnoreCase) && HyperlinkFormula().Match(formula) is { Success: true } link
            ? MailtoAddress(link.Groups["uri"].Value.Replace("\"\"", "\""))
            : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:_xlfn\.)?HYPERLINK\(\s*""(?<uri>mailto:(?:[^""]|"""")*)""", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HyperlinkFormula();

    /// <summary>
    /// Reads a row's cells into <paramref name="cells"/>, its formula links into <paramref name="links"/>, and the columns of its
    /// formulas whose value the file does not hold into <paramref name="uncomputed"/> (those cells are null): a formula with no
    /// cached value (&lt;f&gt; without &lt;v&gt;, or an empty &lt;v&gt;&lt;/v&gt; but for a text result: openpyxl, ClosedXML, NPOI, EPPlus, ExcelJS and SheetJS write them so unless given
    /// one), or any formula of a workbook that asks to be recalculated when opened (<see cref="XlsxPackage.FullCalcOnLoad"/>:
    /// XlsxWriter's placeholder 0). Excel would show the formula's result; what it is, only a spreadsheet program can say. A
    /// HYPERLINK formula to a mailto: address is no such cell: its address is in its text. The columns of error values go to
    /// <paramref name="errors"/>. A cell without its reference is the one after the cell before it (ECMA-376 18.3.1.4), not after
    /// the row's last column so far: cells written out of order put it past the row (a trial: "Baker" in a Column5).
    /// </summary>
    private void ReadRow(XmlReader xml, List<object?> cells, List<(int Column, string Address)> links, List<int> uncomputed, List<int> errors)
    {
        var depth = xml.Depth;
        var previous = -1;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c") continue;
            var column = previous + 1;
            if (xml.GetAttribute("r") is { } reference) column = ColumnIndex(reference);
            // ... unless a cell of the row stands there already: then past the row's last, as before (a review: a cell's value was replaced).
            else if (column < cells.Count && cells[column] is not null) column = cells.Count;
            previous = column;
            if (column >= _limits.MaxColumns || column < 0) throw _limits.TooManyColumns();
            var type = xml.GetAttribute("t");
            var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            string? value = null;
            string? inline = null;
            var formula = false;
            var linked = false;
            if (!xml.IsEmptyElement)
            {
                var cellDepth = xml.Depth;
                // ReadElementText leaves the reader on the node after the element (the <v> after an <f>): the loop reads on only when it did not.
                var moved = false;
                while ((moved || xml.Read()) && xml.Depth > cellDepth)
                {
                    moved = false;
                    if (xml.NodeType != XmlNodeType.Element) continue;
                    if (xml.LocalName == "v")
                    {
                        value = XmlText.ReadElementText(xml, _limits);
                        moved = true;
                    }
                    else if (xml.LocalName == "is") inline = XlsxStrings.ReadRichText(xml, _limits);
                    else if (xml.LocalName == "f")
                    {
                        formula = true;
                        if (FormulaMailto(XmlText.ReadElementText(xml, _limits)) is { } address)
                        {
                            links.Add((column, address));
                            linked = true;
                        }
                        moved = true;
                    }
                }
            }
            while (cells.Count < column) cells.Add(null);
            object? converted;
            // An empty <v></v> (openpyxl's) holds no number either; a text result (t="str") may be empty: Excel's ="".
            if (formula && !linked && inline is null && (value is null || (value.Length == 0 && type != "str") || _package.FullCalcOnLoad))
            {
                converted = null;
                if (!uncomputed.Contains(column)) uncomputed.Add(column);
            }
            else converted = Convert(type, style, value, inline);
            if (type == "e" && !string.IsNullOrWhiteSpace(value) && !errors.Contains(column)) errors.Add(column);
            if (cells.Count == column) cells.Add(converted);
            else cells[column] = converted;
        }
    }

    private object? Convert(string? type, int style, string? value, string? inline)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count ? _sharedStrings[index] : null;
            case "inlineStr":
                return inline ?? value;
            case "str":
                // A formula's text result: an ST_Xstring as shared and inline strings are, its escapes ("_x000D_") read.
                return value is null ? null : XlsxStrings.Unescape(value);
            case "e":
                return value;
            case "b":
                return value?.Trim() is "1" or "true" or "TRUE" or "True";
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : value;
        }
        // An <is> without t="inlineStr" (some writers leave the type out) is still the cell's text.
        if (inline is not null) return inline;
        if (string.IsNullOrEmpty(value)) return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return value;
        var format = style < _styles.Count ? _styles[style] : default;
        switch (format.Kind)
        {
            // To the millisecond, as Excel keeps times: 8:00 is 0.3333... days, which FromDays alone makes 7:59:59.9999999.
            case XlsxStyles.FormatKind.Elapsed when Math.Abs(number) < 1e7:
            case XlsxStyles.FormatKind.TimeOfDay when number is >= 0 and < 1:
                return TimeSpan.FromMilliseconds(Math.Round(number * MillisecondsPerDay));
            case XlsxStyles.FormatKind.Date or XlsxStyles.FormatKind.TimeOfDay:
                // A number Excel shows as no date is read as the number it is, as one past 9999-12-31 always was: in the 1900 system
                // 0 is its "1/0/1900" (day zero of January, how many writers leave a date empty) and a fraction below 1 that day's
                // time, and a negative number shows "########"; in the 1904 system 0 is 1904-01-01, its first date, and a negative
                // number is none. A zero in a date column is so an empty date, as "0000-00-00" is.
                if (number < (_package.Date1904 ? 0 : 1)) break;
                if (!_package.Date1904 && number < 61) return EarlyIn1900(number);
                // The 1904 system (Macs) counts from 1904-01-01: 1,462 days after the 1900 system's day 0.
                var serial = _package.Date1904 ? number + 1462 : number;
                if (serial < 2958466) return DateTime.FromOADate(serial);
                break;
        }
        // "00000", "00000-0000" (ZIP+4), "000-00-0000", "\#0000000", "[<=99999]00000;00000-0000": the number as the format shows it,
        // rounded as Excel shows it (2145550101.4 under "(###) ###-####" is (214) 555-0101), a zero or negative in its own section.
        // Under "0" a whole number's float noise (=A2*10000000+B2 giving 2145550102.0000002) is the number shown; a true fraction (acres
        // 12.5, which "0" shows as 13) is the cell's value and kept: rounding it would change a measure, not how it is shown.
        if (format.Shown is { Rounds: true } && Math.Abs(number) < 1e15)
            return Math.Round(number, MidpointRounding.AwayFromZero) is var whole && Math.Abs(number - whole) < 1e-6 ? (object)(long)whole : number;
        if (format.Shown?.Show(number) is { } shown) return shown;
        if (number == Math.Floor(number) && Math.Abs(number) < 1e15) return (long)number;
        return number;
    }

    private const double MillisecondsPerDay = 86_400_000;

    /// <summary>
    /// A 1900-system serial of 1 to 60.999...: Excel counts a 29 February 1900 that never was (Lotus 1-2-3's leap year), so its
    /// serials before 1 March 1900 are a day later than the OLE dates .NET reads them as (serial 1 is 1 January 1900, not 31
    /// December 1899). Serial 60 is Excel's 1900-02-29, no date: it is given as that text, as Excel shows it (ISO order), not as
    /// a day either side of it.
    /// </summary>
    private static object EarlyIn1900(double serial)
    {
        if (serial >= 60)
        {
            var time = TimeSpan.FromMilliseconds(Math.Round((serial - 60) * MillisecondsPerDay));
            return time == TimeSpan.Zero ? "1900-02-29" : $"1900-02-29 {time:hh\\:mm\\:ss}";
        }
        return DateTime.FromOADate(serial + 1);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            if (index > int.MaxValue / 32) return int.MaxValue; // past any column limit; no overflow
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    /// <summary>A cell or a range of cells ("B2", "A1:F201", "$A$1:$F$201"): its first and last rows (from 1) and columns (from 0).</summary>
    private static (long FirstRow, int FirstColumn, long LastRow, int LastColumn) RangeOf(string reference)
    {
        var range = reference.Split(':');
        var (firstRow, firstColumn) = CellReference(range[0]);
        var (lastRow, lastColumn) = range.Length > 1 ? CellReference(range[1]) : (firstRow, firstColumn);
        return (firstRow, firstColumn, lastRow, lastColumn);
    }

    /// <summary>"B12" as its 1-based row and 0-based column; row 0 when it has no row.</summary>
    private static (long Row, int Column) CellReference(string reference)
    {
        var digits = reference.AsSpan().TrimStart("$ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz").TrimStart('$');
        return (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0, ColumnIndex(reference.TrimStart('$')));
    }

    private static long LastRow(string dimension)
    {
        var end = dimension[(dimension.IndexOf(':') + 1)..];
        var digits = new string(end.Where(char.IsAsciiDigit).ToArray());
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
    }
}
