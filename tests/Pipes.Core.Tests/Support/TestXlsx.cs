using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Pipes.Tests.Support;

/// <summary>
/// Writes small XLSX workbooks for tests, laid out as Excel writes them: shared strings, a styles
/// part with a date format, cell references, a formula with its cached value, merged cells.
/// </summary>
public static class TestXlsx
{
    /// <summary>A cell: a string, a number, a bool, a DateTime (stored as an OLE date with a date style), or a Formula.</summary>
    public sealed record Formula(string Expression, object CachedValue);

    /// <summary>
    /// A text cell that is a hyperlink to <paramref name="Target"/> ("mailto:..."), as Excel's Insert Link writes one: the target in the sheet's relationships.
    /// <paramref name="Range"/> ("B3:B4", a merged cell's) is the hyperlink's ref in place of the cell's own.
    /// </summary>
    public sealed record Link(string Text, string Target, string? Range = null);

    /// <summary>Marks the sheet hidden in the workbook <see cref="Write"/> wrote (state="hidden", as Excel's Hide does).</summary>
    public static void Hide(string path, string sheet)
    {
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/workbook.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        entry.Delete();
        var named = $"<sheet name=\"{SecurityElement.Escape(sheet)}\" ";
        using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
        writer.Write(xml.Replace(named, named + "state=\"hidden\" ", StringComparison.Ordinal));
    }

    public static void Write(string path, params (string Name, object?[][] Rows, string? Merge)[] sheets)
    {
        var strings = new List<string>();
        int StringIndex(string s)
        {
            var i = strings.IndexOf(s);
            if (i >= 0) return i;
            strings.Add(s);
            return strings.Count - 1;
        }
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var sheetXml = new List<string>();
        var sheetLinks = new List<List<(string Reference, string Target)>>();
        foreach (var (_, rows, merge) in sheets)
        {
            var links = new List<(string Reference, string Target)>();
            sheetLinks.Add(links);
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            xml.Append($"<dimension ref=\"A1:J{Math.Max(1, rows.Length)}\"/><sheetData>");
            for (var r = 0; r < rows.Length; r++)
            {
                xml.Append($"<row r=\"{r + 1}\">");
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    xml.Append(rows[r][c] switch
                    {
                        null => "",
                        string s => $"<c r=\"{reference}\" t=\"s\"><v>{StringIndex(s)}</v></c>",
                        Link l => $"<c r=\"{reference}\" t=\"s\"><v>{StringIndex(l.Text)}</v></c>{Linked(links, l.Range ?? reference, l.Target)}",
                        bool b => $"<c r=\"{reference}\" t=\"b\"><v>{(b ? 1 : 0)}</v></c>",
                        DateTime d => $"<c r=\"{reference}\" s=\"1\"><v>{d.ToOADate().ToString(CultureInfo.InvariantCulture)}</v></c>",
                        Formula { CachedValue: string s } f => $"<c r=\"{reference}\" t=\"str\"><f>{SecurityElement.Escape(f.Expression)}</f><v>{SecurityElement.Escape(s)}</v></c>",
                        Formula f => $"<c r=\"{reference}\"><f>{SecurityElement.Escape(f.Expression)}</f><v>{Convert.ToString(f.CachedValue, CultureInfo.InvariantCulture)}</v></c>",
                        var n => $"<c r=\"{reference}\"><v>{Convert.ToString(n, CultureInfo.InvariantCulture)}</v></c>",
                    });
                }
                xml.Append("</row>");
            }
            xml.Append("</sheetData>");
            if (merge is not null) xml.Append($"<mergeCells count=\"1\"><mergeCell ref=\"{merge}\"/></mergeCells>");
            if (links.Count > 0)
                xml.Append("<hyperlinks>" + string.Concat(links.Select((l, i) => $"<hyperlink ref=\"{l.Reference}\" r:id=\"rIdLink{i + 1}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/>")) + "</hyperlinks>");
            xml.Append("</worksheet>");
            sheetXml.Add(xml.ToString());
        }
        Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        var workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 0; i < sheets.Length; i++)
        {
            workbook.Append($"<sheet name=\"{SecurityElement.Escape(sheets[i].Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
            rels.Append($"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
            Add(zip, $"xl/worksheets/sheet{i + 1}.xml", sheetXml[i]);
            if (sheetLinks[i].Count > 0)
                Add(zip, $"xl/worksheets/_rels/sheet{i + 1}.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + string.Concat(sheetLinks[i].Select((l, n) => $"<Relationship Id=\"rIdLink{n + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"{SecurityElement.Escape(l.Target)}\" TargetMode=\"External\"/>"))
                    + "</Relationships>");
        }
        Add(zip, "xl/workbook.xml", workbook.Append("</sheets></workbook>").ToString());
        Add(zip, "xl/_rels/workbook.xml.rels", rels.Append("</Relationships>").ToString());
        Add(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        Add(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + string.Concat(strings.Select(s => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></si>")) + "</sst>");
    }

    /// <summary>Keeps the link for the sheet's hyperlinks part; the cell's own XML gets nothing more.</summary>
    private static string Linked(List<(string Reference, string Target)> links, string reference, string target)
    {
        links.Add((reference, target));
        return "";
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
