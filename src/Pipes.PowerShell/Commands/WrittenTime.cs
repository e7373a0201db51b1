using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// Reads text as a date and time as <see cref="DateTime.TryParse(string, IFormatProvider, DateTimeStyles, out DateTime)"/> does, but
/// keeps a reading only where it accounts for every number written. .NET's parser reads what it can and drops the rest without a
/// word: "Dec 1 9am" is 2009-12-01 00:00 to it (the 9 taken for the year, the hour lost), "December 1 9:00" today at 01:09. Where the
/// whole text is misread, the date and the time of day are read apart ("Dec 1" and "9am"), and that reading is kept if it accounts
/// for every number; otherwise the text is not read at all.
/// </summary>
internal static partial class WrittenTime
{
    /// <summary>The [DateTimeOffset] (offset or Z written), the [DateTime] (none written), or null when no reading accounts for the text.</summary>
    public static object? Read(string text, CultureInfo culture)
    {
        if (ReadWhole(text, culture) is { } whole && Accounts(text, whole, culture)) return whole;
        var clock = TimeOfDay().Matches(text).LastOrDefault();
        if (clock is null) return null;
        var datePart = SeparatorsLeft().Replace(text.Remove(clock.Index, clock.Length), " ").Trim();
        if (datePart.Length == 0
            || !DateTime.TryParse(datePart, culture, DateTimeStyles.AllowWhiteSpaces, out var date) || date.TimeOfDay != TimeSpan.Zero)
            return null;
        var (hour, minute, second) = Clock(clock, text, culture);
        if (hour > 23 || minute > 59 || second > 59) return null;
        var apart = date.Date + new TimeSpan(hour, minute ?? 0, second ?? 0);
        return Accounts(text, apart, culture) ? apart : null;
    }

    private static object? ReadWhole(string text, CultureInfo culture)
    {
        if (!DateTime.TryParse(text, culture, DateTimeStyles.RoundtripKind | DateTimeStyles.AllowWhiteSpaces, out var parsed)) return null;
        // An offset or Z in the text: the instant it names, offset kept.
        if (parsed.Kind != DateTimeKind.Unspecified && DateTimeOffset.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out var instant)) return instant;
        return parsed;
    }

    /// <summary>
    /// Whether every number in <paramref name="text"/> is a part of <paramref name="reading"/>: each time of day its hour, minute and
    /// second (a.m. and p.m., or the culture's own designator, counted); each other number a different one of its day, month and year
    /// (<see cref="DateParts"/>). A trailing offset or zone is the instant's, not a number of the date.
    /// </summary>
    private static bool Accounts(string text, object reading, CultureInfo culture)
    {
        var wall = reading switch { DateTimeOffset instant => instant.DateTime, DateTime time => time, _ => default };
        if (reading is DateTimeOffset) text = TrailingOffset().Replace(text, "");
        foreach (Match clock in TimeOfDay().Matches(text))
        {
            var (hour, minute, second) = Clock(clock, text, culture);
            if (wall.Hour != hour || (minute is { } m && wall.Minute != m) || (second is { } sec && wall.Second != sec)) return false;
        }
        var numbers = Number().Matches(TimeOfDay().Replace(text, " ")).Select(n => n.Value).ToList();
        var monthByName = Words().Matches(text).Any(word => IsMonthName(word.Value, culture));
        return numbers.Count + (monthByName ? 1 : 0) <= 3 && DateParts(numbers, wall, monthByName, numbers.Count + (monthByName ? 1 : 0) == 3, yearWritten: false);
    }

    /// <summary>A time of day as written, on the 24-hour clock: a.m. and p.m., or the culture's own designator ("午後2:00"), counted.</summary>
    private static (int Hour, int? Minute, int? Second) Clock(Match clock, string text, CultureInfo culture)
    {
        var hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
        var marked = clock.Groups["p"].Success;
        var afternoon = marked ? char.ToLowerInvariant(clock.Groups["p"].Value[0]) == 'p'
            : culture.DateTimeFormat.PMDesignator is { Length: > 0 } pm && text.Contains(pm, StringComparison.OrdinalIgnoreCase) && hour < 12;
        if (marked || afternoon) hour = hour % 12 + (afternoon ? 12 : 0);
        int? Part(string name) => clock.Groups[name].Success ? int.Parse(clock.Groups[name].Value, CultureInfo.InvariantCulture) : null;
        return (hour, Part("m"), Part("s"));
    }

    /// <summary>
    /// Whether the date's numbers can each be a different part of <paramref name="wall"/>: its day, its month (unless named), its year
    /// (four digits; or two, where day, month and year are all written: "12/1/26", not "Dec 1 9"). A year no number gives must be this
    /// year's, as the parser fills it in: "1 Dec" read as 2001 is not what was written.
    /// </summary>
    private static bool DateParts(IReadOnlyList<string> numbers, DateTime wall, bool monthByName, bool threeParts, bool yearWritten, int dayOrMonthUsed = 0, int index = 0)
    {
        if (index == numbers.Count) return yearWritten || wall.Year == DateTime.Now.Year;
        var text = numbers[index];
        var value = int.Parse(text, CultureInfo.InvariantCulture);
        if (text.Length == 4) return value == wall.Year && !yearWritten && DateParts(numbers, wall, monthByName, threeParts, true, dayOrMonthUsed, index + 1);
        if (text.Length > 2) return false;
        const int day = 1, month = 2;
        return (value == wall.Day && (dayOrMonthUsed & day) == 0 && DateParts(numbers, wall, monthByName, threeParts, yearWritten, dayOrMonthUsed | day, index + 1))
            || (!monthByName && value == wall.Month && (dayOrMonthUsed & month) == 0 && DateParts(numbers, wall, monthByName, threeParts, yearWritten, dayOrMonthUsed | month, index + 1))
            || (threeParts && !yearWritten && value == wall.Year % 100 && DateParts(numbers, wall, monthByName, threeParts, true, dayOrMonthUsed, index + 1));
    }

    /// <summary>"Dec", "December", "Dez.", "décembre": a month's name or abbreviation in the session's culture or in English, as the parser reads both.</summary>
    private static bool IsMonthName(string word, CultureInfo culture)
    {
        foreach (var format in new[] { culture.DateTimeFormat, CultureInfo.InvariantCulture.DateTimeFormat })
            foreach (var names in new[] { format.MonthNames, format.AbbreviatedMonthNames, format.MonthGenitiveNames, format.AbbreviatedMonthGenitiveNames })
                if (names.Any(name => name.Length > 0 && name.TrimEnd('.').Equals(word, StringComparison.OrdinalIgnoreCase))) return true;
        return false;
    }

    // "9am", "9 a.m.", "09:00", "9:00:30.5 PM", "T09:00" (ISO 8601's time follows its T).
    [GeneratedRegex(@"(?<![\d:.,+\-])(?:(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?(?:\s*(?<p>[ap])\.?\s?m\b\.?)?|(?<h>\d{1,2})\s*(?<p>[ap])\.?\s?m\b\.?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    // What is left between a date and its time of day once the time is taken out: "Dec 1, at 9am", "Dec 1 @ 9am".
    [GeneratedRegex(@"(?:\s*(?:,|@|\bat\b)\s*)+$|^\s*(?:,|@)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorsLeft();

    // "Z", "+01:00", "-0500", "GMT", "UTC+2" at the end.
    [GeneratedRegex(@"\s*(?:Z|(?:GMT|UTC)?\s*[+\-]\d{1,2}(?::?\d{2})?|GMT|UTC)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingOffset();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
