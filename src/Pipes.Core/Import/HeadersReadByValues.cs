using Pipes.Import.Normalization;

namespace Pipes.Import;

/// <summary>
/// Headers that name a state or a postal code only in some files, mapped by the values under them in the rows looked at: Spanish
/// "Estado" is as often a record's status as a state, "C.P." (código postal) a postal code where "CP" may be a cell phone.
/// </summary>
internal static class HeadersReadByValues
{
    /// <summary>
    /// Sets <paramref name="targets"/>[i] for each unmapped column whose <paramref name="headerKeys"/>[i] is one of these, when every
    /// non-empty value under it in <paramref name="rows"/> fits its field and at least one value could be nothing else.
    /// </summary>
    internal static void Map(List<string> headerKeys, string?[] targets, IEnumerable<SourceRow> rows)
    {
        List<SourceRow>? sample = null;
        for (var i = 0; i < targets.Length; i++)
        {
            if (targets[i] is not null || !Headers.TryGetValue(headerKeys[i], out var header)) continue;
            sample ??= rows.Where(r => !r.IsBlank).ToList();
            var values = sample.Where(r => i < r.Cells.Length).Select(r => ColumnMap.Text(r.Cells[i])).OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (values.Count > 0 && values.All(header.Fits) && values.Any(header.Decides)) targets[i] = header.Target;
        }
    }

    /// <summary>
    /// A column without a header right of a Phone or Email column (or of one this already took), whose every value in
    /// <paramref name="rows"/> is a usable number (an address) and at least one is there, is taken for more of that field: a header
    /// cell merged across two columns ("Phone" over a home and a cell column) names only its first, and a CSV saved from such a
    /// sheet writes "Phone,,Email". Returns the columns taken, with the column whose header spans them.
    /// </summary>
    internal static List<(int Column, int Named)> SpannedByTheLeft(List<string> rawHeaders, string?[] targets, bool[] namedByMapping, IEnumerable<SourceRow> rows)
    {
        var taken = new List<(int, int)>();
        List<SourceRow>? sample = null;
        var named = -1;
        for (var i = 0; i < targets.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(rawHeaders[i]))
            {
                named = targets[i] is ContactFields.Phone or ContactFields.Email ? i : -1;
                continue;
            }
            if (named < 0 || targets[i] is not null || namedByMapping[i]) { named = -1; continue; }
            sample ??= rows.Where(r => !r.IsBlank).ToList();
            var values = sample.Where(r => i < r.Cells.Length).Select(r => ColumnMap.Text(r.Cells[i])?.Trim())
                .Where(v => !string.IsNullOrEmpty(v) && !TextCleaning.IsPlaceholder(v)).ToList();
            var fits = targets[named] == ContactFields.Phone
                ? (Func<string, bool>)(v => PhoneNormalizer.Normalize(v).IsUsable)
                : v => EmailNormalizer.Normalize(v) is { Email: not null, Invalid.Count: 0 };
            // Not one number on every row (an office's line) nor a column that repeats the named one's: those are no second number.
            var distinct = values.Distinct(StringComparer.Ordinal).Count();
            if (values.Count == 0 || !values.All(v => fits(v!)) || values.Count > 1 && distinct == 1 || SameAsNamed(sample, named, i)) { named = -1; continue; }
            targets[i] = targets[named];
            taken.Add((i, named));
        }
        return taken;
    }

    /// <summary>Whether every row with a value in <paramref name="column"/> has the same text in <paramref name="named"/>.</summary>
    private static bool SameAsNamed(List<SourceRow> rows, int named, int column) =>
        rows.Where(r => column < r.Cells.Length && !string.IsNullOrWhiteSpace(ColumnMap.Text(r.Cells[column])))
            .All(r => named < r.Cells.Length && string.Equals(ColumnMap.Text(r.Cells[named])?.Trim(), ColumnMap.Text(r.Cells[column])?.Trim(), StringComparison.Ordinal));

    private static readonly Dictionary<string, (string Target, Func<string, bool> Fits, Func<string, bool> Decides)> Headers = new()
    {
        // A US or Canadian state's code; at least one that is no Mexican state's (MI Michoacán, CO Colima, NL Nuevo León, MO Morelos,
        // BC Baja California) and no status ("OK"): a column of "OK" alone, or of Mexico's states, stays a column.
        ["estado"] = ("State", CombinedAddress.IsStateCode, OnlyAUsOrCanadianState),
        ["cp"] = ("PostalCode", CombinedAddress.IsZipCode, CombinedAddress.IsZipCode),
    };

    private static bool OnlyAUsOrCanadianState(string value) =>
        CombinedAddress.StateCode(value) is { } code && !SharedWithMexicoOrAStatus.Contains(code);

    private static readonly HashSet<string> SharedWithMexicoOrAStatus = new(["MI", "CO", "NL", "MO", "BC", "OK"], StringComparer.OrdinalIgnoreCase);
}
