using System.Text.RegularExpressions;

namespace Pipes.Import;

/// <summary>
/// Reads a grouped report's group rows as what they are: a report grouped by a column (Salesforce's "Contacts by Account",
/// grouped by Account Name) writes each group's value once, on a row of its own with the group's record count,
/// "Acme Oil &amp; Gas (2)", and leaves that column empty on the group's rows below. Imported as they stood, the group row was a
/// contact with nothing but a Company and the people under it had none (a trial). A group row is a row whose one filled cell
/// is a text ending in its count, "(2)", "(2 records)" or "(1 record)", maybe after its column's name ("Account Name: Acme
/// (2)"), in a table of three columns or more, followed by a row of two filled cells or more that leaves that column empty;
/// it is no record, and its value without the count fills that column on the rows below that leave it empty, until a
/// row fills it or another group row of that column comes. Groups within groups (a second group row in another column before
/// the rows) are read the same, an outer group's new row ending the inner groups' values. A one-cell row without a count,
/// or whose next row fills its column, is handed on as it came.
/// </summary>
internal sealed partial class ReportGroups(Func<ColumnMap> current, ImportSummary summary)
{
    // Group rows seen and not yet known to be: the rows that may be a group's (outer first), held until a row says.
    private readonly List<(SourceRow Row, int Column, string Value)> _pending = [];

    // The groups the rows below are in, outer first: the column each fills and its value.
    private readonly List<(int Column, string Value)> _groups = [];

    /// <summary>The rows of <paramref name="rows"/> that are records, in order: group rows dropped (counted in the summary), the rows of a group given its value.</summary>
    public IEnumerable<SourceRow> Rows(IEnumerable<SourceRow> rows)
    {
        foreach (var row in rows)
        {
            if (GroupRow(row) is { } group && !_pending.Exists(p => p.Column == group.Column))
            {
                _pending.Add((row, group.Column, group.Value));
                continue;
            }
            if (_pending.Count > 0)
            {
                if (Filled(row) >= 2 && _pending.TrueForAll(p => p.Column >= row.Cells.Length || SourceRow.IsEmptyCell(row.Cells[p.Column])))
                    Open();
                else
                    foreach (var held in Release()) yield return held;
                if (GroupRow(row) is { } next) // one that repeated a held group row's column: a group row in its turn
                {
                    _pending.Add((row, next.Column, next.Value));
                    continue;
                }
            }
            FillIn(row);
            yield return row;
        }
        foreach (var held in Release()) yield return held;
    }

    // The held rows are group rows: each starts its group, ending those opened after its column's last one (the inner groups).
    private void Open()
    {
        foreach (var (row, column, value) in _pending)
        {
            var at = _groups.FindIndex(g => g.Column == column);
            if (at >= 0) _groups.RemoveRange(at, _groups.Count - at);
            _groups.Add((column, value));
            if (summary.GroupRows++ < ImportSummary.RowsKeptForMessages) summary.GroupRowNumbers.Add(row.Line);
            summary.GroupColumn ??= current().Headers.ElementAtOrDefault(column);
        }
        _pending.Clear();
    }

    private List<SourceRow> Release()
    {
        var held = _pending.ConvertAll(p => p.Row);
        _pending.Clear();
        foreach (var row in held) FillIn(row);
        return held;
    }

    private void FillIn(SourceRow row)
    {
        for (var i = 0; i < _groups.Count; i++)
        {
            var column = _groups[i].Column;
            if (column >= row.Cells.Length) continue;
            if (!SourceRow.IsEmptyCell(row.Cells[column]))
            {
                // A row that fills a group's column is out of that group (and of those inside it).
                _groups.RemoveRange(i, _groups.Count - i);
                return;
            }
        }
        if (_groups.Count == 0 || Filled(row) == 0) return;
        foreach (var (column, value) in _groups)
            if (column < row.Cells.Length) row.Cells[column] = value;
    }

    private (int Column, string Value)? GroupRow(SourceRow row)
    {
        if (row.Error is not null) return null;
        var map = current();
        if (map.Headers.Count < 3) return null;
        var column = -1;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (SourceRow.IsEmptyCell(row.Cells[i])) continue;
            if (column >= 0 || row.Cells[i] is not string) return null;
            column = i;
        }
        if (column < 0 || CountedGroup().Match((string)row.Cells[column]!) is not { Success: true } match) return null;
        var value = match.Groups["value"].Value.Trim();
        // "Account Name: Acme (2)": the column's own name before the value.
        if (column < map.Headers.Count && map.Headers[column] is { Length: > 0 } name
            && value.StartsWith(name, StringComparison.OrdinalIgnoreCase) && value.AsSpan(name.Length).TrimStart().StartsWith(":"))
            value = value[(value.IndexOf(':', name.Length) + 1)..].Trim();
        return value.Length == 0 || value.All(c => char.IsDigit(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c)) ? null : (column, value);
    }

    private static int Filled(SourceRow row)
    {
        var filled = 0;
        foreach (var cell in row.Cells)
            if (!SourceRow.IsEmptyCell(cell)) filled++;
        return filled;
    }

    [GeneratedRegex(@"^(?<value>.*\S)\s*\((?:\d{1,3}(?:,\d{3})*|\d+)(?:\s+records?)?\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedGroup();
}
