using System.Text.RegularExpressions;

namespace Pipes.Import.Normalization;

/// <summary>
/// An address written as the lines of an envelope, one per column, as QuickBooks Desktop exports a customer's
/// ("Bill to 1" to "Bill to 5" in its Excel export, BADDR1 to BADDR5 in IIF; source: QuickBooks' IIF reference,
/// "BADDR1: the first line of the customer's billing address"): the name or company first, as QuickBooks fills it
/// in, then the street, then "Midland, TX 79701", then perhaps the country.
/// </summary>
public static partial class AddressBlock
{
    /// <summary>
    /// The parts of <paramref name="lines"/> (blank lines skipped). The street is every line above the
    /// "City, ST ZIP" line from the first that holds a number or a post-office box (with a care-of line just above it: "c/o
    /// Bank of Texas"), a street and its city on one line split ("PO Box 9, Dallas, TX 75201"); without such a line, the lines
    /// that are not one of <paramref name="names"/> (the row's name and company, which QuickBooks puts first).
    /// A line after the city's is the country. Null City, State and PostalCode when no line reads as a city, state
    /// and ZIP: then Street holds every line that is not a name, joined by ", ".
    /// </summary>
    public static (string? Street, string? City, string? State, string? PostalCode, string? Country) Read(IReadOnlyList<string> lines, IEnumerable<string?> names)
    {
        var kept = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var named = names.OfType<string>().Select(n => n.Trim()).Where(n => n.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The name and company lines QuickBooks puts first are no part of the address ("7-Eleven Inc" has a digit).
        var start = kept.FindIndex(l => !named.Contains(l));
        if (start < 0) return (null, null, null, null, null);
        kept = kept.Skip(start).ToList();
        var cityLine = kept.FindLastIndex(l => CityStateZip(l) is not null);
        // The street and the city written on one line, as a block of three lines leaves it when the name takes the first ("PO Box 9,
        // Dallas, TX 75201" under "Jones Family Trust", "c/o Bank of Texas"; a trial's was kept whole): split where the city starts.
        if (cityLine < 0 && kept.FindLastIndex(l => StreetThenCity(l) is not null) is var joined and >= 0)
        {
            var (streetPart, cityPart) = StreetThenCity(kept[joined])!.Value;
            kept[joined] = cityPart;
            kept.Insert(joined, streetPart);
            cityLine = joined + 1;
        }
        if (cityLine < 0)
        {
            // No city line: an address only when a line is a street's; a block of names (another company name) is none.
            var rest = kept.Where(l => !named.Contains(l)).ToList();
            return rest.Any(IsStreetLine) ? (string.Join(", ", rest), null, null, null, null) : (null, null, null, null, null);
        }
        var (city, state, zip) = CityStateZip(kept[cityLine])!.Value;
        var above = kept.Take(cityLine).ToList();
        var first = above.FindIndex(IsStreetLine);
        // A care-of line just above the street is whose address it is ("c/o Bank of Texas": a trust's mail goes to its bank): kept
        // with it. ("Attn: Land Dept" stays out, as the company's name does.)
        while (first > 0 && CareOf().IsMatch(above[first - 1])) first--;
        var street = first >= 0 ? above.Skip(first).ToList() : above.Where(l => !named.Contains(l)).ToList();
        var country = cityLine + 1 < kept.Count && !kept[cityLine + 1].Any(char.IsDigit) ? kept[cityLine + 1] : null;
        return (street.Count > 0 ? string.Join(", ", street) : null, city, state, zip, country);
    }

    /// <summary>A street line with its city after a comma ("PO Box 9, Dallas, TX 75201") as the two lines; null for any other line.</summary>
    private static (string Street, string City)? StreetThenCity(string line)
    {
        for (var comma = line.IndexOf(','); comma > 0; comma = line.IndexOf(',', comma + 1))
        {
            var (street, city) = (line[..comma].Trim(), line[(comma + 1)..].Trim());
            if (IsStreetLine(street) && CityStateZip(city) is not null) return (street, city);
        }
        return null;
    }

    /// <summary>"Midland, TX 79701" (or "Midland, Texas 79701", "Toronto ON M5H 1H1") as its city, state and postal code; null for any other line.</summary>
    internal static (string City, string State, string PostalCode)? CityStateZip(string line)
    {
        var match = TwoLetterState().Match(line);
        if (!match.Success) match = NamedState().Match(line);
        return match.Success ? (match.Groups["city"].Value.Trim(), match.Groups["state"].Value.Trim(), match.Groups["zip"].Value) : null;
    }

    // "Midland, TX 79701", "Midland TX 79701-1234", "New York, N.Y. 10001" is not read (rare); the city holds no digit.
    [GeneratedRegex(@"^(?<city>[^\d,]+?)[,\s]+(?<state>[A-Za-z]{2})\.?[,\s]+(?<zip>\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d)$")]
    private static partial Regex TwoLetterState();

    // "Midland, Texas 79701": a state written out needs the comma after the city to be told from it.
    [GeneratedRegex(@"^(?<city>[^\d,]+),\s*(?<state>[A-Za-z][A-Za-z .]*?)\.?,?\s+(?<zip>\d{5}(?:-\d{4})?)$")]
    private static partial Regex NamedState();

    [GeneratedRegex(@"^\s*(?:c\s*/\s*o\b|care\s+of\b|in\s+care\s+of\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CareOf();

    private static bool IsStreetLine(string line) => line.Any(char.IsAsciiDigit) || PostOfficeBox().IsMatch(line);

    // A post-office box, a drawer or box with its number, a rural or highway-contract route: a street line with or
    // without a number ("Jack in the Box Inc" is none).
    [GeneratedRegex(@"\b(?:p\.?\s*o\.?\s*box|post\s+office\s+box|rural\s+route)\b|^\s*(?:box|drawer|rr|hc)\s*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostOfficeBox();
}
