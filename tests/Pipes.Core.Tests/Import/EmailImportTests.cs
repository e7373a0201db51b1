using System.Text;
using Pipes.Import.Email;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests.Import;

public sealed class EmailImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipes-email-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (List<EmailActivity> Activities, List<PipesException> Errors, EmailImportSummary Summary) Run(
        string path, IEnumerable<ProspectEntry> prospects, bool includeUnmatched = false, params string[] mine)
    {
        var summary = new EmailImportSummary();
        var matcher = new EmailActivityMatcher(prospects, mine.Length == 0 ? [OutlookExportWriter.Me] : mine);
        var items = matcher.Import(path, null, includeUnmatched, summary).ToList();
        return (items.Where(i => i.Activity is not null).Select(i => i.Activity!).ToList(), items.Where(i => i.Error is not null).Select(i => i.Error!).ToList(), summary);
    }

    private static List<ProspectEntry> Entries(List<ExportProspect> prospects) =>
        prospects.Select(p => new ProspectEntry(p, [p.Email], p.Name)).ToList();

    private static readonly string[] OutlookHeader =
        ["Subject", "Body", "From: (Name)", "From: (Address)", "From: (Type)", "To: (Name)", "To: (Address)", "To: (Type)", "CC: (Name)", "CC: (Address)", "CC: (Type)"];

    /// <summary>A row as classic Outlook writes it: every non-empty field quoted, quotes doubled, CRLF inside bodies.</summary>
    private static string OutlookRow(params string[] fields) =>
        string.Join(",", fields.Select(f => f.Length == 0 ? "" : "\"" + f.Replace("\"", "\"\"") + "\""));

    private string Export(string name, params string[] rows) => ExportText(name, string.Join("\r\n", [OutlookRow(OutlookHeader), .. rows]) + "\r\n");

    private string ExportText(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static readonly ProspectEntry[] People =
    [
        new("jane", ["jane.doe@doeminerals.com"], "Jane Doe"), new("bob", ["bob@roe-ranch.net"], "Bob Roe"), new("carl", ["carl@cee.org"], "Carl Cee"),
    ];

    /// <summary>A reply whose body quotes a signature and an earlier header: lines with commas and addresses, as real bodies have.</summary>
    private const string SignatureBody = "Lee,\r\nThanks, we will review.\r\n\r\n-- \r\nBob Roe, Manager, Roe Ranch LLC, bob@roe-ranch.net, 555-333-4444\r\n"
        + "\r\n-----Original Message-----\r\nFrom: Jane Doe, CPL, Doe Minerals, jane.doe@doeminerals.com\r\n> old text, \"quoted\", with commas";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RealisticExportMatchesEveryMessageToItsProspects(bool dated)
    {
        var prospects = OutlookExportWriter.Prospects(60);
        var path = Path.Combine(_dir, "inbox.csv");
        var truth = OutlookExportWriter.Write(path, prospects, 300, dated);

        var (activities, errors, summary) = Run(path, Entries(prospects));

        Assert.Empty(errors);
        Assert.Equal(300, summary.MessagesRead);
        var expected = truth.SelectMany(t => t.Prospects.Distinct().Select(p => (t.Number, Prospect: (object)prospects[p], t.Sent))).OrderBy(x => x.Number).ThenBy(x => x.Prospect.GetHashCode()).ToList();
        var actual = activities.Select(a => (Number: (int)a.MessageNumber, a.Prospect!, Sent: a.Direction == EmailDirection.Sent)).OrderBy(x => x.Number).ThenBy(x => x.Item2.GetHashCode()).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(truth.Count(t => t.Prospects.Count == 0), summary.UnmatchedMessages);
        Assert.Equal(activities.Count, summary.Activities);
        Assert.Equal(dated, summary.HasDateColumn);
        Assert.Equal(dated, activities.All(a => a.Date is not null));
        // X.500: the colleague in CC or as sender never matches by address; a prospect's own name does.
        Assert.Equal(truth.Count(t => t.X500MatchesProspectByName), summary.X500MatchedByName);
        Assert.True(summary.X500Unmatched > 0);
        Assert.All(activities.Where(a => a.MatchedBy == "DisplayName"), a => Assert.StartsWith("/O=", a.From.Split('<')[1]));
    }

    [Fact]
    public void BodiesSubjectsAndRecipientsComeThroughWhole()
    {
        var prospects = OutlookExportWriter.Prospects(5);
        var path = Path.Combine(_dir, "sent.csv");
        OutlookExportWriter.Write(path, prospects, 10, dated: true);

        var (activities, _, _) = Run(path, Entries(prospects));
        var two = activities.First(a => a.MessageNumber == 4); // the fourth message: to two prospects, colleague in CC

        Assert.Equal(EmailDirection.Sent, two.Direction);
        Assert.Contains("-----Original Message-----", two.Body);
        Assert.Contains("\"quoted\", with commas.", two.Body);
        Assert.Contains("\r\n", two.Body);
        Assert.Contains(";", two.To);
        Assert.Contains(OutlookExportWriter.ColleagueName, two.Cc);
        Assert.Equal(OutlookExportWriter.MeName + " <" + OutlookExportWriter.Me + ">", two.From);
        Assert.Equal(new DateTimeOffset(new DateTime(2026, 1, 1).AddHours(3 * 37)), two.Date);
    }

    [Fact]
    public void IdsAreStableAcrossImportsAndDistinctPerProspect()
    {
        var prospects = OutlookExportWriter.Prospects(20);
        var path = Path.Combine(_dir, "x.csv");
        OutlookExportWriter.Write(path, prospects, 100, dated: false);

        var first = Run(path, Entries(prospects)).Activities.Select(a => a.Id).ToList();
        var second = Run(path, Entries(prospects)).Activities.Select(a => a.Id).ToList();

        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void MatchingIgnoresCaseAndSpacesAndUsesEveryAddressOfAProspect()
    {
        var path = Path.Combine(_dir, "m.csv");
        File.WriteAllText(path, "Subject,Body,From: (Name),From: (Address),From: (Type),To: (Name),To: (Address),To: (Type)\r\n"
            + "Hi,Body,Ann,\" ANN@Work.COM \",SMTP,Me,me@x.com,SMTP\r\n"
            + "Hi again,Body,Ann,ann.home@mail.com,SMTP,Me,me@x.com,SMTP\r\n");
        var ann = new object();

        var (activities, _, summary) = Run(path, [new ProspectEntry(ann, ["ann@work.com", " Ann.Home@Mail.com "], "Ann Lee")], mine: "ME@X.COM");

        Assert.Equal(2, activities.Count);
        Assert.All(activities, a => Assert.Same(ann, a.Prospect));
        Assert.Equal(["ann@work.com", "ann.home@mail.com"], activities.Select(a => a.MatchedAddress));
        Assert.All(activities, a => Assert.Equal(EmailDirection.Received, a.Direction));
        Assert.Equal(0, summary.UnmatchedMessages);
    }

    [Fact]
    public void AmbiguousDisplayNamesDoNotMatchX500Senders()
    {
        var path = Path.Combine(_dir, "x500.csv");
        File.WriteAllText(path, "Subject,Body,From: (Name),From: (Address),From: (Type),To: (Name),To: (Address),To: (Type)\r\n"
            + "Lease,Body,John Smith,/O=EXCHANGELABS/OU=X/CN=RECIPIENTS/CN=JSMITH,EX,Me,me@x.com,SMTP\r\n");

        var (activities, _, summary) = Run(path, [new ProspectEntry(1, ["a@x.com"], "John Smith"), new ProspectEntry(2, ["b@x.com"], "John  Smith")], mine: "me@x.com");

        Assert.Empty(activities);
        Assert.Equal(1, summary.X500Unmatched);
        Assert.Equal(1, summary.UnmatchedMessages);
        Assert.Contains("X.500", summary.Describe("x500.csv"));
    }

    [Fact]
    public void AnX500DisplayNameWrittenLastCommaFirstMatchesTheProspectWrittenFirstLast()
    {
        // Exchange directories often write display names "Doe, Jane"; a contact list has "Jane Doe", or keeps "Roe, Bob" as typed.
        var path = Path.Combine(_dir, "x500-names.csv");
        File.WriteAllText(path, "Subject,Body,From: (Name),From: (Address),From: (Type),To: (Name),To: (Address),To: (Type)\r\n"
            + "a,b,\"Doe, Jane\",/O=EXCHANGELABS/OU=X/CN=RECIPIENTS/CN=JDOE,EX,Me,me@x.com,SMTP\r\n"
            + "b,b,Bob  Roe,/O=EXCHANGELABS/OU=X/CN=RECIPIENTS/CN=BROE,EX,Me,me@x.com,SMTP\r\n"
            + "c,b,\"Cee, Carl\",/O=EXCHANGELABS/OU=X/CN=RECIPIENTS/CN=CCEE,EX,Me,me@x.com,SMTP\r\n");
        ProspectEntry[] prospects = [new("jane", ["jane@x.com"], "Jane Doe"), new("bob", ["bob@x.com"], "Roe, Bob"),
            new("carl1", ["c1@x.com"], "Carl Cee"), new("carl2", ["c2@x.com"], "Cee, Carl")];

        var (activities, _, summary) = Run(path, prospects, mine: "me@x.com");

        Assert.Equal(["a|jane|Doe, Jane", "b|bob|Bob  Roe"], activities.Select(a => $"{a.Subject}|{a.Prospect}|{a.MatchedAddress}"));
        Assert.All(activities, a => Assert.Equal("DisplayName", a.MatchedBy));
        // "Carl Cee" and "Cee, Carl" are one name: two prospects have it, so neither is chosen.
        Assert.Equal(1, summary.X500Unmatched);
    }

    [Fact]
    public void UnmatchedMessagesComeOutOnlyWhenAskedFor()
    {
        var prospects = OutlookExportWriter.Prospects(10);
        var path = Path.Combine(_dir, "u.csv");
        var truth = OutlookExportWriter.Write(path, prospects, 40, dated: false);

        var (with, _, _) = Run(path, Entries(prospects), includeUnmatched: true);

        var unmatched = with.Where(a => a.Prospect is null).ToList();
        Assert.Equal(truth.Count(t => t.Prospects.Count == 0), unmatched.Count);
        Assert.All(unmatched, a => Assert.Null(a.MatchedAddress));
    }

    [Fact]
    public void AFileThatIsNotAnEmailExportNamesTheMissingColumns()
    {
        var path = Path.Combine(_dir, "contacts.csv");
        File.WriteAllText(path, "First Name,Last Name,Email\r\nJo,Smith,jo@x.com\r\n");

        var error = Assert.Throws<FileFormatError>(() => Run(path, []));

        Assert.Equal("Pipes.NotAnEmailExport", error.ErrorId);
        Assert.Contains("Subject", error.Message);
        Assert.Contains("From: (Address)", error.Message);
    }

    [Fact]
    public void EncodingsEmptyFilesAndBrokenRowsAreHandledAsTheContactImporterDoes()
    {
        var path = Path.Combine(_dir, "w.csv");
        File.WriteAllText(path, "Subject,Body,From: (Name),From: (Address),From: (Type),To: (Name),To: (Address),To: (Type)\r\n"
            // An unclosed quote is an error row, and nothing after it is a message (the contact importer would read it
            // as a character above a line that reads as a record; bodies span lines, so the email import never does).
            + "Café “offer”,Body,José,jose@x.com,SMTP,Me,me@x.com,SMTP\r\nOK,Body,José,jose@x.com,SMTP,Me,me@x.com,SMTP\r\n\"Broken,quote,Z,z@x.com,SMTP,Me,me@x.com,SMTP\r\nnot a row\r\n",
            Pipes.Import.FileSniffer.Windows1252);

        var (activities, errors, summary) = Run(path, [new ProspectEntry("jose", ["jose@x.com"], "José")], mine: "me@x.com");

        Assert.Equal("Café “offer”", activities[0].Subject);
        Assert.Equal("Pipes.RowParseError", Assert.Single(errors).ErrorId);
        Assert.Equal(1, summary.UnreadableRows);
        Assert.Equal(2, activities.Count);

        var empty = Path.Combine(_dir, "empty.csv");
        File.WriteAllText(empty, "");
        Assert.True(Run(empty, []).Summary.NoRows);
        var header = Path.Combine(_dir, "header.csv");
        File.WriteAllText(header, "Subject,Body,From: (Address),To: (Address)\r\n");
        Assert.True(Run(header, []).Summary.HeaderOnly);
    }

    [Fact]
    public void AnExportCutOffInsideABodyIsOneErrorAndNothingInsideTheBodyBecomesAMessage()
    {
        // The file ends inside the second message's body (a copy cut short): the body's lines hold commas and
        // addresses, and a reader that went back to the next line would read each as a message.
        var whole = OutlookRow("RE: offer", "Hi Lee,\r\nok", "Jane Doe", "jane.doe@doeminerals.com", "SMTP", "Lee Landman", "lee@landco.com", "SMTP") + "\r\n"
            + OutlookRow("RE: offer", SignatureBody, "Bob Roe", "bob@roe-ranch.net", "SMTP", "Lee Landman", "lee@landco.com", "SMTP");
        foreach (var cut in new[] { whole.IndexOf("> old text", StringComparison.Ordinal) + 5, whole.IndexOf("Manager", StringComparison.Ordinal), whole.Length - 3 })
        {
            var path = ExportText("cut.csv", OutlookRow(OutlookHeader) + "\r\n" + whole[..cut]);

            var (activities, errors, summary) = Run(path, People, mine: "lee@landco.com");

            Assert.Equal(1, summary.MessagesRead);
            Assert.Equal("jane", Assert.Single(activities).Prospect);
            var error = Assert.Single(errors);
            Assert.Equal("Pipes.RowParseError", error.ErrorId);
            Assert.Equal(4L, ((FileFormatError)error).Line); // the first message's body spans lines 2 and 3
            Assert.Contains("Line 4", error.Message);
            Assert.Contains("the file ends inside it", error.Message);
            Assert.Contains("truncated", error.Message);
            Assert.Equal(1, summary.UnreadableRows);
        }
    }

    [Fact]
    public void ABodyOverTheCellLimitIsCutAndSaidAndTheNextMessageIsReadWhole()
    {
        // The body is longer than Import.MaxCellLength: the message stays (its participants are what matching needs),
        // its body cut and said so, and reading goes on after the body's closing quote, not inside it.
        var lines = Enumerable.Range(0, 400).Select(i => $"> line {i} of a long quoted thread, with commas, and \"quotes\".").ToList();
        lines.Insert(200, "Bob Roe, Manager, Roe Ranch LLC, bob@roe-ranch.net, 555-333-4444");
        var body = string.Join("\r\n", lines);
        var path = Export("long.csv",
            OutlookRow("long thread", body, "Jane Doe", "jane.doe@doeminerals.com", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("after long", "b", "Carl Cee", "carl@cee.org", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"));
        var summary = new EmailImportSummary();
        var matcher = new EmailActivityMatcher(People, ["lee@landco.com"]);

        var items = matcher.Import(path, null, false, summary, new Pipes.Import.ImportLimits { MaxCellLength = 5000 }).ToList();

        Assert.All(items, i => Assert.Null(i.Error));
        var activities = items.Select(i => i.Activity!).ToList();
        Assert.Equal(["long thread", "after long"], activities.Select(a => a.Subject));
        Assert.Equal(["jane", "carl"], activities.Select(a => a.Prospect));
        Assert.Equal(body[..5000], activities[0].Body);
        Assert.Equal(403L, activities[1].SourceRow); // lines are counted through the part of the body not kept
        Assert.Equal(2, summary.MessagesRead);
        Assert.Equal([2L], summary.CutRows);
        var warning = Assert.Single(summary.Warnings);
        Assert.Contains("Import.MaxCellLength", warning);
        Assert.Contains("row 2", warning);
    }

    [Theory]
    [InlineData("Jane Doe <Jane.Doe@DoeMinerals.com>", "Jane Doe|jane.doe@doeminerals.com")]
    [InlineData("Bob Roe <bob@roe-ranch.net>, Carl Cee <carl@cee.org>", "Bob Roe|bob@roe-ranch.net", "Carl Cee|carl@cee.org")]
    [InlineData("\"Roe, Bob\" <bob@roe-ranch.net>; \"Cee, Carl\" <carl@cee.org>", "Roe, Bob|bob@roe-ranch.net", "Cee, Carl|carl@cee.org")]
    [InlineData("\"Roe, Bob\" <bob@roe-ranch.net>, carl@cee.org", "Roe, Bob|bob@roe-ranch.net", "|carl@cee.org")]
    [InlineData("Roe, Bob <bob@roe-ranch.net>, Cee, Carl <carl@cee.org>", "Roe, Bob|bob@roe-ranch.net", "Cee, Carl|carl@cee.org")]
    [InlineData("a@x.com,b@y.org ; c@z.net", "|a@x.com", "|b@y.org", "|c@z.net")]
    [InlineData("mailto:Bob@Roe-Ranch.net", "|bob@roe-ranch.net")]
    [InlineData("'carl@cee.org'", "|carl@cee.org")]
    [InlineData("<carl@cee.org>", "|carl@cee.org")]
    [InlineData("Bob \"Bobby\" Roe <bob@roe-ranch.net>, O\"Neil <o@x.com>", "Bob \"Bobby\" Roe|bob@roe-ranch.net", "O\"Neil|o@x.com")]
    [InlineData("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=ABC-LEE",
        "|/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=ABC-LEE")]
    public void NameAndAddressListsAreReadOneParticipantEach(string cell, params string[] expected)
    {
        var parsed = EmailAddressList.Parse(cell).Select(p => $"{p.Name}|{p.Address}");
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void NameAddressCellsMyAddressAndProspectAddressesAllMatchByTheAddressInside()
    {
        // A generic export (From/To columns) holding "Name <addr>" lists; my address and a prospect's given the same way.
        var path = ExportText("generic.csv", "Subject,Body,From,To,CC,Date\r\n"
            + "\"Re: offer\",hi,\"Jane Doe <Jane.Doe@doeminerals.com>\",\"Lee Landman <lee@landco.com>\",,2026-03-04 14:05\r\n"
            + "offer,hi,\"Lee Landman <LEE@landco.com>\",\"Bob Roe <bob@roe-ranch.net>, \"\"Cee, Carl\"\" <carl@cee.org>\",,2026-03-05 10:00\r\n"
            + "plain,hi,mailto:bob@roe-ranch.net,lee@landco.com,'carl@cee.org',2026-03-06 10:00\r\n");
        ProspectEntry[] prospects = [People[0], People[1], new("carl", ["Carl Cee <carl@cee.org>"], "Carl Cee")];

        var (activities, _, summary) = Run(path, prospects, mine: "Lee Landman <lee@landco.com>");

        Assert.Equal(["Re: offer|jane|Received", "offer|bob|Sent", "offer|carl|Sent", "plain|bob|Received", "plain|carl|Received"],
            activities.Select(a => $"{a.Subject}|{a.Prospect}|{a.Direction}"));
        Assert.Equal("Jane Doe <jane.doe@doeminerals.com>", activities[0].From);
        Assert.Equal("Bob Roe <bob@roe-ranch.net>; \"Cee, Carl\" <carl@cee.org>", activities[1].To);
        Assert.Equal(0, summary.UnmatchedMessages);
    }

    // A prospect's address with an internationalised host matches the message whichever form each holds: as shown
    // ("bücher.de") or as a mail program sends it (IDNA's "xn--bcher-kva.de"); mine too.
    [Fact]
    public void AnInternationalisedHostMatchesInEitherForm()
    {
        var path = ExportText("idn.csv", "Subject,Body,From,To,CC,Date\r\n"
            + "offer,hi,lee@xn--landc-nua.com,jo@xn--bcher-kva.de,,2026-03-05 10:00\r\n"
            + "\"Re: offer\",hi,JO@bücher.de,lee@landcö.com,,2026-03-06 10:00\r\n");
        ProspectEntry[] prospects = [new("jo", ["Jo Roe <jo@bücher.de>"], "Jo Roe"), new("other", ["jo@bucher.de"], "Jo Bucher")];

        var (activities, _, summary) = Run(path, prospects, mine: "lee@landcö.com");

        Assert.Equal(["offer|jo|Sent", "Re: offer|jo|Received"], activities.Select(a => $"{a.Subject}|{a.Prospect}|{a.Direction}"));
        Assert.Equal(0, summary.UnmatchedMessages);
    }

    // A field-export trial: a date and its time in columns of their own ("Sent Date" + "Sent Time", "Date" + "Time"); a raw Date:
    // header's comment, Apple's "at", German "nachm."; "Name [mailto:address]"; a ';' inside a display name's comment; an encoded
    // name (RFC 2047); a Windows-1250 export said as another encoding; a header below the rows looked at said as not found.
    [Theory]
    [InlineData("Sent Date,Sent Time", "\"1/20/2026\",\"9:15 AM\"")]
    [InlineData("Sent Time,Sent Date", "\"9:15 AM\",\"1/20/2026\"")]
    [InlineData("Date,Time", "\"1/20/2026\",\"9:15 AM\"")]
    [InlineData("Fecha,Hora", "\"20/01/2026\",\"09:15\"")]
    [InlineData("Date", "\"Tue, 20 Jan 2026 09:15:00 -0000 (UTC)\"")]
    [InlineData("Date", "\"Jan 20, 2026 at 9:15 AM\"")]
    [InlineData("Datum", "\"20.01.2026 9:15 vorm.\"")]
    // A review's: a date cell with its time beside another Time column; "Received" beside "Date" and "Time".
    [InlineData("Date,Time", "\"1/20/2026 9:15 AM\",\"00:05:32\"")]
    [InlineData("Received,Date,Time", "\"1/20/2026 9:15 AM\",\"1/20/2026\",")]
    [InlineData("Date,Time,Received", "\"1/20/2026\",\"9:15 AM\",")]
    public void ADateIsReadWithItsTimeWhereverTheExportWritesIt(string columns, string cells)
    {
        var path = ExportText("dt.csv", $"Subject,Body,From: (Address),To: (Address),{columns}\r\nm1,b,jane.doe@doeminerals.com,lee@landco.com,{cells}\r\n");
        var (activities, _, summary) = Run(path, People);
        Assert.Equal("2026-01-20 09:15", DatesOf(activities).Single());
        Assert.Equal(0, summary.UnreadableDates);
    }

    [Theory]
    [InlineData("Jane Doe [mailto:Jane.Doe@DoeMinerals.com]", "Jane Doe|jane.doe@doeminerals.com")]
    [InlineData("Jane Doe [jane.doe@doeminerals.com]", "Jane Doe|jane.doe@doeminerals.com")]
    [InlineData("=?UTF-8?Q?Jos=C3=A9_N=C3=BA=C3=B1ez?= <jose@nunez.es>", "José Núñez|jose@nunez.es")]
    [InlineData("=?ISO-8859-1?B?Sm9z6Q==?= =?ISO-8859-1?Q?_N=FA=F1ez?= <jose@nunez.es>", "José Núñez|jose@nunez.es")]
    [InlineData("=?x-unknown?Q?abc?= <a@x.com>", "=?x-unknown?Q?abc?=|a@x.com")]
    [InlineData("=?utf-7?Q?+AOk-?= <a@x.com>", "=?utf-7?Q?+AOk-?=|a@x.com")]
    [InlineData("Dee Dunn [mailto:]", "Dee Dunn|")]
    public void BracketedAndEncodedEntriesAreReadAsTheirAddressAndName(string cell, string expected) =>
        Assert.Equal(expected, EmailAddressList.Parse(cell).Select(p => $"{p.Name}|{p.Address}").Single());

    [Fact]
    public void ATimeThatIsNoneLeavesTheDateAndIsCounted()
    {
        var path = ExportText("bad-time.csv", "Subject,Body,From: (Address),To: (Address),Date,Time\r\nm1,b,jane.doe@doeminerals.com,lee@landco.com,2026-03-06,25:99\r\n");
        var (activities, _, summary) = Run(path, People);
        Assert.Equal("2026-03-06 00:00", DatesOf(activities).Single());
        Assert.Equal((0, 1), (summary.UnreadableDates, summary.UnreadableTimes));
        Assert.Contains(summary.Warnings, w => w.Contains("the date was read alone, at midnight: row 2"));
    }

    [Fact]
    public void AnEncodedNameInANameColumnIsDecoded() => Assert.Equal(["José", "Ann"], EmailAddressList.Split("=?UTF-8?Q?Jos=C3=A9?=; Ann", commas: false));

    [Fact]
    public void ASemicolonInsideADisplayNamesCommentSplitsNothing() =>
        Assert.Equal(["\"Roe, Bob\" (Roe Ranch; LLC)", "Carl Cee"], EmailAddressList.Split("\"Roe, Bob\" (Roe Ranch; LLC); Carl Cee", commas: false));

    [Fact]
    public void AnExportInAnotherEncodingAndAHeaderTooFarDownAreSaid()
    {
        var cp1250 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1250)!;
        var path = Path.Combine(_dir, "pl.csv");
        File.WriteAllBytes(path, cp1250.GetBytes("Subject,Body,From: (Address),To: (Address)\r\nDzierżawa działki,b,jane.doe@doeminerals.com,lee@landco.com\r\n"));
        var (_, _, summary) = Run(path, People);
        Assert.Contains(summary.Warnings, w => w.Contains("1250 (Central European)") && w.Contains("Dzier"));

        var far = ExportText("far.csv", string.Concat(Enumerable.Range(1, 11).Select(i => $"Export line {i}\r\n")) + "Subject,Body,From: (Address),To: (Address)\r\nm,b,jane.doe@doeminerals.com,lee@landco.com\r\n");
        var error = Assert.Throws<FileFormatError>(() => Run(far, People));
        Assert.Equal(ErrorIds.NotAnEmailExport, error.ErrorId);
        Assert.Contains("none of its first 10 rows is the export's header", error.Message);
    }

    // A field-export trial: a 21 MB export cut inside a body was said only as a row to raise Import.MaxRowLength for.
    [Fact]
    public void AQuoteRunningPastTheRowLimitWhereFieldsSpanLinesSaysWhereItOpened()
    {
        var text = "Subject,Body\r\nok,\"fine\"\r\nlost,\"" + string.Concat(Enumerable.Repeat("a line of a body, never closed\r\n", 20_000));
        using var reader = new Pipes.Import.CsvRecordReader(new StringReader(text), limits: new Pipes.Import.ImportLimits { MaxRowLength = 1024, MaxCellLength = 4096 }) { RepairStrayQuotes = false };
        var failure = Assert.Throws<Pipes.Import.ImportLimitException>(() => reader.ReadAll().ToList());
        Assert.Contains("field 2's quote, opened on line 3, is not closed within it", failure.Reason);
        Assert.Equal(Pipes.Import.ImportLimits.MaxRowLengthSetting, failure.Setting);
    }

    /// <summary>An export with a Received column: one message from Jane per date, its subject the date it should read as.</summary>
    private string Dated(string name, params string[] dates) =>
        ExportText(name, "Subject,Body,From: (Address),To: (Address),Received\r\n"
            + string.Concat(dates.Select((d, i) => $"m{i + 1},b,jane.doe@doeminerals.com,lee@landco.com,\"{d}\"\r\n")));

    private static List<string> DatesOf(List<EmailActivity> activities) =>
        activities.Select(a => a.Date?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "-").ToList();

    [Theory]
    // The deciding date comes after the ones that cannot tell: they wait for it.
    [InlineData("04/03/2026 14:05|13/03/2026 09:00|31/12/2025 23:59", "2026-03-04 14:05|2026-03-13 09:00|2025-12-31 23:59")]
    [InlineData("3/4/2026 2:05 PM|Wed 3/4/2026 2:05 PM|3/13/2026 9:00 AM", "2026-03-04 14:05|2026-03-04 14:05|2026-03-13 09:00")]
    [InlineData("04.03.2026 14:05|31.12.2025 23:59|4. März 2026 14:05", "2026-03-04 14:05|2025-12-31 23:59|2026-03-04 14:05")]
    [InlineData("04.03.26|4 mars 2026 14:05|4 de marzo de 2026 14:05|13.03.26", "2026-03-04 00:00|2026-03-04 14:05|2026-03-04 14:05|2026-03-13 00:00")]
    // Each way of writing dates follows its own dates: Outlook's month-first "Mon 1/12/2026" beside typed day-first dotted dates.
    [InlineData("2026-01-05 08:00|Mon 1/12/2026 9:00 AM|13.01.2026 09:30|03.02.2026 10:00|1/20/2026 10:00",
        "2026-01-05 08:00|2026-01-12 09:00|2026-01-13 09:30|2026-02-03 10:00|2026-01-20 10:00")]
    [InlineData("Tue 1/20/2026 9:00 AM|13.01.2026 09:30|03.02.2026 10:00|02/03/2026", "2026-01-20 09:00|2026-01-13 09:30|2026-02-03 10:00|2026-02-03 00:00")]
    [InlineData("03.02.2026 10:00|13/02/2026|02.13.2026|04/03/2026|05-06-2026|05-13-2026",
        "2026-03-02 10:00|2026-02-13 00:00|2026-02-13 00:00|2026-03-04 00:00|2026-05-06 00:00|2026-05-13 00:00")]
    [InlineData("2026-03-04 14:05|Monday, March 2, 2026 9:14 AM|04-03-2026 10:00|25-12-2025", "2026-03-04 14:05|2026-03-02 09:14|2026-03-04 10:00|2025-12-25 00:00")]
    public void NumericDatesAreReadInTheOrderTheFileShows(string dates, string expected)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // Whatever the machine's culture: the file decides.
            foreach (var name in new[] { "en-US", "en-GB", "de-DE", "" })
            {
                System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(name);
                var (activities, errors, summary) = Run(Dated("d.csv", dates.Split('|')), People);
                Assert.Empty(errors);
                Assert.Equal(expected.Split('|'), DatesOf(activities));
                Assert.Empty(summary.Warnings);
                Assert.Equal(0, summary.UnreadableDates);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void WhenNoDateTellsTheCultureDecidesAWarningSaysSoAndDateOrderSettlesIt()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            var path = Dated("amb.csv", "04/03/2026 14:05", "05/03/2026 09:00", "2026-03-07 10:00");
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
            var (us, _, usSummary) = Run(path, People);
            Assert.Equal(["2026-04-03 14:05", "2026-05-03 09:00", "2026-03-07 10:00"], DatesOf(us));
            var warning = Assert.Single(usSummary.Warnings);
            Assert.Contains("month-first", warning);
            Assert.Contains("-DateOrder DayFirst", warning);
            Assert.Contains("rows 2, 3.", warning);

            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
            var (uk, _, ukSummary) = Run(path, People);
            Assert.Equal(["2026-03-04 14:05", "2026-03-05 09:00", "2026-03-07 10:00"], DatesOf(uk));
            Assert.Contains("-DateOrder MonthFirst", Assert.Single(ukSummary.Warnings));

            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
            var summary = new EmailImportSummary();
            var given = new EmailActivityMatcher(People, ["lee@landco.com"]).Import(path, null, false, summary, dateOrder: DateOrder.DayFirst).Select(i => i.Activity!).ToList();
            Assert.Equal(["2026-03-04 14:05", "2026-03-05 09:00", "2026-03-07 10:00"], DatesOf(given));
            Assert.Empty(summary.Warnings);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void DottedDatesThatCannotTellAreReadDayFirstAndSaidUnlessTheExportsLanguageTells()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
            // English headers: nothing in the file tells; dotted dates are written day-first, and the warning names the rows.
            var (activities, _, summary) = Run(Dated("dots.csv", "03.02.2026 10:00", "2026-02-05 09:00", "04.02.2026 10:00"), People);
            Assert.Equal(["2026-02-03 10:00", "2026-02-05 09:00", "2026-02-04 10:00"], DatesOf(activities));
            var warning = Assert.Single(summary.Warnings);
            Assert.Contains("03.02.2026 10:00", warning);
            Assert.Contains("rows 2, 4.", warning);
            Assert.Contains("day-first", warning);
            Assert.Contains("-DateOrder MonthFirst", warning);

            // German Outlook's headers: the export's language tells, nothing to say.
            var german = ExportText("de.csv", "Betreff,Text,Von: (Adresse),An: (Adresse),Empfangen\r\n"
                + "m1,b,jane.doe@doeminerals.com,lee@landco.com,03.02.2026 10:00\r\nm2,b,jane.doe@doeminerals.com,lee@landco.com,04/02/2026\r\n");
            var (de, _, deSummary) = Run(german, People);
            Assert.Equal(["2026-02-03 10:00", "2026-02-04 00:00"], DatesOf(de));
            Assert.Empty(deSummary.Warnings);

            // Slash dates that cannot tell beside dotted ones that do: the dotted ones decide only their own, the slash ones are said.
            var (mixed, _, mixedSummary) = Run(Dated("mixed.csv", "13.01.2026 09:30", "03.02.2026 10:00", "04/03/2026 11:00", "2026-03-05"), People);
            Assert.Equal(["2026-01-13 09:30", "2026-02-03 10:00", "2026-04-03 11:00", "2026-03-05 00:00"], DatesOf(mixed));
            var slash = Assert.Single(mixedSummary.Warnings);
            Assert.Contains("written with '/'", slash);
            Assert.Contains("row 4.", slash);
            Assert.Contains("-DateOrder DayFirst", slash);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void ADayOverTwelveFarDownTheFileStillDecides()
    {
        // More rows than are held waiting for the order: the rest of the file is looked through.
        var dates = Enumerable.Repeat("04/03/2026 10:00", OutlookExportReader.HeldForDateOrder + 50).Append("13/03/2026 10:00").ToArray();

        var (activities, _, summary) = Run(Dated("far.csv", dates), People);

        Assert.Equal(dates.Length, activities.Count);
        Assert.All(activities.SkipLast(1), a => Assert.Equal(new DateTime(2026, 3, 4, 10, 0, 0), a.Date!.Value.DateTime));
        Assert.Equal(Enumerable.Range(1, dates.Length).Select(n => (long)n), activities.Select(a => a.MessageNumber));
        Assert.Empty(summary.Warnings);
    }

    [Fact]
    public void EachStyleFarDownTheFileDecidesItsOwnDates()
    {
        // Past the rows held, the look through the file finds each style's own evidence: the dotted dates month-first, the slash dates day-first.
        var dates = Enumerable.Repeat("04/03/2026 10:00", OutlookExportReader.HeldForDateOrder + 50)
            .Concat(["03.02.2026 10:00", "02.13.2026 10:00", "13/03/2026 10:00", "05.06.2026"]).ToArray();

        var (activities, _, summary) = Run(Dated("far-styles.csv", dates), People);

        Assert.Equal(dates.Length, activities.Count);
        Assert.All(activities.Take(OutlookExportReader.HeldForDateOrder + 50), a => Assert.Equal(new DateTime(2026, 3, 4, 10, 0, 0), a.Date!.Value.DateTime));
        Assert.Equal(["2026-03-02 10:00", "2026-02-13 10:00", "2026-03-13 10:00", "2026-05-06 00:00"], DatesOf(activities.TakeLast(4).ToList()));
        Assert.Empty(summary.Warnings);
    }

    [Fact]
    public void UnreadableDatesAreCountedAndTheirRowsNamed()
    {
        var (activities, _, summary) = Run(Dated("bad.csv", "13/03/2026", "not a date", "", "31/02/2026", "32.01.2026"), People);

        Assert.Equal(["2026-03-13 00:00", "-", "-", "-", "-"], DatesOf(activities));
        Assert.Equal(3, summary.UnreadableDates);
        Assert.Equal([3L, 5L, 6L], summary.UnreadableDateRows);
        Assert.Contains("3 dates could not be read", summary.Describe("bad.csv"));
        var warning = Assert.Single(summary.Warnings);
        Assert.Contains("rows 3, 5, 6", warning);
        Assert.Contains("day-first", warning);
    }

    [Fact]
    public void ATimeWithoutADateIsNoDateNotToday()
    {
        // "9:00 AM" (a date column Outlook's view showed as today's time, or an Excel time cell) gave today's date: a
        // Date that is wrong, and a MessageId that changes with the day of the import. Such a cell is unreadable.
        var (activities, _, summary) = Run(Dated("t.csv", "9:00 AM", "12:15", "17:45:30", "13/03/2026 09:00"), People);

        Assert.Equal(["-", "-", "-", "2026-03-13 09:00"], DatesOf(activities));
        Assert.Equal(3, summary.UnreadableDates);
        Assert.Equal([2L, 3L, 4L], summary.UnreadableDateRows);
    }

    [Fact]
    public void ADateWithoutItsYearIsNoDateNotThisYears()
    {
        // Outlook's message list shows this year's mail without the year ("Mon 12/1", "Dec 1 9:05 AM"): copied into a sheet, the
        // parser gave them the year of the import, a Date that may be a year out and a MessageId that changes with the year.
        // (A review: "mar. 01/12" is French for Tuesday 1 December, read as March 2012; "Tue 12/1 9 AM" took the hour for a year.)
        string[] yearless = ["Dec 1 9:05 AM", "12/1 9:05 AM", "Mon 12/1", "Monday, December 1 09:05", "1. Dezember 09:05", "1 déc. 9:05", "mar. 01/12 09:05", "Tue 12/1 9 AM"];
        string[] dated = ["Monday, December 1, 2025 9:05 AM", "01 Dec 25 09:05", "Mon, 01 Dec 2025 09:05:00 +0000", "2025-12-01T09:05:00Z", "1. Dezember 2025 09:05", "Dec 26 2025", "mar. 01/12/2025 09:05", "Tue 12/1/2025 9 AM"];
        var (activities, _, summary) = Run(Dated("yearless.csv", [.. yearless, .. dated]), People);

        Assert.Equal(Enumerable.Repeat("-", yearless.Length), DatesOf(activities).Take(yearless.Length));
        Assert.All(activities.Skip(yearless.Length), a => Assert.Equal(2025, a.Date!.Value.Year));
        Assert.Equal(yearless.Length, summary.UnreadableDates);
    }

    [Fact]
    public void ProspectsSharingAnAddressGetAnIdEach()
    {
        var path = Export("shared.csv", OutlookRow("shared mailbox", "b", "Bob Roe", "bob@roe-ranch.net", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"));
        // A father and son on one mailbox; the same person twice in a list; one keyed by its CRM id.
        ProspectEntry[] prospects =
        [
            new("bob", ["bob@roe-ranch.net"], "Bob Roe"), new("junior", ["bob@roe-ranch.net"], "Robert Roe Jr"),
            new("bob again", ["BOB@roe-ranch.net"], "Bob  Roe"), new("crm", ["bob@roe-ranch.net"], "Bob Roe", "ac-42"),
        ];

        var first = Run(path, prospects, mine: "lee@landco.com").Activities;
        var second = Run(path, prospects, mine: "lee@landco.com").Activities;

        Assert.Equal(4, first.Count);
        Assert.Equal(4, first.Select(a => a.Id).Distinct().Count());
        Assert.Single(first.Select(a => a.MessageId).Distinct());
        Assert.Equal(first.Select(a => a.Id), second.Select(a => a.Id));
    }

    [Fact]
    public void IdsDoNotDependOnTheOrderOfTheProspectList()
    {
        // A nightly task whose contact list comes sorted another way (or with a namesake added above) must give the same Ids,
        // or a store keyed on Id takes every message again. Two John Smiths with their own mailboxes; a father and son of one
        // name on one mailbox; prospects given as bare addresses (no name at all).
        var path = Export("order.csv",
            OutlookRow("hi", "b", "John Smith", "a@smith1.com", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("yo", "b", "John Smith", "b@smith2.com", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("family", "b", "Bob Roe", "home@roe.net", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"));
        ProspectEntry[] prospects =
        [
            new("smith1", ["a@smith1.com"], "John Smith"), new("smith2", ["b@smith2.com"], "John Smith"),
            new("senior", ["home@roe.net", "bob@roe.net"], "Bob Roe"), new("junior", ["home@roe.net"], "Bob Roe"),
            new("bare1", ["a@smith1.com"], null), new("bare2", ["b@smith2.com"], null),
        ];
        string Ids(IEnumerable<ProspectEntry> list) =>
            string.Join(" ", Run(path, list.ToList(), mine: "lee@landco.com").Activities.Select(a => $"{a.Prospect}={a.Id}").Order(StringComparer.Ordinal));

        var forward = Ids(prospects);
        Assert.Equal(forward, Ids(prospects.Reverse()));
        Assert.Equal(forward, Ids([prospects[1], prospects[3], prospects[5], prospects[0], prospects[2], prospects[4]]));
        Assert.Equal(6, forward.Split(' ').Length);
        Assert.Equal(6, forward.Split(' ').Select(p => p.Split('=')[1]).Distinct().Count());
        // A namesake with a mailbox of its own changes no one's Ids.
        Assert.Equal(Ids([prospects[0]]), Ids([prospects[1], prospects[0]]).Split(' ').Single(p => p.StartsWith("smith1=", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheSameMessageTwiceInAFileIsTwoMessagesWithTheirOwnIds()
    {
        // A template sent twice to the same prospect, in an export with no date column: identical rows.
        var template = OutlookRow("Following up on our lease offer", "Hi Jane,\r\nJust following up.\r\nLee", "Lee Landman", "lee@landco.com", "SMTP", "Jane Doe", "jane.doe@doeminerals.com", "SMTP");
        var path = Export("dups.csv", template, OutlookRow("other", "x", "Bob Roe", "bob@roe-ranch.net", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"), template, template);

        var first = Run(path, People, mine: "lee@landco.com").Activities;
        var again = Run(path, People, mine: "lee@landco.com").Activities;

        var sends = first.Where(a => a.Prospect is "jane").ToList();
        Assert.Equal(3, sends.Count);
        Assert.Equal(3, sends.Select(a => a.Id).Distinct().Count());
        Assert.Equal(3, sends.Select(a => a.MessageId).Distinct().Count());
        Assert.Equal(first.Select(a => a.Id), again.Select(a => a.Id));
        // The first occurrence keeps the content's own hash: the same message in another export has the same id.
        var alone = Run(Export("one.csv", template), People, mine: "lee@landco.com").Activities;
        Assert.Equal(sends[0].Id, Assert.Single(alone).Id);
    }

    [Fact]
    public void AMessageInTwoFilesOfOneImportIsGivenOnce()
    {
        // A message you sent and copied yourself on: the Sent Items copy and the Inbox copy are the same message.
        var offer = OutlookRow("Offer for section 12", "Bob,\r\nOur offer is $1,200/acre.\r\nLee", "Lee Landman", "lee@landco.com", "SMTP", "Bob Roe", "bob@roe-ranch.net", "SMTP",
            "Lee Landman", "lee@landco.com", "SMTP");
        var news = OutlookRow("Newsletter", "unsubscribe", "News", "news@spam.example", "SMTP", "Lee Landman", "lee@landco.com", "SMTP");
        var inbox = Export("inbox.csv", OutlookRow("Re: lease", "ok", "Carl Cee", "carl@cee.org", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"), offer, news);
        var sent = Export("sent.csv", offer, news);
        var matcher = new EmailActivityMatcher(People, ["lee@landco.com"]);
        var (first, second) = (new EmailImportSummary(), new EmailImportSummary());

        var fromInbox = matcher.Import(inbox, null, includeUnmatched: true, first).Select(i => i.Activity!).ToList();
        var fromSent = matcher.Import(sent, null, includeUnmatched: true, second).Select(i => i.Activity!).ToList();

        Assert.Equal(["carl", "bob", null], fromInbox.Select(a => a.Prospect));
        Assert.Empty(fromSent);
        Assert.Equal((2L, 2L, 0L, 0L), (second.MessagesRead, second.RepeatedMessages, second.Activities, second.UnmatchedMessages));
        Assert.Contains("2 messages had already been read from an earlier file of this import and were not given again.", second.Describe("sent.csv"));
        Assert.DoesNotContain("earlier file", first.Describe("inbox.csv"));
        // A fresh import (a new matcher) gives them again, with the same ids.
        var again = new EmailActivityMatcher(People, ["lee@landco.com"]).Import(sent, null, includeUnmatched: true, new EmailImportSummary()).Select(i => i.Activity!).ToList();
        Assert.Equal(fromInbox.Skip(1).Select(a => a.Id), again.Select(a => a.Id));
    }

    [Fact]
    public void AProspectReachedByBccSeesTheBccList()
    {
        string[] header = ["Subject", "Body", "From: (Name)", "From: (Address)", "From: (Type)", "To: (Name)", "To: (Address)", "To: (Type)", "CC: (Name)", "CC: (Address)", "CC: (Type)",
            "BCC: (Name)", "BCC: (Address)", "BCC: (Type)"];
        var path = ExportText("bcc.csv", OutlookRow(header) + "\r\n" + OutlookRow("Group note", "To all", "Lee Landman", "lee@landco.com", "SMTP", "Bob Roe", "bob@roe-ranch.net", "SMTP", "", "", "",
            "Carl Cee;Doe, Jane", "carl@cee.org;jane.doe@doeminerals.com", "SMTP;SMTP") + "\r\n");

        var (activities, _, summary) = Run(path, People, mine: "lee@landco.com");

        Assert.Equal(["bob", "carl", "jane"], activities.Select(a => a.Prospect));
        Assert.All(activities, a => Assert.Equal("Carl Cee <carl@cee.org>; \"Doe, Jane\" <jane.doe@doeminerals.com>", a.Bcc));
        Assert.Equal("Bob Roe <bob@roe-ranch.net>", activities[1].To);
        Assert.Equal("", activities[1].Cc);
    }

    [Fact]
    public void AProspectHoldingMyAddressIsMeAndMatchesNoMessage()
    {
        // My own row in the contact list: my SMTP address never matched it, but my X.500 sender did by display name,
        // giving "Lee Landman" an activity for every message I sent from Exchange.
        var path = Export("sent.csv",
            OutlookRow("Offer", "b", "Lee Landman", LeeX500, "EX", "Jane Doe", "jane.doe@doeminerals.com", "SMTP"),
            OutlookRow("Re: x", "b", "Carl Cee", "carl@cee.org", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"));
        var me = new ProspectEntry("lee", ["Lee Landman <LEE@landco.com>", "lee.home@example.net"], "Lee Landman");
        var prospects = People.Append(me).ToList();

        var matcher = new EmailActivityMatcher(prospects, ["lee@landco.com"]);
        var activities = matcher.Import(path, null, includeUnmatched: false, new EmailImportSummary()).Select(i => i.Activity).OfType<EmailActivity>().ToList();

        Assert.Equal(["Offer|jane", "Re: x|carl"], activities.Select(a => $"{a.Subject}|{a.Prospect}"));
        Assert.Equal(["Lee Landman"], matcher.ProspectsThatAreMe);
        // The other prospects' Ids do not depend on whether I am among them.
        var without = new EmailActivityMatcher(People, ["lee@landco.com"]).Import(path, null, false, new EmailImportSummary()).Select(i => i.Activity!.Id);
        Assert.Equal(without, activities.Select(a => a.Id));
    }

    [Fact]
    public void OneX500ParticipantIsSaidInTheSingular()
    {
        var summary = new EmailImportSummary { MessagesRead = 1, X500Participants = 1, X500Unmatched = 1 };

        Assert.Contains(" 1 participant had Exchange X.500 addresses", summary.Describe("x.csv"));
    }

    [Fact]
    public void ADateWithoutAnOffsetEntersIdsAsAWallClockTime()
    {
        // The same text read on machines in different zones: the same key. An offset written in the text counts.
        var chicago = new EmailDate(new DateTimeOffset(2026, 3, 4, 14, 5, 0, TimeSpan.FromHours(-6)), HasOffset: false);
        var utc = new EmailDate(new DateTimeOffset(2026, 3, 4, 14, 5, 0, TimeSpan.Zero), HasOffset: false);
        Assert.Equal(chicago.Key, utc.Key);
        Assert.NotEqual((chicago with { HasOffset = true }).Key, (utc with { HasOffset = true }).Key);
        Assert.Equal(new EmailDate(new DateTimeOffset(2026, 3, 4, 20, 5, 0, TimeSpan.Zero), true).Key, (chicago with { HasOffset = true }).Key);
    }

    [Fact]
    public void DatesWithoutAnOffsetAreReadInTheExportsZoneNotTheMachines()
    {
        // A Houston export imported by a nightly task on a UTC server: Outlook writes the exporting computer's clock.
        var path = ExportText("zoned.csv", "Subject,Body,From,To,Date\r\n"
            + "winter,b,jane.doe@doeminerals.com,lee@landco.com,3/4/2026 9:15 AM\r\n"
            + "summer,b,jane.doe@doeminerals.com,lee@landco.com,7/14/2026 9:15 AM\r\n"
            + "skipped,b,jane.doe@doeminerals.com,lee@landco.com,3/8/2026 2:30 AM\r\n"
            + "given,b,jane.doe@doeminerals.com,lee@landco.com,2026-03-04T14:05:00+01:00\r\n");
        var chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        List<EmailActivity> Read(TimeZoneInfo zone, out EmailImportSummary summary)
        {
            summary = new EmailImportSummary();
            return new EmailActivityMatcher(People, ["lee@landco.com"]).Import(path, null, false, summary, timeZone: zone).Select(i => i.Activity!).ToList();
        }
        var inChicago = Read(chicago, out var chicagoSummary);
        var inTokyo = Read(tokyo, out var tokyoSummary);

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 15, 0, TimeSpan.FromHours(-6)), inChicago[0].Date);
        Assert.Equal(TimeSpan.FromHours(-6), inChicago[0].Date!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 7, 14, 9, 15, 0, TimeSpan.FromHours(-5)), inChicago[1].Date); // daylight time in July
        Assert.Equal(TimeSpan.FromHours(-5), inChicago[1].Date!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 15, 0, TimeSpan.FromHours(9)), inTokyo[0].Date);
        // A time Chicago's clocks skipped: the standard offset, and a warning naming its row and the way out.
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 2, 30, 0, TimeSpan.FromHours(-6)), inChicago[2].Date);
        Assert.Equal(1, chicagoSummary.SkippedTimes);
        var warning = Assert.Single(chicagoSummary.Warnings, w => w.Contains("skipped", StringComparison.Ordinal));
        Assert.Contains("row 4", warning);
        Assert.Contains("America/Chicago", warning);
        Assert.Contains("-TimeZone", warning);
        Assert.Equal(0, tokyoSummary.SkippedTimes);
        Assert.DoesNotContain(tokyoSummary.Warnings, w => w.Contains("skipped", StringComparison.Ordinal));
        // An offset in the text stands in any zone; ids never depend on the zone.
        Assert.Equal(inChicago[3].Date, inTokyo[3].Date);
        Assert.Equal(TimeSpan.FromHours(1), inTokyo[3].Date!.Value.Offset);
        Assert.Equal(inChicago.Select(a => a.MessageId), inTokyo.Select(a => a.MessageId));
        Assert.Equal(inChicago.Select(a => a.Id), inTokyo.Select(a => a.Id));
    }

    [Fact]
    public void AnXlsxDateCellIsReadInTheExportsZone()
    {
        var path = Path.Combine(_dir, "zoned.xlsx");
        TestXlsx.Write(path, ("Inbox", [["Subject", "Body", "From", "To", "Received"], ["winter", "b", "jane.doe@doeminerals.com", "lee@landco.com", new DateTime(2026, 3, 4, 9, 15, 0)]], null));
        var summary = new EmailImportSummary();

        var activity = new EmailActivityMatcher(People, ["lee@landco.com"])
            .Import(path, null, false, summary, timeZone: TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")).Single().Activity!;

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 15, 0, TimeSpan.FromHours(-6)), activity.Date);
        Assert.Equal(TimeSpan.FromHours(-6), activity.Date!.Value.Offset);
    }

    // A date cell and its time in a column of its own, both Excel's (a trial: "Received Date" and "Received Time" as date and
    // time cells read every message at midnight, unsaid; a CSV's text was read together already): the time is the date's. A time
    // typed as text is read too; one that is none leaves the date, counted; a date cell that holds its time keeps it.
    [Fact]
    public void AnXlsxDateCellTakesItsTimeFromItsTimeColumn()
    {
        var path = Path.Combine(_dir, "datetime.xlsx");
        string Text(string s) => $"<c t=\"inlineStr\"><is><t>{s}</t></is></c>";
        string Row(string date, string time) => "<row>" + Text("offer") + Text("b") + Text("jane.doe@doeminerals.com") + Text("lee@landco.com") + date + time + "</row>";
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("Inbox", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"))),
            ("xl/styles.xml", RawXlsx.Styles("m/d/yyyy", "h:mm AM/PM", "m/d/yyyy h:mm")),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet(RawXlsx.InlineRow("Subject", "Body", "From", "To", "Received Date", "Received Time")
                + Row("<c s=\"1\"><v>45356</v></c>", "<c s=\"2\"><v>0.60416666666666663</v></c>")
                + Row("<c s=\"1\"><v>45357</v></c>", Text("9:05 AM"))
                + Row("<c s=\"1\"><v>45358</v></c>", Text("soon"))
                + Row("<c s=\"3\"><v>45359.25</v></c>", "<c s=\"2\"><v>0.5</v></c>")
                // A date-time, a General fraction and text in other forms in the time column: their time of day (a review's).
                + Row("<c s=\"1\"><v>45360</v></c>", "<c s=\"3\"><v>45360.6041666667</v></c>")
                + Row("<c s=\"1\"><v>45361</v></c>", "<c><v>0.75</v></c>")
                + Row("<c s=\"1\"><v>45362</v></c>", Text("14h30"))
                + Row("<c s=\"1\"><v>45363</v></c>", Text("2.30pm"))
                + Row("<c s=\"1\"><v>45364</v></c>", Text("2 PM")))));
        var summary = new EmailImportSummary();

        var dates = new EmailActivityMatcher(People, ["lee@landco.com"])
            .Import(path, null, false, summary, timeZone: TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")).Select(i => i.Activity!.Date).ToList();

        var central = TimeSpan.FromHours(-6);
        Assert.Equal([new DateTimeOffset(2024, 3, 5, 14, 30, 0, central), new DateTimeOffset(2024, 3, 6, 9, 5, 0, central),
            new DateTimeOffset(2024, 3, 7, 0, 0, 0, central), new DateTimeOffset(2024, 3, 8, 6, 0, 0, central), new DateTimeOffset(2024, 3, 9, 14, 30, 0, central),
            new DateTimeOffset(2024, 3, 10, 18, 0, 0, TimeSpan.FromHours(-5)), new DateTimeOffset(2024, 3, 11, 14, 30, 0, TimeSpan.FromHours(-5)),
            new DateTimeOffset(2024, 3, 12, 14, 30, 0, TimeSpan.FromHours(-5)), new DateTimeOffset(2024, 3, 13, 14, 0, 0, TimeSpan.FromHours(-5))], dates);
        Assert.Equal([4L], summary.UnreadableTimeRows);
    }

    [Fact]
    public void AMessageWithNoSenderIsUnsentNotReceived()
    {
        // A Drafts or Outbox export: Outlook leaves From empty on what no one has sent yet.
        var path = Export("drafts.csv",
            OutlookRow("Draft offer", "b", "", "", "", "Jane Doe", "jane.doe@doeminerals.com", "SMTP"),
            OutlookRow("Typed only", "b", "", "", "SMTP", "Bob Roe", "bob@roe-ranch.net", "SMTP"),
            OutlookRow("Re: offer", "b", "Carl Cee", "carl@cee.org", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("No address", "b", "Carl Cee", "", "", "Jane Doe", "jane.doe@doeminerals.com", "SMTP"));

        var (activities, _, summary) = Run(path, People, mine: "lee@landco.com");

        // The last message: from Carl Cee, by his name alone (the one prospect so named), and to Jane; both Received.
        Assert.Equal([EmailDirection.Unsent, EmailDirection.Unsent, EmailDirection.Received, EmailDirection.Received, EmailDirection.Received], activities.Select(a => a.Direction));
        Assert.Equal(["jane", "bob", "carl", "carl", "jane"], activities.Select(a => a.Prospect));
        Assert.Equal(2, summary.UnsentMessages);
        Assert.Contains("2 messages had no sender (drafts or Outbox items, never sent): their Direction is Unsent.", summary.Describe("drafts.csv"));
        Assert.DoesNotContain("no sender", Run(Export("inbox.csv", OutlookRow("Re: offer", "b", "Carl Cee", "carl@cee.org", "SMTP", "Lee Landman", "lee@landco.com", "SMTP")), People).Summary.Describe("inbox.csv"));
    }

    [Fact]
    public void ParticipantsWithACommaInTheirNameAreWrittenQuotedSoTheListReadsBack()
    {
        // "Doe, Jane" as Exchange directories write names: unquoted, "Doe, Jane <jane@...>; Roe, Bob <bob@...>" splits at the commas.
        var path = Export("comma.csv",
            OutlookRow("Offer", "b", "Landman, Lee", "lee@landco.com", "SMTP", "Doe, Jane;Roe, Bob", "jane.doe@doeminerals.com;bob@roe-ranch.net", "SMTP;SMTP"));

        var activity = Run(path, People, mine: "lee@landco.com").Activities[0];

        Assert.Equal("\"Landman, Lee\" <lee@landco.com>", activity.From);
        Assert.Equal("\"Doe, Jane\" <jane.doe@doeminerals.com>; \"Roe, Bob\" <bob@roe-ranch.net>", activity.To);
        var readBack = OutlookExportReader.Participants("", activity.To, "");
        Assert.Equal([("Doe, Jane", "jane.doe@doeminerals.com"), ("Roe, Bob", "bob@roe-ranch.net")], readBack.Select(p => (p.Name!, p.Address!)));
        Assert.Equal("Bob Roe <bob@roe-ranch.net>", new EmailParticipant("Bob Roe", "bob@roe-ranch.net", false).ToString());
    }

    private const string LeeX500 = "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=8F3A2B1C9D0E4F5A6B7C8D9E0F1A2B3C-LEE";

    [Fact]
    public void ASentItemsExportFromAnX500SenderSaysHowToPassTheAddress()
    {
        // Exchange's Sent Items: my own From is my X.500 address; -MyAddress has only my SMTP address.
        var path = Export("sent.csv",
            OutlookRow("Lease offer", "b", "Lee Landman", LeeX500, "EX", "Jane Doe", "jane.doe@doeminerals.com", "SMTP"),
            OutlookRow("Offer, again", "b", "Lee Landman", LeeX500, "EX", "Bob Roe", "bob@roe-ranch.net", "SMTP"),
            OutlookRow("Re: x", "b", "Carl Cee", "carl@cee.org", "SMTP", "Lee Landman", LeeX500, "EX"));

        var (activities, _, summary) = Run(path, People, mine: "lee@landco.com");

        Assert.All(activities.Take(2), a => Assert.Equal(EmailDirection.Received, a.Direction));
        var warning = Assert.Single(summary.Warnings);
        Assert.Contains(LeeX500, warning);
        Assert.Contains("-MyAddress 'lee@landco.com', '" + LeeX500 + "'", warning);
        Assert.Contains("2 messages are from Exchange X.500 addresses", warning);

        // With the X.500 address given (any case, as Exchange varies it): Sent, and nothing to say.
        var (given, _, givenSummary) = Run(path, People, mine: ["lee@landco.com", LeeX500.ToLowerInvariant()]);
        Assert.Equal([EmailDirection.Sent, EmailDirection.Sent, EmailDirection.Received], given.Select(a => a.Direction));
        Assert.Empty(givenSummary.Warnings);
    }

    [Fact]
    public void ARecipientWithANameAndNoAddressMatchesByAnUnambiguousNameAndIsCounted()
    {
        // A Sent Items export whose "To: (Address)" is empty: only the names say who the message went to.
        ProspectEntry[] people = [.. People, new("jane2", ["jane@other.org"], "Jane Doe")];
        var path = Export("names.csv",
            OutlookRow("Offer", "b", "Lee Landman", "lee@landco.com", "SMTP", "Roe, Bob; Carl Cee", "", "SMTP; SMTP"),
            OutlookRow("Offer 2", "b", "Lee Landman", "lee@landco.com", "SMTP", "Jane Doe", "", "SMTP"),
            OutlookRow("Re: offer", "b", "Carl Cee", "", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"));

        var (activities, _, summary) = Run(path, people, mine: "lee@landco.com");

        Assert.Equal(["bob", "carl", "carl"], activities.Select(a => a.Prospect));
        Assert.All(activities, a => Assert.Equal("DisplayName", a.MatchedBy));
        Assert.Equal([EmailDirection.Sent, EmailDirection.Sent, EmailDirection.Received], activities.Select(a => a.Direction));
        Assert.Equal(4, summary.NameOnlyParticipants);
        Assert.Equal(3, summary.NameOnlyMatchedByName); // two prospects are named Jane Doe: that one is not told
        Assert.Contains("4 participants had a name but no address: 3 matched a prospect by an unambiguous display name, 1 did not.", summary.Describe("names.csv"));
    }

    [Fact]
    public void ASenderWithMyNameAndNoAddressIsMe()
    {
        // A Sent Items export whose "From: (Address)" is empty: my name, given in -MyAddress, says the message is mine.
        var path = Export("sent-names.csv",
            OutlookRow("Offer", "b", "Lee Landman", "", "SMTP", "Jane Doe", "jane.doe@doeminerals.com", "SMTP"),
            OutlookRow("Re: offer", "b", "Bob Roe", "bob@roe-ranch.net", "SMTP", "Landman, Lee", "", "SMTP"));

        var (activities, _, summary) = Run(path, People, mine: "Lee Landman <lee@landco.com>");

        Assert.Equal([EmailDirection.Sent, EmailDirection.Received], activities.Select(a => a.Direction));
        Assert.Equal(["jane", "bob"], activities.Select(a => a.Prospect));
        Assert.Equal(0, summary.NameOnlyParticipants); // my name is no one to match
        // Without a name of mine there is nothing to tell it by: Received, as before.
        Assert.Equal(EmailDirection.Received, Run(path, People, mine: "lee@landco.com").Activities[0].Direction);
    }

    [Theory]
    [InlineData("\"Offer 3\",\"Dear Jane\",\"Lee Landman\",\"lee@landco.com\",\"SMTP\",", true)]
    [InlineData("\"Offer 3\",\"Dear Jane\",\"Lee Landman\",\"lee@landco.com\",\"SMTP\",\"Jane Doe\",jane.doe@doem", true)]
    [InlineData("\"Offer 3\",\"Dear Jane\",\"Lee Landman\",\"lee@landco.com\",\"SMTP\",\"Jane Doe\",\"jane.doe@doeminerals.com\",\"SMTP\",,,\r\n", false)]
    [InlineData("\"Offer 3\",\"Dear Jane\",\"Lee Landman\",\"lee@landco.com\",\"SMTP\",\"Jane Doe\",\"jane.doe@doeminerals.com\",\"SMTP\",,,", false)]
    [InlineData("\"Offer 3\",\"Dear Jane\",\"Lee Landman\",\"lee@landco.com\",\"SMTP\"\r\n", false)]
    public void AnExportCutOffAtTheEndOfAFieldOfItsLastRowIsSaid(string lastRow, bool said)
    {
        // Cut between fields (or inside an unquoted one), the last row is a message short of columns: no quote is left open to tell.
        foreach (var encoding in new System.Text.Encoding[] { new UTF8Encoding(false), System.Text.Encoding.Unicode })
        {
            var path = Path.Combine(_dir, "cut.csv");
            File.WriteAllText(path, OutlookRow(OutlookHeader) + "\r\n" + OutlookRow("Offer", "b", "Lee Landman", "lee@landco.com", "SMTP", "Bob Roe", "bob@roe-ranch.net", "SMTP", "", "", "") + "\r\n" + lastRow, encoding);

            var (activities, errors, summary) = Run(path, People, mine: "lee@landco.com");

            Assert.Empty(errors);
            Assert.Equal(2, summary.MessagesRead);
            if (said)
                Assert.Contains("cut.csv: the last message (row 3) has ", Assert.Single(summary.Warnings));
            else
                Assert.Empty(summary.Warnings);
        }
    }

    [Fact]
    public void AnAddressWithATagOrGmailsDotsIsTheMailboxItDeliversTo()
    {
        ProspectEntry[] people =
        [
            .. People, new("dan", ["Dan.Smith@gmail.com"], "Dan Smith"), new("eve", ["eve@x.com"], "Eve"), new("eve-tagged", ["eve+leases@x.com"], "Eve Tagged"),
        ];
        var path = Export("tags.csv",
            OutlookRow("Re: lease", "b", "Bob Roe", "Bob+Minerals@roe-ranch.net", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("Offer", "b", "Lee Landman", "lee+crm@landco.com", "SMTP", "Jane Doe", "jane.doe@doeminerals.com", "SMTP"),
            OutlookRow("Re: offer", "b", "Dan Smith", "dansmith+x@googlemail.com", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"),
            // The very address wins over the mailbox: eve+leases@x.com is the prospect listed with it, not eve@x.com too.
            OutlookRow("Re: leases", "b", "Eve", "eve+leases@x.com", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("Re: other", "b", "Eve", "eve+other@x.com", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("Not Bob", "b", "Bobby", "bobby@roe-ranch.net", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"));

        var (activities, _, summary) = Run(path, people, mine: "lee@landco.com");

        Assert.Equal(["bob", "jane", "dan", "eve-tagged", "eve", "eve-tagged"], activities.Select(a => a.Prospect));
        Assert.Equal(["Mailbox", "Address", "Mailbox", "Address", "Mailbox", "Mailbox"], activities.Select(a => a.MatchedBy));
        Assert.Equal("bob+minerals@roe-ranch.net", activities[0].MatchedAddress);
        Assert.Equal(EmailDirection.Received, activities[0].Direction);
        Assert.Equal(EmailDirection.Sent, activities[1].Direction); // my own mailbox, tagged
        Assert.Equal(1, summary.UnmatchedMessages);
    }

    [Theory]
    [InlineData("3/13/2026 2:05 p.m.|3/13/2026 12:15 a.m.|Fri 3/13/2026 9:30 A.M.", "2026-03-13 14:05|2026-03-13 00:15|2026-03-13 09:30")]
    [InlineData("13/03/2026 2:05 p. m.|13/03/2026 9:30 a. m.|13/03/2026 2:05 p.\u00A0m.", "2026-03-13 14:05|2026-03-13 09:30|2026-03-13 14:05")]
    [InlineData("3/13/2026 2:05\u202FPM|2026-03-13 2:05 pm|3/13/2026 2:05:33 p.m.", "2026-03-13 14:05|2026-03-13 14:05|2026-03-13 14:05")]
    public void TwelveHourTimesAreReadWithTheirDesignatorsAsWindowsWritesThem(string dates, string expected)
    {
        var (activities, _, summary) = Run(Dated("ampm.csv", System.Text.RegularExpressions.Regex.Unescape(dates).Split('|')), People);

        Assert.Equal(expected.Split('|'), DatesOf(activities));
        Assert.Equal(0, summary.UnreadableDates);
    }

    [Fact]
    public void AnX500AddressWrittenWithItsTypeOrWrappedAsSmtpIsThatX500Address()
    {
        // IMCEAEX: Exchange's X.500 address wrapped as an SMTP one ('_' for '/', +20 for a space); "EX:" and "SMTP:" the type before the address.
        var wrapped = "IMCEAEX-_O=EXCHANGELABS_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=8F3A2B1C9D0E4F5A6B7C8D9E0F1A2B3C-LEE@namprd04.prod.outlook.com";
        var path = Export("typed.csv",
            OutlookRow("Lease offer", "b", "Lee Landman", wrapped, "SMTP", "Jane Doe", "jane.doe@doeminerals.com", "SMTP"),
            OutlookRow("Offer, again", "b", "Lee Landman", "EX:" + LeeX500, "EX", "Carl Cee", "carl@cee.org", "SMTP"),
            OutlookRow("Re: offer", "b", "Bob Roe", "SMTP:bob@roe-ranch.net", "SMTP", "Lee Landman", "x500:" + LeeX500.ToLowerInvariant(), "EX"),
            OutlookRow("Re: Re: offer", "b", "Carl Cee", "Carl Cee <smtp:carl@cee.org>", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"));

        var (activities, _, summary) = Run(path, People, mine: ["lee@landco.com", LeeX500]);

        Assert.Equal(["jane", "carl", "bob", "carl"], activities.Select(a => a.Prospect));
        Assert.Equal([EmailDirection.Sent, EmailDirection.Sent, EmailDirection.Received, EmailDirection.Received], activities.Select(a => a.Direction));
        Assert.Equal("Lee Landman <" + LeeX500 + ">", activities[0].From);
        Assert.Equal("Lee Landman <" + LeeX500 + ">", activities[1].From);
        Assert.Equal("Bob Roe <bob@roe-ranch.net>", activities[2].From);
        Assert.Equal(0, summary.UnmatchedMessages);

        // With my SMTP address only, the wrapped sender is an X.500 sender like any other: said, not taken for a stranger's address.
        var (alone, _, aloneSummary) = Run(path, People, mine: "lee@landco.com");
        Assert.Equal(EmailDirection.Received, alone[0].Direction);
        Assert.Contains(LeeX500, Assert.Single(aloneSummary.Warnings));
        Assert.Equal(2, aloneSummary.X500Senders.Single().Value.Count);
    }

    [Fact]
    public void TheX500SenderNamedLikeMeIsTheOneSuggested()
    {
        // A colleague sent more, but the sender with my name ('Name <address>' in -MyAddress) is the likelier me.
        var path = Export("mixed.csv",
            OutlookRow("FW: Bob", "b", "Jordan Reyes", "/O=EXCHANGELABS/OU=X/CN=RECIPIENTS/CN=JR", "EX", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("FW: Jane", "b", "Jordan Reyes", "/O=EXCHANGELABS/OU=X/CN=RECIPIENTS/CN=JR", "EX", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("Offer", "b", "Lee Landman", LeeX500, "EX", "Jane Doe", "jane.doe@doeminerals.com", "SMTP"),
            OutlookRow("Re: y", "b", "Bob Roe", "bob@roe-ranch.net", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"));

        var named = Assert.Single(Run(path, People, mine: "Lee Landman <lee@landco.com>").Summary.Warnings);
        Assert.Contains("3 messages are from Exchange X.500 addresses", named);
        Assert.Contains("yours is most likely " + LeeX500 + " (Lee Landman, 1 message): it has the name -MyAddress gives", named);
        // Without my name nothing in the file tells: the colleague who sent the most is not offered as me.
        var unnamed = Assert.Single(Run(path, People, mine: "lee@landco.com").Summary.Warnings);
        Assert.Contains("cannot be told from this file", unnamed);
        Assert.Contains("from /O=EXCHANGELABS/OU=X/CN=RECIPIENTS/CN=JR (Jordan Reyes, 2 messages), " + LeeX500 + " (Lee Landman, 1 message).", unnamed);
        Assert.DoesNotContain("most likely", unnamed);
        Assert.DoesNotContain("-MyAddress 'lee@landco.com', '/O=", unnamed);
        Assert.Contains("-MyAddress 'lee@landco.com', '<your X.500 address>'", unnamed);
        // Once -MyAddress has an X.500 address, the user knows: nothing to say, whether or not it sent any.
        Assert.Empty(Run(path, People, mine: ["lee@landco.com", "/O=EXCHANGELABS/OU=X/CN=RECIPIENTS/CN=SOMEONE-ELSE"]).Summary.Warnings);
    }

    private const string JordanX500 = "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=1A2B3C4D5E6F708192A3B4C5D6E7F809-JORDAN";

    [Fact]
    public void OnlyTheX500AddressInEveryMessageIsSuggestedAsMineNotTheColleagueWhoSentTheMost()
    {
        // A mailbox export: the colleague forwarded three messages to me, I sent one, a prospect replied to me; I am in all five.
        var mailbox = Export("mailbox.csv",
            OutlookRow("FW: a", "b", "Jordan Reyes", JordanX500, "EX", "Lee Landman", LeeX500, "EX"),
            OutlookRow("FW: b", "b", "Jordan Reyes", JordanX500, "EX", "Lee Landman", LeeX500, "EX"),
            OutlookRow("FW: c", "b", "Jordan Reyes", JordanX500, "EX", "Lee Landman", LeeX500, "EX"),
            OutlookRow("Offer", "b", "Lee Landman", LeeX500, "EX", "Jane Doe", "jane.doe@doeminerals.com", "SMTP"),
            OutlookRow("Re: Offer", "b", "Jane Doe", "jane.doe@doeminerals.com", "SMTP", "Lee Landman", LeeX500, "EX"));
        var warning = Assert.Single(Run(mailbox, People, mine: "lee@landco.com").Summary.Warnings);
        Assert.Contains("yours is most likely " + LeeX500 + " (Lee Landman, 1 message): it takes part in every message of the file", warning);
        Assert.Contains("-MyAddress 'lee@landco.com', '" + LeeX500 + "'", warning);
        Assert.DoesNotContain("'" + JordanX500 + "'", warning);

        // A Sent Items export: I sent every message, one of them to the colleague.
        var sent = Export("sent.csv",
            OutlookRow("Offer", "b", "Lee Landman", LeeX500, "EX", "Jane Doe", "jane.doe@doeminerals.com", "SMTP"),
            OutlookRow("FYI", "b", "Lee Landman", LeeX500, "EX", "Jordan Reyes", JordanX500, "EX"));
        Assert.Contains("yours is most likely " + LeeX500 + " (Lee Landman, 2 messages)", Assert.Single(Run(sent, People, mine: "lee@landco.com").Summary.Warnings));

        // An inbox where only the colleague's messages are X.500 (mine reach me at my SMTP address): nothing tells, nobody is offered as me.
        var inbox = Export("inbox.csv",
            OutlookRow("FW: a", "b", "Jordan Reyes", JordanX500, "EX", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("Re: x", "b", "Bob Roe", "bob@roe-ranch.net", "SMTP", "Lee Landman", "lee@landco.com", "SMTP"));
        var colleague = Assert.Single(Run(inbox, People, mine: "lee@landco.com").Summary.Warnings);
        Assert.Contains("from " + JordanX500 + " (Jordan Reyes, 1 message). Which of them, if any, is yours cannot be told from this file", colleague);
        Assert.DoesNotContain("'" + JordanX500 + "'", colleague);

        // One message from the colleague to me: both take part in every message, so that tells nothing either.
        var one = Export("one.csv", OutlookRow("FW: a", "b", "Jordan Reyes", JordanX500, "EX", "Lee Landman", LeeX500, "EX"));
        Assert.Contains("cannot be told from this file", Assert.Single(Run(one, People, mine: "lee@landco.com").Summary.Warnings));

        // I am in every message and sent none: the X.500 senders are others, rightly Received.
        var received = Export("received.csv",
            OutlookRow("FW: a", "b", "Jordan Reyes", JordanX500, "EX", "Lee Landman", LeeX500, "EX"),
            OutlookRow("Re: x", "b", "Bob Roe", "bob@roe-ranch.net", "SMTP", "Lee Landman", LeeX500, "EX"));
        var rightly = Assert.Single(Run(received, People, mine: "lee@landco.com").Summary.Warnings);
        Assert.Contains(LeeX500 + " takes part in every message of the file and sent none of them", rightly);
        Assert.DoesNotContain("'" + JordanX500 + "'", rightly);
    }

    [Fact]
    public void TheSendersSmtpAddressIsUsedWhenTheExportCarriesIt()
    {
        var path = ExportText("smtp.csv", "Subject,Body,From: (Name),From: (Address),From: (Type),Sender SMTP Address,To: (Address)\r\n"
            + $"Offer,b,Lee Landman,{LeeX500},EX,lee@landco.com,jane.doe@doeminerals.com\r\n");

        var (activities, _, summary) = Run(path, People, mine: "lee@landco.com");

        Assert.Equal(EmailDirection.Sent, Assert.Single(activities).Direction);
        Assert.Equal("Lee Landman <lee@landco.com>", activities[0].From);
        Assert.Empty(summary.Warnings);
    }

    [Fact]
    public void AnExchangeParticipantWithAnSmtpAddressMatchesByThatAddress()
    {
        var path = Export("ex.csv",
            OutlookRow("EX type with SMTP address", "b", "C. Cee", "carl@cee.org", "EX", "Lee Landman", "lee@landco.com", "SMTP"),
            OutlookRow("Mixed types", "b", "Lee Landman", "lee@landco.com", "SMTP", "Jane Doe;Carl Cee", "/o=ExchangeLabs/ou=X/cn=Recipients/cn=abc-jane;carl@cee.org", "EX;EX"));

        var (activities, _, summary) = Run(path, People, mine: "lee@landco.com");

        Assert.Equal(["carl|Address", "jane|DisplayName", "carl|Address"], activities.Select(a => $"{a.Prospect}|{a.MatchedBy}"));
        Assert.Equal(1, summary.X500Participants);
    }

    [Theory]
    [InlineData(";Bob Roe", "jane.doe@doeminerals.com;bob@roe-ranch.net", "SMTP;SMTP", "|jane.doe@doeminerals.com", "Bob Roe|bob@roe-ranch.net")]
    [InlineData("Jane Doe;;Carl Cee", "jane.doe@doeminerals.com; bob@roe-ranch.net ;carl@cee.org", "", "Jane Doe|jane.doe@doeminerals.com", "|bob@roe-ranch.net", "Carl Cee|carl@cee.org")]
    [InlineData("Jane Doe;Bob Roe;", "jane.doe@doeminerals.com;;carl@cee.org", "SMTP;;SMTP", "Jane Doe|jane.doe@doeminerals.com", "Bob Roe|", "|carl@cee.org")]
    [InlineData("Doe, Jane;Roe, Bob", "jane.doe@doeminerals.com;bob@roe-ranch.net", "SMTP;SMTP", "Doe, Jane|jane.doe@doeminerals.com", "Roe, Bob|bob@roe-ranch.net")]
    // Lists of different lengths: which name goes with which address cannot be told, so none is given.
    [InlineData("Bob Roe", "jane.doe@doeminerals.com;bob@roe-ranch.net", "SMTP;SMTP", "|jane.doe@doeminerals.com", "|bob@roe-ranch.net")]
    [InlineData("Jane Doe;Bob Roe", "", "", "Jane Doe|", "Bob Roe|")]
    // A sender without a display name: Outlook writes the address in the (Name) column, the (Address) one empty or X.500.
    [InlineData("jane.doe@doeminerals.com", "", "SMTP", "|jane.doe@doeminerals.com")]
    [InlineData("Jane Doe <jane.doe@doeminerals.com>", "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jdoe", "EX", "Jane Doe|jane.doe@doeminerals.com")]
    [InlineData("Jane Doe;bob@roe-ranch.net", ";", "", "Jane Doe|", "|bob@roe-ranch.net")]
    public void NamesAndAddressesArePairedByPositionEmptyEntriesHoldingTheirPlace(string names, string addresses, string types, params string[] expected)
    {
        Assert.Equal(expected, OutlookExportReader.Participants(names, addresses, types).Select(p => $"{p.Name}|{p.Address}"));
    }

    [Fact]
    public void AnEmptyNameInTheListDoesNotGiveItsNameToTheWrongAddress()
    {
        var path = Export("pair.csv", OutlookRow("empty name in list", "b", "Lee Landman", "lee@landco.com", "SMTP", ";Bob Roe", "jane.doe@doeminerals.com;bob@roe-ranch.net", "SMTP;SMTP"));

        var (activities, _, _) = Run(path, People, mine: "lee@landco.com");

        Assert.Equal("jane.doe@doeminerals.com; Bob Roe <bob@roe-ranch.net>", activities[0].To);
    }

    [Theory]
    [InlineData("de", "Betreff|Text|Von: (Name)|Von: (Adresse)|Von: (Typ)|An: (Name)|An: (Adresse)|An: (Typ)|CC: (Name)|CC: (Adresse)|CC: (Typ)|Empfangen", 1252)]
    [InlineData("de-nachricht", "Betreff|Nachricht|Von: (Name)|Von: (Adresse)|Von: (Typ)|An: (Name)|An: (Adresse)|An: (Typ)|CC: (Name)|CC: (Adresse)|CC: (Typ)|Datum", 65001)]
    [InlineData("fr", "Objet|Corps|De : (nom)|De : (adresse)|De : (type)|À : (nom)|À : (adresse)|À : (type)|Cc : (nom)|Cc : (adresse)|Cc : (type)|Reçu", 1200)]
    [InlineData("fr-nospace", "Objet|Corps|De: (nom)|De: (adresse)|De: (type)|À: (nom)|À: (adresse)|À: (type)|Cc: (nom)|Cc: (adresse)|Cc: (type)|Date", 65001)]
    [InlineData("es", "Asunto|Cuerpo|De: (nombre)|De: (dirección)|De: (tipo)|Para: (nombre)|Para: (dirección)|Para: (tipo)|CC: (nombre)|CC: (dirección)|CC: (tipo)|Recibido", 1200)]
    [InlineData("pt", "Assunto|Corpo|De: (Nome)|De: (Endereço)|De: (Tipo)|Para: (Nome)|Para: (Endereço)|Para: (Tipo)|Cc: (Nome)|Cc: (Endereço)|Cc: (Tipo)|Recebido", 65001)]
    public void LocalizedOutlookExportsAreRead(string language, string header, int codePage)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_dir, language + ".csv");
        var text = string.Join("\r\n", [OutlookRow(header.Split('|')),
            OutlookRow("AW: Pachtangebot Grundstück 12", "Hallo Lee,\r\nvielen Dank, 1.250,50 € je Acre.", "Jane Doe", "jane.doe@doeminerals.com", "SMTP",
                "Lee Landman", "lee@landco.com", "SMTP", "Carl Cee", "carl@cee.org", "SMTP", "04.03.2026 14:05")]) + "\r\n";
        File.WriteAllText(path, text, System.Text.Encoding.GetEncoding(codePage));

        var (activities, errors, summary) = Run(path, People, mine: "lee@landco.com");

        Assert.Empty(errors);
        Assert.Equal(["jane", "carl"], activities.Select(a => a.Prospect));
        Assert.Equal("AW: Pachtangebot Grundstück 12", activities[0].Subject);
        Assert.StartsWith("Hallo Lee,", activities[0].Body);
        Assert.Equal("Jane Doe <jane.doe@doeminerals.com>", activities[0].From);
        Assert.Equal(new DateTime(2026, 3, 4, 14, 5, 0), activities[0].Date!.Value.DateTime);
        Assert.True(summary.HasDateColumn);
    }

    [Fact]
    public void ARefusedFileIsToldWhichColumnsWereExpected()
    {
        // An Italian export, whose names are not in the table: the refusal lists what was looked for.
        var path = ExportText("it.csv", "Oggetto,Corpo,Da: (nome),Da: (indirizzo),A: (nome),A: (indirizzo)\r\nx,b,Jane,jane@x.com,Lee,lee@x.com\r\n");

        var error = Assert.Throws<FileFormatError>(() => Run(path, []));

        Assert.Equal("Pipes.NotAnEmailExport", error.ErrorId);
        // Its "Corpo" is a body, as Portuguese Outlook names it.
        Assert.Contains("it has no Subject, From: (Address), To: (Address) columns", error.Message);
        // Every language read is named, Portuguese too (it was left out: a Portuguese export missing a column was not told its name).
        Assert.Contains("in English (or German, French, Spanish, Portuguese)", error.Message);
        Assert.Contains("Subject (Betreff, Objet, Asunto, Assunto)", error.Message);
        Assert.Contains("From: (Address) (Von: (Adresse), De : (adresse), De: (dirección), De: (Endereço))", error.Message);
        Assert.Contains("To: (Address) (An: (Adresse), À : (adresse), Para: (dirección), Para: (Endereço))", error.Message);
        Assert.Contains("Its columns: Oggetto, Corpo", error.Message);
    }

    [Theory]
    [InlineData("sep=,\r\n", ',', false)]
    [InlineData("SEP=;\r\n", ';', false)]
    [InlineData("sep=\t\r\n", '\t', false)]
    [InlineData("Inbox export, 2 March 2026\r\n\r\n", ',', true)]
    public void ExcelsSepHintAndATitleLineAboveTheHeaderAreNotTheHeader(string above, char delimiter, bool said)
    {
        var header = string.Join(delimiter, OutlookHeader.Select(h => "\"" + h + "\""));
        var row = OutlookRow("RE: offer", "Hi Lee,\r\nok, thanks", "Jane Doe", "jane.doe@doeminerals.com", "SMTP", "Lee Landman", "lee@landco.com", "SMTP").Replace("\",\"", "\"" + delimiter + "\"");
        var path = ExportText("sep.csv", above + header + "\r\n" + row + "\r\n");

        var (activities, errors, summary) = Run(path, People, mine: "lee@landco.com");

        Assert.Empty(errors);
        Assert.Equal("jane", Assert.Single(activities).Prospect);
        Assert.Equal("Hi Lee,\r\nok, thanks", activities[0].Body);
        if (said) Assert.Contains("the header is on line 3; the row above it was skipped", Assert.Single(summary.Warnings));
        else Assert.Empty(summary.Warnings);
    }

    // Excel's hint is no row: a file of it alone is empty, not "no export whose columns are: sep=,"; a contact list below it is
    // refused by its own columns.
    [Fact]
    public void ASepHintIsNeitherCountedNorNamedAsTheFilesColumns()
    {
        Assert.True(Run(ExportText("hint.csv", "sep=,\r\n"), People).Summary.NoRows);

        var error = Assert.Throws<FileFormatError>(() => Run(ExportText("contacts.csv", "sep=,\r\nName,Email\r\nJo,jo@x.com\r\n"), People));

        Assert.Equal("Pipes.NotAnEmailExport", error.ErrorId);
        Assert.EndsWith("Its columns: Name, Email.", error.Message);
    }

    [Fact]
    public void AnEmptyFilesSummarySaysNothingOfADateColumn()
    {
        var empty = ExportText("zero.csv", "");
        var (_, _, summary) = Run(empty, People);
        Assert.True(summary.NoRows);
        Assert.DoesNotContain("date column", summary.Describe("zero.csv"));
        var header = Export("header.csv");
        Assert.DoesNotContain("date column", Run(header, People).Summary.Describe("header.csv"));
        // A file that has messages still hears it.
        Assert.Contains("date column", Run(Export("one.csv", OutlookRow("x", "b", "Jane", "jane.doe@doeminerals.com")), People).Summary.Describe("one.csv"));
    }

    [Fact]
    public void AFileWhoseOnlyRowCannotBeReadIsThatRowsErrorNotEmpty()
    {
        var path = ExportText("broken.csv", "\"Subject,Body,From: (Address),To: (Address)\r\nx,b,jane@x.com,lee@x.com\r\n");

        var (_, errors, summary) = Run(path, People);

        Assert.False(summary.NoRows);
        Assert.Equal("Pipes.RowParseError", Assert.Single(errors).ErrorId);
    }

    [Fact]
    public void AFileThatIsNoExportIsRefusedByItsFirstRowEvenWhenTheRowBelowIsTooLongToRead()
    {
        var path = ExportText("oneline.csv", "First Name,Last Name,Email\r\n" + new string('x', 5000) + "\r\n");
        var summary = new EmailImportSummary();

        var error = Assert.Throws<FileFormatError>(() =>
            new EmailActivityMatcher(People, []).Import(path, null, false, summary, new Pipes.Import.ImportLimits { MaxCellLength = 2000 }).ToList());

        Assert.Equal("Pipes.NotAnEmailExport", error.ErrorId);
        Assert.Contains("Its columns: First Name, Last Name, Email", error.Message);
    }
}
