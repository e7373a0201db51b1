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
