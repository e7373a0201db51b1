using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipes.Import.Email;

/// <summary>How an export's numeric dates are written: 04/03/2026 is 4 March day-first, April 3 month-first.</summary>
public enum DateOrder
{
    /// <summary>
    /// Decided from the file, for each way of writing dates (04/03/2026, 04.03.2026, 04-03-2026) apart: a first number
    /// over 12 in a date written that way is day-first, a second one over 12 month-first.
    /// </summary>
    Auto,
    DayFirst,
    MonthFirst,
}

/// <summary>A date cell read: its value, and whether the text gave its offset from UTC (else it is a wall-clock time).</summary>
public readonly record struct EmailDate(DateTimeOffset Value, bool HasOffset)
{
    /// <summary>
    /// The date as the same text gives it on any machine: the UTC instant when the text gave an offset,
    /// else the wall-clock time without the machine's offset (a date read in Chicago and in London alike).
    /// </summary>
    public string Key => HasOffset
        ? Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture)
        : Value.DateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    /// <summary>
    /// The date with a wall-clock time placed in <paramref name="zone"/> (the export's zone: -TimeZone, else Outlook.TimeZone,
    /// else the machine's), at the offset the zone had on that day; a date whose text gave its offset is returned as it is.
    /// <see cref="Key"/> does not change. <paramref name="skipped"/> is true for a time the zone's clocks skipped (the hour
    /// a DST change leaves out, which no real message can bear): it is placed at the zone's standard offset.
    /// </summary>
    public EmailDate InZone(TimeZoneInfo zone, out bool skipped)
    {
        skipped = false;
        if (HasOffset) return this;
        var wall = DateTime.SpecifyKind(Value.DateTime, DateTimeKind.Unspecified);
        skipped = zone.IsInvalidTime(wall);
        // GetUtcOffset takes an Unspecified time as the zone's own; in the repeated hour of a change back it gives standard time.
        return new EmailDate(new DateTimeOffset(wall, zone.GetUtcOffset(wall)), false);
    }
}

/// <summary>
/// Reads the dates of an email export. Numeric dates (4/3/2026, 04.03.2026, Wed 3/4/2026 2:05 PM) are
/// read in the file's <see cref="DateOrder"/>, never in the culture of the machine that imports them;
/// ISO dates and dates with month names (English, German, French, Spanish, and the machine's own
/// language) are read as written. A time without an offset is a wall-clock time, placed in the export's zone by
/// <see cref="EmailDate.InZone"/>.
/// </summary>
internal static partial class EmailDates
{
    /// <summary>What one date cell says about the file's order.</summary>
    internal enum Evidence { None, Ambiguous, DayFirst, MonthFirst }

    // An optional weekday ("Wed", "Mittwoch,"), two numbers and a year with one separator, then anything (a time, an offset).
    private static readonly Regex Numeric = new(
        @"^\s*(?:\p{L}+\.?,?\s+)?(?<a>\d{1,2})\s*(?<sep>[/.\-])\s*(?<b>\d{1,2})\s*\k<sep>\s*(?<y>\d{4}|\d{2})(?!\d)\.?(?:(?:\s+|T|,\s*)(?<time>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A 12-hour time's designator written with dots or a space in it ("2:05 p.m.", Spanish Windows' "2:05 p. m."), after a time.
    [GeneratedRegex(@"(?<=\d:\d\d(?::\d\d)?\s*)(?<m>[ap])\.?\s?m\.?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Designator();

    /// <summary>
    /// The text with its spaces plain (a no-break or narrow no-break space, as .NET's and Windows' own formats put before
    /// AM and inside "p. m.") and a dotted designator as AM or PM, which the parser reads: "p. m." was no date at all.
    /// </summary>
    private static string Designators(string text)
    {
        if (text.AsSpan().IndexOfAny('\u00A0', '\u202F') >= 0) text = text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        // A raw Date: header's comment after its offset ("Tue, 20 Jan 2026 09:15:00 -0600 (CST)", as mbox and Gmail-derived CSVs
        // keep it), Apple's "Jan 21, 2026 at 3:04 PM", German Windows' "2:05 nachm." (a trial: each was no date at all).
        if (text.EndsWith(')')) text = TrailingComment().Replace(text, "");
        if (text.Contains(" at ", StringComparison.OrdinalIgnoreCase)) text = AppleAt().Replace(text, " ");
        if (text.Contains("m.", StringComparison.OrdinalIgnoreCase)) text = GermanDesignator().Replace(text, m => m.Value.StartsWith("v", StringComparison.OrdinalIgnoreCase) ? "AM" : "PM");
        return text.Contains('m', StringComparison.OrdinalIgnoreCase)
            ? Designator().Replace(text, m => char.ToUpperInvariant(m.Groups["m"].Value[0]) == 'A' ? "AM" : "PM")
            : text;
    }

    [GeneratedRegex(@"\s*\([^()]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingComment();

    [GeneratedRegex(@"(?<=\d)\s+at\s+(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppleAt();

    [GeneratedRegex(@"(?<=\d:\d\d(?::\d\d)?\s*)(?:vorm|nachm)\.(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GermanDesignator();

    private static readonly CultureInfo[] Languages = new[] { "de-DE", "fr-FR", "es-ES", "en-GB" }.Select(CultureInfo.GetCultureInfo).ToArray();

    private const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeLocal;

    /// <summary>
    /// What the date says about the order of the dates written like it, and how it is written: its separator ('/', '.'
    /// or '-'; '\0' for a date that is not numeric). A date tells only of its own style: an export whose Outlook
    /// wrote "Mon 1/12/2026" beside dates someone typed as 13.01.2026 has two orders. 04.03.2026 tells nothing on
    /// its own: that dotted dates are day-first is a default (<see cref="DefaultFor"/>), not evidence.
    /// </summary>
    internal static (Evidence Evidence, char Style) Judge(string text)
    {
        var match = Numeric.Match(text);
        if (!match.Success) return (Evidence.None, '\0');
        var style = match.Groups["sep"].ValueSpan[0];
        var a = int.Parse(match.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
        var b = int.Parse(match.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
        if (a > 12 && b <= 12) return (Evidence.DayFirst, style);
        if (b > 12 && a <= 12) return (Evidence.MonthFirst, style);
        if (a > 12 || a == 0 || b == 0) return (Evidence.None, style); // no date either way
        return (a == b ? Evidence.None : Evidence.Ambiguous, style);
    }

    /// <summary>
    /// The order taken for dates of <paramref name="style"/> when none of the file's dates of that style tells:
    /// day-first for an export in a day-first language (<paramref name="dayFirstLanguage"/>: German, French,
    /// Spanish or Portuguese headers, whose Outlook writes dates day-first) and for dotted dates (dd.MM.yyyy,
    /// as German and other European exports write them; no locale writes them month-first), else this computer's
    /// culture. <c>Told</c> is whether the user must hear of it: only a language says it from the file itself.
    /// </summary>
    internal static (DateOrder Order, bool Told) DefaultFor(char style, bool dayFirstLanguage, CultureInfo culture) =>
        dayFirstLanguage ? (DateOrder.DayFirst, false)
        : style == '.' ? (DateOrder.DayFirst, true)
        : (CultureOrder(culture), true);

    /// <summary>
    /// The order of the current culture's short date (en-US month-first, en-GB and de-DE day-first): the
    /// likeliest when the file cannot tell, since exports are mostly imported where they were made.
    /// </summary>
    internal static DateOrder CultureOrder(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.ShortDatePattern;
        var day = pattern.IndexOf('d');
        var month = pattern.IndexOf('M');
        return day >= 0 && month >= 0 && day < month ? DateOrder.DayFirst : DateOrder.MonthFirst;
    }

    /// <summary>The date in <paramref name="text"/>, numeric dates read in <paramref name="order"/> (not Auto); null when it is no date.</summary>
    internal static EmailDate? Parse(string text, DateOrder order) => Parse(text, _ => order);

    /// <summary>
    /// The date in <paramref name="text"/>, a numeric date read in the order <paramref name="orderOf"/> gives for its
    /// separator ('/', '.' or '-'; never Auto); null when it is no date.
    /// </summary>
    internal static EmailDate? Parse(string text, Func<char, DateOrder> orderOf)
    {
        text = text.Trim();
        if (text.Length == 0) return null;
        text = Designators(text);
        // A date column re-saved by Excel in the General format: its serial number (46043.38542 is 2026-01-20 09:15), a wall-clock time.
        // Only 1970-2099's serials: a bare number outside them is no date.
        if (text.Length >= 5 && char.IsAsciiDigit(text[0]) && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial)
            && serial is >= 25569 and < 73051 && text.IndexOf('.') is -1 or 5)
        {
            var wall = DateTime.FromOADate(serial);
            wall = new DateTime((wall.Ticks + TimeSpan.TicksPerSecond / 2) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);
            return new EmailDate(new DateTimeOffset(wall, TimeZoneInfo.Local.GetUtcOffset(wall)), false); // as a text without an offset reads
        }
        var match = Numeric.Match(text);
        if (match.Success)
        {
            var order = orderOf(match.Groups["sep"].ValueSpan[0]);
            var a = int.Parse(match.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
            var b = int.Parse(match.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
            var (day, month) = order == DateOrder.MonthFirst ? (b, a) : (a, b);
            var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            if (match.Groups["y"].Length == 2) year = CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(year);
            if (month is < 1 or > 12 || day < 1 || year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month)) return null;
            // The date rewritten as ISO, the time and offset after it as written: the invariant parser reads "2:05 PM", "14:05:00 +01:00".
            var iso = $"{year:D4}-{month:D2}-{day:D2}" + (match.Groups["time"].Success ? " " + match.Groups["time"].Value : "");
            return Read(iso, CultureInfo.InvariantCulture);
        }
        if (Read(text, CultureInfo.InvariantCulture) is { } invariant) return invariant;
        if (Read(text, CultureInfo.CurrentCulture) is { } current) return current;
        foreach (var language in Languages)
            if (Read(text, language) is { } parsed) return parsed;
        return null;
    }

    /// <summary>
    /// Whether <paramref name="text"/>, a date the parser read in <paramref name="culture"/>, writes its year: a number of three
    /// digits or more outside the time of day, or beside a month's name two numbers ("1 Dec 25"), else three ("12/1/25").
    /// </summary>
    private static bool NamesYear(string text, CultureInfo culture)
    {
        var date = TimeOfDay().Replace(text, " ");
        var numbers = 0;
        foreach (var number in Number().EnumerateMatches(date))
        {
            if (number.Length >= 3) return true;
            numbers++;
        }
        // Two numbers joined as a date ("01/12") are its day and month, whatever word stands before them ("mar." is Tuesday in French,
        // not March): the year is a third number.
        return numbers >= (NamesMonth(date, culture) && !DayAndMonth().IsMatch(date) ? 2 : 3);
    }

    [GeneratedRegex(@"\d{1,2}\s*[/.\-]\s*\d{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex DayAndMonth();

    private static bool NamesMonth(string text, CultureInfo culture)
    {
        var format = culture.DateTimeFormat;
        foreach (var word in Word().EnumerateMatches(text))
        {
            var name = text.AsSpan(word.Index, word.Length);
            foreach (var names in (string[][])[format.MonthNames, format.AbbreviatedMonthNames, format.MonthGenitiveNames, format.AbbreviatedMonthGenitiveNames])
                foreach (var month in names)
                    if (month.Length > 0 && name.Equals(month.AsSpan().TrimEnd('.'), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // "9:05", "09:05:00.123", with the offset written after it ("+01:00", "-0500", "Z"), and an hour alone before AM or PM ("9 AM"):
    // numbers that are no part of the date.
    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*(?:Z\b|(?:GMT|UTC)?\s*[+-]\d{2}:?\d{2}))?|\b\d{1,2}\s*[AaPp]\.?[Mm]\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>
    /// The date <paramref name="text"/> gives in <paramref name="culture"/>; null when it is none, or when it is a time
    /// alone ("9:00 AM", an Excel time cell): the parser would put today's date to it, a Date that is wrong and a
    /// MessageId (<see cref="EmailDate.Key"/>) that changes with the day the export is imported.
    /// </summary>
    private static EmailDate? Read(string text, CultureInfo culture)
    {
        if (!DateTimeOffset.TryParse(text, culture, Styles, out var value)) return null;
        // A date without its year ("Dec 1 9:05 AM", "12/1 9:05": Outlook's message list shows this year's mail so) gets the
        // year of the import from the parser: a Date that may be a year out, and a MessageId that changes with the year.
        if (!NamesYear(text, culture)) return null;
        // NoCurrentDateDefault gives a time alone the date 0001-01-01 instead of today's.
        if (DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault, out var probe)
            && probe.Year == 1 && !text.Contains("0001", StringComparison.Ordinal)) return null;
        // RoundtripKind leaves a time without an offset Unspecified: that is a wall-clock time.
        var hasOffset = DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var kind) && kind.Kind != DateTimeKind.Unspecified;
        return new EmailDate(value, hasOffset);
    }
}
