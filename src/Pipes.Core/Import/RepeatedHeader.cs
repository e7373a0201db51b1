namespace Pipes.Import;

/// <summary>
/// Drops rows that repeat the header: exports pasted one under another, or a report that prints its header on each page.
/// Imported, each was a record named "First Name Last Name" whose "Email" is no address. A row repeats the header when every
/// cell that holds anything is the header's cell of its column (case, spaces, quotes and invisible marks aside: "FirstName" is "First Name"), at least two such cells, and at least
/// half of the header's named columns: a person named "Name" at "Email" does not exist, a row with one such cell may.
/// </summary>
internal static class RepeatedHeader
{
    public static IEnumerable<SourceRow> Dropped(IEnumerable<SourceRow> rows, ColumnMap map, ImportSummary summary) => Dropped(rows, () => map, summary);

    /// <summary>The same, against the header of the table the rows now come from (<see cref="StackedTables.Current"/>), asked for each row.</summary>
    public static IEnumerable<SourceRow> Dropped(IEnumerable<SourceRow> rows, Func<ColumnMap> current, ImportSummary summary, Action<long>? dropped = null)
    {
        var header = current().HeaderRowCells;
        var named = header.Count(h => !string.IsNullOrEmpty(h));
        foreach (var row in rows)
        {
            if (!ReferenceEquals(current().HeaderRowCells, header))
            {
                header = current().HeaderRowCells;
                named = header.Count(h => !string.IsNullOrEmpty(h));
            }
            if (named >= 2 && row.Error is null && Repeats(row, header, named))
            {
                if (summary.RepeatedHeaders++ < ImportSummary.RowsKeptForMessages) summary.RepeatedHeaderRows.Add(row.Line);
                dropped?.Invoke(row.Line);
                continue;
            }
            yield return row;
        }
    }

    private static bool Repeats(SourceRow row, IReadOnlyList<string?> header, int named)
    {
        var same = 0;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (row.Cells[i] is not string cell) { if (row.Cells[i] is null) continue; return false; }
            if (string.IsNullOrWhiteSpace(cell)) continue;
            if (i >= header.Count || header[i] is not { } name || !SameButSpaces(cell, name)) return false;
            same++;
        }
        return same >= 2 && same * 2 >= named;
    }

    /// <summary>
    /// "First Name" and "FirstName" alike, case aside: another export of the same columns may write them without spaces. Marks
    /// no one sees are passed over as spaces are: a byte-order mark that starts a second export pasted under the first (a trial:
    /// its header came in as a contact "Name"), and quote characters (a header cell whose quote was never closed, read as a
    /// character: "First Name). Compared in place, as every data row's first non-empty cell is (no string made per row).
    /// </summary>
    private static bool SameButSpaces(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && PassedOver(a[i])) i++;
            while (j < b.Length && PassedOver(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[j])) return false;
            i++;
            j++;
        }
    }

    private static bool PassedOver(char c) => char.IsWhiteSpace(c) || c == '"' || TextCleaning.Invisible.Contains(c);
}
