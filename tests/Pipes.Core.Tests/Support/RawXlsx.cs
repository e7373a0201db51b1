using System.IO.Compression;
using System.Text;

namespace Pipes.Tests.Support;

/// <summary>
/// Writes a zip of the given parts exactly as given, for workbooks laid out the way writers other
/// than Excel lay them out (other folders, prefixes, missing parts, inline strings). The helpers
/// build the usual parts so that each test states only what differs.
/// </summary>
public static class RawXlsx
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void Write(string path, params (string Part, string Content)[] parts)
    {
        if (File.Exists(path)) File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (part, content) in parts)
        {
            using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
    }

    /// <summary>The package relationships pointing at the workbook part.</summary>
    public static (string, string) PackageRels(string workbookTarget = "xl/workbook.xml") =>
        ("_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"{workbookTarget}\"/></Relationships>");

    /// <summary>A workbook part: each sheet (name, r:id, state) in order, with optional workbookPr attributes.</summary>
    public static string Workbook(string workbookPr, params (string Name, string Id, string? State)[] sheets) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><workbookPr {workbookPr}/><sheets>"
        + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\"{(s.State is null ? "" : $" state=\"{s.State}\"")} r:id=\"{s.Id}\"/>"))
        + "</sheets></workbook>";

    /// <summary>A relationships part: (Id, type's last segment, target).</summary>
    public static string Rels(params (string Id, string Type, string Target)[] relationships) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{Rel}/{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    /// <summary>A worksheet part whose sheetData is the given XML.</summary>
    public static string Sheet(string sheetData, string prefix = "") =>
        prefix.Length == 0
            ? $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>{sheetData}</sheetData></worksheet>"
            : $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{prefix}:worksheet xmlns:{prefix}=\"{Main}\"><{prefix}:sheetData>{sheetData}</{prefix}:sheetData></{prefix}:worksheet>";

    /// <summary>A row of inline-string cells without references.</summary>
    public static string InlineRow(params string[] cells) =>
        "<row>" + string.Concat(cells.Select(c => $"<c t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) + "</row>";

    /// <summary>A styles part with the given custom number formats (id 164 on) as cell styles 1, 2, ...; style 0 is General.</summary>
    public static string Styles(params string[] formatCodes) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{Main}\"><numFmts count=\"{formatCodes.Length}\">"
        + string.Concat(formatCodes.Select((f, i) => $"<numFmt numFmtId=\"{164 + i}\" formatCode=\"{System.Security.SecurityElement.Escape(f)}\"/>"))
        + $"</numFmts><cellXfs count=\"{formatCodes.Length + 1}\"><xf numFmtId=\"0\"/>"
        + string.Concat(formatCodes.Select((_, i) => $"<xf numFmtId=\"{164 + i}\" applyNumberFormat=\"1\"/>"))
        + "</cellXfs></styleSheet>";
}
