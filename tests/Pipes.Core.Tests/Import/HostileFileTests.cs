using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Pipes.Import;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests.Import;

/// <summary>Damaged and hostile files: one Pipes error per file naming the path and row, limits, NULs, cancellation.</summary>
public sealed class HostileFileTests : IDisposable
{
    private const string Header = "First Name,Last Name,Email,Phone\n";
    private const string Good = "Ann,Lee,ann@example.com,713-555-0100\n";
    private const string Ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    private readonly string _dir = Directory.CreateTempSubdirectory("pipes-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Text(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A workbook of one sheet whose XML is given as it is, deflated or stored.</summary>
    private string Workbook(string name, string sheetXml, CompressionLevel level = CompressionLevel.Optimal, string? sharedStrings = null)
    {
        var path = Path.Combine(_dir, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Part(string part, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(part, level).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        Part("xl/workbook.xml", "<workbook " + Ns + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        Part("xl/worksheets/sheet1.xml", sheetXml);
        if (sharedStrings is not null) Part("xl/sharedStrings.xml", sharedStrings);
        return path;
    }

    private static string Row(int n, params string[] cells) =>
        $"<row r=\"{n}\">" + string.Concat(cells.Select(c => $"<c t=\"inlineStr\"><is><t>{c}</t></is></c>")) + "</row>";

    private static string Sheet(string rows) => "<?xml version=\"1.0\"?><worksheet " + Ns + "><sheetData>" + rows + "</sheetData></worksheet>";

    private static readonly string GoodRows = Row(1, "First Name", "Email") + Row(2, "Ann", "ann@example.com") + Row(3, "Bob", "bob@example.com");

    /// <summary>The records read before the file failed, and the error it failed with (null when it did not).</summary>
    private static (List<ContactRecord> Records, PipesException? Failure) Run(string path, ImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var records = new List<ContactRecord>();
        try
        {
            foreach (var item in ContactImporter.Import(path, new ImportOptions { Limits = limits ?? ImportLimits.Default }, new ImportSummary(), null, cancellationToken))
                if (item.Record is not null) records.Add(item.Record);
        }
        catch (PipesException failure)
        {
            return (records, failure);
        }
        return (records, null);
    }

    [Fact]
    public void SheetThatStopsBeingXmlFailsTheFileAfterItsGoodRowsNamingTheRow()
    {
        var rows = GoodRows + string.Concat(Enumerable.Range(4, 20).Select(i => Row(i, "P" + i, $"p{i}@example.com")));
        var path = Workbook("broken.xlsx", Sheet(rows)[..^60] + "<<< not xml");
        var (records, failure) = Run(path);
        Assert.Equal(21, records.Count); // rows 2 to 22
        var error = Assert.IsType<FileFormatError>(failure);
        Assert.Equal("Pipes.UnreadableFile", error.ErrorId);
        Assert.Equal(path, error.Target);
        Assert.Equal(22, error.Line);
        Assert.Contains("after row 22", error.Message);
    }

    [Theory]
    [InlineData("this is not xml <<<")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>")]
    public void SheetThatIsNotXmlOrHasADtdIsUnreadableNotARawXmlException(string sheet)
    {
        var (records, failure) = Run(Workbook("bad.xlsx", sheet));
        Assert.Empty(records);
        Assert.Equal("Pipes.UnreadableFile", failure?.ErrorId);
        Assert.Matches(@"but is damaged: its part xl/worksheets/sheet1.xml is not XML a workbook can hold( \(line 1, position 1\))?\.$", failure!.Message);
        Assert.IsType<System.Xml.XmlException>(failure.InnerException);
    }

    // Which part is damaged is what lets someone repair it (or tell the exporter's vendor): each part the reader reads names itself.
    [Fact]
    public void ADamagedSharedStringsPartIsNamed()
    {
        var (records, failure) = Run(Workbook("strings.xlsx", Sheet(GoodRows), sharedStrings: "<sst " + Ns + "><si><t>x</si></sst>"));
        Assert.Empty(records);
        Assert.Equal("Pipes.UnreadableFile", failure?.ErrorId);
        Assert.Contains("but is damaged: its part xl/sharedStrings.xml is not XML a workbook can hold (line 1, position", failure!.Message);
    }

    [Theory]
    [InlineData(0.5)]  // cut short: no central directory
    [InlineData(0.98)] // the central directory cut
    public void AWorkbookCutShortSaysSoInPipesWordsNotDotNets(double keep)
    {
        var path = Workbook("cut.xlsx", Sheet(GoodRows));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * keep)]);
        var (records, failure) = Run(path);
        Assert.Empty(records);
        Assert.Equal("Pipes.UnreadableFile", failure?.ErrorId);
        Assert.EndsWith("it looks like an XLSX workbook but its zip data is damaged (the file was cut short or altered after it was saved).", failure!.Message);
        Assert.IsAssignableFrom<InvalidDataException>(failure.InnerException);
    }

    [Fact]
    public void StoredPartWhoseBytesDoNotMatchItsCrcFailsBeforeAnyRecord()
    {
        var path = Workbook("crc.xlsx", Sheet(GoodRows), CompressionLevel.NoCompression);
        var bytes = File.ReadAllBytes(path);
        var at = bytes.AsSpan().IndexOf("ann@example.com"u8);
        bytes[at] = (byte)'A';
        File.WriteAllBytes(path, bytes);
        var (records, failure) = Run(path);
        Assert.Empty(records);
        Assert.Equal("Pipes.UnreadableFile", failure?.ErrorId);
        Assert.Contains("CRC", failure!.Message);
    }

    [Fact]
    public void CsvFieldPastTheCellLimitFailsWithFileTooLargeNamingTheSetting()
    {
        // Twelve rows first; the importer holds the first rows to find the header, and a break while it does still yields them.
        var rows = string.Concat(Enumerable.Range(1, 12).Select(i => $"P{i},Lee,p{i}@example.com,713-555-01{i:00}\n"));
        var path = Text("long.csv", Header + rows + "Cid,Ray," + new string('x', 5000) + ",1\n" + Good);
        var (records, failure) = Run(path, new ImportLimits { MaxCellLength = 1024 });
        Assert.Equal(12, records.Count);
        var error = Assert.IsType<FileTooLargeError>(failure);
        Assert.Equal("Pipes.FileTooLarge", error.ErrorId);
        Assert.Equal(ImportLimits.MaxCellLengthSetting, error.Setting);
        Assert.Equal(13, error.Line);
        Assert.Contains("Import.MaxCellLength", error.Message);
        Assert.Contains("Import.MaxCellLength", error.RecommendedAction);
    }

    [Fact]
    public void CsvRowPastTheColumnOrRowLimitFails()
    {
        var wide = Text("wide.csv", Header + string.Join(",", Enumerable.Repeat("a", 40)) + "\n");
        Assert.Equal(ImportLimits.MaxColumnsSetting, Assert.IsType<FileTooLargeError>(Run(wide, new ImportLimits { MaxColumns = 16 }).Failure).Setting);
        var longRow = Text("longrow.csv", Header + string.Join(",", Enumerable.Repeat(new string('b', 900), 200)) + "\n");
        Assert.Equal(ImportLimits.MaxRowLengthSetting, Assert.IsType<FileTooLargeError>(Run(longRow, new ImportLimits { MaxCellLength = 1024, MaxRowLength = 4096 }).Failure).Setting);
    }

    [Fact]
    public void QuotedFieldPastTheCellLimitIsReadAsAQuoteNeverClosedAndTheRestIsRead()
    {
        var path = Text("unclosed.csv", Header + "\"Ann," + new string('x', 3000) + "\n" + Good + Good.Replace("Ann", "Bea"));
        var summary = new ImportSummary();
        var items = ContactImporter.Import(path, new ImportOptions { Limits = new ImportLimits { MaxCellLength = 1024 } }, summary).ToList();
        Assert.Equal(2, items.Count(i => i.Record is not null));
        var error = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.Equal("Pipes.RowParseError", error.ErrorId);
        Assert.Contains("within 1,024 characters (Import.MaxCellLength)", error.Message);
    }

    [Fact]
    public void XlsxCellSharedStringsAndInflatedPartsHaveLimits()
    {
        var longCell = Workbook("cell.xlsx", Sheet(Row(1, "Email") + Row(2, new string('x', 5000))));
        Assert.Equal(ImportLimits.MaxCellLengthSetting, Assert.IsType<FileTooLargeError>(Run(longCell, new ImportLimits { MaxCellLength = 1024 }).Failure).Setting);

        var strings = "<sst " + Ns + ">" + string.Concat(Enumerable.Range(0, 1500).Select(i => $"<si><t>s{i}</t></si>")) + "</sst>";
        var shared = Workbook("shared.xlsx", Sheet(GoodRows), sharedStrings: strings);
        Assert.Equal(ImportLimits.MaxSharedStringsSetting, Assert.IsType<FileTooLargeError>(Run(shared, new ImportLimits { MaxSharedStrings = 1000 }).Failure).Setting);

        // 6 MB of blank rows deflate to a few KB: past 10 times the file and past the 4 MB floor.
        var blank = Workbook("blank.xlsx", Sheet(GoodRows + string.Concat(Enumerable.Repeat("<row/>", 1_000_000))));
        var (_, failure) = Run(blank, new ImportLimits { MaxInflationRatio = 10 });
        Assert.Equal(ImportLimits.MaxInflationRatioSetting, Assert.IsType<FileTooLargeError>(failure).Setting);
        Assert.Null(Run(blank, new ImportLimits { MaxInflationRatio = 100_000 }).Failure); // a raised ratio reads it
    }

    [Fact]
    public void ColumnReferenceFarPastTheLimitFailsInsteadOfFillingMemory()
    {
        var path = Workbook("far.xlsx", Sheet("<row r=\"1\"><c r=\"ZZZZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        Assert.Equal(ImportLimits.MaxColumnsSetting, Assert.IsType<FileTooLargeError>(Run(path).Failure).Setting);
    }

    [Fact]
    public async Task FoldersAndFifosAreRefusedBeforeOpeningSayingWhatTheyAre()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "folder.csv")).FullName;
        var error = Assert.IsType<FileAccessError>(Run(folder).Failure);
        Assert.Equal("Pipes.NotAFile", error.ErrorId);
        Assert.Contains("a folder", error.Message);
        if (OperatingSystem.IsWindows()) return;

        var fifo = Path.Combine(_dir, "fifo.csv");
        using (var make = Process.Start("mkfifo", fifo)) make.WaitForExit();
        // Opening a FIFO with no writer would block for ever: the read runs aside with a bound.
        var failure = await Task.Run(() => Run(fifo).Failure).WaitAsync(TimeSpan.FromSeconds(10)); // TimeoutException: it was opened and waited on
        Assert.Equal("Pipes.NotAFile", failure?.ErrorId);
        Assert.Contains("FIFO", failure!.Message);
        Assert.Contains("character device", Run("/dev/zero").Failure?.Message);
    }

    [Fact]
    public void NulsAreRemovedWithAnIssueOnTheRowIncludingTheHeader()
    {
        var path = Text("nul.csv", "First Name,Last Name,Em\0ail,Phone\nA\0nn,Lee,ann@example.com,713-555-0100\nBob,Ray,bob@exam\0\0ple.com,713-555-0101\nCid,Day,cid@example.com,713-555-0102\n");
        var (records, failure) = Run(path);
        Assert.Null(failure);
        Assert.Equal(["Ann", "Bob", "Cid"], records.Select(r => r.FirstName));
        Assert.Equal("bob@example.com", records[1].Email);
        Assert.Contains("1 NUL character removed", records[0].Issues);
        Assert.Contains("2 NUL characters removed", records[1].Issues);
        Assert.Null(records[2].Issues);
    }

    [Theory]
    [InlineData("utf-8", ";")]
    [InlineData("utf-8", ",")]
    [InlineData("utf-16", "\t")]
    public void AByteOrderMarkIsNotPartOfTheFirstHeaderAfterTheDelimiterIsSniffed(string encoding, string delimiter)
    {
        // The delimiter is sniffed from a first read, then the file is read again from its start: past the BOM.
        var path = Path.Combine(_dir, $"bom-{encoding}-{(int)delimiter[0]}.csv");
        File.WriteAllText(path, $"ID{delimiter}Name{delimiter}Email\n7{delimiter}Ann Lee{delimiter}ann@example.com\n",
            encoding == "utf-8" ? new UTF8Encoding(true) : new UnicodeEncoding(false, true));
        var preview = ContactImporter.Preview(path, new ImportOptions());
        Assert.Equal("ID", preview.Headers[0]);
        var record = Assert.Single(Run(path).Records);
        Assert.Equal("7", record.ExtraColumns()["ID"]);
        Assert.Equal("Ann", record.FirstName);
    }

    [Fact]
    public void AFileReadInAnEncodingItWasNotSavedInSaysWhichRowsLostCharacters()
    {
        // -Encoding utf8 forced on a Windows-1252 file: the decoder leaves U+FFFD for José's é, silently until now.
        var path = Path.Combine(_dir, "cp1252.csv");
        File.WriteAllBytes(path, FileSniffer.Windows1252.GetBytes("First Name,Last Name,Email\nJosé,Müller,j@x.com\nAnn,Lee,a@x.com\n\"Ed\nÉmile\",Roe,e@x.com"));
        var summary = new ImportSummary();
        var records = ContactImporter.Import(path, new ImportOptions { Encoding = new UTF8Encoding(false) }, summary).Select(i => i.Record!).ToList();
        Assert.Contains("Line 2: holds characters that could not be read in the file's encoding", records[0].Issues);
        Assert.Null(records[1].Issues);
        Assert.Contains("Line 4: holds characters", records[2].Issues);
        Assert.Equal([2L, 4L], summary.RepairedRows);
        // Read as sniffed, the same file has nothing to say.
        Assert.All(Run(path).Records, r => Assert.Null(r.Issues));
    }

    [Fact]
    public void NulsAreFoundInAQuotedFieldAcrossLinesAndInALastRowWithoutALineBreak()
    {
        // The reader looks for NULs once per line of a record, not once per cell: every place a record's text can end must be covered.
        var path = Text("nul-lines.csv", "First Name,Last Name,Email,Phone,Notes\n" + "\"An\0n\",Lee,ann@example.com,713-555-0100,\"first line\nsecond\0 line\"\r\nBob,Ray,bob@example.com,713-555-0101,\"ok\"\nCid,D\0ay,cid@example.com,713-555-0102,last");
        var (records, failure) = Run(path);
        Assert.Null(failure);
        Assert.Equal(["Ann", "Bob", "Cid"], records.Select(r => r.FirstName));
        Assert.Equal("first line\nsecond line", records[0].Notes);
        Assert.Contains("2 NUL characters removed", records[0].Issues);
        Assert.Null(records[1].Issues);
        Assert.Equal("Day", records[2].LastName);
        Assert.Contains("1 NUL character removed", records[2].Issues);
    }

    [Fact]
    public void TextWithAFewNulsIsTextButAFileOfZerosIsBinary()
    {
        var few = Text("few.csv", Header + "Ann\0\0\0\0,Lee,ann@example.com,713-555-0100\n");
        Assert.Equal("Ann", Assert.Single(Run(few).Records).FirstName);
        var zeros = Path.Combine(_dir, "zeros.csv");
        File.WriteAllBytes(zeros, new byte[4096]);
        Assert.Equal("Pipes.UnreadableFile", Run(zeros).Failure?.ErrorId);
    }

    [Fact]
    public void RepeatedHeadersAreMadeUniqueTheSameWayAtAnyCount()
    {
        var path = Text("dup.csv", "Email,a,a,a_2,A\nann@example.com,1,2,3,4\n");
        var preview = ContactImporter.Preview(path, new ImportOptions());
        Assert.Equal(["Email", "a", "a_2", "a_2_2", "A_3"], preview.Headers);

        var many = Text("many.csv", "Email," + string.Join(",", Enumerable.Repeat("a", 50_000)) + "\nann@example.com\n");
        var headers = ContactImporter.Preview(many, new ImportOptions { Limits = new ImportLimits { MaxColumns = 100_000 } }).Headers;
        Assert.Equal(50_001, headers.Count);
        Assert.Equal("a_50000", headers[^1]);
        Assert.Equal(headers.Count, headers.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task CancellationStopsAnEndlessCsvWithinASecond()
    {
        using var cancel = new CancellationTokenSource();
        var reader = new CsvRecordReader(new EndlessText(), cancellationToken: cancel.Token);
        var read = Task.Run(() => { while (reader.Read() is not null) { } });
        await Task.Delay(200);
        var clock = Stopwatch.StartNew();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"stopped after {clock.Elapsed}");
    }

    [Fact]
    public void CancellationPassesThroughTheImportLayerUntranslated()
    {
        var path = Workbook("good.xlsx", Sheet(GoodRows));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Run(path, cancellationToken: cancel.Token));
    }

    [Fact]
    public void ReaderFailuresMapToStableErrorIdsAndBugsAreNotDisguised()
    {
        Assert.Equal("Pipes.AccessDenied", ImportFile.Translate("f.csv", new UnauthorizedAccessException("no"), 3)?.ErrorId);
        Assert.Equal(PipesErrorKind.PermissionDenied, ImportFile.Translate("f.csv", new UnauthorizedAccessException("no"), 3)?.Kind);
        Assert.Equal("Pipes.FileTooLarge", ImportFile.Translate("f.csv", new OutOfMemoryException(), 3)?.ErrorId);
        Assert.Equal("Pipes.UnreadableFile", ImportFile.Translate("f.csv", new IOException("locked"), null)?.ErrorId);
        Assert.Equal("Pipes.UnreadableFile", ImportFile.Translate("f.csv", new NotSupportedException("pipe"), null)?.ErrorId);
        Assert.Equal("Pipes.UnreadableFile", ImportFile.Translate("f.csv", new InvalidDataException("deflate"), 7)?.ErrorId);
        Assert.Equal("Pipes.FileNotFound", ImportFile.Translate("f.csv", new FileNotFoundException("gone"), null)?.ErrorId);
        Assert.Null(ImportFile.Translate("f.csv", new InvalidOperationException("a bug"), 1));
        Assert.Null(ImportFile.Translate("f.csv", new OperationCanceledException(), 1));
    }

    /// <summary>Rows of text that never end.</summary>
    private sealed class EndlessText : TextReader
    {
        private static readonly char[] Line = "Ann,Lee,ann@example.com,713-555-0100\n".ToCharArray();
        private int _at;

        public override int Read(char[] buffer, int index, int count)
        {
            for (var i = 0; i < count; i++) buffer[index + i] = Line[_at++ % Line.Length];
            return count;
        }
    }
}
