using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Pipes.Import;

/// <summary>
/// Reads a file that is mostly UTF-8 with some lines in Windows-1252 (rows pasted in from an older
/// export): each physical line (ended by CRLF, LF or CR, as <see cref="CsvRecordReader"/> counts
/// them) is decoded as UTF-8 when its bytes are valid UTF-8, else as Windows-1252, and the numbers
/// of those lines are kept for the rows they belong to. Reading the whole file as Windows-1252
/// would turn every good "José" into "JosÃ©". A line that holds valid UTF-8 letters beside bytes that are
/// not (one Windows-1252 dash typed into a UTF-8 row, a character cut in half) keeps its UTF-8 and reads
/// only those bytes as Windows-1252: whole, "José Peña" came out "JosÃ© PeÃ±a" for one dash (a trial).
/// </summary>
internal sealed class LineDecodingReader : TextReader
{
    private readonly Stream _stream;
    private readonly Encoding _utf8 = new UTF8Encoding(false);
    private readonly Encoding _fallback;
    private readonly Queue<(long Line, bool Mixed)> _fallbackLines = new();
    private byte[] _bytes = new byte[1 << 16];
    private int _byteStart;
    private int _byteEnd;
    private bool _endOfStream;
    private char[] _chars = new char[1 << 12];
    private int _charPosition;
    private int _charLength;
    private long _line = 1;

    public LineDecodingReader(Stream stream, Encoding fallback)
    {
        _stream = stream;
        _fallback = fallback;
    }

    /// <summary>
    /// Takes the lines that come before <paramref name="line"/> and were not valid UTF-8: each line's number, and whether only its
    /// invalid bytes were read as Windows-1252 (Mixed) or the whole line.
    /// </summary>
    public List<(long Line, bool Mixed)> TakeFallbackLinesBefore(long line)
    {
        var taken = new List<(long, bool)>();
        while (_fallbackLines.TryPeek(out var next) && next.Line < line) taken.Add(_fallbackLines.Dequeue());
        return taken;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Read(Span<char> buffer)
    {
        if (_charPosition == _charLength && !DecodeLine()) return 0;
        var count = Math.Min(buffer.Length, _charLength - _charPosition);
        _chars.AsSpan(_charPosition, count).CopyTo(buffer);
        _charPosition += count;
        return count;
    }

    public override int Read() => _charPosition < _charLength || DecodeLine() ? _chars[_charPosition++] : -1;

    public override int Peek() => _charPosition < _charLength || DecodeLine() ? _chars[_charPosition] : -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing) _stream.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Moves past the next physical line without decoding it, saying what its bytes are; false at the end.</summary>
    public bool SkipLine(out bool validUtf8, out bool nonAscii)
    {
        validUtf8 = nonAscii = false;
        if (!NextLine(out var start, out var length, out _)) return false;
        var line = _bytes.AsSpan(start, length);
        validUtf8 = Utf8.IsValid(line);
        nonAscii = !Ascii.IsValid(line);
        return true;
    }

    /// <summary>Decodes the next physical line (with its line break) into the character buffer; false at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DecodeLine()
    {
        if (!NextLine(out var start, out var length, out var hasBreak)) return false;
        var line = _bytes.AsSpan(start, length);
        if (_line == 1 && _charLength == 0 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) line = line[3..]; // the byte-order mark is no text
        var valid = Utf8.IsValid(line);
        var mixed = !valid && MostlyUtf8(line);
        if (!valid) _fallbackLines.Enqueue((_line, mixed));
        var encoding = valid ? _utf8 : _fallback;
        var needed = Math.Max(encoding.GetMaxCharCount(length), length + 1);
        if (_chars.Length < needed) _chars = new char[Math.Max(needed, _chars.Length * 2)];
        _charLength = mixed ? DecodeMixed(line) : encoding.GetChars(line, _chars);
        _charPosition = 0;
        if (hasBreak) _line++;
        return true;
    }

    /// <summary>
    /// Whether a line that is not valid UTF-8 holds at least as many UTF-8 characters that a Windows-1252 line would not make by chance
    /// as bytes that are not UTF-8: a UTF-8 line with a stray byte. A Windows-1252 line's letters ("Niño", "café") are no valid UTF-8
    /// (a lead byte before a plain letter), but an upper-case accented letter before punctuation is ("CAFÉ’S": É’ is UTF-8's "ɒ", a
    /// review): only the characters of U+0080-U+00FF (é, ñ, ü, NBSP: Windows-1252 would need "Ã" or "Â" before punctuation) and those of
    /// three or four bytes (’, –, €) count. Such a line is read whole as Windows-1252, as before.
    /// </summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> line)
    {
        int utf8 = 0, invalid = 0;
        while (!line.IsEmpty)
        {
            var ascii = line.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0) break;
            line = line[ascii..];
            if (Rune.DecodeFromUtf8(line, out var rune, out var consumed) != System.Buffers.OperationStatus.Done) invalid++;
            else if (consumed > 2 || rune.Value <= 0xFF) utf8++;
            line = line[Math.Max(1, consumed)..];
        }
        return utf8 > 0 && utf8 >= invalid;
    }

    /// <summary>Decodes valid UTF-8 as UTF-8 and each byte that is not as the fallback encoding (Windows-1252) reads it.</summary>
    private int DecodeMixed(ReadOnlySpan<byte> line)
    {
        var written = 0;
        while (!line.IsEmpty)
        {
            var status = Utf8.ToUtf16(line, _chars.AsSpan(written), out var read, out var chars, replaceInvalidSequences: false);
            written += chars;
            line = line[read..];
            if (status != System.Buffers.OperationStatus.InvalidData) break;
            written += _fallback.GetChars(line[..1], _chars.AsSpan(written));
            line = line[1..];
        }
        return written;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NextLine(out int start, out int length, out bool hasBreak)
    {
        var scanned = 0; // bytes after _byteStart already searched
        while (true)
        {
            var span = _bytes.AsSpan(_byteStart + scanned, _byteEnd - _byteStart - scanned);
            var found = span.IndexOfAny((byte)'\r', (byte)'\n');
            if (found >= 0)
            {
                var at = _byteStart + scanned + found;
                // A CR at the end of what is read may be the first half of a CRLF.
                if (_bytes[at] == (byte)'\r' && at + 1 == _byteEnd && !_endOfStream)
                {
                    scanned += found;
                    Fill();
                    continue;
                }
                var end = at + 1;
                if (_bytes[at] == (byte)'\r' && end < _byteEnd && _bytes[end] == (byte)'\n') end++;
                (start, length, hasBreak) = (_byteStart, end - _byteStart, true);
                _byteStart = end;
                return true;
            }
            if (_endOfStream)
            {
                (start, length, hasBreak) = (_byteStart, _byteEnd - _byteStart, false);
                _byteStart = _byteEnd;
                return length > 0;
            }
            scanned = _byteEnd - _byteStart;
            Fill();
        }
    }

    /// <summary>Keeps the unread bytes at the buffer's start (growing it for a long line) and reads more.</summary>
    private void Fill()
    {
        if (_byteStart > 0)
        {
            Array.Copy(_bytes, _byteStart, _bytes, 0, _byteEnd - _byteStart);
            _byteEnd -= _byteStart;
            _byteStart = 0;
        }
        if (_byteEnd == _bytes.Length) Array.Resize(ref _bytes, _bytes.Length * 2);
        var read = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
        if (read == 0) _endOfStream = true;
        else _byteEnd += read;
    }
}
