using Pipes.Import;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests.Import;

/// <summary>
/// XLSX cells as the writers other than Excel leave them (openpyxl, XlsxWriter, ExcelJS, SheetJS, ClosedXML, NPOI, EPPlus, the
/// Open XML SDK, LibreOffice, Gnumeric: the trial of branch xlsx-writers), read as Excel shows them, or said to be unknown.
/// </summary>
public sealed class XlsxWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipes-xlsxw-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Path_(string name) => Path.Combine(_dir, name);

    private static string Cell(string text) => $"<c t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>";

    /// <summary>A workbook of one sheet with the given sheet data, styles (when given) and calcPr attributes (when given).</summary>
    private static void WriteOneSheet(string path, string? styles, string sheetData, string? calcPr = null) =>
        RawXlsx.Write(path, [RawXlsx.PackageRels(),
            ("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{RawXlsx.Main}\" xmlns:r=\"{RawXlsx.Rel}\"><workbookPr/><sheets>"
                + $"<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets>{(calcPr is null ? "" : $"<calcPr {calcPr}/>")}</workbook>"),
            ("xl/_rels/workbook.xml.rels", styles is null ? RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"))
                : RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"))),
            .. styles is null ? Array.Empty<(string, string)>() : [("xl/styles.xml", styles)],
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet(sheetData))]);

    private static (List<ContactRecord> Records, ImportSummary Summary) Run(string path)
    {
        var summary = new ImportSummary();
        var items = ContactImporter.Import(path, new ImportOptions(), summary).ToList();
        Assert.All(items, i => Assert.Null(i.Error));
        return (items.Select(i => i.Record!).ToList(), summary);
    }

    // ---- Formulas whose value the file does not hold ----

    [Fact]
    public void AFormulaWithNoCachedValueIsNeverTakenForEmptyAndItsDoNotCallWithholdsThePhone()
    {
        // openpyxl's (and ClosedXML's, NPOI's, EPPlus's) formulas: <f> without <v>. Read as empty they gave no Email, silently, and a
        // Do Not Call of =COUNTIF(...)>0 read as not opted out: the number was dialled.
        var path = Path_("openpyxl.xlsx");
        WriteOneSheet(path, null, "<row>" + Cell("Name") + Cell("Email") + Cell("Phone") + Cell("Do Not Call") + "</row>"
            + "<row>" + Cell("Ann Cole") + "<c><f>LOWER(A2)&amp;\"@example.com\"</f></c>" + Cell("214-555-0140") + "<c t=\"b\"><f>COUNTIF(Scrub!A:A,C2)&gt;0</f></c></row>"
            + "<row>" + Cell("Bo Dee") + Cell("bo@example.com") + Cell("214-555-0141") + "<c t=\"b\"><v>0</v></c></row>"
            + "<row>" + Cell("Cy Fox") + Cell("cy@example.com") + Cell("214-555-0142") + "<c><f>COUNTIF(Scrub!A:A,C4)&gt;0</f><v></v></c></row>" // openpyxl's empty <v>
            + "<row>" + Cell("Di Gray") + Cell("di@example.com") + Cell("214-555-0143") + "<c t=\"str\"><f>IF(COUNTIF(Scrub!A:A,C5),\"Y\",\"\")</f><v></v></c></row>"); // Excel's ="": computed
        var (records, summary) = Run(path);

        Assert.Null(records[0].Email);
        Assert.Contains("'Email' is a formula the workbook holds no computed value for", records[0].Issues);
        Assert.Null(records[0].Phone);
        Assert.Contains("2145550140", records[0].PhoneRaw);
        Assert.Contains("'Do Not Call' column could not be read", records[0].Issues);
        // A computed no stands.
        Assert.Equal("bo@example.com", records[1].Email);
        Assert.NotNull(records[1].Phone);
        Assert.Null(records[1].Issues);
        Assert.Null(records[2].Phone);
        Assert.NotNull(records[3].Phone);
        Assert.Equal([("Email", 1L), ("Do Not Call", 2L)], summary.UncomputedFormulaCells);
        Assert.Contains("'Email' 1, 'Do Not Call' 2", summary.UncomputedFormulaWarning("f.xlsx"));
        Assert.Contains("open the file in Excel or LibreOffice and save it", summary.UncomputedFormulaWarning("f.xlsx"));
    }

    // A tags, labels or categories column holds a file's groupings: a formula there of no known value (a Label of =A2&" "&B2, as
    // openpyxl writes it) is counted in the file's warning but withholds nothing (it withheld every row of a trial's files).
    [Theory]
    [InlineData("Label", false)]
    [InlineData("Tags", false)]
    [InlineData("Status", true)]
    public void AnUncomputedTagIsNoYes(string header, bool withheld)
    {
        var path = Path_("tags.xlsx");
        WriteOneSheet(path, null, "<row>" + Cell("Name") + Cell("Phone") + Cell(header) + "</row>"
            + "<row>" + Cell("Ann Cole") + Cell("214-555-0140") + "<c t=\"str\"><f>A2&amp;\" \"&amp;B2</f></c></row>");
        var (records, summary) = Run(path);

        Assert.Equal(withheld, records[0].Phone is null);
        Assert.Equal([(header, 1L)], summary.UncomputedFormulaCells);
        if (withheld) Assert.Contains($"'{header}' column could not be read", records[0].Issues);
    }

    [Theory]
    [InlineData("fullCalcOnLoad=\"1\"", true)]
    [InlineData("fullCalcOnLoad=\"true\"", true)]
    [InlineData("calcId=\"191029\"", false)]
    public void CachedValuesOfAWorkbookThatAsksForARecalculationAreNotValues(string calcPr, bool unknown)
    {
        // XlsxWriter writes <v>0</v> under every formula and asks Excel to recompute on opening: the 0 is no Do Not Call's no.
        var path = Path_("xlsxwriter.xlsx");
        WriteOneSheet(path, null, "<row>" + Cell("Name") + Cell("Phone") + Cell("Email") + Cell("DNC") + Cell("Status") + "</row>"
            + "<row>" + Cell("Ann Cole") + Cell("214-555-0140") + Cell("ann@example.com") + "<c><f>COUNTIF(Scrub!A:A,B2)</f><v>0</v></c>"
            + "<c t=\"str\"><f>IF(D2&gt;0,\"Unsubscribed\",\"Active\")</f><v>Active</v></c></row>", calcPr);
        var (records, summary) = Run(path);

        Assert.Equal(unknown, records[0].Phone is null);
        Assert.Equal(unknown, records[0].Email is null);
        Assert.Equal(unknown ? 2 : 0, summary.UncomputedFormulaCells.Count);
        if (unknown) Assert.Contains("'Status' column could not be read", records[0].Issues);
    }

    [Fact]
    public void AHyperlinkFormulasAddressIsKnownWithoutItsValue()
    {
        var path = Path_("link.xlsx");
        WriteOneSheet(path, null, "<row>" + Cell("Name") + Cell("Email") + "</row>"
            + "<row>" + Cell("Ann Cole") + "<c t=\"str\"><f>HYPERLINK(\"mailto:ann@example.com\",\"Email Ann\")</f></c></row>");
        var (records, summary) = Run(path);
        Assert.Equal("ann@example.com", records[0].Email);
        Assert.Null(records[0].Issues);
        Assert.Empty(summary.UncomputedFormulaCells);
    }

    [Fact]
    public void AOneLinesFlagOfNoKnownValueWithholdsThatLineAndARowOfFormulasAloneIsCounted()
    {
        var path = Path_("lines.xlsx");
        WriteOneSheet(path, null, "<row>" + Cell("Name") + Cell("Phone 1") + Cell("Phone 1 DNC") + Cell("Phone 2") + Cell("Phone 2 DNC") + Cell("Deceased") + "</row>"
            + "<row>" + Cell("Ann Cole") + Cell("214-555-0140") + "<c><v>0</v></c>" + Cell("214-555-0141") + "<c><f t=\"shared\" si=\"0\"/></c><c/></row>"
            + "<row><c><f>Sheet2!A3</f></c><c><f>Sheet2!B3</f></c></row>");
        var (records, summary) = Run(path);
        var record = Assert.Single(records);
        Assert.Equal("2145550140", record.Phone);
        Assert.Contains("2145550141", record.PhoneRaw);
        Assert.Equal(1, summary.UncomputedOnlyRows);
        Assert.Equal([("Phone 2 DNC", 1L), ("Name", 1L), ("Phone 1", 1L)], summary.UncomputedFormulaCells);
    }

    // ---- A formula's text result ----

    [Fact]
    public void AFormulasTextResultHasItsEscapesRead()
    {
        // SheetJS writes a formula's text (t="str") with its CR as "_x000d_", as shared and inline strings carry it (ECMA-376 22.9.2.19).
        var path = Path_("str.xlsx");
        WriteOneSheet(path, null, "<row>" + Cell("Name") + Cell("Notes") + Cell("Ref") + "</row>"
            + "<row>" + Cell("Ann Cole") + "<c t=\"str\"><f>A2</f><v>Line one_x000d_\nLine two</v></c><c t=\"str\"><f>B2</f><v>a_x005F_x0041_b</v></c></row>");
        var record = Assert.Single(Run(path).Records);
        Assert.Equal("Line one\r\nLine two", record.Notes); // the CR LF Excel shows, as a shared string gives it
        Assert.Equal("a_x0041_b", record.ExtraColumns()["Ref"]);
    }

    // ---- Excel's 29 February 1900 ----

    [Theory]
    [InlineData("1", "1900-01-01")]
    [InlineData("1.5", "1900-01-01 12:00")]
    [InlineData("31", "1900-01-31")]
    [InlineData("59", "1900-02-28")]
    [InlineData("61", "1900-03-01")]
    [InlineData("45293", "2024-01-02")]
    public void DatesBeforeMarch1900AreTheDaysExcelShows(string serial, string shown)
    {
        // Excel counts a 29 February 1900 that never was: its serials 1-59 are a day later than .NET's OLE dates.
        var path = Path_("d1900.xlsx");
        WriteOneSheet(path, RawXlsx.Styles("yyyy-mm-dd"), "<row>" + Cell("Name") + Cell("Signed") + "</row><row>" + Cell("Ann Cole") + $"<c s=\"1\"><v>{serial}</v></c></row>");
        var value = Assert.Single(Run(path).Records).ExtraColumns()["Signed"];
        Assert.Equal(shown, ((DateTime)value!).ToString(shown.Length > 10 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ExcelsLeapDayOf1900IsItsTextAndThe1904SystemIsUnchanged()
    {
        var path = Path_("d60.xlsx");
        WriteOneSheet(path, RawXlsx.Styles("yyyy-mm-dd"), "<row>" + Cell("Name") + Cell("Signed") + "</row><row>" + Cell("Ann Cole") + "<c s=\"1\"><v>60</v></c></row>");
        Assert.Equal("1900-02-29", Assert.Single(Run(path).Records).ExtraColumns()["Signed"]);

        var mac = Path_("d1904.xlsx");
        RawXlsx.Write(mac, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("date1904=\"1\"", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"))),
            ("xl/styles.xml", RawXlsx.Styles("yyyy-mm-dd")),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet("<row>" + Cell("Name") + Cell("Signed") + "</row><row>" + Cell("Ann Cole") + "<c s=\"1\"><v>1</v></c></row>")));
        Assert.Equal(new DateTime(1904, 1, 2), Assert.Single(Run(mac).Records).ExtraColumns()["Signed"]);
    }

    // ---- A number Excel shows as no date ----

    private static string DatedWorkbook(string path, bool date1904, string header, string value)
    {
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook(date1904 ? "date1904=\"1\"" : "", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"))),
            ("xl/styles.xml", RawXlsx.Styles("m/d/yyyy")),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet("<row>" + Cell("Name") + Cell("Phone") + Cell(header) + "</row><row>" + Cell("Ann Cole") + Cell("214-555-0140")
                + $"<c s=\"1\"><v>{value}</v></c></row>")));
        return path;
    }

    [Theory]
    // The 1900 system: 0 is Excel's "1/0/1900", day zero, how writers leave a date empty; a fraction is a time on that day; a negative shows ########.
    [InlineData(false, "0", 0L)]
    [InlineData(false, "0.5", 0.5)]
    [InlineData(false, "-1", -1L)]
    [InlineData(false, "3000000", 3000000L)] // past 9999-12-31, as it always was
    // The 1904 system: a negative number is no date before 1904.
    [InlineData(true, "-1", -1L)]
    [InlineData(true, "-0.5", -0.5)]
    public void ANumberExcelShowsAsNoDateIsTheNumber(bool date1904, string serial, object kept)
    {
        var record = Assert.Single(Run(DatedWorkbook(Path_("d0.xlsx"), date1904, "Signed", serial)).Records);
        Assert.Equal(kept, record.ExtraColumns()["Signed"]);
    }

    [Fact]
    public void TheFirstDaysOfEachSystemAreDates()
    {
        // 1904-01-01 is the 1904 system's serial 0, a date Excel shows; 1900-01-01 the 1900 system's serial 1.
        Assert.Equal(new DateTime(1904, 1, 1), Assert.Single(Run(DatedWorkbook(Path_("d1904.xlsx"), true, "Signed", "0")).Records).ExtraColumns()["Signed"]);
        Assert.Equal(new DateTime(1904, 1, 1, 12, 0, 0), Assert.Single(Run(DatedWorkbook(Path_("d1904h.xlsx"), true, "Signed", "0.5")).Records).ExtraColumns()["Signed"]);
        Assert.Equal(new DateTime(1900, 1, 1), Assert.Single(Run(DatedWorkbook(Path_("d1900.xlsx"), false, "Signed", "1")).Records).ExtraColumns()["Signed"]);
    }

    [Theory]
    [InlineData(false, "0", false)] // an empty date, as "0000-00-00" is: no mark
    [InlineData(false, "45293", true)] // the day it was asked
    [InlineData(true, "0", true)] // 1904-01-01: a date Excel shows, a mark
    public void AZeroDateInADoNotCallColumnIsNoMark(bool date1904, string serial, bool marked)
    {
        var record = Assert.Single(Run(DatedWorkbook(Path_("dnc.xlsx"), date1904, "Do Not Call", serial)).Records);
        Assert.Equal(marked, record.Phone is null);
    }

    // ---- A format's sections ----

    [Theory]
    [InlineData("0000\" ; \"0", new[] { "0000\" ; \"0" })]
    [InlineData("@\";\"", new[] { "@\";\"" })]
    [InlineData("yyyy\\;mm;0", new[] { "yyyy\\;mm", "0" })]
    [InlineData("0;-0;\"a;b\";@", new[] { "0", "-0", "\"a;b\"", "@" })]
    [InlineData("0;;", new[] { "0", "", "" })]
    public void AFormatsSectionsEndAtASemicolonOutsideQuotesAndEscapes(string code, string[] sections) =>
        Assert.Equal(sections, XlsxStyles.SplitSections(code));

    [Theory]
    // A ';' quoted or escaped in a date's first section: still a date (it was read as the text before the ';', a number).
    [InlineData("\"Signed; \"yyyy-mm-dd", "45293", "2024-01-02")]
    [InlineData("\\;yyyy-mm-dd", "45293", "2024-01-02")]
    [InlineData("yyyy\\;mm\\;dd", "45293", "2024-01-02")]
    [InlineData("h:mm\" ; \"AM/PM", "0.5", "12:00:00")]
    public void AQuotedSemicolonIsNoSectionsEndForADate(string format, string value, string shown)
    {
        var path = Path_("sect.xlsx");
        WriteOneSheet(path, RawXlsx.Styles(format), "<row>" + Cell("Name") + Cell("Signed") + "</row><row>" + Cell("Ann Cole") + $"<c s=\"1\"><v>{value}</v></c></row>");
        var cell = Assert.Single(Run(path).Records).ExtraColumns()["Signed"];
        Assert.Equal(shown, cell switch
        {
            DateTime date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TimeSpan time => time.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            var other => $"{other} ({other?.GetType().Name})",
        });
    }

    // ---- Number formats as Excel shows them ----

    [Theory]
    [InlineData("[<=99999]00000;00000-0000", "794011234", "79401-1234")] // Excel's own "Zip Code + 4"
    [InlineData("[<=99999]00000;00000-0000", "2134", "02134")]
    [InlineData("[<=9999999]###-####;(###) ###-####", "2145550101", "(214) 555-0101")] // its "Phone Number"
    [InlineData("[<=9999999]###-####;(###) ###-####", "5550101", "555-0101")]
    [InlineData("[$-409]000000", "1234", "001234")] // a locale
    [InlineData("[Blue]00000", "2134", "02134")] // a colour
    [InlineData("[Color10]000\\-00\\-0000", "12345678", "012-34-5678")]
    [InlineData("0000;-0000;\"none\"", "0", "none")] // a zero section
    [InlineData("0000;-0000;\"none\"", "-5", "-0005")]
    [InlineData("0000;(0000)", "-5", "(0005)")] // a negative section
    [InlineData("00000", "-5", "-00005")]
    [InlineData("0;-0;;@", "0", "")] // an empty zero section shows nothing
    [InlineData("(###) ###-####", "2145550101.4", "(214) 555-0101")] // a fraction, rounded as Excel shows it
    [InlineData("00000", "79701.2", "79701")]
    [InlineData("00000", "79700.5", "79701")]
    [InlineData("00000", "2134", "02134")]
    public void ANumberReadsAsItsFormatShowsIt(string format, string value, string shown)
    {
        var path = Path_("fmt.xlsx");
        WriteOneSheet(path, RawXlsx.Styles(format), "<row>" + Cell("Name") + Cell("Ref") + "</row><row>" + Cell("Ann Cole") + $"<c s=\"1\"><v>{value}</v></c></row>");
        Assert.Equal(shown, Assert.Single(Run(path).Records).ExtraColumns()["Ref"]);
    }

    [Theory]
    [InlineData("#", "2134", 2134L)] // digits alone, no text: the number
    [InlineData("0.00", "12.5", 12.5)]
    [InlineData("#,##0", "1234", 1234L)]
    [InlineData("[$€-407]0", "12", 12L)] // a currency
    [InlineData("[<=99999]00000;00000-0000", "-5", -5L)] // a negative under conditions: not told
    public void ANumberUnderAnotherFormatStaysANumber(string format, string value, object kept)
    {
        var path = Path_("num.xlsx");
        WriteOneSheet(path, RawXlsx.Styles(format), "<row>" + Cell("Name") + Cell("Acres") + "</row><row>" + Cell("Ann Cole") + $"<c s=\"1\"><v>{value}</v></c></row>");
        Assert.Equal(kept, Assert.Single(Run(path).Records).ExtraColumns()["Acres"]);
    }

    // A true fraction is the cell's value (acres 12.5 shown as 13 are 12.5: rounding was a silent change of a measure); a whole number's
    // float noise is rounded away.
    [Theory]
    [InlineData("2145550102.0000002", 2145550102L)]
    [InlineData("12", 12L)]
    [InlineData("12.5", 12.5)]
    [InlineData("-2.5", -2.5)]
    [InlineData("2145550102.6", 2145550102.6)]
    public void ANumberInExcelsBuiltInWholeNumberFormatStaysTheNumberItIs(string value, object shown)
    {
        var path = Path_("b1.xlsx");
        WriteOneSheet(path, $"<styleSheet xmlns=\"{RawXlsx.Main}\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"1\"/></cellXfs></styleSheet>",
            "<row>" + Cell("Name") + Cell("Ref") + "</row><row>" + Cell("Ann Cole") + $"<c s=\"1\"><v>{value}</v></c></row>");
        Assert.Equal(shown, Assert.Single(Run(path).Records).ExtraColumns()["Ref"]);
    }

    [Fact]
    public void AZipPlusFourAndAPhoneInExcelsFormatsAreReadWithoutAFalseRepair()
    {
        // Under Excel's Zip Code + 4, 2134 shows 02134: no Issue may say a leading zero was dropped, as Excel shows it.
        var path = Path_("zip.xlsx");
        WriteOneSheet(path, RawXlsx.Styles("[<=99999]00000;00000-0000", "[<=9999999]###-####;(###) ###-####"),
            "<row>" + Cell("Name") + Cell("Zip") + Cell("Phone") + "</row>"
            + "<row>" + Cell("Ann Cole") + "<c s=\"1\"><v>2134</v></c><c s=\"2\"><v>2145550101.4</v></c></row>"
            + "<row>" + Cell("Bo Dee") + "<c s=\"1\"><v>794011234</v></c><c s=\"2\"><v>2145550102</v></c></row>");
        var records = Run(path).Records;
        Assert.Equal(["02134", "79401-1234"], records.Select(r => r.PostalCode));
        Assert.Equal(["2145550101", "2145550102"], records.Select(r => r.Phone));
        Assert.All(records, r => Assert.Null(r.Issues));
    }

    // ---- A table's totals row ----

    /// <summary>
    /// A workbook whose sheets each have their sheet data and Excel tables, each given as its &lt;table&gt; attributes ("ref=\"A1:C4\"
    /// totalsRowCount=\"1\""), found as Excel finds them: the sheet's relationships name "../tables/tableN.xml".
    /// </summary>
    private static void WriteWithTables(string path, params (string SheetData, string[] Tables)[] sheets)
    {
        var parts = new List<(string, string)> { RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", [.. sheets.Select((_, i) => ($"S{i + 1}", $"rId{i + 1}", (string?)null))])),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels([.. sheets.Select((_, i) => ($"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml"))])) };
        var table = 0;
        for (var i = 0; i < sheets.Length; i++)
        {
            var (sheetData, tables) = sheets[i];
            var ids = tables.Select((_, t) => $"rIdT{t + 1}").ToList();
            parts.Add(($"xl/worksheets/sheet{i + 1}.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{RawXlsx.Main}\" xmlns:r=\"{RawXlsx.Rel}\"><sheetData>{sheetData}</sheetData>"
                + (tables.Length == 0 ? "" : $"<tableParts count=\"{tables.Length}\">{string.Concat(ids.Select(id => $"<tablePart r:id=\"{id}\"/>"))}</tableParts>") + "</worksheet>"));
            if (tables.Length == 0) continue;
            var rels = new List<(string, string, string)>();
            foreach (var (attributes, id) in tables.Zip(ids))
            {
                table++;
                rels.Add((id, "table", $"../tables/table{table}.xml"));
                parts.Add(($"xl/tables/table{table}.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><table xmlns=\"{RawXlsx.Main}\" id=\"{table}\" name=\"Table{table}\" displayName=\"Table{table}\" {attributes}>"
                    + "<tableColumns count=\"1\"><tableColumn id=\"1\" name=\"Name\"/></tableColumns></table>"));
            }
            parts.Add(($"xl/worksheets/_rels/sheet{i + 1}.xml.rels", RawXlsx.Rels([.. rels])));
        }
        RawXlsx.Write(path, [.. parts]);
    }

    private static string Row(int r, params object?[] cells) =>
        $"<row r=\"{r}\">" + string.Concat(cells.Select((c, i) => c switch
        {
            null => "",
            string text => $"<c r=\"{(char)('A' + i)}{r}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>",
            TestXlsx.Formula f => $"<c r=\"{(char)('A' + i)}{r}\"><f>{System.Security.SecurityElement.Escape(f.Expression)}</f><v>{f.CachedValue}</v></c>",
            _ => $"<c r=\"{(char)('A' + i)}{r}\"><v>{Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture)}</v></c>",
        })) + "</row>";

    private static readonly string Contacts = Row(1, "Name", "Email", "Phone", "Acres")
        + Row(2, "Ann Cole", "ann@example.com", "214-555-0140", 10) + Row(3, "Bo Dee", "bo@example.com", "214-555-0141", 20.5);

    [Theory]
    // Excel's Total Row: its label and a SUBTOTAL per column.
    [InlineData("ref=\"A1:D4\" totalsRowCount=\"1\"", "Total", 1)]
    [InlineData("ref=\"A1:D4\" totalsRowCount=\"1\" totalsRowShown=\"1\"", "Total", 1)]
    // A label the user changed, or none: the table's part says what the row is, whatever it holds.
    [InlineData("ref=\"A1:D4\" totalsRowCount=\"1\"", "Sum of acres", 1)]
    [InlineData("ref=\"A1:D4\" totalsRowCount=\"1\"", null, 1)]
    // The header row off: the ref starts at the first row of data; it still ends in its totals row.
    [InlineData("ref=\"A2:D4\" headerRowCount=\"0\" totalsRowCount=\"1\"", "Sum of acres", 1)]
    // The Total Row turned off: totalsRowShown says it was shown once, no more; the ref ends above the row below the table.
    [InlineData("ref=\"A1:D3\" totalsRowShown=\"1\"", "Ron Total", 0)]
    [InlineData("ref=\"A1:D3\" totalsRowShown=\"0\"", "Ron Total", 0)]
    public void AnExcelTablesTotalsRowIsNoContact(string table, string? label, int footer)
    {
        var path = Path_("table.xlsx");
        WriteWithTables(path, (Contacts + Row(4, label, null, null, new TestXlsx.Formula("SUBTOTAL(109,Table1[Acres])", 30.5)), [table]));
        var (records, summary) = Run(path);
        Assert.Equal(footer == 1 ? ["Ann Cole", "Bo Dee"] : ["Ann Cole", "Bo Dee", label!], records.Select(r => r.FullName ?? r.Company));
        Assert.Equal(footer, summary.FooterLines);
        if (footer == 1) Assert.Equal([4L], summary.FooterRows);
    }

    [Fact]
    public void EachTablesTotalsRowIsItsOwnAndASheetsTablesAreThatSheets()
    {
        // Two tables on a sheet, one below the other, each with its Total Row; another table beside the first, whose row 4 is a contact.
        var path = Path_("tables.xlsx");
        var sheet = Contacts + Row(4, "Count", null, null, new TestXlsx.Formula("SUBTOTAL(109,Table1[Acres])", 30.5), null, "Cy Fox", "cy@example.com")
            + Row(6, "Di Gray", "di@example.com", "214-555-0143", 5) + Row(7, "Grand", null, null, new TestXlsx.Formula("SUBTOTAL(109,Table2[Acres])", 5));
        WriteWithTables(path, (sheet, ["ref=\"A1:D4\" totalsRowCount=\"1\"", "ref=\"F1:G4\"", "ref=\"A6:D7\" headerRowCount=\"0\" totalsRowCount=\"1\""]));
        var (records, summary) = Run(path);
        // Row 4 is in Table1's totals row, but Table2 beside it holds a value there: a row of data, not totals. Row 7 is Table3's totals row.
        Assert.Equal(["Ann Cole", "Bo Dee", "Count", "Di Gray"], records.Select(r => r.FullName ?? r.Company));
        Assert.Equal([7L], summary.FooterRows);

        // The same rows on the first sheet, the tables on the second: the first sheet's rows are its own.
        var other = Path_("other.xlsx");
        WriteWithTables(other, (Contacts + Row(4, "Ron Total", "ron@example.com", null, 1), []),
            (Row(1, "Note") + Row(4, "Total", 1), ["ref=\"A1:D4\" totalsRowCount=\"1\""]));
        Assert.Equal(["Ann Cole", "Bo Dee", "Ron Total"], Run(other).Records.Select(r => r.FullName));
    }

    [Fact]
    public void ATablePartWhoseRangeEndsARowShortDropsNoContact()
    {
        // totalsRowCount set, but the ref not grown over the Total Row below: the part puts Bo Dee's row in the totals row. A totals
        // row holds one label and its functions' values; a row with an address or two texts is a contact, read and said in its Issues.
        var path = Path_("short.xlsx");
        WriteWithTables(path, (Contacts + Row(4, "Total", null, null, new TestXlsx.Formula("SUBTOTAL(109,Table1[Acres])", 30.5)), ["ref=\"A1:D3\" totalsRowCount=\"1\""]));
        var (records, summary) = Run(path);
        Assert.Equal(["Ann Cole", "Bo Dee"], records.Select(r => r.FullName));
        Assert.Contains("puts the row in its totals row, but it holds a contact", records[1].Issues);
        Assert.Null(records[0].Issues);
        Assert.Equal([4L], summary.FooterRows); // the Total Row below, by its word and its sum
        Assert.Equal([3L], summary.TableTotalsContactRows);

        // A phone typed as text, or stored as a number, is a contact too.
        WriteWithTables(path, (Row(1, "Name", "Phone", "Acres") + Row(2, "Ann Cole", "214-555-0140", 10) + Row(3, "Bo Dee", "214-555-0141", 20.5),
            ["ref=\"A1:C3\" totalsRowCount=\"1\""]));
        Assert.Equal(["Ann Cole", "Bo Dee"], Run(path).Records.Select(r => r.FullName));
        WriteWithTables(path, (Row(1, "Name", "Phone", "Acres") + Row(2, "Ann Cole", 2145550140L, 10) + Row(3, "Bo Dee", 2145550141L, 20.5),
            ["ref=\"A1:C3\" totalsRowCount=\"1\""]));
        Assert.Equal(["Ann Cole", "Bo Dee"], Run(path).Records.Select(r => r.FullName));

        // A real totals row with two labels, a text result or Excel's errors (an average over blank cells) is still the totals row.
        WriteWithTables(path, (Contacts + Row(4, "Total", "Average:", "5 owners", "#DIV/0!"), ["ref=\"A1:D4\" totalsRowCount=\"1\""]));
        var (kept, footer) = Run(path);
        Assert.Equal(["Ann Cole", "Bo Dee"], kept.Select(r => r.FullName));
        Assert.Equal([4L], footer.FooterRows);
    }

    [Fact]
    public void AHandWrittenTotalsRowOfFormulasWithNoValueIsNoContact()
    {
        // openpyxl's =SUM(...) below the rows, no value cached: the sums are unknown, the row is a totals row all the same.
        var path = Path_("sums.xlsx");
        WriteOneSheet(path, null, Contacts + "<row r=\"4\">" + Cell("Grand Total") + "<c r=\"D4\"><f>SUM(D2:D3)</f></c></row>");
        var (records, summary) = Run(path);
        Assert.Equal(["Ann Cole", "Bo Dee"], records.Select(r => r.FullName));
        Assert.Equal([4L], summary.FooterRows);
        Assert.Empty(summary.UncomputedFormulaCells);
    }

    [Fact]
    public void ADamagedTablePartIsSaidAndItsRowsAreRead()
    {
        var path = Path_("damaged.xlsx");
        WriteWithTables(path, (Contacts + Row(4, "Sum of acres", null, null, 30.5), ["ref=\"A1:D4\" totalsRowCount=\"1\""]));
        // The table part cut short: no XML.
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry("xl/tables/table1.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/tables/table1.xml").Open());
            writer.Write($"<table xmlns=\"{RawXlsx.Main}\" ref=\"A1:D4\" totalsRowCount=\"1\"");
        }
        var (records, summary) = Run(path);
        Assert.Equal(3, records.Count);
        Assert.Contains(summary.Warnings, w => w.Contains("its table part xl/tables/table1.xml is damaged"));
    }

    // ---- The trial's own workbooks (tests/data/xlsx-writers, each named by its writer) ----

    private static string Sample(string name) => Path.Combine(RepoPaths.Root, "tests", "data", "xlsx-writers", name);

    [Theory]
    [InlineData("openpyxl-dnclookup.xlsx")] // <f> and an empty <v></v>
    [InlineData("xlsxwriter-dnclookup.xlsx")] // <v>0</v> under fullCalcOnLoad
    public void ARealWritersDoNotCallLookupIsNotDialled(string name)
    {
        var (records, summary) = Run(Sample(name));
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Null(r.Phone));
        Assert.All(records, r => Assert.Null(r.Email));
        Assert.All(records, r => Assert.NotNull(r.PhoneRaw));
        Assert.All(records, r => Assert.NotNull(r.WithheldEmails));
        Assert.Equal([("Do Not Call", 2L), ("Unsubscribed", 2L)], summary.UncomputedFormulaCells);
    }

    [Fact]
    public void ARealWritersTableTotalsRowIsNoContact()
    {
        // LibreOffice 7.4's table with its Total Row on, labelled "All owners" (no total's word: the table's part alone says what it is),
        // its SUBTOTALs a count of the Email column (5, no address) and sums.
        var (records, summary) = Run(Sample("libreoffice-table-totals.xlsx"));
        Assert.Equal(["Ann Cole", "Bo Dee", "Cy Fox", "Di Gray", "Ed Hunt"], records.Select(r => r.FullName));
        Assert.Equal([7L], summary.FooterRows);
        Assert.All(records, r => Assert.Null(r.Issues));
    }

    [Fact]
    public void RealWritersZipAndFractionFormatsAreReadAsExcelShowsThem()
    {
        var zips = Run(Sample("openpyxl-zips.xlsx")).Records;
        Assert.All(zips, r => Assert.Null(r.Issues));
        var fractions = Run(Sample("openpyxl-fractions.xlsx")).Records;
        // The phone format shows its digits rounded; a true fraction under "0" is no phone number, and said so.
        Assert.Equal(["2145550101", null], fractions.Select(r => r.Phone));
        Assert.Equal(["79701", "02134"], fractions.Select(r => r.PostalCode));
        Assert.Null(fractions[0].Issues);
        Assert.Contains("2145550102.6", fractions[1].Issues);
    }
}
