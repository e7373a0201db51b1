using System.IO.Compression;
using System.IO.Hashing;

namespace Pipes.Import;

/// <summary>
/// One part of an XLSX zip as it unpacks, guarded: it fails once more bytes come out than
/// <see cref="ImportLimits.MaxInflatedPart"/> allows (a zip bomb costs that much reading, no
/// more), checks the CRC-32 and size the zip records for the part when the part has been read to
/// its end (so damaged bytes fail the file instead of being read as if whole), and checks for
/// cancellation on every read, which is how Ctrl+C reaches the XML readers' loops.
/// </summary>
internal sealed class ZipPartStream : Stream
{
    private readonly Stream _inner;
    private readonly ZipArchiveEntry _entry;
    private readonly ImportLimits _limits;
    private readonly long _limit;
    private readonly CancellationToken _cancellationToken;
    private readonly Crc32 _crc = new();
    private long _read;
    private bool _checked;

    private ZipPartStream(ZipArchiveEntry entry, ImportLimits limits, long limit, CancellationToken cancellationToken)
    {
        _entry = entry;
        _limits = limits;
        _limit = limit;
        _cancellationToken = cancellationToken;
        _inner = entry.Open();
    }

    /// <summary>Opens <paramref name="entry"/> of a zip file of <paramref name="fileLength"/> bytes.</summary>
    /// <exception cref="ImportLimitException">The part says (or turns out) to unpack past the limit.</exception>
    /// <exception cref="XlsxPartException">A stored part whose bytes do not match its CRC.</exception>
    public static Stream Open(ZipArchiveEntry entry, long fileLength, ImportLimits limits, CancellationToken cancellationToken)
    {
        var limit = limits.MaxInflatedPart(fileLength);
        // The size the zip declares fails a bomb at once; the count below catches a zip that lies.
        if (entry.Length > limit) throw limits.PartTooLarge(entry.FullName);
        if (entry.CompressedLength == entry.Length && entry.Length > 0)
        {
            // Stored, not deflated: nothing but the CRC would notice changed bytes, and records
            // must not come out of a part that turns out damaged. Reading it twice costs little:
            // stored parts are rare and small.
            using var check = new ZipPartStream(entry, limits, limit, cancellationToken);
            check.CopyTo(Stream.Null, 1 << 16);
        }
        return new ZipPartStream(entry, limits, limit, cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var read = _inner.Read(buffer);
        if (read == 0)
        {
            Verify();
            return 0;
        }
        _read += read;
        if (_read > _limit) throw _limits.PartTooLarge(_entry.FullName);
        _crc.Append(buffer[..read]);
        return read;
    }

    private void Verify()
    {
        if (_checked) return;
        _checked = true;
        if (_read != _entry.Length)
            throw new XlsxPartException($"the part {_entry.FullName} holds {_read:N0} bytes where the zip says {_entry.Length:N0}");
        if (_crc.GetCurrentHashAsUInt32() != _entry.Crc32)
            throw new XlsxPartException($"the part {_entry.FullName} is damaged: its bytes do not match its CRC-32");
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
