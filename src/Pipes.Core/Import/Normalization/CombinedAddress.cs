using System.Text.RegularExpressions;

namespace Pipes.Import.Normalization;

/// <summary>
/// A whole address in one cell with its parts separated by two spaces, as Mailchimp's ADDRESS field is
/// exported and imported ("512 Means St.  Suite 400  Atlanta  GA  30318  US": street lines, city, state,
/// postal code, country; source: mailchimp.com/help/import-mailing-addresses-postcards, "Separate each part of
/// the address with two spaces"). Read only when the parts end as an address does: a postal code
/// after the state, then at most a country.
/// </summary>
public static partial class CombinedAddress
{
    /// <summary>
    /// The parts of a whole address in one cell, written either way: Mailchimp's parts two spaces apart (<see cref="Split"/>)
    /// or an envelope's lines (<see cref="SplitLines"/>); null when it is neither. A Mailchimp street has no line breaks.
    /// </summary>
    public static (string Street, string City, string State, string PostalCode, string? Country)? Read(string text) => Split(text) ?? SplitLines(text) ?? SplitCommas(text);

    /// <summary>
    /// A whole address on one line with commas, as QuickBooks Online's "Billing address" and Pipedrive's "Postal address" export it
    /// ("1700 Lincoln St, Denver, CO 80203", "PO Box 77, Suite 5, Midland TX 79702, USA"): the street parts, then the city, state and
    /// postal code of the end, then at most a country. Null when the end is not a US or Canadian city's line with a state or province
    /// code (a state written out needs its comma: "Midland, Texas 79701"), or no street is before it.
    /// </summary>
    public static (string Street, string City, string State, string PostalCode, string? Country)? SplitCommas(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') >= 0) return null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var end = parts.Length;
        var country = end >= 3 && Countries.Contains(parts[^1].Replace(".", "", StringComparison.Ordinal)) ? parts[^1] : null;
        if (country is not null) end--;
        // The city's line is the last part ("Midland TX 79702") or the last two ("Midland, TX 79702"); a street is before it.
        foreach (var taken in (ReadOnlySpan<int>)[1, 2])
        {
            if (end - taken < 1 || AddressBlock.CityStateZip(string.Join(", ", parts[(end - taken)..end])) is not var (city, written, zip)) continue;
            return KnownState(written) is { } state ? (string.Join(", ", parts[..(end - taken)]), city, state, zip, country) : null;
        }
        return null;
    }

    /// <summary>The address's parts; null when <paramref name="text"/> is not an address written so (fewer than four parts, no postal code where it should be).</summary>
    public static (string Street, string City, string State, string PostalCode, string? Country)? Split(string text)
    {
        if (Parts(text) is not { Length: >= 4 } parts) return null;
        // The postal code is last, or before a country (letters only: a postal code has a digit).
        var zip = PostalCode().IsMatch(parts[^1]) ? parts.Length - 1
            : parts.Length >= 5 && !parts[^1].Any(char.IsDigit) && PostalCode().IsMatch(parts[^2]) ? parts.Length - 2
            : -1;
        // Street, city, state and postal code at least; the state and city hold no digits.
        if (zip < 0 || parts[zip - 1].Any(char.IsDigit) || parts[zip - 2].Any(char.IsDigit)) return null;
        return (string.Join(", ", parts[..(zip - 2)]), parts[zip - 2], parts[zip - 1], parts[zip], zip < parts.Length - 1 ? parts[^1] : null);
    }

    /// <summary>
    /// The parts of an address written so that <see cref="Split"/> cannot read it ("512 Means St", "Atlanta", "GA", "US"
    /// for "512 Means St  Atlanta  GA  US", which lacks its postal code): three parts or more two spaces apart, the last
    /// a US state or Canadian province code or a country (US, USA, CA, "United States", "Canada"). Null otherwise: a legal
    /// description ("Lot 7  Block 4  Original Town") or a padded street ("1200  N  MAIN  ST") ends otherwise.
    /// </summary>
    public static string[]? Partial(string text)
    {
        return Parts(text) is { Length: >= 3 } parts && AddressEnds.Contains(parts[^1].Replace(".", "", StringComparison.Ordinal)) ? parts : null;
    }

    /// <summary>
    /// A whole address in one cell as lines, the way an envelope and most address books write it ("100 Main St\nSuite 5\n
    /// Midland, TX 79701\nUSA"; Google Contacts' "Address 1 - Formatted", an Outlook or CRM address field): the street
    /// lines as written (their line breaks kept, as an Address cell's are), then the city, state and postal code of the last
    /// line, or of the line before a last that is a country. Null when the lines do not end so, no line is above, or a two-letter state is none:
    /// a cell with more after the city's line (a note, a phone, even one that ends as a city's line does) is left as it is.
    /// </summary>
    public static (string Street, string City, string State, string PostalCode, string? Country)? SplitLines(string text)
    {
        if (!text.Contains('\n') && !text.Contains('\r')) return null;
        var lines = text.Split(LineBreaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var country = lines.Length >= 3 && Countries.Contains(lines[^1].Replace(".", "", StringComparison.Ordinal)) ? lines[^1] : null;
        var cityLine = lines.Length - (country is null ? 1 : 2);
        if (cityLine < 1 || AddressBlock.CityStateZip(lines[cityLine]) is not var (city, written, zip) || KnownState(written) is not { } state) return null;
        // A city's line above the last ("Midland, TX 79701" then "Customer ID 10042"): the last is a note that happens to
        // end in five digits, the cell has more after its city's line, and it is left as it is.
        if (lines[..cityLine].Any(l => AddressBlock.CityStateZip(l) is not null)) return null;
        return (string.Join("\n", lines[..cityLine]), city, state, zip, country);
    }

    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r"];

    /// <summary>Whether <paramref name="text"/> is a US state, territory or military code or a Canadian province's, dots left out ("T.X." too).</summary>
    internal static bool IsStateCode(string text) => StateCode(text) is not null;

    /// <summary>The state's two-letter code <paramref name="text"/> is, without its dots ("D.C." is DC), or null when it is none.</summary>
    internal static string? StateCode(string text) => text.Trim().Replace(".", "", StringComparison.Ordinal) is { Length: 2 } code && StateCodes.Contains(code) ? code : null;

    /// <summary>Whether <paramref name="text"/> is a US ZIP code, five digits or ZIP+4 ("79701", "79701-1234").</summary>
    internal static bool IsZipCode(string text) => ZipCode().IsMatch(text.Trim());

    [GeneratedRegex(@"^\d{5}(?:-\d{4})?$")]
    private static partial Regex ZipCode();

    /// <summary>
    /// A city's line's state as the address keeps it: a two-letter code without its dots ("D.C." is DC, as every other code is written),
    /// null when it is none ("Ref PO 45678" ends as a city's line does, but "PO" is no state); a state written out as it is (it needs the
    /// comma after the city to be read at all).
    /// </summary>
    private static string? KnownState(string state) =>
        state.Replace(".", "", StringComparison.Ordinal) is { Length: 2 } code ? StateCode(code) : state;

    /// <summary>
    /// The non-empty parts two spaces (or a tab) apart; null when the text has no two spaces together, or is more than one
    /// line: Mailchimp's parts are one line, and lines padded with spaces ("1200  N  MAIN  ST", "MIDLAND  TX  79701") are
    /// <see cref="SplitLines"/>' to read (as parts they gave City "ST MIDLAND").
    /// </summary>
    private static string[]? Parts(string text) =>
        text.Contains("  ", StringComparison.Ordinal) && text.AsSpan().Trim().IndexOfAny('\r', '\n') < 0
            ? PartBreak().Split(text.Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray()
            : null;

    /// <summary>The countries a US list's addresses end with, as written (dots left out: "U.S.A."). Before AddressEnds, which takes them in: static fields are set in the order written.</summary>
    private static readonly HashSet<string> Countries = new(["US", "USA", "United States", "United States of America", "Canada", "Mexico", "MX"], StringComparer.OrdinalIgnoreCase);

    /// <summary>US state, territory and military (APO/FPO: AA, AE, AP) codes, and Canadian province codes. Before AddressEnds, which takes them in.</summary>
    private static readonly HashSet<string> StateCodes = new(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
        "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
        "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT", "AA", "AE", "AP",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>What an address ends with: a state, province or military code (<see cref="StateCodes"/>), or a country Mailchimp's US lists hold.</summary>
    private static readonly HashSet<string> AddressEnds = new([.. StateCodes, .. Countries], StringComparer.OrdinalIgnoreCase);

    // Two or more spaces (or a tab): one space is inside a part ("Means St.").
    [GeneratedRegex(@"[ \t]{2,}|\t")]
    private static partial Regex PartBreak();

    // A US ZIP (or ZIP+4), a Canadian, British or other postal code: letters and digits, at least one digit, at most 10.
    [GeneratedRegex(@"^(?=[A-Za-z0-9 -]{3,10}$)(?=.*[0-9])[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)?$")]
    private static partial Regex PostalCode();
}
