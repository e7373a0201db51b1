using System.Text;
using System.Xml;

namespace Pipes.Import;

/// <summary>The text of XLSX strings: the shared-strings table and rich-text runs, phonetic guides left out, each bounded by the cell limit.</summary>
internal static class XlsxStrings
{
    /// <summary>The shared-strings table (at most <c>MaxSharedStrings</c> entries); empty when the workbook has none.</summary>
    public static List<string> ReadShared(XlsxPackage package, ImportLimits limits)
    {
        var strings = new List<string>();
        if (package.Open(package.SharedStringsPart) is not { } part) return strings;
        using var xml = XmlReader.Create(part, new XmlReaderSettings { IgnoreWhitespace = false });
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
                var text = XmlText.ReadElementText(xml, limits);
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
}
