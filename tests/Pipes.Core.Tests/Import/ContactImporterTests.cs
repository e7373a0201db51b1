using System.Text;
using Pipes.Import;
using Pipes.Import.Normalization;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests.Import;

public sealed class ContactImporterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipes-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    private static (List<ContactRecord> Records, List<PipesException> Errors, ImportSummary Summary) Run(string path, ImportOptions? options = null)
    {
        var summary = new ImportSummary();
        var items = ContactImporter.Import(path, options ?? new ImportOptions(), summary).ToList();
        return (items.Where(i => i.Record is not null).Select(i => i.Record!).ToList(), items.Where(i => i.Error is not null).Select(i => i.Error!).ToList(), summary);
    }

    private const string PhoneBurner = "First Name,Last Name,Email,Phone,Company,Lead Source\r\n"
        + " John ,  Smith ,JOHN@ABC.COM,(713) 555-1234,\"Permian Land, LLC\",web\r\n"
        + "Mary,Jones,mailto:mjones@x.com,713.555.9876 x204,Eagle Ford,referral\r\n";

    [Fact]
    public void IssuesKeepEveryIssueInOrder()
    {
        var record = new ContactRecord();
        Assert.Null(record.Issues);
        record.AddIssue("first");
        Assert.Equal("first", record.Issues);
        record.AddIssue("second");
        record.AddIssue("third");
        Assert.Equal("first; second; third", record.Issues);
    }

    [Fact]
    public void PhoneBurnerExportIsDetectedAndNormalised()
    {
        var (records, errors, summary) = Run(File("pb.csv", PhoneBurner));

        Assert.Empty(errors);
        Assert.Equal("phoneburner", summary.Columns!.Preset);
        Assert.Equal(2, records.Count);
        var john = records[0];
        Assert.Equal(("John", "Smith", "john@abc.com", "7135551234", "Permian Land, LLC"), (john.FirstName, john.LastName, john.Email, john.Phone, john.Company));
        Assert.Equal(2, john.SourceRow);
        Assert.Equal("web", john.ExtraColumns()["Lead Source"]);
        Assert.Equal(("7135559876", "204", "mjones@x.com"), (records[1].Phone, records[1].PhoneExtension, records[1].Email));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public void ProgressFollowsTheRowsHandedOutNotTheBuffersReadAhead(string encoding)
    {
        // 10,000 rows of about 100 bytes: the reader's buffers (some 190 KB) are a fifth of the file.
        var text = new StringBuilder("Name,Email,Phone,Notes\n");
        for (var i = 0; i < 10_000; i++) text.Append($"Person {i},p{i}@example.com,713-555-{i % 10_000:0000},a note of some length to make the row longer than most\n");
        var path = File("progress.csv", text.ToString(), encoding == "utf-8" ? new UTF8Encoding(true) : new UnicodeEncoding(false, true));
        var records = 0;
        var worst = 0.0;
        var last = 0.0;
        var summary = new ImportSummary();
        foreach (var item in ContactImporter.Import(path, new ImportOptions(), summary, fraction =>
                 {
                     worst = Math.Max(worst, Math.Abs(fraction - records / 10_000.0));
                     last = fraction;
                 }))
            records++;
        Assert.Equal(10_000, records);
        Assert.True(worst < 0.02, $"progress strayed {worst:P1} from the rows handed out");
        Assert.Equal(1.0, last);
    }

    [Fact]
    public void AaplDirectorySplitsTheContactName()
    {
        var (records, _, summary) = Run(File("aapl.csv", "Contact Name,Email Address,Phone Number,Organization\n\"Smith, John A.\",js@land.com,+1 432-555-0199,Basin Land\nDr. Mary Jones,mj@x.org,,Jones Minerals\n"));

        Assert.Equal("aapl", summary.Columns!.Preset);
        Assert.Equal(("John", "A.", "Smith"), (records[0].FirstName, records[0].MiddleName, records[0].LastName));
        Assert.Equal(("Dr.", "Mary", "Jones"), (records[1].Prefix, records[1].FirstName, records[1].LastName));
        Assert.Equal("4325550199", records[0].Phone);
    }

    [Fact]
    public void PresetHeadersAreFoundWhateverTheirCaseSpacingOrPunctuationAndBelowATitleLine()
    {
        var path = File("title.csv", "Landmen 2026 directory,,,\n\nCONTACT  NAME;E-mail address;phone_number;ORGANIZATION\nJo Smith;jo@x.com;7135551234;X\n".Replace(",", ";"));
        var (records, _, summary) = Run(path);

        Assert.Equal("aapl", summary.Columns!.Preset);
        Assert.Equal(1, summary.Columns.RowsSkippedAboveHeader);
        Assert.Equal(("Jo", "Smith", "jo@x.com"), (records.Single().FirstName, records.Single().LastName, records.Single().Email));
    }

    [Fact]
    public void CommonHeadersMapWithoutAPresetAndMappingOverrides()
    {
        var path = File("misc.csv", "Full Name\tE-mail\tMobile\tCompany Name\tRef\nAna Garcia\tana@t.net\t281-555-4411\tTexas Royalty\tA1\n");
        var (records, _, _) = Run(path);
        Assert.Equal(("Ana", "Garcia", "ana@t.net", "2815554411", "Texas Royalty"), (records[0].FirstName, records[0].LastName, records[0].Email, records[0].Phone, records[0].Company));

        var (mapped, _, _) = Run(path, new ImportOptions { Mapping = new Dictionary<string, string> { ["Ref"] = "notes", ["Company Name"] = "-" } });
        Assert.Equal("A1", mapped[0].Notes);
        Assert.Null(mapped[0].Company);
        Assert.Equal("Texas Royalty", mapped[0].ExtraColumns()["Company Name"]);
    }

    [Fact]
    public void MappingErrorsNameWhatIsWrong()
    {
        var path = File("pb.csv", PhoneBurner);
        var column = Assert.Throws<InvalidInputError>(() => Run(path, new ImportOptions { Mapping = new Dictionary<string, string> { ["Nope"] = "Email" } }));
        Assert.Equal("Pipes.MappingColumnNotFound", column.ErrorId);
        Assert.Contains("Nope", column.Message);
        var target = Assert.Throws<InvalidInputError>(() => Run(path, new ImportOptions { Mapping = new Dictionary<string, string> { ["Email"] = "EmailAddress" } }));
        Assert.Equal("Pipes.UnknownMappingTarget", target.ErrorId);
    }

    [Fact]
    public void TwoColumnsForAFieldOfOneValueNeverOverwriteEachOther()
    {
        // Company and Organization both name Company: the second used to overwrite the first, row by row.
        var path = File("two.csv", "Name,Company,Organization,Phone,Mobile\nJo Smith,Acme Oil,Basin Land,713-555-0101,281-555-0102\n");
        var (records, _, summary) = Run(path);
        var record = Assert.Single(records);
        Assert.Equal("Acme Oil", record.Company);
        Assert.Equal("Basin Land", record.ExtraColumns()["Organization"]);
        Assert.Equal(("7135550101", "2815550102"), (record.Phone, record.ExtraPhones)); // Phone takes several columns
        Assert.Contains(summary.Warnings, w => w.Contains("'Company' and 'Organization' all name Company") && w.Contains("'Organization' is kept as a column of its own"));

        var chosen = Assert.Single(Run(path, new ImportOptions { Mapping = new Dictionary<string, string> { ["Organization"] = "Company" } }).Records);
        Assert.Equal(("Basin Land", "Acme Oil"), (chosen.Company, chosen.ExtraColumns()["Company"]));

        var conflict = Assert.Throws<InvalidInputError>(() => Run(path, new ImportOptions { Mapping = new Dictionary<string, string> { ["Name"] = "FullName", ["Organization"] = "FullName" } }));
        Assert.Equal("Pipes.MappingConflict", conflict.ErrorId);
        Assert.Contains("'Name' and 'Organization'", conflict.Message);
    }

    [Fact]
    public void OutlookAndHubSpotHeadersAndAFileThisModuleExportedMap()
    {
        var (outlook, _, _) = Run(File("outlook.csv", "Title,First Name,Last Name,Job Title,E-mail Address,E-mail 2 Address\nDr.,Ann,Lee,Landman,ann@x.com,ann@y.com\n"));
        Assert.Equal(("Dr.", "Landman", "ann@y.com"), (outlook[0].Prefix, outlook[0].JobTitle, outlook[0].ExtraEmails));

        var (hubspot, _, _) = Run(File("hubspot.csv", "First Name,Last Name,Email,Secondary Email,State/Region,Website URL\nAnn,Lee,ann@x.com,ann@y.com,TX,x.com\n"));
        Assert.Equal(("ann@y.com", "TX", "x.com"), (hubspot[0].ExtraEmails, hubspot[0].State, hubspot[0].Website));

        var (again, _, _) = Run(File("exported.csv", "FullName,Email,ExtraEmails,Phone,ExtraPhones,PhoneRaw\nAnn Lee,ann@x.com,ann@y.com; ann@z.com,7135550101,2815550102; 8325550103 x4,call the office\n"));
        Assert.Equal(("ann@y.com; ann@z.com", "2815550102; 8325550103 x4", "call the office"), (again[0].ExtraEmails, again[0].ExtraPhones, again[0].PhoneRaw));
        Assert.False(again[0].HasExtraColumns());
    }

    // Records of several files exported together have the first file's columns: a Salesforce row's Do Not Call column is
    // gone, and its number is only in PhoneRaw. Read again, PhoneRaw was a phone column, and the number was dialled.
    [Fact]
    public void AnExportedPhoneRawIsNotANumberToDialWhenReadAgain()
    {
        var (again, _, _) = Run(File("exported.csv", "FullName,Email,Phone,PhoneRaw,Issues\n"
            + "Harold Price,hprice@bigspring.net,,4325550142,Phone 4325550142 is not taken as a number to dial: the row is marked 'Do Not Call' = '1'.\n"
            + "Ann Lee,ann@x.com,7135550101,7135550199 (fax),\n"));
        Assert.Equal((null, "4325550142"), (again[0].Phone, again[0].PhoneRaw));
        Assert.Contains("PhoneRaw 4325550142 is kept as it is, not taken as a number to dial", again[0].Issues);
        Assert.Equal(("7135550101", null, "7135550199 (fax)"), (again[1].Phone, again[1].ExtraPhones, again[1].PhoneRaw));
    }

    [Fact]
    public void AnAddressWithADisplayNameNamesARowThatHasNoNameColumn()
    {
        var (records, _, _) = Run(File("dn.csv", "Email,Phone\n\"John Smith <js@x.com>\",713-555-0101\n\"Ann Lee\" <ann@x.com>,\n"));
        Assert.Equal(("John Smith", "John", "Smith", "js@x.com"), (records[0].FullName, records[0].FirstName, records[0].LastName, records[0].Email));
        Assert.Equal("Ann Lee", records[1].FullName);
        var (named, _, _) = Run(File("named.csv", "Name,Email\nJo Roe,\"John Smith <js@x.com>\"\n"));
        Assert.Equal("Jo Roe", named[0].FullName); // a name column wins
    }

    [Fact]
    public void UnmappedColumnsAreKeptExactlyAsTheFileHasThem()
    {
        var (records, _, _) = Run(File("legal.csv", "Name,Legal,Memo\nJo Smith,\"Sec 12,  T2S   R3E  \",\"  para one\n  para two\"\n"));
        Assert.Equal("Sec 12,  T2S   R3E  ", records[0].ExtraColumns()["Legal"]);
        Assert.Equal("  para one\n  para two", records[0].ExtraColumns()["Memo"]);
    }

    [Fact]
    public void BlankHeadersAtTheEndOverEmptyCellsAreNoColumns()
    {
        // Excel saves a sheet's formatted but empty columns as trailing commas, header included.
        var (records, _, summary) = Run(File("ghost.csv", "Name,Email,,,\nJo Smith,jo@x.com,,,\nAl Roe,al@x.com,,,\n"));
        Assert.Equal(["Name", "Email"], summary.Columns!.Headers);
        Assert.All(records, r => Assert.False(r.HasExtraColumns()));
        var (kept, _, _) = Run(File("notghost.csv", "Name,Email,,\nJo Smith,jo@x.com,,x\n"));
        Assert.Equal("x", kept[0].ExtraColumns()["Column4"]); // a blank header over text is a column
    }

    [Fact]
    public void DuplicateAndBlankHeadersAreKeptUnderUniqueNames()
    {
        var (records, _, summary) = Run(File("dup.csv", "Name,Phone,Phone,,Notes\nJo Smith,713-555-1234,(281) 555-4411,x,n\n"));

        Assert.Equal(["Name", "Phone", "Phone_2", "Column4", "Notes"], summary.Columns!.Headers);
        Assert.Equal("7135551234", records[0].Phone);
        Assert.Equal("2815554411", records[0].ExtraPhones);
        Assert.Equal("x", records[0].ExtraColumns()["Column4"]);
    }

    [Fact]
    public void EveryNumberOfACellOfSeveralIsKept()
    {
        var (records, _, summary) = Run(File("two.csv",
            "Name,Phone,Mobile\nJo Smith,\"713-555-0101, 281-555-0102 x7\",\n" +
            "Al Roe,\"Cell 832-555-0103 / 555-0104\",(713) 555-0105\n" +
            "Cy Poe,\"713-555-0106,204\",\n"));

        Assert.Equal(("7135550101", (string?)null, "2815550102 x7"), (records[0].Phone, records[0].PhoneExtension, records[0].ExtraPhones));
        Assert.Null(records[0].Issues);
        Assert.Equal(("8325550103", "7135550105", "555-0104"), (records[1].Phone, records[1].ExtraPhones, records[1].PhoneRaw));
        Assert.Contains("Phone '555-0104' is not usable", records[1].Issues);
        Assert.Equal([3], summary.UnusablePhoneRows);
        Assert.Equal(("7135550106", "204", (string?)null), (records[2].Phone, records[2].PhoneExtension, records[2].ExtraPhones));
    }

    [Fact]
    public void ADoNotCallColumnSaysYesInItsFirstWord()
    {
        // "Yesterday" is no yes, but no no either: a Do Not Call column's value that does not say no is a mark (see below).
        var (records, _, summary) = Run(File("dnc.csv", "Name,Phone,Do Not Call\nA One,713-555-0101,Yes - per owner request 4/2024\nB Two,713-555-0102,Y (owner asked)\nC Three,713-555-0103,yes.\nD Four,713-555-0104,No - ok to call\nE Five,713-555-0105,Yesterday\n"));

        Assert.Equal([null, null, null, "7135550104", null], records.Select(r => r.Phone));
        Assert.Equal([2, 3, 4, 6], summary.DoNotCallRows);
        Assert.EndsWith("the row is marked 'Do Not Call' = 'Yesterday' (not a no: an opt-out column's value is read as a mark unless it says no, on the safe side).", records[4].Issues);
        Assert.Equal("Phone 7135550101 is not taken as a number to dial: the row is marked 'Do Not Call' = 'Yes - per owner request 4/2024'.", records[0].Issues);
    }

    // Field exports put many things in a Do Not Call or opt-out column besides Yes: a tick, a date, Access's -1, the column's own
    // words. Each was dialled and written to when only Yes, Y, True, 1 and X counted (a PhoneBurner export's DNC = '2023-06-14').
    [Theory]
    [InlineData("\u2713")]
    [InlineData("Checked")]
    [InlineData("Opted Out")]
    [InlineData("2024-03-01")]
    [InlineData("03/01/2024")]
    [InlineData("-1")]
    [InlineData("T")]
    [InlineData("Requested")]
    [InlineData("On DNC")]
    [InlineData("Not to be called")]
    [InlineData("Never contact")]
    public void AnOptOutColumnsValueMarksTheRowUnlessItSaysNo(string value)
    {
        var (records, _, summary) = Run(File("marks.csv", $"Name,Email,Phone,Do Not Call,Email Opt Out\nJo Smith,jo@x.com,713-555-0101,{value},{value}\nAl Roe,al@x.com,713-555-0102,No,No\n"));

        Assert.Equal(((string?)null, (string?)null, "7135550101", "jo@x.com"), (records[0].Phone, records[0].Email, records[0].PhoneRaw, records[0].WithheldEmails));
        Assert.Contains($"the row is marked 'Do Not Call' = '{value}'", records[0].Issues);
        Assert.Equal(("7135550102", "al@x.com"), (records[1].Phone, records[1].Email));
        Assert.Equal([2L], summary.DoNotCallRows);
        Assert.Equal([2L], summary.DoNotEmailRows);
    }

    [Theory]
    [InlineData("N")]
    [InlineData("FALSE")]
    [InlineData("0")]
    [InlineData("Off")]
    [InlineData("Unchecked")]
    [InlineData("Clean")] // a skip tracer's scrub result
    [InlineData("Not on DNC")]
    [InlineData("Opted In")]
    [InlineData("Never")]
    [InlineData("N/A")]
    [InlineData("0000-00-00")]
    public void AnOptOutColumnThatSaysNoKeepsTheNumberAndTheAddress(string value)
    {
        var (records, _, summary) = Run(File("nos.csv", $"Name,Email,Phone,Do Not Call,Email Opt Out\nJo Smith,jo@x.com,713-555-0101,{value},{value}\n"));

        Assert.Equal(("7135550101", "jo@x.com", (string?)null), (records[0].Phone, records[0].Email, records[0].Issues));
        Assert.Empty(summary.DoNotCallRows);
        Assert.Empty(summary.DoNotEmailRows);
    }

    [Fact]
    public void AWorkbooksDateInADoNotCallColumnMarksTheRow()
    {
        var path = Path.Combine(_dir, "dnc-date.xlsx");
        TestXlsx.Write(path, ("Contacts", [
            ["Name", "Phone", "Do Not Call"],
            ["Jo Smith", "713-555-0101", new DateTime(2024, 3, 1)],
            ["Al Roe", "713-555-0102", null],
        ], null));

        var (records, _, _) = Run(path);

        Assert.Equal(((string?)null, "7135550101"), (records[0].Phone, records[0].PhoneRaw));
        Assert.Contains("the row is marked 'Do Not Call' = '2024-03-01'.", records[0].Issues);
        Assert.Equal("7135550102", records[1].Phone);
    }

    [Fact]
    public void AnAltPhoneColumnIsAPhoneAndNoneOnFileIsEmpty()
    {
        var (records, _, summary) = Run(File("alt.csv", "Name,Phone,Alt Phone,Email\nA One,713-555-0101,281-555-0102,none on file\n"));

        Assert.Equal(("7135550101", "2815550102", (string?)null, (string?)null), (records[0].Phone, records[0].ExtraPhones, records[0].Email, records[0].Issues));
        Assert.Empty(summary.InvalidEmailRows);
    }

    [Fact]
    public void AnAddressMarkedNotToBeWrittenToIsNoEmail()
    {
        var (records, _, summary) = Run(File("dne.csv", "Name,Email,Email 2\nPam Whitfield,pam@example.com (do not email),\nJo Smith,js@x.com (assistant Mary),jo@y.com (unsubscribed)\n"));

        Assert.Null(records[0].Email);
        Assert.Contains("Email 'pam@example.com (do not email)' is not taken as an address to write to: 'do not email' is written beside it.", records[0].Issues);
        Assert.Equal(("js@x.com", (string?)null), (records[1].Email, records[1].ExtraEmails)); // the aside that is no such mark keeps its address
        Assert.Equal([2, 3], summary.DoNotEmailRows);
        // Withheld, not lost: the contact's history with them still finds it (Import-PipesEmail).
        Assert.Equal(["pam@example.com", "jo@y.com"], records.Select(r => r.WithheldEmails));
    }

    // Words that make an email cell no address list ("UNSUBSCRIBED jo@x.com", "jo@x.com - opted out") dropped the address as invalid, and
    // with it the opt-out: the same person's plain row after it was written to. The address is withheld, as beside words in brackets.
    [Theory]
    [InlineData("UNSUBSCRIBED jo@x.com")]
    [InlineData("jo@x.com - opted out")]
    [InlineData("jo@x.com [do not email]")]
    [InlineData("Bounced: jo@x.com")]
    [InlineData("jo@x.com *unsub*")]
    [InlineData("jo@x.com - returned mail")]
    [InlineData("jo@x.com (invalid)")]
    [InlineData("Opted-Out jo@x.com")]
    [InlineData("jo@x.com<-bounced")]
    [InlineData("DO NOT EMAIL - jo@x.com")]
    public void AnAddressAmongWordsThatSayNotToWriteIsWithheldNotDropped(string cell)
    {
        var (records, _, _) = Run(File("among.csv", $"First Name,Last Name,Email\nJo,Smith,\"{cell}\"\nJo,Smith,jo@x.com\n"));

        Assert.Equal(((string?)null, "jo@x.com"), (records[0].Email, records[0].WithheldEmails));
        Assert.StartsWith($"Email '{cell}' is not taken as an address to write to:", records[0].Issues);
        Assert.Equal(((string?)null, "jo@x.com"), (records[1].Email, records[1].WithheldEmails)); // the later row: an earlier one withholds it
    }

    [Fact]
    public void EveryAddressOfACellMarkedNotToWriteIsWithheld()
    {
        var (records, _, _) = Run(File("both.csv", "First Name,Last Name,Email\nYa,Roe,jo25@x.com; jo26@x.com - both unsubscribed\nYa,Roe,jo26@x.com\n"));

        Assert.Equal(((string?)null, "jo25@x.com; jo26@x.com"), (records[0].Email, records[0].WithheldEmails));
        Assert.Null(records[1].Email);
    }

    [Fact]
    public void AWithheldEmailsColumnIsReadAsAddressesAndTakesThemOutOfEmail()
    {
        var (records, _, summary) = Run(File("mapped.csv", "Name,Email,WithheldEmails\n"
            + "Bo Poe,,Bo Poe <BO2@X.COM>\n"
            + "Cy Lee,,\"c1@x.com, mailto:C2@X.COM\"\n"
            + "Dee Ox,dee@x.com,N/A\n"
            + "Ed Fry,ed@x.com,yes\n"
            + "Jo Smith,\"jo@x.com; jo2@x.com\",JO@X.COM\n"));

        Assert.Equal(["bo2@x.com", "c1@x.com; c2@x.com", null, null, "jo@x.com"], records.Select(r => r.WithheldEmails));
        Assert.Null(records[2].Issues); // a placeholder is empty
        Assert.Equal(("ed@x.com", "WithheldEmails: 'yes' is no email address, so it was left out."), (records[3].Email, records[3].Issues));
        // The row says not to write to jo@x.com: it is no longer its Email, the next address is.
        Assert.Equal(("jo2@x.com", (string?)null), (records[4].Email, records[4].ExtraEmails));
        Assert.Equal("Email jo@x.com is not taken as an address to write to: the row's WithheldEmails holds it.", records[4].Issues);
        Assert.Contains(6L, summary.DoNotEmailRows);
    }

    [Fact]
    public void AnAddressOneRowWithholdsIsWrittenToFromNoOtherRowAndAnEarlierOneIsSaid()
    {
        var (records, _, summary) = Run(File("twice.csv", "Name,Email,Phone,Email Opt Out\n"
            + "Jo Smith,jo@x.com,,true\n"
            + "Jo Smith,JO@X.COM,,\n"           // the same person in another export's row: the opt-out wins
            + "Al Roe,al@x.com,713-555-0101,\n"
            + "Al Roe,al@x.com,713-555-0101,yes\n")); // too late for the record above: said

        Assert.Equal((null, "jo@x.com"), (records[1].Email, records[1].WithheldEmails));
        Assert.Contains("Email jo@x.com is not taken as an address to write to: an earlier row of this import marks it not to be written to.", records[1].Issues);
        Assert.Equal("al@x.com", records[2].Email);
        Assert.Contains("An earlier row of this import gave al@x.com as its Email; this row marks it not to be written to.", records[3].Issues);
        Assert.Equal((1L, 5L), (summary.WithheldAfterGiven, summary.WithheldAfterGivenRows.Single()));
    }

    // Do-not-call is the number's: a household member's row that marks the landline Do Not Call keeps it from being dialled
    // from any later row of the import; an earlier row's record, already written, is said.
    [Fact]
    public void ANumberOneRowMarksDoNotCallIsDialledFromNoLaterRow()
    {
        var (records, _, summary) = Run(File("dnc.csv", "Name,Phone,Other Phone,Do Not Call\n"
            + "Al Roe,281-555-0199,,\n"                        // given before the mark: said below
            + "Greta Schmidt,432-555-0101,,Yes\n"
            + "Hans Schmidt,(432) 555-0101 x12,713-555-0102,\n" // the landline Greta marked: the next number is his Phone
            + "Sue Roe,281-555-0199,,Y\n"));

        Assert.Equal((null, "4325550101"), (records[1].Phone, records[1].PhoneRaw));
        Assert.Equal(("7135550102", (string?)null, (string?)null), (records[2].Phone, records[2].PhoneExtension, records[2].ExtraPhones));
        Assert.Equal("4325550101 x12", records[2].PhoneRaw);
        Assert.Contains("Phone 4325550101 x12 is not taken as a number to dial: an earlier row of this import marks it do not call.", records[2].Issues);
        Assert.Equal("2815550199", records[0].Phone);
        Assert.Contains("An earlier row of this import gave 2815550199 as its Phone; this row marks it do not call.", records[3].Issues);
        Assert.Equal((1L, 5L), (summary.DoNotCallAfterGiven, summary.DoNotCallAfterGivenRows.Single()));
        Assert.Equal([3L, 4L, 5L], summary.DoNotCallRows);

        // -Unique keeps a duplicate that is the first row to mark a number do not call: dropped, it would take the mark with it.
        var (unique, _, uniqueSummary) = Run(File("dnc-dup.csv", "First Name,Last Name,Email,Phone,Do Not Call\n"
            + "John,Smith,john@example.com,713-555-0101,\nJohn,Smith,john@example.com,713-555-0101,Yes\nJohn,Smith,john@example.com,713-555-0101,Yes\n"),
            new ImportOptions { Unique = true });
        Assert.Equal(2, unique.Count);
        Assert.Equal((null, "7135550101"), (unique[1].Phone, unique[1].PhoneRaw));
        Assert.Contains("Kept with -Unique: the first row of this import to mark 7135550101 do not call.", unique[1].Issues);
        Assert.Equal((1L, 1L), (uniqueSummary.DuplicatesKeptForOptOut, uniqueSummary.DuplicatesDropped));
    }

    [Fact]
    public void WithheldAddressesReadBackWithheldFromAFileThisModuleWrote()
    {
        // Export-Csv of a record of an opted-out row, imported again: the addresses stay out of Email, held in WithheldEmails.
        var (records, _, _) = Run(File("again.csv", "FullName,Email,ExtraEmails,WithheldEmails,Email Opt Out\nJo Smith,,,jo@x.com; js@work.com,true\nAl Roe,al@x.com,,,\n"));

        Assert.Equal((null, null, "jo@x.com; js@work.com"), (records[0].Email, records[0].ExtraEmails, records[0].WithheldEmails));
        Assert.Equal(("al@x.com", (string?)null), (records[1].Email, records[1].WithheldEmails));
        Assert.False(records[0].ExtraColumns().Contains("WithheldEmails"));
    }

    [Fact]
    public void ANumberRepeatedIsListedOnceAndAnotherExtensionOfItIsKept()
    {
        var (records, _, _) = Run(File("repeat.csv",
            "Name,Phone,Work Phone,Other Phone\nJo Smith,713-555-0100 x12,\"281-555-0102 x7, 281-555-0102 x7\",713-555-0100 x14\n" +
            "Al Roe,713-555-0101,713-555-0101,\"(713) 555-0101; 281-555-0102\"\n"));

        Assert.Equal(("7135550100", "12", "2815550102 x7; 7135550100 x14"), (records[0].Phone, records[0].PhoneExtension, records[0].ExtraPhones));
        Assert.Equal(("7135550101", (string?)null, "2815550102"), (records[1].Phone, records[1].PhoneExtension, records[1].ExtraPhones));

        var (again, _, _) = Run(File("repeat2.csv", "Name,Phone,Work Phone,Other Phone\nCy Poe,713-555-0100,\"281-555-0102 x7; 281-555-0102\",281-555-0102 x9\n"));
        Assert.Equal("2815550102 x7; 2815550102 x9", again[0].ExtraPhones); // the bare repeat adds nothing, as for Phone
    }

    [Fact]
    public void ANameBrokenOverLinesIsOneLineButAnAddressKeepsItsLines()
    {
        var (records, _, _) = Run(File("lines.csv",
            "Name,Company,Address,Notes\n\"Jo\nSmith\",\"Acme \r\n Oil, LLC\",\"12 Main St\nSuite 4\",\"call\nlate\"\n"));

        var record = Assert.Single(records);
        Assert.Equal(("Jo Smith", "Jo", "Smith"), (record.FullName, record.FirstName, record.LastName));
        Assert.Equal("Acme Oil, LLC", record.Company);
        Assert.Equal(("12 Main St\nSuite 4", "call\nlate"), (record.Address, record.Notes));
    }

    [Fact]
    public void EmptyCellsPastTheHeaderAddNoColumnsButOnesWithTextDo()
    {
        var (records, _, summary) = Run(File("trailing.csv", "Name,Phone\nJo Smith,713-555-0101,,\nAl Roe,713-555-0102, ,x,\n"));

        Assert.False(records[0].HasExtraColumns());
        Assert.Null(records[0].Issues);
        Assert.Equal(["Column3", "Column4"], records[1].ExtraColumns().Keys.Cast<string>());
        Assert.Equal("x", records[1].ExtraColumns()["Column4"]);
        Assert.Contains("2 cells more than the header", records[1].Issues);
        Assert.Equal(1, summary.RowsPastHeader);
    }

    [Fact]
    public void PlaceholdersInPhoneAndEmailCellsAreEmptyCellsNotUnreadableOnes()
    {
        var (records, _, summary) = Run(File("na.csv", "Name,Phone,Email\nJo Smith,N/A,none\nAl Roe, - ,#N/A\nCy Poe,TBD,jo@x.com\n"));

        Assert.All(records, r => Assert.Null(r.Phone ?? r.PhoneRaw ?? r.Issues));
        Assert.Equal([null, null, "jo@x.com"], records.Select(r => r.Email));
        Assert.Empty(summary.UnusablePhoneRows);
        Assert.Empty(summary.InvalidEmailRows);
    }

    // A file cut off while it was copied or written ends in a row with no line break and fewer fields than its first line (a trial:
    // imported whole, the last contact's City 'Mid', nothing said). A last row that ends without a line break but is whole is no cut.
    [Fact]
    public void ALastLineCutShortWithoutALineBreakIsSaidToLookCutOff()
    {
        var (cut, _, summary) = Run(File("cut.csv", "Name,Email,Phone,City,State\nAl Bee,al@x.com,432-555-0500,Midland,TX\nCy Dee,cy@x.com,432-555-0501,Mid"));
        var (whole, _, _) = Run(File("whole.csv", "Name,Email,Phone,City,State\nAl Bee,al@x.com,432-555-0500,Midland,TX\nCy Dee,cy@x.com,432-555-0501,Midland,TX"));

        Assert.Contains("it looks cut off", cut[1].Issues);
        Assert.Contains("4 of the 5 fields", cut[1].Issues);
        Assert.Equal([3L], summary.RepairedRows);
        Assert.All(whole, r => Assert.Null(r.Issues));

        // Nor when the file's lines are short anyway (an empty last column left out), or it ends in DOS's end mark (a review).
        var (shortLines, _, _) = Run(File("short.csv", "Name,Phone,City,State,Notes\nJo Smith,432-555-0710,Midland,TX\nAl Roe,432-555-0711,Odessa,TX"));
        var (dos, _, _) = Run(File("dos.csv", "Name,Phone,City\r\nJo Smith,432-555-0710,Midland\r\n\u001a"));
        Assert.All(shortLines.Concat(dos), r => Assert.DoesNotContain("cut off", r.Issues ?? ""));
    }

    // A number without its country code, in a row whose Country is outside North America's plan: read in that country's plan (a trial:
    // "55 1234 5679" with Country Mexico was dialled as 551-234-5679, New Jersey). A number with its code, a US or Canadian row, a row
    // with no country, and text that is more than a number stay as they were read.
    [Fact]
    public void ANumberWithoutItsCountryCodeIsReadInTheRowsCountrysPlan()
    {
        var (rows, _, _) = Run(File("mx.csv", "Name,Phone,Country\nAna Ruiz,55 1234 5679,Mexico\nBeto Ruiz,33 1234 5678,México\nCy Lee,020 7946 0018,United Kingdom\n"
            + "Di Ruiz,+1 956 555 0100,Mexico\nEd Poe,416-555-0100,Canada\nFay Poe,713-555-0100,\nGus Ruiz,55 1234 5679 (DNC),Mexico\n"));

        Assert.Equal(["+525512345679", "+523312345678", "+442079460018", "9565550100", "4165550100", "7135550100", null], rows.Select(r => r.Phone));
        // A US list's Country column holding a state's code (CO is Colorado, not Colombia), a placeholder, or a US state beside it: as read (a review).
        var (us, _, _) = Run(File("us.csv", "Name,Phone,City,State,Country\nJo Smith,303-555-0142,Denver,,CO\nBo Dee,302-555-0144,Dover,,DE\nAl Roe,432-555-0147,Midland,TX,Mexico\nCy Lee,713-555-0148,Houston,,NA\n"));
        Assert.Equal(["3035550142", "3025550144", "4325550147", "7135550148"], us.Select(r => r.Phone));
        Assert.Contains("in the numbering plan of MX", rows[0].Issues);
        Assert.Null(rows[3].Issues);
    }

    // What data tools write for no value (a trial): pandas' "nan", a SQL client's "NULL" and "(null)", here in a postal code too, where
    // "NULL" was kept as the code and "nan" warned that the row's cells may have moved.
    [Fact]
    public void ADataToolsWordForNoValueIsAnEmptyCell()
    {
        var (records, _, summary) = Run(File("sql.csv", "Name,Phone,Email,Zip\nAl Bee,NULL,NULL,NULL\nCy Dee,nan,NaN,(null)\nDi Eff,<null>,undefined,nan\n"));

        Assert.All(records, r => Assert.Null(r.Phone ?? r.PhoneRaw ?? r.Email ?? r.PostalCode ?? r.Issues));
        Assert.Empty(summary.UnusablePhoneRows);
        Assert.Empty(summary.InvalidEmailRows);
    }

    // The same words in a name, company, city, state or title cell (a trial: Company "(none)" and "N/A", City "NULL", a name
    // "nan nan" from pandas were kept as values). Words that are also names ("Nan", "Na", "Nil", "Null") and text around a
    // placeholder ("Unknown Heirs of ...") stay; the file's own cells stay as written in ExtraColumns.
    [Fact]
    public void ANoValueWordInANameCompanyOrPlaceCellIsAnEmptyCell()
    {
        var (records, _, _) = Run(File("pandas.csv", "First Name,Last Name,Company,City,State,Title,Phone,Region\n"
            + "John,Smith,(none),NULL,TX,nan,432-555-0101,N/A\n"
            + "nan,nan,(blank),Midland,#NULL!,(null),432-555-0102,-\n"
            + "Jane,Unknown,N/A,undefined,-,TBD,432-555-0103,\n"
            + "Nan,Na,Null Oil LLC,Nil,TX,Landman,432-555-0104,\n"
            + "Al,NULL,Unknown Heirs of Al Bee,?,NaN,none,432-555-0105,\n"));

        Assert.Equal([("John", "Smith"), (null, null), ("Jane", null), ("Nan", "Na"), ("Al", null)], records.Select(r => (r.FirstName, r.LastName)));
        Assert.Equal([null, null, null, "Null Oil LLC", "Unknown Heirs of Al Bee"], records.Select(r => r.Company));
        Assert.Equal([null, "Midland", null, "Nil", null], records.Select(r => r.City));
        Assert.Equal(["TX", null, null, "TX", null], records.Select(r => r.State));
        Assert.Equal([null, null, null, "Landman", null], records.Select(r => r.JobTitle));
        Assert.Equal("N/A", records[0].ExtraColumns()["Region"]);
        // A name read as none is said (a review: "NULL" is also a surname); a company, a title or a place is not.
        Assert.Contains("'nan' in 'First Name' is read as no name", records[1].Issues);
        Assert.Null(records[0].Issues);
        // Notes, a website and a postal code keep their own ways: a note "None" or "?" stays (a review).
        var (notes, _, _) = Run(File("notes.csv", "Name,Phone,Notes\nAl Bee,432-555-0101,None\nCy Dee,432-555-0102,?\n"));
        Assert.Equal(["None", "?"], notes.Select(r => r.Notes));
        var (sites, _, _) = Run(File("sites.csv", "Name,Phone,Website\nAl Bee,432-555-0101,none\nCy Dee,432-555-0102,N/A\n"));
        Assert.All(sites, r => Assert.Null(r.Website)); // a website "none" is none (a second review)
    }

    // An address as Word and Outlook paste it: in typographic quotes, or with Outlook's plain-text copy of its link after it (a trial:
    // both were "not a valid address", kept only in Issues).
    [Theory]
    [InlineData("“cy@example.com”")]
    [InlineData("‘cy@example.com’")]
    [InlineData("cy@example.com[mailto:cy@example.com]")]
    [InlineData("Cy Dee <cy@example.com>[mailto:cy@example.com]")]
    public void AnAddressInTypographicQuotesOrWithOutlooksLinkCopyIsRead(string cell)
    {
        var record = Assert.Single(Run(File("pasted.csv", $"Name,Email\nCy Dee,\"{cell}\"\n")).Records);
        Assert.Equal(("cy@example.com", (string?)null), (record.Email, record.Issues));
    }

    [Fact]
    public void ARowMarkedDoNotCallHasNoPhoneToDial()
    {
        var (records, _, summary) = Run(File("crm.csv", "Name,Phone,Mobile,Do Not Call\nJo Smith,713-555-0101 x4,281-555-0102,Yes\nAl Roe,713-555-0103,,No\nCy Poe,713-555-0104,,\n"));

        Assert.Equal((null, null, "7135550101 x4; 2815550102"), (records[0].Phone, records[0].ExtraPhones, records[0].PhoneRaw));
        Assert.Contains("Phone 7135550101 x4; 2815550102 is not taken as a number to dial: the row is marked 'Do Not Call' = 'Yes'.", records[0].Issues);
        Assert.Equal("Yes", records[0].ExtraColumns()["Do Not Call"]); // the column itself is kept
        Assert.Equal(["7135550103", "7135550104"], records.Skip(1).Select(r => r.Phone));
        Assert.Equal([2L], summary.DoNotCallRows);
    }

    [Theory]
    [InlineData("Email Opt Out", "true")] // Salesforce, Zoho
    [InlineData("HASOPTEDOUTOFEMAIL", "1")] // Salesforce Data Loader
    [InlineData("Unsubscribed from all email", "Yes")] // HubSpot
    [InlineData("Do Not Email (Y/N)", "Y")]
    [InlineData("Status", "Unsubscribed")] // ActiveCampaign
    [InlineData("Email Status", "Hard bounce")]
    [InlineData("UNSUB_TIME", "2024-03-01 10:00:00")] // Mailchimp's unsubscribed export: a date there is the opt-out
    [InlineData("CLEAN_TIME", "2024-03-01 10:00:00")] // its cleaned export
    [InlineData("Opted Out", "true")] // Pardot
    [InlineData("Do not allow Emails", "Do Not Allow")] // Dynamics
    [InlineData("Email Marketing Consent", "UNSUBSCRIBED")] // Klaviyo
    [InlineData("EMAIL BLACKLISTED", "Yes")] // Brevo
    [InlineData("Email Opt Out", "Opted Out")] // a yes/no column in its own words
    [InlineData("Do Not Email", "Do Not Email")]
    public void ARowMarkedNotToBeWrittenToHasNoEmail(string column, string value)
    {
        var (records, _, summary) = Run(File("optout.csv", $"Name,Email,Work Email,Phone,{column}\nJo Smith,jo@x.com,js@work.com,713-555-0101,{value}\nAl Roe,al@x.com,,713-555-0102,\n"));

        Assert.Equal((null, null), (records[0].Email, records[0].ExtraEmails));
        Assert.Equal("jo@x.com; js@work.com", records[0].WithheldEmails);
        Assert.Null(records[1].WithheldEmails);
        Assert.Contains($"Email jo@x.com; js@work.com is not taken as an address to write to: the row is marked '{column}' = '{value}'.", records[0].Issues);
        Assert.Equal("7135550101", records[0].Phone); // an email opt-out is no do-not-call
        Assert.Equal(value, records[0].ExtraColumns()[column]);
        Assert.Equal("al@x.com", records[1].Email);
        Assert.Equal([2L], summary.DoNotEmailRows);
    }

    // Opt-out columns are spelt in more ways than a list holds: skip tracers' "National DNC" and "Federal DNC Registry", "Calls Opt-Out",
    // Dynamics' "Do not allow Phone Calls" and "Do not allow Bulk Emails", HubSpot's newer "Opted out of all email" and its one column per
    // subscription type, "Hard Bounce", Salesforce's "Email Bounced Date". Each was dialled or written to when only listed names counted.
    [Theory]
    [InlineData("National DNC", "Y")]
    [InlineData("Federal DNC Registry", "Yes")]
    [InlineData("isDNC", "true")]
    [InlineData("Calls Opt-Out", "Yes")]
    [InlineData("Opted Out of Calls", "TRUE")]
    [InlineData("TCPA Opt Out", "Y")]
    [InlineData("Do not allow Phone Calls", "Do Not Allow")]
    public void ADoNotCallColumnIsKnownByItsWords(string column, string value)
    {
        var (records, _, summary) = Run(File("dnc-words.csv", $"Name,Email,Phone,{column}\nJo Smith,jo@x.com,713-555-0101,{value}\nAl Roe,al@x.com,713-555-0102,No\n"));

        Assert.Equal(((string?)null, "7135550101", "jo@x.com"), (records[0].Phone, records[0].PhoneRaw, records[0].Email));
        Assert.Equal("7135550102", records[1].Phone);
        Assert.Equal([2L], summary.DoNotCallRows);
    }

    [Theory]
    [InlineData("Unsubscribe", "Y")]
    [InlineData("Opted out of all email", "true")] // HubSpot
    [InlineData("Opted out of email: One to One", "true")] // HubSpot, a subscription type
    [InlineData("Email Address Quarantined", "true")] // HubSpot
    [InlineData("DoNotBulkEMail", "true")] // Dynamics
    [InlineData("Do not allow Bulk Emails", "Do Not Allow")] // Dynamics
    [InlineData("Hard Bounce", "Yes")]
    [InlineData("Email Bounced Date", "2024-02-03")] // Salesforce
    [InlineData("Email Suppressed", "TRUE")]
    [InlineData("Email permission status", "Unsubscribed")] // Constant Contact
    [InlineData("Email Marketing Status", "Unsubscribed")]
    public void AnOptOutColumnIsKnownByItsWords(string column, string value)
    {
        var (records, _, summary) = Run(File("optout-words.csv", $"Name,Email,Phone,{column}\nJo Smith,jo@x.com,713-555-0101,{value}\nAl Roe,al@x.com,713-555-0102,\n"));

        Assert.Equal(((string?)null, "jo@x.com", "7135550101"), (records[0].Email, records[0].WithheldEmails, records[0].Phone));
        Assert.Equal("al@x.com", records[1].Email);
        Assert.Equal([2L], summary.DoNotEmailRows);
    }

    [Theory]
    [InlineData("SMS Opt Out", "Yes")] // texts, not mail
    [InlineData("Direct Mail Opt Out", "Yes")] // postal mail
    [InlineData("Soft Bounces", "2")] // temporary
    [InlineData("Unsubscribe Link", "https://x.example/u?id=1")] // every row has one
    [InlineData("DNC Scrub Date", "2024-02-03")] // when the list was checked, not a mark
    [InlineData("Lead NCOA", "Y")] // no DNC in it, though its letters run together
    public void AColumnOfAnotherKindIsNoOptOut(string column, string value)
    {
        var (records, _, summary) = Run(File("other.csv", $"Name,Email,Phone,{column}\nJo Smith,jo@x.com,713-555-0101,{value}\n"));

        Assert.Equal(("jo@x.com", "7135550101"), (records[0].Email, records[0].Phone));
        Assert.Empty(summary.DoNotCallRows);
        Assert.Empty(summary.DoNotEmailRows);
    }

    // A skip tracer's flag of each number ("Phone 1 DNC" beside "Phone 1") marks that number, not the row's clean ones; and a column
    // that names an address or a number not to use ("Unsubscribed Email", "DNC Phone") withholds that one, not the row's others.
    [Fact]
    public void AColumnThatFlagsOneNumberOrNamesOneAddressMarksThatOne()
    {
        var (records, _, summary) = Run(File("skiptrace.csv", "Owner Name,Phone 1,Phone 1 DNC,Phone 2,Phone 2 DNC,Email,Unsubscribed Email,DNC Phone\n"
            + "Jo Smith,713-555-0101,Y,281-555-0102,N,jo@x.com,old@x.com,832-555-0103\n"
            + "Al Roe,713-555-0104,N,281-555-0105,DNC,al@x.com,,\n"
            + "Cy Poe,832-555-0103,,,,old@x.com,,\n")); // the number and the address two columns of an earlier row named

        Assert.Equal(("2815550102", (string?)null, "7135550101; 8325550103"), (records[0].Phone, records[0].ExtraPhones, records[0].PhoneRaw));
        Assert.Equal(("jo@x.com", "old@x.com"), (records[0].Email, records[0].WithheldEmails));
        Assert.Contains("Email old@x.com is not taken as an address to write to: the row's 'Unsubscribed Email' column names it.", records[0].Issues);
        Assert.Contains("Phone 8325550103 is not taken as a number to dial: the row's 'DNC Phone' column names it.", records[0].Issues);
        Assert.Equal(("7135550104", (string?)null, "2815550105"), (records[1].Phone, records[1].ExtraPhones, records[1].PhoneRaw));
        Assert.Equal(((string?)null, (string?)null, "old@x.com"), (records[2].Phone, records[2].Email, records[2].WithheldEmails));
        Assert.Equal([2L, 3L, 4L], summary.DoNotCallRows);
    }

    // REISkip writes the flag before the line ("DNC Mobile 1", "DNC Landline 1"): read as the row's flag, one landline's Yes withheld
    // both mobiles too, and nothing on the row was dialled.
    [Theory]
    [InlineData("Mobile 1,Mobile 2,Landline 1,DNC Mobile 1,DNC Mobile 2,DNC Landline 1", "No,No,Yes")]
    [InlineData("Phone 1,Phone 2,Phone 3,Do Not Call Phone 1,Do Not Call Phone 2,Do Not Call Phone 3", "N,,Y")]
    public void AFlagWrittenBeforeItsLineMarksThatLine(string headers, string flags)
    {
        var record = Run(File("reiskip.csv", $"Name,{headers}\nJo Ames,432-555-0101,432-555-0102,432-555-0103,{flags}\n")).Records.Single();
        Assert.Equal(("4325550101", "4325550102", "4325550103"), (record.Phone, record.ExtraPhones, record.PhoneRaw));
    }

    // A dialler's disposition says of the number what the same words beside it in its cell say: "Bad Number", "Wrong Number",
    // "Disconnected" were dialled again from a PhoneBurner export whose Last Call Result said so, while "432-555-0106 (bad number)" was not.
    [Theory]
    [InlineData("Last Call Result", "Bad Number", true)]
    [InlineData("Disposition", "Wrong Number", true)]
    [InlineData("Call Status", "Disconnected", true)]
    [InlineData("Status", "Not in service", true)]
    [InlineData("Status", "Deceased", true)]
    [InlineData("Last Call Result", "Bad lead", false)] // says nothing of the line
    [InlineData("Disposition", "Wrong person", false)]
    [InlineData("Status", "No longer interested", false)]
    public void ADispositionThatTheNumberIsBadIsNoNumberToDial(string column, string value, bool marked)
    {
        var (records, _, _) = Run(File("dispo.csv", $"Name,Phone,{column}\nJo Smith,713-555-0101,{value}\n"));

        Assert.Equal(marked ? null : "7135550101", records[0].Phone);
        Assert.Equal(marked ? "7135550101" : null, records[0].PhoneRaw);
    }

    // Labels say what a number or an address is: Google Contacts' "Phone 2 - Label" read only Fax, so a number labelled "Do Not Call"
    // was dialled and an address labelled "Bounced" written to; a contact's labels, tags and categories ("* myContacts ::: Do Not Call",
    // Outlook's "Do Not Email;Owners", Mailchimp's TAGS) were not read at all.
    [Fact]
    public void ALabelOrATagThatSaysNotToUseANumberOrAnAddressIsRead()
    {
        var (google, _, _) = Run(File("google.csv", "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\n"
            + "Ira,Goog,* myContacts,* Work,ira@x.com,Bounced,ira.old@x.com,Mobile,713-555-0101,Do Not Call,281-555-0102\n"
            + "Gia,Goog,* myContacts ::: Do Not Call,,gia@x.com,,,Mobile,713-555-0103,,\n"
            + "Hoa,Goog,Unsubscribed ::: * myContacts,,hoa@x.com,,,,713-555-0104,,\n"));

        Assert.Equal(("ira@x.com", (string?)null, "ira.old@x.com"), (google[0].Email, google[0].ExtraEmails, google[0].WithheldEmails));
        Assert.Equal(("7135550101", (string?)null), (google[0].Phone, google[0].ExtraPhones));
        Assert.Equal("281-555-0102 (Do Not Call)", google[0].PhoneRaw); // as a number written beside its mark is kept
        Assert.Equal(((string?)null, "gia@x.com"), (google[1].Phone, google[1].Email));
        Assert.Equal(((string?)null, "hoa@x.com", "7135550104"), (google[2].Email, google[2].WithheldEmails, google[2].Phone));

        var (outlook, _, _) = Run(File("outlook.csv", "First Name,Last Name,E-mail Address,Mobile Phone,Categories\nDot,Ol,dot@x.com,713-555-0105,Do Not Email;Owners\nCam,Ol,cam@x.com,713-555-0106,Owners\n"));
        Assert.Equal(((string?)null, "dot@x.com", "7135550105"), (outlook[0].Email, outlook[0].WithheldEmails, outlook[0].Phone));
        Assert.Equal(("cam@x.com", "7135550106"), (outlook[1].Email, outlook[1].Phone));

        var (tagged, _, _) = Run(File("tags.csv", "Email Address,First Name,Last Name,Phone Number,TAGS\npia@x.com,Pia,Chimp,713-555-0107,\"\"\"Royalty\"\",\"\"DNC\"\"\"\n"));
        Assert.Equal(((string?)null, "pia@x.com"), (tagged[0].Phone, tagged[0].Email));
    }

    // Google's older exports write "Phone 2 - Type" ("Work Fax") where the newer write "- Label": read as a line's status column as
    // well, it withheld every number of the row as a do-not-call (a trial); and two values of one cell ("Work Fax ::: Mobile") each
    // take their own label, where the whole label followed the last value (the fax was dialled, the mobile withheld).
    [Fact]
    public void AGoogleTypeOrLabelMarksOnlyItsOwnValueAlsoWithinOneCell()
    {
        var (rows, _, summary) = Run(File("google-type.csv", "Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value\n"
            + "Bo Gray,Work ::: Bounced,bo@x.com ::: bo.old@x.com,Mobile,713-555-0110,Home Fax,713-555-0111\n"
            + "Di Gray,* Other,di@x.com,Work Fax ::: Mobile,713-555-0112 ::: 713-555-0113,,\n"));

        Assert.Equal(("7135550110", (string?)null, "713-555-0111 (Home Fax)"), (rows[0].Phone, rows[0].ExtraPhones, rows[0].PhoneRaw));
        Assert.Equal(("bo@x.com", "bo.old@x.com"), (rows[0].Email, rows[0].WithheldEmails));
        Assert.Equal(("7135550113", "713-555-0112 (Work Fax)"), (rows[1].Phone, rows[1].PhoneRaw));
        Assert.Empty(summary.DoNotCallRows); // a fax is no do-not-call
    }

    [Theory]
    [InlineData("Status", "Opted out of SMS")] // another channel
    [InlineData("Status", "Do not contact by phone")]
    [InlineData("Do Not Contact", "Y - calls only")]
    [InlineData("UNSUB_TIME", "N/A")] // no date
    [InlineData("UNSUB_TIME", "0000-00-00 00:00:00")] // MySQL's empty date
    [InlineData("Lead Status", "No Contact")] // not reached yet: says nothing of writing
    [InlineData("Status", "Removed from campaign")]
    [InlineData("Email Opt Out", "false")]
    [InlineData("Email Opt Out", "No")]
    [InlineData("UNSUB_REASON", "")]
    public void AColumnThatDoesNotSayNotToWriteKeepsTheEmail(string column, string value)
    {
        var (records, _, summary) = Run(File("keep.csv", $"Name,Email,{column}\nJo Smith,jo@x.com,{value}\n"));
        Assert.Equal(("jo@x.com", (string?)null), (records.Single().Email, records.Single().WithheldEmails));
        Assert.Empty(summary.DoNotEmailRows);
    }

    [Fact]
    public void AFullNameBesideFirstAndLastSaysWhatTheRowIs()
    {
        // Zoho's and Google's Full Name / Name column beside the parts: the whole is read for what the parts cannot say.
        var (records, _, _) = Run(File("full-and-parts.csv", "First Name,Last Name,Full Name,Email\n"
            + ",Roe Minerals & Royalty LP,Roe Minerals & Royalty LP,land@roe.com\n"
            + "Estate of Harold,Price,Estate of Harold Price,hp@x.com\n"
            + "Bob & Sally,Garza,Bob & Sally Garza,bg@x.com\n"
            + "Jane,\"Roe, Trustee\",\"Jane Roe, Trustee\",jr@x.com\n"
            + "Mike,,Mike Price,mp@x.com\n"
            + "Mary,Jones,Dr. Mary Jones,mj@x.com\n"
            + ",Jones,Jones,j@x.com\n"
            + "Jose,Co,Jose Co,jc@x.com\n"));

        Assert.Equal((OwnerType.Organization, "Roe Minerals & Royalty LP", null), (records[0].OwnerType, records[0].Company, records[0].LastName));
        Assert.Equal(OwnerType.Estate, records[1].OwnerType);
        Assert.Equal((OwnerType.Couple, "Bob", "Sally Garza"), (records[2].OwnerType, records[2].FirstName, records[2].SecondOwner));
        Assert.Equal((OwnerType.Trust, "Trustee", "Roe"), (records[3].OwnerType, records[3].OwnerRole, records[3].LastName));
        Assert.Equal(("Mike", "Price"), (records[4].FirstName, records[4].LastName)); // the part the columns leave empty
        Assert.Equal(("Dr.", "Mary", "Jones"), (records[5].Prefix, records[5].FirstName, records[5].LastName));
        Assert.Equal((null, "Jones"), (records[6].FirstName, records[6].LastName)); // "Jones" alone would read as a first name: not taken
        Assert.Equal((OwnerType.Person, "Jose", "Co", null), (records[7].OwnerType, records[7].FirstName, records[7].LastName, records[7].Company));
    }

    [Theory]
    [InlineData("Dr. Ana", "Garcia", "Dr.", "Ana", null, "Garcia", null, null)]
    [InlineData("Mr John", "Smith", "Mr", "John", null, "Smith", null, null)]
    [InlineData("Robert (Bob)", "Lee", null, "Robert", null, "Lee", null, "Bob")]
    [InlineData("John A.", "Smith", null, "John", "A.", "Smith", null, null)]
    [InlineData("John", "Smith, CPL", null, "John", null, "Smith", "CPL", null)]
    [InlineData("Mary", "Jones, RPL, MBA", null, "Mary", null, "Jones", "RPL, MBA", null)]
    [InlineData("Robert", "Lee Jr., P.E.", null, "Robert", null, "Lee", "Jr., P.E.", null)]
    [InlineData("Wei", "Chen (He/Him)", null, "Wei", null, "Chen", null, null)] // pronouns are no nickname
    [InlineData("Mary Ann", "de la Cruz", null, "Mary Ann", null, "de la Cruz", null, null)]
    [InlineData("Major", "Payne", null, "Major", null, "Payne", null, null)] // a title only before another word, and only a common one
    [InlineData("Hon Wai", "Chan", null, "Hon Wai", null, "Chan", null, null)] // Hon, a given name; "Hon." is the title
    [InlineData("Hon. Ann", "Cole", "Hon.", "Ann", null, "Cole", null, null)]
    [InlineData("J. R.", "Ewing", null, "J. R.", null, "Ewing", null, null)] // initials that go by themselves
    [InlineData("T J", "Hooker", null, "T J", null, "Hooker", null, null)]
    [InlineData("Mary", "Smith (Jones)", null, "Mary", null, "Smith (Jones)", null, null)] // a former name in brackets is kept, no nickname
    public void FirstAndLastNameCellsWrittenAsAWholeNameAreSplit(string firstCell, string lastCell, string? prefix, string first, string? middle, string last, string? suffix, string? nickname)
    {
        var (records, _, _) = Run(File("decorated.csv", $"First Name,Last Name,Email\n{firstCell},\"{lastCell}\",x@y.com\n"));
        var r = records.Single();
        Assert.Equal((prefix, first, middle, last, suffix, nickname), (r.Prefix, r.FirstName, r.MiddleName, r.LastName, r.Suffix, r.Nickname));
        Assert.Equal(OwnerType.Person, r.OwnerType);
    }

    [Fact]
    public void PartsBesideAFullNameAreTidiedToo()
    {
        var (records, _, _) = Run(File("zoho.csv", "First Name,Last Name,Full Name\nDr. Ana,Garcia,Dr. Ana Garcia\nRobert (Bob),Lee,Robert (Bob) Lee\n"));
        Assert.Equal(("Dr.", "Ana", "Garcia"), (records[0].Prefix, records[0].FirstName, records[0].LastName));
        Assert.Equal(("Robert", "Bob"), (records[1].FirstName, records[1].Nickname));
    }

    [Fact]
    public void PronounsInAFullNameAreNoNickname() =>
        Assert.Equal(("Wei", "Chen", ""), NameSplitter.Split("Wei Chen (He/Him)") is var n ? (n.First, n.Last, n.Nickname) : default);

    [Fact]
    public void ACompanyInFirstNameAloneIsTheCompany()
    {
        var (records, _, _) = Run(File("first-only.csv", "First Name,Last Name,Phone\nFirst Baptist Church,,713-555-0101\nChevron U.S.A. Inc.,,713-555-0102\nMary Ann,,713-555-0103\nCher,,713-555-0104\n"));

        Assert.Equal([OwnerType.Organization, OwnerType.Organization, OwnerType.Person, OwnerType.Person], records.Select(r => r.OwnerType));
        Assert.Equal(("First Baptist Church", null), (records[0].Company, records[0].FirstName));
        Assert.Equal("Chevron U.S.A. Inc.", records[1].Company);
        Assert.Equal(("Mary Ann", null), (records[2].FirstName, records[2].Company));
    }

    [Fact]
    public void AnOwnerColumnNamingARowWithACompanySaysSo()
    {
        // A mineral list's owner beside a company (a trust's trustee bank), or a CRM's sales rep beside a company-only row: the file
        // cannot say which, so the name is taken (the mineral list's reading) and Issues says how to leave it out.
        var (records, _, _) = Run(File("owner.csv", "First Name,Last Name,Owner,Company,Email\n,,Harold Price,Devon Energy,hp@x.com\n,,Jane Rep,,x@y.com\n"));

        Assert.Equal(("Harold Price", "Harold", "Devon Energy"), (records[0].FullName, records[0].FirstName, records[0].Company));
        Assert.Contains("is taken from the 'Owner' column", records[0].Issues);
        Assert.Contains("-Mapping @{'Owner' = '-'}", records[0].Issues);
        Assert.Equal("Jane Rep", records[1].FullName);
        Assert.Null(records[1].Issues); // no company: nothing to weigh it against
    }

    [Fact]
    public void AReportsFooterIsNoContact()
    {
        // Salesforce's report export: a blank line, the report's name, then its footer lines.
        var (records, _, summary) = Run(File("sf.csv", "First Name,Last Name,Email,Phone\n"
            + "John,Smith,js@x.com,713-555-0101\n"
            + "Basin Land Co,,,\n" // one cell, right below the table: a row like any other
            + "\n\"Contacts & Accounts\"\n\"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.\"\n"
            + "\"Confidential Information - Do Not Distribute\"\n\"Generated By:  Jane Rep  3/8/2024 10:15 AM\"\n\"Permian Land Services LLC\"\n"));

        Assert.Equal(["John Smith", "Basin Land Co"], records.Select(r => r.FullName ?? r.Company));
        Assert.Equal(5, summary.FooterLines);
        Assert.Equal("Contacts & Accounts", summary.FirstFooterLine);
    }

    [Fact]
    public void AFooterDateSplitIntoCellsIsNoContact()
    {
        // QuickBooks Online writes its timestamp unquoted: three cells.
        var (records, _, summary) = Run(File("qbo.csv", "Name,Email,Phone,Address\nJo Roe,jo@x.com,713-555-0101,1 Main St\n\n\nMonday, March 4, 2024 10:15 AM GMT-06:00\n"));
        Assert.Equal("jo@x.com", records.Single().Email);
        Assert.Equal([5L], summary.FooterRows);
    }

    [Fact]
    public void AQuickBooksCustomerListReadsItsNamesAndNotItsFooter()
    {
        // QuickBooks Online's Customer Contact List: the name is 'Customer full name'; the footer says the report's basis before its date.
        var (records, _, summary) = Run(File("qbo-customers.csv",
            "Customer full name,Phone numbers,Email,Full name\nRoe Minerals LLC,713-555-0101,a@roe.com,\nJane Doe,281-555-0102,jane@doe.com,Jane Doe\n\nAccrual Basis Monday, March 4, 2024 10:15 AM GMT-06:00\n"));
        Assert.Equal(["Roe Minerals LLC", "Jane Doe"], records.Select(r => r.FullName ?? r.Company));
        Assert.Equal([5L], summary.FooterRows);
    }

    [Fact]
    public void BillingAndShippingAddressesMapAndTheShippingOneIsTheFallback()
    {
        // Salesforce's account export; QuickBooks' 'Billing address' is one column.
        var (records, _, _) = Run(File("accounts.csv",
            "Account Name,Email,Billing Street,Billing City,Billing State/Province,Billing Zip/Postal Code,Shipping Street,Shipping City\n"
            + "Roe Minerals LLC,land@roe.com,1200 Smith St,Houston,TX,77002,,\nDoe Royalty,doe@x.com,,,,,4410 Ranch Rd,Midland\n"));
        Assert.Equal(["1200 Smith St|Houston|TX|77002", "4410 Ranch Rd|Midland||"], records.Select(r => $"{r.Address}|{r.City}|{r.State}|{r.PostalCode}"));
        var qbo = Run(File("qbo.csv", "Customer full name,Email,Billing address\nJane Doe,jane@doe.com,\"12 Elm St, Tulsa, OK 74103\"\n")).Records.Single();
        Assert.Equal("12 Elm St|Tulsa|OK|74103", $"{qbo.Address}|{qbo.City}|{qbo.State}|{qbo.PostalCode}"); // its one line read into its parts
    }

    [Fact]
    public void ACustomersNameBesideAPersonsIsKeptAsAColumn()
    {
        // QuickBooks: the customer is a company, 'Full name' the person to write to.
        var (records, _, summary) = Run(File("qbo-people.csv",
            "Customer full name,Full name,Email\nAmy's Bird Sanctuary,Amy Lauterbach,amy@birds.com\nRoe Minerals LLC,John Roe,john@roe.com\n"));
        Assert.Equal(["Amy Lauterbach", "John Roe"], records.Select(r => r.FullName));
        Assert.Equal(["Amy", "John"], records.Select(r => r.FirstName));
        Assert.Equal("Amy's Bird Sanctuary", records[0].ExtraColumns()["Customer full name"]);
        Assert.DoesNotContain(summary.Columns!.Warnings, w => w.Contains("holds one value"));
    }

    [Theory]
    [InlineData("Primary Phone,Mobile,Best Phone", "713-555-0101,281-555-0102,832-555-0103", "7135550101", "2815550102; 8325550103")] // the first that says so
    [InlineData("Mobile,Preferred Phone", "713-555-0101,Mobile", "7135550101", null)] // Salesforce NPSP: the preference is a word
    public void APreferenceIsTheFirstColumnThatSaysSoAndANumber(string header, string row, string phone, string? extra)
    {
        var record = Run(File("preferred.csv", $"Name,{header}\nJo Roe,{row}\n")).Records.Single();
        Assert.Equal((phone, extra), (record.Phone, record.ExtraPhones));
    }

    [Theory]
    [InlineData("Company,Contact,Email,Phone,City\nAcme,Jo Roe,jo@x.com,713-555-0101,Tulsa\nCopyright Clearance Center,,,978-750-8400,\n,,info@foo.com,,\n,,bar@foo.com,,\n", 4)] // footer words in a row of the table, not below a blank line
    [InlineData("Company,Contact,Email,Phone,City\nAcme,Jo Roe,jo@x.com,713-555-0101,Tulsa\n\n,,copyright@gamma.com,,\n,,a@foo.com,,\n", 3)] // an address is no footer line
    [InlineData("Company,Contact,Email,Phone,City\nAcme,Jo Roe,jo@x.com,713-555-0101,Tulsa\n\nCopyright 2024\n,,a@foo.com,,\nBeta,Al Poe,al@x.com,,\n", 3)] // a footer line, then the table again: only the line goes
    [InlineData("Name,Email,Phone,Notes\nJo Roe,jo@x.com,713-555-0101,\n\nAl Poe,,,\n\nCy Day,,,\n", 3)] // one-cell rows after blank lines, no footer line: rows
    [InlineData("Name,Email,Phone,Notes\nJo Roe,jo@x.com,713-555-0101,\n\n,al@x.com,,\nCy Day,cy@x.com,713-555-0102,Generated by hand\n", 3)] // a footer's words in a row's cell
    [InlineData("Name,Email\nJo Roe,jo@x.com\n\nCopyright 2024 Jo\n", 2)] // two columns: every row may be one cell
    public void OneCellRowsWithoutAFooterLineAreRows(string text, int count)
    {
        var (records, _, summary) = Run(File("rows.csv", text));
        Assert.Equal(count, records.Count);
        Assert.True(summary.FooterLines <= 1); // the one case with a footer line drops that line alone
    }

    [Theory]
    // A totals row written by hand: a total's word alone, then sums (a count under Email, a sum under Acres); wherever the word stands.
    [InlineData("Name,Email,Phone,Acres\nAnn Cole,ann@x.com,214-555-0140,10\nBo Dee,bo@x.com,214-555-0141,20.5\nTotal,,,30.5\n", "Ann Cole|Bo Dee", 1)]
    [InlineData("Name,Email,Phone,Acres\nAnn Cole,ann@x.com,214-555-0140,10\nBo Dee,bo@x.com,214-555-0141,20.5\nTOTAL:,2,,30.5\n\nPrinted on 3/4/2024\n", "Ann Cole|Bo Dee", 2)]
    [InlineData("Name,Email,Phone,Acres\nAnn Cole,ann@x.com,214-555-0140,10\nBo Dee,bo@x.com,214-555-0141,20.5\n,,Grand Total,30.5\n", "Ann Cole|Bo Dee", 1)]
    [InlineData("Name,Email,Phone,Acres\nAnn Cole,ann@x.com,214-555-0140,10\nSubtotal,,,10\nBo Dee,bo@x.com,214-555-0141,20.5\nSub-total,,,20.5\n\nTotals,,,30.5\n", "Ann Cole|Bo Dee", 3)]
    [InlineData("Name,Acres\nAnn Cole,10\nBo Dee,20.5\nTotal,30.5\n", "Ann Cole|Bo Dee", 1)] // two columns: a totals row all the same
    // The word and its sum in one cell, the rest of the row empty or sums.
    [InlineData("Name,Email,Phone,Acres\nAnn Cole,ann@x.com,214-555-0140,10\nTotal: 10\n", "Ann Cole", 1)]
    [InlineData("Name,Email,Phone,Acres\nAnn Cole,ann@x.com,214-555-0140,10\nGrand Total = $1.50,,,10\nTOTALS 2,,,\n", "Ann Cole", 2)]
    [InlineData("Name,Email,Phone,Zip,Acres\nAnn Cole,ann@x.com,214-555-0140,79705,10\nTotal,,,,10\n", "Ann Cole", 1)]
    // Salesforce's report lines (a trial's were contacts): "Sum", "Count: 2", "Grand Total (2 records)", and "Subtotal" alone.
    [InlineData("Name,Email,Phone,Acres\nAnn Cole,ann@x.com,214-555-0140,10\nSubtotal,,,\nSum,,,20.5\nCount: 2,,,\nGrand Total (2 records),,,60.5\n", "Ann Cole", 4)]
    // Names, and rows that hold a contact: rows.
    [InlineData("Name,Email,Phone,Acres\nTotal Energies,,713-555-0101,5\nTotal Petroleum,,,5\nAnn Total,,,5\n", "Total Energies|Total Petroleum|Ann Total", 0)]
    [InlineData("Name,Email,Phone,Acres\nAnn Cole,ann@x.com,214-555-0140,10\nTotal,,7135550101,5\nTotal,jt@x.com,,5\nTotal,,,\nTotal,,,30 Main St\n", "Ann Cole|Total|Total|Total|Total", 0)]
    [InlineData("Last Name,First Name,Email,Acres\nTotal,Jean,,5\nCole,Ann,ann@x.com,10\n", "Jean Total|Ann Cole", 0)]
    // A number in the ZIP column is a ZIP code, never a sum; a phone-sized or worded "sum" in the word's own cell is none either.
    [InlineData("Name,Email,Phone,Zip,Acres\nAnn Cole,ann@x.com,214-555-0140,79705,10\nTotal,,,79705,\nTotal,,,2134,5\n", "Ann Cole|Total|Total", 0)]
    [InlineData("Name,Email,Phone,Acres\nTotal: 2145550101\nTotal 12 Ranch Rd,,,\n", "Total: 2145550101|Total 12 Ranch Rd", 0)]
    // A long whole number outside a contact's columns is a sum (a county roll's assessed value over $1M: a trial's "Total" was a contact).
    [InlineData("Owner,Acct,Assessed,Phone\nAnn Lee,1001,1234567,4325550300\nTotal,,2345678,\nTotal,,4325550301,\n", "Ann Lee", 2)]
    [InlineData("Name,Email,Phone,Balance\nAnn Lee,ann@x.com,4325550300,12\nGrand Total,,,12345678\n", "Ann Lee", 1)]
    // ... but in a column whose header says a number of some kind (an owner's or account number, an unmapped "Contact No"), a row (a review).
    [InlineData("Company,Acres,Decimal Interest,Owner Number\nAcme,10,0.5,1001\nTotal,160,0.00125,1234567\n", "Acme|Total", 0)]
    [InlineData("Name,Email,Acres,Contact No\nAnn Lee,ann@x.com,10,\nTotal,,,4325550301\n", "Ann Lee|Total", 0)]
    [InlineData("Name,Email,Phone,Acres,Account No\nAnn Lee,ann@x.com,4325550300,10,1\nTotal,,,30,20481235\n", "Ann Lee|Total", 0)]
    [InlineData("Name,Zip,Zip4,Account Balance,Wells\nAnn Lee,79701,1234,12,1\nTotal,,,12345678,3\n", "Ann Lee", 1)] // a balance is a sum
    public void AHandWrittenTotalsRowIsNoContactInCsvAndXlsxAlike(string text, string names, int footerLines)
    {
        var csv = Run(File("totals.csv", text));
        Assert.Equal(names.Split('|'), csv.Records.Select(r => r.FullName ?? r.Company));
        Assert.Equal(footerLines, csv.Summary.FooterLines);

        // The same rows in a workbook, its numbers stored as numbers: the same reading.
        var rows = text.TrimEnd('\n').Split('\n').Select(line => line.Split(',').Select(cell => (object?)(cell.Length == 0 ? null
            : long.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out var whole) ? whole
            : double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : cell)).ToArray()).ToArray();
        var path = Path.Combine(_dir, "totals.xlsx");
        TestXlsx.Write(path, ("Sheet1", rows, null));
        var xlsx = Run(path);
        Assert.Equal(names.Split('|'), xlsx.Records.Select(r => r.FullName ?? r.Company));
        Assert.Equal(footerLines, xlsx.Summary.FooterLines);
    }

    [Theory]
    [InlineData("\"$12,000.00\"")]
    [InlineData("\"1,234\"")]
    [InlineData("(450.00)")]
    [InlineData("12.5%")]
    [InlineData("\"$1,234,567\"")]
    public void ATotalsSumMayBeWrittenAsMoneyOrGrouped(string sum)
    {
        var (records, _, summary) = Run(File("money.csv", $"Name,Email,Phone,Royalty\nAnn Cole,ann@x.com,214-555-0140,1\nGrand Total:,,,{sum}\n"));
        Assert.Equal("Ann Cole", Assert.Single(records).FullName);
        Assert.Equal([3L], summary.FooterRows);
    }

    [Theory]
    [InlineData("\"2,145,550,101\"")] // a phone as Excel's #,##0 shows one
    [InlineData("2145550101")]
    [InlineData("5550101")]
    public void ATotalsWordBesideANumberThatMayBeAPhoneIsARow(string number)
    {
        // In the phone's column: a phone-sized number there may be the row's person's (one surnamed Total).
        var (records, _, summary) = Run(File("phone.csv", $"Company,Email,Phone,Royalty\nAcme,ann@x.com,214-555-0140,1\nTotal,,{number},\n"));
        Assert.Equal(2, records.Count);
        Assert.Equal(0, summary.FooterLines);
    }

    [Fact]
    public void ARowWithoutTheFirstAddressTakesTheNextOne()
    {
        // Outlook's export: Business, Home and Other addresses; a mineral owner has only a home one.
        var (records, _, summary) = Run(File("outlook.csv", "First Name,Last Name,Business Street,Business City,Business State,Business Postal Code,Business Country/Region,"
            + "Home Street,Home City,Home State,Home Postal Code,Other Street,Other City,Other State,Other Postal Code\n"
            + "John,Smith,1200 Smith St,Houston,TX,77002,United States,4410 Ranch Rd,Midland,TX,79705,,,,\n"
            + "Mary,Jones,,,,,,4410 Ranch Rd 12,Midland,TX,79705,PO Box 9,Tulsa,OK,74101\n"
            + "Roe,Minerals,,,,,United States,,,,,PO Box 1188,Tulsa,OK,74101\n"
            + "Al,Poe,,,,,,,,,,,,,\n"));

        Assert.Equal(("1200 Smith St", "Houston", "77002"), (records[0].Address, records[0].City, records[0].PostalCode)); // its own first address
        Assert.Equal(("4410 Ranch Rd 12", "Midland", "TX", "79705"), (records[1].Address, records[1].City, records[1].State, records[1].PostalCode));
        Assert.Equal(("PO Box 1188", "Tulsa", "United States"), (records[2].Address, records[2].City, records[2].Country)); // a country alone is no address; Other has none of its own
        Assert.Null(records[3].Address);
        Assert.Equal("4410 Ranch Rd", records[0].ExtraColumns()["Home Street"]); // every address stays as columns
        var warning = Assert.Single(summary.Columns!.Warnings);
        Assert.Contains("takes its address from 'Home Street', 'Home City', 'Home State', 'Home Postal Code', then 'Other Street'", warning);
    }

    [Theory]
    [InlineData("Business Street,Business Street 2,Business Street 3,Business City", "1200 Smith St,Ste 400,,Houston", "1200 Smith St, Ste 400")] // Outlook
    [InlineData("Address 1,Address 2,City", "PO Box 9,Bldg C,Tulsa", "PO Box 9, Bldg C")]
    [InlineData("Address,Address Line 2,City", "12 Main St,,Tulsa", "12 Main St")]
    [InlineData("Mailing Street,Mailing Street 2,Other Street 2,City", "12 Main St,Apt 4,Unit 9,Tulsa", "12 Main St, Apt 4")] // only its own address's lines
    [InlineData("Street Address 1,Street Address 2,City", "1200 Smith St,Ste 400,Houston", "1200 Smith St, Ste 400")] // HubSpot, web forms
    [InlineData("Street 1,Street 2,City", "1200 Smith St,Ste 400,Houston", "1200 Smith St, Ste 400")]
    [InlineData("Mailing Address Line 1,Mailing Address Line 2,City", "1200 Smith St,Ste 400,Houston", "1200 Smith St, Ste 400")]
    public void AStreetsFurtherLinesJoinTheAddress(string header, string row, string address)
    {
        var record = Run(File("lines.csv", $"Name,{header}\nJo Roe,{row}\n")).Records.Single();
        Assert.Equal(address, record.Address);
    }

    // -Mapping's '-' keeps a column apart: a line sent there was still joined to the street (the help said '-' keeps a column unmapped).
    [Fact]
    public void AStreetLineTheMappingKeepsApartIsNotJoined()
    {
        var options = new ImportOptions { Mapping = new Dictionary<string, string> { ["Address 2"] = "-" } };
        var record = Run(File("lines.csv", "Name,Address,Address 2,City\nJo Roe,1200 Smith St,Ste 400,Houston\n"), options).Records.Single();
        Assert.Equal(("1200 Smith St", "Ste 400"), (record.Address, (string?)record.ExtraColumns()["Address 2"]));
    }

    [Theory]
    [InlineData("Phone,Mobile,Primary Phone", "713-555-0101,281-555-0102,832-555-0103", "8325550103", "7135550101; 2815550102")] // Outlook's Primary Phone, last of its phones
    [InlineData("Phone,Preferred Phone", "713-555-0101,832-555-0103", "8325550103", "7135550101")]
    [InlineData("Phone,Primary Phone", "713-555-0101,", "7135550101", null)] // an empty primary leaves the first
    [InlineData("Mobile,Company Main Phone", "713-555-0101,281-555-0199", "7135550101", "2815550199")] // the switchboard is no person's first line
    public void APrimaryPhoneColumnFillsPhone(string header, string row, string phone, string? extra)
    {
        var record = Run(File("primary.csv", $"Name,{header}\nJo Roe,{row}\n")).Records.Single();
        Assert.Equal((phone, extra), (record.Phone, record.ExtraPhones));
    }

    [Fact]
    public void APreferredEmailColumnFillsEmail()
    {
        var record = Run(File("preferred.csv", "Name,Email,Other Email,Preferred Email\nJo Roe,jo@old.com,jo@other.com,jo@new.com\n")).Records.Single();
        Assert.Equal(("jo@new.com", "jo@old.com; jo@other.com"), (record.Email, record.ExtraEmails));
    }

    [Theory]
    [InlineData("512 Means St.  Suite 400  Atlanta  GA  30318  US", "512 Means St., Suite 400|Atlanta|GA|30318|US")] // Mailchimp's ADDRESS, two spaces between parts
    [InlineData("1701 Bristol Ave.  Barrington  Rhode Island  02806", "1701 Bristol Ave.|Barrington|Rhode Island|02806|")]
    [InlineData("44 King St W  Toronto  ON  M5H 1H1  CA", "44 King St W|Toronto|ON|M5H 1H1|CA")]
    [InlineData("4410 Ranch Rd  Midland  TX  79705-1234", "4410 Ranch Rd|Midland|TX|79705-1234|")]
    [InlineData("4410 Ranch Rd \t Midland\t\tTX  79705", "4410 Ranch Rd|Midland|TX|79705|")] // spaces and tabs mixed
    [InlineData("4410 Ranch Rd  Midland", "4410 Ranch Rd Midland||||")] // no postal code where it should be: an address as written
    [InlineData("Section 12  Block 4  Lot 7  T2S", "Section 12 Block 4 Lot 7 T2S||||")] // digits in the 'city': a legal description
    public void AnAddressOfTwoSpacedPartsIsSplitWhenNoColumnGivesThem(string cell, string expected)
    {
        var record = Run(File("mailchimp.csv", $"Email Address,First Name,Last Name,Address\nann@x.com,Ann,Lee,{cell}\n")).Records.Single();
        Assert.Equal(expected, $"{record.Address}|{record.City}|{record.State}|{record.PostalCode}|{record.Country}");
    }

    [Theory]
    [InlineData("100 Main St\nMidland, TX 79701", "100 Main St|Midland|TX|79701|")] // an envelope's lines in one cell
    [InlineData("Attn: Land Dept\r\nPO Box 12\r\nTulsa OK 74101-0012\r\nU.S.A.", "Attn: Land Dept\nPO Box 12|Tulsa|OK|74101-0012|U.S.A.")] // every street line kept, in its lines
    [InlineData("44 King St W\n\nToronto, ON M5H 1H1\nCanada", "44 King St W|Toronto|ON|M5H 1H1|Canada")]
    [InlineData("1701 Bristol Ave.\nBarrington, Rhode Island 02806", "1701 Bristol Ave.|Barrington|Rhode Island|02806|")]
    [InlineData("12 Main St\nSuite 4", "12 Main St\nSuite 4||||")] // no city line: the cell as written
    [InlineData("Midland, TX 79701\nUSA", "Midland, TX 79701\nUSA||||")] // no street above the city
    [InlineData("100 Main St\nMidland, TX 79701\nCall after five", "100 Main St\nMidland, TX 79701\nCall after five||||")] // more after the city's line
    [InlineData("100 Main St\nRef PO 45678", "100 Main St\nRef PO 45678||||")] // ends as a city's line does, but PO is no state
    [InlineData("PSC 1234 Box 5678\nAPO, AE 09012", "PSC 1234 Box 5678|APO|AE|09012|")] // a military address: AE is its 'state'
    [InlineData("1600 Pennsylvania Ave NW\nWashington, D.C. 20500", "1600 Pennsylvania Ave NW|Washington|DC|20500|")] // the code without its dots
    public void AnAddressWrittenAsLinesIsSplitWhenNoColumnGivesItsParts(string cell, string expected)
    {
        var record = Run(File("lines.csv", $"Name,Email,Address\nAnn Lee,ann@x.com,\"{cell}\"\n")).Records.Single();
        Assert.Equal(expected, $"{record.Address}|{record.City}|{record.State}|{record.PostalCode}|{record.Country}");
        Assert.Null(record.Issues);
    }

    // QuickBooks Online's "Billing address" and Pipedrive's "Postal address" write the whole address on one line with commas: it was
    // kept whole in Address, City, State and PostalCode empty.
    [Theory]
    [InlineData("1700 Lincoln St, Denver, CO 80203", "1700 Lincoln St|Denver|CO|80203|")]
    [InlineData("PO Box 77, Suite 5, Midland TX 79702-0077, USA", "PO Box 77, Suite 5|Midland|TX|79702-0077|USA")]
    [InlineData("44 King St W, Toronto, ON M5H 1H1", "44 King St W|Toronto|ON|M5H 1H1|")]
    [InlineData("1701 Bristol Ave., Barrington, Rhode Island 02806", "1701 Bristol Ave.|Barrington|Rhode Island|02806|")]
    [InlineData("Midland, TX 79701", "Midland, TX 79701||||")] // no street before the city
    [InlineData("100 Main St, Ref PO 45678", "100 Main St, Ref PO 45678||||")] // PO is no state
    [InlineData("Sec 12, Blk 4, Lot 7", "Sec 12, Blk 4, Lot 7||||")] // a legal description
    public void AnAddressOnOneLineWithCommasIsSplitWhenNoColumnGivesItsParts(string cell, string expected)
    {
        var record = Run(File("qbo.csv", $"Name,Email,Billing address\nAnn Lee,ann@x.com,\"{cell}\"\n")).Records.Single();
        Assert.Equal(expected, $"{record.Address}|{record.City}|{record.State}|{record.PostalCode}|{record.Country}");
    }

    // A lease schedule's "State" (the lease's) beside the lessor's whole address blocked its split: City and PostalCode stayed empty and
    // the owner in Tulsa, OK had State TX. The address's state stands, either column first, and a State column that differs is said.
    [Theory]
    [InlineData("Lessor,State,Lessor Address\nJim Cole,TX,\"1712 Rosewood Ln, Tulsa, OK 74105\"\n")]
    [InlineData("Lessor,Lessor Address,State\nJim Cole,\"1712 Rosewood Ln, Tulsa, OK 74105\",TX\n")]
    public void AWholeAddressBesideAnotherStateKeepsItsOwn(string csv)
    {
        var record = Run(File("lease.csv", csv)).Records.Single();
        Assert.Equal("1712 Rosewood Ln|Tulsa|OK|74105", $"{record.Address}|{record.City}|{record.State}|{record.PostalCode}");
        Assert.Contains("State 'TX' of the State column is not the address's", record.Issues);
        var same = Run(File("same.csv", "Name,Address,State\nJim Cole,\"1712 Rosewood Ln, Tulsa, OK 74105\",OK\n")).Records.Single();
        Assert.Null(same.Issues);
    }

    [Theory]
    [InlineData("100 Main St\nMidland, TX 79701\nCustomer ID 10042")] // a note after the city's line that reads as "City ST 12345"
    [InlineData("100 Main St\nMidland, TX 79701\nRef PO 45678")]
    [InlineData("100 Main St\nMidland, TX 79701\nDeliveries, rear dock 12345")]
    public void AnAddressWrittenAsLinesWithANoteAfterItsCityLineIsKeptAsWrittenEvenWhenTheNoteEndsInFiveDigits(string cell)
    {
        // The note was read as the city ("Customer", state "ID", ZIP 10042) and the real city's line went into Address.
        var record = Run(File("lines.csv", $"Name,Email,Address\nAnn Lee,ann@x.com,\"{cell}\"\n")).Records.Single();
        Assert.Equal($"{cell}||||", $"{record.Address}|{record.City}|{record.State}|{record.PostalCode}|{record.Country}");
    }

    [Theory]
    [InlineData("1200  N  MAIN  ST\nMIDLAND  TX  79701", "1200 N MAIN ST|MIDLAND|TX|79701|")] // a padded export's lines
    [InlineData("100 Main St\nBldg  C\nMidland  TX  79701", "100 Main St\nBldg C|Midland|TX|79701|")]
    [InlineData(" 100 Main St \n  Midland ,  TX   79701  ", "100 Main St|Midland|TX|79701|")]
    public void AnAddressWrittenAsLinesWithTwoSpacesInALineIsReadByItsLinesNotAsMailchimpsParts(string cell, string expected)
    {
        // Mailchimp's two-space parts are one line: read so, these gave City "ST MIDLAND", "C Midland", "Midland ,".
        var record = Run(File("lines.csv", $"Name,Email,Address\nAnn Lee,ann@x.com,\"{cell}\"\n")).Records.Single();
        Assert.Equal(expected, $"{record.Address}|{record.City}|{record.State}|{record.PostalCode}|{record.Country}");
        Assert.Null(record.Issues);
    }

    [Fact]
    public void AnAddressWrittenAsLinesIsSplitAlsoWhenTheRowTakesItFromTheOtherAddressColumn()
    {
        // Billing empty, Shipping in one cell: the row took Shipping whole, City, State and PostalCode empty, where a row
        // with its Billing address in the same form had them.
        var records = Run(File("two.csv", "Name,Billing Address,Shipping Address\n"
            + "Ann Lee,\"100 Main St\nMidland, TX 79701\",\"9 Elm St\nOdessa, TX 79761\"\n"
            + "Bo Diaz,,\"200 Oak Ave\nSuite 3\nOdessa, TX 79761\nUSA\"\n")).Records;
        Assert.Equal(new[] { "100 Main St|Midland|TX|79701|", "200 Oak Ave\nSuite 3|Odessa|TX|79761|USA" },
            records.Select(r => $"{r.Address}|{r.City}|{r.State}|{r.PostalCode}|{r.Country}"));
    }

    [Fact]
    public void AnAddressWrittenAsLinesIsKeptAsItIsWhenTheFileHasCityColumns()
    {
        // A row whose City is empty in a file that has the column: the file says where the parts go, and this row left them out.
        var record = Run(File("lines.csv", "Name,Address,City,State,Zip\nAnn Lee,\"100 Main St\nMidland, TX 79701\",,,\n")).Records.Single();
        Assert.Equal(("100 Main St\nMidland, TX 79701", null), (record.Address, record.City));
    }

    [Theory]
    [InlineData("512 Means St  Atlanta  GA  US", "512 Means St, Atlanta, GA, US")] // no postal code
    [InlineData("512 Means St  Atlanta  GA", "512 Means St, Atlanta, GA")]
    [InlineData("Atlanta  GA  30318  US", "Atlanta, GA, 30318, US")] // no street
    public void AnAddressOfTwoSpacedPartsWithAPartMissingIsKeptWholeAndSaidSo(string cell, string kept)
    {
        var record = Run(File("partial.csv", $"Email Address,Address\nann@x.com,{cell}\n")).Records.Single();
        Assert.Equal(kept, record.Address); // its parts still told apart
        Assert.Null(record.City);
        Assert.Contains("is kept whole in Address", record.Issues);
    }

    [Theory]
    [InlineData("Section 12  Block 4  Lot 7  T2S")] // a legal description, not an address
    [InlineData("Lot 7  Block 4  Original Town")]
    [InlineData("1200  N  MAIN  ST")] // a padded street
    [InlineData("4410 Ranch Rd  Midland")]
    [InlineData("512 Means St.  Suite 400  Atlanta  GA  30318  US")] // read
    public void AnAddressThatIsNoPartialMailchimpAddressHasNoWordAboutIt(string cell) =>
        Assert.Null(Run(File("whole.csv", $"Email Address,Address\nann@x.com,{cell}\n")).Records.Single().Issues);

    [Theory]
    [InlineData("Ann Cole <ann@acme.com>; dee@other.com", "dee@other.com", "ann@acme.com", true)] // another person's first
    [InlineData("Ann Cole <ann@acme.com>; Dee Ox <dee@other.com>", "dee@other.com", "ann@acme.com", true)]
    [InlineData("Dee Ox <dee@other.com>; Ann Cole <ann@acme.com>", "dee@other.com", "ann@acme.com", false)] // the row's own first
    [InlineData("D. Ox <dee@other.com>; ann@acme.com", "dee@other.com", "ann@acme.com", false)]
    [InlineData("Sales <sales@acme.com>; Ann Cole <ann@acme.com>", "sales@acme.com", "ann@acme.com", false)] // no address of the row's: as written
    public void AnAddressWrittenBesideAnotherPersonsNameIsNotTheRowsEmail(string cell, string email, string extra, bool said)
    {
        var record = Run(File("others.csv", $"First Name,Last Name,Email\nDee,Ox,{cell}\n")).Records.Single();
        Assert.Equal((email, extra), (record.Email, record.ExtraEmails));
        Assert.Equal(said, record.Issues?.Contains("is written beside another name than this row's ('Ann Cole')") ?? false);
    }

    [Fact]
    public void QuickBooksDesktopsBillToLinesFillTheAddressAndShipToStandsInForAnEmptyOne()
    {
        // QuickBooks Desktop's customer list as Excel exports it: the address as envelope lines, the company first.
        var path = File("qb.csv", "Customer,Company,First Name,Last Name,Main Email,Bill to 1,Bill to 2,Bill to 3,Bill to 4,Ship to 1,Ship to 2,Ship to 3\n"
            + "Smith Royalty,Smith Royalty LLC,John,Smith,js@x.com,Smith Royalty LLC,500 W Wall St,Suite 200,\"Midland, TX 79701\",,,\n"
            + "Lee,,Ann,Lee,al@x.com,,,,,Ann Lee,PO Box 9,\"Big Lake, TX 76932\"\n"
            + "Roe,,Bo,Roe,br@x.com,Bo Roe,12 Main St,Tulsa,,,,\n"
            + "Acme,Acme Corp,,,ac@x.com,Acme Corp,,,,Acme Corp,100 Main St,\"Dallas, TX 75201\"\n"); // Bill to holds the name only
        var records = Run(path).Records;

        Assert.Equal("500 W Wall St, Suite 200|Midland|TX|79701", $"{records[0].Address}|{records[0].City}|{records[0].State}|{records[0].PostalCode}");
        Assert.Equal("PO Box 9|Big Lake|TX|76932", $"{records[1].Address}|{records[1].City}|{records[1].State}|{records[1].PostalCode}");
        Assert.Equal("12 Main St, Tulsa", records[2].Address);
        Assert.Null(records[2].City);
        Assert.Contains("is kept whole in Address", records[2].Issues);
        Assert.Null(records[0].Issues);
        Assert.Equal("100 Main St|Dallas|TX|75201", $"{records[3].Address}|{records[3].City}|{records[3].State}|{records[3].PostalCode}");
    }

    [Fact]
    public void BillToLinesBesideCityAndStateColumnsAreNotAnEnvelope()
    {
        var record = Run(File("structured.csv", "Name,Email,Bill to 1,City,State\nAnn Lee,al@x.com,12 Main St,Tulsa,OK\n")).Records.Single();
        Assert.Equal(("Tulsa", "OK"), (record.City, record.State));
        Assert.Null(record.Address);
    }

    [Fact]
    public void APartialAddressKeepsItsSecondLineAfterTheStreet()
    {
        var record = Run(File("partial2.csv", "Name,Address,Address 2\nAnn Lee,512 Means St  Atlanta  GA  US,Suite 4\n")).Records.Single();
        Assert.Equal("512 Means St, Suite 4, Atlanta, GA, US", record.Address);
    }

    [Fact]
    public void AnAddressOfTwoSpacedPartsKeepsItsSecondLine()
    {
        var record = Run(File("lines.csv", "Name,Address,Address 2\nAnn Lee,12 Main St  Tulsa  OK  74103,Apt 4\n")).Records.Single();
        Assert.Equal(("12 Main St, Apt 4", "Tulsa"), (record.Address, record.City));
    }

    [Fact]
    public void AnAddressOfTwoSpacedPartsBesideACityColumnIsLeftWhole()
    {
        var record = Run(File("both.csv", "Name,Address,City\nAnn Lee,12 Main St  Suite 4  Tulsa  OK  74103,Tulsa\n")).Records.Single();
        Assert.Equal(("12 Main St Suite 4 Tulsa OK 74103", "Tulsa"), (record.Address, record.City));
    }

    [Fact]
    public void AnOtherAddressTakesItsOwnFurtherLines()
    {
        var record = Run(File("home.csv", "Name,Business Street,Business Street 2,Business City,Home Street,Home Street 2,Home City\nJo Roe,,,,4410 Ranch Rd,Unit 2,Midland\n")).Records.Single();
        Assert.Equal(("4410 Ranch Rd, Unit 2", "Midland"), (record.Address, record.City));
    }

    [Fact]
    public void TheFullestOtherAddressIsTaken()
    {
        var (records, _, _) = Run(File("three.csv", "Name,Business Street,Business City,Business Country,Home Street,Home City,Home Country,Other Street,Other City,Other Country\n"
            + "Jo Roe,,,United States,,Austin,,PO Box 9,Monterrey,Mexico\n"));
        var jo = records.Single();
        Assert.Equal(("PO Box 9", "Monterrey", "Mexico"), (jo.Address, jo.City, jo.Country)); // a street beats a lone city; the country goes with it
    }

    [Fact]
    public void AMexicanMobilesNoteIsNoUnlistedAreaCode()
    {
        var (records, _, summary) = Run(File("mx.csv", "Name,Phone\nJo Roe,+52 1 81 1234 5678\n"));
        Assert.Equal("+528112345678", records.Single().Phone);
        Assert.Empty(summary.UnlistedAreaCodeRows);
    }

    [Fact]
    public void ANumberSpelledOnTheKeypadIsDialledAsItsDigitsAndSaysSoWithoutCountingAsAnUnlistedAreaCode()
    {
        var (records, _, summary) = Run(File("vanity.csv", "Name,Phone\nJo Roe,713-555-CALL\nAl Poe,1-800-OIL-WELL x12\nEd Moe,713-555-0101\nCy Doe,565-555-LAND\n"));
        Assert.Equal(("7135552255", "Phone '713-555-CALL': its letters are read as keypad digits: dialled as 7135552255."), (records[0].Phone, records[0].Issues));
        Assert.Equal(("8006459355", "12"), (records[1].Phone, records[1].PhoneExtension));
        Assert.Contains("its letters are read as keypad digits: dialled as 8006459355", records[1].Issues);
        Assert.Null(records[2].Issues); // digits alone: nothing to say
        // Both notes where both hold; only the unlisted area code is counted in the summary.
        Assert.Contains("area code 565 is not in the bundled numbering data", records[3].Issues);
        Assert.Contains("its letters are read as keypad digits: dialled as 5655555263", records[3].Issues);
        Assert.Equal([5L], summary.UnlistedAreaCodeRows);
    }

    [Fact]
    public void AnExchangeAddressIsSaidButNotCountedAsAnInvalidEmail()
    {
        var (records, _, summary) = Run(File("outlook-ex.csv", "First Name,Last Name,E-mail Address,E-mail Type,E-mail 2 Address\n"
            + "Jo,Roe,/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a-jroe,EX,jroe@landco.com\n"));
        Assert.Equal("jroe@landco.com", records.Single().Email);
        Assert.Contains("is an Exchange (X.500) address, not an email address", records.Single().Issues);
        Assert.Empty(summary.InvalidEmailRows);
    }

    [Theory]
    [InlineData("TX", "79705.0", "79705", false)] // pandas' float
    [InlineData("MA", "2134.0", "02134", true)]   // and then the lost zero
    [InlineData("TX", "79705", "79705", false)]
    [InlineData("ON", "K1A 0B1", "K1A 0B1", false)]
    // A spreadsheet's CSV export under a grouped number format ("#,##0", "#,##0.00"): it kept the commas, no issue said.
    [InlineData("TX", "\"79,705\"", "79705", false)]
    [InlineData("MA", "\"2,134\"", "02134", true)]
    [InlineData("TX", "\"79,705.00\"", "79705", false)]
    [InlineData("TX", "\"797,051,234\"", "797051234", false)] // as the digits alone are kept
    [InlineData("TX", "\"79,70\"", "79,70", false)] // no grouping: left as written
    public void AZipWrittenAsADecimalNumberIsItsDigits(string state, string cell, string zip, bool noted)
    {
        var record = Run(File("zip.csv", $"Name,State,Zip\nJo Roe,{state},{cell}\n")).Records.Single();
        Assert.Equal(zip, record.PostalCode);
        Assert.Equal(noted, record.Issues?.Contains("dropped its leading zero") == true);
    }

    [Fact]
    public void GoogleContactsNumberedLayoutMaps()
    {
        // Google Contacts' export (2020 layout): numbered values, ' ::: ' between values of one field, a label column per phone.
        var (records, _, _) = Run(File("google.csv",
            "First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Organization Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
            + "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
            + "Address 2 - City,Website 1 - Value\n"
            + "John,A.,Smith,Mr.,Jr.,Permian Land Services LLC,Senior Landman,* Work,js@permianland.com,Home,js58@gmail.com,Mobile,(713) 555-0101 ::: 713-555-0102,,,\"1200 Smith St\nHouston TX\",1200 Smith St,Houston,TX,77002,US,Austin,permianland.com\n"
            + ",,,,,Roe Minerals & Royalty LP,,Work,land@roeminerals.com,,,Work Fax,4325550121,Work,4325550120,,,,,,,,\n"));

        var john = records[0];
        Assert.Equal(("Mr.", "John", "A.", "Smith", "Jr."), (john.Prefix, john.FirstName, john.MiddleName, john.LastName, john.Suffix));
        Assert.Equal(("Permian Land Services LLC", "Senior Landman"), (john.Company, john.JobTitle));
        Assert.Equal(("js@permianland.com", "js58@gmail.com"), (john.Email, john.ExtraEmails));
        Assert.Equal(("7135550101", "7135550102"), (john.Phone, john.ExtraPhones));
        Assert.Equal(("1200 Smith St", "Houston", "TX", "77002", "US"), (john.Address, john.City, john.State, john.PostalCode, john.Country));
        Assert.Equal("Austin", john.ExtraColumns()["Address 2 - City"]); // a second address's city is not the contact's
        Assert.Equal("permianland.com", john.Website);
        var roe = records[1];
        Assert.Equal(("Roe Minerals & Royalty LP", "land@roeminerals.com"), (roe.Company, roe.Email));
        Assert.Equal("4325550120", roe.Phone); // the line labelled Work Fax is no number to dial
        Assert.Contains("4325550121 (Work Fax)", roe.PhoneRaw);
    }

    [Fact]
    public void GoogleContactsLegacyLayoutMaps()
    {
        var (records, _, _) = Run(File("google-legacy.csv",
            "Name,Given Name,Additional Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Street,Address 1 - City,Address 1 - Region,Address 1 - Postal Code,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n"
            + "Mary Jones,Mary,,Jones,* Work,mj@eagleford.com,Mobile,432-555-0111,Home,PO Box 44,Midland,TX,79702,,Eagle Ford Minerals,Owner\n"));
        var mary = records.Single();
        Assert.Equal(("Mary", "Jones", "mj@eagleford.com", "4325550111"), (mary.FirstName, mary.LastName, mary.Email, mary.Phone));
        Assert.Equal(("PO Box 44", "Midland", "TX", "79702"), (mary.Address, mary.City, mary.State, mary.PostalCode));
        Assert.Equal(("Eagle Ford Minerals", "Owner"), (mary.Company, mary.JobTitle));
    }

    [Theory]
    [InlineData("Email (Work)", "Email")]
    [InlineData("E-mail - Home", "Email")]
    [InlineData("Email : work", "Email")]
    [InlineData("Personal Email Address", "Email")]
    [InlineData("Phone : iPhone", "Phone")]
    [InlineData("Company Main Phone", "Phone")]
    [InlineData("Car Phone", "Phone")]
    [InlineData("Phone numbers", "Phone")] // QuickBooks Online
    [InlineData("Additional email addresses", "Email")] // HubSpot
    [InlineData("Mailing State/Province", "State")] // Salesforce reports
    [InlineData("Mailing Zip/Postal Code", "PostalCode")]
    [InlineData("Other Street", "Address")] // Outlook
    [InlineData("Street Address 1", "Address")]
    [InlineData("Organization Name", "Company")]
    [InlineData("Name Prefix", "Prefix")]
    [InlineData("Email Number", null)]
    [InlineData("REGION", null)] // Mailchimp: where the subscriber's IP was; a land list's Region is a basin
    [InlineData("Address 2 - Street", null)]
    [InlineData("Phone 1 - Label", null)]
    public void MoreCrmHeadersMap(string header, string? target) => Assert.Equal(target, ContactFields.TargetFor(header));

    [Fact]
    public void AStatusColumnSayingDoNotCallAndForeignAndOutlookHeadersMap()
    {
        var (records, _, summary) = Run(File("status.csv",
            "Prénom,Nom,Téléphone,Ville,Business Country/Region,Status,Société\nJo,Smith,713-555-0101,Midland,USA,DNC - requested,\nAl,Roe,713-555-0102,Odessa,USA,Hot lead,\n,,713-555-0103,,,,Basin Land\n"));
        Assert.Equal(("Jo", "Smith", "Midland", "USA"), (records[0].FirstName, records[0].LastName, records[0].City, records[0].Country));
        Assert.Equal((null, "7135550101"), (records[0].Phone, records[0].PhoneRaw));
        Assert.Equal("7135550102", records[1].Phone);
        Assert.Equal([2L], summary.DoNotCallRows);
        Assert.Equal(Pipes.Import.Normalization.OwnerType.Organization, records[2].OwnerType); // a row naming only a company
    }

    [Fact]
    public void UnusablePhoneIsKeptRawAndCountedNeverDropped()
    {
        var (records, _, summary) = Run(File("bad.csv", "Name,Phone\nJo Smith,555-12\n"));

        var record = Assert.Single(records);
        Assert.Null(record.Phone);
        Assert.Equal("555-12", record.PhoneRaw);
        Assert.Contains("555-12", record.Issues);
        Assert.Equal([2L], summary.UnusablePhoneRows);
    }

    [Fact]
    public void PaddedAndTabbedPhoneAndEmailCellsReadAsWhenCleaned()
    {
        var (records, _, summary) = Run(File("pad.tsv",
            "Name\tPhone\tEmail\tPhone 2\n"
            + "Jo Smith\t\" 713\t555-1234\tx12 \"\t  JO@X.COM \t\" bad\t\tnumber \"\n"));

        var record = Assert.Single(records);
        Assert.Equal("7135551234", record.Phone);
        Assert.Equal("12", record.PhoneExtension);
        Assert.Equal("jo@x.com", record.Email);
        Assert.Equal("bad number", record.PhoneRaw); // kept as cleaned: trimmed, tabs and runs of spaces made one space
        Assert.Contains("Phone 'bad number'", record.Issues);
        Assert.Equal([2L], summary.UnusablePhoneRows);
    }

    [Fact]
    public void UnclosedQuoteKeepsItsRowWithANoteAndTheOtherRowsComeThrough()
    {
        // The line after the quote is no record of this file (one field, not two), so the quote is not taken for a stray one
        // that closes later: it is never closed, read as a character, and the row keeps what its line holds (it was skipped whole,
        // its email lost). The line below is read as a row, said to be maybe the cell's text.
        var (records, errors, summary) = Run(File("q.csv", "Name,Email\nA One,a@x.com\n\"B Two,b@x.com\nwrapped note\nC Three,c@x.com\n"));

        Assert.Empty(errors);
        Assert.Equal(["a@x.com", "b@x.com", "c@x.com"], records.Where(r => r.Email is not null).Select(r => r.Email));
        Assert.Contains("Line 3: field 1 opens a quote that is never closed; the quote was read as a character, the row kept as its line reads", records[1].Issues);
        Assert.Contains("follows a quoted field never closed on line 3", records[2].Issues);
        Assert.Equal([3L, 4L], summary.RepairedRows);
    }

    [Theory]
    [InlineData("Prénom;Nom;Courriel;Téléphone")] // French
    [InlineData("Prénom;Nom;Adresse e-mail;Téléphone")]
    [InlineData("Nombre;Apellido;Correo electrónico;Teléfono")] // Spanish
    [InlineData("Vorname;Nachname;E-Mail-Adresse;Telefon")] // German
    [InlineData("Prénom;Nom;Adresse de messagerie;Téléphone mobile")] // Outlook's own French export
    [InlineData("Nombre;Apellido;Dirección de correo electrónico;Teléfono móvil")] // and Spanish
    [InlineData("Vorname;Nachname;E-Mail-Adresse;Telefon geschäftlich")] // and German
    public void AnEmailColumnNamedInFrenchSpanishOrGermanIsTheEmail(string header)
    {
        var (records, _, _) = Run(File("fr.csv", header + "\nJeanne;Dupont;JEANNE@EXEMPLE.FR;+33 1 42 68 53 00\n"));

        Assert.Equal("jeanne@exemple.fr", records.Single().Email);
    }

    [Fact]
    public void DuplicatesAreCountedAndDroppedWithUnique()
    {
        var path = File("d.csv", "Name,Email,Phone\nAnn Lee,a@x.com,7135551234\nANN LEE,A@X.COM,\nA. Lee,c@x.com,(713) 555-1234\nDee Ox,d@x.com,\n");
        var (all, _, summary) = Run(path);
        Assert.Equal(4, all.Count);
        Assert.Equal(2, summary.Duplicates);
        Assert.Equal("Duplicate: an earlier row of this import has the same email (a@x.com).", all[1].Issues);
        Assert.Equal("Duplicate: an earlier row of this import has the same phone (7135551234).", all[2].Issues);
        Assert.Null(all[3].Issues);
        Assert.Equal(1, summary.DuplicatesBringingNewContact); // A. Lee's c@x.com
        var (unique, _, uniqueSummary) = Run(path, new ImportOptions { Unique = true });
        // A. Lee's row is Ann's number again, with an address no row had: kept, or -Unique would lose c@x.com.
        Assert.Equal(["a@x.com", "c@x.com", "d@x.com"], unique.Select(r => r.Email));
        Assert.Equal((1L, 1L, 1L), (uniqueSummary.DuplicatesDropped, uniqueSummary.Duplicates, uniqueSummary.DuplicatesKeptForNewContact));
        Assert.Equal([4L], uniqueSummary.DuplicatesKeptForNewContactRows);
        Assert.Equal("Duplicate: an earlier row of this import has the same phone (7135551234).; Kept with -Unique: it brings c@x.com, which no earlier row of this import had.",
            unique[1].Issues);
    }

    // An owner's second export row with a new number beside the address read before, or both new under a name spelt another way
    // ("SMITH, JOHN" for John Smith) with one shared: -Unique keeps each, as dropping it would lose the new number; a row that brings
    // nothing new (the same address and number again, or the address alone) is dropped.
    [Fact]
    public void UniqueKeepsADuplicateThatBringsANewEmailOrPhone()
    {
        var path = File("owners.csv", "Name,Email,Phone\n"
            + "John Smith,jsmith@aol.com,432-555-0101\n"
            + "\"SMITH, JOHN\",JSmith@AOL.com,432-555-0199\n"   // his new mobile beside the address read before
            + "J. Smith,jsmith@aol.com,(432) 555-0101\n"          // nothing new
            + "John Smith,,432.555.0199\n"                       // the mobile again, now known: nothing new
            + "John Smith,js@newmail.com,\n"                     // a new address, no number: not a duplicate at all
            + "Jo Smith,js@newmail.com,432-555-0144\n");          // his address again with a new number
        var (unique, _, summary) = Run(path, new ImportOptions { Unique = true });
        Assert.Equal(["4325550101", "4325550199", null, "4325550144"], unique.Select(r => r.Phone));
        Assert.Equal((2L, 2L, 2L), (summary.DuplicatesKeptForNewContact, summary.DuplicatesDropped, summary.Duplicates));
        Assert.Contains("Kept with -Unique: it brings 4325550199, which no earlier row of this import had.", unique[1].Issues);
        Assert.Contains("Duplicate: an earlier row of this import has the same email (jsmith@aol.com).", unique[1].Issues);
        var (all, _, allSummary) = Run(path);
        Assert.Equal(6, all.Count);
        Assert.Equal((4L, 2L), (allSummary.Duplicates, allSummary.DuplicatesBringingNewContact));
        Assert.DoesNotContain(all, r => r.Issues?.Contains("Kept with -Unique", StringComparison.Ordinal) == true);
    }

    // A skip tracer's second run of the same owners lists their numbers in another order: the Phone of the second row was the first
    // row's Phone 2 (ExtraPhones), and the address its ExtraEmails. Nothing new comes, so -Unique drops the row.
    [Fact]
    public void UniqueDropsADuplicateWhoseNumberAnEarlierRowHadAmongItsOthers()
    {
        var path = File("runs.csv", "Name,Email 1,Email 2,Phone 1,Phone 2\n"
            + "John Smith,js@x.com,john.smith@y.com,432-555-0101,432-555-0102\n"
            + "John Smith,js@x.com,,432-555-0102,432-555-0101\n"        // Phone 2 first this time
            + "John Smith,john.smith@y.com,,,432-555-0101\n"             // Email 2 first, the number after
            + "John Smith,js@x.com,,432-555-0199,\n");                   // a number no row had: kept
        var (unique, _, summary) = Run(path, new ImportOptions { Unique = true });
        Assert.Equal(["4325550101", "4325550199"], unique.Select(r => r.Phone));
        Assert.Equal((2L, 1L), (summary.DuplicatesDropped, summary.DuplicatesKeptForNewContact));
    }

    // Mineral owners of one family share the landline and often one address: each is a prospect of their own. Only a row of
    // the same person (same last name and first initial) or of no name is a duplicate; -Unique keeps the others, and says so.
    [Fact]
    public void ARowOfAnotherNameSharingAPhoneOrEmailIsAnotherContactNotADuplicate()
    {
        var path = File("household.csv", "Name,Email,Phone\n"
            + "John Smith,smithfamily@aol.com,432-555-0101\n"
            + "Mary Smith,smithfamily@aol.com,432-555-0101\n"     // his wife: both shared
            + "J. Smith,,(432) 555-0101\n"                          // him again
            + ",smithfamily@aol.com,\n"                              // no name: anyone's
            + "Basin Land LLC,land@basin.com,713-555-0100\n"
            + "Ann Cole,land@basin.com,\n"                           // a colleague on the office's address
            + ",,281-555-0199\n"                                     // a number first seen without a name ...
            + "Bob Roe,,281-555-0199\n"                              // ... is taken for Bob's
            + "Sue Roe,,281-555-0199\n");                            // and then is Bob's, not Sue's
        var (all, _, summary) = Run(path);

        Assert.Equal([null, "shared both", "duplicate", "duplicate", null, "shared email", null, "duplicate", "shared phone"], all.Select(r => r.Issues switch
        {
            null => null,
            var i when i.StartsWith("Duplicate:", StringComparison.Ordinal) => "duplicate",
            var i when i.StartsWith("Shares its email (smithfamily@aol.com) and phone (4325550101) with earlier rows of other names", StringComparison.Ordinal) => "shared both",
            var i when i.StartsWith("Shares its email (land@basin.com) with an earlier row of another name", StringComparison.Ordinal) => "shared email",
            var i when i.StartsWith("Shares its phone (2815550199) with an earlier row of another name", StringComparison.Ordinal) => "shared phone",
            var i => i,
        }));
        Assert.Equal((3L, 3L), (summary.Duplicates, summary.SharedContactRows));
        var (unique, _, uniqueSummary) = Run(path, new ImportOptions { Unique = true });
        Assert.Equal(["John Smith", "Mary Smith", "Basin Land LLC", "Ann Cole", null, "Sue Roe"], unique.Select(r => r.FullName));
        Assert.Equal(3, uniqueSummary.DuplicatesDropped);
    }

    // A household read twice (the county roll and a PhoneBurner export of the same owners): the wife shares the landline
    // with her husband's first row, and her own second row is a duplicate of her first, not another contact again.
    [Fact]
    public void ASecondPersonOnASharedKeyIsFoundAgain()
    {
        var path = File("twice.csv", "Name,Email,Phone\n"
            + "John Smith,smithfamily@aol.com,432-555-0177\n"
            + "Mary Smith,smithfamily@aol.com,432-555-0177\n"
            + "\"Smith, John\",,(432) 555-0177\n"
            + "Mary Smith,SmithFamily@aol.com,432.555.0177\n"
            + "Ann Smith,,432-555-0177\n");                  // a third: shares it, the first time
        var (all, _, summary) = Run(path);
        Assert.Equal([null, "Shares", "Duplicate", "Duplicate", "Shares"], all.Select(r => r.Issues switch
        {
            null => null,
            var i when i.Contains("Duplicate:", StringComparison.Ordinal) => "Duplicate",
            var i when i.Contains("Shares its", StringComparison.Ordinal) => "Shares",
            var i => i,
        }));
        Assert.Equal((2L, 2L), (summary.Duplicates, summary.SharedContactRows));
        var (unique, _, _) = Run(path, new ImportOptions { Unique = true });
        Assert.Equal(["John Smith", "Mary Smith", "Ann Smith"], unique.Select(r => r.FullName));
    }

    // Many owners on one number (a bank trust department's, care of which a county roll lists them): each is compared with every
    // one before it, and by 16-bit tags two names of 65,536 met, so a trial's 20 owners a number lost 16 people of 100,000 to
    // -Unique as duplicates of others. 2,000 names on one number are 2,000 contacts, each sharing it; their own second rows are duplicates.
    [Fact]
    public void ThousandsOfOwnersOnOneNumberAreEachAContact()
    {
        var rows = Enumerable.Range(1, 2000).Select(i => $"Owner{i},Lee{i * 7919},214-555-0199").ToList();
        var path = File("trust-dept.csv", "First Name,Last Name,Phone\n" + string.Join("\n", rows) + "\n" + string.Join("\n", rows.Take(3)) + "\n");
        var (unique, _, summary) = Run(path, new ImportOptions { Unique = true });
        Assert.Equal(2000, unique.Count);
        Assert.Equal((3L, 1999L), (summary.DuplicatesDropped, summary.SharedContactRows));
    }

    // Father, son and grandson on the family's landline are three people (a trial: -Unique kept one of "John Smith", "John Smith Jr.",
    // "John Smith III"); "J. Smith" is still the first John Smith, and "Jr" the same as "Jr.".
    [Fact]
    public void AGenerationSuffixTellsFatherFromSon()
    {
        var (unique, _, summary) = Run(File("generations.csv", "Name,Phone\nJohn Smith,432-555-0350\nJohn Smith Jr.,432-555-0350\nJohn Smith III,432-555-0350\n"
            + "J. Smith,432-555-0350\nJohn Smith Jr,432-555-0350\nJohn Smith MD,432-555-0350\nJohn Smith 3rd,432-555-0350\n"), new ImportOptions { Unique = true });
        Assert.Equal(["John Smith", "John Smith Jr.", "John Smith III"], unique.Select(r => r.FullName));
        Assert.Equal(4, summary.DuplicatesDropped); // "3rd" is "III" (a review)
        // Spelled out or shortened the British way, father and son are still two ("Snr" and "Jnr" were one; a review).
        var (spelled, _, spelledSummary) = Run(File("snr.csv", "Name,Phone\nJohn Smith Snr,432-555-0350\nJohn Smith Jnr,432-555-0350\nJohn Smith Junior,432-555-0350\n"), new ImportOptions { Unique = true });
        Assert.Equal(["John Smith Snr", "John Smith Jnr"], spelled.Select(r => r.FullName));
        Assert.Equal(1, spelledSummary.DuplicatesDropped);
    }

    // PhoneBurner's company-only rows (no name, the company in Company) on one landman's office number are three owners,
    // not one: a row with no name but its company is that company's, and only a row with neither may be anyone's.
    [Fact]
    public void CompanyOnlyRowsOnOneOfficePhoneAreNotDuplicates()
    {
        var path = File("office.csv", "First Name,Last Name,Email,Phone,Company\n"
            + ",,,432-555-0300,Permian Land Services LLC\n"
            + ",,,432-555-0300,Basin Minerals LP\n"
            + "José,Peña,jpena@penaroyalty.com,432-555-0300,Peña Royalty Co\n"
            + ",,,(432) 555-0300,Basin Minerals LP\n");   // Basin again: a duplicate
        var (unique, _, summary) = Run(path, new ImportOptions { Unique = true });
        Assert.Equal(["Permian Land Services LLC", "Basin Minerals LP", "Peña Royalty Co"], unique.Select(r => r.Company));
        Assert.Equal("jpena@penaroyalty.com", unique[2].Email);
        Assert.Equal((1L, 2L), (summary.DuplicatesDropped, summary.SharedContactRows));
    }

    // An opt-in list read before the unsubscribe list: the opted-out row is a duplicate of the opted-in one (same person, same
    // phone), but it is the only word that the address is not to be written to. -Unique dropped it, and with it the opt-out: the
    // earlier record stayed mailable and no record said otherwise. It is kept (said in Issues); a second such row is dropped.
    [Fact]
    public void UniqueKeepsADuplicateThatIsTheFirstToWithholdAnAddress()
    {
        var path = File("optout.csv", "First Name,Last Name,Email,Phone,Unsubscribed\n"
            + "Tom,Reyes,treyes@reyesranch.com,325-555-0188,No\n"
            + "Tom,Reyes,treyes@reyesranch.com,325-555-0188,Yes\n"
            + "Tom,Reyes,treyes@reyesranch.com,325-555-0188,Yes\n");
        var (unique, _, summary) = Run(path, new ImportOptions { Unique = true });
        Assert.Equal(2, unique.Count);
        Assert.Equal(("treyes@reyesranch.com", null), (unique[0].Email, unique[0].WithheldEmails));
        Assert.Equal((null, "treyes@reyesranch.com"), (unique[1].Email, unique[1].WithheldEmails));
        Assert.Contains("Kept with -Unique: the first row of this import to mark treyes@reyesranch.com not to be written to.", unique[1].Issues);
        Assert.Equal((1L, 1L, 1L), (summary.DuplicatesKeptForOptOut, summary.DuplicatesDropped, summary.Duplicates));
    }

    // One address with an internationalised host, written as shown ("bücher.de") and as a mail program links it
    // (IDNA's "xn--bcher-kva.de"), is one contact's; a host that merely looks alike ("bucher.de") is another.
    [Fact]
    public void AnInternationalisedHostInEitherFormIsOneAddressForDuplicates()
    {
        var path = File("idn.csv", "Name,Email\nJo Roe,jo@bücher.de\nJo Roe,JO@xn--bcher-kva.de\nJo Roe,jo@bucher.de\n");
        var (all, _, summary) = Run(path);
        Assert.Equal(1, summary.Duplicates);
        Assert.Equal("Duplicate: an earlier row of this import has the same email (jo@xn--bcher-kva.de).", all[1].Issues);
        Assert.Null(all[2].Issues);
    }

    [Fact]
    public void HeaderOnlyAndEmptyFilesGiveNoRecordsAndSaySo()
    {
        var (none, _, headerOnly) = Run(File("h.csv", "First Name,Last Name,Email\n"));
        Assert.Empty(none);
        Assert.True(headerOnly.HeaderOnly);
        var (empty, _, emptySummary) = Run(File("e.csv", ""));
        Assert.Empty(empty);
        Assert.True(emptySummary.NoRows);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16be")]
    [InlineData("windows-1252")]
    public void EncodingsAreDetected(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16" => new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            _ => FileSniffer.Windows1252,
        };
        var (records, _, _) = Run(File("enc.csv", "Name,Company\nJosé Núñez,“Quoted” Co – LLC\n", encoding));
        Assert.Equal(("José", "Núñez", "“Quoted” Co – LLC"), (records[0].FirstName, records[0].LastName, records[0].Company));
    }

    // Excel for Mac's "CSV (Macintosh)": lines ended by CR alone, in Mac Roman (a trial: read as Windows-1252, "José Peña" was "JosŽ Pe–a").
    // A CR-only file of plain ASCII is UTF-8 as before, and CRLF lines in Windows-1252 stay Windows-1252.
    [Fact]
    public void ClassicMacLineEndsAreReadAsMacRoman()
    {
        var (mac, _, _) = Run(File("mac.csv", "Name,Company\rJosé Peña,Zoë's “Land” Co\r", FileSniffer.MacRoman));
        var (windows, _, _) = Run(File("win.csv", "Name,Company\r\nJosé Peña,Zoë's Co\r\n", FileSniffer.Windows1252));

        Assert.Equal(("José", "Peña", "Zoë's “Land” Co"), (mac[0].FirstName, mac[0].LastName, mac[0].Company));
        Assert.Equal(("José", "Peña"), (windows[0].FirstName, windows[0].LastName));
    }

    [Fact]
    public void BinaryFilesAndLegacyXlsAreUnreadable()
    {
        var binary = Path.Combine(_dir, "b.csv");
        System.IO.File.WriteAllBytes(binary, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray());
        Assert.Equal("Pipes.UnreadableFile", Assert.Throws<FileFormatError>(() => Run(binary)).ErrorId);
        var xls = Path.Combine(_dir, "old.xls");
        System.IO.File.WriteAllBytes(xls, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0]);
        Assert.Contains(".xls", Assert.Throws<FileFormatError>(() => Run(xls)).Message);
    }

    [Fact]
    public void AnEncryptedWorkbookIsSaidToBeOneNotALegacyXls()
    {
        // An OLE file as Office writes a password-protected workbook ([MS-CFB]): 512-byte header, the directory's
        // first sector (0) named at 0x30, and in it the EncryptionInfo and EncryptedPackage streams' names.
        var file = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        BitConverter.GetBytes((ushort)9).CopyTo(file, 0x1E);
        BitConverter.GetBytes(0u).CopyTo(file, 0x30);
        Encoding.Unicode.GetBytes("Root Entry").CopyTo(file, 512);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(file, 512 + 128);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(file, 512 + 256);
        var path = Path.Combine(_dir, "owners.xlsx");
        System.IO.File.WriteAllBytes(path, file);
        var error = Assert.Throws<FileFormatError>(() => Run(path));
        Assert.Equal("Pipes.UnreadableFile", error.ErrorId);
        Assert.Contains("password-protected", error.Message);
        var large = new byte[1 << 20]; // the directory at the end of a larger file
        file.AsSpan(0, 512).CopyTo(large);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(large, large.Length - 4096);
        System.IO.File.WriteAllBytes(path, large);
        Assert.Contains("password-protected", Assert.Throws<FileFormatError>(() => Run(path)).Message);
        file.AsSpan(512 + 256, 32).Clear(); // the same file without the stream: an OLE document, as before
        System.IO.File.WriteAllBytes(path, file);
        Assert.Contains(".xls", Assert.Throws<FileFormatError>(() => Run(path)).Message);
    }

    [Theory]
    [InlineData("report.xls", "<html><head><meta charset=utf-8></head><body><table><tr><td>Name</td><td>Email</td></tr></table></body></html>", "HTML page")]
    [InlineData("report.xls", "\r\n  <!DOCTYPE html>\n<html><table><tr><th>Name</th></tr></table></html>", "HTML page")]
    [InlineData("export.xls", "<table border=1><tr><td>Name</td></tr></table>", "HTML page")]
    [InlineData("owners.xml", "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet/></Workbook>", "Excel 2003 XML")]
    public void MarkupNamedLikeASpreadsheetIsSaidForWhatItIs(string name, string text, string what)
    {
        // It was read as text: 77 records of HTML tags, or a 6,000-character "header" and no rows.
        var error = Assert.Throws<FileFormatError>(() => Run(File(name, text)));
        Assert.Equal("Pipes.UnreadableFile", error.ErrorId);
        Assert.Contains(what, error.Message);
    }

    [Fact]
    public void ACsvThatMentionsHtmlIsStillACsv()
    {
        // It starts with '<', as the markup check asks, but names no page or spreadsheet.
        var (records, _, _) = Run(File("notes.csv", "<Name>,Notes\nAnn Cole,\"<b>call</b> in her reply\"\n"));
        Assert.Equal("<b>call</b> in her reply", records.Single().ExtraColumns()["Notes"] as string ?? records.Single().Notes);
    }

    [Fact]
    public void ExcelsLockFileIsNamedAsOne()
    {
        var path = Path.Combine(_dir, "~$owners.xlsx");
        System.IO.File.WriteAllBytes(path, [5, .. "Roger"u8, 0, 0, 0x20, 0x20]);
        var error = Assert.Throws<FileFormatError>(() => Run(path));
        Assert.Contains("lock file for the open workbook 'owners.xlsx'", error.Message);
    }

    [Fact]
    public void TheSheetThatMapsMostContactColumnsIsRead()
    {
        // A summary of owners and acres first, the contacts behind it: the summary maps a name only.
        var path = Path.Combine(_dir, "schedule.xlsx");
        TestXlsx.Write(path,
            ("Summary", [["Owner", "Net Acres", "NRI"], ["John Smith", 40.0, 0.0039]], null),
            ("Contacts", [["Owner", "Phone", "Email"], ["John Smith", "713-555-0101", "js@x.com"]], null));
        var (records, _, summary) = Run(path);
        Assert.Equal(("7135550101", "js@x.com"), (records.Single().Phone, records.Single().Email));
        Assert.Contains("read 'Contacts', whose header maps Email, Phone, a name", summary.Warnings.Single());
    }

    [Fact]
    public void AnOpenDocumentSpreadsheetNamedXlsxIsSaidToBeOne()
    {
        var path = Path.Combine(_dir, "owners.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype").Open())) writer.Write("application/vnd.oasis.opendocument.spreadsheet");
            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open())) writer.Write("<office:document-content/>");
        }
        Assert.Contains("OpenDocument spreadsheet (.ods)", Assert.Throws<FileFormatError>(() => Run(path)).Message);
    }

    [Fact]
    public void XlsxIsReadByContentWithTypedCellsAndATitleRowSkipped()
    {
        var path = Path.Combine(_dir, "owners.csv"); // an XLSX under a .csv name: the content decides
        TestXlsx.Write(path,
            ("Empty", [], null),
            ("Owners", [
                ["Mineral Owners 2026", null, null, null, null],
                ["Owner Name", "Email", "Phone", "Company", "Signed"],
                ["Smith, John", "JS@X.COM", 7135551234L, new TestXlsx.Formula("\"Acme\"&\" LLC\"", "Acme LLC"), new DateTime(2026, 3, 1)],
                ["Mary Jones", null, 7.135559876e9, "Jones Co", true],
            ], "A1:E1"));

        var (records, errors, summary) = Run(path);

        Assert.Empty(errors);
        Assert.StartsWith("xlsx (Owners)", summary.Format);
        Assert.Equal(2, records.Count);
        Assert.Equal(("John", "Smith", "js@x.com", "7135551234", "Acme LLC"), (records[0].FirstName, records[0].LastName, records[0].Email, records[0].Phone, records[0].Company));
        Assert.Equal(new DateTime(2026, 3, 1), records[0].ExtraColumns()["Signed"]);
        Assert.Equal(true, records[1].ExtraColumns()["Signed"]);
        Assert.Equal("7135559876", records[1].Phone);
        Assert.Equal(3, records[0].SourceRow);
    }

    [Fact]
    public void XlsxMailtoLinksGiveTheAddressACellHidesBehindAWordOrAName()
    {
        var path = Path.Combine(_dir, "directory.xlsx");
        TestXlsx.Write(path, ("Members", [
            ["Name", "Email", "Phone"],
            // Insert Link over a word: the address is only in the link.
            ["John Smith", new TestXlsx.Link("Email John", "mailto:JSmith@Smith-Land.com?subject=Lease%20offer"), "713-555-0100"],
            // An address typed in, which Excel links by itself: the cell's text is the address.
            ["Ann Lee", new TestXlsx.Link("ann@lee.org", "mailto:ann@lee.org"), null],
            // A HYPERLINK formula over a word, its quotes doubled inside the text.
            ["Bo Diaz", new TestXlsx.Formula("HYPERLINK(\"mailto:bo%20diaz%20%3Cbo@diaz.net%3E\",\"Write to \"\"Bo\"\"\")", "Write to \"Bo\""), null],
            // The name is the link, and the email cell is empty.
            [new TestXlsx.Link("Cy Young", "mailto:cy@young.com"), null, "713-555-0101"],
            // The name links to the address the email cell holds already, written with a name: nothing more.
            [new TestXlsx.Link("Di Ross", "mailto:Di%20Ross%20%3CDI@ross.com%3E"), "di@ross.com", null],
            // A link to a web page is no address.
            [new TestXlsx.Link("Ed Poe", "https://poe.example/"), "Email Ed", null],
            // An email cell that shows one address and links to another: the shown one is Email, the other kept beside it.
            ["Flo Day", new TestXlsx.Link("info@day.com", "mailto:flo.day@day.com"), null],
        ], null));

        var (records, errors, summary) = Run(path);

        Assert.Empty(errors);
        Assert.Equal(new string?[] { "jsmith@smith-land.com", "ann@lee.org", "bo@diaz.net", "cy@young.com", "di@ross.com", null, "info@day.com" }, records.Select(r => r.Email));
        Assert.Equal("flo.day@day.com", records[6].ExtraEmails);
        Assert.Equal("Email 'flo.day@day.com' is the address the 'Email' cell 'info@day.com' links to.", records[6].Issues);
        Assert.Null(records[0].Issues);
        Assert.Null(records[1].Issues);
        Assert.Null(records[2].Issues);
        Assert.Equal("Email 'cy@young.com' is the address the 'Name' cell 'Cy Young' links to.", records[3].Issues);
        Assert.Null(records[4].Issues);
        Assert.Equal(("Cy", "Young"), (records[3].FirstName, records[3].LastName));
        Assert.Contains("Email 'Email Ed' is not a valid address.", records[5].Issues);
        Assert.Equal([7L], summary.InvalidEmailRows);
        // Without the sheet's links (the email import's reading, which never uses them) the word is all the cell has.
        Assert.Null(Run(path, new ImportOptions { ReadMailtoLinks = false }).Records[0].Email);
    }

    // Link targets as hand-made and generated workbooks write them: a space before the scheme, a web address's slashes,
    // the recipient as a to= field (RFC 6068), a cc= field beside it.
    [Fact]
    public void XlsxMailtoLinksWrittenLooselyGiveTheirRecipient()
    {
        var path = Path.Combine(_dir, "loose-links.xlsx");
        TestXlsx.Write(path, ("Members", [
            ["Name", "Email"],
            ["Ann Lee", new TestXlsx.Link("Email Ann", " mailto:Ann@Lee.org")],
            ["Bo Diaz", new TestXlsx.Link("Email Bo", "mailto://bo@diaz.net")],
            ["Cy Young", new TestXlsx.Link("Email Cy", "mailto:?to=cy%40young.com&subject=Lease")],
            ["Di Ross", new TestXlsx.Link("Email Di", "mailto:di@ross.com?cc=office@ross.com")],
        ], null));

        var (records, errors, _) = Run(path);

        Assert.Empty(errors);
        Assert.Equal(new string?[] { "ann@lee.org", "bo@diaz.net", "cy@young.com", "di@ross.com" }, records.Select(r => r.Email));
        Assert.All(records, r => Assert.Null(r.ExtraEmails));
    }

    [Fact]
    public void AnAddressShownWithAnInternationalisedHostAndLinkedInItsAsciiFormIsOneAddress()
    {
        var path = Path.Combine(_dir, "idn-links.xlsx");
        TestXlsx.Write(path, ("Members", [
            ["Name", "Email"],
            ["Jo Roe", new TestXlsx.Link("jo@bücher.de", "mailto:jo@xn--bcher-kva.de")],
            ["Al Poe", new TestXlsx.Link("al@bücher.de", "mailto:al@bucher.de")],
        ], null));

        var (records, errors, _) = Run(path);

        Assert.Empty(errors);
        Assert.Equal("jo@bücher.de", records[0].Email);
        Assert.Null(records[0].ExtraEmails);
        Assert.Null(records[0].Issues);
        Assert.Equal("al@bucher.de", records[1].ExtraEmails); // another host: kept beside it
    }

    [Fact]
    public void XlsxMailtoLinkOnAnUnmappedColumnAddsAnAddressAndKeepsTheColumn()
    {
        var path = Path.Combine(_dir, "links.xlsx");
        TestXlsx.Write(path, ("Sheet1", [
            ["First Name", "Last Name", "Email", "Links"],
            ["Jo", "Roe", "jo@roe.com", new TestXlsx.Link("Office", "mailto:office@roe.com")],
        ], null));

        var record = Assert.Single(Run(path).Records);

        Assert.Equal(("jo@roe.com", "office@roe.com"), (record.Email, record.ExtraEmails));
        Assert.Equal("Office", record.ExtraColumns()["Links"]);
        Assert.Equal("Email 'office@roe.com' is the address the 'Links' cell 'Office' links to.", record.Issues);
    }

    [Fact]
    public void XlsxMailtoLinkOverARangeGivesEachCellItsAddressAndOneOverAWholeColumnIsNoOnes()
    {
        var path = Path.Combine(_dir, "ranges.xlsx");
        const string Strict = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        var rows = RawXlsx.InlineRow("Name", "Email", "Notes") + RawXlsx.InlineRow("Ann Cole", "Email", "a") + RawXlsx.InlineRow("Bo Diaz", "Email", "b")
            + RawXlsx.InlineRow("Cy Young", "cy@young.com", "c");
        var sheet = RawXlsx.Sheet(rows).Replace("</worksheet>",
            $"<hyperlinks><hyperlink ref=\"$B$2:B3\" x:id=\"rId1\" xmlns:x=\"{Strict}\"/><hyperlink ref=\"C1:C1048576\" r:id=\"rId2\" xmlns:r=\"{RawXlsx.Rel}\"/></hyperlinks></worksheet>");
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"))),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/worksheets/_rels/sheet1.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{RawXlsx.Rel}/hyperlink\" Target=\"MAILTO:team@cole.com\" TargetMode=\"External\"/>"
                + $"<Relationship Id=\"rId2\" Type=\"{RawXlsx.Rel}/hyperlink\" Target=\"mailto:everyone@x.com\" TargetMode=\"External\"/></Relationships>"));

        var records = Run(path).Records;

        Assert.Equal(new string?[] { "team@cole.com", "team@cole.com", "cy@young.com" }, records.Select(r => r.Email));
        Assert.All(records, r => Assert.Null(r.ExtraEmails));
        Assert.All(records, r => Assert.DoesNotContain("links to", r.Issues ?? ""));
    }

    [Fact]
    public void XlsxMailtoLinksAreFoundAfterRowsThatHoldWhatLooksLikeTheirEnd()
    {
        // The links are found by a scan for the end of the rows (SheetTail): a cell's CDATA that looks like that end, with
        // links after it, must not pass for it, whatever the prefix the sheet's elements are written with.
        var path = Path.Combine(_dir, "cdata.xlsx");
        var fake = "<![CDATA[</x:sheetData><x:hyperlinks><x:hyperlink ref=\"B3\" r:id=\"rId2\"/></x:hyperlinks>]]>";
        var rows = "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Name</x:t></x:is></x:c><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>Email</x:t></x:is></x:c>"
            + $"<x:c r=\"C1\" t=\"inlineStr\"><x:is><x:t>Notes</x:t></x:is></x:c></x:row>"
            + $"<x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>Ann Cole</x:t></x:is></x:c><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>Email Ann</x:t></x:is></x:c>"
            + $"<x:c r=\"C2\" t=\"inlineStr\"><x:is><x:t>{fake}</x:t></x:is></x:c></x:row>"
            + "<x:row r=\"3\"><x:c r=\"A3\" t=\"inlineStr\"><x:is><x:t>Bo Diaz</x:t></x:is></x:c><x:c r=\"B3\" t=\"inlineStr\"><x:is><x:t>Email Bo</x:t></x:is></x:c></x:row>";
        var sheet = RawXlsx.Sheet(rows, "x").Replace("<x:worksheet ", $"<x:worksheet xmlns:r=\"{RawXlsx.Rel}\" ")
            .Replace("</x:worksheet>", "<x:hyperlinks><x:hyperlink ref=\"B2\" r:id=\"rId1\"/></x:hyperlinks></x:worksheet>");
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"))),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/worksheets/_rels/sheet1.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{RawXlsx.Rel}/hyperlink\" Target=\"mailto:ann@cole.com\" TargetMode=\"External\"/>"
                + $"<Relationship Id=\"rId2\" Type=\"{RawXlsx.Rel}/hyperlink\" Target=\"mailto:bo@diaz.com\" TargetMode=\"External\"/></Relationships>"));

        var records = Run(path).Records;

        Assert.Equal(new string?[] { "ann@cole.com", null }, records.Select(r => r.Email));
        Assert.StartsWith("</x:sheetData><x:hyperlinks>", records[0].Notes);
    }

    [Fact]
    public void AnXlsxSheetCutShortAfterItsRowsIsSaidDamagedWhereThePartItselfIs()
    {
        // The links are read from the part without its rows (SheetTail): the error for a part cut short in its hyperlinks gave
        // the line and position in those joined bytes (the rows left out), a place in no file.
        var path = Path.Combine(_dir, "cut.xlsx");
        var rows = RawXlsx.InlineRow("Name", "Email") + string.Concat(Enumerable.Range(2, 20).Select(r => RawXlsx.InlineRow($"Person {r}", "Email")));
        var sheet = RawXlsx.Sheet(rows).Replace("<worksheet ", $"<worksheet xmlns:r=\"{RawXlsx.Rel}\" ")
            .Replace("</worksheet>", "<hyperlinks><hyperlink ref=\"B2\" r:id=\"rId1\"/><hyperlink ref=\"B3\" r:id=\"rId1\"/></hyperlinks></worksheet>");
        sheet = sheet[..sheet.IndexOf("<hyperlink ref=\"B3\"", StringComparison.Ordinal)];
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"))),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/worksheets/_rels/sheet1.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{RawXlsx.Rel}/hyperlink\" Target=\"mailto:ann@cole.com\" TargetMode=\"External\"/></Relationships>"));
        var expected = Assert.Throws<System.Xml.XmlException>(() =>
        {
            using var reader = System.Xml.XmlReader.Create(new StringReader(sheet));
            while (reader.Read()) { }
        });

        var error = Assert.Throws<FileFormatError>(() => Run(path));

        Assert.Equal("Pipes.UnreadableFile", error.ErrorId);
        Assert.Contains($"(line {expected.LineNumber}, position {expected.LinePosition})", error.Message);
    }

    [Fact]
    public void XlsxMailtoLinkWhoseAddressIsTypedInAnotherCellStillGivesIt()
    {
        // The shared strings hold every linked address (a manager's column, a list on another sheet): the cells that link to them still hide them.
        var path = Path.Combine(_dir, "elsewhere.xlsx");
        TestXlsx.Write(path,
            ("Contacts", [
                ["Name", "Email", "Manager Email"],
                ["John Smith", new TestXlsx.Link("Email John", "mailto:john@acme.com"), null],
                ["Ann Lee", new TestXlsx.Link("ann@acme.com", "mailto:ann@acme.com"), "john@acme.com"],
                [new TestXlsx.Link("Mary Jones", "mailto:mary@acme.com"), null, null],
            ], null),
            ("Old list", [["Address"], ["mary@acme.com"]], null));

        var (records, errors, _) = Run(path, new ImportOptions { Worksheet = "Contacts" });

        Assert.Empty(errors);
        Assert.Equal(new string?[] { "john@acme.com", "ann@acme.com", "mary@acme.com" }, records.Select(r => r.Email));
        Assert.Null(records[0].Issues);
        Assert.Equal("Email 'mary@acme.com' is the address the 'Name' cell 'Mary Jones' links to.", records[2].Issues);
        // Chosen among the sheets by its header (looked into first without its links), it is read with them.
        Assert.Equal(records.Select(r => r.Email), Run(path).Records.Select(r => r.Email));
    }

    [Fact]
    public void XlsxMailtoLinkToAnAddressThatIsPartOfTheShownOneIsAnotherAddress()
    {
        var path = Path.Combine(_dir, "suffix.xlsx");
        TestXlsx.Write(path, ("Sheet1", [
            ["Name", "Email"],
            // "bob@acme.com" holds "ob@acme.com" as text, not as an address.
            [new TestXlsx.Link("Bob Ray", "mailto:ob@acme.com"), "bob@acme.com"],
            [new TestXlsx.Link("Cy Lee", "mailto:CY@acme.com"), "Cy Lee <cy@acme.com>; j.cy@acme.com"],
            [new TestXlsx.Link("Di Ross", "mailto:di@ross.com,dot@ross.com"), "di@ross.com"],
        ], null));

        var records = Run(path).Records;

        Assert.Equal(("bob@acme.com", "ob@acme.com"), (records[0].Email, records[0].ExtraEmails));
        Assert.Equal("Email 'ob@acme.com' is the address the 'Name' cell 'Bob Ray' links to.", records[0].Issues);
        Assert.Equal(("cy@acme.com", "j.cy@acme.com"), (records[1].Email, records[1].ExtraEmails));
        Assert.Null(records[1].Issues);
        Assert.Equal(("di@ross.com", "dot@ross.com"), (records[2].Email, records[2].ExtraEmails));
        Assert.Equal("Email 'dot@ross.com' is the address the 'Name' cell 'Di Ross' links to.", records[2].Issues);
    }

    [Fact]
    public void XlsxMailtoLinkOverAMergedCellOrAWholeColumnGivesNoOtherRowItsAddress()
    {
        var path = Path.Combine(_dir, "merged.xlsx");
        TestXlsx.Write(path, ("Sheet1", [
            ["Name", "Email", "Links"],
            // The link's ref is the merged cell B2:B3; B3, covered, is empty and is the next person's.
            ["Ann Lee", new TestXlsx.Link("Email Ann", "mailto:ann@acme.com", "B2:B3"), null],
            ["Bob Ray", null, null],
            // Cells linked at once: each one that shows a word links to the address.
            ["Cy Lee", new TestXlsx.Link("Email", "mailto:team@acme.com", "B4:B5"), null],
            ["Di Ross", "Email", null],
            // A link over a whole column is no one's address.
            ["Ed Poe", "ed@poe.com", new TestXlsx.Link("Office", "mailto:office@acme.com", "C1:C20000")],
            ["Flo Day", "flo@day.com", "Office"],
        ], "B2:B3"));

        var records = Run(path).Records;

        Assert.Equal(new string?[] { "ann@acme.com", null, "team@acme.com", "team@acme.com", "ed@poe.com", "flo@day.com" }, records.Select(r => r.Email));
        Assert.Null(records[1].Issues);
        Assert.All(records, r => Assert.Null(r.ExtraEmails));
    }

    [Fact]
    public void XlsxMailtoLinksOfAHostileSheetAreBoundedAndSaid()
    {
        // 4,000 links on one cell, and 2,000 ranges of 9,999 rows by 16,384 columns: before, minutes and gigabytes for two rows.
        var path = Path.Combine(_dir, "hostile-links.xlsx");
        var rows = RawXlsx.InlineRow("Name", "Email", "Notes") + RawXlsx.InlineRow("Ann Cole", "Email", "a") + RawXlsx.InlineRow("Bo Diaz", "bo@diaz.com", "b");
        var hyperlinks = string.Concat(Enumerable.Range(1, 4000).Select(i => $"<hyperlink ref=\"A2\" r:id=\"rId{i}\"/>"))
            + string.Concat(Enumerable.Range(1, 2000).Select(i => $"<hyperlink ref=\"A1:XFD9999\" r:id=\"rId{i}\"/>"));
        var sheet = RawXlsx.Sheet(rows).Replace($"<worksheet xmlns=\"{RawXlsx.Main}\">", $"<worksheet xmlns=\"{RawXlsx.Main}\" xmlns:r=\"{RawXlsx.Rel}\">")
            .Replace("</worksheet>", $"<hyperlinks>{hyperlinks}</hyperlinks></worksheet>");
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"))),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/worksheets/_rels/sheet1.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(Enumerable.Range(1, 4000).Select(i => $"<Relationship Id=\"rId{i}\" Type=\"{RawXlsx.Rel}/hyperlink\" Target=\"mailto:p{i}@x.com\" TargetMode=\"External\"/>"))
                + "</Relationships>"));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (records, errors, summary) = Run(path);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}"); // only to catch a hang
        Assert.Empty(errors);
        Assert.Equal("p1@x.com", records[0].Email); // the cell's first link of 4,000; its Email cell shows a word
        Assert.Null(records[0].ExtraEmails);
        Assert.Equal("bo@diaz.com", records[1].Email);
        Assert.Contains(summary.Warnings, w => w.Contains("links more than 1,000,000 cells to email addresses"));
    }

    [Fact]
    public void XlsxTextEscapesAreReadAsTheCharactersTheyStandFor()
    {
        // ECMA-376 Part 1, 22.9.2.19 ST_Xstring: Excel (and openpyxl, pandas) write a carriage return in a cell as _x000D_,
        // and an underscore that would start such an escape as _x005F_. Read as written, an Address of lines kept "_x000D_"
        // at the end of each street line.
        var path = Path.Combine(_dir, "escapes.xlsx");
        var rows = RawXlsx.InlineRow("Name", "Email", "Address")
            + RawXlsx.InlineRow("Ann Cole", "ann@cole.com", "100 Main St_x000D_\nSuite 5_x000D_\nMidland, TX 79701")
            + RawXlsx.InlineRow("Bo_x005F_x0041_Diaz", "bo@diaz.com", "");
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"))),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet(rows)));

        var (records, errors, _) = Run(path);

        Assert.Empty(errors);
        Assert.Equal(("100 Main St\nSuite 5", "Midland", "TX", "79701"), (records[0].Address, records[0].City, records[0].State, records[0].PostalCode));
        Assert.Equal("Bo_x0041_Diaz", records[1].FullName);
    }

    [Theory]
    [InlineData("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=")]
    [InlineData("<!DOCTYPE r [<!ENTITY e \"x\">]><Relationships/>")]
    public void XlsxSheetWhoseHyperlinkListIsDamagedIsReadWithoutItsLinksAndSaid(string damagedRels)
    {
        // Before the links were read the sheet's .rels part never was; a damaged one then failed the whole file.
        var path = Path.Combine(_dir, "damaged-rels.xlsx");
        var rows = RawXlsx.InlineRow("Name", "Email") + RawXlsx.InlineRow("Ann Cole", "Email Ann") + RawXlsx.InlineRow("Bo Diaz", "bo@diaz.com");
        var sheet = RawXlsx.Sheet(rows).Replace($"<worksheet xmlns=\"{RawXlsx.Main}\">", $"<worksheet xmlns=\"{RawXlsx.Main}\" xmlns:r=\"{RawXlsx.Rel}\">")
            .Replace("</worksheet>", "<hyperlinks><hyperlink ref=\"B2\" r:id=\"rId1\"/></hyperlinks></worksheet>");
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"))),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/worksheets/_rels/sheet1.xml.rels", damagedRels));

        var (records, errors, summary) = Run(path);

        Assert.Empty(errors);
        Assert.Equal(new string?[] { null, "bo@diaz.com" }, records.Select(r => r.Email));
        Assert.Contains("Email 'Email Ann' is not a valid address.", records[0].Issues);
        Assert.Contains(summary.Warnings, w => w == "damaged-rels.xlsx: the email hyperlinks of xl/worksheets/sheet1.xml were not read,"
            + " as the part that lists them is damaged; each cell gives the text it shows.");
    }

    [Fact]
    public void XlsxMailtoLinksOfARowAreTakenInColumnOrderAndAtMostTen()
    {
        var path = Path.Combine(_dir, "many-links.xlsx");
        object?[] header = ["Email", "Name", .. Enumerable.Range(1, 14).Select(i => (object?)$"Note {i}")];
        object?[] row = [null, "Jo Roe", .. Enumerable.Range(1, 14).Select(i => (object?)new TestXlsx.Link($"n{i}", $"mailto:n{i}@x.com"))];
        TestXlsx.Write(path, ("S", [header, row], null));

        var record = Assert.Single(Run(path).Records);

        Assert.Equal("n1@x.com", record.Email);
        Assert.Equal(string.Join("; ", Enumerable.Range(2, 9).Select(i => $"n{i}@x.com")), record.ExtraEmails);
        Assert.Contains("More than 10 cells of this row link to email addresses", record.Issues);
    }

    [Theory]
    [InlineData("mailto:a%00@b.com", null)]
    [InlineData("mailto:a%0A@b.com", null)]
    [InlineData("mailto:a@b.com?subject=Hi", "a@b.com")]
    [InlineData("MAILTO:Ann%20Lee%20%3Cann@lee.org%3E", "Ann Lee <ann@lee.org>")]
    [InlineData("mailto:?to=a@b.com", "a@b.com")] // RFC 6068: the recipient as a to= field alone
    [InlineData("mailto:?subject=Hi", null)]
    [InlineData(" mailto://a@b.com", "a@b.com")]
    [InlineData("https://x.com/a@b", null)]
    public void AMailtoLinksAddressIsDecodedAndAControlCharacterIsNoAddress(string uri, string? expected) =>
        Assert.Equal(expected, XlsxSource.MailtoAddress(uri));

    [Fact]
    public void ARecordWrittenAsTextIsItsNameAndEmailOrPhone()
    {
        var path = File("t.csv", "Name,Company,Email,Phone\nJohn Smith,,JS@x.com,713-555-0100\n,Basin Land LLC,,713-555-0101\n,,,\"555\"\n,,ann@x.com,\n");
        var records = Run(path).Records;

        Assert.Equal(["John Smith <js@x.com>", "Basin Land LLC (7135550101)", "t.csv row 4", "ann@x.com"], records.Select(r => r.ToString()));
    }

    // A trial: a workbook's "Do Not Call" tab was never read (only a warning named the sheets), and Cy, on it, was dialled from the
    // contacts' tab. Such a sheet is read first as a list: no contact row gives its numbers or addresses, and a warning says so.
    [Theory]
    [InlineData("Do Not Call", true, false)]
    [InlineData("DNC List", true, false)]
    [InlineData("Unsubscribed", false, true)]
    [InlineData("Opt Out", true, true)]
    [InlineData("Removed", true, true)]
    [InlineData("Notes", false, false)]
    [InlineData("Duplicates Removed", false, false)] // a review: sheets of rows cleared, fixed or negated are no lists
    [InlineData("Not DNC", false, false)]
    [InlineData("Non-DNC", false, false)]
    [InlineData("DNC Cleared", false, false)]
    [InlineData("Removed from DNC", false, false)]
    [InlineData("Email Bounces Fixed", false, false)]
    [InlineData("Removed from mailing list", true, true)]
    public void AWorkbooksOptOutSheetWithholdsItsNumbersAndAddressesFromTheContacts(string sheet, bool numbers, bool addresses)
    {
        var path = Path.Combine(_dir, "dnc.xlsx");
        TestXlsx.Write(path,
            ("Owners", [["Name", "Email", "Phone"], ["Ann Able", "ann@x.com", "432-555-0101"], ["Cy Cole", "cy@x.com", "432-555-0103"]], null),
            (sheet, [["Name", "Phone", "Email"], ["Cy Cole", "(432) 555-0103", "CY@x.com"], ["Di Dunn", "432-555-0104", "di@x.com"]], null));
        var (records, errors, summary) = Run(path);
        Assert.Empty(errors);
        Assert.Equal(["Ann Able", "Cy Cole"], records.Select(r => r.FullName)); // the list's rows are no contacts
        Assert.Equal(("4325550101", "ann@x.com", null), (records[0].Phone, records[0].Email, records[0].Issues));
        var cy = records[1];
        Assert.Equal(numbers ? null : "4325550103", cy.Phone);
        Assert.Equal(addresses ? null : "cy@x.com", cy.Email);
        if (numbers) Assert.Contains($"the '{sheet}' sheet of dnc.xlsx lists it", cy.Issues);
        if (addresses) Assert.Equal("cy@x.com", cy.WithheldEmails);
        Assert.Equal(numbers || addresses, summary.Warnings.Any(w => w.Contains($"its '{sheet}' sheet was read first as a list")));
        // The preview says so too.
        Assert.Equal(numbers || addresses, ContactImporter.Preview(path, new ImportOptions()).Warnings.Any(w => w.Contains($"its '{sheet}' sheet lists people not to contact: Import-PipesFile reads it first")));

        // First, with a header as good as the contacts' (a list is never the contacts' sheet): the same.
        path = Path.Combine(_dir, "dnc-first.xlsx");
        TestXlsx.Write(path,
            (sheet, [["Name", "Email", "Phone"], ["Cy Cole", "CY@x.com", "(432) 555-0103"], ["Di Dunn", "di@x.com", "432-555-0104"]], null),
            ("Owners", [["Name", "Email", "Phone"], ["Ann Able", "ann@x.com", "432-555-0101"], ["Cy Cole", "cy@x.com", "432-555-0103"]], null));
        var first = Run(path).Records;
        Assert.Equal(numbers || addresses ? ["Ann Able", "Cy Cole"] : ["Cy Cole", "Di Dunn"], first.Select(r => r.FullName)); // "Notes", first of equals, is read
        if (numbers) Assert.Null(first[1].Phone);

        // The contacts' sheet named by -Worksheet: the same (a review: it dialled Cy, without a word).
        var named = Run(path, new ImportOptions { Worksheet = "Owners" }).Records;
        Assert.Equal(numbers ? null : "4325550103", named[1].Phone);

        // Read as a sheet of its own, its rows are marked too.
        var listed = Run(path, new ImportOptions { Worksheet = sheet }).Records;
        Assert.Equal(numbers ? [null, null] : ["4325550103", "4325550104"], listed.Select(r => r.Phone));
        Assert.Equal(addresses ? [null, null] : ["cy@x.com", "di@x.com"], listed.Select(r => r.Email));
    }

    // A review: a "DNC" sheet whose column no header names as a phone was said to be applied, and nothing was withheld.
    [Fact]
    public void AListSheetWithNothingToReadIsSaidToWithholdNothing()
    {
        var path = Path.Combine(_dir, "nothing.xlsx");
        TestXlsx.Write(path,
            ("Owners", [["Name", "Phone"], ["Cy Cole", "432-555-0103"]], null),
            ("DNC", [["Number"], ["4325550103"]], null));
        var (records, _, summary) = Run(path);
        Assert.Equal("4325550103", records.Single().Phone);
        Assert.Contains(summary.Warnings, w => w.Contains("its 'DNC' sheet looks like a list of people not to contact, but no phone number or email address could be read"));
        Assert.DoesNotContain(summary.Warnings, w => w.Contains("was read first as a list"));
    }

    // A trial: the contacts sat in a hidden sheet behind a visible summary; the warning named it only among the sheets skipped.
    [Fact]
    public void AHiddenSheetWhoseHeaderMapsMoreThanTheOneReadIsNamed()
    {
        var path = Path.Combine(_dir, "hidden.xlsx");
        TestXlsx.Write(path, ("Summary", [["County", "Owners", "Net Acres"], ["Reeves", "3", "80"]], null), ("Owners", [["Name", "Email", "Phone"], ["Ann Able", "ann@x.com", "432-555-0101"]], null));
        TestXlsx.Hide(path, "Owners");
        var warnings = Run(path).Summary.Warnings;
        Assert.Contains(warnings, w => w.EndsWith("Hidden sheet 'Owners' has a header that maps Email, Phone, a name: -Worksheet 'Owners' reads it.", StringComparison.Ordinal));
        // Not when the sheet read maps as much.
        var even = Path.Combine(_dir, "even.xlsx");
        TestXlsx.Write(even, ("Contacts", [["Name", "Email", "Phone"], ["Bo Bell", "bo@x.com", "432-555-0102"]], null), ("Old", [["Name", "Email", "Phone"], ["Ann Able", "ann@x.com", "432-555-0101"]], null));
        TestXlsx.Hide(even, "Old");
        Assert.DoesNotContain(Run(even).Summary.Warnings, w => w.Contains("Hidden sheet 'Old' has a header"));
        // Nor beside a list sheet, which leaves the contacts' sheet the only one chosen from (it was not looked into, and counted as mapping nothing).
        var listed = Path.Combine(_dir, "listed.xlsx");
        TestXlsx.Write(listed, ("Contacts", [["Name", "Email", "Phone"], ["Bo Bell", "bo@x.com", "432-555-0102"]], null), ("Do Not Call", [["Phone"], ["432-555-0109"]], null),
            ("Old", [["Name", "Email"], ["Ann Able", "ann@x.com"]], null));
        TestXlsx.Hide(listed, "Old");
        Assert.DoesNotContain(Run(listed).Summary.Warnings, w => w.Contains("Hidden sheet 'Old' has a header"));
    }

    [Fact]
    public void XlsxWorksheetByNameOrNumber()
    {
        var path = Path.Combine(_dir, "two.xlsx");
        TestXlsx.Write(path, ("A", [["Name", "Email"], ["One", "one@x.com"]], null), ("B", [["Name", "Email"], ["Two", "two@x.com"]], null));

        Assert.Equal("one@x.com", Run(path).Records.Single().Email);
        Assert.Equal("two@x.com", Run(path, new ImportOptions { Worksheet = "b" }).Records.Single().Email);
        Assert.Equal("two@x.com", Run(path, new ImportOptions { Worksheet = "2" }).Records.Single().Email);
        Assert.Equal("Pipes.WorksheetNotFound", Assert.Throws<InvalidInputError>(() => Run(path, new ImportOptions { Worksheet = "C" })).ErrorId);
    }

    [Fact]
    public void PreviewShowsHeadersSamplesAndMapping()
    {
        var preview = ContactImporter.Preview(File("pb.csv", PhoneBurner), new ImportOptions());

        Assert.Equal("phoneburner", preview.Preset);
        Assert.Equal(",", preview.Delimiter);
        Assert.Equal("utf-8", preview.Encoding);
        Assert.Equal(" John ", preview.SampleRows[0]["First Name"]); // as parsed, before normalisation
        Assert.Equal("FirstName", preview.SuggestedMapping["First Name"]);
        Assert.Equal(["Lead Source"], preview.UnmappedColumns);
        Assert.Contains("JobTitle", preview.UnmappedFields);
        Assert.Null(preview.Message);
    }

    [Fact]
    public void PreviewShowsNoReportFooterAsASampleRowAndSaysItIsOne()
    {
        var preview = ContactImporter.Preview(File("qbo-preview.csv",
            "Customer full name,Phone numbers,Email\nRoe Minerals LLC,713-555-0101,a@roe.com\n\nAccrual Basis Tuesday, December 1, 2026 03:30 PM GMT-06:00\n"), new ImportOptions());
        Assert.Equal(["Roe Minerals LLC"], preview.SampleRows.Select(r => r["Customer full name"]));
        Assert.Contains(preview.Warnings, w => w.Contains("1 line(s) are a report's footer or totals") && w.Contains("from row 4"));
    }

    [Theory]
    [InlineData("empty.csv")]
    [InlineData("empty.xlsx")] // named as a workbook: still not "csv (utf-8, comma)"
    public void PreviewOfAZeroByteFileSaysEmptyNotCsv(string name)
    {
        var preview = ContactImporter.Preview(File(name, ""), new ImportOptions());

        Assert.Equal("empty (0 bytes)", preview.Format);
        Assert.Equal("empty (3 bytes, a byte-order mark)", ContactImporter.Preview(File("bom-" + name, "", new UTF8Encoding(true)), new ImportOptions()).Format);
        Assert.Equal("The file is empty: no header and no data rows.", preview.Message);
    }
}
