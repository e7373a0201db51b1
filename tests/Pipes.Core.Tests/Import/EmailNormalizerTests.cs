using Pipes.Import.Normalization;
using Xunit.Abstractions;

namespace Pipes.Tests.Import;

public sealed class EmailNormalizerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("JOHN@ABC.COM", "john@abc.com")]
    [InlineData("  mailto:Jane.Doe@Example.com ", "jane.doe@example.com")]
    [InlineData("Jane Doe <jane@example.com>", "jane@example.com")]
    [InlineData("mailto:jo@x.org?subject=Hi", "jo@x.org")]
    // RFC 6068 as people write it: a web address's slashes, the recipient as a to= field, a cc= field with its own address.
    [InlineData("mailto://Jo@X.org", "jo@x.org")]
    [InlineData("mailto:?to=Jo@X.org", "jo@x.org")]
    [InlineData("MAILTO:?subject=Offer&to=jo@x.org", "jo@x.org")]
    [InlineData("mailto:jo@x.org?cc=al@y.org", "jo@x.org")]
    [InlineData("mailto:jo?x@y.org", "jo?x@y.org")] // a '?' in the local part (RFC 5322 atext) starts no field
    [InlineData("  Contact.7@Example7.COM ", "contact.7@example7.com")]
    [InlineData("plain@example.com", "plain@example.com")]
    [InlineData("\tÉLODIE@EXEMPLE.FR\t", "élodie@exemple.fr")]
    [InlineData("o'brien@example.com", "o'brien@example.com")]
    public void CleansOneAddress(string cell, string expected) => Assert.Equal(expected, EmailNormalizer.Normalize(cell).Email);

    [Fact]
    public void SeveralAddressesGiveTheFirstValidAndKeepTheRest()
    {
        var result = EmailNormalizer.Normalize("not-an-address; BOB@x.com, bob@x.com;alice@y.org");
        Assert.Equal("bob@x.com", result.Email);
        Assert.Equal(["alice@y.org"], result.Others);
        Assert.Equal(["not-an-address"], result.Invalid);
    }

    [Theory]
    [InlineData("a@x.com / b@y.com", "a@x.com", "b@y.com", null)]
    [InlineData("a@x.com/B@y.com", "a@x.com", "b@y.com", null)]
    [InlineData("Work: a@x.com Home: b@y.com", "a@x.com", "b@y.com", null)]
    [InlineData("js@x.com (work)", "js@x.com", null, null)]
    [InlineData("js@x.com (assistant Mary)", "js@x.com", null, "assistant Mary")]
    [InlineData("Jo Smith <jo@x.com>, Al Roe <al@y.org>", "jo@x.com", "al@y.org", null)]
    [InlineData("John Smith (jsmith@permianland.com)", "jsmith@permianland.com", null, null)] // Outlook's display form
    [InlineData("John Smith (jsmith@x.com); Al Roe (al@y.org)", "jsmith@x.com", "al@y.org", null)]
    // A label of its own words, ending in a colon before the address: whose address it is, kept as an aside.
    [InlineData("ATTN Land Dept: land@permianco.com", "land@permianco.com", null, "ATTN Land Dept")]
    [InlineData("son: BobJones@gmail.com", "bobjones@gmail.com", null, "son")]
    [InlineData("Owner - Jane: jane@x.com; Son - Bob: bob@x.com", "jane@x.com", "bob@x.com", "Owner - Jane; Son - Bob")]
    [InlineData("son: bob@x.com (evenings)", "bob@x.com", null, "son; evenings")]
    [InlineData("Old: jo@aol.com; New: jo@gmail.com", "jo@gmail.com", null, "Old; New")] // the old address is no one to write to
    [InlineData("Old address: jo@aol.com; New: jo@gmail.com", "jo@gmail.com", null, "Old address; New")] // any word of the label says it
    public void AddressesAmongLabelsAndSeparatorsAreFound(string cell, string email, string? other, string? aside)
    {
        var result = EmailNormalizer.Normalize(cell);
        Assert.Equal(email, result.Email);
        Assert.Equal(other is null ? [] : [other], result.Others);
        Assert.Empty(result.Invalid);
        Assert.Equal(aside, result.Aside);
    }

    [Fact]
    public void ADisplayNameIsKeptForTheRecordToUse()
    {
        Assert.Equal("John Smith", EmailNormalizer.Normalize("\"John Smith\" <JS@x.com>").DisplayName);
        Assert.Null(EmailNormalizer.Normalize("js@x.com").DisplayName);
    }

    [Theory]
    [InlineData("john@")]
    [InlineData("@example.com")]
    [InlineData("john..smith@example.com")]
    [InlineData("john smith@example.com")]
    [InlineData("call first: no email")]
    [InlineData("a b c d e f: bob@x.com")] // more words than a label has
    [InlineData("john@exa_mple.com")]
    public void RejectsWhatIsNotAnAddress(string cell) => Assert.Null(EmailNormalizer.Normalize(cell).Email);

    /// <summary>A JSON string literal, lone surrogates allowed (System.Text.Json refuses them; the suite has some on purpose).</summary>
    private static string JsonString(string literal)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\') { builder.Append(c); continue; }
            var e = literal[++i];
            switch (e)
            {
                case 'u': builder.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16)); i += 4; break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                default: builder.Append(e); break;
            }
        }
        return builder.ToString();
    }

    [Theory]
    [InlineData("bob@aol", false)]
    [InlineData("jimbob@mcmurtryland", false)]
    [InlineData("bob@aol.com", true)]
    [InlineData("land@blackstone-minerals.co", true)]
    public void AHostWithoutADotReachesNoOne(string address, bool valid)
    {
        Assert.Equal(valid, EmailNormalizer.IsValid(address));
        Assert.Equal(valid ? address : null, EmailNormalizer.Normalize(address).Email);
    }

    [Fact]
    public void IsemailAndEmailValidationCasesAreJudgedRightInAtLeast85Percent()
    {
        var rows = File.ReadAllLines(Peers.PathOf("emails", "email-cases.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var address = JsonString(row[6]);
            var expected = row[1] == "true";
            if (EmailNormalizer.IsValid(address) != expected) failures.Add($"{row[6]}: expected {expected} ({row[3]} {row[4]})");
        }
        var rate = 1 - (double)failures.Count / rows.Count;
        output.WriteLine($"emails: {rows.Count - failures.Count}/{rows.Count} = {rate:P1}");
        failures.ForEach(output.WriteLine);
        Assert.True(rate >= 0.85, $"{rate:P1}:\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData("jo@gmail.con", "gmail.com")]
    [InlineData("jo@gmial.com", "gmail.com")]
    [InlineData("jo@gmai.com", "gmail.com")]
    [InlineData("jo@yahho.com", "yahoo.com")]
    [InlineData("jo@hotmal.com", "hotmail.com")]
    [InlineData("jo@sbcglobl.net", "sbcglobal.net")]
    [InlineData("jo@aol.con", "aol.com")]
    [InlineData("jo@gmail.com", null)]
    [InlineData("jo@mail.com", null)] // real providers one keystroke away
    [InlineData("jo@email.com", null)]
    [InlineData("jo@ymail.com", null)]
    [InlineData("jo@aim.com", null)] // short names: only the TLD is judged
    [InlineData("jo@permianland.com", null)]
    public void ADomainOneKeystrokeFromABigProvidersIsSaid(string address, string? provider) => Assert.Equal(provider, EmailDomainTypos.Suggest(address));
}
