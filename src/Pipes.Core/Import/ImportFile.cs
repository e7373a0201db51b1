using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using Pipes.Integrations;

namespace Pipes.Import;

/// <summary>
/// The one place where the importers (contacts, preview, email exports) open a file and read its
/// rows, and where every way that can fail becomes one Pipes error naming the file: damaged XML
/// or zip data, a limit passed, access refused, a path that is not a regular file, memory run out.
/// An error met part way says after which row the file broke; the rows before it stay read.
/// Cancellation and Pipes' own errors pass through unchanged; anything else is a bug and is not
/// dressed up as a file problem.
/// </summary>
public static class ImportFile
{
    /// <summary>Refuses what is not a regular file, then opens the right reader for the file's content.</summary>
    /// <exception cref="PipesException">Pipes.NotAFile, Pipes.FileNotFound, Pipes.AccessDenied, Pipes.UnreadableFile, Pipes.FileTooLarge.</exception>
    public static ITabularSource Open(string path, ImportOptions options, CancellationToken cancellationToken = default)
    {
        try
        {
            FileKind.RequireRegularFile(path);
            return TabularSource.Open(path, options.Encoding, options.Delimiter, options.Worksheet, options.Limits, cancellationToken, options.RepairStrayQuotes, options.ReadMailtoLinks);
        }
        catch (Exception exception) when (Translate(path, exception, null) is { } error)
        {
            throw error;
        }
    }

    /// <summary>
    /// Whether a worksheet's name says it lists numbers not to call or addresses not to write to ("Do Not Call", "DNC", "Opt Out",
    /// "Unsubscribed", "Do Not Contact", "Removed"): its rows' numbers and addresses are withheld from every row read after it.
    /// </summary>
    public static bool IsOptOutList(string worksheetName) => RecordBuilder.SheetOptOut(worksheetName) != ListedOptOut.None;

    /// <summary>
    /// The names of an XLSX workbook's worksheets, visible ones first, for -Worksheet's tab completion;
    /// empty for a file that is not a workbook or cannot be read (completion never fails).
    /// </summary>
    public static IReadOnlyList<string> WorksheetNames(string path) => Worksheets(path).OrderBy(s => s.Hidden).Select(s => s.Name).ToList();

    /// <summary>
    /// An XLSX workbook's worksheets in its order, each with whether it is hidden, for a -Worksheet pattern; empty for a file that
    /// is not a workbook or cannot be read (its import says why).
    /// </summary>
    public static IReadOnlyList<(string Name, bool Hidden)> Worksheets(string path)
    {
        try
        {
            // No sniff: it reads a text file whole to learn its encoding; a file that is no zip fails to open as one, cheaply.
            if (!File.Exists(path)) return [];
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var package = new XlsxPackage(file, ImportLimits.Default, CancellationToken.None);
            return package.Sheets.Select(s => (s.Name, s.Hidden)).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or System.Xml.XmlException or PipesException or XlsxPartException or KeyNotFoundException)
        {
            return [];
        }
    }

    /// <summary>The source's rows; a failure while reading them is thrown as a Pipes error that names the last row read.</summary>
    public static IEnumerable<SourceRow> Rows(ITabularSource source, string path)
    {
        using var rows = source.Rows().GetEnumerator();
        long lastRow = 0;
        while (true)
        {
            bool more;
            try
            {
                more = rows.MoveNext();
            }
            catch (Exception exception) when (Translate(path, exception, lastRow) is { } error)
            {
                throw error;
            }
            if (!more) yield break;
            lastRow = rows.Current.Line;
            yield return rows.Current;
        }
    }

    /// <summary>
    /// Cleans the row's text cells: removes NUL characters (they come from damaged or binary-tainted text and break every
    /// consumer downstream) and makes the other line breaks a cell's text may hold a line feed: the vertical tab (a Word line
    /// break pasted into Excel, FileMaker's in-field break; Excel writes it as _x000B_ in XLSX), U+2028 and U+2029 (not NEL, U+0085: a
    /// Windows-1252 ellipsis read as Latin-1 is one, a review),
    /// which left "Bob\vBaker" as a FullName and an address whose city, state and ZIP were never split off (a trial).
    /// Returns how many NULs were removed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int RemoveNuls(SourceRow row)
    {
        if (!row.MayHoldNul) return 0;
        var removed = 0;
        var cells = row.Cells;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is not string text || text.AsSpan().IndexOfAny(CleanedInCells) < 0) continue;
            var clean = text.Contains('\0') ? text.Replace("\0", "", StringComparison.Ordinal) : text;
            removed += text.Length - clean.Length;
            cells[i] = clean.AsSpan().IndexOfAny(OtherLineBreaks) < 0 ? clean
                : clean.Replace('\u000B', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n');
        }
        return removed;
    }

    /// <summary>Line breaks other than CR and LF that a cell may hold: read as a line feed (<see cref="RemoveNuls"/>).</summary>
    private static readonly SearchValues<char> OtherLineBreaks = SearchValues.Create("\u000B\u2028\u2029");

    /// <summary>What <see cref="RemoveNuls"/> changes in a cell: a NUL, or one of <see cref="OtherLineBreaks"/>.</summary>
    internal static readonly SearchValues<char> CleanedInCells = SearchValues.Create("\0\u000B\u2028\u2029");

    /// <summary>What a reader looks for in a row's text: <see cref="CleanedInCells"/>, and U+FFFD (a byte the encoding could not read).</summary>
    internal static readonly SearchValues<char> LookedForInRows = SearchValues.Create("\0\u000B\u2028\u2029\uFFFD");

    /// <summary>
    /// The Pipes error for <paramref name="exception"/> thrown while reading <paramref name="path"/>,
    /// or null when it is not a reading failure (already a Pipes error, a cancellation, a bug).
    /// <paramref name="lastRow"/> is the last row read before it, null before any reading.
    /// </summary>
    public static PipesException? Translate(string path, Exception exception, long? lastRow)
    {
        var where = lastRow > 0 ? $" It broke after row {lastRow:N0}." : "";
        var line = lastRow > 0 ? lastRow : null;
        return exception switch
        {
            PipesException or OperationCanceledException => null,
            ImportLimitException limit => new FileTooLargeError(path, $"Cannot read '{path}': {limit.Reason} ({limit.Setting}).{where}", limit.Setting, limit.Limit, line, limit),
            OutOfMemoryException or InsufficientMemoryException => new FileTooLargeError(path,
                $"Cannot read '{path}': memory ran out while reading it.{where}", null, null, line, exception),
            UnauthorizedAccessException => new FileAccessError(path, ErrorIds.AccessDenied, PipesErrorKind.PermissionDenied,
                $"Cannot read '{path}': access is denied.", "Check the file's permissions, or run as a user who may read it.", exception),
            FileNotFoundException or DirectoryNotFoundException => new FileAccessError(path, ErrorIds.FileNotFound, PipesErrorKind.NotFound,
                $"Cannot find the file '{path}'.", inner: exception),
            XmlException or InvalidDataException or XlsxPartException => Unreadable(path, "it looks like an XLSX workbook but " + XlsxDamage.Describe(exception), where, line, exception),
            DecoderFallbackException => Unreadable(path, "its text is not valid in the encoding it is read with; name another with -Encoding", where, line, exception),
            NotSupportedException => Unreadable(path, $"it cannot be read as a file ({exception.Message})", where, line, exception),
            IOException => Unreadable(path, $"{exception.Message.TrimEnd('.')}; it may be in use by another program", where, line, exception),
            _ => null,
        };
    }

    private static FileFormatError Unreadable(string path, string reason, string where, long? line, Exception inner) =>
        new(path, $"Cannot read '{path}': {reason}.{where}", line, ErrorIds.UnreadableFile, inner);
}
