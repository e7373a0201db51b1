namespace Pipes.Import;

/// <summary>
/// Where a grouped report's groups end, for the stages that read them as the rows stream past (<see cref="ReportGroups"/>,
/// <see cref="TypeGroups"/>): another table (a header of its own: the column map changed) or a blank row. (Not a gap in the lines: a
/// report's subtotal lines, dropped as its footer's, stand between the inner groups of one outer group.)
/// </summary>
internal struct TableBoundary
{
    private ColumnMap? _map;

    /// <summary>Whether <paramref name="row"/>, read by <paramref name="map"/>, is past a boundary: the map is not the last row's, or the row is blank.</summary>
    public bool Crossed(ColumnMap map, SourceRow row)
    {
        var crossed = !ReferenceEquals(map, _map) || row.IsBlank;
        _map = map;
        return crossed;
    }
}
