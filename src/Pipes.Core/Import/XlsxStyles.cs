using System.Xml;

namespace Pipes.Import;

/// <summary>XLSX number formats: which cells are dates, times of day, elapsed times or numbers (and zero-padded codes).</summary>
internal static class XlsxStyles
{
    public enum FormatKind : byte { General, Date, TimeOfDay, Elapsed }

    /// <param name="Kind">What the format shows.</param>
    /// <param name="WholeNumberFormat">For a format of digits and literal text ("00000", "00000-0000", "000-00-0000", "(000) 000-0000", "\#0000000"), the same as a .NET custom format, to give a whole number as the format shows it (with its leading zeros); null otherwise.</param>
    public readonly record struct CellStyle(FormatKind Kind, string? WholeNumberFormat);

    /// <summary>The cell formats (cellXfs) in order, each as what its number format shows; empty when the workbook has no styles part.</summary>
    public static List<CellStyle> Read(XlsxPackage package)
    {
        var styles = new List<CellStyle>();
        using var xml = package.OpenXml(package.StylesPart);
        if (xml is null) return styles;
        var formats = new Dictionary<int, string>();
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
                styles.Add(new CellStyle(Classify(id, code), WholeNumberFormat(code)));
            }
        }
        return styles;
    }

    /// <summary>
    /// The first section of an Excel format made of digit places ('0', '#') and literal text ('-', ' ', '(', ')',
    /// \-escaped characters, "quoted" text), when it has at least one '0' (so it may pad): the same
    /// characters mean the same in a .NET custom format. Null for anything else ('.', ',', '%', 'E', '?',
    /// '@', letters, [colours]): those numbers are kept as numbers.
    /// </summary>
    private static string? WholeNumberFormat(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        var section = code.Split(';')[0];
        var zeros = 0;
        var inQuotes = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"') { inQuotes = !inQuotes; continue; }
            if (inQuotes) continue;
            if (c == '\\') { i++; continue; }
            if (c == '0') zeros++;
            else if (c is not ('#' or '-' or ' ' or '(' or ')')) return null; // not '/': a fraction in Excel ("# 0/0"), a character in .NET
        }
        return zeros > 0 && !inQuotes ? section : null;
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
