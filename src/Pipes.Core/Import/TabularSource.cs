using System.Text;

namespace Pipes.Import;

/// <summary>Rows from a file, whatever its format, with how far through it the reading is.</summary>
public interface ITabularSource : IDisposable
{
    /// <summary>"csv (utf-8, ',')" or "xlsx (Sheet1)".</summary>
    string Description { get; }

    string EncodingName { get; }

    string? Delimiter { get; }

    IEnumerable<SourceRow> Rows();

    /// <summary>0 to 1.</summary>
    double Progress { get; }

    /// <summary>What the reader decided that the user should hear about (which worksheet it read), once rows were asked for.</summary>
    IReadOnlyList<string> Warnings => [];
}

/// <summary>Opens the right reader for a file's content: XLSX by its zip signature, anything else as delimited text.</summary>
public static class TabularSource
{
    /// <remarks>
    /// The limits bound cells, rows, columns and zip parts (<see cref="ImportLimits.Default"/> when
    /// null); the token is checked inside the readers' loops, on every read from the file or a zip part.
    /// <paramref name="repairStrayQuotes"/>: see <see cref="CsvRecordReader.RepairStrayQuotes"/>; <paramref name="readMailtoLinks"/>:
    /// see <see cref="ImportOptions.ReadMailtoLinks"/>.
    /// </remarks>
    public static ITabularSource Open(string path, Encoding? encoding = null, char? delimiter = null, string? worksheet = null,
        ImportLimits? limits = null, CancellationToken cancellationToken = default, bool repairStrayQuotes = true, bool readMailtoLinks = true)
    {
        var sniffed = FileSniffer.Sniff(path, encoding, cancellationToken);
        return sniffed.Kind == SourceKind.Xlsx
            ? new XlsxSource(path, worksheet, limits, cancellationToken) { ReadMailtoLinks = readMailtoLinks }
            : new CsvSource(path, sniffed.Encoding!, sniffed.EncodingName, delimiter, sniffed.MixedLines, limits, cancellationToken)
            {
                RepairStrayQuotes = repairStrayQuotes,
                MarkOverrodeEncoding = sniffed.MarkOverrode,
            };
    }
}

internal sealed class CsvSource : ITabularSource
{
    private const int SniffSampleChars = 64 * 1024;
    private readonly FileStream _stream;
    private TextReader _reader;
    private CsvRecordReader? _records;
    private readonly int _bytesPerChar;
    private readonly int _textStart;
    private readonly long _length;
    private readonly char _delimiter;
    private readonly ImportLimits? _limits;
    private readonly CancellationToken _cancellationToken;

    public CsvSource(string path, Encoding encoding, string encodingName, char? delimiter, bool mixedLines = false, ImportLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        _limits = limits;
        _cancellationToken = cancellationToken;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        _reader = mixedLines ? new LineDecodingReader(_stream, encoding) : new StreamReader(_stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        _bytesPerChar = encoding switch { UnicodeEncoding => 2, UTF32Encoding => 4, _ => 1 };
        _textStart = PreambleLength(_stream, encoding);
        _length = _stream.Length; // once: FileStream asks the system each time
        _stream.Position = 0;
        EncodingName = encodingName;
        if (delimiter is { } given)
        {
            _delimiter = given;
        }
        else
        {
            var sample = new char[SniffSampleChars];
            var read = _reader.ReadBlock(sample, 0, sample.Length);
            _delimiter = DelimiterSniffer.Sniff(new string(sample, 0, read));
            _stream.Position = _textStart;
            if (_reader is StreamReader streamReader) streamReader.DiscardBufferedData();
            else _reader = new LineDecodingReader(_stream, encoding);
        }
    }

    /// <summary>
    /// Where the text starts: after the encoding's byte order mark when the file has one. The reader
    /// skipped it on its first read, but not again after being rewound: without this the first
    /// header would start with U+FEFF ("\uFEFFName"), and a mapping by that name would miss.
    /// </summary>
    private static int PreambleLength(Stream stream, Encoding encoding)
    {
        var preamble = encoding.Preamble;
        if (preamble.Length == 0) return 0;
        Span<byte> head = stackalloc byte[preamble.Length];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return read == preamble.Length && head.SequenceEqual(preamble) ? preamble.Length : 0;
    }

    /// <summary>The file's byte-order mark named another encoding than the one given (-Encoding), and the mark's was used.</summary>
    public bool MarkOverrodeEncoding { get; init; }

    /// <summary>The warning that the file's byte-order mark was followed rather than <paramref name="given"/> (-Encoding); null when it was not.</summary>
    internal string? MarkOverrodeWarning(string path, Encoding? given) => MarkOverrodeEncoding && given is not null
        ? $"{Path.GetFileName(path)} starts with a byte-order mark that says it is {EncodingName}: it was read so, and -Encoding {given.WebName} was not used."
        : null;

    // A file of no bytes, or only a byte-order mark, has no format to speak of (an empty .xlsx is not delimited text either).
    public string Description => _length <= _textStart ? $"empty ({_length} bytes{(_length > 0 ? ", a byte-order mark" : "")})" : $"csv ({EncodingName}, {DelimiterName})";

    public string EncodingName { get; }

    public string? Delimiter => _delimiter.ToString();

    /// <summary>See <see cref="CsvRecordReader.RepairStrayQuotes"/>.</summary>
    public bool RepairStrayQuotes { get; init; } = true;

    private string DelimiterName => _delimiter switch { '\t' => "tab", ',' => "comma", ';' => "semicolon", '|' => "pipe", var c => $"'{c}'" };

    /// <summary>
    /// The part of the file parsed so far: characters the CSV reader consumed, in bytes. Not the
    /// stream's position, which runs up to three buffers (about 190 KB) ahead of the rows handed out,
    /// so a 1 MB file showed 79% before its first record reached a slow consumer. A UTF-8 file of
    /// accented names reads a little behind (two bytes a character counted as one) until the end.
    /// </summary>
    public double Progress
    {
        get
        {
            if (_length == 0) return 1;
            if (_records is null) return 0;
            return Math.Min(1, (double)(_textStart + _records.CharactersRead * _bytesPerChar) / _length);
        }
    }

    public IEnumerable<SourceRow> Rows()
    {
        var reader = _records = new CsvRecordReader(_reader, _delimiter, limits: _limits, cancellationToken: _cancellationToken) { RepairStrayQuotes = RepairStrayQuotes };
        if (_reader is not LineDecodingReader lines)
        {
            while (reader.Read() is { } row) yield return row;
            yield break;
        }
        // A row is held until the next one starts, so that every line it spans has been decoded and is known.
        SourceRow? pending = null;
        while (reader.Read() is { } row)
        {
            if (pending is not null) yield return WithFallbackLines(pending, row.Line, lines);
            pending = row;
        }
        if (pending is not null) yield return WithFallbackLines(pending, long.MaxValue, lines);
    }

    private static SourceRow WithFallbackLines(SourceRow row, long nextRowLine, LineDecodingReader lines)
    {
        var odd = lines.TakeFallbackLinesBefore(nextRowLine).Where(odd => odd.Line >= row.Line).ToList();
        if (odd.Count == 0) return row;
        return row with
        {
            Notes = [.. row.Notes ?? [], .. odd.Select(odd => odd.Mixed
                ? $"Line {odd.Line} holds bytes that are not valid UTF-8 beside UTF-8 text (the rest of the file is UTF-8): those bytes were read as Windows-1252"
                : $"Line {odd.Line} is not valid UTF-8 (the rest of the file is): it was read as Windows-1252")],
        };
    }

    public void Dispose() => _reader.Dispose();
}
