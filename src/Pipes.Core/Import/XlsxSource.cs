using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Pipes.Integrations;

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
internal sealed class XlsxSource : ITabularSource
{
    /// <summary>Rows of each sheet looked at when choosing the sheet (the header search's reach).</summary>
    private const int RowsSearchedForSheet = ColumnMap.RowsSearchedForHeaderFar;
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _warnings = [];
    private bool _date1904;
    private readonly string _path;
    private readonly List<string> _sharedStrings;
    private readonly List<CellStyle> _styles;
    private readonly IReadOnlyList<(string Name, string Part, bool Hidden)> _sheets;
    private readonly string? _requested;
    private readonly ImportLimits _limits;
    private readonly CancellationToken _cancellationToken;
    private readonly long _fileLength;
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
            _fileLength = file.Length;
            _zip = new ZipArchive(file, ZipArchiveMode.Read);
            // Part names are case-insensitive in OPC, and some writers use backslashes or a leading slash.
            foreach (var zipEntry in _zip.Entries) _entries.TryAdd(PartName(zipEntry.FullName), zipEntry);
            _sheets = ReadSheets(out var sharedStringsPart, out var stylesPart);
            _sharedStrings = ReadSharedStrings(sharedStringsPart);
            _styles = ReadStyles(stylesPart);
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException or KeyNotFoundException)
        {
            file?.Dispose();
            throw FileSniffer.Unreadable(path, "it looks like an XLSX workbook but is damaged (" + exception.Message + ")");
        }
        catch
        {
            file?.Dispose(); // a limit or a cancellation: the file must not stay open
            throw;
        }
        if (_sheets.Count == 0)
        {
            _zip.Dispose();
            throw FileSniffer.Unreadable(path, "it is a zip file but not an Excel workbook (no worksheets)");
        }
    }

    public string Description => $"xlsx ({SheetName})";

    public string EncodingName => "xlsx";

    public string? Delimiter => null;

    public string SheetName { get; private set; } = "";

    public double Progress => _rowsExpected > 0 ? Math.Min(1, (double)_rowsRead / _rowsExpected) : 0;

    /// <summary>Which sheet was read, when the workbook has several and none was asked for.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    public IEnumerable<SourceRow> Rows()
    {
        var (name, part, _) = ChooseSheet();
        SheetName = name;
        foreach (var row in ReadSheet(part)) yield return row;
    }

    public void Dispose() => _zip.Dispose();

    private (string Name, string Part, bool Hidden) ChooseSheet()
    {
        if (_requested is null)
        {
            // Visible sheets only; of them the first whose header maps Email, Phone or a name, else the
            // first that holds any value (a cover page "Summary" loses to the contacts behind it).
            var visible = _sheets.Where(s => !s.Hidden).ToList();
            if (visible.Count == 0) visible = [.. _sheets];
            (string Name, string Part, bool Hidden)? withValues = null;
            (string Name, string Part, bool Hidden)? chosen = null;
            string? mapped = null;
            // One visible sheet is the one to read: no need to look into it first.
            foreach (var sheet in visible.Count > 1 ? visible : [])
            {
                var head = ReadSheet(sheet.Part).Where(r => !r.IsBlank).Take(RowsSearchedForSheet).ToList();
                if (head.Count == 0) continue;
                withValues ??= sheet;
                if (ColumnMap.ContactColumnsOfBestHeader(head) is { Count: > 0 } fields)
                {
                    chosen = sheet;
                    mapped = string.Join(", ", fields);
                    break;
                }
            }
            var result = chosen ?? withValues ?? visible[0];
            if (_sheets.Count > 1)
            {
                var hidden = _sheets.Where(s => s.Hidden).Select(s => $"'{s.Name}'").ToList();
                _warnings.Add($"{Path.GetFileName(_path)} has {_sheets.Count} worksheets ({string.Join(", ", _sheets.Select(s => $"'{s.Name}'"))}); read '{result.Name}'"
                    + (visible.Count == 1 ? ", the only visible one"
                        : mapped is not null ? $", whose header maps {mapped}" : ", the first with values (no sheet has a header that maps Email, Phone or a name)")
                    + (hidden.Count > 0 ? $"; hidden sheet(s) skipped: {string.Join(", ", hidden)}" : "")
                    + ". -Worksheet reads another.");
            }
            return result;
        }
        if (int.TryParse(_requested, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _sheets.Count
            && !_sheets.Any(s => s.Name == _requested))
            return _sheets[number - 1];
        return _sheets.FirstOrDefault(s => string.Equals(s.Name, _requested, StringComparison.OrdinalIgnoreCase)) is { Part: not null } found
            ? found
            : throw new Integrations.InvalidInputError("Import", "Read",
                $"'{Path.GetFileName(_path)}' has no worksheet '{_requested}'. Its worksheets: {string.Join(", ", _sheets.Select(s => s.Name))}.", _requested, ErrorIds.WorksheetNotFound);
    }

    private IEnumerable<SourceRow> ReadSheet(string part)
    {
        var entry = Entry(part) ?? throw FileSniffer.Unreadable(_path, $"the workbook names {part} but does not contain it");
        using var stream = OpenPart(entry);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = true, IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit });
        _rowsRead = 0;
        _rowsExpected = 0; // another sheet, looked into when choosing, may have set it
        var cells = new List<object?>(16);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "dimension" && xml.GetAttribute("ref") is { } dimension) _rowsExpected = LastRow(dimension);
            if (xml.LocalName != "row") continue;
            var line = long.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : _rowsRead + 1;
            cells.Clear();
            if (!xml.IsEmptyElement) ReadRow(xml, cells);
            _rowsRead = line;
            yield return new SourceRow(line, cells.ToArray());
        }
    }

    private void ReadRow(XmlReader xml, List<object?> cells)
    {
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c") continue;
            var column = cells.Count;
            if (xml.GetAttribute("r") is { } reference) column = ColumnIndex(reference);
            if (column >= _limits.MaxColumns || column < 0) throw _limits.TooManyColumns();
            var type = xml.GetAttribute("t");
            var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            string? value = null;
            string? inline = null;
            if (!xml.IsEmptyElement)
            {
                var cellDepth = xml.Depth;
                while (xml.Read() && xml.Depth > cellDepth)
                {
                    if (xml.NodeType != XmlNodeType.Element) continue;
                    if (xml.LocalName == "v") value = XmlText.ReadElementText(xml, _limits);
                    else if (xml.LocalName == "is") inline = ReadRichText(xml);
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth) break;
                }
            }
            while (cells.Count < column) cells.Add(null);
            var converted = Convert(type, style, value, inline);
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
            case "str" or "e":
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
            case FormatKind.Elapsed when Math.Abs(number) < 1e7:
                return TimeSpan.FromDays(number);
            case FormatKind.TimeOfDay when number is >= 0 and < 1:
                return TimeSpan.FromDays(number);
            case FormatKind.Date or FormatKind.TimeOfDay:
                // The 1904 system (Macs) counts from 1904-01-01: 1,462 days after the 1900 system's day 0.
                var serial = _date1904 ? number + 1462 : number;
                if (serial is > -657435 and < 2958466) return DateTime.FromOADate(serial);
                break;
        }
        if (number == Math.Floor(number) && Math.Abs(number) < 1e15)
        {
            var whole = (long)number;
            return format.ZeroPadTo > 0 ? whole.ToString(new string('0', format.ZeroPadTo), CultureInfo.InvariantCulture) : whole;
        }
        return number;
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

    private static long LastRow(string dimension)
    {
        var end = dimension[(dimension.IndexOf(':') + 1)..];
        var digits = new string(end.Where(char.IsAsciiDigit).ToArray());
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
    }

    /// <summary>
    /// The worksheets in workbook order, with the shared-strings and styles parts, found as Excel
    /// finds them: the package relationships name the workbook part, the workbook's relationships
    /// name the rest (relative to the workbook's folder, or absolute).
    /// </summary>
    private List<(string Name, string Part, bool Hidden)> ReadSheets(out string sharedStringsPart, out string stylesPart)
    {
        var workbookPart = Relationships("_rels/.rels", "").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target;
        if (workbookPart is null || Entry(workbookPart) is null) workbookPart = "xl/workbook.xml";
        var folder = workbookPart.Contains('/') ? workbookPart[..(workbookPart.LastIndexOf('/') + 1)] : "";
        var relationships = Relationships($"{folder}_rels/{workbookPart[folder.Length..]}.rels", folder);
        sharedStringsPart = relationships.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target ?? folder + "sharedStrings.xml";
        stylesPart = relationships.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target ?? folder + "styles.xml";
        var sheets = new List<(string, string, bool)>();
        if (Entry(workbookPart) is not { } workbook) return sheets;
        using (var xml = XmlReader.Create(OpenPart(workbook)))
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                if (xml.LocalName == "workbookPr") _date1904 = xml.GetAttribute("date1904")?.Trim() is "1" or "true" or "TRUE" or "True";
                if (xml.LocalName != "sheet") continue;
                var name = xml.GetAttribute("name") ?? $"Sheet{sheets.Count + 1}";
                // r:id, whatever the prefix, in the transitional or the strict (ISO 29500) namespace.
                string? id = null;
                for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
                    if (xml.LocalName == "id" && xml.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal)) id = xml.Value;
                xml.MoveToElement();
                var part = id is not null && relationships.FirstOrDefault(r => r.Id == id).Target is { } target ? target : $"{folder}worksheets/sheet{sheets.Count + 1}.xml";
                sheets.Add((name, part, xml.GetAttribute("state")?.Trim() is "hidden" or "veryHidden"));
            }
        }
        return sheets;
    }

    /// <summary>The relationships of a .rels part, targets resolved to part names; none when the part is missing.</summary>
    private List<(string Id, string Type, string Target)> Relationships(string relsPart, string folder)
    {
        var relationships = new List<(string, string, string)>();
        if (Entry(relsPart) is not { } rels) return relationships;
        using var xml = XmlReader.Create(OpenPart(rels));
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship" || xml.GetAttribute("Target") is not { } target) continue;
            if (xml.GetAttribute("TargetMode") == "External") continue;
            relationships.Add((xml.GetAttribute("Id") ?? "", xml.GetAttribute("Type") ?? "", Resolve(folder, target)));
        }
        return relationships;
    }

    /// <summary>A relationship target as a part name: absolute ("/xl/x.xml") from the root, else relative to the folder ("../", "./" followed).</summary>
    private static string Resolve(string folder, string target)
    {
        target = target.Replace('\\', '/');
        var parts = (target.StartsWith('/') ? target : folder + target).Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] == ".") parts.RemoveAt(i--);
            else if (parts[i] == "..")
            {
                parts.RemoveAt(i--);
                if (i >= 0) parts.RemoveAt(i--);
            }
        }
        return string.Join('/', parts);
    }

    private static string PartName(string name) => name.Replace('\\', '/').TrimStart('/');

    private ZipArchiveEntry? Entry(string part) => _entries.GetValueOrDefault(PartName(part));

    private List<string> ReadSharedStrings(string part)
    {
        var strings = new List<string>();
        if (Entry(part) is not { } entry) return strings;
        using var xml = XmlReader.Create(OpenPart(entry), new XmlReaderSettings { IgnoreWhitespace = false });
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si") continue;
            if (strings.Count == _limits.MaxSharedStrings)
                throw _limits.TooManySharedStrings();
            strings.Add(ReadRichText(xml));
        }
        return strings;
    }

    /// <summary>A part as it unpacks, within the inflation limit, CRC-checked, and cancellable on every read.</summary>
    private Stream OpenPart(ZipArchiveEntry entry) => ZipPartStream.Open(entry, _fileLength, _limits, _cancellationToken);

    /// <summary>
    /// The text of an &lt;si&gt; or &lt;is&gt;: its &lt;t&gt; runs, without phonetic (&lt;rPh&gt;) runs
    /// or their properties. Skip and ReadElementContentAsString leave the reader on the next node
    /// already, so the loop reads on only when neither moved it.
    /// </summary>
    private string ReadRichText(XmlReader xml)
    {
        if (xml.IsEmptyElement) return "";
        var depth = xml.Depth;
        // Most strings are one <t>: a builder only for rich text of several runs.
        string? first = null;
        StringBuilder? builder = null;
        var moved = false;
        while ((moved || xml.Read()) && xml.Depth > depth)
        {
            moved = false;
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "t")
            {
                var text = XmlText.ReadElementText(xml, _limits);
                if (first is null) first = text;
                else (builder ??= new StringBuilder(first)).Append(text);
                if ((builder?.Length ?? first.Length) > _limits.MaxCellLength) throw _limits.CellTooLong();
                moved = true;
            }
            else if (xml.LocalName is "rPh" or "phoneticPr" or "rPr")
            {
                xml.Skip();
                moved = true;
            }
        }
        return builder?.ToString() ?? first ?? "";
    }

    private enum FormatKind : byte { General, Date, TimeOfDay, Elapsed }

    private readonly record struct CellStyle(FormatKind Kind, int ZeroPadTo);

    private List<CellStyle> ReadStyles(string part)
    {
        var styles = new List<CellStyle>();
        if (Entry(part) is not { } entry) return styles;
        var formats = new Dictionary<int, string>();
        using var xml = XmlReader.Create(OpenPart(entry));
        var inCellXfs = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs") inCellXfs = false;
            if (xml.NodeType != XmlNodeType.Element) continue;
            // Only <numFmts> defines formats: a conditional format's <dxf><numFmt> (LibreOffice writes them) may reuse an id.
            if (xml.LocalName == "numFmt" && xml.Depth == 2 && int.TryParse(xml.GetAttribute("numFmtId"), out var customId)) formats.TryAdd(customId, xml.GetAttribute("formatCode") ?? "");
            else if (xml.LocalName == "cellXfs") inCellXfs = !xml.IsEmptyElement;
            else if (xml.LocalName == "xf" && inCellXfs)
            {
                var id = int.TryParse(xml.GetAttribute("numFmtId"), out var n) ? n : 0;
                var code = formats.GetValueOrDefault(id);
                styles.Add(new CellStyle(Classify(id, code), code is { Length: > 0 } && code.All(c => c == '0') ? code.Length : 0));
            }
        }
        return styles;
    }

    /// <summary>
    /// What a number format shows: a date (with or without a time), a time of day only, an elapsed
    /// time ([h]:mm:ss, [mm]:ss: hours past 24, never a date in 1899), or a plain number. The
    /// built-in ids are Excel's (18-21 and 45 times of day, 46 elapsed, 47 mm:ss.0).
    /// </summary>
    private static FormatKind Classify(int id, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return id switch
            {
                46 => FormatKind.Elapsed,
                >= 18 and <= 21 or 45 or 47 => FormatKind.TimeOfDay,
                >= 14 and <= 22 or >= 27 and <= 36 or >= 50 and <= 58 => FormatKind.Date,
                _ => FormatKind.General,
            };
        }
        // Letters outside quoted text, \-escaped characters and [bracketed] parts (colours,
        // locales), in the first section only; [h], [m] or [s] make it an elapsed time. An "m" is
        // minutes right after an h or right before an s, else a month.
        var section = code.Split(';')[0];
        bool date = false, time = false, elapsed = false;
        var inQuotes = false;
        char previous = '\0';
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"') { inQuotes = !inQuotes; continue; }
            if (inQuotes) continue;
            if (c == '\\' || c == '_' || c == '*') { i++; continue; }
            if (c == '[')
            {
                var close = section.IndexOf(']', i);
                if (close < 0) break;
                var inner = section[(i + 1)..close].ToLowerInvariant();
                if (inner.Length > 0 && inner.All(ch => ch is 'h' or 'm' or 's')) elapsed = true;
                i = close;
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (lower is 'd' or 'y' or 'e' or 'g') { if (lower is 'd' or 'y') date = true; }
            else if (lower is 'h' or 's') time = true;
            else if (lower == 'm')
            {
                var next = i + 1;
                while (next < section.Length && char.ToLowerInvariant(section[next]) == 'm') next++;
                while (next < section.Length && !char.IsLetter(section[next]) && section[next] is not ('"' or '[')) next++;
                var minutes = previous == 'h' || (next < section.Length && char.ToLowerInvariant(section[next]) == 's');
                if (minutes) time = true;
                else date = true;
                i = next - 1;
                previous = 'm';
                continue;
            }
            else if (c is 'A' or 'a' && section.AsSpan(i).StartsWith("am/pm", StringComparison.OrdinalIgnoreCase)) { time = true; i += 4; continue; }
            if (char.IsLetter(c)) previous = lower;
        }
        if (elapsed) return FormatKind.Elapsed;
        if (date) return FormatKind.Date;
        return time ? FormatKind.TimeOfDay : FormatKind.General;
    }
}
