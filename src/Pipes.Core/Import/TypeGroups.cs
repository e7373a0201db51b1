namespace Pipes.Import;

/// <summary>
/// Reads QuickBooks' lists grouped by type as what they are: its "Vendor Contact List" grouped by Vendor Type writes each type's name
/// alone on a row, in a first column whose header is blank ("Royalty Owner"), then the type's rows leaving that column empty, then
/// "Total Royalty Owner" beside the type's sums; types within types the same, one column further right. Imported as they stood, the
/// type's row and its Total row were empty records (a trial).
/// <para>
/// A group is taken only once its Total row says so: from a type's row to its "Total" row the rows are held (at most
/// <see cref="MaxHeld"/>), then given the type in its column, the type's and the Total rows dropped (counted in the summary). A blank
/// row, another table, a row of one cell (a title), a row that fills the type's column or one before it, or the end of the rows
/// before the Total hands the held rows on as they came: a note alone on its row ("Deceased", "x"), a title over a second table
/// ("Working Interest Owners") is no group (a review: both were taken for one and stamped on the rows below).
/// </para>
/// </summary>
internal sealed class TypeGroups(Func<ColumnMap> current, ImportSummary summary)
{
    // A type's rows held past this many are handed on as they came: no QuickBooks type holds more, and memory stays bounded.
    private const int MaxHeld = 20_000;

    // The rows held since the outermost open type's row, in order, each with whether it is dropped (a type's row, once its Total came).
    private readonly List<(SourceRow Row, bool Dropped)> _held = [];

    // The types open, outer first: the column each fills, its name, and where its row stands among the held.
    private readonly List<(int Column, string Name, int At)> _open = [];

    private TableBoundary _table;

    /// <summary>The rows of <paramref name="rows"/> that are records, in order: a type's rows given its name, its own and its Total row dropped.</summary>
    public IEnumerable<SourceRow> Rows(IEnumerable<SourceRow> rows)
    {
        foreach (var row in rows)
        {
            var map = current();
            if (_table.Crossed(map, row))
                foreach (var handed in HandOn()) yield return handed;
            var type = TypeRow(row, map);
            if (_open.Count > 0)
            {
                if (ClosedType(row) is { } closed)
                {
                    Close(closed, row);
                    if (_open.Count == 0)
                        foreach (var handed in HandOn()) yield return handed;
                    continue;
                }
                if (type is { } inner && inner.Column > _open[^1].Column)
                {
                    _open.Add((inner.Column, inner.Name, _held.Count));
                    _held.Add((row, false));
                    continue;
                }
                if (ReportFooter.Filled(row) >= 2 && !FillsUpTo(row, _open[0].Column) && _held.Count < MaxHeld)
                {
                    _held.Add((row, false));
                    continue;
                }
                foreach (var handed in HandOn()) yield return handed;
            }
            if (type is { } outer)
            {
                _open.Add((outer.Column, outer.Name, _held.Count));
                _held.Add((row, false));
                continue;
            }
            yield return row;
        }
        foreach (var handed in HandOn()) yield return handed;
    }

    // The held rows as they are (types closed have filled theirs, types still open are none), and nothing open.
    private List<SourceRow> HandOn()
    {
        var rows = _held.Where(h => !h.Dropped).Select(h => h.Row).ToList();
        _held.Clear();
        _open.Clear();
        return rows;
    }

    // A type's Total row came: its name fills its column on its rows held since its own row, which is dropped with the Total row; the
    // types inside it still open were none.
    private void Close(int index, SourceRow total)
    {
        var (column, name, at) = _open[index];
        for (var i = at + 1; i < _held.Count; i++)
            if (!_held[i].Dropped && column < _held[i].Row.Cells.Length && SourceRow.IsEmptyCell(_held[i].Row.Cells[column]))
                _held[i].Row.Cells[column] = name;
        _held[at] = (_held[at].Row, true);
        if (summary.GroupRows++ < ImportSummary.RowsKeptForMessages)
        {
            summary.GroupRowNumbers.Add(_held[at].Row.Line);
            summary.GroupRowNumbers.Sort(); // an inner type closes before the outer one above it
        }
        summary.GroupColumn ??= current().Headers.ElementAtOrDefault(column);
        ReportFooter.CountTotals(summary, total);
        _open.RemoveRange(index, _open.Count - index);
    }

    // Whether the row fills any cell in or before the column.
    private static bool FillsUpTo(SourceRow row, int column)
    {
        for (var i = 0; i <= column && i < row.Cells.Length; i++)
            if (!SourceRow.IsEmptyCell(row.Cells[i])) return true;
        return false;
    }

    // The open type a row closes: its first filled cell, in the type's column, is "Total " and the type's name ("Total Royalty Owner").
    private int? ClosedType(SourceRow row)
    {
        var first = Array.FindIndex(row.Cells, c => !SourceRow.IsEmptyCell(c));
        // (Trimmed first: "Total " alone, its space kept by the file, is no type's Total and no index past its end.)
        if (first < 0 || row.Cells[first] is not string cell || cell.Trim() is var text && !text.StartsWith("total ", StringComparison.OrdinalIgnoreCase)) return null;
        var named = text[6..].Trim();
        var at = _open.FindIndex(t => t.Column == first && string.Equals(t.Name, named, StringComparison.OrdinalIgnoreCase));
        return at < 0 ? null : at;
    }

    // A type's row: one filled text cell, under a blank header, in a table of three columns or more; a name of a few words with no
    // digit, '@' or ':' (a row number, an email, "Notes: ..." are none), not itself a Total.
    private static (int Column, string Name)? TypeRow(SourceRow row, ColumnMap map)
    {
        if (map.Headers.Count < 3) return null;
        var column = StackedTables.TextCellAlone(row);
        if (column < 0 || column >= map.HeaderRowCells.Count || !string.IsNullOrEmpty(map.HeaderRowCells[column])) return null;
        var name = ((string)row.Cells[column]!).Trim();
        if (name.Length is 0 or > 60 || name.Any(c => char.IsDigit(c) || c is '@' or ':') || name.StartsWith("total", StringComparison.OrdinalIgnoreCase)) return null;
        return (column, name);
    }
}
