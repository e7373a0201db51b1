using System.Text.Json;
using Pipes.Import.Normalization;
using Xunit.Abstractions;

namespace Pipes.Tests.Import;

public sealed class PhoneNormalizerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("(713) 555-1234", "7135551234", null)]
    [InlineData("713.555.1234", "7135551234", null)]
    [InlineData("+1 713-555-1234", "7135551234", null)]
    [InlineData("1-713-555-1234", "7135551234", null)]
    [InlineData("713-555-1234 x204", "7135551234", "204")]
    [InlineData("713 555 1234 ext. 12", "7135551234", "12")]
    [InlineData("713-555-1234 #12", "7135551234", "12")]
    [InlineData("7135551234.0", "7135551234", null)]
    [InlineData("7.135551234E9", "7135551234", null)]
    [InlineData("7.135551234E+09", "7135551234", null)]
    [InlineData("  (432) 555-0199  ", "4325550199", null)]
    [InlineData("1-800-FLOWERS", "8003569377", null)]
    [InlineData("\t713\t555 1234\t", "7135551234", null)]
    [InlineData("+44 20 7946 0958", "+442079460958", null)]
    [InlineData("011 44 20 7946 0958", "+442079460958", null)]
    [InlineData("Cell: (713) 555-1234", "7135551234", null)]
    [InlineData("(c) 713-555-1234", "7135551234", null)]
    [InlineData("Office phone 713.555.1234 ext 9", "7135551234", "9")]
    [InlineData("or +1 713 555 1234", "7135551234", null)]
    public void NormalisesWhatPeopleType(string raw, string number, string? extension)
    {
        var result = PhoneNormalizer.Normalize(raw);
        Assert.Equal(number, result.Number);
        Assert.Equal(extension, result.Extension);
    }

    [Theory]
    [InlineData("713-555-0101, 281-555-0102", new[] { "713-555-0101", "281-555-0102" })]
    [InlineData("713-555-0101 / 281-555-0102", new[] { "713-555-0101", "281-555-0102" })]
    [InlineData("713-555-0101;281-555-0102 x12; 832-555-0103", new[] { "713-555-0101", "281-555-0102 x12", "832-555-0103" })]
    [InlineData("713-555-0101 or 281-555-0102", new[] { "713-555-0101", "or 281-555-0102" })]
    [InlineData("713-555-0101 cell 281-555-0102 home", new[] { "713-555-0101", "cell 281-555-0102 home" })]
    [InlineData("Cell: (713) 555-0101 Home: 281.555.0102", new[] { "Cell: (713) 555-0101", "Home: 281.555.0102" })]
    [InlineData("713-555-0101\r\n281-555-0102", new[] { "713-555-0101", "281-555-0102" })]
    [InlineData("1-800-FLOWERS, 713-555-0101", new[] { "1-800-FLOWERS", "713-555-0101" })]
    [InlineData("(713) 555-0101 / 555-0102", new[] { "(713) 555-0101", "555-0102" })] // a local second number: split, then said unusable
    public void ACellOfSeveralNumbersIsCutBetweenThem(string cell, string[] parts) =>
        Assert.Equal(parts, PhoneCell.Split(cell));

    [Theory]
    [InlineData("713-555-0101,204")]            // a dialler's pause before an extension
    [InlineData("713-555-0101, ext. 2045")]
    [InlineData("+1 (713) 555-0101 extension 12345")]
    [InlineData("1-800-GO-FEDEX 713")]
    [InlineData("713/555-0101")]
    [InlineData("713-555-0101 (cell)")]
    [InlineData("713 555 0101 281 555 0102")]   // no separator: left whole, and unusable as one number
    public void ACellOfOneNumberIsNotCut(string cell) => Assert.Null(PhoneCell.Split(cell));

    [Theory]
    [InlineData("555-1234")]
    [InlineData("call me")]
    [InlineData("(123) 555-1234")]
    [InlineData("713-555-12345")]
    [InlineData("")]
    [InlineData("7135551234713555123471355512347135551234")] // more digits than the normaliser keeps
    [InlineData("+44 7135551234713555123471355512347135551234")]
    public void UnusableTextHasNoNumberAndSaysWhy(string raw)
    {
        var result = PhoneNormalizer.Normalize(raw);
        Assert.Null(result.Number);
        Assert.False(string.IsNullOrEmpty(result.Problem));
    }

    [Theory]
    [InlineData("7135551234713555123471355512347135551234", "40 digits, not a 10-digit North American number")]
    [InlineData("+44 7135551234713555123471355512347135551234", "not a valid international number")]
    [InlineData("011 44 7135551234713555123471355512347135551234", "not a valid international number")]
    public void OverlongNumbersSayWhyAsAnyOtherBadNumber(string raw, string problem) => Assert.Equal(problem, PhoneNormalizer.Normalize(raw).Problem);

    [Fact]
    public void LibphonenumberDerivedCasesAreRightInAtLeast90Percent()
    {
        var rows = File.ReadAllLines(Peers.PathOf("phones", "phone-cases.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var input = JsonSerializer.Deserialize<string>(row[8])!;
            var expected = row[1];
            var check = row[3];
            var result = PhoneNormalizer.Normalize(input);
            var right = expected == "INVALID"
                // A foreign number is "invalid" for a NANP-only reader; Pipes keeps it in E.164, which is not a NANP number either.
                ? result.Number is null || (check == "non-nanp" && result.Number.StartsWith('+'))
                : result.Number == expected && (result.Extension ?? "") == row[2];
            if (!right) failures.Add($"{row[8]} ({check}): expected {expected} x{row[2]}, got {result.Number ?? "none"} x{result.Extension} ({result.Problem})");
        }
        var rate = 1 - (double)failures.Count / rows.Count;
        output.WriteLine($"phones: {rows.Count - failures.Count}/{rows.Count} = {rate:P1}");
        failures.ForEach(output.WriteLine);
        Assert.True(rate >= 0.90, $"{rate:P1}:\n" + string.Join("\n", failures));
    }
}
