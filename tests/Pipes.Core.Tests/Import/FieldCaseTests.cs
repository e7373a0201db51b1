using System.Text;
using Pipes.Import;
using Pipes.Import.Normalization;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests.Import;

/// <summary>
/// The handed field cases (shared/cases/import) and, beside each, other inputs of the same kind
/// written here: files as people really send them, read right or flagged, never silently wrong.
/// </summary>
public sealed class FieldCaseTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipes-cases-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Case(string name) => Path.GetFullPath(Path.Combine(Peers.Root, "..", "cases", "import", name));

    private string File(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    private string Bytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Path_(string name) => Path.Combine(_dir, name);

    /// <summary>A workbook of one sheet "S" with the given sheet data and, when given, styles.</summary>
    private static void WriteOneSheet(string path, string? styles, string sheetData) =>
        RawXlsx.Write(path, [RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", styles is null ? RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"))
                : RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"))),
            .. styles is null ? Array.Empty<(string, string)>() : [("xl/styles.xml", styles)],
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet(sheetData))]);

    private static (List<ContactRecord> Records, List<PipesException> Errors, ImportSummary Summary) Run(string path, ImportOptions? options = null)
    {
        var summary = new ImportSummary();
        var items = ContactImporter.Import(path, options ?? new ImportOptions(), summary).ToList();
        return (items.Where(i => i.Record is not null).Select(i => i.Record!).ToList(), items.Where(i => i.Error is not null).Select(i => i.Error!).ToList(), summary);
    }

    // ---- Digits lost to scientific notation ----

    [Fact]
    public void Handed15_ScientificNotationIsAPhoneOnlyWhenEveryDigitSurvived()
    {
        var (records, _, summary) = Run(Case("15-phone-sci-notation.csv"));

        Assert.Equal(4, records.Count);
        foreach (var lost in records.Take(2))
        {
            Assert.Null(lost.Phone);
            Assert.Matches(@"^\d\.\d+E\+09$", lost.PhoneRaw);
            Assert.Contains("digits lost", lost.Issues);
        }
        Assert.Equal("7.13555E+09", records[0].PhoneRaw);
        Assert.Equal("7135550142", records[2].Phone);
        Assert.Equal("7135550143", records[3].Phone);
        Assert.Equal([2L, 3L], summary.UnusablePhoneRows);
    }

    [Theory]
    [InlineData("7,13555E+09")]        // a decimal comma
    [InlineData("7.13555E+09")]
    [InlineData("2.81555e9")]
    [InlineData("7.1355501E+09")]      // nine of ten digits
    [InlineData("4.32E+09")]
    [InlineData("1.71355501E+10")]     // with a trunk 1: eleven digits, nine written
    public void ScientificNotationWithDigitsLostIsNoNumber(string raw)
    {
        var result = PhoneNormalizer.Normalize(raw);
        Assert.Null(result.Number);
        Assert.Contains("digits lost", result.Problem);
    }

    [Theory]
    [InlineData("7.135550100E+09", "7135550100")]   // the zeros were written: they are known
    [InlineData("7.135550142e9", "7135550142")]
    [InlineData("7,135550142E+09", "7135550142")]   // a decimal comma
    [InlineData("1.7135550142E+10", "7135550142")]
    [InlineData("7135550142.00", "7135550142")]
    public void ScientificNotationWithEveryDigitIsThePhone(string raw, string number) => Assert.Equal(number, PhoneNormalizer.Normalize(raw).Number);

    // ---- Area codes newer than the bundled data; Caribbean members; malformed numbers ----

    [Fact]
    public void Handed10_NewAreaCodesAreKeptWithANote()
    {
        var (records, _, summary) = Run(Case("10-new-area-codes.csv"));

        Assert.Equal(["5655550130", "4365550131", "9485550132", "3245550133", "7135550134"], records.Select(r => r.Phone));
        Assert.Contains("area code 565 is not in the bundled numbering data", records[0].Issues);
        Assert.Contains("area code 436 is not in the bundled numbering data", records[1].Issues);
        Assert.Null(records[4].Issues);
        Assert.Empty(summary.UnusablePhoneRows);
        Assert.Contains(2L, summary.UnlistedAreaCodeRows);
        Assert.DoesNotContain(6L, summary.UnlistedAreaCodeRows);
    }

    [Theory]
    [InlineData("(264) 497-2345", "2644972345")]   // Anguilla
    [InlineData("+1 876 927 1234", "8769271234")]  // Jamaica
    [InlineData("1-809-555-0100", "8095550100")]   // Dominican Republic
    [InlineData("(284) 494-1234", "2844941234")]   // British Virgin Islands
    [InlineData("(868) 625-1234", "8686251234")]   // Trinidad and Tobago
    public void CaribbeanMembersAreKeptWithoutANote(string raw, string number)
    {
        var result = PhoneNormalizer.Normalize(raw);
        Assert.Equal(number, result.Number);
        Assert.Null(result.Note);
    }

    [Theory]
    [InlineData("(565) 201-0100", "5652010100")]
    [InlineData("436.555.0199 x12", "4365550199")]
    [InlineData("+1 420 555 0100", "4205550100")]
    public void WellFormedNumbersUnderAnUnlistedAreaCodeAreKeptWithANote(string raw, string number)
    {
        var result = PhoneNormalizer.Normalize(raw);
        Assert.Equal(number, result.Number);
        Assert.Contains("not in the bundled numbering data", result.Note);
    }

    [Theory]
    [InlineData("(911) 555-0100", "N11")]
    [InlineData("(411) 555-0100", "N11")]
    [InlineData("(296) 555-0100", "N9X")]
    [InlineData("(123) 555-0100", "cannot start with 1")]
    [InlineData("(565) 155-0100", "exchange 155 cannot start with 1")] // an unlisted area code needs the whole form
    public void MalformedNanpNumbersAreBlankedAndSayWhy(string raw, string why)
    {
        var result = PhoneNormalizer.Normalize(raw);
        Assert.Null(result.Number);
        Assert.Contains(why, result.Problem);
    }

    // ---- Emails with a sentence's punctuation ----

    [Theory]
    [InlineData("ann.cole@example.org.", "ann.cole@example.org")]
    [InlineData("ann.cole@example.org,", "ann.cole@example.org")]
    [InlineData("(ann.cole@example.org)", "ann.cole@example.org")]
    [InlineData("ann.cole@example.org!", "ann.cole@example.org")]
    [InlineData("Ann.Cole@Example.org.;", "ann.cole@example.org")]
    [InlineData("ann.cole@example.org?", "ann.cole@example.org")]
    public void SentencePunctuationAroundAnAddressIsDropped(string cell, string email) => Assert.Equal(email, EmailNormalizer.Normalize(cell).Email);

    [Fact]
    public void AddressLiteralsKeepTheirBrackets() => Assert.Equal("a@[127.0.0.1]", EmailNormalizer.Normalize("a@[127.0.0.1].").Email);

    // ---- Owners who are not one person ----

    [Fact]
    public void Handed11_OwnersAreTypedAndNoLegalFormRoleOrEstateIsAFirstName()
    {
        var (records, _, _) = Run(Case("11-names.csv"));
        var byName = records.ToDictionary(r => r.FullName!);

        void Entity(string name, OwnerType type)
        {
            var r = byName[name];
            Assert.Equal(type, r.OwnerType);
            Assert.Null(r.FirstName);
            Assert.Null(r.LastName);
            Assert.Equal(name, r.Company);
        }
        Entity("Roe Land, LLC", OwnerType.Organization);
        Entity("Doe Family Trust", OwnerType.Trust);
        Entity("Estate of John Doe", OwnerType.Estate);
        Entity("Poe Royalty Partners, Ltd.", OwnerType.Organization);

        var trustee = byName["Jane Roe, Trustee"];
        Assert.Equal(("Jane", "Roe", "Trustee"), (trustee.FirstName, trustee.LastName, trustee.OwnerRole));

        var smiths = byName["Mr. Andrew and Mrs Sally Smith"];
        Assert.Equal((OwnerType.Couple, "Mr.", "Andrew", "Smith", "Mrs Sally Smith"), (smiths.OwnerType, smiths.Prefix, smiths.FirstName, smiths.LastName, smiths.SecondOwner));
        var quills = byName["Mr. & Mrs. Patrick & Rose Quill"];
        Assert.Equal((OwnerType.Couple, "Mr.", "Patrick", "Quill", "Mrs. Rose Quill"), (quills.OwnerType, quills.Prefix, quills.FirstName, quills.LastName, quills.SecondOwner));

        var person = byName["Robert Lee Elder III"];
        Assert.Equal((OwnerType.Person, "Robert", "Elder", "III"), (person.OwnerType, person.FirstName, person.LastName, person.Suffix));
        Assert.Equal(("Virginia", "Ess", "J.D."), (byName["Virginia G. Ess, J.D."].FirstName, byName["Virginia G. Ess, J.D."].LastName, byName["Virginia G. Ess, J.D."].Suffix));
        Assert.Equal(("J.R.", "Smith"), (byName["Smith, J.R."].FirstName, byName["Smith, J.R."].LastName));
        Assert.All(records, r => Assert.DoesNotMatch(@"(?i)^(llc|ltd\.?|trustee|estate|mr\.? andrew and|inc\.?)$|estate of", r.FirstName ?? ""));
    }

    [Theory]
    [InlineData("Basin Minerals, Inc.", OwnerType.Organization, null, null, null)]
    [InlineData("ACME OIL & GAS CO", OwnerType.Organization, null, null, null)]
    [InlineData("Roe Trust Company, LLC", OwnerType.Organization, null, null, null)]
    [InlineData("The Mary Doe Revocable Living Trust dated 3/4/1999", OwnerType.Trust, null, null, null)]
    [InlineData("John Doe Estate", OwnerType.Estate, null, null, null)]
    [InlineData("Heirs of Sam Poe", OwnerType.Estate, null, null, null)]
    [InlineData("John Doe, Deceased", OwnerType.Estate, null, null, null)]
    [InlineData("Jane Roe, Successor Trustee of the Roe Family Trust", OwnerType.Trust, "Jane", "Roe", "Successor Trustee")]
    [InlineData("Mary Doe, Executrix of the Estate of John Doe", OwnerType.Estate, "Mary", "Doe", "Executrix")]
    [InlineData("Sam Poe as Attorney-in-Fact for Ann Poe", OwnerType.Person, "Sam", "Poe", "Attorney-in-Fact")]
    [InlineData("Ann Cole, Agent", OwnerType.Person, "Ann", "Cole", "Agent")]
    [InlineData("John and Jane Smith", OwnerType.Couple, "John", "Smith", null)]
    [InlineData("Smith, John & Jane", OwnerType.Couple, "John", "Smith", null)]
    [InlineData("John Smith and Mary Jones", OwnerType.Couple, "John", "Smith", null)]
    [InlineData("Mr. and Mrs. John Smith", OwnerType.Couple, "John", "Smith", null)]
    [InlineData("John Smith et ux Mary", OwnerType.Couple, "John", "Smith", null)]
    [InlineData("John Doe and/or Jane Doe", OwnerType.Couple, "John", "Doe", null)] // a pooling application's respondents (a trial)
    [InlineData("John Doe & Jane Doe JTWROS", OwnerType.Couple, "John", "Doe", null)]
    [InlineData("John and Mary Poe, h/w", OwnerType.Couple, "John", "Poe", null)]
    [InlineData("Sam Poe, a single man", OwnerType.Person, "Sam", "Poe", null)]
    [InlineData("Ann Cole, a married woman dealing in her sole and separate property", OwnerType.Person, "Ann", "Cole", null)]
    [InlineData("Ruth Tate, Life Tenant", OwnerType.Person, "Ruth", "Tate", "Life Tenant")]
    [InlineData("Roe, Jane, Life Estate", OwnerType.Person, "Jane", "Roe", "Life Tenant")]
    [InlineData("Ruth Tate as life estate", OwnerType.Person, "Ruth", "Tate", "Life Tenant")]
    [InlineData("John Doe Life Estate", OwnerType.Person, "John", "Doe", "Life Tenant")]
    // County rolls abbreviate it: "L/E" (a new user's trial; its L/E was kept as a middle name).
    [InlineData("Mary Johnson L/E", OwnerType.Person, "Mary", "Johnson", "Life Tenant")]
    [InlineData("Ruth Tate, L/E", OwnerType.Person, "Ruth", "Tate", "Life Tenant")]
    [InlineData("Ronald Barnes, Heir", OwnerType.Person, "Ronald", "Barnes", "Heir")]
    [InlineData("Mack Thornton III, Heir", OwnerType.Person, "Mack", "Thornton", "Heir")]
    [InlineData("Michael Wright, Remainderman", OwnerType.Person, "Michael", "Wright", "Remainderman")]
    [InlineData("Phyllis Thornton, Surviving Spouse", OwnerType.Person, "Phyllis", "Thornton", "Surviving Spouse")]
    [InlineData("Rosalind Tate, Ind. Exec.", OwnerType.Estate, "Rosalind", "Tate", "Independent Executor")]
    [InlineData("Sinclair Ruth Ann TR", OwnerType.Trust, "Sinclair", "Ann", "Trustee")]
    // More of the county rolls' abbreviations, and an aside before a care-of (a trial: each kept in the name).
    [InlineData("Ellen Baker TRSTE", OwnerType.Trust, "Ellen", "Baker", "Trustee")]
    [InlineData("Ellen Baker TRS", OwnerType.Trust, "Ellen", "Baker", "Trustee")]
    [InlineData("Thomas Reed EXEC", OwnerType.Estate, "Thomas", "Reed", "Executor")]
    [InlineData("Thomas Reed IND EXEC", OwnerType.Estate, "Thomas", "Reed", "Independent Executor")]
    [InlineData("Mary A Jones (LE)", OwnerType.Person, "Mary", "Jones", "Life Tenant")]
    [InlineData("Nelson Family Ltd Ptnrshp", OwnerType.Organization, null, null, null)]
    [InlineData("Paul Wright et al c/o Linda Wright", OwnerType.Person, "Paul", "Wright", null)]
    [InlineData("Paul Wright ETAL C/O Linda Wright", OwnerType.Person, "Paul", "Wright", null)]
    [InlineData("JOHNSON ROBERT EST", OwnerType.Estate, null, null, null)]
    [InlineData("Unknown Heirs and Assigns of Silas Wade", OwnerType.Estate, null, null, null)]
    [InlineData("Mary Ellen Smith-Jones, as her sole and separate property", OwnerType.Person, "Mary", "Smith-Jones", null)]
    [InlineData("Kevin L. Daugherty and Sharon Daugherty, Joint Tenants", OwnerType.Couple, "Kevin", "Daugherty", null)]
    [InlineData("REEVES COUNTY", OwnerType.Organization, null, null, null)]
    [InlineData("BUREAU OF LAND MANAGEMENT", OwnerType.Organization, null, null, null)]
    [InlineData("TEXAS GENERAL LAND OFFICE", OwnerType.Organization, null, null, null)]
    [InlineData("The Catholic Diocese of San Angelo", OwnerType.Organization, null, null, null)]
    [InlineData("Methodist Children's Home", OwnerType.Organization, null, null, null)]
    [InlineData("Kingdom Hall of Jehovah's Witnesses", OwnerType.Organization, null, null, null)]
    [InlineData("Texas Parks & Wildlife Department", OwnerType.Organization, null, null, null)]
    [InlineData("Whitaker & Sons", OwnerType.Organization, null, null, null)]
    [InlineData("Jane Roe Life Est", OwnerType.Person, "Jane", "Roe", "Life Tenant")]
    [InlineData("Charlotte Church", OwnerType.Person, "Charlotte", "Church", null)]
    [InlineData("Mary Guardian", OwnerType.Person, "Mary", "Guardian", null)]
    [InlineData("Juan Velasquez y Garcia", OwnerType.Person, "Juan", "Velasquez y Garcia", null)]
    [InlineData("John Smith, et al", OwnerType.Person, "John", "Smith", null)]
    [InlineData("Mary Smith, a widow", OwnerType.Person, "Mary", "Smith", null)]
    [InlineData("John Smith, POA", OwnerType.Person, "John", "Smith", "Attorney-in-Fact")]
    [InlineData("MARY SMITH, IND & AS EXEC OF THE ESTATE OF JOHN SMITH", OwnerType.Estate, "MARY", "SMITH", "Executor")]
    [InlineData("Estate of John Smith, Jane Smith Executrix", OwnerType.Estate, "Jane", "Smith", "Executrix")]
    [InlineData("Smith Family Trust, John Smith Trustee", OwnerType.Trust, "John", "Smith", "Trustee")]
    [InlineData("John Smith c/o Jane Doe", OwnerType.Person, "John", "Smith", null)]
    [InlineData("Mary Smith aka Mary Jones", OwnerType.Person, "Mary", "Smith", null)]
    [InlineData("Smith, John Jr. & Mary", OwnerType.Couple, "John", "Smith", null)]
    [InlineData("State of Texas", OwnerType.Organization, null, null, null)]
    [InlineData("United States of America", OwnerType.Organization, null, null, null)]
    [InlineData("First Baptist Church", OwnerType.Organization, null, null, null)]
    [InlineData("ST MARKS CHURCH", OwnerType.Organization, null, null, null)] // a saint's church (was a Person: FirstName "ST")
    [InlineData("Saint Mary Magdalene Church", OwnerType.Organization, null, null, null)]
    [InlineData("Holy Cross Church", OwnerType.Organization, null, null, null)]
    [InlineData("Mary St. Clair Church", OwnerType.Person, "Mary", "St. Clair Church", null)] // a compound surname, then Church (was an Organization)
    [InlineData("Grace Church", OwnerType.Person, "Grace", "Church", null)] // Church is a surname too
    [InlineData("Smith, Mary (Deceased)", OwnerType.Estate, null, null, null)]
    [InlineData("Unknown Heirs", OwnerType.Estate, null, null, null)]
    public void OwnerNamesOfTheirKind(string name, OwnerType type, string? first, string? last, string? role)
    {
        var owner = OwnerNameParser.Parse(name);
        Assert.Equal(type, owner.Type);
        Assert.Equal(first ?? "", owner.Person?.First ?? "");
        Assert.Equal(last ?? "", owner.Person?.Last ?? "");
        Assert.Equal(role, owner.Role);
        if (owner.Person is null) Assert.Equal(name, owner.EntityName);
    }

    [Theory]
    [InlineData("First National Bank of Midland, N.A., Trustee", OwnerType.Organization, "Trustee")]
    [InlineData("Bank of America, N.A., Successor Trustee of the Roe Family Trust", OwnerType.Trust, "Successor Trustee")]
    [InlineData("Wilmington Trust, N.A., Trustee", OwnerType.Trust, "Trustee")]
    [InlineData("U.S. Bank Trust Company, N.A., Successor Trustee", OwnerType.Organization, "Successor Trustee")]
    [InlineData("The Northern Trust Company, Trustee of the Doe Trust", OwnerType.Organization, "Trustee")]
    [InlineData("Doe Family Trust, Frost Bank, N.A., Trustee", OwnerType.Trust, "Trustee")]
    [InlineData("Frost National Bank as Agent", OwnerType.Organization, "Agent")]
    [InlineData("Permian Land Services, LLC, Attorney-in-Fact for Ann Poe", OwnerType.Organization, "Attorney-in-Fact")]
    [InlineData("Frost Bank, Trustee", OwnerType.Organization, "Trustee")]
    [InlineData("BancFirst, Trustee", OwnerType.Organization, "Trustee")]
    [InlineData("Amegy Bank N.A., Agent", OwnerType.Organization, "Agent")]
    [InlineData("WELLS FARGO BANK NA TR", OwnerType.Organization, "Trustee")]
    [InlineData("Simmons Bank Trustee", OwnerType.Organization, "Trustee")]
    [InlineData("FROST BANK TRUSTEE FOR THE MARY ANN KELLY TRUST", OwnerType.Trust, "Trustee")]
    public void AnOrganisationInACapacityIsReadWholeWithItsRole(string name, OwnerType type, string role)
    {
        // As an organisation, trust or estate named alone is: the whole name is the entity, never split at a comma.
        var owner = OwnerNameParser.Parse(name);
        Assert.Equal((type, name, role, (PersonName?)null), (owner.Type, owner.EntityName, owner.Role, owner.Person));
    }

    [Fact]
    public void CouplesKeepTheSecondPerson()
    {
        Assert.Equal("Sharon Daugherty", OwnerNameParser.Parse("Kevin L. Daugherty and Sharon Daugherty, Joint Tenants").SecondPerson);
        Assert.Equal("Jane Smith", OwnerNameParser.Parse("John and Jane Smith").SecondPerson);
        Assert.Equal("Mary Jones", OwnerNameParser.Parse("John Smith and Mary Jones").SecondPerson);
        Assert.Equal("Mrs. John Smith", OwnerNameParser.Parse("Mr. and Mrs. John Smith").SecondPerson);
        Assert.Equal("Mary Smith", OwnerNameParser.Parse("John Smith et ux Mary").SecondPerson);
        Assert.Null(OwnerNameParser.Parse("John Smith et ux").SecondPerson);
        Assert.Equal("Mary Smith", OwnerNameParser.Parse("John Smith and wife, Mary Smith").SecondPerson);
        Assert.Equal("Jr.", OwnerNameParser.Parse("Smith, John Jr. & Mary").Person!.Suffix);
        var trustees = OwnerNameParser.Parse("John Smith Living Trust, John Smith and Mary Smith, Trustees");
        Assert.Equal(("John", "Smith", "Mary Smith", "John Smith Living Trust"), (trustees.Person!.First, trustees.Person.Last, trustees.SecondPerson, trustees.EntityName));
    }

    [Theory]
    [InlineData("John Smith, et al", "et al")]
    [InlineData("John Smith c/o Jane Doe", "c/o Jane Doe")]
    [InlineData("Mary Smith f/k/a Mary Jones", "f/k/a Mary Jones")]
    // An interest written after the name, as division orders and owner lists do.
    [InlineData("John A. Smith 1/8 RI", "1/8 RI")]
    [InlineData("Mary Jones ORRI .0039", "ORRI .0039")]
    [InlineData("Robert Lee (NPRI)", "(NPRI)")]
    [InlineData("Susan Miller - 0.00390625 NRI", "0.00390625 NRI")]
    [InlineData("Doe, Jane (1/16 MI)", "(1/16 MI)")]
    [InlineData("Alice Brown 12.5% RI", "12.5% RI")]
    [InlineData("Frank White ORRI", "ORRI")]
    [InlineData("Tom Green, 1/4 royalty interest", "1/4 royalty interest")]
    [InlineData("Ann Poe 25 NMA", "25 NMA")]
    [InlineData("Ann Poe 1/8 RI, 1/16 ORRI", "1/8 RI, 1/16 ORRI")]
    [InlineData("John Smith et al 1/2", "et al, 1/2")]
    // Signed by another: the owner is the person named first.
    [InlineData("Edward Young, by Karen Young, his Attorney-in-Fact", "by Karen Young, his Attorney-in-Fact")]
    [InlineData("John Smith, by his Attorney in Fact, Mary Smith", "by his Attorney in Fact, Mary Smith")]
    public void WhatANameCarriesThatIsNoNameIsSetAsideAndSaid(string name, string aside)
    {
        Assert.Equal(aside, OwnerNameParser.Parse(name).Aside);
        var (records, _, _) = Run(File("aside.csv", $"Name,Email\n\"{name}\",a@x.com\n"));
        Assert.Contains($"'{aside}' is not part of the name", records[0].Issues);
        Assert.DoesNotContain(aside, records[0].FirstName + records[0].MiddleName + records[0].LastName);
    }

    [Theory]
    [InlineData("Frank White RI", "White RI")] // RI, MI, WI alone may be a name or initials: kept without a number or brackets
    [InlineData("John Acres", "Acres")]
    [InlineData("Maria Ori", "Ori")]
    [InlineData("Jane Doe MI", "Doe MI")]
    public void AShortInterestWordWithoutANumberStaysInTheName(string name, string last)
    {
        var owner = OwnerNameParser.Parse(name);
        Assert.Null(owner.Aside);
        Assert.EndsWith(last, owner.Person!.Middle + " " + owner.Person.Last);
    }

    [Theory]
    [InlineData("Texas Royalty Co. WI 25%", OwnerType.Organization, "Texas Royalty Co.")]
    [InlineData("Smith Family Trust 50%", OwnerType.Trust, "Smith Family Trust")]
    public void AnEntitysInterestIsNoPartOfItsName(string name, OwnerType type, string entity)
    {
        var owner = OwnerNameParser.Parse(name);
        Assert.Equal((type, entity), (owner.Type, owner.EntityName));
        Assert.NotNull(owner.Aside);
    }

    [Theory]
    [InlineData("Doe Living Trust dtd 12/2005")]
    [InlineData("Roe Family Trust u/a 3/1990")]
    [InlineData("Poe Trust dated 6/2011")]
    public void ATrustsDateIsNoInterest(string name)
    {
        var owner = OwnerNameParser.Parse(name);
        Assert.Equal((OwnerType.Trust, name, (string?)null), (owner.Type, owner.EntityName, owner.Aside));
    }

    [Fact]
    public void ALongRunOfInterestTermsIsReadQuickly()
    {
        // Hostile cells: terms that do not end the name, repeated; a catastrophic backtrack would take minutes.
        // Short terms one space apart fill the 80 characters looked at: with two ways to read each space
        // (the form before atomic separators) "RI " x 30 then "x" took 2^26 paths.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var term in new[] { "RI ", "1/8 RI ", "25% ", "RI, " })
            Assert.Null(OwnerNameParser.Parse("John " + string.Concat(Enumerable.Repeat(term, 30)) + "x").Aside);
        Assert.Equal("1/8 RI", OwnerNameParser.Parse("John Smith " + string.Concat(Enumerable.Repeat("x ", 5000)) + "1/8 RI").Aside);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "a hang, not a timing"); // generous: only a hang fails it
    }

    [Theory]
    [InlineData("SMITH JOHN A JR", OwnerType.Person, "JOHN", "A", "SMITH", "JR", null)]
    [InlineData("SMITH JR JOHN A", OwnerType.Person, "JOHN", "A", "SMITH", "JR", null)]
    [InlineData("DE LA CRUZ MARIA E", OwnerType.Person, "MARIA", "E", "DE LA CRUZ", "", null)]
    [InlineData("MC DONALD JAMES", OwnerType.Person, "JAMES", "", "MC DONALD", "", null)]
    [InlineData("GARZA JOSE & MARIA", OwnerType.Couple, "JOSE", "", "GARZA", "", "MARIA GARZA")]
    [InlineData("JONES ROBERT L & JONES SUSAN K", OwnerType.Couple, "ROBERT", "L", "JONES", "", "SUSAN K JONES")]
    [InlineData("WHITE FRANK ETUX MARY", OwnerType.Couple, "FRANK", "", "WHITE", "", "MARY WHITE")]
    [InlineData("WHITE FRANK J ETUX MARY K", OwnerType.Couple, "FRANK", "J", "WHITE", "", "MARY K WHITE")] // a trial: "MARY K" had no surname
    [InlineData("BAKER HENRY SR & HENRY JR", OwnerType.Couple, "HENRY", "", "BAKER", "SR", "HENRY BAKER JR")] // was "HENRY JR BAKER"
    [InlineData("BAKER HENRY & BAKER ANN JR", OwnerType.Couple, "HENRY", "", "BAKER", "", "ANN BAKER JR")]
    [InlineData("DOE JOHN TRUSTEE", OwnerType.Trust, "JOHN", "", "DOE", "", null)]
    [InlineData("LEE", OwnerType.Person, "", "", "LEE", "", null)]
    [InlineData("LE TUAN", OwnerType.Person, "TUAN", "", "LE", "", null)] // Vietnamese surnames that are also particles
    [InlineData("LE THI MAI", OwnerType.Person, "THI", "MAI", "LE", "", null)]
    [InlineData("DO MINH", OwnerType.Person, "MINH", "", "DO", "", null)]
    [InlineData("SMITH JOHN, JR", OwnerType.Person, "JOHN", "", "SMITH", "JR", null)] // a comma before a suffix says nothing of the order
    [InlineData("Smith, Mary", OwnerType.Person, "Mary", "", "Smith", "", null)] // a comma says its own order
    [InlineData("GONZALEZ MARIA DE LOS ANGELES", OwnerType.Person, "MARIA DE LOS ANGELES", "", "GONZALEZ", "", null)] // a given name with its complement
    public void CountyRollsWriteTheLastNameFirst(string name, OwnerType type, string first, string middle, string last, string suffix, string? second)
    {
        var owner = OwnerNameParser.Parse(name, NameOrder.LastFirst);
        Assert.Equal((type, first, middle, last, suffix, second),
            (owner.Type, owner.Person!.First, owner.Person.Middle, owner.Person.Last, owner.Person.Suffix, owner.SecondPerson));
    }

    [Theory]
    [InlineData("PERMIAN LAND LLC", OwnerType.Organization)]
    [InlineData("ESTATE OF ROE JANE", OwnerType.Estate)]
    [InlineData("SMITH FAMILY TRUST", OwnerType.Trust)]
    [InlineData("CLARK JOHN & JANE REV LIV TR", OwnerType.Trust)] // a trial: Trustee John Clark, SecondOwner "JANE REV LIV CLARK"
    [InlineData("PRUITT FAM TR", OwnerType.Trust)]
    [InlineData("ORTIZ ELENA IRREV TRST", OwnerType.Trust)]
    public void AnEntityIsReadWholeInEitherOrder(string name, OwnerType type)
    {
        var owner = OwnerNameParser.Parse(name, NameOrder.LastFirst);
        Assert.Equal((type, name, (PersonName?)null), (owner.Type, owner.EntityName, owner.Person));
    }

    [Theory]
    [InlineData("Smith, John A. and Mary B.", "John", "A.", "Smith", "Mary B. Smith")]
    [InlineData("Van der Berg, Jan & Els", "Jan", "", "Van der Berg", "Els Van der Berg")]
    [InlineData("John W. Smith, Jr. and wife, Mary Smith", "John", "W.", "Smith", "Mary Smith")] // the comma sets off a suffix
    [InlineData("John Smith, Jr. & Mary", "John", "", "Smith", "Mary")] // as before the comma couples: no surname to share is written
    [InlineData("Smith, John and Jane", "John", "", "Smith", "Jane Smith")]
    public void ACommaCoupleSharesTheSurnameWithInitials(string name, string first, string middle, string last, string? second)
    {
        // Before, "Smith, John A. and Mary B." gave John with the last name "A.".
        var owner = OwnerNameParser.Parse(name);
        Assert.Equal((first, middle, last), (owner.Person!.First, owner.Person.Middle, owner.Person.Last));
        if (second is not null) Assert.Equal(second, owner.SecondPerson);
    }

    [Fact]
    public void TheImportReadsNamesInTheOrderGiven()
    {
        var path = File("roll.csv", "Owner Name,Mailing Address\nSMITH JOHN A JR,PO BOX 12\nGARZA JOSE & MARIA,101 ELM\n");
        var (records, _, _) = Run(path, new ImportOptions { NameOrder = NameOrder.LastFirst });
        Assert.Equal(("JOHN", "A", "SMITH", "JR"), (records[0].FirstName, records[0].MiddleName, records[0].LastName, records[0].Suffix));
        Assert.Equal(("JOSE", "GARZA", "MARIA GARZA"), (records[1].FirstName, records[1].LastName, records[1].SecondOwner));
        var (firstLast, _, _) = Run(path);
        Assert.Equal(("SMITH", "A"), (firstLast[0].FirstName, firstLast[0].LastName)); // the default reads it as written: why the option exists
    }

    [Theory]
    [InlineData("Mary Doe, Guardian of the Estate of John Doe, a minor", "Guardian")]
    [InlineData("Mary Doe, Conservator of the Estate of John Doe", "Conservator")]
    public void AGuardianOfAWardsEstateIsAPersonNotAnEstate(string name, string role)
    {
        // A ward's estate is a living person's property: typed Estate, a letter would treat the ward as deceased.
        var owner = OwnerNameParser.Parse(name);
        Assert.Equal((OwnerType.Person, "Mary", "Doe", role, (string?)null), (owner.Type, owner.Person!.First, owner.Person.Last, owner.Role, owner.EntityName));
        Assert.StartsWith("of the Estate of John Doe", owner.Aside);
    }

    [Theory]
    [InlineData("Permian Resources, ATTN: Land Dept", "Permian Resources", "ATTN: Land Dept")]
    [InlineData("Permian Resources Attention Jane Roe", "Permian Resources", "Attention Jane Roe")]
    [InlineData("ATTN Land Manager - Basin Energy LLC", "Basin Energy LLC", "ATTN Land Manager")]
    [InlineData("Attenborough Holdings", "Attenborough Holdings", null)]
    [InlineData("Attn: Land Dept", "Attn: Land Dept", null)] // no company named beside it: kept as written
    public void WhomToWriteToIsNoPartOfTheCompany(string cell, string company, string? attention)
    {
        var (records, _, _) = Run(File("attn.csv", $"Name,Company,Email\nJane Roe,\"{cell}\",jr@x.com\n"));
        Assert.Equal(company, records[0].Company);
        if (attention is null) Assert.Null(records[0].Issues);
        else Assert.Contains($"'{attention}' is not part of the company's name", records[0].Issues);
    }

    [Theory]
    [InlineData("Estate of", "Harold Price", OwnerType.Estate, null, null, null, null, "Estate of Harold Price")]
    [InlineData("John", "Smith Jr.", OwnerType.Person, "John", "Smith", "Jr.", null, null)]
    [InlineData("Robert", "Lee III", OwnerType.Person, "Robert", "Lee", "III", null, null)]
    [InlineData("Mary", "Hall, Trustee", OwnerType.Trust, "Mary", "Hall", null, "Trustee", null)]
    [InlineData("Mary & Tom", "Smith", OwnerType.Couple, "Mary", "Smith", null, null, null)]
    [InlineData("Bob", "Smith & Sons", OwnerType.Person, "Bob", "Smith & Sons", null, null, null)] // read whole it is a company: columns that say person stay one
    [InlineData("Ana", "de la Cruz", OwnerType.Person, "Ana", "de la Cruz", null, null, null)]
    [InlineData("Bill", "Vi", OwnerType.Person, "Bill", "Vi", null, null, null)]
    public void SplitNameColumnsThatHoldMoreThanANameAreReadWhole(string first, string last, OwnerType type, string? firstName, string? lastName, string? suffix, string? role, string? company)
    {
        var (records, _, _) = Run(File("pb.csv", $"First Name,Last Name,Email\n{first},\"{last}\",x@y.com\n"));
        var r = records[0];
        Assert.Equal((type, firstName, lastName, suffix, role, company), (r.OwnerType, r.FirstName, r.LastName, r.Suffix, r.OwnerRole, r.Company));
        if (type == OwnerType.Couple) Assert.Equal("Tom Smith", r.SecondOwner);
    }

    [Fact]
    public void AnEntityInALoneLastNameColumnIsTypedAndKeptWhole()
    {
        var (records, _, _) = Run(File("pb.csv", "First Name,Last Name,Email,Company\n,Doe Family Trust,t@x.org,\nJo,Smith,jo@x.org,\n,Roe Land LLC,r@x.org,Roe Holdings\n"));
        Assert.Equal((OwnerType.Trust, null, "Doe Family Trust"), (records[0].OwnerType, records[0].LastName, records[0].Company));
        Assert.Equal(OwnerType.Person, records[1].OwnerType);
        Assert.Equal((OwnerType.Organization, "Roe Holdings", "Roe Land LLC"), (records[2].OwnerType, records[2].Company, records[2].FullName));
    }

    // ---- Stray quotes in delimited files ----

    [Fact]
    public void Handed18_AStrayQuoteInATabFileCostsNoRow()
    {
        var (records, errors, summary) = Run(Case("18-tsv-stray-quotes.txt"));

        Assert.Empty(errors);
        Assert.Equal(["Ed Norton", "Jane Roe", "Sam Poe", "Ann Cole"], records.Select(r => r.FullName));
        Assert.Equal("\"corner tract, call after 5", records[1].Notes);
        Assert.Equal("lives 6'5\" tall, easy to spot", records[2].Notes);
        Assert.Contains("Line 3", records[1].Issues);
        Assert.Contains("Line 4", records[2].Issues);
        Assert.Contains("Line 2", records[0].Issues); // text after a closing quote, joined
        Assert.Equal([2L, 3L, 4L], summary.RepairedRows);
        Assert.Equal("7135550121", records[3].Phone);
    }

    [Fact]
    public void AnUnclosedQuoteInACommaFileIsReadAsACharacterWhenTheNextLinesAreRecords()
    {
        var (records, errors, summary) = Run(File("c.csv", "Name,Email,Notes\nA One,a@x.com,\"call after 5\nB Two,b@x.com,ok\nC Three,c@x.com,fine\n"));

        Assert.Empty(errors);
        Assert.Equal(["a@x.com", "b@x.com", "c@x.com"], records.Select(r => r.Email));
        Assert.Equal("\"call after 5", records[0].Notes);
        Assert.Contains("Line 2", records[0].Issues);
        Assert.Equal([2L], summary.RepairedRows);
    }

    [Fact]
    public void AQuotedFieldWithRealLineBreaksStaysOneFieldAndIsNoRepair()
    {
        var (records, _, summary) = Run(File("m.csv", "Name,Email,Address\nA One,a@x.com,\"12 Main St\nHouston, TX\"\nB Two,b@x.com,x\n"));

        Assert.Equal(2, records.Count);
        Assert.Equal("12 Main St\nHouston, TX", records[0].Address);
        Assert.Null(records[0].Issues);
        Assert.Empty(summary.RepairedRows);
    }

    [Fact]
    public void AStrayQuoteThatALaterLineClosesCleanlyInATabFileCostsNoRow()
    {
        var (records, errors, summary) = Run(File("t.tsv", "Name\tEmail\tNotes\nA One\ta@x.com\t\"corner tract\nB Two\tb@x.com\theight 6'5\"\nC Three\tc@x.com\tok\n"));

        Assert.Empty(errors);
        Assert.Equal(["a@x.com", "b@x.com", "c@x.com"], records.Select(r => r.Email));
        Assert.Equal("\"corner tract", records[0].Notes);
        Assert.Equal("height 6'5\"", records[1].Notes);
        Assert.Equal([2L, 3L], summary.RepairedRows);
    }

    [Fact]
    public void AMultiLineAddressWithCommasInACommaFileStaysOneField()
    {
        var (records, _, summary) = Run(File("a.csv", "Name,Email,Address\nA One,a@x.com,\"12 Main St\nHouston, TX, USA\"\nB Two,b@x.com,x\n"));
        Assert.Equal(2, records.Count);
        Assert.Equal("12 Main St\nHouston, TX, USA", records[0].Address);
        Assert.Empty(summary.RepairedRows);
    }

    [Fact]
    public void AnUnclosedQuoteOnTheLastLineKeepsTheRowWithANote()
    {
        // Nothing below it can be swallowed: the row is kept (as Import-Csv keeps it), the quote read as a character and noted.
        foreach (var ending in new[] { "\n", "", "\r\n\r\n" })
        {
            var (records, errors, summary) = Run(File("l.csv", "Name,Email\nA One,a@x.com\nB Two,\"b@x.com" + ending));
            Assert.Empty(errors);
            Assert.Equal(2, records.Count);
            Assert.Equal("b@x.com", records[1].Email); // the quote is punctuation to the email normaliser
            Assert.Contains("Line 3: field 2 opens a quote that the file ends before closing; the quote was read as a character", records[1].Issues);
            Assert.Equal([3L], summary.RepairedRows);
        }
        // A line below that reads as no record: the quote is never closed, and is read as a character too (it was a row error).
        var (above, aboveErrors, _) = Run(File("m.csv", "Name,Email\nA One,a@x.com\n\"B Two,b@x.com\nnot a row\n"));
        Assert.Empty(aboveErrors);
        Assert.Equal("b@x.com", above[1].Email);
        Assert.Contains("Line 3: field 1 opens a quote that is never closed", above[1].Issues);
    }

    // A quote never closed, whose cell's text runs on over lines that read as no row (a trial: "still, in, quote, too, many, fields"
    // below it came in as a contact named "still"): those lines, with more fields than a row, are passed over after the row, which
    // keeps what its own line holds (the quote read as a character; a trial: the row was skipped whole, its name, email and phone
    // lost) and names them in its Issues; reading resumes at the first line that reads as a row (no more fields than the first row,
    // or the last row in a file whose rows end in a delimiter; a short row too).
    [Fact]
    public void TheLinesOfANeverClosedQuotesCellArePassedOverAfterItsRow()
    {
        var (records, errors, summary) = Run(File("n.csv", "Name,Email,Notes\nAl Bee,al@x.com,\"open quote\nstill, in, quote, too, many, fields\n\nand more, and more, and more, and more\nCy Dee,cy@x.com,ok\nEd Eff,ed@x.com,fine\n"));
        Assert.Empty(errors);
        Assert.Equal(["Al Bee", "Cy Dee", "Ed Eff"], records.Select(r => r.FullName));
        Assert.Equal(("al@x.com", "\"open quote"), (records[0].Email, records[0].Notes));
        Assert.Equal("Line 2: field 3 opens a quote that is never closed; the quote was read as a character, the row kept as its line reads; lines 3-5 below it, which read as no rows of their own (the cell's text, most likely), were skipped", records[0].Issues);
        Assert.Equal([2L], summary.RepairedRows);

        // Rows that end in a delimiter (4 fields under a 3-column header): the last row's count reads as a row too.
        var (trailing, _, _) = Run(File("t.csv", "Name,Email,Notes\nAl Bee,al@x.com,x,\nBo Cee,bo@x.com,\"open,\nstill, in, quote, here, too, many\nCy Dee,cy@x.com,ok,\n"));
        Assert.Equal(["Al Bee", "Bo Cee", "Cy Dee"], trailing.Select(r => r.FullName));

        // To the file's end: every line below is the cell's.
        var (atEnd, _, _) = Run(File("e.csv", "Name,Email,Notes\nAl Bee,al@x.com,x\nBo Cee,bo@x.com,\"open,\nstill, in, quote, too, many\n"));
        Assert.Equal(["Al Bee", "Bo Cee"], atEnd.Select(r => r.FullName));
        Assert.Contains("; line 4 below it, which reads as no row of its own (the cell's text, most likely), was skipped", atEnd[1].Issues);

        // Rows of one field below it are rows ("Carl" alone: a third review), and so are rows that all end in a delimiter below a
        // header without one: two lines running with the same count read as rows.
        var (single, _, _) = Run(File("o.csv", "Name,Email,Phone\nAnn,a@x.com,713-555-0101\nBob,\"b@x.com,713-555-0102\nCarl\nDee\nEve,e@x.com,713-555-0105\n"));
        Assert.Equal(["Ann", "Bob", "Carl", "Dee", "Eve"], single.Select(r => r.FullName));
        Assert.Equal(("b@x.com", "7135550102"), (single[1].Email, single[1].Phone)); // the quote is punctuation to the email normaliser
        var (ending, _, _) = Run(File("d.csv", "Name,Email,Phone\nBob,\"b@x.com,713-555-0102,\nCarl,c@x.com,713-555-0103,\nDee,d@x.com,713-555-0104,\n"));
        Assert.Equal(["Bob", "Carl", "Dee"], ending.Select(r => r.FullName));
        Assert.DoesNotContain("skipped", ending[0].Issues);
        // Its trailing delimiter is no cell's text: Bob keeps his phone, and the rows after him are not said to be the cell's (a review).
        Assert.Equal(("b@x.com", "7135550102"), (ending[0].Email, ending[0].Phone));
        Assert.All(ending.Skip(1), r => Assert.Null(r.Issues));

        // A short row below it is a row (a review: an exporter that leaves empty last cells out). The quoted cell's own commas
        // split its line past the rows' width: those fields are the cell's text, joined back into it (it was an extra Column5).
        var (shortRow, _, _) = Run(File("s.csv", "Name,Email,Phone,Notes\nAl Bee,al@x.com,7135550101,ok\nBo Cee,bo@x.com,7135550102,\"unclosed, note\nCy Dee,cy@x.com\nDi Eff,di@x.com,7135550104,ok\n"));
        Assert.Equal(["Al Bee", "Bo Cee", "Cy Dee", "Di Eff"], shortRow.Select(r => r.FullName));
        Assert.Equal(("7135550102", "\"unclosed, note"), (shortRow[1].Phone, shortRow[1].Notes));
        Assert.DoesNotContain("Column5", shortRow[1].Issues);

        // No line within 50 that reads as a row: nothing more is skipped, reading goes on from the next line as before.
        var odd = string.Concat(Enumerable.Range(1, 60).Select(i => $"Row {i},r{i}@x.com,a,b\n"));
        var (far, farErrors, _) = Run(File("f.csv", "Name,Email,Notes\nBo Cee,bo@x.com,\"open,\n" + odd));
        Assert.Equal(61, far.Count);
        Assert.Empty(farErrors);
        Assert.EndsWith("the row kept as its line reads", far[0].Issues);
    }

    // A header that repeats below it is dropped whatever marks no one sees stand in it: a byte-order mark that starts a second
    // UTF-8 export pasted under the first (a trial: a contact "Name" whose Email 'Email' is no address), and a quote never closed,
    // read as a character, in the first header (its second line, the real header, came in as a contact).
    [Fact]
    public void AHeaderRepeatedWithAByteOrderMarkOrAStrayQuoteIsNoRow()
    {
        var (pasted, _, summary) = Run(File("two.csv", "\uFEFFName,Email,Phone\nAnn Lee,ann@x.com,7135550101\n\uFEFFName,Email,Phone\nBo Roe,bo@x.com,7135550102\n"));
        Assert.Equal(["Ann Lee", "Bo Roe"], pasted.Select(r => r.FullName));
        Assert.Equal([3L], summary.RepeatedHeaderRows);
        var (quoted, errors, quotedSummary) = Run(File("q.csv", "\"First Name,Last Name,Email\nFirst Name,Last Name,Email\nAnn,Lee,ann@x.com\n"));
        Assert.Empty(errors);
        Assert.Equal(("Ann", "ann@x.com"), (Assert.Single(quoted).FirstName, quoted[0].Email));
        Assert.Equal([2L], quotedSummary.RepeatedHeaderRows);
    }

    // A refused number of a cell of several is quoted whole, without the start of the next ("(432) 155-0101 / (" was; a review).
    [Fact]
    public void ARefusedNumberOfACellOfSeveralIsQuotedWhole()
    {
        var (records, _, _) = Run(File("several.csv", "Name,Phone\nAnn Lee,\"(432) 155-0101 / (432) 555-0155\"\nBo Roe,432-155-0101 or 432-555-0157\n"));
        Assert.Equal(["4325550155|(432) 155-0101", "4325550157|432-155-0101"], records.Select(r => $"{r.Phone}|{r.PhoneRaw}"));
        Assert.StartsWith("Phone '(432) 155-0101' is not usable", records[0].Issues);
    }

    // An iPhone's contacts turned CSV number only their second columns ("Phone : value", "Phone 2 : value", "E-mail : value",
    // "Address : region"): the first are mapped as Google's "Phone 1 - Value" are (a trial's iPhone numbers and every email were columns).
    [Fact]
    public void AnIPhonesUnnumberedFirstColumnsAreMapped()
    {
        var (records, _, _) = Run(File("iphone.csv", "Name,Phone : type,Phone : value,Phone 2 : type,Phone 2 : value,E-mail : type,E-mail : value,Address : city,Address : region\n"
            + "Eli Ford,iPhone,+1 (325) 555-0210,home,325-555-0211,home,eli@icloud.example,Abilene,TX\n"));
        Assert.Equal(("3255550210", "3255550211", "eli@icloud.example", "Abilene", "TX"), (records[0].Phone, records[0].ExtraPhones, records[0].Email, records[0].City, records[0].State));
    }

    // A name marked deceased beside a phone or email ("Mary Smith (deceased)": a trial's was dialled as hers, unsaid): kept, as the
    // line may be the family's, and said. "Estate of Ann Roe" names whom to reach (its executor's line): nothing said; a company
    // named "Deceased Estates Co" is no one's estate.
    [Fact]
    public void ANameMarkedDeceasedBesideAPhoneIsSaid()
    {
        var (records, _, _) = Run(File("deceased.csv", "Name,Phone,Email\nMary Smith (deceased),713-555-0101,mary@x.com\n\"Doe, John, Dec'd\",713-555-0103,\n"
            + "Estate of Ann Roe,713-555-0104,\nDeceased Estates Co,713-555-0105,\nBo Dee (deceased),,\n"));
        Assert.Equal(["7135550101", "7135550103", "7135550104", "7135550105", null], records.Select(r => r.Phone));
        Assert.Equal("'Mary Smith (deceased)' is marked deceased: its phone and email are kept, but may be the late owner's own; ask for the estate's representative or an heir.", records[0].Issues);
        Assert.Contains("its phone is kept", records[1].Issues);
        Assert.All(records.Skip(2), r => Assert.Null(r.Issues));

        // A fifth trial's marks: "(Dec.)", ", dec." ("dec." was a first name), "(died 2021)"; "John Dec" is a person. A division
        // order's Pay Status "Deceased" / "Suspense - Deceased" withholds, as its Suspense Reason did (they were dialled).
        var (marks, _, _) = Run(File("marks.csv", "Name,Phone\nMary Jones (Dec.),713-555-0101\n\"Flo Hu, dec.\",713-555-0102\nDi Poe (died 2021),713-555-0103\nJohn Dec,713-555-0104\n"
            + "Smith Family Trust d. 1/5/2019,713-555-0105\nJo Ray (Dec),713-555-0106\n")); // a trust's date is no death (a review)
        Assert.Equal(["Estate", "Estate", "Estate", "Person", "Trust", "Estate"], marks.Select(r => r.OwnerType.ToString()));
        Assert.Null(marks[1].FirstName);
        Assert.All(marks.Take(3), r => Assert.Contains("is marked deceased", r.Issues));
        Assert.Null(marks[4].Issues);
        var (paid, _, _) = Run(File("pay.csv", "Owner,Phone,Email,Pay Status\nAnn Lee,713-555-0101,ann@x.com,Deceased\nBo Roe,713-555-0102,bo@x.com,Suspense - Deceased\nDi Eff,713-555-0104,di@x.com,Pay\n"));
        Assert.Equal([null, null, "7135550104"], paid.Select(r => r.Phone));
        Assert.Contains("the row's 'Pay Status' says 'Deceased'", paid[1].Issues);
        // An heirship table's Owner Status is the record owner's, not the heir's the row reaches (the corpus's heirs were all withheld).
        var (heirs, _, _) = Run(File("heirs.csv", "Tract,Record Owner,Owner Status,Heir,Heir Phone\nT-1,Leroy Haskins,Deceased,Carolyn Bell,806-555-0101\n"));
        Assert.Equal("8065550101", heirs.Single().Phone);
    }

    [Fact]
    public void ANoteThatSaysTheAddressDoesNotReachTheOwnerIsSaid()
    {
        // A pay status or a note that says the address does not reach the owner ("Suspense - Address Unknown", "Escheat", "Returned
        // Mail", "RTS", "no forwarding address") is said in Issues, the address kept (a trial's said nothing); not asked, negated or
        // resolved, nor of an email address.
        var (deck, errors, _) = Run(File("deck.csv", "Owner Name,Address,City,State,Zip,Pay Status,Remarks\n"
            + "Ann Lee,123 Main St,Midland,TX,79701,Suspense - Address Unknown,\nBo Roe,PO Box 44,Odessa,TX,79760,Escheat,\nDi Eff,77 Elm,Pecos,TX,79772,Pay,Letter returned - no forwarding address\n"
            + "Ed Fox,9 Oak,Pecos,TX,79772,Pay,RTS 3/2024; new address unknown\nFay Gil,10 Ash,Pecos,TX,79772,Pay,Address unknown? checked - good\n"
            + "Gus Hay,11 Ash,Pecos,TX,79772,Pay,Returned mail - address updated 2024\nIda Jo,12 Ash,Pecos,TX,79772,Pay,Not escheated; paid 2023\n"
            + "Kai Lu,13 Ash,Pecos,TX,79772,Pay,Email address invalid\nLia Mo,,,,,Suspense - Bad Address,\nMax No,14 Ash,Pecos,TX,79772,Pay,Shirts sent\n"
            + "Ned Oz,15 Ash,Pecos,TX,79772,SUSP-ADDR UNK,\nOla Pi,16 Ash,Pecos,TX,79772,Pay,\"Returned to sender 2/2023, no new address\"\n"));
        Assert.Equal("Address '123 Main St' may not reach the owner: the row's 'Pay Status' says 'Address Unknown'; look for a newer address before mailing.", deck[0].Issues);
        Assert.Equal([true, true, true, true, false, false, false, false, true, false, true, true], deck.Select(r => r.Issues?.Contains("may not reach the owner") == true));
        Assert.Contains("says 'Escheat'", deck[1].Issues);
        Assert.Contains("Address may not reach the owner: the row's 'Pay Status' says 'Bad Address'", deck[8].Issues);
        Assert.Equal("123 Main St", deck[0].Address);
        Assert.Empty(errors);
    }

    // A grouped report's group rows (a trial: Salesforce's "Contacts by Account" export): "Acme Oil & Gas (2)" alone on its row was a
    // contact with nothing but a Company, and the people under it had none. It is no record; its value, without the count, is the
    // Company of the rows below that leave the column empty, groups within groups too, in CSV and in the preview.
    [Fact]
    public void AGroupedReportsGroupRowsAreNoContactsAndGiveTheirValueToTheirRows()
    {
        var (records, errors, summary) = Run(File("grouped.csv", "Account Name,First Name,Last Name,Phone,Email,State\nAcme Oil & Gas (2),,,,,\n"
            + ",Kim,Lowe,432-555-0401,kim@acme.example,TX\n,Leo,Moss,432-555-0402,leo@acme.example,TX\nSubtotal,,,,,\n"
            + "Account Name: Baker Minerals (1 record),,,,,\n,Nia,Ochoa,432-555-0403,nia@baker.example,NM\nGrand Total (3 records),,,,,\n"));
        Assert.Empty(errors);
        Assert.Equal(["Kim Lowe|Acme Oil & Gas", "Leo Moss|Acme Oil & Gas", "Nia Ochoa|Baker Minerals"], records.Select(r => $"{r.FullName}|{r.Company}"));
        Assert.Equal([2L, 6L], summary.GroupRowNumbers);
        Assert.Equal("Account Name", summary.GroupColumn);
        var preview = ContactImporter.Preview(records[0].SourceFile!, new ImportOptions());
        Assert.Equal(["Acme Oil & Gas", "Acme Oil & Gas", "Baker Minerals"], preview.SampleRows.Select(r => r["Account Name"]));
        Assert.Contains(preview.Warnings, w => w.Contains("2 row(s) are a grouped report's group rows, a value of 'Account Name'"));

        // Groups within groups: the state's group rows under the account's, an account's next group ending the state's.
        var (nested, _, nestedSummary) = Run(File("nested.csv", "Account Name,State,First Name,Last Name,Phone\nAcme (3),,,,\n,TX (2),,,\n,,Kim,Lowe,432-555-0401\n"
            + ",,Leo,Moss,432-555-0402\n,NM (1),,,\n,,Al,Ames,505-555-0404\nBaker (1),,,,\n,,Nia,Ochoa,432-555-0403\n"));
        Assert.Equal(["Kim|Acme|TX", "Leo|Acme|TX", "Al|Acme|NM", "Nia|Baker|"], nested.Select(r => $"{r.FirstName}|{r.Company}|{r.State}"));
        Assert.Equal(4, nestedSummary.GroupRows);

        // A group's rows are as many as its count: the rows after them are no longer its own (a review: they took its Company), and
        // a title over another table, or another table's header, ends it sooner.
        var (counted, _, _) = Run(File("counted.csv", "Account Name,Name,Phone,Email\nAcme (2),,,\n,Kim Lowe,432-555-0401,kim@acme.example\n"
            + ",Leo Moss,432-555-0402,leo@acme.example\n,Sam Free,713-555-6666,sam@q.com\nBeta (3),,,\n,Al Ames,505-555-0404,al@beta.example\n\nHeirs of J. Smith\n"
            + "Account Name,Name,Phone,Email\n,Ann Smith,713-555-4444,ann@z.com\n"));
        Assert.Equal(["Kim Lowe|Acme", "Leo Moss|Acme", "Sam Free|", "Al Ames|Beta", "Ann Smith|"], counted.Select(r => $"{r.FullName}|{r.Company}"));

        // HubSpot's "(No value)" group: its rows' column stays empty (a trial's became a Company "(No value)").
        var (noValue, _, noValueSummary) = Run(File("novalue.csv", "Company name,First name,Last name,Email\nCompany name: Acme (1),,,\n,Ann,Lee,ann@acme.example\nCompany name: (No value) (1),,,\n,Cy,Orr,cy@example.com\n"));
        Assert.Equal(["Acme", null], noValue.Select(r => r.Company));
        Assert.Equal(2, noValueSummary.GroupRows);

        // Not group rows: a one-cell row whose next row fills its column, one at the end, one without a count, and a list of two columns.
        var (rows, _, rowsSummary) = Run(File("rows.csv", "Company,Name,Phone\nAcme Oil (2),,\nBaker Minerals,Nia Ochoa,432-555-0403\nCole Ranch,,\n,Al Ames,505-555-0404\nDunn Royalty (3),,\n"));
        Assert.Equal(["Acme Oil (2)|", "Baker Minerals|Nia Ochoa", "Cole Ranch|", "|Al Ames", "Dunn Royalty (3)|"], rows.Select(r => $"{r.Company}|{r.FullName}"));
        Assert.Equal(0, rowsSummary.GroupRows);
        var (two, _, twoSummary) = Run(File("two.csv", "Name,Email\nAnn Cole (2)\n,bo@x.com\n"));
        Assert.Equal(2, two.Count);
        Assert.Equal(0, twoSummary.GroupRows);
        // Nor one in a column after the rows' cells (a note, "Called twice (2)"), nor in a name's column (a trust named alone), nor
        // under a row that fills a column before it: a report writes its grouping columns first.
        var (notes, _, notesSummary) = Run(File("notes.csv", "Name,Phone,Email,Notes\n,,,Called twice (2)\nJohn Smith,713-555-1234,john@x.com,\n"
            + "Smith Family Trust (1),,,\n,713-555-9999,trust@x.com,\n"));
        Assert.Equal(0, notesSummary.GroupRows);
        Assert.Equal(["||Called twice (2)", "John Smith|7135551234|", "Smith Family Trust (1)||", "|7135559999|"], notes.Select(r => $"{r.FullName}|{r.Phone}|{r.Notes}"));
    }

    // QuickBooks' list grouped by type (a trial): the type alone under the export's blank first header, "Total <type>" closing it beside
    // its sums, were empty records. Each type is its rows' first column once its Total row comes, types within types too; a note or a
    // title alone on its row under a blank header, with no Total after, is a row as before (a review: both were stamped on the rows
    // below, and a second table's header read as a contact).
    [Fact]
    public void AQuickBooksListGroupedByTypeGivesTheTypeToItsRows()
    {
        var (records, errors, summary) = Run(File("vendors.csv", ",Vendor,Company,Main Phone,Main Email,Balance Total\nRoyalty Owner,,,,,\n"
            + ",\"Smith, John\",,432-555-0170,js@example.com,0.00\n,Jones Trust,Jones Family Trust,432-555-0171,,120.00\nTotal Royalty Owner,,,,,120.00\n"
            + "Landman,,,,,\n,Rae Sims,Sims Land Services,432-555-0172,rae@simsland.example,0.00\nTotal Landman,,,,,0.00\nTOTAL,,,,,120.00\n"));
        Assert.Empty(errors);
        Assert.Equal(["4325550170|Royalty Owner", "4325550171|Royalty Owner", "4325550172|Landman"], records.Select(r => $"{r.Phone}|{r.ExtraColumns()["Column1"]}"));
        Assert.Equal((2L, 3L), (summary.GroupRows, summary.FooterLines));

        var (nested, _, nestedSummary) = Run(File("nested.csv", ",,Vendor,Phone,Email\nRoyalty Owner,,,,\n,TX,,,\n,,Ann Lee,432-555-0101,ann@x.com\n,Total TX,,,\n"
            + ",NM,,,\n,,Bo Cole,505-555-0101,bo@x.com\n,Total NM,,,\nTotal Royalty Owner,,,,\n"));
        Assert.Equal(["Royalty Owner|TX", "Royalty Owner|NM"], nested.Select(r => $"{r.ExtraColumns()["Column1"]}|{r.ExtraColumns()["Column2"]}"));
        Assert.Equal([2L, 3L, 6L], nestedSummary.GroupRowNumbers);

        // No Total: a note alone ("Deceased") stays its own row, given to no other; a title over a second table still titles it.
        var (note, _, noteSummary) = Run(File("note.csv", ",Name,Phone,City\n,John Smith,432-555-0101,Midland\nDeceased,,,\n,Mary Jones,432-555-0102,Midland\n"));
        Assert.Equal(0, noteSummary.GroupRows);
        Assert.Equal(["|John Smith", "Deceased|", "|Mary Jones"], note.Select(r => $"{r.ExtraColumns()["Column1"]}|{r.FullName}"));
        var (titled, _, titledSummary) = Run(File("titled.csv", ",Name,Phone,City\n,John Smith,432-555-0101,Midland\n\nWorking Interest Owners\n,Owner,Telephone,Town\n,Bob Brown,432-555-0103,Odessa\n"));
        Assert.Equal(["John Smith", "Bob Brown"], titled.Select(r => r.FullName));
        Assert.Contains(titledSummary.Warnings, w => w.Contains("titled 'Working Interest Owners'"));
        // A "Total " cell (its space kept) under an open type is no Total of it, and reads without error.
        var (spaced, spacedErrors, _) = Run(File("spaced.csv", ",Vendor,Phone,Email\nLandman,,,\n,Rae Sims,432-555-0102,rae@x.example\n\"Total \",,,\n"));
        Assert.Empty(spacedErrors);
        Assert.Equal(["Landman|", "|4325550102", "Total |"], spaced.Select(r => $"{r.ExtraColumns()["Column1"]}|{r.Phone}")); // no Total of Landman came: rows as they stood
        // Nor a value under a named header, or one with digits, nor a "Total" of no open type.
        var (rows, _, rowsSummary) = Run(File("rows.csv", "Region,Name,Phone,Email\nWest Texas,,,\n,Al Ames,505-555-0404,al@x.example\nTotal West Texas,,,\n"));
        Assert.Equal(0, rowsSummary.GroupRows);
        Assert.Equal(3, rows.Count);
    }

    // A sub-table's header that names its first column otherwise (a trial: Monday.com's "Subitems, Owner, Status, Phone, Email" under
    // "Name, Owner, ...") repeats the header: it was a contact "Subitems" whose Phone was "Phone". One odd cell holding an address or
    // a number, or two odd cells, or fewer than three of the header's names, leave the row a row.
    [Fact]
    public void ASubTablesHeaderWithItsOwnFirstNameRepeatsTheHeader()
    {
        var (records, _, summary) = Run(File("board.csv", "Name,Owner,Status,Phone,Email\nTract 1 - Smith,Tom,Working,432-555-2901,smith@t.example\n"
            + "Subitems,Owner,Status,Phone,Email\nMary Smith,Tom,,432-555-2902,mary@t.example\n"));
        Assert.Equal(["Tract 1 - Smith", "Mary Smith"], records.Select(r => r.FullName));
        Assert.Equal([3L], summary.RepeatedHeaderRows);
        var (kept, _, keptSummary) = Run(File("kept.csv", "Name,Owner,Status,Phone,Email\nAnn Lee,Owner,Status,Phone,ann@x.com\nBo Roe,Owner,Status,713-555-0102,Email\n"
            + "Cy Dee,Tom,Status,Phone,Email\nDi Eff,Owner,Active,Phone,Email\n"));
        Assert.Equal(["Ann Lee", "Bo Roe", "Cy Dee", "Di Eff"], kept.Select(r => r.FullName));
        Assert.Equal(0, keptSummary.RepeatedHeaders);
        // A lower table whose header names another column, last or first, is that table's header, read by its own columns (a review:
        // taken for the header repeated, its Fax column was read as the first table's Mobile, a number to dial).
        var (fax, _, faxSummary) = Run(File("fax.csv", "Name,Email,Phone,Mobile\nJohn Smith,john@x.com,713-555-1234,713-555-8888\n\n"
            + "Name,Email,Phone,Fax\nAcme Office,info@acme.com,713-555-4444,713-555-4445\n\nCompany,Email,Phone,Fax\nBeta Inc,b@beta.com,713-555-5555,713-555-5556\n"));
        Assert.Equal(0, faxSummary.RepeatedHeaders);
        Assert.Equal(("713-555-4445", null), (fax[1].ExtraColumns()["Fax"], fax[1].ExtraPhones));
        Assert.Equal(("Beta Inc", null), (fax[2].Company, fax[2].FullName));
        var (few, _, fewSummary) = Run(File("few.csv", "Name,Phone,Email\nSubitems,Phone,Email\n"));
        Assert.Equal("Subitems", Assert.Single(few).FullName);
        Assert.Equal(0, fewSummary.RepeatedHeaders);
    }

    // Tables stacked on one sheet, each under its own header (a trial: the heirs' header was a contact, their rows in the owners'
    // columns; and where the lower header named more known columns, it was taken for the file's and the owners above it were lost
    // unsaid). Each table is read by its own header, the title line above a table is no contact, and a warning names both.
    [Fact]
    public void TablesStackedUnderTheirOwnHeadersAreEachReadByTheirs()
    {
        var (records, errors, summary) = Run(File("stack.csv", "Name,Phone,Email,County\nAnn Able,432-555-0101,ann@able.com,Reeves\nBob Baker,432-555-0102,bob@baker.com,Ward\n\n"
            + "Heirs of J. Smith\nHeir Name,Relationship,Email,Phone,Mailing Address\nCy Cole,Son,cy@cole.net,(915) 555-0103,\"12 Elm St, Pecos TX 79772\"\n"
            + "Di Dunn,Daughter,di@dunn.net,915-555-0104,\"9 Oak Ave, Odessa TX 79761\"\n"));
        Assert.Empty(errors);
        Assert.Equal(["Ann Able", "Bob Baker", "Cy Cole", "Di Dunn"], records.Select(r => r.FullName));
        Assert.Equal(("cy@cole.net", "9155550103", "Pecos", "Son"), (records[2].Email, records[2].Phone, records[2].City, records[2].ExtraColumns()["Relationship"]));
        Assert.Equal("Reeves", records[0].ExtraColumns()["County"]);
        var warning = Assert.Single(summary.Warnings, w => w.Contains("another table"));
        Assert.Contains("row 6 is the header of another table below the one headed on row 1", warning);
        Assert.Contains("titled 'Heirs of J. Smith' on row 5", warning);
        Assert.Contains("'Relationship'", warning);
        var preview = ContactImporter.Preview(records[0].SourceFile!, new ImportOptions());
        Assert.Equal(["Ann Able", "Bob Baker"], preview.SampleRows.Select(r => r["Name"]));
        Assert.Contains(warning, preview.Warnings);
        var (byOne, _, byOneSummary) = Run(records[0].SourceFile!, new ImportOptions { HeaderRow = 1 }); // -HeaderRow: one header, as before
        Assert.Equal(["Ann Able", "Bob Baker", "Heirs of J. Smith", "Heir Name", "Cy Cole", "Di Dunn"], byOne.Select(r => r.FullName));
        Assert.DoesNotContain(byOneSummary.Warnings, w => w.Contains("another table"));

        // The first header naming as many known columns: the second was read as a contact, its rows' addresses under Phone.
        var (second, _, _) = Run(File("s2.csv", "Email,Name,Phone\nann@able.com,Ann Able,4325550101\nbo@baker.com,Bo Baker,4325550102\nFirst Name,Last Name,Cell,E-mail\nCy,Cole,9155550103,cy@cole.net\n"
            + "Email,Name,Phone\ndi@dunn.net,Di Dunn,9155550104\n"));
        Assert.Equal(["Ann Able", "Bo Baker", "Cy Cole", "Di Dunn"], second.Select(r => r.FullName));
        Assert.Equal(("cy@cole.net", "9155550103"), (second[2].Email, second[2].Phone));
        Assert.Equal(("di@dunn.net", "9155550104"), (second[3].Email, second[3].Phone)); // the first header again: its columns again

        // -Mapping maps the columns each table has, and names none it lacks as an error.
        var (mapped, mappedErrors, _) = Run(File("s3.csv", "Owner,Tel\nAnn Able,4325550101\n\nHeir Name,Phone,Email\nCy Cole,9155550103,cy@cole.net\n"),
            new ImportOptions { Mapping = new Dictionary<string, string> { ["Owner"] = "FullName", ["Tel"] = "Phone" } });
        Assert.Empty(mappedErrors);
        Assert.Equal(["Ann Able", "Cy Cole"], mapped.Select(r => r.FullName));
        Assert.Equal("9155550103", mapped[1].Phone);
    }

    // Not another table: a row of one cell is a contact when no header follows it, and a row naming known columns beside an
    // address or a number is a contact's ("Email" and "Phone" as a preferred way to reach someone).
    [Fact]
    public void RowsThatOnlyLookLikeAHeaderOrATitleAreContacts()
    {
        var (records, _, summary) = Run(File("n.csv", "Name,Email,Phone,Preferred\nAnn Able,ann@able.com,4325550101,Email\n\nBob Baker\nCy Cole,cy@cole.net,9155550103,Phone\nDi Dunn\n"));
        Assert.Equal(["Ann Able", "Bob Baker", "Cy Cole", "Di Dunn"], records.Select(r => r.FullName));
        Assert.DoesNotContain(summary.Warnings, w => w.Contains("another table"));

        // A review's: a contact with no email or phone whose cells hold two header names ("Owner", "Mail"); a name alone above a table's
        // header (no title); a preparer's one-row block above the list (said, not read).
        var (noReach, _, noReachSummary) = Run(File("r1.csv", "Name,Role,Best Contact,Email,Phone,County\nRuth Ellison,Owner,Phone,,405-555-0110,Grady\nMartha Cole,Owner,Mail,,,Grady\nTom Gray,Heir,Email,tom@gray.com,580-555-0150,Caddo\n"));
        Assert.Equal(["Ruth Ellison", "Martha Cole", "Tom Gray"], noReach.Select(r => r.FullName));
        Assert.Equal("tom@gray.com", noReach[2].Email);
        Assert.DoesNotContain(noReachSummary.Warnings, w => w.Contains("another table"));
        var (named, _, _) = Run(File("r7.csv", "Name,Phone,Email\nJohn Smith,405-555-0101,john@x.com\nMary Jones\nHeir Name,Relationship,Email,Phone\nTim Smith,Son,tim@x.com,405-555-0106\n"));
        Assert.Equal(["John Smith", "Mary Jones", "Tim Smith"], named.Select(r => r.FullName));
        var (listed, _, listedSummary) = Run(File("r8.csv", "Company,Contact,Phone\nRed Fork Resources,Rachel Okafor,405-555-0170\n\nOwner Name,Mailing Address,City,State,Phone,Email,Net Acres\n"
            + "Al Bee,1 Elm,Enid,OK,580-555-0101,al@x.com,10\nCy Dee,2 Oak,Enid,OK,580-555-0102,cy@x.com,20\n"));
        Assert.Equal(["Al Bee", "Cy Dee"], listed.Select(r => r.FullName));
        // One owner over a titled heirs' table (the usual shape; a trial): the owner's header is the file's.
        var (one, _, _) = Run(File("r9.csv", "Owner,Phone,Email\nJ. Kent,432-555-0101,jk@x.com\n\nHeirs of J. Kent\nHeir Name,Relationship,Email,Phone,Mailing Address\nAl Kent,Son,al@x.com,432-555-0102,1 Elm St\n"));
        Assert.Equal(["J. Kent", "Al Kent"], one.Select(r => r.FullName));
        Assert.Contains(listedSummary.Warnings, w => w.Contains("row 2 above the header (row 4) holds a contact (a name, an email address or a phone number) and was not read"));
    }

    // A security trial: cells Excel runs as formulas passed through unsaid (a leading tab that kept one inert was trimmed away); they
    // are kept as written, and Issues names the first; a phone number with '+', a handle with '@', a dash in text are no formulas.
    [Fact]
    public void ACellASpreadsheetWouldRunAsAFormulaIsNamedInIssues()
    {
        var (records, _, summary) = Run(File("inject.csv", "Name,Email,Phone,Company\n\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"Click\"\")\",a@example.com,713-555-0101,Acme\n"
            + "Bo Bee,b@example.com,713-555-0102,\"+cmd|' /C calc'!A0\"\n\"\t=1+1\",c@example.com,713-555-0103,Acme\nDee Dunn,d@example.com,+1 (713) 555-0104,@deedunn (twitter)\nEd Eck,e@example.com,713-555-0105,-500 (credit)\n"));
        Assert.Contains("'Name' holds '=HYPERLINK(", records[0].Issues);
        Assert.Contains("'Company' holds '+cmd|' /C calc'!A0'", records[1].Issues);
        Assert.Contains("'Name' holds '=1+1'", records[2].Issues);
        Assert.DoesNotContain("formula", records[3].Issues ?? "");
        Assert.DoesNotContain("formula", records[4].Issues ?? "");
        Assert.Equal(3, summary.FormulaRows);
        Assert.Equal("+cmd|' /C calc'!A0", records[1].Company); // kept as written
    }

    // Owners with no email or phone under an upper header ("Name, Address, City"), over a richer lower one: read by the upper header
    // when two of them, or one under a titled lower table, stand between; else said in a warning (a trial's were dropped, unsaid).
    [Fact]
    public void OwnersWithNoEmailOrPhoneAboveARicherHeaderAreReadOrSaid()
    {
        var (records, _, _) = Run(File("owners.csv", "Name,Address,City\nAnn Lee,12 Main St,Pecos\nBo Roe,9 Elm St,Midland\n\nHeirs of J. Kent\n"
            + "Heir Name,Relationship,Phone,Email,Mailing Address\nCy Kent,Son,432-555-0103,cy@k.com,\"1 Oak, Pecos TX\"\n"));
        Assert.Equal(["Ann Lee|Pecos", "Bo Roe|Midland", "Cy Kent|"], records.Select(r => $"{r.FullName}|{r.City}"));
        var (one, _, oneSummary) = Run(File("one.csv", "Name,Address,City\nAnn Lee,12 Main St,Pecos\n\nHeir Name,Relationship,Phone,Email,Mailing Address,City\nCy Kent,Son,432-555-0103,cy@k.com,1 Oak,Pecos\n"));
        Assert.Equal("Cy Kent", Assert.Single(one).FullName); // one owner, untitled: a preparer's block as likely, said, not read
        Assert.Contains(oneSummary.Warnings, w => w.Contains("row 2 above the header (row 4) holds a contact (a name, an email address or a phone number) and was not read"));

        // Names alone under "Owner Name, Email" (the emails empty) are owners; under "Owner Name, Net Acres", one known column, they are
        // said (a trial's were dropped, unsaid, both ways).
        var (alone, _, _) = Run(File("alone.csv", "Owner Name,Email\nSmith John A,\nJones Mary,\nDoe Jane,\n\nOwner Name,Phone,Email,Address,City,State,Zip\nLee Ann,432-555-0271,al@example.com,2 Main,Midland,TX,79701\n"));
        Assert.Equal(["Smith John A", "Jones Mary", "Doe Jane", "Lee Ann"], alone.Select(r => r.FullName));
        var (acres, _, acresSummary) = Run(File("acres.csv", "Owner Name,Net Acres\nSmith John A,10\nJones Mary,5\n\nOwner Name,Phone,Email,Address,City,State,Zip\nLee Ann,432-555-0271,al@example.com,2 Main,Midland,TX,79701\n"));
        Assert.Equal("Lee Ann", Assert.Single(acres).FullName);
        Assert.Contains(acresSummary.Warnings, w => w.Contains("rows 2, 3 above the header (row 5) hold a contact"));

        // A note alone ("Confidential draft") under a preparer's block is no owner: the owners' header is the file's (a review: the note
        // and our landman were read as contacts).
        var (prepared, _, _) = Run(File("prep.csv", "Name,Title\nLee Landman,Landman\nConfidential draft\n\nOwner Name,Email,Phone,Address\nMary Jones,mary@x.com,432-555-0101,1 Main St\nBob Ray,bob@x.com,432-555-0102,2 Main St\n"));
        Assert.Equal(["Mary Jones", "Bob Ray"], prepared.Select(r => r.FullName));
    }

    // A trial: a "DO NOT CALL" table under a contact list, its header repeating the list's columns, was read as contacts to dial and its
    // title as a contact. A title over a header (repeated or another table's) is no contact; one that names a list marks its rows.
    [Fact]
    public void ATableTitledAsAListOfPeopleNotToContactIsRead()
    {
        var (records, _, summary) = Run(File("dnc.csv", "Name,Phone,Email,City\nJay Kent,432-555-2201,jay@kent.example,Midland\nKay Long,432-555-2202,kay@long.example,Odessa\n\n"
            + "DO NOT CALL\nName,Phone\nLou Mann,432-555-2203\n\nHeirs of J. Kent\nName,Phone,Email,City\nMo Kent,432-555-2204,mo@kent.example,Pecos\n"));
        Assert.Equal(["Jay Kent", "Kay Long", "Lou Mann", "Mo Kent"], records.Select(r => r.FullName));
        Assert.Null(records[2].Phone);
        Assert.Contains("the 'DO NOT CALL' table of dnc.csv lists it", records[2].Issues);
        Assert.Equal("4325552204", records[3].Phone); // the next titled table is no list
        Assert.Contains(summary.Warnings, w => w.Contains("row 5 ('DO NOT CALL') titles the rows below"));
        Assert.Contains(summary.Warnings, w => w.Contains("row 9 ('Heirs of J. Kent') titles the rows below"));

        // The preview says it as the import reads it: a title over the header repeated is no sample row, and a list's title is said
        // to mark its rows (it showed "DO NOT CALL" as a contact, and nothing of the marks).
        var pasted = File("pasted.csv", "Name,Phone,Email\nAnn Lee,713-555-0101,ann@x.com\n\nDO NOT CALL\nName,Phone,Email\nBo Roe,713-555-0102,bo@x.com\n");
        var preview = ContactImporter.Preview(pasted, new ImportOptions());
        Assert.Equal(["Ann Lee", "Bo Roe"], preview.SampleRows.Select(r => r["Name"]));
        Assert.Contains(preview.Warnings, w => w.Contains("row 4 ('DO NOT CALL') titles the rows below the header repeated after it")
            && w.Contains("as a list of people not to contact"));
    }

    // A trial's: payloads behind digits and operators, a zero-width space first, several cells; a CRM's prefixed or qualified opt-out
    // columns; a Mexican state code Canada shares beside Country Mexico.
    [Fact]
    public void FormulaPayloadsPrefixedOptOutColumnsAndMexicanStatesAreRead()
    {
        var (formulas, _, _) = Run(File("f2.csv", "Name,Company,Notes\nAnn Bee,Acme,-2+3+cmd|' /C calc'!A0\nBo Cee,=B1,=A1\nCy Dee,Acme,\u200B=cmd|' /C calc'!A0\nDi Eff,Acme,+1 (405) 555-0101\n"));
        Assert.Contains("'Notes' holds '-2+3+cmd|", formulas[0].Issues);
        Assert.Contains("(and 1 more cell(s) of the row)", formulas[1].Issues);
        Assert.Contains("'Notes' holds '=cmd|", formulas[2].Issues);
        Assert.DoesNotContain("formula", formulas[3].Issues ?? "");

        var (crm, _, _) = Run(File("pd.csv", "Person - Name,Person - Email,Person - Phone,Person - Marketing status,Person - Labels,Status (Landowners)\n"
            + "Carla Diaz,carla@diaz.example,432-555-0202,Unsubscribed,,\nDan Evans,dan@evans.example,432-555-0203,,DNC,\nEd Fox,ed@fox.example,432-555-0204,,,Unsubscribed\nFay Gee,fay@gee.example,432-555-0205,Subscribed,Customer,Active\n"));
        Assert.Equal([null, "dan@evans.example", null, "fay@gee.example"], crm.Select(r => r.Email));
        Assert.Equal(["4325550202", null, "4325550204", "4325550205"], crm.Select(r => r.Phone));

        var (mexico, _, _) = Run(File("mx.csv", "Name,Phone,City,State,Zip,Country\nMx One,81 8123 4567,Monterrey,NL,64000,MX\nMx Two,(664) 123 4567,Tijuana,BC,22000,Mexico\nCa One,604 555 0101,Vancouver,BC,V6B 1A1,Canada\n"));
        Assert.Equal(["+528181234567", "+526641234567", "6045550101"], mexico.Select(r => r.Phone));
    }

    // A review's: a page's title goes on with the list above it; a one-cell row over a repeated header that reads as no title still
    // ends the list; a list's title over the file's own header; a relative's column ("Deceased (Spouse)") or a company's prefixed
    // label is not the person's; a preparer's block over a titled list is no contact.
    [Fact]
    public void ListTitlesPageBreaksAndQualifiersAreReadAsTheyMean()
    {
        var (paged, _, _) = Run(File("p.csv", "Name,Phone,Email\nJo Sim,405-555-0101,jo@x.com\nDO NOT CALL\nName,Phone,Email\nBo Dee,405-555-0103,bo@x.com\nPage 2 of 2\nName,Phone,Email\nAn Lee,405-555-0104,an@x.com\nNew Leads\nName,Phone,Email\nCy Roe,405-555-0105,cy@x.com\n"));
        Assert.Equal(["4055550101", null, null, null, "4055550105"], paged.Select(r => r.Phone));
        Assert.Equal(["Jo Sim", "Bo Dee", "An Lee", "New Leads", "Cy Roe"], paged.Select(r => r.FullName));

        var (first, _, _) = Run(File("f.csv", "DO NOT CALL\nName,Phone,Email\nBo Dee,405-555-0103,bo@x.com\n"));
        Assert.Null(Assert.Single(first).Phone);

        var (kin, _, _) = Run(File("k.csv", "Name,Phone,Email,Deceased (Spouse),Organization - Labels\nJo Sim,405-555-0101,jo@x.com,Yes,DNC\n"));
        Assert.Equal(("4055550101", "jo@x.com"), (kin[0].Phone, kin[0].Email));

        var (prepared, _, _) = Run(File("pr.csv", "Prepared by,Company,Phone\nJim Landman,Acme Land LLC,405-555-0199\n\nOwners of Section 12\nOwner Name,Mailing Address,City,State,Zip,Phone\n"
            + "Al Bee,1 Elm,Enid,OK,73701,580-555-0101\nCy Dee,2 Oak,Enid,OK,73701,580-555-0102\n"));
        Assert.Equal(["Al Bee", "Cy Dee"], prepared.Select(r => r.FullName));
    }

    // A quote read as a character in a cell meant to hold the delimiter: the fields its line splits into past the rows' width are
    // joined back into it, stray (closing on a later line) or never closed; not past the rows' width, nor in a row of the usual width.
    [Fact]
    public void AQuoteReadAsACharacterKeepsItsCellsDelimitersInTheCell()
    {
        var (stray, _, _) = Run(File("s.csv", "Name,Email,Notes,Phone\nAl Bee,al@x.com,\"call after 5, ask for Bo, or Cy,7135550101\nCy Dee,cy@x.com,ok,7135550103\nDi Eff,di@x.com,\"tall, dark\",7135550104\n"));
        Assert.Equal(("\"call after 5, ask for Bo, or Cy", "7135550101"), (stray[0].Notes, stray[0].Phone));
        Assert.Equal(("tall, dark", "7135550104"), (stray[2].Notes, stray[2].Phone));
        var (fits, _, _) = Run(File("f.csv", "Name,Email,Notes\nAl Bee,\"al@x.com,ok\nmore text, and, more, and, more\n"));
        Assert.Equal(("al@x.com", "ok"), (fits[0].Email, fits[0].Notes));
    }

    [Fact]
    public void ExcelsTextFormulaIsTheTextItShows()
    {
        // ="..." keeps leading zeros and long digits as text when Excel opens the file: the value is what it shows, no repair to note.
        var (records, _, summary) = Run(File("xtext.csv", "Name,Phone,Zip,Ref\nJo Smith,=\"7135551234\",=\"07001\",=\"a\"b\"\n"));
        Assert.Equal(("7135551234", "07001"), (records[0].Phone, records[0].PostalCode));
        Assert.Equal("=\"a\"b\"", records[0].ExtraColumns()["Ref"]); // not of that form: kept as written, the quote noted
        Assert.Equal([2L], summary.RepairedRows);
        Assert.DoesNotContain("field 2", records[0].Issues);
    }

    [Fact]
    public void StrayQuoteRepairsDoNotDependOnReadSizes()
    {
        var text = System.IO.File.ReadAllText(Case("18-tsv-stray-quotes.txt"));
        string Rows(TextReader input) => string.Join("\n", new CsvRecordReader(input, '\t').ReadAll().Select(r => $"{r.Line}|{r.Error}|{string.Join("¦", r.Cells)}|{string.Join("¦", r.Notes ?? [])}"));
        var whole = Rows(new StringReader(text));
        foreach (var size in new[] { 1, 2, 3, 7 }) Assert.Equal(whole, Rows(new TricklingReader(text, size)));
    }


    // ---- Mostly UTF-8 with some Windows-1252 lines ----

    [Fact]
    public void Handed16a_MixedUtf8AndWindows1252IsDecodedLineByLine()
    {
        var (records, _, summary) = Run(Case("16a-mixed-utf8-cp1252.csv"));

        Assert.Equal(["José", "Zoë", "Chloé"], records.Select(r => r.FirstName));
        Assert.Equal(["Española", "Québec", "Montréal"], records.Select(r => r.City));
        Assert.Null(records[0].Issues);
        Assert.Contains("Line 4", records[2].Issues);
        Assert.Contains("Windows-1252", records[2].Issues);
        Assert.Contains("some lines", summary.Format);
        Assert.Equal([4L], summary.RepairedRows);
    }

    // A trial: one Windows-1252 dash typed into a UTF-8 row made the whole line Windows-1252, "José Peña" "JosÃ© PeÃ±a"; a character
    // cut in half did the same to "Zoë". Only the bytes that are not UTF-8 are read as Windows-1252 now; a line with no valid UTF-8
    // letter ("Niño’s café") is read whole as before.
    [Fact]
    public void AUtf8LineWithAStrayByteKeepsItsUtf8()
    {
        var utf8 = new UTF8Encoding(false);
        var bytes = new List<byte>();
        bytes.AddRange(utf8.GetBytes("Name,Notes\nJosé Peña,call after 5 "));
        bytes.Add(0x96); // Windows-1252's en dash
        bytes.AddRange(utf8.GetBytes(" owes €120\nZoë Brontë,ok\n"));
        bytes.AddRange(FileSniffer.Windows1252.GetBytes("Niño Roe,café’s\n"));
        var (records, _, summary) = Run(Bytes("stray.csv", bytes.ToArray()));
        Assert.Equal(["José Peña", "Zoë Brontë", "Niño Roe"], records.Select(r => r.FullName));
        Assert.Equal(["call after 5 – owes €120", "ok", "café’s"], records.Select(r => r.Notes));
        Assert.Equal("Line 2 holds bytes that are not valid UTF-8 beside UTF-8 text (the rest of the file is UTF-8): those bytes were read as Windows-1252", records[0].Issues);
        Assert.Equal("Line 4 is not valid UTF-8 (the rest of the file is): it was read as Windows-1252", records[2].Issues);
        Assert.Equal([2L, 4L], summary.RepairedRows);

        // A Windows-1252 line whose upper-case accented letter stands before punctuation or a no-break space makes a valid UTF-8 pair
        // by chance (É’ is "ɒ"): read whole as Windows-1252 all the same (a review: "CAFɒS Diner", "JOSɠPEÑA").
        var cp1252 = new List<byte>();
        cp1252.AddRange(utf8.GetBytes("Name,Notes\nZoë Brontë,ok\n"));
        cp1252.AddRange(FileSniffer.Windows1252.GetBytes("CAFÉ’S Diner,Niño Oil\nJOSÉ\u00A0PEÑA,“ÀÖ” – ok\n"));
        var (accidental, _, _) = Run(Bytes("accidental.csv", cp1252.ToArray()));
        Assert.Equal(["Zoë Brontë", "CAFÉ’S Diner", "JOSÉ PEÑA"], accidental.Select(r => (r.FullName ?? r.Company)!.Replace('\u00A0', ' ')));
        Assert.Equal("“ÀÖ” – ok", accidental[2].Notes);
    }

    // A trial: a county's DOS roll (850), a Mac Roman list with LF line ends and a Shift-JIS file were read as Windows-1252 without a
    // word ("PE¥A JOSE", "JosŽ Pe–a"). A symbol inside a word in the first rows says so, naming -Encoding; a Windows-1252 file's own
    // quotes, apostrophes, dashes between words or numbers and signs say nothing.
    [Fact]
    public void AFileReadAsWindows1252WhoseWordsHoldSymbolsIsSaidToBeInAnotherEncoding()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var dos = System.Text.Encoding.GetEncoding(850).GetBytes("Owner,Phone\r\nPEÑA JOSE,432-555-0101\r\nMUÑOZ MARÍA,432-555-0102\r\n");
        var (dosRecords, _, dosSummary) = Run(Bytes("roll.csv", dos));
        Assert.Contains(dosSummary.Warnings, w => w.StartsWith("roll.csv was read as Windows-1252 (it is no UTF-8), but 'PE¥A JOSE'", StringComparison.Ordinal) && w.Contains("-Encoding names it: 850"));
        Assert.Equal(2, dosRecords.Count);
        Assert.Contains(ContactImporter.Preview(Bytes("roll-preview.csv", dos), new ImportOptions()).Warnings, w => w.Contains("'PE¥A JOSE'")); // the preview says so too
        var mac = FileSniffer.MacRoman.GetBytes("Name,Email\nJosé Peña,jp@x.com\n");
        Assert.Contains(Run(Bytes("mac.csv", mac)).Summary.Warnings, w => w.Contains("'José Pe–a'".Replace("é", "Ž")));
        var cp1252 = FileSniffer.Windows1252.GetBytes("Name,Notes\nJosé O’Brien,“call after 5” – AT&T line, 1–2 pm, costs €5 ± 1\nRenée Smith – Jones,café 50° ©\n");
        Assert.DoesNotContain(Run(Bytes("plain.csv", cp1252)).Summary.Warnings, w => w.Contains("symbol inside a word"));
        // Named with -Encoding, nothing is said.
        Assert.DoesNotContain(Run(Bytes("roll2.csv", dos), new ImportOptions { Encoding = System.Text.Encoding.GetEncoding(850) }).Summary.Warnings, w => w.Contains("symbol inside a word"));
    }

    // A trial: a ten-row file whose addresses held a Word line break (the vertical tab, as pasted into Excel) was refused as binary, and
    // with two it kept "Bob\vBaker" as a FullName and the address unsplit; U+2028 and U+2029 the same. They are line breaks in a cell
    // (not NEL, U+0085: a Windows-1252 ellipsis read with -Encoding latin1 is one, a review).
    // DOS's end-of-file mark (Ctrl-Z) on a line of its own was an empty contact.
    [Fact]
    public void OtherLineBreaksInACellAreLineBreaksAndCtrlZIsNoRow()
    {
        var rows = string.Concat(Enumerable.Range(0, 10).Select(i => $"Owner {(char)('A' + i)}son,o{i}@example.org,\"10{i} Main St\vMidland, TX 79701\"\r\n"));
        var (records, errors, _) = Run(File("vt.csv", "Name,Email,Address\r\n" + rows + "\u001A"));
        Assert.Empty(errors);
        Assert.Equal(10, records.Count);
        Assert.All(records, r => Assert.Equal(("Midland", "TX", "79701"), (r.City, r.State, r.PostalCode)));
        Assert.Equal("100 Main St", records[0].Address);
        foreach (var mark in new[] { "\u000B", "\u2028", "\u2029" })
        {
            var (one, _, _) = Run(File("mark.csv", $"Name,Email,Address\nBob{mark}Baker,bob@x.com,\"200 Elm St{mark}Odessa, TX 79761\"\n\u001A\r\n"));
            Assert.Equal(("Bob Baker", "Bob", "Baker", "Odessa"), (Assert.Single(one).FullName, one[0].FirstName, one[0].LastName, one[0].City));
        }
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void MixedLinesAreFoundWhateverTheLineEndsAndInsideQuotedFields(string eol)
    {
        var utf8 = new UTF8Encoding(false);
        var bytes = new List<byte>();
        bytes.AddRange(utf8.GetBytes($"Name,Notes{eol}Zoë Brontë,ok{eol}"));
        bytes.AddRange(FileSniffer.Windows1252.GetBytes($"René Roe,\"line one{eol}naïve\"{eol}"));
        bytes.AddRange(utf8.GetBytes($"Ana Núñez,ok{eol}"));
        bytes.AddRange(FileSniffer.Windows1252.GetBytes($"Noël Poe,“quoted”{eol}"));
        var (records, _, summary) = Run(Bytes("mixed.csv", bytes.ToArray()));

        Assert.Equal(["Zoë", "René", "Ana", "Noël"], records.Select(r => r.FirstName));
        Assert.Equal($"line one{eol}naïve".Replace("\r\n", "\n").Replace('\r', '\n'), records[1].Notes!.Replace("\r\n", "\n").Replace('\r', '\n'));
        Assert.Equal("“quoted”", records[3].Notes);
        Assert.Contains("Line 3", records[1].Issues);
        Assert.Contains("Line 4", records[1].Issues);
        Assert.Null(records[2].Issues);
        Assert.Equal([3L, 6L], summary.RepairedRows);
    }

    [Fact]
    public void AUtf8FileWithABomAndSomeWindows1252LinesIsDecodedLineByLine()
    {
        var bytes = new List<byte>([0xEF, 0xBB, 0xBF]);
        bytes.AddRange(Encoding.UTF8.GetBytes("Name,City\r\nJosé Núñez,Québec\r\n"));
        bytes.AddRange(FileSniffer.Windows1252.GetBytes("Chloé Roe,Montréal\r\n"));
        var (records, _, summary) = Run(Bytes("bom.csv", bytes.ToArray()));

        Assert.Equal(["José", "Chloé"], records.Select(r => r.FirstName));
        Assert.Equal(["Québec", "Montréal"], records.Select(r => r.City));
        Assert.Contains("Line 3", records[1].Issues);
        Assert.Equal("csv (utf-8 (BOM; windows-1252 on some lines), comma)", summary.Format);
    }

    [Fact]
    public void AWholeWindows1252FileIsStillReadAsOneWithoutNotes()
    {
        var (records, _, summary) = Run(Bytes("w.csv", FileSniffer.Windows1252.GetBytes("Name,City\nJosé Núñez,Montréal\n")));
        Assert.Equal("José", records[0].FirstName);
        Assert.Null(records[0].Issues);
        Assert.Equal("csv (windows-1252, comma)", summary.Format);
    }

    // ---- Header further down; -HeaderRow ----

    [Fact]
    public void Handed17b_TheHeaderIsFoundBelowElevenNoteLines()
    {
        var (records, _, summary) = Run(Case("17b-header-row-12.xlsx"));

        Assert.Equal(12, summary.Columns!.HeaderLine);
        Assert.Equal(["jane.roe@example.com", "sam.poe@example.org"], records.Select(r => r.Email));
        Assert.Equal(["7135550115", "7135550116"], records.Select(r => r.Phone));
        Assert.Empty(summary.Warnings);
    }

    [Fact]
    public void AHeaderBelowManyNoteLinesInACsvIsFound()
    {
        var notes = string.Concat(Enumerable.Range(1, 40).Select(i => $"Note {i}: for the land team only\n"));
        var (records, _, summary) = Run(File("notes.csv", notes + "Owner,E-mail,Cell\nAnn Cole,ann@x.org,713-555-0101\n"));
        Assert.Equal(41, summary.Columns!.HeaderLine);
        Assert.Equal(("Ann", "ann@x.org", "7135550101"), (records.Single().FirstName, records.Single().Email, records.Single().Phone));
    }

    [Fact]
    public void HeaderRowNamesTheHeaderAndAHeaderWithoutContactColumnsIsSaid()
    {
        var path = File("odd.csv", "Report 7,,\nKey,Value,Other\nParty,Reach,Where\nAnn Cole,ann@x.org,Houston\n");

        var (_, _, guessed) = Run(path);
        Assert.Contains(guessed.Warnings, w => w.Contains("row 2") && w.Contains("maps none of Email, Phone or a name"));

        var options = new ImportOptions { HeaderRow = 3, Mapping = new Dictionary<string, string> { ["Party"] = "FullName", ["Reach"] = "Email" } };
        var (records, _, summary) = Run(path, options);
        Assert.Equal(3, summary.Columns!.HeaderLine);
        Assert.Equal(2, summary.Columns.RowsSkippedAboveHeader);
        Assert.Equal(("Ann", "ann@x.org"), (records.Single().FirstName, records.Single().Email));
        Assert.Empty(summary.Warnings);

        var preview = ContactImporter.Preview(path, options);
        Assert.Equal(3, preview.HeaderRow);
        Assert.Equal("ann@x.org", preview.SampleRows.Single()["Reach"]);

        Assert.Equal("Pipes.HeaderRowNotFound", Assert.Throws<InvalidInputError>(() => Run(path, new ImportOptions { HeaderRow = 9 })).ErrorId);
    }

    [Fact]
    public void HeaderRowWorksInAWorkbookToo()
    {
        var path = Path_("h.xlsx");
        TestXlsx.Write(path, ("S", [["x", "y"], ["Name", "Email"], ["Ann Cole", "ann@x.org"]], null));
        var (records, _, summary) = Run(path, new ImportOptions { HeaderRow = 2 });
        Assert.Equal(2, summary.Columns!.HeaderLine);
        Assert.Equal("ann@x.org", records.Single().Email);
    }

    // ---- Which sheet ----

    [Fact]
    public void Handed05_AHiddenFirstSheetIsSkipped()
    {
        var (records, _, summary) = Run(Case("05-hidden-first-sheet.xlsx"));

        Assert.Equal(["Jane Roe", "Sam Poe"], records.Select(r => r.FullName));
        Assert.StartsWith("xlsx (Current)", summary.Format);
        Assert.Contains(summary.Warnings, w => w.Contains("read 'Current'") && w.Contains("'Old List'"));
        // Asked for by name, a hidden sheet is read.
        Assert.Equal("former.owner@example.net", Run(Case("05-hidden-first-sheet.xlsx"), new ImportOptions { Worksheet = "Old List" }).Records.Single().Email);
    }

    // A chart on a tab of its own (a chart sheet), a dialog sheet or an Excel 4.0 macro sheet is no worksheet (a trial: a workbook
    // whose first tab was a chart was "empty" by -Worksheet 1; one whose only visible tab was a chart over hidden data gave no
    // records): left out of the sheets, and the hidden data sheet read with a warning. An .xlsb is said to be one, to save as .xlsx.
    [Fact]
    public void AChartSheetIsNoWorksheetAndABinaryWorkbookIsSaidToBeOne()
    {
        var path = Path_("chart-first.xlsx");
        var data = RawXlsx.Sheet(RawXlsx.InlineRow("Name", "Email") + RawXlsx.InlineRow("Ada Lovelace", "ada@example.com"));
        const string Chartsheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>";
        void Write(string? dataState) => RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("Chart1", "rId1", null), ("Data", "rId2", dataState))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "chartsheet", "chartsheets/sheet1.xml"), ("rId2", "worksheet", "worksheets/sheet1.xml"))),
            ("xl/chartsheets/sheet1.xml", Chartsheet),
            ("xl/worksheets/sheet1.xml", data));
        Write(null);
        var (records, _, summary) = Run(path);
        Assert.Equal("ada@example.com", records.Single().Email);
        Assert.DoesNotContain(summary.Warnings, w => w.Contains("worksheets"));
        // A tab's number is its place as Excel shows the tabs, charts among them: the chart's reads nothing, and says why.
        Assert.Equal("ada@example.com", Run(path, new ImportOptions { Worksheet = "2" }).Records.Single().Email);
        Assert.Contains("Tab 1 of 'chart-first.xlsx', 'Chart1', is a chart or macro sheet, not a worksheet. Its worksheets: 'Data'.",
            Assert.ThrowsAny<PipesException>(() => Run(path, new ImportOptions { Worksheet = "1" })).Message);
        Write("hidden");
        var (hidden, _, hiddenSummary) = Run(path);
        Assert.Equal("ada@example.com", hidden.Single().Email);
        Assert.Contains(hiddenSummary.Warnings, w => w.Contains("read 'Data', which is hidden in the workbook: no worksheet is visible (its visible tabs are charts or macro sheets)."));

        var binary = Path_("binary.xlsx");
        RawXlsx.Write(binary, RawXlsx.PackageRels("xl/workbook.bin"), ("xl/workbook.bin", "\u0083\u0001\u0000"));
        var error = Assert.ThrowsAny<PipesException>(() => Run(binary));
        Assert.Contains("it is an Excel Binary Workbook (.xlsb), which Pipes does not read; save it from Excel as .xlsx", error.Message);
    }

    [Fact]
    public void Handed05b_ACoverSheetLosesToTheSheetWhoseHeaderMapsContacts()
    {
        var (records, _, summary) = Run(Case("05b-cover-sheet.xlsx"));

        Assert.Equal(["Dale Ortiz", "Mae Quinn"], records.Select(r => r.FullName));
        Assert.Contains(summary.Warnings, w => w.Contains("read 'Owners'"));
        var preview = ContactImporter.Preview(Case("05b-cover-sheet.xlsx"), new ImportOptions());
        Assert.Contains(preview.Warnings, w => w.Contains("read 'Owners'"));
    }

    [Fact]
    public void SheetsOfTheirKind_VeryHiddenCoverWithTwoColumnsAndAnEmptyFirst()
    {
        var path = Path_("kinds.xlsx");
        RawXlsx.Write(path,
            RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("Blank", "rId1", null), ("Secret", "rId2", "veryHidden"), ("Cover", "rId3", null), ("Leads", "rId4", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "worksheet", "worksheets/sheet2.xml"), ("rId3", "worksheet", "worksheets/sheet3.xml"), ("rId4", "worksheet", "worksheets/sheet4.xml"))),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet("")),
            ("xl/worksheets/sheet2.xml", RawXlsx.Sheet(RawXlsx.InlineRow("Name", "Email") + RawXlsx.InlineRow("Old One", "old@x.org"))),
            ("xl/worksheets/sheet3.xml", RawXlsx.Sheet(RawXlsx.InlineRow("Prepared by", "Land team") + RawXlsx.InlineRow("Date", "2026-01-05"))),
            ("xl/worksheets/sheet4.xml", RawXlsx.Sheet(RawXlsx.InlineRow("Full Name", "Mobile") + RawXlsx.InlineRow("Ann Cole", "713-555-0101"))));

        var (records, _, summary) = Run(path);
        Assert.Equal("7135550101", records.Single().Phone);
        Assert.Contains(summary.Warnings, w => w.Contains("read 'Leads'") && w.Contains("'Secret'"));
        // A workbook of one sheet says nothing about sheets.
        var one = Path_("one.xlsx");
        TestXlsx.Write(one, ("Only", [["Name", "Email"], ["Ann Cole", "ann@x.org"]], null));
        Assert.Empty(Run(one).Summary.Warnings);
    }

    // ---- Options that cannot apply ----

    [Fact]
    public void OptionsThatCannotApplyAreSaid()
    {
        var csv = File("plain.csv", "Name,Email\nAnn Cole,ann@x.org\n");
        Assert.Contains(Run(csv, new ImportOptions { Worksheet = "Owners" }).Summary.Warnings, w => w.Contains("-Worksheet 'Owners' was ignored"));
        Assert.Contains(Run(csv, new ImportOptions { Preset = "aapl" }).Summary.Warnings, w => w.Contains("aapl preset") && w.Contains("'Contact Name'"));
        Assert.Contains(ContactImporter.Preview(csv, new ImportOptions { Preset = "phoneburner" }).Warnings, w => w.Contains("'First Name'"));
        var book = Path_("b.xlsx");
        TestXlsx.Write(book, ("S", [["Name", "Email"], ["Ann Cole", "ann@x.org"]], null));
        Assert.Contains(Run(book, new ImportOptions { Delimiter = ';' }).Summary.Warnings, w => w.Contains("-Delimiter"));
        var aapl = File("aapl.csv", "Contact Name,Email Address,Phone Number,Organization\nAnn Cole,ann@x.org,,X\n");
        Assert.Empty(Run(aapl, new ImportOptions { Preset = "aapl" }).Summary.Warnings);
    }

    // ---- XLSX: 1904 dates, phonetic runs, elapsed times, other writers ----

    [Fact]
    public void Handed04_TheDate1904SystemIsHonoured()
    {
        var (records, _, _) = Run(Case("04-date1904.xlsx"));
        Assert.Equal(new DateTime(2024, 1, 2), records[0].ExtraColumns()["Lease Date"]);
        Assert.Equal(new DateTime(2025, 1, 1), records[1].ExtraColumns()["Lease Date"]);
    }

    [Theory]
    [InlineData("date1904=\"true\"", 2028)]   // serial 45293 is 2028-01-03 counted from 1904
    [InlineData("date1904=\"0\"", 2024)]      // and 2024-01-02 counted from 1900
    [InlineData("", 2024)]
    public void Date1904OfEveryWriterSpelling(string workbookPr, int year)
    {
        var path = Path_("d.xlsx");
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook(workbookPr, ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"))),
            ("xl/styles.xml", RawXlsx.Styles("yyyy-mm-dd")),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet(RawXlsx.InlineRow("Name", "Signed") + "<row><c t=\"inlineStr\"><is><t>Ann Cole</t></is></c><c s=\"1\"><v>45293</v></c></row>")));
        Assert.Equal(year, ((DateTime)Run(path).Records.Single().ExtraColumns()["Signed"]!).Year);
    }

    [Fact]
    public void PhoneticRunsAreNotAppended()
    {
        var path = Path_("jp.xlsx");
        var sst = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{RawXlsx.Main}\">"
            + "<si><t>Name</t></si><si><t>City</t></si>"
            + "<si><t>山田太郎</t><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh><rPh sb=\"2\" eb=\"4\"><t>タロウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
            + "<si><r><rPr><b/></rPr><t>東</t></r><r><t>京</t></r><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
            + "<si>\n  <t>Ann</t>\n  <rPh sb=\"0\" eb=\"1\"><t>アン</t></rPh>\n  <t xml:space=\"preserve\"> Cole</t>\n</si>"
            + "</sst>";
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml"))),
            ("xl/sharedStrings.xml", sst),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>大阪</t><rPh sb=\"0\" eb=\"2\"><t>オオサカ</t></rPh></is></c></row>")));

        var (records, _, _) = Run(path);
        Assert.Equal(["山田太郎", "Ann Cole"], records.Select(r => r.FullName));
        Assert.Equal(["東京", "大阪"], records.Select(r => r.City));
    }

    [Fact]
    public void ElapsedTimesAreDurationsAndTimesOfDayAreTimes()
    {
        var path = Path_("t.xlsx");
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"))),
            // 1 [h]:mm:ss, 2 [mm]:ss, 3 h:mm AM/PM, 4 yyyy-mm-dd h:mm, 5 mm:ss, 6 d-mmm, 7 0.00
            ("xl/styles.xml", RawXlsx.Styles("[h]:mm:ss", "[mm]:ss", "h:mm AM/PM", "yyyy-mm-dd h:mm", "mm:ss", "d-mmm", "0.00")),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet(
                RawXlsx.InlineRow("Name", "Talk", "Hold", "Best", "Called", "Short", "Day", "Acres")
                + "<row><c t=\"inlineStr\"><is><t>Ann Cole</t></is></c><c s=\"1\"><v>1.5</v></c><c s=\"2\"><v>0.0625</v></c><c s=\"3\"><v>0.75</v></c>"
                + "<c s=\"4\"><v>45293.5</v></c><c s=\"5\"><v>0.001</v></c><c s=\"6\"><v>45293</v></c><c s=\"7\"><v>12.5</v></c></row>")));

        var extra = Run(path).Records.Single().ExtraColumns();
        Assert.Equal(TimeSpan.FromHours(36), extra["Talk"]);
        Assert.Equal(TimeSpan.FromMinutes(90), extra["Hold"]);
        Assert.Equal(TimeSpan.FromHours(18), extra["Best"]);
        Assert.Equal(new DateTime(2024, 1, 2, 12, 0, 0), extra["Called"]);
        Assert.IsType<TimeSpan>(extra["Short"]);
        Assert.Equal(new DateTime(2024, 1, 2), extra["Day"]);
        Assert.Equal(12.5, extra["Acres"]);
    }

    [Fact]
    public void BuiltInElapsedFormatIsADuration()
    {
        var path = Path_("b46.xlsx");
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"))),
            ("xl/styles.xml", $"<styleSheet xmlns=\"{RawXlsx.Main}\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"46\"/><xf numFmtId=\"14\"/><xf numFmtId=\"21\"/></cellXfs></styleSheet>"),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet(RawXlsx.InlineRow("Name", "Talk", "Day", "At")
                + "<row><c t=\"inlineStr\"><is><t>Ann Cole</t></is></c><c s=\"1\"><v>1.25</v></c><c s=\"2\"><v>45293</v></c><c s=\"3\"><v>0.5</v></c></row>")));
        var extra = Run(path).Records.Single().ExtraColumns();
        Assert.Equal(TimeSpan.FromHours(30), extra["Talk"]);
        Assert.Equal(new DateTime(2024, 1, 2), extra["Day"]);
        Assert.Equal(TimeSpan.FromHours(12), extra["At"]);
    }

    [Fact]
    public void AConditionalFormatsNumberFormatDoesNotReplaceTheCellFormat()
    {
        var path = Path_("dxf.xlsx");
        RawXlsx.Write(path, RawXlsx.PackageRels(),
            ("xl/workbook.xml", RawXlsx.Workbook("", ("S", "rId1", null))),
            ("xl/_rels/workbook.xml.rels", RawXlsx.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"))),
            ("xl/styles.xml", $"<styleSheet xmlns=\"{RawXlsx.Main}\">\n  <numFmts count=\"1\">\n    <numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>\n  </numFmts>\n"
                + "  <cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>\n"
                + "  <dxfs count=\"1\"><dxf><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></dxf></dxfs>\n</styleSheet>"),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet(RawXlsx.InlineRow("Name", "Signed") + "<row><c t=\"inlineStr\"><is><t>Ann Cole</t></is></c><c s=\"1\"><v>45293</v></c></row>")));
        Assert.Equal(new DateTime(2024, 1, 2), Run(path).Records.Single().ExtraColumns()["Signed"]);
    }

    [Fact]
    public void TimesAreReadToTheMillisecondAsExcelKeepsThem()
    {
        // 8:00 is 1/3 of a day; read straight it was 07:59:59.9999999, and a text field said 7:59:59.
        var path = Path_("times.xlsx");
        WriteOneSheet(path, RawXlsx.Styles("hh:mm AM/PM", "[h]:mm:ss"), RawXlsx.InlineRow("Name", "Callback", "Talk", "Notes")
                + "<row><c t=\"inlineStr\"><is><t>Ann Cole</t></is></c><c s=\"1\"><v>0.33333333333333331</v></c><c s=\"2\"><v>2.1643518518518518E-3</v></c><c s=\"1\"><v>0.70833333333333337</v></c></row>");
        var record = Run(path).Records.Single();
        Assert.Equal(TimeSpan.FromHours(8), record.ExtraColumns()["Callback"]);
        Assert.Equal(new TimeSpan(0, 3, 7), record.ExtraColumns()["Talk"]);
        Assert.Equal("17:00:00", record.Notes);
    }

    [Theory]
    [InlineData("00000", 2134, "02134")]
    [InlineData("00000\\-0000", 71021234, "07102-1234")] // Excel's "Zip Code + 4"
    [InlineData("000\\-00\\-0000", 12345678, "012-34-5678")] // its "Social Security Number"
    [InlineData("\\#0000000", 4521, "#0004521")]
    [InlineData("\"No. \"000", 7, "No. 007")]
    [InlineData("(000) 000-0000", 7135551234, "(713) 555-1234")]
    public void AWholeNumberReadsAsItsFormatShowsIt(string format, long value, string shown)
    {
        var path = Path_("f.xlsx");
        WriteOneSheet(path, RawXlsx.Styles(format), RawXlsx.InlineRow("Name", "Ref") + $"<row><c t=\"inlineStr\"><is><t>Ann Cole</t></is></c><c s=\"1\"><v>{value}</v></c></row>");
        Assert.Equal(shown, Run(path).Records.Single().ExtraColumns()["Ref"]);
    }

    [Theory]
    [InlineData("#,##0")]
    [InlineData("0.00")]
    [InlineData("0%")]
    [InlineData("General")]
    [InlineData("# 0/0")] // a fraction in Excel; '/' is a character to .NET
    public void ANumberFormatThatIsNotDigitsAndTextKeepsTheNumber(string format)
    {
        var path = Path_("g.xlsx");
        WriteOneSheet(path, RawXlsx.Styles(format), RawXlsx.InlineRow("Name", "Acres") + "<row><c t=\"inlineStr\"><is><t>Ann Cole</t></is></c><c s=\"1\"><v>1234</v></c></row>");
        Assert.Equal(1234L, Run(path).Records.Single().ExtraColumns()["Acres"]);
    }

    // "0" written out as a custom format ("0", "0;-0;0;@": writers that list every format they use) is the built-in "0": a true
    // fraction is the cell's value (a trial: a decimal interest 0.00390625 became the text "0", acres 12.5 the text "13").
    [Theory]
    [InlineData("0")]
    [InlineData("0;-0;0;@")]
    [InlineData("0;-0")]
    public void ACustomZeroFormatKeepsAFractionAsTheBuiltInOneDoes(string format)
    {
        var path = Path_("zero.xlsx");
        WriteOneSheet(path, RawXlsx.Styles(format), RawXlsx.InlineRow("Name", "Interest", "Acres")
            + "<row><c t=\"inlineStr\"><is><t>Ann Cole</t></is></c><c s=\"1\"><v>0.00390625</v></c><c s=\"1\"><v>12.000000000000002</v></c></row>");
        var record = Run(path).Records.Single();
        Assert.Equal(0.00390625, record.ExtraColumns()["Interest"]);
        Assert.Equal(12L, record.ExtraColumns()["Acres"]); // a whole number's float noise is still the number shown
    }

    // A workbook's error value (t="e") is a formula that failed, whatever its text: "#N/A" from a VLOOKUP in Phone was passed over
    // unsaid (a trial), as "#N/A" typed in a CSV for "not available" is; "#REF!" was said already. A CSV's "#N/A" stays unsaid.
    [Fact]
    public void AWorkbooksErrorValueInAContactColumnIsSaidWhateverItsText()
    {
        var path = Path_("errors.xlsx");
        WriteOneSheet(path, null, RawXlsx.InlineRow("Name", "Phone", "Email", "Company")
            + "<row><c t=\"inlineStr\"><is><t>Ann Lee</t></is></c><c t=\"e\"><f>VLOOKUP(A2,Sheet2!A:B,2,FALSE)</f><v>#N/A</v></c><c t=\"inlineStr\"><is><t>ann@x.com</t></is></c><c t=\"e\"><v>#NULL!</v></c></row>");
        var record = Run(path).Records.Single();
        Assert.Null(record.Phone);
        Assert.Contains("'#N/A' in 'Phone' is an Excel error value (a formula that failed), read as no value.", record.Issues);
        Assert.Contains("'#NULL!' in 'Company' is an Excel error value", record.Issues);
        var (typed, _, _) = Run(File("na.csv", "Name,Phone,Email\nAnn Lee,#N/A,ann@x.com\n"));
        Assert.Null(typed.Single().Issues);
    }

    // A cell without its reference follows the cell before it (ECMA-376 18.3.1.4), not the row's last column so far: after cells
    // written out of order ("D3", then "A3"), "Baker" went to a Column5 and LastName was empty (a trial).
    [Fact]
    public void ACellWithoutItsReferenceFollowsTheCellBeforeIt()
    {
        var path = Path_("noref.xlsx");
        WriteOneSheet(path, null, RawXlsx.InlineRow("First Name", "Last Name", "Phone", "Email")
            + "<row r=\"2\"><c r=\"D2\" t=\"inlineStr\"><is><t>bob@example.com</t></is></c><c r=\"A2\" t=\"inlineStr\"><is><t>Bob</t></is></c><c t=\"inlineStr\"><is><t>Baker</t></is></c></row>");
        var (records, _, _) = Run(path);
        Assert.Equal(("Bob", "Baker", "bob@example.com"), (records[0].FirstName, records[0].LastName, records[0].Email));
        Assert.Null(records[0].Issues);

        // Where the cell after stands filled already, past the row's last cell, as before: no cell's value replaced (a review).
        WriteOneSheet(path, null, RawXlsx.InlineRow("Name", "Phone", "Email")
            + "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>c2@x.com</t></is></c><c r=\"A2\" t=\"inlineStr\"><is><t>Carl Two</t></is></c><c t=\"inlineStr\"><is><t>713-555-2222</t></is></c><c t=\"inlineStr\"><is><t>Baker</t></is></c></row>");
        var kept = Run(path).Records.Single();
        Assert.Equal(("c2@x.com", "7135552222", "Baker"), (kept.Email, kept.Phone, kept.ExtraColumns()["Column4"]));
    }

    [Fact]
    public void ADoNotCallColumnOfNumbersIsRead()
    {
        // An XLSX cell's 1 is a whole number: it was not taken for yes, and the number stayed one to dial.
        var path = Path_("dnc.xlsx");
        WriteOneSheet(path, null, RawXlsx.InlineRow("Name", "Phone", "Do Not Call")
                + "<row><c t=\"inlineStr\"><is><t>Ann Cole</t></is></c><c><v>7135550101</v></c><c><v>1</v></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>Bo Dee</t></is></c><c><v>7135550102</v></c><c><v>0</v></c></row>");
        var (records, _, summary) = Run(path);
        Assert.Equal((null, "7135550101"), (records[0].Phone, records[0].PhoneRaw));
        Assert.Equal("7135550102", records[1].Phone);
        Assert.Single(summary.DoNotCallRows);
    }

    [Theory]
    [InlineData("2134", "MA", null, "02134")]
    [InlineData("71021234", "NJ", null, "07102-1234")]
    [InlineData("6103", null, null, "06103")]
    [InlineData("6103", null, "USA", "06103")]
    [InlineData("2000", "NSW", "Australia", "2000")] // Sydney's postcode: four digits by right
    [InlineData("2000", null, "Australia", "2000")]
    [InlineData("7702", "TX", null, "7702")] // no Texas ZIP starts with 0: a typo, not Excel's doing
    [InlineData("77002", "MA", null, "77002")]
    [InlineData("601", "PR", null, "00601")] // Puerto Rico's start 006: two zeros lost
    [InlineData("6011234", "PR", null, "00601-1234")]
    [InlineData("601", "MA", null, "601")]
    public void AZipCodeThatLostItsLeadingZeroGetsItBack(string zip, string? state, string? country, string postalCode)
    {
        var (records, _, _) = Run(File("z.csv", $"Name,State,Country,Zip\nAnn Cole,{state},{country},{zip}\n"));
        Assert.Equal(postalCode, records[0].PostalCode);
        if (postalCode != zip) Assert.Contains($"PostalCode {zip} is read as {postalCode}", records[0].Issues);
        else Assert.Null(records[0].Issues);
    }

    [Theory]
    [InlineData("Mobile Phone Number", "Phone")]
    [InlineData("Phone (Cell)", "Phone")]
    [InlineData("Phone\n(Cell)", "Phone")]
    [InlineData("Phone - Work", "Phone")]
    [InlineData("Owner Phone", "Phone")]
    [InlineData("Owner Email", "Email")]
    [InlineData("Mailing Address 1", "Address")]
    [InlineData("Mailing Zip Code", "PostalCode")]
    [InlineData("Owner Address", "Address")]
    [InlineData("Primary Phone Number", "Phone")]
    [InlineData("Phone Type", null)] // "Mobile", "Home": which kind, not a number
    [InlineData("Street No", null)]
    [InlineData("Street Number", null)]
    [InlineData("St No", null)]
    [InlineData("Mailing St No", null)]
    [InlineData("Mail 1", null)] // a county's mailing-address line
    [InlineData("Mobile Home", null)] // a property flag
    [InlineData("Address 2", null)] // the address's second line
    [InlineData("Business Street 2", null)]
    [InlineData("Contact Owner", null)] // a CRM's sales rep
    [InlineData("Rep Name", null)]
    [InlineData("City (Home)", "City")] // vCard converters name the address after the part
    [InlineData("Street (work)", "Address")]
    [InlineData("ZIP (home)", "PostalCode")]
    [InlineData("PostalCodeHome", "PostalCode")]
    [InlineData("Country (Home)", "Country")]
    [InlineData("State (Other)", "State")]
    [InlineData("Street (home) 2", null)]
    [InlineData("City Limits", null)]
    public void PhoneEmailAndAddressHeadersWithQualifiersMap(string header, string? target) =>
        Assert.Equal(target, ContactFields.TargetFor(header));

    [Fact]
    public void AnAddressNamedAfterItsPartsFillsTheFieldsAndFallsBackAsOne()
    {
        // A vCard converter's "Street (work)", "City (home)": the address was kept only as columns, Address and City empty, with no warning.
        var (records, _, _) = Run(File("vcf.csv", "First name,Last name,Street (work),City (work),ZIP (work),Street (home),City (home),ZIP (home)\n"
            + "Ann,Cole,1 Main St,Midland,79701,,,\nBob,Lee,,,,2 Elm St,Odessa,79761\n"));
        Assert.Equal(("1 Main St", "Midland", "79701"), (records[0].Address, records[0].City, records[0].PostalCode));
        Assert.Equal(("2 Elm St", "Odessa", "79761"), (records[1].Address, records[1].City, records[1].PostalCode));
    }

    [Theory]
    [InlineData("SMITH JOHN A", true)]
    [InlineData("SMITH JOHN A JR", true)]
    [InlineData("SMITH JOHN A. & MARY B", true)]
    [InlineData("John A Smith", false)]
    [InlineData("Mary B", false)] // two words: a first name and an initial
    [InlineData("Jo Ann Lee Jr", false)]
    [InlineData("Smith, John A", false)] // the comma says its order
    [InlineData("\"SMITH, JOHN A\"", false)]
    public void ANameEndingInALoneInitialIsCountedAsWrittenLastNameFirst(string name, bool counted)
    {
        var (_, _, summary) = Run(File("names.csv", $"Owner Name,Email\n{name},a@x.com\n"));
        Assert.Equal(counted ? [2L] : [], summary.LastFirstNameRows);
        var (_, _, lastFirst) = Run(File("names2.csv", $"Owner Name,Email\n{name},a@x.com\n"), new ImportOptions { NameOrder = NameOrder.LastFirst });
        Assert.Empty(lastFirst.LastFirstNameRows); // read as written: nothing to say
    }

    [Fact]
    public void AUsPostalCodeWithNoDigitIsSaidAsARowWhoseCellsMoved()
    {
        // A county row with a cell too few: City "123 MAIN ST", State "ODESSA", PostalCode "TX", with no Issue and no warning.
        var (records, _, summary) = Run(File("roll.csv", "OWNER NAME,MAILING ADDRESS,CITY,ST,ZIP,INTEREST\n"
            + "ESTATE OF WILLIAM R JONES,C/O JANE JONES EXEC,123 MAIN ST,ODESSA,TX\nSMITH JOHN,PO BOX 45,MIDLAND,TX,79702,RI\n"
            + "ANN COLE,1 MAIN ST,MIDLAND,TX,N/A,RI\n"));
        Assert.Equal("TX", records[0].PostalCode);
        Assert.Contains("PostalCode 'TX' has no digit", records[0].Issues);
        Assert.Contains("the row has 5 cells and the header 6", records[0].Issues);
        Assert.Null(records[1].Issues);
        Assert.Null(records[2].Issues); // a placeholder is no value, not a moved one
        Assert.Equal([2L], summary.NoZipRows);
    }

    [Fact]
    public void APostalCodeOutsideTheUsIsNotCheckedForDigits()
    {
        var (records, _, summary) = Run(File("ie.csv", "Name,City,Postal Code,Country\nAnn Cole,Dublin,DUBLIN,Ireland\n"));
        Assert.Null(records[0].Issues);
        Assert.Empty(summary.NoZipRows);
    }

    [Fact]
    public void ACrmsOwnerEmailAndPhoneAreTheRepsToo()
    {
        // Before the contact's own columns, the rep's address and number were every record's Email and Phone.
        var (records, _, _) = Run(File("crm.csv", "Owner,Owner Email,Owner Phone,First Name,Last Name,Email,Phone\nJim Rep,jim@crm.com,713-555-0199,John,Smith,js@x.com,713-555-0101\n"));
        Assert.Equal(("js@x.com", "7135550101", (string?)null, (string?)null), (records[0].Email, records[0].Phone, records[0].ExtraEmails, records[0].ExtraPhones));
        Assert.Equal("jim@crm.com", records[0].ExtraColumns()["Owner Email"]);
    }

    [Fact]
    public void ALandListsOwnerBesideEmptyNameColumnsIsTheName()
    {
        // First and Last Name make "Owner" a kept column; a trust's row leaves them empty and names itself there.
        var (records, _, _) = Run(File("land.csv", "Owner,First Name,Last Name,Email\nDoe Family Trust,,,t@x.org\nJane Roe,Jane,Roe,jr@x.org\n"));
        Assert.Equal((OwnerType.Trust, "Doe Family Trust", "Doe Family Trust"), (records[0].OwnerType, records[0].FullName, records[0].Company));
        Assert.Equal(("Jane", "Roe", "Jane Roe"), (records[1].FirstName, records[1].LastName, records[1].FullName));
    }

    [Fact]
    public void AnAttentionLineInAnOwnerNameIsSetAside()
    {
        var owner = OwnerNameParser.Parse("Permian Resources, LLC, ATTN: Land Dept");
        Assert.Equal((OwnerType.Organization, "Permian Resources, LLC", "ATTN: Land Dept"), (owner.Type, owner.EntityName, owner.Aside));
    }

    [Fact]
    public void ADisplayNameFromAnAddressIsReadFirstNameFirstInALastFirstFile()
    {
        var (records, _, _) = Run(File("roll.csv", "Email,Phone\nJo Smith <jo@x.com>,713-555-0101\n"), new ImportOptions { NameOrder = NameOrder.LastFirst });
        Assert.Equal(("Jo", "Smith"), (records[0].FirstName, records[0].LastName));
    }

    [Fact]
    public void AHeaderOfTwoRowsIsReadAsOne()
    {
        // "Phone" merged over "Home" and "Cell", "Mailing Address" over its parts: the search took the lower
        // row, and the name and email columns (named only above) were Column1 and Column4, with no warning.
        var (records, _, summary) = Run(File("two.csv", "Owner Name,Phone,,Email,Mailing Address,,,\n,Home,Cell,,Street,City,State,Zip\n"
            + "John Smith,713-555-0101,281-555-0102,js@x.com,1 Main St,Midland,TX,79701\n"));
        var r = records.Single();
        Assert.Equal(("John", "Smith", "js@x.com", "7135550101", "2815550102"), (r.FirstName, r.LastName, r.Email, r.Phone, r.ExtraPhones));
        Assert.Equal(("1 Main St", "Midland", "TX", "79701"), (r.Address, r.City, r.State, r.PostalCode));
        Assert.Contains(summary.Warnings, w => w.Contains("the header spans rows 1 and 2"));
    }

    [Fact]
    public void AHeadingRowOverSubHeadingsIsReadAsOneWhenTheHeadingRowIsTheOneFound()
    {
        // A trial: "Name | Phone | | Email" over "| Home | Cell |" (Name and Email merged down, Phone across) took the upper row: its
        // sub-headings became a contact 'Home', and the Cell column was Column3, so a contact whose only number was there had none.
        var (records, _, summary) = Run(File("merged.csv", "Name,Phone,,Email\n,Home,Cell,\nMary Jones,,432-555-0412,mj@x.com\nAl Bee,432-555-0410,432-555-0411,al@x.com\n"));

        Assert.Equal(["Mary Jones", "Al Bee"], records.Select(r => r.FullName));
        Assert.Equal(("4325550412", "4325550410", "4325550411"), (records[0].Phone, records[1].Phone, records[1].ExtraPhones));
        Assert.Contains(summary.Warnings, w => w.Contains("the header spans rows 1 and 2"));

        // A first data row under a blank header cell is no sub-heading row: it has a name under Name, and numbers; nor a co-owner's name
        // under an unnamed column, with no number or address (a review: that row was swallowed, and no name was read in the file).
        var (owners, _, _) = Run(File("owners.csv", "Owner Name,,Mailing Address,City,State,Zip\nSmith Family Trust,Jane Smith,,,,\nRoe Minerals LLC,,PO Box 12,Midland,TX,79701\n"));
        Assert.Equal(["Smith Family Trust", "Roe Minerals LLC"], owners.Select(r => r.FullName));
        var (plain, _, _) = Run(File("plain.csv", "Name,Phone,,Email\nMary Jones,432-555-0412,,mj@x.com\n"));
        Assert.Equal(("Mary Jones", "4325550412"), (plain.Single().FullName, plain.Single().Phone));
    }

    [Fact]
    public void AColumnWithoutAHeaderRightOfPhoneOrEmailThatHoldsOnlyNumbersOrAddressesIsMoreOfThem()
    {
        // "Phone" merged across two columns in one header row (no sub-headings): the second column was Column3, its numbers
        // never normalised, never deduplicated, never dialled, and nothing said so.
        var (records, _, summary) = Run(File("merged1.csv", "Name,Phone,,Email,,City\nMary Jones,432-555-0412,(281) 555-0100,mj@x.com,mary@work.example,Midland\n"
            + "Al Bee,,432-555-0411,al@x.com,,Odessa\nCy Dee,432-555-0413,n/a,,,Andrews\n"));
        Assert.Equal(("4325550412", "2815550100"), (records[0].Phone, records[0].ExtraPhones));
        Assert.Equal(("4325550411", "mary@work.example"), (records[1].Phone, records[0].ExtraEmails));
        Assert.Equal("4325550413", records[2].Phone);
        Assert.Equal(["Name", "Phone", "Column3", "Email", "Column5", "City"], summary.Columns!.Headers);
        Assert.Contains(summary.Warnings, w => w.Contains("column 3 ('Column3') has no header, and right of 'Phone' it holds only phone numbers") && w.Contains("-Mapping @{ 'Column3' = '-' }"));
        Assert.Contains(summary.Warnings, w => w.Contains("column 5 ('Column5') has no header, and right of 'Email' it holds only email addresses"));

        // Three columns under one "Phone": the third follows the second.
        var (three, _, _) = Run(File("merged3.csv", "Name,Phone,,\nMary Jones,432-555-0412,281-555-0100,713-555-0199\n"));
        Assert.Equal("2815550100; 7135550199", three.Single().ExtraPhones);

        // Kept as columns: a column without a header whose values are not all numbers (extensions, dates, notes), one right of
        // another field, one whose cells are all empty, and one -Mapping names.
        var (kept, _, keptSummary) = Run(File("kept.csv", "Name,Phone,,Email,,Zip,\nMary Jones,432-555-0412,204,mj@x.com,2019-05-01,79701,432-555-0100\n"
            + "Al Bee,432-555-0410,call after 5,al@x.com,,79702,\n"));
        Assert.Equal([null, null], kept.Select(r => r.ExtraPhones));
        Assert.DoesNotContain(keptSummary.Warnings, w => w.Contains("no header"));
        var (byMapping, _, mappedSummary) = Run(File("mapped.csv", "Name,Phone,,Email\nMary Jones,432-555-0412,281-555-0100,mj@x.com\n"),
            new ImportOptions { Mapping = new Dictionary<string, string> { ["Column3"] = "-" } });
        Assert.Null(byMapping.Single().ExtraPhones);
        Assert.DoesNotContain(mappedSummary.Warnings, w => w.Contains("no header"));

        // From a review: -Mapping says what the left column is before its neighbour is read by it: 'Phone' sent to '-' is no phone, so
        // neither is the column beside it (it became every row's Phone); 'Tel' sent to Phone is one, so the column beside it is more.
        var (notAPhone, _, notAPhoneSummary) = Run(File("notphone.csv", "Name,Phone,,City\nMary Jones,432-555-0412,4325550199,Midland\nAl Bee,432-555-0410,4325550198,Odessa\n"),
            new ImportOptions { Mapping = new Dictionary<string, string> { ["Phone"] = "-" } });
        Assert.Equal([null, null], notAPhone.Select(r => r.Phone));
        Assert.DoesNotContain(notAPhoneSummary.Warnings, w => w.Contains("no header"));
        var (tel, _, _) = Run(File("tel.csv", "Name,Tel,,City\nMary Jones,432-555-0412,281-555-0100,Midland\nAl Bee,432-555-0410,281-555-0101,Odessa\n"),
            new ImportOptions { Mapping = new Dictionary<string, string> { ["Tel"] = "Phone" } });
        Assert.Equal(("4325550412", "2815550100"), (tel[0].Phone, tel[0].ExtraPhones));

        // One number on every row (an office's line), or the named column's own number again, is no second number of each row's.
        var (office, _, officeSummary) = Run(File("office.csv", "Name,Phone,,City\nMary Jones,432-555-0412,432-555-0100,Midland\nAl Bee,,432-555-0100,Odessa\nCy Dee,432-555-0413,432-555-0100,Andrews\n"));
        Assert.Equal([null, null, null], office.Select(r => r.ExtraPhones));
        Assert.Null(office[1].Phone);
        Assert.DoesNotContain(officeSummary.Warnings, w => w.Contains("no header"));
        var (again, _, _) = Run(File("again.csv", "Name,Phone,,City\nMary Jones,432-555-0412,432-555-0412,Midland\nAl Bee,432-555-0410,432-555-0410,Odessa\n"));
        Assert.Equal([null, null], again.Select(r => r.ExtraPhones));
    }

    [Fact]
    public void RowsReadAfterAQuoteNeverClosedThatLackTheFirstRowsFieldsAreSaidToBeMaybeItsText()
    {
        // A trial: a note's next lines, one field each, came in as contacts "second line of note" and "third line", with no Issue.
        var (records, errors, _) = Run(File("open.csv", "Name,Email,Phone,Notes\nA One,a1@x.org,432-555-0433,\"first line of note\nsecond line of note\nthird line\nB Two,b2@x.org,432-555-0434,ok\nC Three,c3@x.org,432-555-0435,fine\n"));
        Assert.Empty(errors);
        Assert.Equal(["A One", "second line of note", "third line", "B Two", "C Three"], records.Select(r => r.FullName));
        Assert.Equal(("a1@x.org", "4325550433", "\"first line of note"), (records[0].Email, records[0].Phone, records[0].Notes));
        records.RemoveAt(0);
        Assert.All(records.Take(2), r => Assert.Contains("follows a quoted field never closed on line 2, with 1 field where the first line has 4: it may be that cell's text", r.Issues));
        Assert.All(records.Skip(2), r => Assert.Null(r.Issues));

        // A file whose rows have a trailing delimiter (one field more than the header) is marked only until a row like those before it.
        var (trailing, _, _) = Run(File("trailing.csv", "Name,Email,Notes\nA One,a1@x.org,ok,\nB Two,b2@x.org,\"never closed,\nC Three,c3@x.org,fine,\nD Four,d4@x.org,fine,\n"));
        Assert.All(trailing.Where(r => r.FullName is "C Three" or "D Four"), r => Assert.DoesNotContain("never closed", r.Issues ?? ""));
    }

    [Fact]
    public void ExcelErrorValuesAreNoValueAndSaidSo()
    {
        // A trial: Company "#REF!", a name "#NAME?" were kept as written; a phone "#VALUE!" was "no digits".
        var (records, _, _) = Run(File("errors.csv", "Name,Company,Phone,Email\nErr One,#REF!,#VALUE!,e1@x.org\n#NAME?,#DIV/0!,432-555-0200,#N/A\n"));
        Assert.Equal((null, null, null), (records[0].Company, records[0].Phone, records[0].PhoneRaw));
        Assert.Contains("'#VALUE!' in 'Phone' is an Excel error value", records[0].Issues);
        Assert.Contains("'#REF!' in 'Company' is an Excel error value", records[0].Issues);
        Assert.Equal((null, null, "4325550200"), (records[1].FullName, records[1].Company, records[1].Phone));
        Assert.Contains("'#NAME?' in 'Name' is an Excel error value (a formula that failed), read as no name.", records[1].Issues);
    }

    [Fact]
    public void NoValueNamesOfTwoCellsAreNoNameButUnknownHeirsAreAParty()
    {
        // A trial: "NULL NULL" and "N/A, N/A" (joins of two empty cells) were people called NULL; "Unknown" "Heirs" was FullName "Heirs".
        var (records, _, _) = Run(File("joined.csv", "Full Name,Email\nNULL NULL,a@x.org\n\"N/A, N/A\",b@x.org\nNull Nguyen,c@x.org\n"));
        Assert.Equal([null, null, "Null Nguyen"], records.Select(r => r.FullName));
        var (heirs, _, _) = Run(File("heirs.csv", "First Name,Last Name,Email\nUnknown,Heirs of John Roe,h@x.org\nUnknown,Smith,u@x.org\n"));
        Assert.Equal("Unknown Heirs of John Roe", heirs[0].FullName);
        Assert.Equal(OwnerType.Estate, heirs[0].OwnerType);
        Assert.Equal(("Smith", null), (heirs[1].FullName, heirs[1].FirstName));
    }

    [Fact]
    public void AnOklahomaRespondentListAndLastKnownAddressesAreRead()
    {
        // A trial: an OCC pooling application's respondents had no name, and "Last Known Address" no street (City, State and ZIP filled).
        var (records, _, _) = Run(File("respondents.csv", "Respondent,Respondent Phone,Last Known Address,City,State,Zip\nAnn Lee,405-555-0440,12 Oak St,Enid,OK,'73701\n"));
        var r = records.Single();
        Assert.Equal(("Ann Lee", "4055550440", "12 Oak St", "73701"), (r.FullName, r.Phone, r.Address, r.PostalCode)); // the ZIP's leading apostrophe (Excel's text mark) too
    }

    [Fact]
    public void A1099ExportsRecipientAndADecksRemitAddressAreTheOwners()
    {
        // A trial: a 1099-MISC export's "Recipient Name", "Recipient Address", "Recipient City" were columns (no record had a name),
        // an Enertia deck's "Remit Address", "Remit City", "Remit St", "Remit Zip" too.
        var (records, _, _) = Run(File("1099.csv", "Recipient TIN,Recipient Name,Recipient Name Line 2,Recipient Address,Recipient City,Recipient State,Recipient ZIP,Box 2 Royalties\n"
            + "***-**-1234,John A Smith,,PO Box 5,Midland,TX,79702,1234.56\n"));
        var r = records.Single();
        Assert.Equal(("John A Smith", "PO Box 5", "Midland", "TX", "79702"), (r.FullName, r.Address, r.City, r.State, r.PostalCode));
        Assert.Equal("1234.56", r.ExtraColumns()["Box 2 Royalties"]);
        var (deck, _, _) = Run(File("remit.csv", "Owner #,Owner Name,In Care Of,Remit Address,Remit City,Remit St,Remit Zip,Phone\n5001,Ann Hall,,10 Elm,Lubbock,TX,79401,806-555-0310\n"));
        Assert.Equal(("10 Elm", "Lubbock", "TX", "79401"), (deck[0].Address, deck[0].City, deck[0].State, deck[0].PostalCode));
        var (remitTo, _, _) = Run(File("remitto.csv", "Payee,Remit To Address,Remit To City,Remit To State,Remit To Zip\nAnn Hall,10 Elm,Lubbock,TX,79401\n"));
        Assert.Equal(("Ann Hall", "10 Elm", "79401"), (remitTo[0].FullName, remitTo[0].Address, remitTo[0].PostalCode));
        // A recipient's email or phone is someone else's beside the row's own (a review: a CRM's "Recipient Email" and a gift list's
        // "Recipient Phone" became the row's ExtraEmails and ExtraPhones).
        var (crm, _, _) = Run(File("crm.csv", "Contact Name,Email,Phone,Last Email Subject,Recipient Email,Gift Recipient,Recipient Phone\n"
            + "Ann Lee,ann@x.com,214-555-0140,Offer,landman@ourco.com,Bo Lee,806-555-0101\n"));
        Assert.Equal((null, null), (crm[0].ExtraEmails, crm[0].ExtraPhones));
        Assert.Equal("landman@ourco.com", crm[0].ExtraColumns()["Recipient Email"]);
        // A payee's name beside the row's own is another's, kept with its address; a mail log's "Recipient" and lone "Recipient Address"
        // hold addresses, no name (a review: the lockbox became the contact, an email the name and the Address).
        var (gift, _, _) = Run(File("gift.csv", "Name,Email,Recipient Name,Recipient Address,Recipient City,Recipient State\nJohn Smith,js@x.com,Mary Lee,1 Elm,Tulsa,OK\n"));
        Assert.Equal(("John Smith", null, null), (gift[0].FullName, gift[0].Address, gift[0].City));
        var (lockbox, _, _) = Run(File("lockbox.csv", "Owner Name,Owner Address,Remittance Address,Remit Name,Phone\nJohn Smith,1 Main St,PO Box 5 Dallas,First Bank Lockbox,432-555-0101\n"));
        Assert.Equal(("John Smith", "1 Main St"), (lockbox[0].FullName, lockbox[0].Address));
        var (log, _, _) = Run(File("log.csv", "Email,First Name,Last Name,Recipient,Recipient Address,Opened\njs@x.com,John,Smith,js@x.com,js@x.com,Yes\n"));
        Assert.Equal(("John Smith", null), (log[0].FullName, log[0].Address));
    }

    [Fact]
    public void APhoneShorthandsIssueNamesTheNumberAsKept()
    {
        // A trial: "+1 432 555 0224 / 0225" said "read as 14325550225" while ExtraPhones held 4325550225.
        var (records, _, _) = Run(File("plus.csv", "Name,Phone\nAl Bee,+1 432 555 0224 / 0225\n"));
        Assert.Equal("4325550225", records.Single().ExtraPhones);
        Assert.Contains("read as 4325550225.", records.Single().Issues);
        Assert.DoesNotContain("14325550225", records.Single().Issues);
    }

    [Fact]
    public void AnXlsxHeaderCellMergedAcrossTwoColumnsNamesBoth()
    {
        var path = Path.Combine(_dir, "merged.xlsx");
        TestXlsx.Write(path, ("Owners", [["Owner", "Phone", null, "Email"], ["Mary Jones", "432-555-0412", 2815550100d, "mj@x.com"], ["Al Bee", null, "432-555-0411", "al@x.com"]], "B1:C1"));
        var (records, _, summary) = Run(path);
        Assert.Equal(("4325550412", "2815550100", "4325550411"), (records[0].Phone, records[0].ExtraPhones, records[1].Phone));
        Assert.Contains(summary.Warnings, w => w.Contains("right of 'Phone'"));
    }

    [Fact]
    public void ARowAboveTheHeaderThatAddsNoContactColumnStaysOutOfIt()
    {
        var (records, _, summary) = Run(File("title.csv", "Contact,,\nName,Email,Phone\nJohn Smith,js@x.com,713-555-0101\n"));
        Assert.Equal(["Name", "Email", "Phone"], summary.Columns!.Headers);
        Assert.DoesNotContain(summary.Warnings, w => w.Contains("spans"));
        var (named, _, _) = Run(File("two.csv", "Owner Name,Phone,,Email\n,Home,Cell,\nJohn Smith,713-555-0101,281-555-0102,js@x.com\n"), new ImportOptions { HeaderRow = 2 });
        Assert.Null(named.Single().Email); // -HeaderRow names one row: it is taken as it is
    }

    [Fact]
    public void InvisibleCharactersAtACellsEndsGo()
    {
        // Pasted from a web page: a zero-width space after the address made it invalid, and kept one company two.
        var (records, _, _) = Run(File("zw.csv", "Name,Email,Company\nAnn Cole,ann@x.com\u200B,\u2060Permian Land\u200B\nنازنین\u200Cزاده,n@x.com,\n"));
        Assert.Equal(("ann@x.com", "Permian Land", (string?)null), (records[0].Email, records[0].Company, records[0].Issues));
        Assert.Equal("نازنین\u200Cزاده", records[1].FullName); // a joiner inside a name is the name's
        Assert.Equal("x", TextCleaning.Clean("\u200B x\u200B \u200B"));
    }

    [Fact]
    public void ACrmsOwnerColumnBesideFirstAndLastNameIsTheRepNotTheContact()
    {
        var (records, _, _) = Run(File("crm.csv", "First Name,Last Name,Email,Owner\nJohn,Smith,js@x.com,Jim Rep\n"));
        Assert.Equal(("John Smith", "Jim Rep"), (records[0].FullName, records[0].ExtraColumns()["Owner"]));
        var (owners, _, _) = Run(File("owners.csv", "Owner,Email\nJane Roe,jr@x.com\n")); // a mineral list's Owner is the contact
        Assert.Equal(("Jane", "Roe"), (owners[0].FirstName, owners[0].LastName));
    }

    // "Owner Name" and "Owner First/Last Name" beside the contact's own name are the CRM's rep too (FullName was the rep's while First
    // and Last Name were the contact's: "Alice Rep" on John Smith's record); the rep's Owner Email goes with them when the contact has one.
    [Theory]
    [InlineData("First Name,Last Name,Email,Owner Name\nJohn,Smith,js@x.com,Alice Rep\n", "Owner Name")]
    [InlineData("Name,Email,Owner Name,Owner Email\nJohn Smith,js@x.com,Alice Rep,alice@crm.example\n", "Owner Name")]
    [InlineData("First Name,Last Name,Email,Owner First Name,Owner Last Name,Owner Email\nJohn,Smith,js@x.com,Alice,Rep,alice@crm.example\n", "Owner First Name")]
    public void ACrmsOwnerNameBesideTheContactsNameIsTheRep(string csv, string ownersColumn)
    {
        var (records, _, _) = Run(File("crm.csv", csv));
        var r = records.Single();
        Assert.Equal(("John", "Smith", "John Smith", "js@x.com", (string?)null), (r.FirstName, r.LastName, r.FullName, r.Email, r.ExtraEmails));
        Assert.StartsWith("Alice", (string?)r.ExtraColumns()[ownersColumn]);
    }

    // A mineral list's "Owner First Name" and "Owner Last Name" are its prospect's name (they were dropped: no name on any row), and its
    // "Owner Phone" beside a whole "Owner Name" and parsed First and Last Name columns stays the row's phone (the contact has no other).
    [Fact]
    public void AMineralListsOwnerNamePartsAreTheName()
    {
        var (records, _, _) = Run(File("owners.csv", "Owner First Name,Owner Last Name,Owner Phone,Owner Email\nJohn,Smith,713-555-0101,js@x.com\n"));
        Assert.Equal(("John", "Smith", "7135550101", "js@x.com"), (records[0].FirstName, records[0].LastName, records[0].Phone, records[0].Email));
        var (parsed, _, _) = Run(File("parsed.csv", "Owner Name,First Name,Last Name,Owner Phone\nSMITH JOHN A,John,Smith,713-555-0101\nDOE FAMILY TRUST,,,281-555-0102\n"));
        Assert.Equal(("John Smith", "7135550101"), (parsed[0].FullName, parsed[0].Phone));
        Assert.Equal((OwnerType.Trust, "DOE FAMILY TRUST", "2815550102"), (parsed[1].OwnerType, parsed[1].FullName, parsed[1].Phone));
    }

    // The words minerals lists head their owner's name with mapped nothing: no name on any row, no warning.
    [Theory]
    [InlineData("Mineral Owner")]
    [InlineData("Royalty Owner")]
    [InlineData("Interest Owner")]
    [InlineData("Lessor")]
    [InlineData("Lessor Name")]
    [InlineData("Payee Name")]
    [InlineData("Owner's Name")]
    [InlineData("Name of Owner")]
    [InlineData("Owner 1")]
    [InlineData("Owner Name 1")]
    [InlineData("Contact Person")]
    [InlineData("Primary Contact")]
    [InlineData("Mailing Name")]
    public void AMineralListsWordsForItsOwnerAreTheName(string header)
    {
        var (records, _, _) = Run(File("owners.csv", $"{header},Payee Address,Phone\nJohn Smith,PO Box 12,713-555-0101\n"));
        Assert.Equal(("John", "Smith", "PO Box 12"), (records[0].FirstName, records[0].LastName, records[0].Address));
    }

    // A county roll's Mailing Name ("C/O ...") beside the Owner Name is where mail goes, not who the owner is (it took the row from the
    // owner as a person's name beside the owner's would); a contact person beside a trust's owner column is the row's, which is said.
    [Fact]
    public void BesideTheOwnersNameAMailingNameIsKeptAndAContactPersonIsSaid()
    {
        var (roll, _, _) = Run(File("roll.csv", "Owner Name,Mailing Name,Mailing Address\nSMITH JOHN A,C/O MARY SMITH,PO BOX 12\n"), new ImportOptions { NameOrder = NameOrder.LastFirst });
        Assert.Equal(("JOHN", "SMITH", "C/O MARY SMITH"), (roll[0].FirstName, roll[0].LastName, (string?)roll[0].ExtraColumns()["Mailing Name"]));
        var (trust, _, summary) = Run(File("trust.csv", "Mineral Owner,Contact Person,Phone\nDoe Family Trust,Jane Doe,713-555-0101\n"));
        Assert.Equal(("Jane Doe", "Doe Family Trust"), (trust[0].FullName, (string?)trust[0].ExtraColumns()["Mineral Owner"]));
        Assert.Contains(summary.Warnings, w => w.Contains("'Mineral Owner' is kept as a column", StringComparison.Ordinal)
            && w.Contains("-Mapping @{ 'Mineral Owner' = 'FullName' }", StringComparison.Ordinal));
    }

    // A list source's "OWNER 1 FULL NAME" written last name first beside its First and Last Name columns: the couple's reading of the
    // whole ("BRANDT KARL & GRETA") replaced the columns' parts with its own, first name first: First "BRANDT", Last "KARL".
    [Theory]
    [InlineData("BRANDT KARL & GRETA", "KARL", "BRANDT", null, "GRETA BRANDT")]
    [InlineData("SMITH JOHN A", "JOHN", "SMITH", "A", null)] // the middle initial from the whole, which agrees read so
    [InlineData("Karl & Greta Brandt", "Karl", "Brandt", null, "Greta Brandt")] // first name first, as before
    [InlineData("BRANDT KARL & GRETA", "GRETA", "BRANDT", null, "KARL BRANDT")] // the columns name the second owner: they stand
    public void AWholeNameBesideItsPartsIsReadInTheOrderThePartsShow(string whole, string first, string last, string? middle, string? second)
    {
        var (records, _, _) = Run(File("owners.csv", $"Owner Full Name,Owner First Name,Owner Last Name,Phone\n{whole},{first},{last},432-555-0101\n"));
        var r = records.Single();
        Assert.Equal((first, middle, last, second), (r.FirstName, r.MiddleName, r.LastName, r.SecondOwner));
    }

    // A vCard converter's headers are the card's properties (RFC 6350): "EMAIL;TYPE=INTERNET;TYPE=HOME", "TEL;TYPE=CELL",
    // "ADR;TYPE=HOME:City". Their keys mapped no alias: the card's emails, phones and address were kept as columns, the name lost.
    [Fact]
    public void AVCardsPropertiesAsHeadersMap()
    {
        var (records, _, _) = Run(File("vcard.csv", "FN,N:Last,N:First,ORG,EMAIL;TYPE=INTERNET;TYPE=WORK,email;type=home,TEL;TYPE=CELL,TEL;TYPE=WORK;TYPE=FAX,"
            + "ADR;TYPE=WORK:Street,ADR;TYPE=WORK:Locality,ADR;TYPE=WORK:Region,ADR;TYPE=WORK:Postal Code,ADR;TYPE=HOME:Street,ADR;TYPE=HOME:City,ADR;TYPE=HOME:Region,ADR;TYPE=HOME:PostalCode\n"
            + "Ana Ruiz,Ruiz,Ana,Ruiz Land,ana@ruiz.example,ana@home.example,432-555-0101,432-555-0199,,,,,88 Elm St,Odessa,TX,79761\n"));
        var r = records.Single();
        Assert.Equal(("Ana", "Ruiz", "Ruiz Land"), (r.FirstName, r.LastName, r.Company));
        Assert.Equal(("ana@ruiz.example", "ana@home.example"), (r.Email, r.ExtraEmails));
        Assert.Equal(("4325550101", null), (r.Phone, r.ExtraPhones)); // the fax line is no number to dial: kept as a column
        Assert.Equal("432-555-0199", (string?)r.ExtraColumns()["TEL;TYPE=WORK;TYPE=FAX"]);
        Assert.Equal(("88 Elm St", "Odessa", "TX", "79761"), (r.Address, r.City, r.State, r.PostalCode)); // the work address empty: the home one, Region with it
        // Apple's group before the property ("item1.EMAIL"), an organization's unit (a department, no company), a textphone line.
        var (apple, _, _) = Run(File("apple.csv", "FN,item1.EMAIL;type=INTERNET,item2.TEL;type=pref,item1.X-ABLabel,ORG:Unit,ORG:Name,TEL;TYPE=TEXTPHONE,Tel:Home Fax\n"
            + "Carl Webb,carl@x.example,432-555-0150,_$!<Home>!$_,Land Dept,Acme Oil LLC,432-555-0151,432-555-0152\n"));
        Assert.Equal(("Carl Webb", "carl@x.example", "4325550150", null, "Acme Oil LLC"), (apple[0].FullName, apple[0].Email, apple[0].Phone, apple[0].ExtraPhones, apple[0].Company));
        // A card's whole "N" (its structured name) names a row that has no FN: family;given;additional;prefixes;suffixes.
        var (structured, _, _) = Run(File("n.csv", "N,EMAIL;TYPE=INTERNET,TEL;TYPE=CELL\n\"Doe;John;Q;Mr.;Jr.\",john@x.example,214-555-0201\nSmith;Alice;;;,alice@x.example,214-555-0202\n"));
        Assert.Equal(("John", "Q", "Doe", "Jr.", "Mr."), (structured[0].FirstName, structured[0].MiddleName, structured[0].LastName, structured[0].Suffix, structured[0].Prefix));
        Assert.Equal(("Alice", "Smith"), (structured[1].FirstName, structured[1].LastName));
        // A bare "FN" beside no card property is not read as a name (it may be a first name): the file says nothing of whose it is.
        Assert.Null(Run(File("fn.csv", "FN,Email\nAna,ana@x.example\n")).Records.Single().FullName);
    }

    // A probate list's personal representative under both titles: "Executor/Administrator" named nothing, the executor's phone and
    // address filled a row with no name.
    [Theory]
    [InlineData("Executor/Administrator,Executor Phone")]
    [InlineData("Personal Rep,PR Phone")]
    [InlineData("Independent Executor,Executor Phone")]
    [InlineData("Heir(s),Heir Phone")]
    [InlineData("Fiduciary,Fiduciary Phone")]
    public void AProbateListsExecutorOrAdministratorIsTheName(string header)
    {
        var (records, _, _) = Run(File("probate.csv", $"Case Number,Decedent Name,{header}\nPR-1,Frank Hollis,Debra Crane,432-555-2281\n"));
        Assert.Equal(("Debra Crane", "4325552281"), (records[0].FullName, records[0].Phone));
    }

    // A file whose name column maps nothing while its Email or Phone does gave records with no name and no word of it (the header
    // trials' "Owner Mailing Name", "Recipient Name", a deed's "Grantee"); a name column the user sent to '-', a lease's or well's
    // name, and a file with no name column at all (a do-not-call list) say nothing.
    [Theory]
    [InlineData("Nm1,Lease Name,Email Address,Phone", "'Nm1' is kept as a column")] // a county roll's abbreviation
    [InlineData("Insured Name,Grantee,Phone", "'Insured Name', 'Grantee' are kept as columns")]
    [InlineData("Lessor Mailing Name,Lessee Name,Email", "'Lessor Mailing Name' is kept as a column")] // the lessee is a company
    [InlineData("Lease Name,Well Name,Operator Name,Email", null)]
    [InlineData("Email,Phone,Tag Name,Form Name,State Name,Event Name", null)] // names, but no person's
    [InlineData("Phone,Formation Name,Reservoir Name,Pad Name", null)]
    [InlineData("Email,Phone", null)]
    [InlineData("Name,Recipient Name,Email", null)] // the row's name maps (a 1099 export's Recipient Name is the owner's)
    [InlineData("Email,Phone,Contact Owner Name,Last Email Name", null)] // a CRM's record owner (the sales rep); an email's name
    [InlineData("Contract Holder Name,Phone", "'Contract Holder Name' is kept as a column")] // words read whole: no "tract"
    public void ANameColumnThatMapsNothingIsSaid(string header, string? said)
    {
        var cells = string.Join(",", header.Split(',').Select((h, i) => h.Contains("Email") ? $"jo{i}@x.example" : h == "Phone" ? "713-555-0101" : $"Jo Roe {i}"));
        var (records, _, summary) = Run(File("noname.csv", $"{header}\n{cells}\n"));
        var warning = summary.Warnings.SingleOrDefault(w => w.Contains("no column is read as the contact's name", StringComparison.Ordinal));
        if (said is null) Assert.Null(warning);
        else
        {
            Assert.NotNull(warning);
            Assert.Contains(said, warning, StringComparison.Ordinal);
            Assert.Contains($"-Mapping @{{ '{header.Split(',')[0]}' = 'FullName' }}", warning, StringComparison.Ordinal);
            Assert.Null(records[0].FullName);
        }
        var unmapped = new ImportOptions { Mapping = new Dictionary<string, string> { [header.Split(',')[0]] = "-" } };
        if (said is not null && header.StartsWith("Nm1", StringComparison.Ordinal))
            Assert.DoesNotContain(Run(File("noname.csv", $"{header}\n{cells}\n"), unmapped).Summary.Warnings, w => w.Contains("contact's name", StringComparison.Ordinal));
    }

    // A skip-trace return numbers its lines past the three the aliases knew ("Phone 4", "Email 4") or by kind ("Mobile 1", "Wireless 2",
    // "Landline 1"): those numbers were kept as columns, not dialled, silently.
    [Fact]
    public void ASkipTracesNumberedLinesAllMap()
    {
        var (records, _, _) = Run(File("skip.csv", "Name,Phone 1,Phone 2,Phone 3,Phone 4,Phone 5,Email 1,Email 4,Mail 1\n"
            + "Jo Ames,432-555-0101,432-555-0102,432-555-0103,432-555-0104,432-555-0105,jo@x.example,ames@y.example,PO BOX 4\n"));
        Assert.Equal(("4325550101", "4325550102; 4325550103; 4325550104; 4325550105"), (records[0].Phone, records[0].ExtraPhones));
        Assert.Equal(("jo@x.example", "ames@y.example"), (records[0].Email, records[0].ExtraEmails));
        Assert.Equal("PO BOX 4", (string?)records[0].ExtraColumns()["Mail 1"]); // a county's mailing line stays a column
        var (kinds, _, _) = Run(File("kinds.csv", "Full Name,Wireless 1,Wireless 2,Landline 1\nJo Ames,432-555-0101,432-555-0102,432-555-0103\n"));
        Assert.Equal(("4325550101", "4325550102; 4325550103"), (kinds[0].Phone, kinds[0].ExtraPhones));
    }

    // "Owner #", "Payee #": a number of the owner's (Key drops the '#'), which filled FullName ("20031", a Person) beside the Owner Name.
    [Theory]
    [InlineData("Owner #,Owner Name,Phone")]
    [InlineData("Payee #,Payee Name,Phone")]
    public void AnOwnersNumberIsNoName(string header)
    {
        var (records, _, _) = Run(File("owners.csv", header + "\n20031,Ruth Gale,806-555-0101\n"));
        Assert.Equal(("Ruth Gale", "20031"), (records[0].FullName, (string?)records[0].ExtraColumns()[header.Split(',')[0]]));
    }

    // Headers that stack their qualifiers, name an entity first, or number the first owner or heir mapped nothing (the address or name lost).
    [Theory]
    [InlineData("Owner Name,Owner Mailing Address,Owner Mailing City,Owner Mailing State,Owner Mailing Zip")]
    [InlineData("Owner,Mail Addr 1,Mail City,Mail State,Mail Zip")]
    [InlineData("Full Name,Address 1: Street 1,Address 1: City,Address 1: State/Province,Address 1: ZIP/Postal Code")] // Dynamics 365
    [InlineData("Person - Name,Person - Street,Person - City,Person - State,Person - Zip")] // Pipedrive's and ZoomInfo's entity first
    [InlineData("Owner 1 Full Name,Owner 1 Address,Owner 1 City,Owner 1 State,Owner 1 Zip")] // PropStream's first owner
    public void StackedEntityAndNumberedQualifiersMap(string header)
    {
        var (records, _, _) = Run(File("roll.csv", header + "\nRuth Gale,PO Box 9,Midland,TX,79701\n"));
        var r = records[0];
        Assert.Equal(("Ruth Gale", "PO Box 9", "Midland", "TX", "79701"), (r.FullName, r.Address, r.City, r.State, r.PostalCode));
    }

    [Fact]
    public void PipedrivesPersonColumnsAndTheFirstOwnersNamePartsMap()
    {
        var (people, _, _) = Run(File("people.csv", "Person - Name,Person - Organization,Person - Email - Work,Person - Phone - Mobile\nLeah Grant,Grant Royalties,lg@x.example,303-555-0701\n"));
        Assert.Equal(("Leah Grant", "Grant Royalties", "lg@x.example", "3035550701"), (people[0].FullName, people[0].Company, people[0].Email, people[0].Phone));
        var (owners, _, _) = Run(File("ps.csv", "Owner 1 First Name,Owner 1 Middle,Owner 1 Last Name,Owner 2 First Name,Owner 2 Last Name\nRuth,A,Gale,Tom,Gale\n"));
        Assert.Equal(("Ruth", "A", "Gale", "Tom"), (owners[0].FirstName, owners[0].MiddleName, owners[0].LastName, (string?)owners[0].ExtraColumns()["Owner 2 First Name"]));
    }

    // An owner's column after an entity's name is the CRM user who owns the record (the sales rep), not the contact's: the stacked
    // qualifier read Salesforce's "Contact Owner Email" as the contact's Email (the rep's address mailed as the contact's ExtraEmails),
    // and Pipedrive's prefix read "Person - Owner" as FullName (the rep's name took the row when it came first).
    [Fact]
    public void AnEntitysOwnerIsNoContactField()
    {
        var (crm, _, _) = Run(File("crm.csv", "First Name,Last Name,Email,Contact Owner,Contact Owner Email,Contact Owner Phone\nJohn,Smith,john@acme.example,Jane Rep,jane@crm.example,713-555-0199\n"));
        Assert.Equal(("john@acme.example", (string?)null, (string?)null, "jane@crm.example"),
            (crm[0].Email, crm[0].ExtraEmails, crm[0].Phone, (string?)crm[0].ExtraColumns()["Contact Owner Email"]));
        var (people, _, _) = Run(File("people.csv", "Person - Owner,Person - Name,Person - Email - Work\nJane Rep,John Smith,john@acme.example\n"));
        Assert.Equal(("John Smith", "Jane Rep"), (people[0].FullName, (string?)people[0].ExtraColumns()["Person - Owner"]));
    }

    // Another contact's columns ("Secondary Contact Phone", "Alternate Contact Email") are not the row's person's: the stacked qualifier
    // read them as Phone and Email, and, first in the file, they filled the row's Phone and Email (the second person dialled and mailed as the first).
    [Fact]
    public void AnotherContactsColumnsAreNotTheRows()
    {
        var (records, _, _) = Run(File("crm.csv", "Name,Secondary Contact Name,Secondary Contact Phone,Phone,Alternate Contact Email,Email\nAl One,Bo Two,432-555-0199,432-555-0101,bo@x.example,al@x.example\n"));
        var r = records[0];
        Assert.Equal(("4325550101", (string?)null, "al@x.example", (string?)null, "432-555-0199"),
            (r.Phone, r.ExtraPhones, r.Email, r.ExtraEmails, (string?)r.ExtraColumns()["Secondary Contact Phone"]));
    }

    // Of several addresses, the owner's or the mailing one fills the fields (PropStream's property "Address" came first and filled them;
    // a well's "State" filled the owner's); a company's comes after the person's.
    [Theory]
    [InlineData("Address,City,State,Zip,Mailing Address,Mailing City,Mailing State,Mailing Zip\n1201 CR 300,Seminole,TX,79360,PO Box 9,Lubbock,TX,79416\n", "PO Box 9", "TX", "79416")]
    [InlineData("State,Owner Address,Owner City,Owner State,Owner Zip\nNM,PO Box 9,Denver,CO,80203\n", "PO Box 9", "CO", "80203")]
    [InlineData("Company Street Address,Company State,Company Zip Code,Person Street,Person State,Person Zip Code\n1 Main St,TX,77002,PO Box 9,CO,80203\n", "PO Box 9", "CO", "80203")]
    public void TheOwnersOrMailingAddressFillsTheFields(string csv, string address, string state, string zip)
    {
        var (records, _, _) = Run(File("addr.csv", "Name," + csv.Replace("\n", "\nRuth Gale,", StringComparison.Ordinal)[..^"Ruth Gale,".Length]));
        Assert.Equal((address, state, zip), (records[0].Address, records[0].State, records[0].PostalCode));
    }

    // Of several addresses the fullest fills the fields before a partial one of the owner or the mail: one row's fields come from
    // one address. A lone "Mailing Address" took Address beside the property's City (a PO Box in Midland with Odessa's city and
    // ZIP), a CRM rep's "Owner City" took City beside the contact's Address.
    [Theory]
    [InlineData("Name,Address,City,State,Zip,Mailing Address\nRuth Gale,100 Oak Rd,Odessa,TX,79761,\"PO Box 5, Midland, TX 79702\"\n", "100 Oak Rd", "Odessa", "79761")]
    [InlineData("First Name,Last Name,Address,City,State,Zip,Owner,Owner City,Owner State\nRuth,Gale,1 Main St,Austin,TX,78701,Jim Rep,Dallas,TX\n", "1 Main St", "Austin", "78701")]
    public void APartialAddressDoesNotMixIntoAFullOne(string csv, string address, string city, string zip)
    {
        var (records, _, _) = Run(File("addr.csv", csv));
        Assert.Equal((address, city, zip), (records[0].Address, records[0].City, records[0].PostalCode));
    }

    // A county roll's NAME1 and ADDR1 (ADDR2 its second line), spellings of CRM exports, and a minerals list's Operator (the well's, not the owner's company).
    [Fact]
    public void ACountyRollsAndCrmsSpellingsMap()
    {
        var (roll, _, _) = Run(File("roll.csv", "NAME1,NAME2,ADDR1,ADDR2,CITY,STATE,ZIP\nGALE RUTH,C/O FIRST BANK,TRUST DEPT,PO BOX 50,ODESSA,TX,79760\n"));
        Assert.Equal(("GALE RUTH", "TRUST DEPT, PO BOX 50", "C/O FIRST BANK"), (roll[0].FullName, roll[0].Address?.Replace("\n", ", ", StringComparison.Ordinal), (string?)roll[0].ExtraColumns()["NAME2"]));
        var (crm, _, _) = Run(File("crm.csv", "First Name,Last Name,Company / Account,Work number,Mobile number,Operator\nRuth,Gale,Gale Minerals,806-555-0101,806-555-0102,Devon Energy\n"));
        Assert.Equal(("Gale Minerals", "8065550101", "8065550102"), (crm[0].Company, crm[0].Phone, crm[0].ExtraPhones));
        Assert.Equal("Devon Energy", (string?)crm[0].ExtraColumns()["Operator"]);
    }

    // A county roll's or lease sheet's one "City State Zip" column mapped nothing: City, State and PostalCode stayed empty.
    [Theory]
    [InlineData("Owner Name,Mailing Address,City State Zip", "ODESSA TX 79760")]
    [InlineData("Lessor Name,Lessor Mailing Address,Lessor City State Zip", "Odessa, TX 79760-1234")]
    [InlineData("Name,Address,City/St/Zip", "Odessa TX  79760")]
    public void ACityStateZipColumnFillsItsFields(string header, string cell)
    {
        var (records, _, _) = Run(File("roll.csv", $"{header}\nRUTH GALE,PO BOX 9,\"{cell}\"\n"));
        var r = records[0];
        Assert.Equal(("PO BOX 9", "odessa", "TX"), (r.Address, r.City?.ToLowerInvariant(), r.State));
        Assert.StartsWith("79760", r.PostalCode);
        var (odd, _, _) = Run(File("odd.csv", $"{header}\nRUTH GALE,PO BOX 9,see deed\n")); // not a city's line: left in its column
        Assert.Equal(((string?)null, "see deed"), (odd[0].City, (string?)odd[0].ExtraColumns()[header.Split(',')[2]]));
    }

    // A second, held-out trial's header kinds that mapped nothing (the values kept as columns, the fields empty, no warning): a county
    // treasurer's Taxpayer, an investor CRM's Seller, a skip-trace report's Subject Name, PACS's "py_" columns, an address's word
    // between its qualifier and part, abbreviations, a line's kind with its number sign, Spanish names of the fields.
    [Theory]
    [InlineData("TAXPAYER,Taxpayer Phone,Mail Address,Mail City,Mail State,Mail Zip")]
    [InlineData("Seller Name,Seller Phone,Mailing Address Street,Mailing Address City,Mailing Address State,Mailing Address Postal Code")]
    [InlineData("Subject Name,PH#,py_addr_line1,py_addr_city,py_addr_state,py_addr_zip")]
    [InlineData("py_owner_name,HOME #,Street,Cty,OWNER_ST,ZIP+4")]
    [InlineData("Nombre completo,Tel. móvil,Domicilio,Municipio,EDO,Código Postal")]
    [InlineData("Propietario,Teléfono,Dirección postal,Ciudad,Provincia,Código postal")]
    public void HeldOutHeaderKindsMap(string header)
    {
        var (records, _, _) = Run(File("h.csv", header + "\nRuth Gale,806-555-0101,PO Box 9,Midland,TX,79701\n"));
        var r = records[0];
        Assert.Equal(("Ruth Gale", "8065550101", "PO Box 9", "Midland", "TX", "79701"), (r.FullName, r.Phone, r.Address, r.City, r.State, r.PostalCode));
    }

    // "Owner #1" (a roll's first owner) was read as "Owner #" is, a number of the owner's; HubSpot's "Associated Company" and
    // Dynamics' "Parent Customer" are the contact's company.
    [Theory]
    [InlineData("Owner #1", "FullName")]
    [InlineData("Owner # 1", "FullName")]
    [InlineData("Owner #", null)]
    [InlineData("Owner #2", null)] // a second owner stays a column, as "Owner 2" does
    [InlineData("Associated Company", "Company")]
    [InlineData("Parent Customer", "Company")]
    public void AnOrdinalsNumberSignAndACompanysOtherNamesMap(string header, string? target) =>
        Assert.Equal(target, ContactFields.TargetFor(header));

    [Theory]
    [InlineData("Subject")] // an email's subject, not a skip trace's subject
    [InlineData("st_name")] // a street's name: "st" is no vendor's prefix
    [InlineData("Estado")] // as often a record's status as a state
    public void HeadersThatLookLikeThoseStayColumns(string header) =>
        Assert.Null(ContactFields.TargetFor(header));

    // Spanish "Estado" (a state, or as often a record's status) and "C.P." (código postal; "CP" may be a cell phone) left a Spanish
    // contact list's state and ZIP code as columns: the values under them decide. A status, or a column of both, stays a column.
    [Theory]
    [InlineData("TX|OK", "79761|73644", "TX", "79761")]
    [InlineData("Activo|TX", "79761|73644", null, "79761")]
    [InlineData("TX|", "432-555-0101|", "TX", null)] // "CP" a cell phone: no ZIP code
    [InlineData("MI|NL", "58000|64000", null, "58000")] // Michoacán and Nuevo León, not Michigan and Newfoundland
    [InlineData("OK|OK", "73644|73644", null, "73644")] // a status "OK", as likely as Oklahoma alone
    public void AStateOrPostalCodeHeaderOfOtherMeaningsIsReadByItsValues(string states, string zips, string? state, string? zip)
    {
        var (s, z) = (states.Split('|'), zips.Split('|'));
        var (records, _, _) = Run(File("es.csv", $"Nombre completo,Correo,Estado,C.P.\nAna Ruiz,ana@x.example,{s[0]},{z[0]}\nLuis Paz,luis@x.example,{s[1]},{z[1]}\n"));
        Assert.Equal((state, zip), (records[0].State, records[0].PostalCode));
        if (state is null) Assert.Equal(s[0], (string?)records[0].ExtraColumns()["Estado"]);
    }

    // A skip-trace report's numbered addresses: "City 1" mapped nothing and "Address 2" (the second address's street) was joined to the
    // first as its second line, so the row had a street of two addresses and no city.
    [Fact]
    public void TheFirstOfNumberedAddressesFillsTheFields()
    {
        var (records, _, _) = Run(File("tlo.csv", "Subject Name,Address 1,City 1,State 1,Zip 1,Address 2,City 2,State 2,Zip 2\n"
            + "Ruth Gale,PO Box 9,Midland,TX,79701,12 Elm St,Odessa,TX,79761\n"));
        var r = records[0];
        Assert.Equal(("PO Box 9", "Midland", "TX", "79701"), (r.Address, r.City, r.State, r.PostalCode));
        Assert.Equal("12 Elm St", (string?)r.ExtraColumns()["Address 2"]);
        var (lines, _, _) = Run(File("lines.csv", "Name,Address 1,Address 2,City,State,Zip\nRuth Gale,12 Elm St,Suite 4,Midland,TX,79701\n")); // a second line still
        Assert.Equal("12 Elm St, Suite 4", lines[0].Address);
    }

    // A street whose first line is empty and its box on the second (a county roll's "py_addr_line1" blank): the Address was empty.
    [Fact]
    public void AStreetsLaterLineFillsAnEmptyFirst()
    {
        var (records, _, _) = Run(File("roll.csv", "Owner Name,Addr Line 1,Addr Line 2,City,State,Zip\nSMITH JOHN A,,PO BOX 1123,MIDLAND,TX,79702\n"));
        Assert.Equal(("PO BOX 1123", "MIDLAND"), (records[0].Address, records[0].City));
    }

    // Google Contacts leaves "Address 1 - Street", "- City" ... empty for an address typed whole, which only "- Formatted" holds: the
    // row had no address. It fills a row whose parts are empty, split when it reads as an address.
    [Fact]
    public void GooglesFormattedAddressFillsARowWithoutParts()
    {
        var (records, _, _) = Run(File("google.csv", "Name,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Region,Address 1 - Postal Code\n"
            + "Ruth Gale,\"12 Elm St\nMidland, TX 79701\",,,,\nAl Roe,\"9 Oak St\nOdessa, TX 79761\",9 Oak St,Odessa,TX,79761\n"));
        Assert.Equal("12 Elm St|Midland|TX|79701", $"{records[0].Address}|{records[0].City}|{records[0].State}|{records[0].PostalCode}");
        Assert.Equal("9 Oak St|Odessa|TX|79761", $"{records[1].Address}|{records[1].City}|{records[1].State}|{records[1].PostalCode}");
    }

    // "NAME (LAST, FIRST)" mapped nothing; its comma says the order.
    [Fact]
    public void ANameColumnThatSaysItsOrderMaps()
    {
        var (records, _, _) = Run(File("x.csv", "\"NAME (LAST, FIRST)\",PHONE NO.\n\"Yates, Mildred\",806-555-1500\n"));
        Assert.Equal(("Mildred", "Yates"), (records[0].FirstName, records[0].LastName));
    }

    // The Issue's advice for a rep's name on a row with empty name columns, -Mapping @{ Owner = '-' }, left it there.
    [Fact]
    public void AnOwnerMappedToNothingNamesNoRow()
    {
        var options = new ImportOptions { Mapping = new Dictionary<string, string> { ["Owner"] = "-" } };
        var (records, _, _) = Run(File("crm.csv", "First Name,Last Name,Company,Owner\n,,Acme Supply,Jim Rep\n"), options);
        Assert.Equal(((string?)null, "Acme Supply", "Jim Rep"), (records[0].FullName, records[0].Company, (string?)records[0].ExtraColumns()["Owner"]));
    }

    [Theory]
    [InlineData("Do Not Call (Y/N)", "Y")]
    [InlineData("Call Result", "DNC")]
    [InlineData("Call Result", "Do Not Call")]
    public void DoNotCallColumnsAsCrmsHeadThem(string header, string value)
    {
        var (records, _, _) = Run(File("d.csv", $"Name,Phone,{header}\nAnn Cole,713-555-0101,{value}\n"));
        Assert.Null(records[0].Phone);
    }

    [Fact]
    public void AnElapsedTimeInAMappedTextFieldReadsAsExcelShowsIt()
    {
        var path = Path_("n.xlsx");
        WriteOneSheet(path, RawXlsx.Styles("[h]:mm:ss"), RawXlsx.InlineRow("Name", "Notes") + "<row><c t=\"inlineStr\"><is><t>Ann Cole</t></is></c><c s=\"1\"><v>1.5104166666666667</v></c></row>");
        Assert.Equal("36:15:00", Run(path).Records.Single().Notes);
    }

    /// <summary>
    /// Workbooks as other writers lay them out: the workbook part elsewhere and found through the
    /// package relationships, absolute and ../ targets, a namespace prefix on every element, no
    /// styles or shared strings, inline strings with and without t="inlineStr", no r references,
    /// part names in another letter case or with backslashes, the strict-OOXML relationship
    /// namespace, sheets listed in another order than their part names, booleans as "true".
    /// </summary>
    [Fact]
    public void WorkbooksFromOtherWritersAreReadAsExcelReadsThem()
    {
        const string strictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        var path = Path_("other.xlsx");
        var data = "<x:row><x:c t=\"inlineStr\"><x:is><x:t>Name</x:t></x:is></x:c><x:c t=\"inlineStr\"><x:is><x:t>Phone</x:t></x:is></x:c><x:c t=\"inlineStr\"><x:is><x:t>OK</x:t></x:is></x:c></x:row>"
            + "<x:row><x:c><x:is><x:t>Ann Cole</x:t></x:is></x:c><x:c><x:v>7135550101</x:v></x:c><x:c t=\"b\"><x:v>true</x:v></x:c></x:row>"
            + "<x:row><x:c t=\"str\"><x:v>Bob Tate</x:v></x:c><x:c><x:v>7.135550102E9</x:v></x:c><x:c t=\"b\"><x:v>0</x:v></x:c></x:row>";
        RawXlsx.Write(path,
            RawXlsx.PackageRels("/book/Main.xml"),
            ("book/Main.xml", $"<?xml version=\"1.0\"?><x:workbook xmlns:x=\"{RawXlsx.Main}\" xmlns:rel=\"{strictRel}\"><x:sheets>"
                + "<x:sheet name=\"Data\" sheetId=\"7\" rel:id=\"R9\"/><x:sheet name=\"Spare\" sheetId=\"8\" rel:id=\"R1\"/></x:sheets></x:workbook>"),
            ("book/_rels/Main.xml.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"R1\" Type=\"{strictRel}/worksheet\" Target=\"../Sheets/one.xml\"/>"
                + $"<Relationship Id=\"R9\" Type=\"{strictRel}/worksheet\" Target=\"/SHEETS/TWO.XML\"/></Relationships>"),
            ("Sheets\\one.xml", RawXlsx.Sheet(RawXlsx.InlineRow("Name", "Email") + RawXlsx.InlineRow("Spare Row", "spare@x.org"))),
            ("sheets/two.xml", RawXlsx.Sheet(data, prefix: "x")));

        var (records, errors, summary) = Run(path);

        Assert.Empty(errors);
        Assert.StartsWith("xlsx (Data)", summary.Format);
        Assert.Equal(["Ann Cole", "Bob Tate"], records.Select(r => r.FullName));
        Assert.Equal(["7135550101", "7135550102"], records.Select(r => r.Phone));
        Assert.Equal([true, false], records.Select(r => r.ExtraColumns()["OK"]));
        Assert.Equal("spare@x.org", Run(path, new ImportOptions { Worksheet = "Spare" }).Records.Single().Email);
    }

    [Fact]
    public void AWorkbookWithoutRelationshipsFallsBackToTheUsualParts()
    {
        var path = Path_("norels.xlsx");
        RawXlsx.Write(path,
            ("xl/workbook.xml", RawXlsx.Workbook("", ("Contacts", "rId1", null))),
            ("xl/worksheets/sheet1.xml", RawXlsx.Sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Email</t></is></c></row><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>ann@x.org</t></is></c></row>")));
        var (records, _, _) = Run(path);
        Assert.Equal(3, records.Single().SourceRow);
        Assert.Equal("ann@x.org", records.Single().Email);
    }

    [Fact]
    public void RowsHiddenInTheWorkbookAreImportedAndSaidSo()
    {
        // A sheet filtered to Texas before it was sent: the AutoFilter writes hidden="1" on each row it hides (ECMA-376 CT_Row).
        var path = Path_("filtered.xlsx");
        string Row(int r, string name, string state, string? hidden = null) =>
            $"<row r=\"{r}\"{hidden}><c r=\"A{r}\" t=\"inlineStr\"><is><t>{name}</t></is></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>{state}</t></is></c></row>";
        WriteOneSheet(path, null, Row(1, "Name", "State") + Row(2, "Ann Cole", "TX") + Row(3, "Bo Dee", "OK", " hidden=\"1\"")
            + Row(4, "Cy Poe", "TX", " hidden=\"0\"") + Row(5, "Di Fox", "NM", " hidden=\"true\" ht=\"0\""));

        var (records, _, summary) = Run(path);

        Assert.Equal(["Ann Cole", "Bo Dee", "Cy Poe", "Di Fox"], records.Select(r => r.FullName));
        Assert.Equal([null, RowStep.HiddenRowIssue, null, RowStep.HiddenRowIssue], records.Select(r => r.Issues));
        Assert.Equal(2, summary.HiddenRows);
        Assert.Equal([3L, 5L], summary.HiddenRowNumbers);
    }
}
