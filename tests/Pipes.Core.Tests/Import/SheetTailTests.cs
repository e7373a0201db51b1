using System.Text;
using Pipes.Import;
using Pipes.Tests.Support;
using Xunit;

namespace Pipes.Tests.Import;

/// <summary>
/// <see cref="SheetTail"/>: a sheet's XML without its rows, found by a byte scan. Each case is read in reads of
/// every size from 1 byte up, so that every tag it must find falls across the end of a read somewhere.
/// </summary>
public sealed class SheetTailTests
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet xmlns=\"" + RawXlsx.Main
        + "\" xmlns:r=\"" + RawXlsx.Rel + "\"><dimension ref=\"A1:B3\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>";
    private const string Tail = "<pageMargins left=\"0.7\"/><hyperlinks><hyperlink ref=\"B2\" r:id=\"rId1\"/></hyperlinks></worksheet>";

    public static TheoryData<string, string, string> Sheets() => new()
    {
        // Name, the rows between head and tail (with their tags), what the scan gives back without them.
        { "plain", "<sheetData>" + Rows(3) + "</sheetData>", Head + Tail },
        { "prefixed", "<x:sheetData xmlns:x=\"" + RawXlsx.Main + "\">" + Rows(3) + "</x:sheetData  >", Head + Tail },
        { "long rows", "<sheetData>" + Rows(6_000) + "</sheetData>", Head + Tail },
        // A cell's CDATA that looks like the end of the rows, and cell text naming the element: the last closing tag counts.
        { "CDATA", "<sheetData><row r=\"2\"><c t=\"inlineStr\"><is><t><![CDATA[</sheetData><hyperlinks><hyperlink ref=\"A2\" r:id=\"rId9\"/></hyperlinks>]]></t></is></c>"
            + "<c t=\"inlineStr\"><is><t>sheetData &lt;sheetData&gt; sheetData></t></is></c></row>" + Rows(500) + "</sheetData>", Head + Tail },
        // An attribute whose value holds '>' (allowed unescaped in XML).
        { "attribute", "<sheetData x14ac:note=\"a>b\" xmlns:x14ac=\"urn:x\">" + Rows(2) + "</sheetData>", Head + Tail },
        { "no rows", "<sheetData/>", Head + Tail },
        { "no rows, spaced", "<sheetData />", Head + Tail },
        { "UTF-8 text", "<sheetData>" + Rows(2).Replace("Name", "Peña Ødegård 山田") + "</sheetData>", Head + Tail },
    };

    [Theory]
    [MemberData(nameof(Sheets))]
    public void GivesTheSheetWithoutItsRowsWhateverTheReadSizes(string name, string rows, string expected)
    {
        var part = Encoding.UTF8.GetBytes(Head + rows + Tail);
        foreach (var readSize in ReadSizes(part.Length))
        {
            var withoutRows = SheetTail.Read(new TrickleStream(part, readSize));
            Assert.True(withoutRows is not null, $"{name}, reads of {readSize}: no result");
            Assert.Equal(expected, Encoding.UTF8.GetString(withoutRows));
        }
    }

    [Theory]
    [InlineData("UTF-16")]
    [InlineData("UTF-16 text that spells the tags")]
    [InlineData("UTF-16 text that spells the tags, no byte-order mark")]
    [InlineData("UTF-16BE text that spells the tags")]
    [InlineData("no sheetData")]
    [InlineData("two sheetData")]
    [InlineData("closing tag first")]
    [InlineData("a closing tag after an empty one")]
    [InlineData("a comment after the rows")]
    [InlineData("a processing instruction after the rows")]
    [InlineData("CDATA after the rows")]
    public void GivesNullWhenTheScanCannotTell(string kind)
    {
        var text = kind switch
        {
            "UTF-16" => null,
            "no sheetData" => Head + Tail,
            "two sheetData" => Head + "<sheetData>" + Rows(2) + "</sheetData><sheetData>" + Rows(2) + "</sheetData>" + Tail,
            "closing tag first" => Head + "</sheetData><sheetData>" + Rows(2) + Tail,
            "a closing tag after an empty one" => Head + "<sheetData/><pageSetup><![CDATA[</sheetData>]]></pageSetup>" + Tail,
            // Taken as the rows' end, the closing tag in the comment would lose the hyperlinks before it.
            "a comment after the rows" => Head + "<sheetData>" + Rows(2) + "</sheetData>" + Tail.Replace("</worksheet>", "<!-- </sheetData> --></worksheet>"),
            "a processing instruction after the rows" => Head + "<sheetData>" + Rows(2) + "</sheetData>" + Tail.Replace("</worksheet>", "<?pi </sheetData> ?></worksheet>"),
            _ => Head + "<sheetData>" + Rows(2) + "</sheetData>" + Tail.Replace("</worksheet>", "<oddHeader><![CDATA[</sheetData>]]></oddHeader></worksheet>"),
        };
        if (kind.StartsWith("UTF-16", StringComparison.Ordinal) && kind.Contains("spells", StringComparison.Ordinal))
        {
            // Characters whose UTF-16 bytes are "<sheetData>" (a cell's text in the rows) and "</sheetData>" (a header's, after the
            // links): taken as the tags, the scan would cut the part inside that text and drop the links, or leave XML that does not parse.
            var (open, close) = kind.Contains("BE", StringComparison.Ordinal) ? ("\u3C73\u6865\u6574\u4461\u7461\u3E4E", "\u3C2F\u7368\u6565\u7444\u6174\u613E")
                : ("\u733C\u6568\u7465\u6144\u6174\u4E3E", "\u2F3C\u6873\u6565\u4474\u7461\u3E61");
            var xml = Head.Replace("UTF-8", "UTF-16") + "<sheetData>" + Rows(2).Replace("Name 2", open) + "</sheetData>"
                + Tail.Replace("</worksheet>", $"<headerFooter><oddHeader>{close}</oddHeader></headerFooter></worksheet>");
            var encoding = kind.Contains("BE", StringComparison.Ordinal) ? Encoding.BigEndianUnicode : Encoding.Unicode;
            var bytes = encoding.GetBytes(xml);
            Assert.True(bytes.AsSpan().IndexOf("<sheetData>"u8) >= 0 && bytes.AsSpan().IndexOf("</sheetData>"u8) >= 0);
            var utf16 = kind.Contains("no byte-order mark", StringComparison.Ordinal) ? bytes : [.. encoding.GetPreamble(), .. bytes];
            foreach (var readSize in ReadSizes(utf16.Length)) Assert.Null(SheetTail.Read(new TrickleStream(utf16, readSize)));
            return;
        }
        var part = text is null ? Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Head.Replace("UTF-8", "UTF-16") + "<sheetData>" + Rows(2) + "</sheetData>" + Tail)).ToArray()
            : Encoding.UTF8.GetBytes(text);

        foreach (var readSize in ReadSizes(part.Length)) Assert.Null(SheetTail.Read(new TrickleStream(part, readSize)));
    }

    [Fact]
    public void APartWithoutRowsNearItsStartIsLeftToTheXmlReader()
    {
        // Over a megabyte before any sheetData (no writer puts anything that large before the rows): not kept in memory, null.
        var part = Encoding.UTF8.GetBytes(Head + "<sheetPr codeName=\"" + new string('a', 1_200_000) + "\"/><sheetData>" + Rows(2) + "</sheetData>" + Tail);

        Assert.Null(SheetTail.Read(new MemoryStream(part)));
    }

    [Fact]
    public void APartWhoseTailIsLargerThanItsLimitIsLeftToTheXmlReader()
    {
        // What follows the rows is held whole: 300 MB of it after a 3 MB file's rows held 1.2 GB where the XML reader holds 130 MB.
        var tail = Tail.Replace("</worksheet>", "<extLst>" + new string(' ', 4_000) + "</extLst></worksheet>");
        var part = Encoding.UTF8.GetBytes(Head + "<sheetData>" + Rows(2) + "</sheetData>" + tail);

        Assert.NotNull(SheetTail.Read(new MemoryStream(part), maxTail: tail.Length));
        foreach (var readSize in ReadSizes(part.Length)) Assert.Null(SheetTail.Read(new TrickleStream(part, readSize), maxTail: tail.Length - 1));
    }

    private static string Rows(int count) =>
        string.Concat(Enumerable.Range(2, count).Select(r => $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>Name {r}</t></is></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>Email</t></is></c></row>"));

    // Every size up to a tag's length and a few around the scan's own chunk (64 KiB), then the whole part at once.
    private static IEnumerable<int> ReadSizes(int length) =>
        Enumerable.Range(1, 40).Concat([255, 256, 257, 4096, 65_535, 65_536, 65_537, length]).Where(size => size <= Math.Max(length, 1) && (length < 200_000 || size > 40));

    /// <summary>A stream that gives at most <c>readSize</c> bytes a read, as an unpacking part may.</summary>
    private sealed class TrickleStream(byte[] bytes, int readSize) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, readSize));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, readSize)]);
    }
}
