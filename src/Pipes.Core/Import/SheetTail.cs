namespace Pipes.Import;

/// <summary>
/// A worksheet part's XML without its rows: the bytes before <c>&lt;sheetData&gt;</c> and those after
/// <c>&lt;/sheetData&gt;</c>, joined into a document of their own, found by a byte scan as the part unpacks.
/// </summary>
/// <remarks>
/// A sheet's hyperlinks come after its rows (ECMA-376 Part 1, 18.3.1.99 CT_Worksheet), and the rows cannot be
/// given their links before the links are known. Reading the sheet as XML once to find them costs about what
/// reading the rows costs; the scan costs the unpacking alone. The tags are found whatever their prefix
/// (<c>&lt;x:sheetData&gt;</c>); the last closing tag counts, so text that merely looks like one inside a row
/// (a CDATA section) does not cut the rows short. When the scan cannot tell (a part in UTF-16 or UTF-32, told by its first bytes; no sheetData, a
/// second opening tag, a comment or CDATA after the rows), <see cref="Read"/> gives null and the caller reads the part as XML.
/// </remarks>
internal static class SheetTail
{
    private const int Chunk = 1 << 16;
    // The bytes kept around a match: "</" and a prefix before "sheetData", white space and '>' after it.
    private const int Window = 256;
    // The elements before the rows (sheetPr, dimension, sheetViews, cols) are small: a part without sheetData near its start is read as XML.
    private const int MaxHead = 1 << 20;
    // The elements after the rows are held whole: a million mailto: links (the most a sheet's links are read for) as openpyxl
    // writes them, each with its own xmlns:r, take about 130 MB; past this the XML reader streams the part, as before the scan.
    internal const int MaxTail = 64 << 20;

    private static ReadOnlySpan<byte> Name => "sheetData"u8;

    // The bytes XML's encoding detection looks at (W3C XML 1.0, Appendix F): a byte-order mark, or "<?xm" as written in the encoding.
    private const int EncodingBytes = 4;

    private enum TagKind { None, Open, Close, Empty }

    /// <summary>
    /// Reads <paramref name="part"/> to its end (so a <see cref="ZipPartStream"/> checks its CRC) and gives the part
    /// without the rows, as UTF-8 or ASCII bytes as written; null when the scan cannot tell, or when what follows the rows
    /// is over <paramref name="maxTail"/> bytes (the memory it would hold). Throws what the stream throws.
    /// </summary>
    public static byte[]? Read(Stream part, int maxTail = MaxTail)
    {
        var data = new byte[Chunk * 2];
        var length = 0;
        var scanFrom = 0;
        byte[]? head = null;
        var tailStart = -1;
        var noRows = false;
        var end = false;
        var encodingKnown = false;
        while (!end)
        {
            if (data.Length - length < Chunk) Array.Resize(ref data, data.Length * 2);
            var read = part.Read(data, length, Chunk);
            end = read == 0;
            length += read;
            if (!encodingKnown && (length >= EncodingBytes || end))
            {
                if (!IsAsciiCompatible(data.AsSpan(0, Math.Min(length, EncodingBytes)))) return null;
                encodingKnown = true;
            }
            // A match too near the end waits for the next chunk, which may hold the rest of its tag.
            var limit = end ? length : length - Window;
            while (scanFrom < limit)
            {
                // A name that starts before the limit may end after it.
                var found = data.AsSpan(scanFrom, Math.Min(length, limit + Name.Length - 1) - scanFrom).IndexOf(Name);
                if (found < 0 || scanFrom + found >= limit)
                {
                    scanFrom = limit;
                    break;
                }
                var name = scanFrom + found;
                scanFrom = name + 1;
                var kind = Tag(data.AsSpan(0, length), name, out var start, out var after);
                if (kind == TagKind.None) continue;
                if (kind == TagKind.Close)
                {
                    // The last closing tag ends the rows; one before any opening tag, or after "<sheetData/>", is no XML the scan can read.
                    if (head is null || noRows) return null;
                    tailStart = after;
                }
                else
                {
                    if (head is not null || kind == TagKind.Open && after < 0) return null;
                    head = data[..start];
                    noRows = kind == TagKind.Empty;
                    if (noRows) tailStart = after;
                }
                if (after > scanFrom) scanFrom = after;
            }
            if (head is null)
            {
                if (length > MaxHead) return null;
                continue;
            }
            // A tail of a part unpacked from a small file (100 times its size) could otherwise outgrow memory, or an array.
            if (tailStart >= 0 && length - tailStart > maxTail) return null;
            // The rows are not kept: only the window before the scan (a tag's start) and the tail after the last closing tag.
            var keepFrom = Math.Max(0, Math.Min(scanFrom, limit) - Window);
            if (tailStart >= 0) keepFrom = Math.Min(keepFrom, tailStart);
            if (keepFrom == 0) continue;
            data.AsSpan(keepFrom, length - keepFrom).CopyTo(data);
            length -= keepFrom;
            scanFrom -= keepFrom;
            if (tailStart >= 0) tailStart -= keepFrom;
        }
        if (head is null || tailStart < 0 || HidesMarkup(data.AsSpan(tailStart, length - tailStart))) return null;
        var document = new byte[head.Length + length - tailStart];
        head.CopyTo(document, 0);
        data.AsSpan(tailStart, length - tailStart).CopyTo(document.AsSpan(head.Length));
        return document;
    }

    /// <summary>
    /// The part's first bytes say it is written in an encoding whose ASCII characters are single bytes (UTF-8 with or without
    /// its byte-order mark, Windows-1252, ISO-8859-1), which the scan's byte matches read. In UTF-16 or UTF-32 (a byte-order
    /// mark, or a NUL byte beside the '&lt;') the tags are never found as bytes, but two characters of text can spell them
    /// ("猼敨瑥慄慴" is "&lt;sheetData" in UTF-16LE): a sheet of such text would be cut where its text is, its links lost or
    /// the part taken for damaged.
    /// </summary>
    private static bool IsAsciiCompatible(ReadOnlySpan<byte> first) =>
        !first.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) && !first.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && first.IndexOf((byte)0) < 0;

    /// <summary>
    /// The tail holds a comment, CDATA section or processing instruction, or the end of one: the closing tag taken as the
    /// rows' end may be inside one ("&lt;!-- &lt;/sheetData&gt; --&gt;" after the rows), which the scan cannot tell. No writer
    /// puts them there; such a sheet is read as XML.
    /// </summary>
    private static bool HidesMarkup(ReadOnlySpan<byte> tail) =>
        tail.IndexOf("<!"u8) >= 0 || tail.IndexOf("<?"u8) >= 0 || tail.IndexOf("-->"u8) >= 0 || tail.IndexOf("]]>"u8) >= 0 || tail.IndexOf("?>"u8) >= 0;

    /// <summary>
    /// What the "sheetData" at <paramref name="name"/> is: an opening, closing or empty-element tag (with its '&lt;'
    /// at <paramref name="start"/> and the byte after its '&gt;' at <paramref name="after"/>, -1 when its end is not
    /// in <paramref name="data"/>), or None (a longer name, text, another element's attribute).
    /// </summary>
    private static TagKind Tag(ReadOnlySpan<byte> data, int name, out int start, out int after)
    {
        start = after = -1;
        var next = name + Name.Length;
        if (next >= data.Length || !(data[next] is (byte)'>' or (byte)'/' || IsSpace(data[next]))) return TagKind.None;
        // Back over a prefix ("x:"), then '<' or "</".
        var i = name - 1;
        if (i >= 0 && data[i] == ':')
        {
            i--;
            var prefixEnd = i;
            while (i >= 0 && prefixEnd - i < 64 && IsNameByte(data[i])) i--;
            if (i == prefixEnd) return TagKind.None;
        }
        if (i < 0) return TagKind.None;
        var closing = data[i] == '/';
        if (closing) i--;
        if (i < 0 || data[i] != '<') return TagKind.None;
        start = i;
        var j = next;
        if (closing)
        {
            while (j < data.Length && IsSpace(data[j])) j++;
            if (j < data.Length && data[j] == '>') after = j + 1;
            return after < 0 ? TagKind.None : TagKind.Close;
        }
        // An opening tag may carry attributes, whose quoted values may hold '>'.
        byte quote = 0;
        for (; j < data.Length; j++)
        {
            var b = data[j];
            if (quote != 0)
            {
                if (b == quote) quote = 0;
            }
            else if (b is (byte)'"' or (byte)'\'') quote = b;
            else if (b == '>')
            {
                after = j + 1;
                return data[j - 1] == '/' ? TagKind.Empty : TagKind.Open;
            }
        }
        return TagKind.Open;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    // An XML name's bytes: ASCII letters, digits, '_', '-', '.', and any byte of a multi-byte UTF-8 character.
    private static bool IsNameByte(byte b) => b >= 0x80 || char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'-' or (byte)'.';
}
