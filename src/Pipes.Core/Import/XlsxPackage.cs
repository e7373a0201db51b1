using System.IO.Compression;
using System.Xml;
using Pipes.Import.Normalization;

namespace Pipes.Import;

/// <summary>
/// An XLSX file as an Open Packaging Conventions package: its parts found through their
/// relationships (any folder, absolute or relative targets, any letter case or path separator),
/// the workbook's sheets in order with their visibility, the 1900 or 1904 date system, and every
/// part opened through <see cref="ZipPartStream"/> (within the inflation limit, CRC-checked,
/// cancellable on every read). Throws <see cref="InvalidDataException"/> or <see cref="XmlException"/>
/// for a damaged package; <see cref="XlsxSource"/> turns those into the file's error.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly long _fileLength;
    private readonly ImportLimits _limits;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Takes ownership of <paramref name="file"/>.</summary>
    public XlsxPackage(FileStream file, ImportLimits limits, CancellationToken cancellationToken)
    {
        _fileLength = file.Length;
        _limits = limits;
        _cancellationToken = cancellationToken;
        _zip = new ZipArchive(file, ZipArchiveMode.Read);
        // Part names are case-insensitive in OPC, and some writers use backslashes or a leading slash.
        foreach (var zipEntry in _zip.Entries) _entries.TryAdd(PartName(zipEntry.FullName), zipEntry);
        Sheets = ReadWorkbook(out var sharedStringsPart, out var stylesPart);
        SharedStringsPart = sharedStringsPart;
        StylesPart = stylesPart;
    }

    /// <summary>The worksheets in the workbook's order: name, part name, hidden or veryHidden.</summary>
    public IReadOnlyList<(string Name, string Part, bool Hidden)> Sheets { get; }

    /// <summary>The workbook uses the 1904 date system (Excel for Mac's old default): serial 0 is 1904-01-01.</summary>
    public bool Date1904 { get; private set; }

    /// <summary>
    /// The workbook asks to be recalculated in full when opened (<c>&lt;calcPr fullCalcOnLoad="1"/&gt;</c>: XlsxWriter writes it, with
    /// a placeholder 0 as every formula's cached value): the values its formulas hold are not their results.
    /// </summary>
    public bool FullCalcOnLoad { get; private set; }

    public string SharedStringsPart { get; }

    public string StylesPart { get; }

    /// <summary>The part, opened as it unpacks; null when the package lacks it.</summary>
    public Stream? Open(string part) => Entry(part) is { } entry ? ZipPartStream.Open(entry, _fileLength, _limits, _cancellationToken) : null;

    /// <summary>
    /// The part's XML, streamed; null when the package lacks it. The part's name is the reader's base URI, so an
    /// <see cref="XmlException"/> it throws names the part (its SourceUri), and the error can say which part is damaged.
    /// </summary>
    public XmlReader? OpenXml(string part, XmlReaderSettings? settings = null) =>
        Open(part) is { } stream ? XmlReader.Create(stream, settings ?? new XmlReaderSettings { CloseInput = true }, part) : null;

    public void Dispose() => _zip.Dispose();

    /// <summary>The workbook is an Excel Binary Workbook (.xlsb): its parts are binary records, none of them read here.</summary>
    public bool IsBinaryWorkbook { get; private set; }

    /// <summary>Tabs that are no worksheet (chart, dialog and macro sheets), left out of <see cref="Sheets"/>.</summary>
    public int OtherSheets => _tabs.Count(t => !t.IsWorksheet);

    /// <summary>Every tab in the workbook's order, worksheet or not: what a tab's number counts, as Excel shows them.</summary>
    public IReadOnlyList<(string Name, bool IsWorksheet)> Tabs => _tabs;

    private readonly List<(string Name, bool IsWorksheet)> _tabs = [];

    /// <summary>
    /// The worksheets in workbook order, with the shared-strings and styles parts, found as Excel
    /// finds them: the package relationships name the workbook part, the workbook's relationships
    /// name the rest (relative to the workbook's folder, or absolute).
    /// </summary>
    private List<(string Name, string Part, bool Hidden)> ReadWorkbook(out string sharedStringsPart, out string stylesPart)
    {
        var workbookPart = Relationships("_rels/.rels", "").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target;
        // An Excel Binary Workbook (.xlsb) is a zip of the same shape whose parts are binary records, not XML.
        IsBinaryWorkbook = workbookPart is not null && workbookPart.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) && Entry(workbookPart) is not null;
        if (workbookPart is null || Entry(workbookPart) is null || IsBinaryWorkbook) workbookPart = "xl/workbook.xml";
        var folder = workbookPart.Contains('/') ? workbookPart[..(workbookPart.LastIndexOf('/') + 1)] : "";
        var relationships = Relationships($"{folder}_rels/{workbookPart[folder.Length..]}.rels", folder);
        sharedStringsPart = relationships.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target ?? folder + "sharedStrings.xml";
        stylesPart = relationships.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target ?? folder + "styles.xml";
        var sheets = new List<(string, string, bool)>();
        if (Entry(workbookPart) is null) return sheets;
        using (var xml = OpenXml(workbookPart)!)
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                if (xml.LocalName == "workbookPr") Date1904 = xml.GetAttribute("date1904")?.Trim() is "1" or "true" or "TRUE" or "True";
                if (xml.LocalName == "calcPr") FullCalcOnLoad = xml.GetAttribute("fullCalcOnLoad")?.Trim() is "1" or "true" or "TRUE" or "True";
                if (xml.LocalName != "sheet") continue;
                var name = xml.GetAttribute("name") ?? $"Sheet{sheets.Count + 1}";
                var id = RelationshipId(xml);
                var relationship = id is null ? default : relationships.FirstOrDefault(r => r.Id == id);
                // A chart sheet (a chart on a tab of its own), a dialog sheet or an Excel 4.0 macro sheet holds no table: no sheet to
                // read or choose (a trial: a workbook whose first tab was a chart was "empty" by -Worksheet 1, or gave no records).
                if (relationship.Type is { } type && (type.EndsWith("/chartsheet", StringComparison.Ordinal) || type.EndsWith("/dialogsheet", StringComparison.Ordinal)
                    || type.EndsWith("/macrosheet", StringComparison.Ordinal) || type.EndsWith("/xlMacrosheet", StringComparison.Ordinal)))
                {
                    _tabs.Add((name, false));
                    continue;
                }
                _tabs.Add((name, true));
                var part = relationship.Target ?? $"{folder}worksheets/sheet{sheets.Count + 1}.xml";
                sheets.Add((name, part, xml.GetAttribute("state")?.Trim() is "hidden" or "veryHidden"));
            }
        }
        return sheets;
    }

    /// <summary>The element's r:id, whatever the prefix, in the transitional or the strict (ISO 29500) namespace; null when it has none.</summary>
    public static string? RelationshipId(XmlReader xml)
    {
        string? id = null;
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
            if (xml.LocalName == "id" && xml.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal)) id = xml.Value;
        xml.MoveToElement();
        return id;
    }

    /// <summary>
    /// The sheet's hyperlinks to an email address: relationship id to the "mailto:" target as written
    /// (ECMA-376 Part 1, 18.3.1.47: a cell's hyperlink names an external relationship of the sheet's part). Empty when none.
    /// </summary>
    public Dictionary<string, string> MailtoRelationships(string sheetPart)
    {
        var slash = sheetPart.LastIndexOf('/');
        var relsPart = $"{sheetPart[..(slash + 1)]}_rels/{sheetPart[(slash + 1)..]}.rels";
        var mailto = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, type, target) in Relationships(relsPart, "", external: true))
            if (type.EndsWith("/hyperlink", StringComparison.Ordinal) && MailtoUri.Is(target)) mailto[id] = target;
        return mailto;
    }

    /// <summary>
    /// The sheet's table parts (Excel's tables, ListObjects: ECMA-376 Part 1, 18.5), by the sheet's relationships, as part names
    /// (a "../tables/table1.xml" target resolved from the sheet's folder). Empty when none.
    /// </summary>
    public List<string> TableParts(string sheetPart)
    {
        var slash = sheetPart.LastIndexOf('/');
        var folder = sheetPart[..(slash + 1)];
        return Relationships($"{folder}_rels/{sheetPart[(slash + 1)..]}.rels", folder)
            .Where(r => r.Type.EndsWith("/table", StringComparison.Ordinal)).Select(r => r.Target).ToList();
    }

    /// <summary>
    /// The relationships of a .rels part, targets resolved to part names; none when the part is missing. External ones
    /// (a hyperlink's URL) only with <paramref name="external"/>, and then only they, as written.
    /// </summary>
    private List<(string Id, string Type, string Target)> Relationships(string relsPart, string folder, bool external = false)
    {
        var relationships = new List<(string, string, string)>();
        if (Entry(relsPart) is null) return relationships;
        using var xml = OpenXml(relsPart)!;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship" || xml.GetAttribute("Target") is not { } target) continue;
            if ((xml.GetAttribute("TargetMode") == "External") != external) continue;
            relationships.Add((xml.GetAttribute("Id") ?? "", xml.GetAttribute("Type") ?? "", external ? target : Resolve(folder, target)));
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
}
