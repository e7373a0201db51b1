using Pipes.Integrations;

namespace Pipes.Import;

/// <summary>
/// Tables stacked one under another on a sheet or in a file, each under a header of its own (a field-file trial: owners under
/// "Name, Phone, Email, County", a blank line, "Heirs of J. Smith", then "Heir Name, Relationship, Email, Phone, Mailing
/// Address" over the heirs): the second header was read as a contact named "Heir Name", and its rows in the first table's
/// columns, an heir's email under Phone. A row below the header is another table's header (<see cref="StartsAnother"/>) when
/// it holds at least two cells, all text, no email address and no number of more than four digits, its first and at least two
/// thirds of all (two at least) are known header names and one names Email, Phone or a name; the rows after it are read by its columns
/// (<see cref="Current"/>), and a warning says so. A row that repeats the current header is dropped as before
/// (<see cref="RepeatedHeader"/>); one that repeats an earlier table's header starts that table's columns again.
/// </summary>
internal sealed partial class StackedTables
{
    private readonly string _path;
    private readonly string? _preset;
    private readonly IReadOnlyDictionary<string, string>? _mapping;
    private readonly HashSet<string> _knownKeys;
    private readonly ColumnMap _first;
    private int _email;
    private int _phone;

    /// <summary>The warnings said at most for so many tables; past them, a count.</summary>
    private const int TablesNamed = 5;

    public StackedTables(ColumnMap first, string path, string? preset, IReadOnlyDictionary<string, string>? mapping)
    {
        _path = path;
        _preset = preset;
        _mapping = mapping;
        _first = first;
        _knownKeys = ContactFields.Presets.Values.SelectMany(p => p.Keys).Concat(mapping?.Keys ?? []).Select(ContactFields.Key).ToHashSet();
        Use(first);
    }

    /// <summary>The map of the table the rows now come from: the file's header's, then each stacked table's in turn.</summary>
    public ColumnMap Current { get; private set; } = null!;

    /// <summary>No row starts another table: the file is read by one header (-HeaderRow names it).</summary>
    public bool Off { get; init; }

    /// <summary>How many tables below the first were read by their own headers.</summary>
    private int _stacked;

    private void Use(ColumnMap map)
    {
        Current = map;
        _email = IndexOf(map, ContactFields.Email);
        _phone = IndexOf(map, ContactFields.Phone);
    }

    private static int IndexOf(ColumnMap map, string field)
    {
        for (var i = 0; i < map.Targets.Count; i++)
            if (map.Targets[i] == field) return i;
        return -1;
    }

    /// <summary>
    /// Whether <paramref name="row"/> is another table's header: then <see cref="Current"/> is its map, and the warnings it gives
    /// (and its own) are added to <paramref name="summary"/>. The row is no record.
    /// </summary>
    public bool StartsAnother(SourceRow row, ImportSummary summary, SourceRow? title = null)
    {
        if (Off || row.Error is not null || row.TableTotals) return false;
        // The check a data row meets first, and the one most fail: an address in the Email column, a digit in the Phone one.
        if (Holds(row, _email, '@') || HoldsDigit(row, _phone)) return false;
        var filled = 0;
        var known = 0;
        var contact = false;
        foreach (var cell in row.Cells)
        {
            if (cell is null) continue;
            if (cell is not string text) return false; // a number or a date: a value
            if (SourceRow.IsEmptyCell(text)) continue;
            if (text.Length > 60 || text.Contains('@') || DigitCount(text) > 4) return false;
            filled++;
            var trimmed = text.Trim();
            var target = ContactFields.TargetFor(trimmed);
            var isKnown = target is not null || _knownKeys.Contains(ContactFields.Key(trimmed));
            // A header starts with a column's name; a contact's row with the contact (a review: "Martha Cole, Owner, Mail, Grady", a
            // row with no email or phone, was taken for a header by its "Owner" and "Mail").
            if (filled == 1 && !isKnown) return false;
            if (isKnown) known++;
            if (ColumnMap.IsContactField(target)
                || (_mapping is not null && _mapping.Any(p => ContactFields.Key(p.Key) == ContactFields.Key(trimmed))))
                contact = true;
        }
        if (filled < 2 || known < 2 || known * 3 < filled * 2 || !contact) return false;
        ColumnMap map;
        try
        {
            map = ColumnMap.Build([row], _path, _preset, MappingOf(row));
        }
        catch (PipesException)
        {
            return false;
        }
        if (map.ContactColumns.Count == 0) return false;
        var file = Path.GetFileName(_path);
        var previous = Current.HeaderLine;
        Use(map);
        if (++_stacked <= TablesNamed)
        {
            // Export-Csv and Format-Table take their columns from the first record: this table's own would be left out.
            var added = map.ExtraColumnNames.Except(_first.ExtraColumnNames, StringComparer.OrdinalIgnoreCase).ToList();
            summary.Warnings.Add($"{file}: row {row.Line} is the header of another table below the one headed on row {previous} ("
                + string.Join(", ", map.Headers.Take(6).Select(h => $"'{h}'")) + (map.Headers.Count > 6 ? ", ..." : "") + ")"
                + (title is null ? "" : $", titled '{TitleText(title)}' on row {title.Line}")
                + $": the rows below it are read by its columns, and {(title is null ? "it is no contact" : "neither is a contact")}."
                + (added.Count == 0 ? "" : $" Its column(s) {string.Join(", ", added.Take(5).Select(c => $"'{c}'"))}{(added.Count > 5 ? $" and {added.Count - 5} more" : "")} "
                    + "are not the first table's: its records carry them, but Export-Csv writes only the first record's columns.")
                + " -HeaderRow reads the whole file by one header.");
            // (A loop, not a lambda: the lambda's capture of the summary was allocated on every call, for every row read.)
            foreach (var warning in map.Warnings)
                if (!summary.Warnings.Contains(warning)) summary.Warnings.Add(warning);
        }
        else if (_stacked == TablesNamed + 1)
        {
            summary.Warnings.Add($"{file}: more tables follow, each read by its own header, from row {row.Line}.");
        }
        return true;
    }

    /// <summary>
    /// Whether <paramref name="row"/> may be a stacked table's title ("Heirs of J. Smith" above its header): one cell of text, no
    /// address, no number. The importer holds it until the next row says: the title, when that row starts another table.
    /// </summary>
    /// <remarks>
    /// A person's name alone on a row is a contact ("Mary Jones" above the heirs' header; a review): a title names a group or ends in a
    /// colon ("Heirs of J. Smith", "OWNERS - SECTION 14", "Heirs:"), by its words (<see cref="TitleWords"/>).
    /// </remarks>
    public static bool MayBeTitle(SourceRow row)
    {
        if (!OneTextCell(row)) return false;
        var only = TitleText(row);
        var written = (string)row.Cells.First(c => !SourceRow.IsEmptyCell(c))!; // its length as written, spaces and all
        return written.Length <= 80 && !only.Contains('@') && DigitCount(only) <= 4
            && (only.EndsWith(':') || TitleWords().IsMatch(only) || RecordBuilder.SheetOptOut(only) != ListedOptOut.None);
    }

    /// <summary>The text of a row's first cell that holds anything, trimmed: a title's.</summary>
    public static string TitleText(SourceRow row) => ColumnMap.Text(row.Cells.First(c => !SourceRow.IsEmptyCell(c)));

    /// <summary>Whether the row holds one cell, of text, and nothing else.</summary>
    public static bool OneTextCell(SourceRow row) => TextCellAlone(row) >= 0;

    /// <summary>The column of the row's one cell when it holds one, of text, and nothing else (a title's, a grouped report's group row's); -1 otherwise.</summary>
    internal static int TextCellAlone(SourceRow row)
    {
        if (row.Error is not null) return -1;
        var column = -1;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (SourceRow.IsEmptyCell(row.Cells[i])) continue;
            if (column >= 0 || row.Cells[i] is not string) return -1;
            column = i;
        }
        return column;
    }

    /// <summary>A page's title over a report's header printed again: "Page 2", "Page 2 of 3", "(continued)", "Continued".</summary>
    public static bool IsPageTitle(SourceRow row) =>
        OneTextCell(row) && PageTitle().IsMatch(TitleText(row));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:page\s+\d+(?:\s+of\s+\d+)?|\(?cont(?:inued|'d|\.)\)?)\W*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PageTitle();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:of|for|and|the|heirs|owners|lessors|lessees|operators|companies|landmen|brokers|vendors|contacts|list|table|section|tract|unit|county|estate|family|page|summary|report|interests?)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TitleWords();

    /// <summary>The -Mapping's columns this header has: the others are another table's, and no error here.</summary>
    private IReadOnlyDictionary<string, string>? MappingOf(SourceRow row)
    {
        if (_mapping is null) return null;
        var keys = row.Cells.OfType<string>().Select(c => ContactFields.Key(c)).ToHashSet();
        return _mapping.Where(p => keys.Contains(ContactFields.Key(p.Key))).ToDictionary(p => p.Key, p => p.Value);
    }

    private static bool Holds(SourceRow row, int column, char c) =>
        column >= 0 && column < row.Cells.Length && row.Cells[column] is string text && text.Contains(c);

    private static bool HoldsDigit(SourceRow row, int column) =>
        column >= 0 && column < row.Cells.Length && row.Cells[column] is { } cell && (cell is not string text || text.AsSpan().IndexOfAnyInRange('0', '9') >= 0);

    private static int DigitCount(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (c is >= '0' and <= '9') count++;
        return count;
    }
}
