using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text;

namespace Pipes.Import;

/// <summary>A row as read from a file: its cells, the physical line it starts on, and any parse error.</summary>
public sealed record SourceRow(long Line, object?[] Cells, string? Error = null)
{
    /// <summary>Repairs made in reading the row (a stray or unclosed quote read as a character, a line decoded as Windows-1252), each naming its line; null when none.</summary>
    public string[]? Notes { get; init; }

    /// <summary>
    /// Fields (0-based) longer than <see cref="ImportLimits.MaxCellLength"/> that were kept cut to it, when the
    /// reader does not repair stray quotes (<see cref="CsvRecordReader.RepairStrayQuotes"/>); null when none.
    /// </summary>
    public int[]? CutFields { get; init; }

    /// <summary>
    /// XLSX: the email addresses the row's cells link to ("mailto:" hyperlinks, or a HYPERLINK formula), by 0-based
    /// column, as "Email John" shows one and hides its address; null when none.
    /// </summary>
    public (int Column, string Address)[]? MailtoLinks { get; init; }

    /// <summary>
    /// XLSX: the 0-based columns whose cell is a formula whose value the file does not hold (no cached value, or a workbook
    /// that asks to be recalculated when opened); those cells are null, as nothing known is in them. Null when none.
    /// </summary>
    public int[]? UncomputedColumns { get; init; }

    /// <summary>
    /// XLSX: the 0-based columns whose cell is an error value (<c>t="e"</c>: "#N/A", "#REF!"), a formula that failed, whatever its
    /// text; "#N/A" typed in a CSV may mean "not available" and is passed over unsaid. Null when none.
    /// </summary>
    public int[]? ErrorColumns { get; init; }

    /// <summary>XLSX: the row is hidden in the workbook (hidden by hand, or filtered out by an AutoFilter: both write <c>hidden="1"</c>), so Excel does not show it.</summary>
    public bool Hidden { get; init; }

    /// <summary>XLSX: the row is the totals row of an Excel table (a ListObject whose part counts one, <c>totalsRowCount</c>): a footer, not a contact (<see cref="ReportFooter"/>).</summary>
    public bool TableTotals { get; init; }

    /// <summary>
    /// XLSX: the table part puts the row in a table's totals row, but it holds a contact (an email address or a phone
    /// number), so it is read as a row: a writer that set <c>totalsRowCount</c> without growing the table's <c>ref</c> over the row.
    /// </summary>
    public bool InTableTotalsWithAContact { get; init; }

    /// <summary>False when the reader saw the row's whole text and it held no NUL: <see cref="ImportFile.RemoveNuls"/> need not look at each cell.</summary>
    internal bool MayHoldNul { get; init; } = true;

    /// <summary>True when no cell holds anything but whitespace (a number, date or flag always counts).</summary>
    public bool IsBlank
    {
        get
        {
            foreach (var cell in Cells)
                if (!IsEmptyCell(cell)) return false;
            return true;
        }
    }

    /// <summary>
    /// A cell with nothing in it: none, or only white space and control characters (DOS's end-of-file mark, Ctrl-Z, on a line of
    /// its own was an empty contact: a trial); a number, date or flag always counts.
    /// </summary>
    internal static bool IsEmptyCell(object? cell) => cell is null || (cell is string text && IsBlankText(text));

    private static bool IsBlankText(string text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && !char.IsControl(c)) return false;
        return true;
    }
}

/// <summary>
/// A streaming RFC 4180 reader with Excel's leniency. Fields are separated by one delimiter;
/// records end at CRLF, LF or CR; a field that starts with a quote runs to its closing quote and
/// may hold delimiters, doubled quotes and line breaks. Quotes inside an unquoted field are kept
/// as data, and text after a closing quote joins the field (<c>"a"b</c> is <c>ab</c>), as Excel and
/// Python's csv read them. Empty lines are skipped.
/// <para>
/// A quote that is never closed would swallow the rest of the file: instead it is read as a
/// character, the record keeping what its own line holds, with a note naming its line; reading
/// resumes on the next physical line that reads as a row (the lines between, with more fields than
/// a row, are the broken cell's text, passed over and named in the note), so one bad cell costs that cell's other lines.
/// </para>
/// <para>
/// A stray quote (a Notes cell that opens a quote and never closes it, until some later row's
/// <c>6'5"</c> does) would merge whole records into one field. So when a quoted field runs past its
/// line, is not closed cleanly (never closed, or text follows its closing quote; in tab and pipe
/// files, which text rarely holds, also when closed cleanly), and the next line has as many fields
/// as the file's first record, the quote is read as a character and the lines stay records of
/// their own. Every such repair, text after a closing quote and a quote inside
/// an unquoted field are noted on the row (<see cref="SourceRow.Notes"/>) with their line.
/// </para>
/// <para>
/// Those repairs suit a contact list, whose fields rarely span lines. They do not suit a file whose
/// fields are meant to span many lines full of commas (an email export's bodies): there, reading a
/// quote as a character, or resuming on the line after a record's start, makes each line of a body a
/// record. With <see cref="RepairStrayQuotes"/> off, a quoted field runs to its closing quote whatever
/// the lines look like; a quote never closed is one error row saying the file ends inside it, and
/// nothing after it is read; a quoted field past MaxCellLength is kept cut (<see cref="SourceRow.CutFields"/>)
/// and reading resumes after its closing quote.
/// </para>
/// Written for this importer rather than taken from CsvHelper, for its recovery and sniffing, which
/// no library here offers: it reports that recovery with line numbers and keeps every record's start
/// line for the error messages. It is not the fastest parser: CsvHelper 34 parses the 200,000-row
/// bench file in about 70 ms against this reader's 100 ms.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    private const int InitialBufferSize = 1 << 16;
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly char _quote;
    private readonly SearchValues<char> _unquotedStops;
    private readonly SearchValues<char> _quotedStops;
    private readonly ImportLimits _limits;
    private readonly CancellationToken _cancellationToken;
    private readonly List<object?> _fields = new(16);
    private readonly StringBuilder _builder = new();
    private readonly CellStrings _strings = new();
    private char[] _buffer = new char[InitialBufferSize];
    private int _position;
    private int _length;
    private int _recordStart;
    private bool _endOfInput;
    private long _line = 1;
    private bool _quotedFieldTooLong;
    private bool _quotedFieldCut;
    private List<int>? _cutFields;
    private int _expectedFields;
    private int _lastFields; // the last row's field count, for rows that differ from the first's (a trailing delimiter)
    private bool _shortRecordSeen; // a record after the first had fewer fields: short lines are this file's way, and a short last one is no cut
    private bool _textAfterQuote;
    private bool _quoteInUnquotedField;
    private List<string>? _notes;
    // The line of the last quote never closed, while the rows read after it are short: they may be its cell's text (a note's next lines,
    // one field each, come in as rows, as they always did: said on them, until a row with the first row's fields comes).
    private long _brokenQuoteLine;
    private int _fieldsBeforeBreak;
    // The row being read holds a quote never closed, read as a character: its field (0-based), and whether it ran past MaxCellLength.
    private (int Field, bool TooLong)? _neverClosed;
    // The field (0-based) of the row being read whose opening quote was read as a character (a stray or never closed one); -1 when none.
    private int _quoteAsCharacterField = -1;
    private bool _nulInRecord;
    private bool _replacementInRecord;

    /// <remarks>
    /// A field past the limits' MaxCellLength, a record past MaxRowLength or MaxColumns throws
    /// <see cref="ImportLimitException"/> (a quoted field past MaxCellLength is read as a quote never
    /// closed: the row is reported and reading goes on; with <see cref="RepairStrayQuotes"/> off it is kept
    /// cut instead). The token is checked before every read
    /// from the reader.
    /// </remarks>
    public CsvRecordReader(TextReader reader, char delimiter = ',', char quote = '"', ImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        if (delimiter is '\r' or '\n' || delimiter == quote) throw new ArgumentException("The delimiter cannot be a line break or the quote character.", nameof(delimiter));
        _reader = reader;
        _delimiter = delimiter;
        _quote = quote;
        _unquotedStops = SearchValues.Create([delimiter, '\r', '\n', quote]);
        _quotedStops = SearchValues.Create([quote, '\r', '\n']);
        _limits = limits ?? ImportLimits.Default;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// True (the default): a quote that does not close on its line, above a line that reads as a record
    /// of its own, is read as a character, and so is a quote never closed, reading resuming on the next
    /// line that reads as a row. False: quoted fields are trusted to span lines (see the class remarks).
    /// </summary>
    public bool RepairStrayQuotes { get; init; } = true;

    /// <summary>Characters consumed so far, for progress reporting.</summary>
    public long CharactersRead { get; private set; }

    /// <summary>The next record, or null at the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SourceRow? Read()
    {
        while (true)
        {
            if (!EnsureData(1)) return null;
            _recordStart = _position;
            var line = _line;
            var first = _buffer[_position];
            if (first is '\r' or '\n')
            {
                ConsumeLineBreak();
                continue; // an empty line
            }
            var row = ReadRecord(line);
            if (row is not null) return row;
        }
    }

    public IEnumerable<SourceRow> ReadAll()
    {
        while (Read() is { } row) yield return row;
    }

    public void Dispose() => _reader.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SourceRow? ReadRecord(long line)
    {
        _fields.Clear();
        _notes = null;
        _cutFields = null;
        _neverClosed = null;
        _quoteAsCharacterField = -1;
        _nulInRecord = false;
        _replacementInRecord = false;
        while (true)
        {
            if (!EnsureData(1))
            {
                _fields.Add(string.Empty); // the input ended right after a delimiter
                return Finish(line);
            }
            if (_buffer[_position] == _quote)
            {
                var openedAt = _position - _recordStart; // relative: compaction moves the buffer
                var openLine = _line;
                var field = _fields.Count;
                _position++;
                bool closed;
                try
                {
                    closed = ReadQuotedField();
                }
                catch (ImportLimitException tooLong) when (!RepairStrayQuotes)
                {
                    // A field over many lines (an email export's body) whose quote runs past the row limit is most often one never
                    // closed: a trial's 21 MB export cut inside a body was said only as a row to raise the limit for.
                    throw new ImportLimitException($"{tooLong.Reason}: field {field + 1}'s quote, opened on line {openLine:N0}, is not closed within it; "
                        + "if that quote is never closed, the file is cut off or damaged there, and raising the limit only reads it further", tooLong.Setting, tooLong.Limit);
                }
                // A clean close ("...6'5"" ending the later line) is trusted in comma and semicolon files, whose text often
                // holds the delimiter on its own lines (a multi-line address "Houston, TX, USA"), not in tab or pipe files.
                var onLastLine = RepairStrayQuotes && !closed && OpensOnTheLastLine(openedAt);
                if (!RepairStrayQuotes && !closed)
                {
                    // Fields here span lines: a quote never closed runs to the end of the file, and the lines inside it
                    // are no records. Say so once, and read nothing after it.
                    CharactersRead += _length - _recordStart;
                    _position = _length;
                    return new SourceRow(line, _fields.ToArray(),
                        $"Line {line}: field {field + 1}{(openLine > line ? $" (on line {openLine})" : "")} opens a quote that is never closed: the file ends inside it, so it looks cut off (truncated, or copied before it was fully written); the row was skipped, and nothing after it could be read.");
                }
                if (_quotedFieldCut)
                {
                    _quotedFieldCut = false;
                    (_cutFields ??= []).Add(field);
                    Note($"Line {openLine}: field {field + 1} is longer than {_limits.MaxCellLength:N0} characters ({ImportLimits.MaxCellLengthSetting}); only its first {_limits.MaxCellLength:N0} were kept");
                }
                if (onLastLine || (RepairStrayQuotes && _line > openLine && (!closed || _textAfterQuote || _delimiter is '\t' or '|') && NextLineLooksLikeRecord(openedAt)))
                {
                    // A stray quote: read it as a character, as in an unquoted field, and keep the lines below as rows.
                    if (_fields.Count > field) _fields.RemoveAt(field);
                    _quotedFieldTooLong = false;
                    _position = _recordStart + openedAt;
                    _line = openLine;
                    ReadUnquotedField(null);
                    _quoteAsCharacterField = field;
                    Note(onLastLine
                        ? $"Line {openLine}: field {field + 1} opens a quote that the file ends before closing; the quote was read as a character"
                        : $"Line {openLine}: field {field + 1} opens a quote that does not close on its line (the next line reads as a row of its own); the quote was read as a character");
                }
                else if (!closed && _quotedFieldTooLong && _line == openLine)
                {
                    // Past MaxCellLength on its own line: read as a character, the line would hold a cell too long to keep. Report this
                    // record and resume on the line after its start, past the lines that are its cell's text.
                    Resume(_recordStart + openedAt, line);
                    _quotedFieldTooLong = false;
                    var skipped = SkipBrokenCellLines();
                    (_brokenQuoteLine, _fieldsBeforeBreak) = (line, _lastFields);
                    var below = skipped == 0 ? "" : $", with {LinesBelow(line, skipped)}";
                    return new SourceRow(line, _fields.ToArray(), $"Line {line}: a quoted field is never closed within {_limits.MaxCellLength:N0} characters ({ImportLimits.MaxCellLengthSetting}); the row was skipped{below}.");
                }
                else if (!closed)
                {
                    // Never closed, above a line that reads as no row of its own: the quote is read as a character here too, so the row
                    // keeps what its own line holds (a trial: A One's name, email and phone were lost with the row, skipped whole); the
                    // lines below that read as no rows are that cell's text, most likely, and are passed over after the row's line.
                    if (_fields.Count > field) _fields.RemoveAt(field);
                    _neverClosed = (field, _quotedFieldTooLong);
                    _quotedFieldTooLong = false;
                    _position = _recordStart + openedAt;
                    _line = openLine;
                    ReadUnquotedField(null);
                    _quoteAsCharacterField = field;
                }
                else if (_textAfterQuote)
                {
                    Note($"Line {_line}: text follows the closing quote of field {field + 1}; it was joined to the field, the quotes dropped");
                }
                // Excel's text formula written by a CSV writer that quotes it, "=""0071355501""": the text Excel shows, as unquoted (a trial's
                // export gave the address '="bob@roe-ranch.net"', which matched no one).
                else if (_fields.Count > field && _fields[^1] is string { Length: >= 3 } formula && formula[0] == '=') TakeExcelText();
            }
            else
            {
                _quoteInUnquotedField = false;
                ReadUnquotedField(null);
                if (_quoteInUnquotedField && !TakeExcelText())
                    Note($"Line {_line}: field {_fields.Count} holds a quote that does not open it; the quote was read as a character");
            }

            if (!EnsureData(1))
            {
                // The file's end in the middle of a record: no line break, and fields short of the first line's (a trial: a file cut off
                // while it was copied or written was imported whole, its last contact's City 'Mid' and nothing said).
                // Not when earlier lines were short too (an exporter that leaves an empty last column out), nor for a stray end mark (DOS's Ctrl-Z).
                if (_expectedFields > 0 && _fields.Count < _expectedFields && !_shortRecordSeen
                    && !(_fields.Count == 1 && _fields[0] is string only && only.All(c => char.IsControl(c) || char.IsWhiteSpace(c))))
                    Note($"Line {line}: the file ends in this line, with no line break and {_fields.Count} of the {_expectedFields} fields of its first line; it looks cut off (copied, or read while it was written): check that the file is complete");
                return Finish(line);
            }
            var stop = _buffer[_position];
            if (stop == _delimiter)
            {
                _position++;
                if (_fields.Count >= _limits.MaxColumns) throw _limits.TooManyColumns();
                continue;
            }
            ConsumeLineBreak();
            return Finish(line);
        }
    }

    /// <summary>
    /// Ends a row whose quote was never closed (read as a character, <see cref="_neverClosed"/>): passes over the lines below
    /// it that read as no rows (<see cref="SkipBrokenCellLines"/>), says so on the row, and marks the rows read next as maybe
    /// the cell's text while they do not look like rows (<see cref="FinishRow"/>).
    /// </summary>
    private SourceRow FinishNeverClosed(long line)
    {
        var (field, tooLong) = _neverClosed!.Value;
        _neverClosed = null;
        var fieldsBefore = _lastFields;
        var skipped = SkipBrokenCellLines();
        var within = tooLong ? $" within {_limits.MaxCellLength:N0} characters ({ImportLimits.MaxCellLengthSetting})" : "";
        var below = skipped == 0 ? "" : $"; {LinesBelow(line, skipped)}, {(skipped == 1 ? "was" : "were")} skipped";
        Note($"Line {line}: field {field + 1} opens a quote that is never closed{within}; the quote was read as a character, the row kept as its line reads{below}");
        var row = FinishRow(line);
        // The row's own width counts too: rows that end in a delimiter after a header without one are rows, not the cell's text.
        (_brokenQuoteLine, _fieldsBeforeBreak) = (line, Math.Max(fieldsBefore, row.Cells.Length));
        return row;
    }

    /// <summary>The lines below a row whose quote never closed that <see cref="SkipBrokenCellLines"/> passed over, as its messages name them.</summary>
    private static string LinesBelow(long line, int skipped) => skipped == 1
        ? $"line {line + 1} below it, which reads as no row of its own (the cell's text, most likely)"
        : $"lines {line + 1}-{line + skipped} below it, which read as no rows of their own (the cell's text, most likely)";

    private SourceRow Finish(long line) => _neverClosed is null ? FinishRow(line) : FinishNeverClosed(line);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SourceRow FinishRow(long line)
    {
        CharactersRead += _position - _recordStart;
        NoteNuls(); // the record's end when no line break followed it
        if (_replacementInRecord)
            Note($"Line {line}: holds characters that could not be read in the file's encoding (each shown as \uFFFD); -Encoding names the encoding the file was saved in, unless the file came damaged");
        if (_quoteAsCharacterField >= 0) RejoinQuotedCell();
        if (_expectedFields == 0) _expectedFields = _fields.Count;
        else if (_fields.Count < _expectedFields) _shortRecordSeen = true;
        if (_brokenQuoteLine > 0)
        {
            // A line of one field (a note's next line) or of more than the rows have, until a row with the first row's fields or the last
            // good row's (a trailing delimiter's rows), within the lines looked at. (A short row of several fields, "C Three,c@x.com",
            // reads as the row it most likely is.)
            if ((_fields.Count == 1 || _fields.Count > Math.Max(_expectedFields, _fieldsBeforeBreak)) && line - _brokenQuoteLine <= MaxBrokenCellLines)
                Note($"Line {line}: follows a quoted field never closed on line {_brokenQuoteLine}, with {_fields.Count} field{(_fields.Count == 1 ? "" : "s")} where the first line has {_expectedFields}: it may be that cell's text, not a row");
            else if (_fields.Count == _expectedFields || _fields.Count == _fieldsBeforeBreak || line - _brokenQuoteLine > MaxBrokenCellLines) _brokenQuoteLine = 0;
        }
        _lastFields = _fields.Count;
        return new SourceRow(line, _fields.ToArray()) { Notes = _notes?.ToArray(), MayHoldNul = _nulInRecord, CutFields = _cutFields?.ToArray() };
    }

    private void Note(string note) => (_notes ??= []).Add(note);

    /// <summary>
    /// A quote read as a character opened a cell meant to hold the delimiter ("unclosed, note"): the fields its line splits into
    /// past the rows' width are that cell's text, joined back into it (they came in as an extra Column5 holding " note").
    /// </summary>
    private void RejoinQuotedCell()
    {
        var field = _quoteAsCharacterField;
        _quoteAsCharacterField = -1;
        var width = Math.Max(_expectedFields, _lastFields);
        var excess = _fields.Count - width;
        // An empty last field is a trailing delimiter, as rows one field wider than their header end (a review: the first data row's
        // phone was joined into its email, the header's width being all the reader knew).
        if (excess > 0 && _fields[^1] is "") excess--;
        if (width == 0 || excess <= 0 || field >= width) return;
        var cell = new StringBuilder();
        for (var i = field; i <= field + excess; i++)
        {
            if (i > field) cell.Append(_delimiter);
            cell.Append(_fields[i] as string);
        }
        _fields[field] = cell.ToString();
        _fields.RemoveRange(field + 1, excess);
    }

    /// <summary>
    /// Whether the text read since <see cref="_recordStart"/> holds a NUL: one look per line of the
    /// record instead of one per cell later (NULs are rare, and each look is a call).
    /// </summary>
    private void NoteNuls()
    {
        // One vectorised search per line for both: NULs (removed by the importer) and U+FFFD, which a
        // decoder leaves for bytes not valid in the encoding read with (-Encoding utf8 on a Windows-1252 file).
        var text = _buffer.AsSpan(_recordStart, _position - _recordStart);
        if (text.IndexOfAny(ImportFile.LookedForInRows) < 0) return;
        if (text.IndexOfAny(ImportFile.CleanedInCells) >= 0) _nulInRecord = true; // a NUL or a line break of another kind: ImportFile.RemoveNuls
        if (text.Contains('\uFFFD')) _replacementInRecord = true;
    }

    /// <summary>
    /// Whether a quote never closed opened on the file's last line: nothing below it can be swallowed,
    /// so the row is kept with the quote read as a character ("Ann,\"a@x.com" at the end of the file).
    /// </summary>
    private bool OpensOnTheLastLine(int openedAt)
    {
        if (!_endOfInput) return false;
        var i = openedAt;
        while (Available(i) && _buffer[_recordStart + i] is not ('\r' or '\n')) i++;
        while (Available(i) && char.IsWhiteSpace(_buffer[_recordStart + i])) i++;
        return !Available(i);
    }

    /// <summary>True when the line after the one holding the quote at <paramref name="openedAt"/> has the first record's field count.</summary>
    private bool NextLineLooksLikeRecord(int openedAt)
    {
        if (_expectedFields < 2) return false;
        var next = LineAfter(openedAt);
        return next >= 0 && FieldsOnLine(next) == _expectedFields;
    }

    /// <summary>Where the physical line after the one holding <paramref name="offset"/> (from the record's start) begins; -1 when the input ends on that line.</summary>
    private int LineAfter(int offset)
    {
        var i = offset;
        while (Available(i) && _buffer[_recordStart + i] is not ('\r' or '\n')) i++;
        if (!Available(i)) return -1;
        return i + (_buffer[_recordStart + i] == '\r' && Available(i + 1) && _buffer[_recordStart + i + 1] == '\n' ? 2 : 1);
    }

    /// <summary>The fields on the physical line starting at <paramref name="offset"/> (from the record's start), quotes closing on that line; 0 for an empty line.</summary>
    private int FieldsOnLine(int offset)
    {
        if (!Available(offset) || _buffer[_recordStart + offset] is '\r' or '\n') return 0;
        var fields = 1;
        var atStart = true;
        var quoted = false;
        for (var i = offset; Available(i); i++)
        {
            var c = _buffer[_recordStart + i];
            if (c is '\r' or '\n') break;
            if (quoted)
            {
                if (c == _quote) quoted = false;
                continue;
            }
            if (c == _delimiter)
            {
                fields++;
                atStart = true;
                continue;
            }
            if (c == _quote && atStart) quoted = true;
            atStart = false;
        }
        return fields;
    }

    /// <summary>Whether the character <paramref name="offset"/> from the record's start is in the buffer, reading more if needed.</summary>
    private bool Available(int offset) => _recordStart + offset < _length || EnsureData(_recordStart + offset - _position + 1);

    /// <summary>
    /// Excel's way to keep a number as text in a CSV it will open, ="0071355501" (leading zeros, long
    /// digits): the last field becomes the text between the quotes, as Excel shows it. False when the
    /// field is not of that form.
    /// </summary>
    private bool TakeExcelText()
    {
        if (_fields[^1] is not string { Length: >= 3 } field || field[0] != '=' || field[1] != _quote || field[^1] != _quote) return false;
        var inner = field.AsSpan(2, field.Length - 3);
        if (inner.Contains(_quote)) return false;
        _fields[^1] = inner.ToString();
        return true;
    }

    /// <summary>Reads to the next delimiter or line break; <paramref name="prefix"/> is text already in the field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadUnquotedField(string? prefix)
    {
        var from = 0; // quotes before this (relative to _position) are data, already seen
        while (true)
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var stop = span[from..].IndexOfAny(_unquotedStops);
            if (stop >= 0 && span[from + stop] == _quote)
            {
                // A quote inside an unquoted field is data; found in the same scan as the field's end.
                _quoteInUnquotedField = true;
                from += stop + 1;
                continue;
            }
            if (stop >= 0) stop += from;
            if ((stop >= 0 ? stop : span.Length) + (prefix?.Length ?? 0) > _limits.MaxCellLength) throw _limits.CellTooLong();
            if (stop >= 0 || _endOfInput)
            {
                var end = stop >= 0 ? stop : span.Length;
                _fields.Add(prefix is null ? _strings.Get(span[..end], _fields.Count) : string.Concat(prefix, span[..end]));
                _position += end;
                return;
            }
            from = span.Length;
            EnsureData(span.Length + 1); // more text, or _endOfInput set for the next pass
        }
    }

    /// <summary>Reads after an opening quote up to the closing one; false when the input ends first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadQuotedField()
    {
        _textAfterQuote = false;
        // The common case, a field with no doubled quotes or line breaks whose closing quote ends
        // it, is cut straight from the buffer.
        var ahead = _buffer.AsSpan(_position, _length - _position);
        var close = ahead.IndexOfAny(_quotedStops);
        if (close >= 0 && close <= _limits.MaxCellLength && close + 1 < ahead.Length && ahead[close] == _quote && ahead[close + 1] is var next && (next == _delimiter || next is '\r' or '\n'))
        {
            _fields.Add(_strings.Get(ahead[..close], _fields.Count));
            _position += close + 1;
            return true;
        }
        _builder.Clear();
        _quotedFieldCut = false;
        while (true)
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var stop = span.IndexOfAny(_quotedStops);
            if (RepairStrayQuotes && _builder.Length + (stop < 0 ? span.Length : stop) > _limits.MaxCellLength)
            {
                // Most likely a quote never closed, swallowing the rest of the file: read it as one.
                _quotedFieldTooLong = true;
                return false;
            }
            if (stop < 0)
            {
                Keep(span);
                _position = _length;
                if (!EnsureData(1)) return false;
                continue;
            }
            Keep(span[..stop]);
            _position += stop;
            var c = _buffer[_position];
            if (c != _quote)
            {
                // A line break inside the field: keep it, and count the physical line.
                Keep([c]);
                _position++;
                if (c == '\r' && EnsureData(1) && _buffer[_position] == '\n')
                {
                    Keep(['\n']);
                    _position++;
                }
                _line++;
                continue;
            }
            _position++;
            if (EnsureData(1) && _buffer[_position] == _quote)
            {
                Keep([_quote]); // a doubled quote
                _position++;
                continue;
            }
            if (AtFieldEndAfterSpaces())
            {
                _fields.Add(_strings.Get(_builder, _fields.Count));
                return true;
            }
            // Text after the closing quote joins the field, as Excel reads it.
            _textAfterQuote = true;
            ReadUnquotedField(_builder.ToString());
            return true;
        }
    }

    /// <summary>
    /// Appends quoted text to the field, up to MaxCellLength; past it (only reached when stray quotes are
    /// not repaired: otherwise the field is read as a quote never closed first) the rest is dropped and the
    /// field marked cut, so a long field costs bounded memory and the reader still finds its closing quote.
    /// </summary>
    private void Keep(ReadOnlySpan<char> text)
    {
        var room = _limits.MaxCellLength - _builder.Length;
        if (text.Length > room)
        {
            _quotedFieldCut = true;
            text = text[..Math.Max(0, room)];
        }
        _builder.Append(text);
    }

    /// <summary>
    /// After a closing quote: true when only spaces or tabs stand before the next delimiter, line
    /// break or the end (they are dropped, as Papa Parse does: <c>"B" ,C</c> reads <c>B</c>).
    /// </summary>
    private bool AtFieldEndAfterSpaces()
    {
        var ahead = 0;
        while (true)
        {
            if (!EnsureData(ahead + 1))
            {
                _position += ahead;
                return true;
            }
            var c = _buffer[_position + ahead];
            if (c == _delimiter || c is '\r' or '\n')
            {
                _position += ahead;
                return true;
            }
            if (c is not (' ' or '\t')) return false;
            ahead++;
        }
    }

    private void Resume(int openedAt, long line)
    {
        // Everything from the record's start is still in the buffer (compaction keeps it).
        var rest = _buffer.AsSpan(_recordStart, _length - _recordStart);
        var lineEnd = rest.IndexOfAny('\r', '\n');
        _fields.Add(new string(_buffer, openedAt, Math.Min(_length, _recordStart + (lineEnd < 0 ? rest.Length : lineEnd)) - openedAt));
        _line = line;
        if (lineEnd < 0)
        {
            _position = _length;
            return;
        }
        _position = _recordStart + lineEnd;
        ConsumeLineBreak();
    }

    // How far below a row whose quote never closed its cell's text is looked for (SkipBrokenCellLines).
    private const int MaxBrokenCellLines = 50;

    /// <summary>
    /// After a quote never closed, at the line below its row: skips the lines that read as no row (more fields than the file's
    /// first row and the last row have, and not two running with the same count; or empty), as they are the broken cell's text (a trial: "still, in, quote, too, many,
    /// fields" came in as a contact named "still"), up to the first line that reads as a row (a short one too), or to the file's end.
    /// Skips nothing when no such line comes within <see cref="MaxBrokenCellLines"/> lines: a file whose rows all differ from
    /// its first row is read on from the next line as before. Returns the lines skipped.
    /// </summary>
    private int SkipBrokenCellLines()
    {
        if (_expectedFields < 2) return 0;
        var offset = 0;
        var previousFields = 0;
        for (var lines = 0; lines <= MaxBrokenCellLines; lines++)
        {
            if (!Available(offset))
            {
                if (lines > 0) SkipTo(offset, lines);
                return lines;
            }
            // A line with more fields than the rows have is the cell's text; an empty one may be too. A line with as many or fewer
            // reads as a row (a short one: some exporters leave empty last cells out, "Carl" alone too; a note's next line of one
            // field is read as one as well, as it always was: two reviews found rows of either kind). Two such lines running with
            // the same count look like rows of a file whose rows have more fields than its header (a trailing delimiter): nothing
            // is skipped then.
            var fields = FieldsOnLine(offset);
            if (fields > 0 && fields <= Math.Max(_expectedFields, _lastFields))
            {
                if (lines > 0) SkipTo(offset, lines);
                return lines;
            }
            if (fields > 0 && fields == previousFields) return 0;
            if (fields > 0) previousFields = fields;
            var next = LineAfter(offset);
            offset = next >= 0 ? next : _length - _recordStart; // the file's end: the loop's first test skips to it
        }
        return 0;
    }

    private void SkipTo(int offset, int lines)
    {
        _position = _recordStart + offset;
        _line += lines;
        CharactersRead += offset;
        _recordStart = _position;
    }

    private void ConsumeLineBreak()
    {
        var c = _buffer[_position++];
        if (c == '\r' && EnsureData(1) && _buffer[_position] == '\n') _position++;
        _line++;
        CharactersRead += _position - _recordStart;
        NoteNuls();
        _recordStart = _position;
    }

    /// <summary>Makes at least <paramref name="count"/> unread characters available; false at the end of input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool EnsureData(int count)
    {
        while (_length - _position < count)
        {
            if (_endOfInput) return false;
            if (_recordStart > 0)
            {
                // Keep the current record (for recovery), drop what came before it.
                Array.Copy(_buffer, _recordStart, _buffer, 0, _length - _recordStart);
                _length -= _recordStart;
                _position -= _recordStart;
                _recordStart = 0;
            }
            if (_length == _buffer.Length)
            {
                // The buffer holds the current record whole: a record past the limit fails here, before the buffer doubles again.
                if (_length >= _limits.MaxRowLength) throw _limits.RowTooLong();
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            _cancellationToken.ThrowIfCancellationRequested();
            var read = _reader.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0) _endOfInput = true;
            else _length += read;
        }
        return true;
    }
}
