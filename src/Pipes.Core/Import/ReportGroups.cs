using System.Text.RegularExpressions;

namespace Pipes.Import;

/// <summary>
/// Reads a grouped report's group rows as what they are: a report grouped by a column (Salesforce's "Contacts by Account",
/// grouped by Account Name) writes each group's value once, on a row of its own with the group's record count,
/// "Acme Oil &amp; Gas (2)", and leaves that column empty on the group's rows below. Imported as they stood, the group row was a
/// contact with nothing but a Company and the people under it had none (a trial).
/// <para>
/// A group row is a row whose one filled cell is a text ending in its count, "(2)", "(2 records)" or "(1 record)", maybe after its
/// column's name ("Account Name: Acme (2)"), in a table of three columns or more, in a column that names no person and no way to
/// reach one (a name, an email, a phone: "Smith Family Trust (1)" in Name is a contact), followed by a row of two filled cells or
/// more that leaves that column, and every column before it, empty (a report writes its grouping columns first). It is no record;
/// its value without the count fills that column on its group's rows: the count of them that follow (a review: rows after the
/// group took its Company), ending sooner at a blank row, a row of one cell (a title), a row that fills the column, another table's
/// header or the group's next row. Groups within groups (a second group row in a later column before the rows) are read the same, each counting its own
/// rows. A one-cell row that is none of this is handed on as it came.
/// </para>
/// </summary>
internal sealed partial class ReportGroups(Func<ColumnMap> current, ImportSummary summary)
{
    // Group rows seen and not yet known to be: the rows that may be a group's (outer first), held until a row says.
    private readonly List<(SourceRow Row, int Column, string Value, long Count)> _pending = [];

    // The groups the rows below are in, outer first: the column each fills, its value, and how many of its rows are still to come.
    private readonly List<Group> _groups = [];

    private sealed class Group(int column, string value, long left)
    {
        public int Column { get; } = column;
        public string Value { get; } = value;
        public long Left { get; set; } = left;
    }

    private TableBoundary _table;

    /// <summary>Whether a group row held back stands in <paramref name="column"/> or to its right.</summary>
    /// <remarks>(A loop, not a lambda: the lambda's capture of the row's group was allocated for every row read, 8 MB for 200,000.)</remarks>
    private bool PendingAtOrRightOf(int column)
    {
        foreach (var pending in _pending)
            if (pending.Column >= column) return true;
        return false;
    }

    /// <summary>The rows of <paramref name="rows"/> that are records, in order: group rows dropped (counted in the summary), the rows of a group given its value.</summary>
    public IEnumerable<SourceRow> Rows(IEnumerable<SourceRow> rows)
    {
        foreach (var row in rows)
        {
            // Another table or a blank row: no group goes on.
            var map = current();
            if (_table.Crossed(map, row)) _groups.Clear();
            var group = GroupRow(row, map);
            if (group is { } deeper && !PendingAtOrRightOf(deeper.Column))
            {
                _pending.Add((row, deeper.Column, deeper.Value, deeper.Count));
                continue;
            }
            if (_pending.Count > 0)
            {
                if (OpensGroups(row))
                    Open();
                else
                    foreach (var held in Release()) yield return held;
                if (group is { } next) // one that repeated a held group row's column: a group row in its turn
                {
                    _pending.Add((row, next.Column, next.Value, next.Count));
                    continue;
                }
            }
            FillIn(row);
            yield return row;
        }
        foreach (var held in Release()) yield return held;
    }

    // A row of the groups held: two filled cells or more, none in or before the held groups' columns.
    private bool OpensGroups(SourceRow row)
    {
        var filled = 0;
        var last = _pending[^1].Column;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (SourceRow.IsEmptyCell(row.Cells[i])) continue;
            if (i <= last) return false;
            filled++;
        }
        return filled >= 2;
    }

    // The held rows are group rows: each starts its group, ending those of its column or after it (the groups it replaces).
    private void Open()
    {
        foreach (var (row, column, value, count) in _pending)
        {
            var at = _groups.FindIndex(g => g.Column >= column);
            if (at >= 0) _groups.RemoveRange(at, _groups.Count - at);
            _groups.Add(new Group(column, value, count));
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
        if (_groups.Count == 0) return;
        // A row of one cell that is no group's (a title over another table, "Heirs of J. Smith"): the groups end above it.
        if (ReportFooter.Filled(row) < 2)
        {
            _groups.Clear();
            return;
        }
        for (var i = 0; i < _groups.Count; i++)
        {
            var column = _groups[i].Column;
            if (column < row.Cells.Length && !SourceRow.IsEmptyCell(row.Cells[column]))
            {
                // A row that fills a group's column is out of that group (and of those inside it).
                _groups.RemoveRange(i, _groups.Count - i);
                break;
            }
        }
        foreach (var group in _groups)
            if (group.Column < row.Cells.Length && group.Value.Length > 0) row.Cells[group.Column] = group.Value;
        // Each group counts its rows: past its count, the rows below are no longer its own.
        foreach (var group in _groups) group.Left--;
        _groups.RemoveAll(g => g.Left <= 0);
    }

    private static (int Column, string Value, long Count)? GroupRow(SourceRow row, ColumnMap map)
    {
        if (map.Headers.Count < 3) return null;
        var column = StackedTables.TextCellAlone(row);
        if (column < 0 || CountedGroup().Match((string)row.Cells[column]!) is not { Success: true } match) return null;
        // A person's name, an email or a phone: the row is someone's ("Smith Family Trust (1)" in Name), not a group's.
        if (column < map.Targets.Count && map.Targets[column] is { } target && (ColumnMap.IsContactField(target) || target == "MiddleName"))
            return null;
        if (!long.TryParse(match.Groups["count"].Value.Replace(",", ""), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) || count < 1)
            return null;
        var value = match.Groups["value"].Value.Trim();
        // "Account Name: Acme (2)": the column's own name before the value.
        if (column < map.Headers.Count && map.Headers[column] is { Length: > 0 } name
            && value.StartsWith(name, StringComparison.OrdinalIgnoreCase) && value.AsSpan(name.Length).TrimStart().StartsWith(":"))
            value = value[(value.IndexOf(':', name.Length) + 1)..].Trim();
        if (value.Length == 0 || value.All(c => char.IsDigit(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c))) return null;
        // HubSpot's group of rows with the column empty, "Company name: (No value) (1)": their column stays empty (a trial's became a Company).
        return (column, NoValue().IsMatch(value) || TextCleaning.IsPlaceholder(value) ? "" : value, count);
    }

    [GeneratedRegex(@"^\(?(?:no value|none|blank|empty|not set|unknown|-)\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoValue();

    [GeneratedRegex(@"^(?<value>.*\S)\s*\((?<count>\d{1,3}(?:,\d{3})+|\d+)(?:\s+records?)?\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedGroup();
}
