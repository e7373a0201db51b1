namespace Pipes.Import;

/// <summary>
/// Drops rows that repeat the header: exports pasted one under another, or a report that prints its header on each page.
/// Imported, each was a record named "First Name Last Name" whose "Email" is no address. A row repeats the header when every
/// cell that holds anything is the header's cell of its column (case, spaces, quotes and invisible marks aside: "FirstName" is "First Name"), at least two such cells, and at least
/// half of the header's named columns: a person named "Name" at "Email" does not exist, a row with one such cell may. A sub-table's
/// header that names its first column otherwise ("Subitems") and repeats three of the header's names or more is one too.
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
        string? other = null;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (row.Cells[i] is not string cell) { if (row.Cells[i] is null) continue; return false; }
            if (string.IsNullOrWhiteSpace(cell)) continue;
            if (i < header.Count && header[i] is { } name && SameButSpaces(cell, name)) { same++; continue; }
            // Only the row's first cell may be another: a sub-table's own label for its first column.
            if (other is not null || same > 0) return false;
            other = cell;
        }
        // A sub-table's header, one label in place of its first column's name and the rest the header's (Monday.com's "Subitems, Owner,
        // Status, Phone, Email" under "Name, Owner, ..."; a trial: a contact whose Phone was "Phone"): three of the header's own names
        // at least, the odd cell no address or number of a contact's, and no column's name of its own ("Company" over "Name": another
        // table's header, read by its own columns, StackedTables; a review: its rows were read by the first table's, a fax dialled).
        if (other is not null)
            return same >= 3 && same * 2 >= named && !other.Contains('@') && other.Count(char.IsAsciiDigit) < 7 && ContactFields.TargetFor(other.Trim()) is null;
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
