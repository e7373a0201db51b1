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
}

/// <summary>Opens the right reader for a file's content: XLSX by its zip signature, anything else as delimited text.</summary>
public static class TabularSource
{
    /// <remarks>
    /// The limits bound cells, rows, columns and zip parts (<see cref="ImportLimits.Default"/> when
    /// null); the token is checked inside the readers' loops, on every read from the file or a zip part.
    /// </remarks>
    public static ITabularSource Open(string path, Encoding? encoding = null, char? delimiter = null, string? worksheet = null,
        ImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var sniffed = FileSniffer.Sniff(path, encoding, cancellationToken);
        return sniffed.Kind == SourceKind.Xlsx
            ? new XlsxSource(path, worksheet, limits, cancellationToken)
            : new CsvSource(path, sniffed.Encoding!, sniffed.EncodingName, delimiter, limits, cancellationToken);
    }
}

internal sealed class CsvSource : ITabularSource
{
    private const int SniffSampleChars = 64 * 1024;
    private readonly FileStream _stream;
    private readonly StreamReader _reader;
    private readonly char _delimiter;
    private readonly ImportLimits? _limits;
    private readonly CancellationToken _cancellationToken;

    public CsvSource(string path, Encoding encoding, string encodingName, char? delimiter, ImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        _limits = limits;
        _cancellationToken = cancellationToken;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        _reader = new StreamReader(_stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
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
            _stream.Position = 0;
            _reader.DiscardBufferedData();
        }
    }

    public string Description => $"csv ({EncodingName}, {DelimiterName})";

    public string EncodingName { get; }

    public string? Delimiter => _delimiter.ToString();

    private string DelimiterName => _delimiter switch { '\t' => "tab", ',' => "comma", ';' => "semicolon", '|' => "pipe", var c => $"'{c}'" };

    public double Progress => _stream.Length == 0 ? 1 : (double)_stream.Position / _stream.Length;

    public IEnumerable<SourceRow> Rows()
    {
        var reader = new CsvRecordReader(_reader, _delimiter, limits: _limits, cancellationToken: _cancellationToken);
        while (reader.Read() is { } row) yield return row;
    }

    public void Dispose() => _reader.Dispose();
}
