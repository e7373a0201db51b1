using System.Globalization;
using System.Text;
using System.Xml;

namespace Pipes.Import;

/// <summary>XLSX number formats: which cells are dates, times of day, elapsed times or numbers (and zero-padded codes).</summary>
internal static class XlsxStyles
{
    public enum FormatKind : byte { General, Date, TimeOfDay, Elapsed }

    /// <param name="Kind">What the format shows.</param>
    /// <param name="Shown">For a format of digits and literal text ("00000", "00000-0000", "000-00-0000", "(000) 000-0000", "\#0000000",
    /// "[&lt;=99999]00000;00000-0000"), what it shows of a number (<see cref="DigitsFormat"/>); null otherwise.</param>
    public readonly record struct CellStyle(FormatKind Kind, DigitsFormat? Shown);

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
                var kind = Classify(id, code);
                // Built-in 1 is "0": a whole number there is the number, and a true fraction too (DigitsFormat.Rounds).
                styles.Add(new CellStyle(kind, kind != FormatKind.General ? null : id == 1 && code is null ? DigitsFormat.WholeNumber : DigitsFormat.Parse(code)));
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
        // minutes right after an h or right before an s, else a month. A quote left open runs to the end.
        var section = SplitSections(code) is { } sections ? sections[0] : code;
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

    /// <summary>
    /// A number format's sections (positive; negative; zero; text), split at each ';' outside "quoted" text and \-escapes, as
    /// Excel splits them: <c>0000" ; "0</c> and <c>yyyy\;mm</c> are one section. Null when a quote is left open. What a format
    /// is (<see cref="Classify"/>) and what it shows of a number (<see cref="DigitsFormat"/>) both read its sections so.
    /// </summary>
    internal static List<string>? SplitSections(string code)
    {
        var parts = new List<string>();
        var start = 0;
        var inQuotes = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') inQuotes = !inQuotes;
            else if (inQuotes) continue;
            else if (c == '\\') i++;
            else if (c == ';')
            {
                parts.Add(code[start..i]);
                start = i + 1;
            }
        }
        if (inQuotes) return null;
        parts.Add(code[start..]);
        return parts;
    }

    /// <summary>
    /// An Excel number format made of digit places ('0', '#') and literal text ('-', ' ', '(', ')', \-escaped characters, "quoted"
    /// text), with its sections (positive; negative; zero; text) and [conditions] ("[&lt;=99999]00000;00000-0000", Excel's own Zip
    /// Code + 4; "[&lt;=9999999]###-####;(###) ###-####", its Phone Number), [colours] and [$-locales] (which show nothing): what
    /// Excel shows of a number there, leading zeros and all. Such a section means the same as a .NET custom format of one section.
    /// A section with anything else ('.', ',', '%', 'E', '?', '_', '*', '@', letters, [$€-407]) makes the format no such one: its
    /// numbers are kept as numbers.
    /// </summary>
    internal sealed class DigitsFormat
    {
        private readonly Section[] _sections;

        /// <summary>One section: its .NET format (null: it shows nothing), and its condition when it has one.</summary>
        private readonly record struct Section(string? Format, string? Operator, double Operand);

        // Whether a section has a [condition]: the sections are then chosen by it, not by the number's sign.
        private readonly bool _conditional;

        private DigitsFormat(Section[] sections)
        {
            _sections = sections;
            _conditional = sections.Any(s => s.Operator is not null);
        }

        /// <summary>Excel's built-in format 1, "0": a number shown rounded to a whole one, kept a number, its fraction kept too unless it is float noise (<see cref="Rounds"/>).</summary>
        public static DigitsFormat WholeNumber { get; } = new([new Section("0", null, 0)]) { Rounds = true };

        /// <summary>The format shows a number as a whole one: the cell stays a number, a whole number's float noise rounded away and a true fraction kept (see XlsxSource).</summary>
        public bool Rounds { get; private init; }

        /// <summary>The format, when it is of digits and literal text (the first section has a digit place and, unless a '0' pads, some text); null otherwise.</summary>
        public static DigitsFormat? Parse(string? code)
        {
            if (string.IsNullOrEmpty(code)) return null;
            var parts = SplitSections(code);
            if (parts is null || parts.Count > 4) return null;
            // A fourth section is for text cells: a number never shows it.
            if (parts.Count == 4) parts.RemoveAt(3);
            var sections = new Section[parts.Count];
            for (var i = 0; i < parts.Count; i++)
            {
                if (ReadSection(parts[i], first: i == 0) is not { } section) return null;
                sections[i] = section;
            }
            // "0" written out ("0", "0;-0;0;@"; writers that list every format they use): the built-in "0", whose true fraction is the
            // cell's value (a trial: a decimal interest 0.00390625 under a custom "0" became the text "0", acres 12.5 "13").
            if (Array.TrueForAll(sections, s => s.Operator is null && s.Format is "0" or "-0")) return WholeNumber;
            return new DigitsFormat(sections);
        }

        /// <summary>
        /// What Excel shows of <paramref name="number"/>: rounded to a whole number (no section has decimals), in the section its sign
        /// or condition chooses, with its literal text ("" for an empty section); null when it cannot be told (a negative number under
        /// conditions, a number past 15 digits).
        /// </summary>
        public string? Show(double number)
        {
            var rounded = Math.Round(Math.Abs(number), MidpointRounding.AwayFromZero);
            if (rounded >= 1e15 || double.IsNaN(number)) return null;
            var whole = (long)rounded;
            Section section;
            var minus = false;
            if (_conditional)
            {
                if (number < 0) return null;
                if (Holds(_sections[0], number)) section = _sections[0];
                else if (_sections.Length > 1 && (_sections[1].Operator is null || Holds(_sections[1], number))) section = _sections[1];
                else if (_sections.Length > 2) section = _sections[2];
                else return null;
            }
            else
            {
                section = _sections.Length switch
                {
                    1 => _sections[0],
                    2 => number < 0 ? _sections[1] : _sections[0],
                    _ => number < 0 ? _sections[1] : number > 0 ? _sections[0] : _sections[2],
                };
                minus = number < 0 && _sections.Length == 1 && whole != 0;
            }
            if (section.Format is null) return "";
            var text = whole.ToString(section.Format, CultureInfo.InvariantCulture);
            return minus ? "-" + text : text;
        }

        private static bool Holds(Section section, double number) => section.Operator switch
        {
            "<" => number < section.Operand,
            "<=" => number <= section.Operand,
            ">" => number > section.Operand,
            ">=" => number >= section.Operand,
            "=" => number == section.Operand,
            "<>" => number != section.Operand,
            _ => true,
        };

        /// <summary>One section as a .NET custom format with its condition; null when it is not of digits and text.</summary>
        private static Section? ReadSection(string section, bool first)
        {
            var format = new StringBuilder(section.Length);
            string? op = null;
            double operand = 0;
            int zeros = 0, places = 0, literals = 0;
            var inQuotes = false;
            for (var i = 0; i < section.Length; i++)
            {
                var c = section[i];
                if (c == '"')
                {
                    inQuotes = !inQuotes;
                    format.Append(c);
                    continue;
                }
                if (inQuotes)
                {
                    format.Append(c);
                    literals++;
                    continue;
                }
                if (c == '\\')
                {
                    if (i + 1 >= section.Length) return null;
                    format.Append(c).Append(section[++i]);
                    literals++;
                    continue;
                }
                if (c == '[')
                {
                    var close = section.IndexOf(']', i);
                    if (close < 0) return null;
                    var inner = section[(i + 1)..close];
                    i = close;
                    if (inner.StartsWith('$'))
                    {
                        // A locale, "[$-409]": shows nothing. A currency's symbol, "[$€-407]", "[$USD]": not a code's format.
                        if (inner.Length > 1 && inner[1] != '-') return null;
                        continue;
                    }
                    if (inner.Length > 0 && inner[0] is '<' or '>' or '=')
                    {
                        var length = inner.Length > 1 && inner[1] is '=' or '>' ? 2 : 1;
                        if (op is not null || !double.TryParse(inner.AsSpan(length), NumberStyles.Float, CultureInfo.InvariantCulture, out operand)) return null;
                        op = inner[..length];
                        continue;
                    }
                    if (IsColour(inner)) continue;
                    return null; // [h], [mm]: an elapsed time, never here
                }
                if (c == '0') zeros++;
                else if (c == '#') places++;
                else if (c is '-' or ' ' or '(' or ')') literals++;
                else return null; // not '/': a fraction in Excel ("# 0/0"), a character in .NET
                format.Append(c);
            }
            if (inQuotes) return null;
            // The first section must show digits, padded by a '0' or set among text ("###-####"): a bare "#" or "###" shows the number as it is.
            if (first && (zeros + places == 0 || (zeros == 0 && literals == 0))) return null;
            // A section of text alone ("none") shows that text; an empty one nothing.
            return new Section(format.Length == 0 ? null : format.ToString(), op, operand);
        }

        private static bool IsColour(string inner) =>
            inner.ToLowerInvariant() is "black" or "blue" or "cyan" or "green" or "magenta" or "red" or "white" or "yellow"
            || (inner.StartsWith("color", StringComparison.OrdinalIgnoreCase) && inner.Length > 5 && inner.AsSpan(5).IndexOfAnyExceptInRange('0', '9') < 0);
    }
}
