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
        var taken = new HashSet<string>(RecordProperties, StringComparer.OrdinalIgnoreCase);
        var names = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var name = RecordProperties.Contains(columns[i]) ? columns[i] + " (source)" : columns[i];
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++) unique = $"{name}_{n}";
            names[i] = unique;
        }
        return names;
    }
}
