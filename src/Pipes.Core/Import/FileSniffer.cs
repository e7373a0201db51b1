using System.Text;
using System.Text.Unicode;
using Pipes.Integrations;

namespace Pipes.Import;

public enum SourceKind
{
    DelimitedText,
    Xlsx,
}

/// <summary>What a file is, decided by its content rather than its name.</summary>
/// <param name="Kind">Delimited text or an XLSX workbook.</param>
/// <param name="Encoding">The text's encoding (null for XLSX).</param>
/// <param name="EncodingName">As shown to the user: "utf-8", "windows-1252", "utf-16 (BOM)".</param>
/// <param name="MixedLines">True for text that is UTF-8 except for some lines in Windows-1252: it is decoded line by line.</param>
/// <param name="MarkOverrode">The file's byte-order mark named another encoding than the one given (-Encoding): the mark's was used.</param>
public sealed record SniffResult(SourceKind Kind, Encoding? Encoding, string EncodingName, bool MixedLines = false, bool MarkOverrode = false);

/// <summary>
/// Decides whether a file is an XLSX workbook or delimited text, and the text's encoding: a
/// byte-order mark first (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); then UTF-8 when every byte of the
/// file is valid UTF-8; then, when some lines hold valid UTF-8 beyond ASCII and others are not
/// UTF-8, UTF-8 line by line with Windows-1252 for the odd lines; then Windows-1252. The seed said latin-1 then cp1252, but latin-1 accepts
/// every byte and would read Excel's curly quotes and dashes (0x91-0x97) as control characters,
/// so Windows-1252, which is a superset of latin-1's printable range, is the fallback.
/// </summary>
public static class FileSniffer
{
    private const int ChunkSize = 1 << 20;

    public static Encoding Windows1252 { get; } = CodePagesEncoding(1252);

    /// <summary>Mac OS Roman (code page 10000), classic Mac OS's and Excel for Mac's "CSV (Macintosh)" encoding.</summary>
    public static Encoding MacRoman { get; } = CodePagesEncoding(10000);

    /// <summary>The text's encoding as its byte-order mark names it (UTF-32, UTF-8, UTF-16, either byte order), or null when it has none.</summary>
    private static SniffResult? ByteOrderMark(FileStream stream, ReadOnlySpan<byte> head, CancellationToken cancellationToken)
    {
        if (head.StartsWith(new byte[] { 0xFF, 0xFE, 0x00, 0x00 })) return Text(new UTF32Encoding(false, true), "utf-32 (BOM)");
        if (head.StartsWith(new byte[] { 0x00, 0x00, 0xFE, 0xFF })) return Text(new UTF32Encoding(true, true), "utf-32BE (BOM)");
        if (head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            // Excel's "CSV UTF-8" has a BOM; lines pasted in from an older export may still be Windows-1252.
            stream.Position = 3;
            return IsValidUtf8(stream, new byte[ChunkSize], cancellationToken)
                ? Text(new UTF8Encoding(true), "utf-8 (BOM)")
                : new SniffResult(SourceKind.DelimitedText, Windows1252, "utf-8 (BOM; windows-1252 on some lines)", MixedLines: true);
        }
        if (head.StartsWith(new byte[] { 0xFF, 0xFE })) return Text(new UnicodeEncoding(false, true), "utf-16 (BOM)");
        if (head.StartsWith(new byte[] { 0xFE, 0xFF })) return Text(new UnicodeEncoding(true, true), "utf-16BE (BOM)");
        return null;
    }

    /// <remarks>The token is checked between the 1 MB chunks of the UTF-8 check, which reads the whole file.</remarks>
    public static SniffResult Sniff(string path, Encoding? forcedEncoding = null, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        Span<byte> head = stackalloc byte[8];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..headLength];

        // "~$owners.xlsx": Excel's note of who has owners.xlsx open, which *.xlsx picks up beside it.
        if (Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal) && stream.Length < 4096)
            throw Unreadable(path, $"it is Excel's lock file for the open workbook '{Path.GetFileName(path)[2..]}', not a workbook; leave it out (it goes when Excel closes the workbook)");
        if (head.StartsWith("PK\x03\x04"u8)) return new SniffResult(SourceKind.Xlsx, null, "xlsx");
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            throw Unreadable(path, IsEncryptedOffice(stream)
                ? "it is a password-protected (encrypted) workbook; open it in Excel with its password, save a copy without one (File > Info > Protect Workbook > Encrypt with Password, cleared) and import that"
                : "it is a legacy Excel 97-2003 (.xls) workbook or another OLE document; save it as .xlsx or .csv and import that");
        // A byte-order mark says what the text is, and the reader follows it whatever it is told: the mark's encoding is used (and
        // the mark skipped, not read as a first character: "\uFEFFCounty"), and a mark of another encoding than -Encoding is said.
        var bom = ByteOrderMark(stream, head, cancellationToken);
        if (forcedEncoding is not null)
            return bom is null
                ? new SniffResult(SourceKind.DelimitedText, forcedEncoding, forcedEncoding.WebName)
                : bom with { MarkOverrode = bom.Encoding!.CodePage != forcedEncoding.CodePage && !(bom.MixedLines && forcedEncoding.CodePage == Encoding.UTF8.CodePage) };
        if (bom is not null) return bom;

        stream.Position = 0;
        var buffer = new byte[ChunkSize];
        var first = stream.ReadAtLeast(buffer, Math.Min(buffer.Length, 8192), throwOnEndOfStream: false);
        if (Utf16WithoutBom(buffer.AsSpan(0, first)) is { } utf16) return utf16;
        if (LooksBinary(buffer.AsSpan(0, first)))
            throw Unreadable(path, "it holds binary data, not text or an XLSX workbook");
        if (Markup(buffer.AsSpan(0, first)) is { } markup) throw Unreadable(path, markup);
        // Lines ended by CR alone are classic Mac OS's, as Excel for Mac's "CSV (Macintosh)" still writes them, in Mac Roman: read as
        // Windows-1252, "José Peña" was "JosŽ Pe–a" with no hint (a trial). Only when the bytes are not UTF-8.
        var macLines = buffer.AsSpan(0, first).Contains((byte)'\r') && !buffer.AsSpan(0, first).Contains((byte)'\n');
        stream.Position = 0;
        if (IsValidUtf8(stream, buffer, cancellationToken)) return Text(new UTF8Encoding(false), "utf-8");
        stream.Position = 0;
        if (HasUtf8Lines(stream, cancellationToken)) return new SniffResult(SourceKind.DelimitedText, Windows1252, "utf-8 (windows-1252 on some lines)", MixedLines: true);
        return macLines ? Text(MacRoman, "macintosh (Mac Roman: its lines end in CR alone, as Excel for Mac's CSV (Macintosh) writes; -Encoding names another)")
            : Text(Windows1252, "windows-1252");
    }

    public static PipesException Unreadable(string path, string reason, Exception? inner = null) =>
        new FileFormatError(path, $"Cannot read '{path}': {reason}.", errorId: ErrorIds.UnreadableFile, inner: inner);

    private static SniffResult Text(Encoding encoding, string name) => new(SourceKind.DelimitedText, encoding, name);

    private static bool IsValidUtf8(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var carried = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = stream.Read(buffer, carried, buffer.Length - carried);
            var available = carried + read;
            if (read == 0) return carried == 0 || Utf8.IsValid(buffer.AsSpan(0, carried));
            // Validate up to the last sequence that may be incomplete; carry it to the next chunk.
            var end = available;
            for (var back = 1; back <= Math.Min(3, available); back++)
            {
                var b = buffer[available - back];
                if ((b & 0xC0) == 0x80) continue; // continuation byte
                if (b >= 0xC0) end = available - back; // a lead byte whose sequence may run past the chunk
                break;
            }
            if (!Utf8.IsValid(buffer.AsSpan(0, end))) return false;
            carried = available - end;
            Array.Copy(buffer, end, buffer, 0, carried);
        }
    }

    /// <summary>True when some line holds UTF-8 beyond ASCII (é as two bytes), in a file not wholly UTF-8.</summary>
    private static bool HasUtf8Lines(Stream stream, CancellationToken cancellationToken)
    {
        // Not disposed: the stream is the caller's.
        var lines = new LineDecodingReader(stream, Windows1252);
        for (var count = 1; lines.SkipLine(out var validUtf8, out var nonAscii); count++)
        {
            if (validUtf8 && nonAscii) return true;
            if ((count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
        }
        return false;
    }

    private static SniffResult? Utf16WithoutBom(ReadOnlySpan<byte> head)
    {
        if (head.Length < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        var pairs = head.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return Text(new UnicodeEncoding(false, true), "utf-16 (no BOM)");
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return Text(new UnicodeEncoding(true, true), "utf-16BE (no BOM)");
        return null;
    }

    /// <summary>
    /// An OLE file that names an EncryptedPackage stream: how Office stores a workbook saved with a
    /// password ([MS-OFFCRYPTO] 2.3.4.1). The name is looked for, in UTF-16 as [MS-CFB]'s directory
    /// writes it, in the file's first and last 256 KB, where writers put the directory; reading it
    /// through the sector chains would cost more code than the message is worth.
    /// </summary>
    private static bool IsEncryptedOffice(Stream stream)
    {
        var name = Encoding.Unicode.GetBytes("EncryptedPackage");
        var buffer = new byte[EncryptionScan];
        foreach (var at in new[] { 0L, Math.Max(0L, stream.Length - EncryptionScan) })
        {
            stream.Position = at;
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (buffer.AsSpan(0, read).IndexOf(name) >= 0) return true;
        }
        return false;
    }

    private const int EncryptionScan = 256 * 1024;

    /// <summary>What a markup file named like a spreadsheet is (a web report saved as .xls, Excel 2003 XML); null for other text.</summary>
    private static string? Markup(ReadOnlySpan<byte> head)
    {
        var start = head.TrimStart(" \t\r\n"u8);
        if (start.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) start = start[3..];
        if (start.IsEmpty || start[0] != (byte)'<') return null;
        var text = Encoding.ASCII.GetString(start[..Math.Min(start.Length, 4096)]);
        if (text.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.OrdinalIgnoreCase))
            return "it is an Excel 2003 XML spreadsheet (SpreadsheetML); open it in Excel and save it as .xlsx or .csv";
        if (text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) || text.Contains("<table", StringComparison.OrdinalIgnoreCase))
            return "it is an HTML page (a web report or CRM export given a spreadsheet's name), not CSV or XLSX; open it in Excel and save it as .xlsx or .csv";
        return null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var control = 0;
        var nuls = 0;
        foreach (var b in head)
        {
            // Tab, line breaks, form feed and the ASCII separators (0x1C-0x1F) occur in real text exports, and so do the vertical tab
            // (a line break inside a cell, as a Word line break pasted into Excel and FileMaker's exports write it: a trial's
            // ten-row file with ten was refused as binary) and DOS's end-of-file mark (Ctrl-Z).
            // NULs are counted apart: text damaged by a few is read (the reader removes them and says so).
            if (b == 0) nuls++;
            else if (b < 0x1C && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not 0x0B and not 0x0C and not 0x1A) control++;
        }
        return head.Length > 0 && (control > Math.Max(2, head.Length / 100) || nuls > Math.Max(2, head.Length / 4));
    }

    private static Encoding CodePagesEncoding(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? throw new InvalidOperationException($"Code page {codePage} is not available.");
}
