using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Pipes.Import;

/// <summary>The text of XLSX strings: the shared-strings table and rich-text runs, phonetic guides left out, each bounded by the cell limit.</summary>
internal static partial class XlsxStrings
{
    /// <summary>The shared-strings table (at most <c>MaxSharedStrings</c> entries); empty when the workbook has none.</summary>
    public static List<string> ReadShared(XlsxPackage package, ImportLimits limits)
    {
        var strings = new List<string>();
        using var xml = package.OpenXml(package.SharedStringsPart, new XmlReaderSettings { IgnoreWhitespace = false, CloseInput = true });
        if (xml is null) return strings;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si") continue;
            if (strings.Count == limits.MaxSharedStrings)
                throw limits.TooManySharedStrings();
            strings.Add(ReadRichText(xml, limits));
        }
        return strings;
    }

    /// <summary>
    /// The text of an &lt;si&gt; or &lt;is&gt;: its &lt;t&gt; runs, without phonetic (&lt;rPh&gt;) runs
    /// or their properties. Skip and ReadElementContentAsString leave the reader on the next node
    /// already, so the loop reads on only when neither moved it.
    /// </summary>
    public static string ReadRichText(XmlReader xml, ImportLimits limits)
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
                var text = Unescape(XmlText.ReadElementText(xml, limits));
                if (first is null) first = text;
                else (builder ??= new StringBuilder(first)).Append(text);
                if ((builder?.Length ?? first.Length) > limits.MaxCellLength) throw limits.CellTooLong();
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

    /// <summary>
    /// A string's text with its escapes read (ECMA-376 Part 1, 22.9.2.19 ST_Xstring): "_x000D_" is a carriage return, which
    /// XML would otherwise turn into a line feed, and "_x005F_" an underscore that would start an escape. Excel, openpyxl
    /// and pandas write a cell's CR LF line breaks so ("100 Main St_x000D_\n...").
    /// </summary>
    internal static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? Escape().Replace(text, m => ((char)int.Parse(m.ValueSpan[2..6], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToString())
            : text;

    [GeneratedRegex("_x[0-9A-Fa-f]{4}_")]
    private static partial Regex Escape();
}
