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
/// booleans, and the cached values of formulas. ClosedXML was measured two orders of magnitude too
/// slow for reading (its whole-workbook model), hence this reader.
/// </summary>
internal sealed class XlsxSource : ITabularSource
{
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly ZipArchive _zip;
    private readonly string _path;
    private readonly List<string> _sharedStrings;
    private readonly List<CellStyle> _styles;
    private readonly IReadOnlyList<(string Name, string Part)> _sheets;
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
            _sheets = ReadSheets();
            _sharedStrings = ReadSharedStrings();
            _styles = ReadStyles();
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

    public IEnumerable<SourceRow> Rows()
    {
        var (name, part) = ChooseSheet();
        SheetName = name;
        foreach (var row in ReadSheet(part)) yield return row;
    }

    public void Dispose() => _zip.Dispose();

    private (string Name, string Part) ChooseSheet()
    {
        if (_requested is null)
        {
            // The first worksheet that holds any value.
            foreach (var sheet in _sheets)
                if (ReadSheet(sheet.Part).Any(r => !r.IsBlank)) return sheet;
            return _sheets[0];
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
        var entry = _zip.GetEntry(part) ?? throw FileSniffer.Unreadable(_path, $"the workbook names {part} but does not contain it");
        using var stream = OpenPart(entry);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = true, IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit });
        _rowsRead = 0;
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
                return inline;
            case "str" or "e":
                return value;
            case "b":
                return value == "1";
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : value;
        }
        if (value is null) return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return value;
        var format = style < _styles.Count ? _styles[style] : default;
        if (format.IsDate && number is > -657435 and < 2958466) return DateTime.FromOADate(number);
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

    private List<(string Name, string Part)> ReadSheets()
    {
        var relationships = new Dictionary<string, string>();
        if (_zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var xml = XmlReader.Create(OpenPart(rels));
            while (xml.Read())
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                    relationships[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        }
        var sheets = new List<(string, string)>();
        var workbook = _zip.GetEntry("xl/workbook.xml");
        if (workbook is null) return sheets;
        using (var xml = XmlReader.Create(OpenPart(workbook)))
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheet") continue;
                var name = xml.GetAttribute("name") ?? $"Sheet{sheets.Count + 1}";
                var id = xml.GetAttribute("id", RelNs);
                var part = id is not null && relationships.TryGetValue(id, out var target) ? target : $"xl/worksheets/sheet{sheets.Count + 1}.xml";
                sheets.Add((name, part));
            }
        }
        return sheets;
    }

    private List<string> ReadSharedStrings()
    {
        var strings = new List<string>();
        if (_zip.GetEntry("xl/sharedStrings.xml") is not { } entry) return strings;
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

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt;: its &lt;t&gt; runs, without phonetic (&lt;rPh&gt;) runs.</summary>
    private string ReadRichText(XmlReader xml)
    {
        if (xml.IsEmptyElement) return "";
        var depth = xml.Depth;
        var builder = new StringBuilder();
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh") { xml.Skip(); if (xml.Depth <= depth) break; }
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t") builder.Append(XmlText.ReadElementText(xml, _limits));
            if (builder.Length > _limits.MaxCellLength) throw _limits.CellTooLong();
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) break;
        }
        return builder.ToString();
    }

    private readonly record struct CellStyle(bool IsDate, int ZeroPadTo);

    private List<CellStyle> ReadStyles()
    {
        var styles = new List<CellStyle>();
        if (_zip.GetEntry("xl/styles.xml") is not { } entry) return styles;
        var formats = new Dictionary<int, string>();
        using var xml = XmlReader.Create(OpenPart(entry));
        var inCellXfs = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs") inCellXfs = false;
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "numFmt" && int.TryParse(xml.GetAttribute("numFmtId"), out var customId)) formats[customId] = xml.GetAttribute("formatCode") ?? "";
            else if (xml.LocalName == "cellXfs") inCellXfs = !xml.IsEmptyElement;
            else if (xml.LocalName == "xf" && inCellXfs)
            {
                var id = int.TryParse(xml.GetAttribute("numFmtId"), out var n) ? n : 0;
                var code = formats.GetValueOrDefault(id);
                styles.Add(new CellStyle(IsDateFormat(id, code), code is { Length: > 0 } && code.All(c => c == '0') ? code.Length : 0));
            }
        }
        return styles;
    }

    private static bool IsDateFormat(int id, string? code)
    {
        if (id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58) return true;
        if (string.IsNullOrEmpty(code)) return false;
        // Date letters outside quoted text and [bracketed] parts (colours, locales; [h] elapsed time is not a date).
        var inQuotes = false;
        var inBrackets = false;
        foreach (var c in code)
        {
            if (c == '"') inQuotes = !inQuotes;
            else if (!inQuotes && c == '[') inBrackets = true;
            else if (!inQuotes && c == ']') inBrackets = false;
            else if (!inQuotes && !inBrackets && "dmyhsDMYHS".Contains(c)) return true;
        }
        return false;
    }
}
