namespace Pipes.Import;

/// <summary>The names PowerShell shows a file's unmapped columns by, one rule for every way they are shown.</summary>
public static class ExtraColumnNames
{
    // The record's own property names: a column of the same name becomes "Name (source)".
    private static readonly HashSet<string> RecordProperties =
        typeof(ContactRecord).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// One name per column, in the columns' order, unique without regard to case (as PowerShell looks
    /// names up): a record property's name gets " (source)" ("Email (source)"), and a name met again
    /// gets "_2", "_3" (as the header reader names repeated headers).
    /// </summary>
    public static string[] AsProperties(IReadOnlyList<string> columns)
    {
        var names = new UniqueNames(RecordProperties);
        return columns.Select(column => names.Add(RecordProperties.Contains(column) ? column + " (source)" : column)).ToArray();
    }
}
