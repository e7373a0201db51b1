using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Pipes.Import.Normalization;

/// <summary>
/// A number written without its country code in a row whose Country is outside the North American plan: read in that country's
/// plan. Mexico's ten-digit numbers (55, 33, 81 ...) look like North American ones, and were dialled as such: "55 1234 5679" with
/// Country "Mexico" was 551-234-5679, New Jersey (a trial). The country is taken from its English or native name or its ISO code
/// (.NET's region data); a number that country's plan does not take is left to the North American reading.
/// </summary>
internal static partial class CountryPhones
{
    /// <summary>
    /// <paramref name="text"/> as E.164 when it is a number alone (digits, spaces, dashes, dots, brackets), with no country code
    /// written, and valid in <paramref name="country"/>'s plan, not North America's; otherwise null.
    /// </summary>
    public static string? InCountry(string text, string? country, out string? region)
    {
        region = null;
        if (country is null || !NumberAlone().IsMatch(text) || TextCleaning.IsPlaceholder(country) || RegionOf(country) is not { } code) return null;
        var utility = PhoneNumberUtil.GetInstance();
        if (utility.GetCountryCodeForRegion(code) is 0 or 1) return null;
        try
        {
            var number = utility.Parse(text, code);
            if (!utility.IsValidNumberForRegion(number, code)) return null;
            region = code;
            return utility.Format(number, PhoneNumberFormat.E164);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static string? RegionOf(string country) =>
        Regions.Value.TryGetValue(TextCleaning.FoldAccents(country.Trim().TrimEnd('.')), out var code) ? code : null;

    // Every specific culture's region by its English, native and ISO names ("Mexico", "México", "MX", "MEX").
    private static readonly Lazy<FrozenDictionary<string, string>> Regions = new(() =>
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try { region = new RegionInfo(culture.Name); }
            catch (ArgumentException) { continue; }
            if (region.TwoLetterISORegionName.Length != 2) continue;
            foreach (var name in new[] { region.EnglishName, region.NativeName, region.TwoLetterISORegionName, region.ThreeLetterISORegionName })
                // Not a code that is also a US state's or a Canadian province's: a US list's Country column holds "CO" for Colorado,
                // not Colombia (a review: 303-555-0142 became +57 ...).
                if (!string.IsNullOrWhiteSpace(name) && !CombinedAddress.IsStateCode(name)) names.TryAdd(TextCleaning.FoldAccents(name), region.TwoLetterISORegionName);
        }
        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    });

    [GeneratedRegex(@"^\s*\(?\d[\d\s().-]{6,18}\d\s*$")]
    private static partial Regex NumberAlone();
}
