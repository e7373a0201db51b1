// Compiled by tests/bench/import.ps1 with Add-Type: writes the benchmark's contact files.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;

public static class PipesBenchData
{
    static readonly string[] First = { "John", " Mary", "Robert ", "Ana", "Wei", "James", "Linda", "Carlos", "Susan", "Dr. Ahmed" };
    static readonly string[] Last = { "Smith", "Jones  ", "Lee Jr.", "Garcia", "Chen", "O'Brien", "de la Cruz", "Nguyen", "Miller", "Okafor" };
    static readonly string[] Companies = { "Permian Land, LLC", "Eagle Ford Minerals", "Basin \"Royalty\" Partners", "Texas Royalty Co", "Lee Land Services" };
    static readonly string[] Cities = { "Midland", "Houston", "San Antonio", "Tulsa", "Denver" };

    // Texas, Oklahoma, Colorado, New Mexico; every 97th row gets a number that cannot be read.
    static readonly int[] AreaCodes = { 713, 281, 832, 432, 214, 210, 512, 918, 405, 303, 575, 361 };

    static string[] Row(int i)
    {
        // Every row its own number, as in a real export: exchange and line together are the row's index (up to 8,000,000 rows).
        // (Until 2026-12-01 the exchange was always 555 and the line i % 9000: 18,000 numbers, so 91% of 200,000 rows were duplicates.)
        var area = AreaCodes[i % AreaCodes.Length];
        var exchange = 200 + i / 10000 % 800;
        var line = (i % 10000).ToString("D4", CultureInfo.InvariantCulture);
        var phone = (i % 5) switch
        {
            0 => $"({area}) {exchange}-{line}",
            1 => $"{area}.{exchange}.{line}",
            2 => $"+1 {area}-{exchange}-{line}",
            3 => $"1-{area}-{exchange}-{line} x{i % 300}",
            _ => $"{area}{exchange}{line}",
        };
        if (i % 97 == 0) phone = "555-" + (i % 100);
        return new[]
        {
            First[i % First.Length], Last[i / 10 % Last.Length],
            (i % 9 == 0) ? "" : $"  Contact.{i}@Example{i % 50}.COM ",
            phone, Companies[i % Companies.Length],
            $"{100 + i % 9000} Main St, Suite {i % 40}", Cities[i % Cities.Length], "TX", $"{77000 + i % 999}",
            (i % 4 == 0) ? "Met at NAPE; \"interested\" in\nleasing" : "",
        };
    }

    static readonly string[] Header = { "First Name", "Last Name", "Email", "Phone", "Company", "Address", "City", "State", "Zip", "Notes" };

    public static void WriteCsv(string path, int rows) => WriteCsv(path, rows, false);

    /// <summary>With <paramref name="leadStatus"/>, one more column no field takes ("Lead Status", as CRM exports have): every record then carries it as a property.</summary>
    public static void WriteCsv(string path, int rows, bool leadStatus)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write(string.Join(",", Header));
        if (leadStatus) writer.Write(",Lead Status");
        writer.Write("\r\n");
        var fields = new string[Header.Length];
        for (var i = 0; i < rows; i++)
        {
            var row = Row(i);
            if (leadStatus) { row = new List<string>(row) { (i % 3) switch { 0 => "New", 1 => "Contacted", _ => "Qualified" } }.ToArray(); fields = new string[row.Length]; }
            for (var c = 0; c < row.Length; c++)
            {
                var v = row[c];
                fields[c] = v.IndexOfAny(new[] { ',', '"', '\n', ' ' }) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
            }
            writer.Write(string.Join(",", fields));
            writer.Write("\r\n");
        }
    }

    // A dialler's call log: a distinct note on every row (dates, figures and places differ), as a PhoneBurner or landman export has,
    // not one note repeated (which the importer reads once a file). Some hold the words a request starts with ("wants", "asked").
    static readonly string[] CallNotes =
    {
        "LM {0}/{1} re: lease offer on Sec {2}-T{3}N-R{4}W; call back after {5}pm",
        "Spoke w/ wife, owner at work until {5}. Interested in selling {6} NMA, wants ${7}/acre",
        "No answer {0}/{1}. VM full.",
        "Talked {0}/{1}: has {6} acres in {8} County, sent offer letter, follow up in {5} weeks",
        "Owner said call back next month, busy with harvest. Brother also owns interest in Sec {2}.",
        "Mailed offer {0}/{1}/2025; returned undeliverable, new address from skip trace",
        "Nephew answered, owner in hospital; try again {0}/{1}",
        "Wants more than ${7}/NMA, asked about Permian comps. Email sent {0}/{1}.",
        "Not interested right now, maybe next year ({6} NMA in {8}).",
        "Left message with assistant at {8} Oil office, ref #{4}{6}",
    };

    static readonly string[] Counties = { "Reeves", "Loving", "Midland", "Howard", "Martin", "Karnes", "DeWitt", "Grady", "Kingfisher", "Weld" };

    /// <summary>The rows of <see cref="WriteCsv(string, int)"/> with a distinct call-log note on every row.</summary>
    public static void WriteCsvWithCallNotes(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write(string.Join(",", Header));
        writer.Write("\r\n");
        for (var i = 0; i < rows; i++)
        {
            var row = Row(i);
            var h = (uint)(i * 2654435761u);
            row[^1] = string.Format(CultureInfo.InvariantCulture, CallNotes[i % CallNotes.Length], 1 + h % 12, 1 + h / 12 % 28, 1 + h / 336 % 36, 1 + h / 7 % 30,
                1 + h / 11 % 40, 1 + h / 13 % 8, 1 + h / 17 % 640, 500 + h / 19 % 8500, Counties[h / 23 % Counties.Length]);
            writer.Write(string.Join(",", row.Select(v => v.IndexOfAny(new[] { ',', '"', '\n', ' ' }) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v)));
            writer.Write("\r\n");
        }
    }

    public static void WriteXlsx(string path, int rows) => WriteXlsx(path, rows, false);

    /// <summary>
    /// With <paramref name="linkEmails"/>, every email cell is a mailto: hyperlink, as Excel makes one of an address
    /// typed into a cell: a relationship per link in the sheet's .rels part, and the sheet's hyperlinks after its rows.
    /// </summary>
    public static void WriteXlsx(string path, int rows, bool linkEmails)
    {
        var strings = new Dictionary<string, int>();
        var order = new List<string>();
        int Index(string s)
        {
            if (!strings.TryGetValue(s, out var i)) { i = order.Count; strings[s] = i; order.Add(s); }
            return i;
        }
        if (File.Exists(path)) File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        StringBuilder rels = null;
        using (var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16))
        {
            sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
            sheet.Write($"<dimension ref=\"A1:J{rows + 1}\"/><sheetData>");
            void Cells(int r, string[] values, bool phoneAsNumber)
            {
                sheet.Write($"<row r=\"{r}\">");
                for (var c = 0; c < values.Length; c++)
                {
                    var reference = (char)('A' + c) + r.ToString(CultureInfo.InvariantCulture);
                    var v = values[c];
                    if (v.Length == 0) continue;
                    // Excel stores a phone typed as digits as a number.
                    if (phoneAsNumber && c == 3 && long.TryParse(v, out var n)) sheet.Write($"<c r=\"{reference}\"><v>{n}</v></c>");
                    else sheet.Write($"<c r=\"{reference}\" t=\"s\"><v>{Index(v)}</v></c>");
                }
                sheet.Write("</row>");
            }
            Cells(1, Header, false);
            for (var i = 0; i < rows; i++) Cells(i + 2, Row(i), true);
            sheet.Write("</sheetData>");
            if (linkEmails)
            {
                // Built apart: a zip being written has one entry open at a time.
                rels = new StringBuilder();
                rels.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
                sheet.Write("<hyperlinks>");
                for (var i = 0; i < rows; i++)
                {
                    var email = Row(i)[2].Trim();
                    if (email.Length == 0) continue;
                    sheet.Write($"<hyperlink ref=\"C{i + 2}\" r:id=\"rId{i + 1}\"/>");
                    rels.Append($"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"mailto:{email}\" TargetMode=\"External\"/>");
                }
                sheet.Write("</hyperlinks>");
                rels.Append("</Relationships>");
            }
            sheet.Write("</worksheet>");
        }
        void Add(string name, string content)
        {
            using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            w.Write(content);
        }
        if (rels is not null) Add("xl/worksheets/_rels/sheet1.xml.rels", rels.ToString());
        Add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
        Add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Add("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Contacts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        Add("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
        var sst = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{order.Count}\" uniqueCount=\"{order.Count}\">");
        foreach (var s in order) sst.Append("<si><t xml:space=\"preserve\">").Append(SecurityElement.Escape(s)).Append("</t></si>");
        Add("xl/sharedStrings.xml", sst.Append("</sst>").ToString());
    }
}
