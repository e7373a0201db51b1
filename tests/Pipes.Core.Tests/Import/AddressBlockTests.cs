using Pipes.Import.Normalization;

namespace Pipes.Tests.Import;

public sealed class AddressBlockTests
{
    [Theory]
    // QuickBooks puts the company or the name first; a street starts at a number or a post-office box.
    [InlineData("Smith Royalty LLC|John A Smith|PO Box 123|Midland, TX 79702", "PO Box 123|Midland|TX|79702|")]
    [InlineData("Mary Jones|1200 N Big Spring St|Apt 4|Midland, TX 79701-1234|USA", "1200 N Big Spring St, Apt 4|Midland|TX|79701-1234|USA")]
    [InlineData("Permian Minerals Inc|Attn: Land Dept|300 N Marienfeld St Ste 1000|Midland TX 79701", "300 N Marienfeld St Ste 1000|Midland|TX|79701|")]
    [InlineData("Ann Lee|Rural Route Box|Big Lake, Texas 76932", "Rural Route Box|Big Lake|Texas|76932|")]
    [InlineData("Ann Lee|One Shell Plaza|Houston, TX 77002", "One Shell Plaza|Houston|TX|77002|")] // no number: the lines that are not the name
    [InlineData("New York NY 10001", "|New York|NY|10001|")]
    [InlineData("Acme Ltd|44 King St W|Toronto, ON M5H 1H1|Canada", "44 King St W|Toronto|ON|M5H 1H1|Canada")]
    [InlineData("Ann Lee|12 Main St|Tulsa", "12 Main St, Tulsa||||")] // no city, state and ZIP line: kept whole, the name left out
    [InlineData("7-Eleven Inc|100 Main St|Dallas, TX 75201", "100 Main St|Dallas|TX|75201|")] // a company's name with a digit is still its name
    [InlineData("Jack in the Box Inc|100 Main St|Dallas, TX 75201", "100 Main St|Dallas|TX|75201|")] // 'Box' without a number is no PO box
    // A street and its city on one line (the name took the first of three; a trial's was kept whole), and a care-of line kept with
    // the street (a trust's mail goes to its bank).
    [InlineData("Smith Royalty LLC|c/o Bank of Texas|PO Box 9, Dallas, TX 75201", "c/o Bank of Texas, PO Box 9|Dallas|TX|75201|")]
    [InlineData("Ann Lee|12 Main St, Midland, Texas 79701", "12 Main St|Midland|Texas|79701|")]
    [InlineData("Ann Lee|Acme, Inc., Dallas, TX 75201", "Acme, Inc., Dallas, TX 75201||||")] // no street line before the city: kept whole
    [InlineData("Acme Corporation", "||||")] // a name alone (not the row's as written) is no address
    [InlineData("Acme Ltd", "||||")]
    public void TheLinesOfAnEnvelopeGiveStreetCityStateZipAndCountry(string lines, string expected)
    {
        var (street, city, state, zip, country) = AddressBlock.Read(lines.Split('|'), ["Ann Lee", "Smith Royalty LLC", "Mary Jones", "Permian Minerals Inc", "Acme Ltd", "7-Eleven Inc"]);
        Assert.Equal(expected, $"{street}|{city}|{state}|{zip}|{country}");
    }
}
