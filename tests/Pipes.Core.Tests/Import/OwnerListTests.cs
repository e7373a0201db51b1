using System.Text;
using Pipes.Import;

namespace Pipes.Tests.Import;

/// <summary>
/// The lists a minerals buyer imports besides CRM exports: heirship and probate lists (whose contact is the heir or the personal
/// representative), a landman's notes, skip-trace returns with a status or type per line, division orders' suspense reasons. The
/// kinds tests/data/import-owners showed unread; the inputs here are written apart from that set.
/// </summary>
public sealed class OwnerListTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipes-owners-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<ContactRecord> Import(string text, ImportOptions? options = null)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        var items = ContactImporter.Import(path, options ?? new ImportOptions(), new ImportSummary()).ToList();
        Assert.All(items, i => Assert.Null(i.Error));
        return items.Select(i => i.Record!).ToList();
    }

    // The heir's or the personal representative's columns are the row's contact; the decedent's and the estate lawyer's are not.
    [Fact]
    public void AnHeirshipListsContactIsTheHeir()
    {
        var record = Import("Decedent,Heir Name,Heir Phone,Heir E-mail,Attorney Phone\nAmos Pruett,Nell Pruett Hayes,325-555-0140,nell@x.example,325-555-0199\n")[0];
        Assert.Equal(("Nell Pruett Hayes", "3255550140", "nell@x.example", null), (record.FullName, record.Phone, record.Email, record.ExtraPhones));
    }

    // Beside the owner's name, the heir's name and number make the row the heir's: the owner's name (and "Owner ..." columns) are kept as
    // columns, and the file's Deceased is the owner's, not the heir's (was: FullName the dead owner's, the heir's number and address withheld).
    [Fact]
    public void BesideTheOwnersNameAnHeirsRowIsTheHeirsAndDeceasedIsTheOwners()
    {
        var record = Import("Owner Name,Owner Phone,Deceased,Heir Name,Heir Phone,Heir Email\n"
            + "Cyrus Hale,432-555-0150,Y,Opal Hale Reyes,432-555-0151,opal@x.example\n")[0];
        Assert.Equal(("Opal Hale Reyes", "4325550151", "opal@x.example", null, null, null),
            (record.FullName, record.Phone, record.Email, record.ExtraPhones, record.PhoneRaw, record.WithheldEmails));
        var columns = record.ExtraColumns();
        Assert.Equal(("Cyrus Hale", "432-555-0150"), ((string?)columns["Owner Name"], (string?)columns["Owner Phone"]));
    }

    // The owner's name in parts ("Owner First Name", "Owner Last Name") beside an heir's: kept as columns on the heir's row, the name of a
    // row that names no heir (both parts were dropped: no name at all on the owner's row).
    [Fact]
    public void TheOwnersNamePartsFillARowWithNoHeir()
    {
        var records = Import("Owner First Name,Owner Last Name,Deceased,Heir Name,Heir Phone\nCyrus,Hale,Y,Opal Reyes,432-555-0151\nAda,Lowe,,,\n");
        Assert.Equal(("Opal Reyes", "4325550151"), (records[0].FullName, records[0].Phone));
        Assert.Equal("Cyrus", (string?)records[0].ExtraColumns()["Owner First Name"]);
        Assert.Equal(("Ada", "Lowe", "Ada Lowe"), (records[1].FirstName, records[1].LastName, records[1].FullName));
    }

    // A bare "Heir" beside the heir's own "Heir Phone" is the heir's name: kept as a column beside the owner's name (a fallback name), it
    // left the row the dead owner's and his Deceased withheld the heir's number and address. The first of numbered heirs is the row's.
    [Fact]
    public void ABareHeirBesideTheHeirsPhoneIsTheHeirsName()
    {
        var record = Import("Owner Name,Deceased,Heir,Heir Phone,Heir Email\nAmos Pruett,Y,Nell Hayes,325-555-0140,nell@x.example\n")[0];
        Assert.Equal(("Nell Hayes", "3255550140", "nell@x.example"), (record.FullName, record.Phone, record.Email));
        var numbered = Import("Decedent,Heir 1 Name,Heir 1 Phone,Heir 2 Name,Heir 2 Phone\nEarl Moss,Dean Moss,806-555-0201,Rita Hall,806-555-0202\n")[0];
        Assert.Equal(("Dean Moss", "8065550201", null), (numbered.FullName, numbered.Phone, numbered.ExtraPhones));
    }

    // The review's three: a plain Phone beside Heir Phone is the owner's (it stayed Phone: the dead owner dialled on the heir's row);
    // "PR" and "Administrator" beside a person's own columns are no heirs without a probate list's column (a publicist's name took the
    // row); a -Mapping that sends the owner's columns to the fields makes the rows the owner's (Deceased was skipped: the dead dialled).
    [Fact]
    public void APlainPhoneBesideTheHeirsIsTheOwners()
    {
        var record = Import("Owner Name,Deceased,Phone,Heir Name,Heir Phone\nJohn Smith,Yes,512-555-0101,Mary Smith,512-555-0202\n")[0];
        Assert.Equal(("Mary Smith", "5125550202", null, null), (record.FullName, record.Phone, record.ExtraPhones, record.PhoneRaw));
        Assert.Equal("512-555-0101", (string?)record.ExtraColumns()["Phone"]);
    }

    [Theory]
    [InlineData("Name,Email,PR Name,PR Email\nAnn Star,ann@x.example,Pat Publicist,pat@agency.example\n", "Ann Star")]
    [InlineData("Name,Email,Administrator Name,Administrator Email\nJane Doe,jane@x.example,Tom Admin,tom@school.example\n", "Jane Doe")]
    public void APrOrAdministratorOutsideAProbateListIsNoHeir(string csv, string name)
    {
        var record = Import(csv)[0];
        Assert.Equal(name, record.FullName);
    }

    [Fact]
    public void AMappingToTheOwnersColumnsMakesTheRowsTheOwners()
    {
        var options = new ImportOptions { Mapping = new Dictionary<string, string> { ["Owner Name"] = "FullName", ["Owner Phone"] = "Phone" } };
        var record = Import("Owner Name,Owner Phone,Deceased,Heir Name,Heir Phone\nJohn Smith,512-555-0101,Yes,Mary Smith,512-555-0202\n", options)[0];
        Assert.Equal("John Smith", record.FullName);
        Assert.Null(record.Phone);
        Assert.Contains("5125550101", record.PhoneRaw);
    }

    // The owner's columns set aside are said, as any column kept in place of a field is.
    [Fact]
    public void AnHeirshipListSaysItsOwnerColumnsAreKept()
    {
        var path = Path.Combine(_dir, "heirs.csv");
        File.WriteAllText(path, "Owner Name,Owner Phone,Deceased,Heir Name,Heir Phone\nCyrus Hale,432-555-0150,Y,Opal Reyes,432-555-0151\n", new UTF8Encoding(false));
        var summary = new ImportSummary();
        _ = ContactImporter.Import(path, new ImportOptions(), summary).ToList();
        Assert.Contains(summary.Warnings, w => w.Contains("rows are the heirs'", StringComparison.Ordinal) && w.Contains("'Owner Name', 'Owner Phone'", StringComparison.Ordinal));
    }

    // A row of the same list that names no heir is the owner's: the owner's columns fill it, and Deceased marks it.
    [Fact]
    public void AnHeirshipListsRowWithoutAnHeirIsTheOwners()
    {
        var records = Import("Owner Name,Owner Phone,Owner Address,Deceased,PR Name,PR Phone,PR Address\n"
            + "Ruth Bell,580-555-0160,9 Cedar Ln,No,,,\n"
            + "Hugh Bell,580-555-0161,9 Cedar Ln,Yes,,,\n"
            + "Ezra Pike,580-555-0162,4 Oak Ct,Yes,Lena Pike,580-555-0163,7 Pine Rd\n");
        Assert.Equal(("Ruth Bell", "5805550160", "9 Cedar Ln"), (records[0].FullName, records[0].Phone, records[0].Address));
        Assert.Equal(("Hugh Bell", null, "5805550161"), (records[1].FullName, records[1].Phone, records[1].PhoneRaw));
        Assert.Equal(("Lena Pike", "5805550163", "7 Pine Rd", null), (records[2].FullName, records[2].Phone, records[2].Address, records[2].PhoneRaw));
    }

    // Heir name parts, and no other name: the row is the heir's, the unqualified Deceased the decedent's; the heir's own death column marks.
    [Fact]
    public void AnHeirsOwnDeathColumnMarksTheHeir()
    {
        var records = Import("Decedent Name,Heir First Name,Heir Last Name,Phone,Email,Deceased,Heir Deceased\n"
            + "Amos Wray,Dell,Wray,918-555-0170,dell@x.example,Yes,\n"
            + "Amos Wray,Ivo,Wray,918-555-0171,ivo@x.example,Yes,Yes\n");
        Assert.Equal(("Dell Wray", "Dell", "Wray", "9185550170", "dell@x.example"), (records[0].FullName, records[0].FirstName, records[0].LastName, records[0].Phone, records[0].Email));
        Assert.Equal((null, "9185550171", null, "ivo@x.example"), (records[1].Phone, records[1].PhoneRaw, records[1].Email, records[1].WithheldEmails));
    }

    // Beside the person's own name columns, a bare "Heir" or "Executor" is a column of its own (often a yes/no), not the name (the review).
    [Fact]
    public void ABareRoleBesideAPersonsNameIsNoName()
    {
        var record = Import("First Name,Last Name,Heir,Executor,Phone\nJo,Smith,Yes,No,214-555-0101\nAl,Ames,No,Yes,214-555-0102\n")[0];
        Assert.Equal(("Jo Smith", "Jo", "Smith"), (record.FullName, record.FirstName, record.LastName));
    }

    [Fact]
    public void AProbateListsContactIsThePersonalRepresentative()
    {
        var record = Import("Case,Decedent Name,PR Name,PR Address,PR City,PR Phone,PR Email\nP-9,Ila Voss,Dean Voss,12 Elm St,Enid,580-555-0141,dean@x.example\n")[0];
        Assert.Equal(("Dean Voss", "12 Elm St", "Enid", "5805550141", "dean@x.example"), (record.FullName, record.Address, record.City, record.Phone, record.Email));
    }

    [Fact]
    public void PhoneBurnersAdditionalPhoneIsAnotherNumber()
    {
        var record = Import("First Name,Last Name,Phone,Additional Phone,Additional Phone Type\nLen,Ortiz,8175550142,8175550143,Fax\nMay,Ortiz,8175550144,8175550145,Home\n");
        Assert.Equal(("8175550142", null), (record[0].Phone, record[0].ExtraPhones)); // its type says fax
        Assert.Equal(("8175550144", "8175550145"), (record[1].Phone, record[1].ExtraPhones));
    }

    // A line's own status or type: that number, not the row's others.
    [Theory]
    [InlineData("Phone 1 Status", "Wrong Number", null, "2145550102")]
    [InlineData("Phone 1 Status", "Not Owner", null, "2145550102")]
    [InlineData("Phone 1 Status", "Correct", "2145550101", "2145550102")]
    [InlineData("Phone 2 Type", "Fax", "2145550101", null)]
    [InlineData("Phone 2 Type", "Landline", "2145550101", "2145550102")]
    public void ALinesStatusStopsThatLine(string header, string value, string? first, string? second)
    {
        var column = header.StartsWith("Phone 1", StringComparison.Ordinal) ? $"{header},Phone 2" : $"Phone 2,{header}";
        var values = header.StartsWith("Phone 1", StringComparison.Ordinal) ? $"{value},214-555-0102" : $"214-555-0102,{value}";
        var record = Import($"Name,Phone 1,{column}\nJo Smith,214-555-0101,{values}\n")[0];
        var dialable = new[] { record.Phone }.Concat(record.ExtraPhones?.Split("; ") ?? []).OfType<string>().ToList();
        Assert.Equal(new[] { first, second }.OfType<string>().ToList(), dialable);
    }

    [Theory]
    [InlineData("TCPA", "TRUE", true)]
    [InlineData("TCPA", "FALSE", false)]
    [InlineData("TCPA Consent", "Yes", false)] // consent given, the opposite
    [InlineData("Line Status", "Disconnected", true)]
    [InlineData("Marketing Opt-Out", "Yes", true)] // every channel
    // A risk of Low is a no, a range that reaches Medium is not.
    [InlineData("Litigator Risk", "Low", false)]
    [InlineData("Litigator Risk", "Low-Medium", true)]
    [InlineData("Litigator Risk", "Low to Medium", true)]
    public void SkipTraceAndCrmColumnsStopCalls(string header, string value, bool stopped) =>
        Assert.Equal(stopped ? null : "2145550101", Import($"Name,Phone,{header}\nJo Smith,214-555-0101,{value}\n")[0].Phone);

    // A landman's notes: what they ask (calls, mail, both) and what only describes.
    [Theory]
    [InlineData("DNC per owner 5/12", true, false)]
    [InlineData("remove - per son, owner in nursing home", true, true)]
    [InlineData("owner deceased 2021, estate unsettled", true, true)]
    [InlineData("letters only", true, true)] // neither calls nor email: Pipes writes no letters
    [InlineData("no mail", false, true)]
    [InlineData("don't call - email ok", true, false)]
    [InlineData("Do not send any more letters or e-mails", false, true)]
    [InlineData("talk to his attorney instead", true, true)]
    [InlineData("threatened to report us to the AG", true, false)]
    [InlineData("says he'll call the police if we call again", true, false)]
    [InlineData("no solicitations per trust officer", true, true)]
    [InlineData("left vm, call back after harvest", false, false)]
    [InlineData("Wife deceased 2018, he's the sole owner now", false, false)]
    [InlineData("DNC? scrubbed - not on it", false, false)]
    [InlineData("wants a bigger number, call in June", false, false)]
    [InlineData("hung up, rude", false, false)]
    // Kinds the held-out notes set showed (tests/data/import-notes), in other words than its own.
    [InlineData("obituary in the Abilene paper; passed 2021", true, true)]
    [InlineData("per grandson, she died last spring", true, true)]
    [InlineData("dec'd 2020 - heirs unknown", true, true)]
    [InlineData("murió hace un año", true, true)]
    [InlineData("his wife died in 2019, he still owns it", false, false)]
    [InlineData("deceased co-owner on the NW/4; this one is fine", false, false)]
    [InlineData("county shows deceased but she answered, alive", false, false)]
    [InlineData("DNC list: not on it", false, false)]
    [InlineData("Not DNC", false, false)]
    [InlineData("was DNC until last year, ok to call now", false, false)]
    [InlineData("thinking about DNC - maybe", false, false)]
    [InlineData("wondered if we would stop calling after she signs", false, false)]
    [InlineData("his brother is on DNC, not him", false, false)]
    [InlineData("no calls on weekends", false, false)]
    [InlineData("no phone calls, email fine", true, false)]
    [InlineData("pidió que no lo llamen", true, false)]
    [InlineData("C&D letter from his lawyer", true, true)]
    [InlineData("revoked consent 3/3", true, false)]
    [InlineData("daughter says not to call him, he's confused", true, false)]
    [InlineData("if we call again she'll report us", true, false)]
    [InlineData("doesn't want any emails", false, true)]
    [InlineData("nur per Post, bitte", true, true)]
    [InlineData("remove the old lien from the title", false, false)]
    // From the review (written by the reviewer): a to-do that removes something else, a call log, a DNC check's answer.
    [InlineData("REMOVE - hostile", true, true)]
    [InlineData("Remove from every list, she's furious", true, true)]
    // The review's last list (its words): requests missed, and logs read as requests.
    [InlineData("Not interested - take off list", true, true)]
    [InlineData("He said never call here again", true, false)]
    [InlineData("Owner asked us to remove her", true, true)]
    [InlineData("Said remove her number", true, false)]
    [InlineData("Threatened lawsuit if we call again", true, false)]
    [InlineData("Owner is dead", true, true)]
    [InlineData("Wife said he passed away", true, true)]
    [InlineData("Wife passed away in 2020, he owns it now", false, false)]
    [InlineData("Remove: duplicate of row 12", false, false)]
    [InlineData("do not mail the check", false, false)]
    [InlineData("No mail at PO box - use street address", false, false)]
    [InlineData("Do not contact until after harvest", false, false)]
    [InlineData("Remove lien first, then send DO", false, false)]
    [InlineData("Remove from suspense once DO signed", false, false)]
    [InlineData("Remove old address from file", false, false)]
    [InlineData("Remove - dup of row 12", false, false)]
    [InlineData("No contact yet", false, false)]
    [InlineData("No contact made - 3 attempts", false, false)]
    [InlineData("No contact info for sister", false, false)]
    [InlineData("no contact per attorney", true, true)]
    // "No contact" as a call's outcome (nobody reached) asks nothing; as the note's status, or asked for, it stops both.
    [InlineData("Rang twice, busy. No contact.", false, false)]
    [InlineData("tried 9/14 and 9/20 - no contact", false, false)]
    [InlineData("No contact - left msg w/ receptionist", false, false)]
    [InlineData("no contact as of Friday", false, false)]
    [InlineData("2nd attempt, no contact", false, false)]
    [InlineData("No Contact", true, true)]
    [InlineData("no contact - irate on last call", true, true)]
    [InlineData("Called 6/1; her son asked for no contact", true, true)]
    [InlineData("Left VM. Owner wants no contact", true, true)]
    [InlineData("Not on DNC", false, false)]
    [InlineData("DNC: No", false, false)]
    [InlineData("Checked DNC - clean", false, false)]
    [InlineData("DNC registry checked", false, false)]
    [InlineData("On DNC registry", true, false)]
    [InlineData("DNC - no calls, per son", true, false)]
    [InlineData("DNC per owner, made that clear", true, false)]
    [InlineData("do not mail to the ranch, use the PO box", false, false)]
    [InlineData("she said don't call it royalty, it's minerals", false, false)]
    [InlineData("3/1 vm; 3/8 he said do not call", true, false)] // a request reported
    [InlineData("son told us not to call, he handles it", true, false)]
    [InlineData("no longer wants calls", true, false)] // "wants calls" undid it
    [InlineData("do not call per owner", true, false)] // a bare request with its source after it (the reply rule reads it before a stop only)
    [InlineData("Don't call per his attorney", true, false)]
    [InlineData("Left message with assistant, ref #4417", false, false)]
    [InlineData("doesn't like being called; send letters", true, false)] // a dislike of calls with nothing after it (marked nothing)
    [InlineData("hates being phoned, prefers mail", true, false)]
    [InlineData("doesn't like being called Bob", false, false)]
    [InlineData("does not like being called at all", true, false)]
    [InlineData("hates being called but wants an offer by mail", true, false)]
    [InlineData("asked about our DNC policy, said he is fine for now", false, false)] // asked about, not asked for (was a request)
    [InlineData("wanted to know about the do not call list", false, false)]
    [InlineData("asked about getting on the DNC list, decided not to", false, false)]
    [InlineData("asked about the offer and said DNC", true, false)]
    [InlineData("DNC (cancelled 5/3 - owner wants offer)", false, false)] // undone right after (was a request)
    [InlineData("DNC request withdrawn", false, false)]
    [InlineData("DNC - withdrawn from sale", true, false)]
    [InlineData("DNC - revoked consent", true, false)]
    public void ANoteStopsWhatItAsks(string note, bool calls, bool email)
    {
        var record = Import($"Name,Phone,Email,Notes\nJo Smith,214-555-0101,jo@x.example,\"{note}\"\n")[0];
        Assert.Equal((calls ? null : "2145550101", email ? null : "jo@x.example"), (record.Phone, record.Email));
        if (calls || email) Assert.Contains($"'Notes' says", record.Issues);
    }

    // A note that names a line stops that line only.
    [Theory]
    [InlineData("Cell,Home Phone", "wrong number on cell", null, "2145550102")]
    [InlineData("Alt Phone,Phone", "alt phone is his cousin's", null, "2145550102")]
    [InlineData("Phone,Phone 2", "says 214-555-0102 is her neighbor's, stop calling it", "2145550101", null)]
    [InlineData("Phone,Cell", "number ending 0101 is her old office, don't call it", null, "2145550102")]
    [InlineData("Phone,Cell", "Don't call the landline, the tenant answers", null, "2145550102")]
    [InlineData("Phone,Cell", "5/2 wrong party on cell", "2145550101", null)]
    [InlineData("Phone,Cell", "número equivocado en el cel", "2145550101", null)]
    [InlineData("Phone,Cell", "old cell was a wrong # - this one is good", "2145550101", "2145550102")]
    // The line a request names right after its words; a number the clause gives to call instead is not the one stopped (the office
    // line was dialled and the cell written as the number to use was withheld).
    [InlineData("Office Phone,Cell Phone", "Stop calling my office line, my cell is 214-555-0102", null, "2145550102")]
    [InlineData("Work Phone,Mobile", "quit calling his work number", null, "2145550102")]
    [InlineData("Home Phone,Cell", "Please stop calling my cell.", "2145550101", null)]
    [InlineData("Phone,Cell", "Stop calling, use 214-555-0102 instead", null, "2145550102")] // the number given to use is the row's other
    [InlineData("Phone,Cell", "stop calling, use my email instead", null, null)] // none given: the row's
    // Kinds a helper's and a review's notes showed: the line after "me at", "to the", "on"; two lines named (the row's); a number
    // after the request's own verb ("do not call 214-...", "don't text or call ...") is the one stopped, not one given; a line said
    // to be no good beside a number given instead; a line's fact with "#" or "disconnected"; "take ... off".
    [InlineData("Home Phone,Work Phone", "pls quit calling her at work", "2145550101", null)]
    [InlineData("Cell,Office Phone", "no more calls to the office per owner", "2145550101", null)]
    [InlineData("Cell,Home Phone", "DNC on home phone", "2145550101", null)]
    [InlineData("Cell,Home Phone", "never call the cell or the home again", null, null)]
    [InlineData("Cell,Home Phone", "stop calling her home line and cell", null, null)]
    [InlineData("Cell,Home Phone", "don't call home, cell or work", null, null)]
    [InlineData("Phone,Phone 2", "do not call 214-555-0102, it's a fax", "2145550101", null)]
    [InlineData("Phone,Phone 2", "Don't text or call 214-555-0101; he uses the other", null, "2145550102")]
    [InlineData("Phone,Phone 2", "wrong # - reach him at 214-555-0102", null, "2145550102")]
    [InlineData("Phone,Phone 2", "Bad number: 214-555-0101", null, "2145550102")]
    [InlineData("Cell,Home Phone", "home # disconnected, try the cell", "2145550101", null)]
    [InlineData("Cell,Landline", "landline disconnected", "2145550101", null)]
    [InlineData("Cell,Landline", "take the landline off the list", "2145550101", null)]
    [InlineData("Cell,Work Phone", "no calls to work pls - use cell 214-555-0101", "2145550101", null)]
    // A second review's kinds: "dont" (no apostrophe) before the number was read as a number given to call, so the asked-about line
    // was dialled and the other withheld; the number before the request; "remove" and "ever" before a number; "call X not Y"; a line
    // after "at"; "no longer wants calls"; a line listed after the number; "ok to call" another number leaves the request standing.
    [InlineData("Phone,Cell", "pls dont call 214-555-0101 again", null, "2145550102")]
    [InlineData("Phone,Cell", "214-555-0101 do not call", null, "2145550102")]
    [InlineData("Phone,Cell", "remove 214-555-0101 from the list per owner", null, "2145550102")]
    [InlineData("Phone,Cell", "dont ever call 214-555-0101", null, "2145550102")]
    [InlineData("Phone,Cell", "call 214-555-0102 not 214-555-0101", null, "2145550102")]
    [InlineData("Home Phone,Work Phone", "pls do not call at home", null, "2145550102")]
    [InlineData("Home Phone,Work Phone", "quit calling him at work, use his home #", "2145550101", null)]
    [InlineData("Phone,Cell", "no longer wants calls on 214-555-0101", null, "2145550102")]
    [InlineData("Phone,Cell", "do not call 214-555-0101 or his cell", null, null)]
    [InlineData("Phone,Cell", "DNC 214-555-0101; ok to call 214-555-0102", null, "2145550102")]
    [InlineData("Phone,Cell", "do not call 214-555-0101 - call 214-555-0102 instead", null, "2145550102")]
    // A third review's kinds (each withheld the good line too): the line as the heading of the request; a number said to be good or
    // given as "good #", "new cell"; a number dialled before the request whose object is another number; a number alone after "!!" or
    // a line break; the office line not in the file (the cell given, the home stopped); "the old one" and "old number disconnected"
    // beside a new number given (without one, the row's may be the new); a dislike of calls on a line; the number after "mobile
    // number" when the Cell column holds another.
    [InlineData("Home Phone,Cell", "Cell - DO NOT CALL", "2145550101", null)]
    [InlineData("Cell,Home Phone", "home phone: do not call", "2145550101", null)]
    [InlineData("Cell,Work Phone", "Work # DNC", "2145550101", null)]
    [InlineData("Phone,Cell", "his cell 214-555-0102 is good, do not call home", null, "2145550102")]
    [InlineData("Phone,Cell", "214-555-0101 do not call, 214-555-0102 ok", null, "2145550102")]
    [InlineData("Phone,Phone 2", "wrong # 214-555-0101, good # 214-555-0102", null, "2145550102")]
    [InlineData("Phone,Cell", "called 214-555-0102 and reached him - said stop calling 214-555-0101", null, "2145550102")]
    [InlineData("Phone,Cell", "called 214-555-0102 - asked us not to call 214-555-0101", null, "2145550102")]
    [InlineData("Phone,Cell", "DO NOT CALL!! 214-555-0101", null, "2145550102")]
    [InlineData("Phone,Cell", "DNC\n214-555-0101", null, "2145550102")]
    [InlineData("Home Phone,Cell", "stop calling my office line, my cell is 214-555-0102", null, "2145550102")]
    [InlineData("Phone,Phone 2", "new cell 214-555-0102; don't call the old one", null, "2145550102")]
    [InlineData("Phone,Phone 2", "new cell 214-555-0102, old number disconnected", null, "2145550102")]
    [InlineData("Phone,Phone 2", "old home # disconnected, replaced w/ this one", "2145550101", "2145550102")]
    [InlineData("Home Phone,Cell", "hates getting calls on his mobile", "2145550101", null)]
    [InlineData("Phone,Cell", "do not call his new cell 214-555-0102", "2145550101", null)] // "new" after a negation gives nothing
    [InlineData("Cell,Home Phone", "CELL # - do not call per owner", "2145550102", null)]
    [InlineData("Cell,Home Phone", "left vm on 214-555-0102; spoke on 214-555-0101 - do not call the house again", "2145550101", null)]
    [InlineData("Phone,Cell", "reached on 214-555-0102, said don't call 214-555-0101 anymore", null, "2145550102")]
    // A review of those kinds (its 160 rows: 67 wrong, 20 of them right before; now 24, none worse than before). What the last commit
    // broke: a number alone after a line's fact is the one to call; words after a number give it only when they end its phrase and no
    // request's negation stands before it; a dislike of calls is a request only of a line; an old line beside a new number given is
    // that line, and the new one when the row holds it stays; what follows a number is said of it.
    [InlineData("Home Phone,Cell", "Home wrong number. (214) 555-0102", null, "2145550102")]
    [InlineData("Landline,Cell", "landline bad #\n214-555-0102", null, "2145550102")]
    [InlineData("Phone,Cell", "pls dont call 214-555-0101 works nights", null, "2145550102")]
    [InlineData("Phone,Phone 2", "remove 214-555-0102 ok'd by owner", "2145550101", null)]
    [InlineData("Phone,Phone 2", "214-555-0101 is good for texts only, do not call it", null, "2145550102")]
    [InlineData("Phone,Cell", "DNC 214-555-0101 fine to call cell", null, "2145550102")]
    [InlineData("Landline,Cell", "doesnt like being called Robert", "2145550101", "2145550102")]
    [InlineData("Home Phone,Mobile", "new mobile 214-555-0102, old mobile disconnected", "2145550101", "2145550102")]
    [InlineData("Phone,Phone 2", "new # 214-555-0102 - wrong party, dont call", "2145550101", null)]
    [InlineData("Landline,Cell", "got new cell 972-555-0199 - don't call the old cell", "2145550101", null)]
    [InlineData("Phone,Cell", "REMOVE!!\n214-555-0101\n214-555-0102", null, null)]
    // And kinds wrong before it: a line's heading after a sentence or a comma; a number said no good, a fax, not working; a number
    // the row has not; "either number"; a number to use after "!!"; a line's fact of the number right before it; a number confirmed,
    // current, new; a dislike of calls on a number.
    [InlineData("Cell,Landline", "Cell: left vm. Landline: DNC", "2145550101", null)]
    [InlineData("Home Phone,Cell", "ok to call cell, landline DNC", null, "2145550102")]
    [InlineData("Phone,Phone 2", "214-555-0102 is good, 214-555-0101 is a fax", null, "2145550102")]
    [InlineData("Phone,Phone 2", "214-555-0101 not working, 214-555-0102 working", null, "2145550102")]
    [InlineData("Phone,Cell", "not a good # 214-555-0101", null, "2145550102")]
    [InlineData("Phone,Phone 2", "DNC (972) 555-0199", "2145550101", "2145550102")]
    [InlineData("Phone,Phone 2", "Do not call either number", null, null)]
    [InlineData("Home Phone,Mobile", "Do not call!! use 214-555-0102", null, "2145550102")]
    [InlineData("Phone,Phone 2", "tried 214-555-0102 twice no ans, 214-555-0101 wrong #", null, "2145550102")]
    [InlineData("Home Phone,Mobile", "wrong # on home, mobile 214-555-0102 confirmed", null, "2145550102")]
    [InlineData("Phone,Phone 2", "(214) 555-0102 new number - don't call the old one", null, "2145550102")]
    [InlineData("Phone,Phone 2", "214-555-0101 old number, disconnected. 214-555-0102 current", null, "2145550102")]
    [InlineData("Phone,Cell", "really dislikes phone calls on 214-555-0101", null, "2145550102")]
    [InlineData("Phone,Cell", "DNC use cell 214-555-0102", null, "2145550102")] // "DNC" is no negation of "use"
    [InlineData("Home Phone,Mobile", "Mobile: DNC. Home: ok", "2145550101", null)] // "DNC." was read "DNC on home" and the home line stopped
    [InlineData("Home Phone,Cell", "DNC - cell: wife answers", null, null)] // a line heading what follows is not the request's line
    [InlineData("Phone,Phone 2", "214-555-0101 good - 214-555-0102 fax", "2145550101", null)] // "good" was read before the second number
    [InlineData("Landline,Cell", "landline - disconnected", null, "2145550102")]
    [InlineData("Phone,Phone 2", "Do not call: 214-555-0101\n214-555-0102", null, null)] // a list after a colon (stopped nothing)
    [InlineData("Phone,Phone 2", "Do not call: 214-555-0101", null, "2145550102")]
    [InlineData("Work Phone,Cell", "Work: wrong #. Cell - good", null, "2145550102")]
    // A number right before the request is its object when the one after is given to call (both were dialled).
    [InlineData("Phone,Phone 2", "214.555.0101 DNC / 214.555.0102 is good", null, "2145550102")]
    [InlineData("Phone,Phone 2", "DNC 214-555-0101 - 214-555-0102 ok", null, "2145550102")]
    // A request worded "that we not call" or "take ... off" (stopped nothing).
    [InlineData("Phone,Phone 2", "got him on 214-555-0102, he requested that we not call 214-555-0101 anymore", null, "2145550102")]
    [InlineData("Phone,Phone 2", "wife said take 214-555-0101 off the list", null, "2145550102")]
    // A line heading a bare request whatever follows it (both were dialled).
    [InlineData("Home Phone,Mobile", "Mobile-DO NOT CALL kids answer, try home evenings", "2145550101", null)]
    // "call X, not the landline": the line after "not" (both were dialled).
    [InlineData("Landline,Cell", "call 214-555-0102 not the landline", null, "2145550102")]
    [InlineData("Landline,Cell", "call 972.555.0199 not the landline", null, "2145550102")] // a number written with dots, not the row's
    [InlineData("Home Phone,Cell", "call his cell, not the home phone", null, "2145550102")]
    [InlineData("Home Phone,Cell", "try the cell, not the house", null, "2145550102")]
    // The reply rule's request naming a line in its own words ("the home number", read since it learnt "the house"): that line.
    [InlineData("Home Phone,Cell", "wife asked us not to call the home number anymore", null, "2145550102")]
    [InlineData("Home Phone,Cell", "please don't phone the house", null, "2145550102")]
    [InlineData("Home Phone,Cell", "call cell if not home", "2145550101", "2145550102")] // not home: away
    // An old number written out is named: its fact is of it now (was undone as the past: both dialled).
    [InlineData("Phone,Phone 2", "old number 214-555-0101 out of service; new one 214-555-0102", null, "2145550102")]
    [InlineData("Phone,Phone 2", "old # 214-555-0101 disconnected", null, "2145550102")]
    // Two numbers said bad together (both were dialled).
    [InlineData("Phone,Phone 2", "no good # for owner - 214-555-0101 & 214-555-0102 are both bad", null, null)]
    // A number asked about, then the answer (both were withheld).
    [InlineData("Phone,Phone 2", "214-555-0101 good? - wrong party per son", null, "2145550102")]
    // The right party's number is given to call (both were withheld).
    [InlineData("Phone,Phone 2", "wrong person at 214-555-0101, right person on 214-555-0102", null, "2145550102")]
    // A phone column's own header as the heading (both were withheld).
    [InlineData("Phone,Phone 2", "Phone 2 - DNC", "2145550101", null)]
    [InlineData("Phone,Alt Phone", "Alt Phone: do not call", "2145550101", null)]
    // A line by its number or place among the row's phone columns; "Phone 1" is the unnumbered "Phone" beside "Phone 2" (both were
    // withheld, or a count was read as the line: "called 2 times" stopped Phone 2 only).
    [InlineData("Phone,Phone 2", "Phone 1: do not call", null, "2145550102")]
    [InlineData("Phone,Phone 2", "phone #1 disconnected", null, "2145550102")]
    [InlineData("Phone,Phone 2", "DNC on phone 2", "2145550101", null)]
    [InlineData("Phone,Phone 2", "do not call number 2", "2145550101", null)]
    [InlineData("Phone,Phone 2", "1st number is bad", null, "2145550102")]
    [InlineData("Home Phone,Phone 2", "line 1 wrong number", null, "2145550102")]
    [InlineData("Phone1,Phone2", "phone2 wrong #", "2145550101", null)]
    [InlineData("Phone,Phone 2", "wrong number, called 2 times", null, null)]
    [InlineData("Phone,Phone 2", "3/2 wrong party", null, null)]
    // What a review found: two numbered lines (only the first was stopped), a place word with no line after it ("1st call") and a
    // count after a line's word ("phone 2 times") named one line.
    [InlineData("Phone,Phone 2", "DNC on phone 2 and phone 1", null, null)]
    [InlineData("Phone,Phone 2", "do not call number 1 or 2", null, null)]
    [InlineData("Phone,Phone 2", "1st call: wrong number", null, null)]
    [InlineData("Phone,Phone 2", "Wrong number - tried phone 2 times", null, null)]
    [InlineData("Phone,Phone 2", "Wrong number, called number 2x", null, null)]
    // A relative's line in a note (both were dialled): a number or line word and the relative alone, or with a name.
    [InlineData("Home Phone,Mobile", "mobile belongs to grandson", "2145550101", null)]
    [InlineData("Phone,Phone 2", "214.555.0101 = brother Tom", null, "2145550102")]
    [InlineData("Phone,Cell", "214.555.0101 (nephew) - call him on cell", null, "2145550102")]
    [InlineData("Phone,Cell", "cell - son answered, said he's out", "2145550101", "2145550102")] // a call's log
    // A bare request right after a line's fact is of that line (both were withheld).
    [InlineData("Phone,Mobile", "mobile is his ex-wife's - don't call", "2145550101", null)]
    [InlineData("Phone,Cell", "cell is her ex-husband's, dont call", "2145550101", null)]
    // The one line to call: the others are stopped ("only call cell" left the home line dialled).
    [InlineData("Home Phone,Cell", "pls only call his cell", null, "2145550102")]
    [InlineData("Home Phone,Cell", "Mobile only - works nights", null, "2145550102")]
    [InlineData("Phone,Phone 2", "cell only", "2145550101", "2145550102")] // no cell column: nothing to tell
    public void ANoteNamingALineStopsThatLine(string headers, string note, string? first, string? second)
    {
        var record = Import($"Name,{headers},Notes\nJo Smith,214-555-0101,214-555-0102,\"{note}\"\n")[0];
        var dialable = new[] { record.Phone }.Concat(record.ExtraPhones?.Split("; ") ?? []).OfType<string>().ToList();
        Assert.Equal(new[] { first, second }.OfType<string>().ToList(), dialable);
    }

    // The number the request names, not the line word before it: the Cell column holds another number.
    [Fact]
    public void ANumberAfterALineWordIsTheOneStopped()
    {
        var record = Import("Name,Phone,Cell,Notes\nJo Smith,214-555-0101,214-555-0102,Do not call mobile number 214-555-0101\n")[0];
        Assert.Equal(("2145550102", null), (record.Phone, record.ExtraPhones));
    }

    // Someone else's line beside the number; a spouse's is often a co-owner's and stays.
    [Theory]
    [InlineData("214-555-0101 (landlord)", false)]
    [InlineData("214-555-0101 relative's number", false)]
    [InlineData("214-555-0101 (son's cell)", false)]
    [InlineData("214-555-0101 (wife's cell)", true)]
    // A relative's word alone says whose line it is as its possessive does; a spouse's stays, and so does a label.
    [InlineData("214-555-0101 (nephew)", false)]
    [InlineData("214-555-0101 - Brother", false)]
    [InlineData("214-555-0101 (her grandson)", false)]
    [InlineData("214-555-0101 (niece - Carla)", false)]
    [InlineData("214-555-0101 (Tom Reyes, son-in-law)", false)]
    [InlineData("214-555-0101 (cell - stepdaughter)", false)]
    [InlineData("Uncle: 214-555-0101", false)]
    [InlineData("214-555-0101 (husband's)", true)]
    [InlineData("214-555-0101 (spouse)", true)]
    [InlineData("214-555-0101 (m)", true)]
    [InlineData("214-555-0101 (Sonya)", true)] // a name that starts like a relative's word
    [InlineData("214-555-0101 (son picks up)", true)] // says who answers, not whose line
    [InlineData("214-555-0101 (Son Answers)", true)] // a verb after the word, capitalised, is no relative's name
    [InlineData("214-555-0101 (Daughter Picks Up)", true)]
    [InlineData("214-555-0101 (Son Will Answer)", true)]
    [InlineData("214-555-0101 (son Will)", false)] // a verb that is also a name, alone after the word, is the relative's name (was dialled)
    [InlineData("214-555-0101 (daughter - May)", false)]
    // The same words in the languages of the field's exports (all were dialled): a relative's word alone, or after "de su".
    [InlineData("214-555-0101 (hija)", false)]
    [InlineData("214-555-0101 (de su hijo)", false)]
    [InlineData("214-555-0101 (celular de su hermana)", false)]
    [InlineData("214-555-0101 (sa fille)", false)]
    [InlineData("214-555-0101 (Tochter)", false)]
    [InlineData("214-555-0101 - filha", false)]
    [InlineData("214-555-0101 (esposa)", true)] // a spouse's, as in English
    [InlineData("214-555-0101 (Tia)", true)] // a given name; "tía" is an aunt
    public void SomeoneElsesLineIsNotDialled(string cell, bool dialled) =>
        Assert.Equal(dialled ? "2145550101" : null, Import($"Name,Phone\nJo Smith,\"{cell}\"\n")[0].Phone);

    // Where the owner is reached is no one else's line: the number reaches the owner, and the words are in Issues.
    [Theory]
    [InlineData("214-555-0101 (staying with a relative)")]
    [InlineData("214-555-0101 (reach him at employer)")]
    [InlineData("214-555-0101 (lives at her nephew's house)")]
    [InlineData("214-555-0101 (c/o neighbor)")]
    [InlineData("214-555-0101 (w/ daughter)")] // "w/" is "with", not a work line's label before a relative's word
    [InlineData("214-555-0101 w/ son")]
    [InlineData("214-555-0101 (via landlord)")]
    [InlineData("214-555-0101 (vive con su hija)")]
    [InlineData("214-555-0101 (chez sa fille)")]
    public void WhereTheOwnerIsReachedIsDialled(string cell)
    {
        var record = Import($"Name,Phone\nJo Smith,\"{cell}\"\n")[0];
        Assert.Equal(("2145550101", null), (record.Phone, record.PhoneRaw));
        Assert.Contains("is written beside the number", record.Issues);
    }

    // The words are said as the cell writes them: "c/o daughter" read "c o daughter", its letters taken for line labels.
    [Fact]
    public void TheWordsBesideANumberAreSaidAsWritten()
    {
        Assert.Contains("'c/o daughter' is written beside the number", Import("Name,Phone\nJo Smith,214-555-0101 (c/o daughter)\n")[0].Issues);
        // A work line's label before a relative's word: the daughter's work line, withheld ("w " read as "w/", with, would dial it).
        Assert.Null(Import("Name,Phone\nJo Smith,214-555-0101 (w) (daughter)\n")[0].Phone);
    }

    [Theory]
    [InlineData("214-555-0101 (no longer with relative)")] // undone: where the owner was
    [InlineData("214-555-0101 (nephew's, not with him)")]
    [InlineData("214-555-0101 (employer - at work)")]
    public void AnotherPersonsLineBesideAPlaceStaysUndialled(string cell) => Assert.Null(Import($"Name,Phone\nJo Smith,\"{cell}\"\n")[0].Phone);

    // A division order's suspense reason is read as a note.
    [Theory]
    [InlineData("Deceased - awaiting heirship affidavit", true)]
    [InlineData("Title opinion pending", false)]
    public void ASuspenseReasonSaysTheOwnerDied(string reason, bool stopped)
    {
        var record = Import($"Owner Name,Phone,Email,Suspense Reason\nJo Smith,214-555-0101,jo@x.example,{reason}\n")[0];
        Assert.Equal(stopped ? (null, null) : ("2145550101", "jo@x.example"), (record.Phone, record.Email));
    }
}
