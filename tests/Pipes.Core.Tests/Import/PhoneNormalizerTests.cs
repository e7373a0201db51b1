using System.Text.Json;
using Pipes.Import;
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

    /// <summary>A cell read as the importer reads it: Phone, its extension, ExtraPhones, PhoneRaw.</summary>
    private static string Cell(string cell)
    {
        var phones = new ContactPhones();
        phones.Add(cell);
        return $"{phones.Phone}|{phones.Extension}|{phones.ExtraPhones}|{phones.Raw}";
    }

    [Theory]
    [InlineData("713-555-0101, 281-555-0102", "7135550101||2815550102|")]
    [InlineData("713-555-0101 / 281-555-0102", "7135550101||2815550102|")]
    [InlineData("713-555-0101;281-555-0102 x12; 832-555-0103", "7135550101||2815550102 x12; 8325550103|")]
    [InlineData("713-555-0101 or 281-555-0102", "7135550101||2815550102|")]
    [InlineData("713-555-0101 cell 281-555-0102 home", "7135550101||2815550102|")]
    [InlineData("Cell: (713) 555-0101 Home: 281.555.0102", "7135550101||2815550102|")]
    [InlineData("(c) 713-555-0101 (h) 281-555-0102", "7135550101||2815550102|")]
    [InlineData("713-555-0101\r\n281-555-0102", "7135550101||2815550102|")]
    [InlineData("713 555 0101 281 555 0102", "7135550101||2815550102|")]
    [InlineData("713-555-0101 - 281-555-0102", "7135550101||2815550102|")]
    [InlineData("1-800-FLOWERS, 713-555-0101", "8003569377||7135550101|")]
    [InlineData("713-555-0101 ext 204 - 281-555-0102", "7135550101|204|2815550102|")]
    [InlineData("713-555-0101 x204 281-555-0102 x205", "7135550101|204|2815550102 x205|")]
    [InlineData("(713)555-0101x204(281)555-0102", "7135550101|204|2815550102|")]
    [InlineData("713-555-0101,204 281-555-0102", "7135550101|204|2815550102|")]
    [InlineData("713-555-0101 x 281-555-0102", "7135550101||2815550102|")]
    [InlineData("+44 20 7946 0958, 713-555-0101", "+442079460958||7135550101|")]
    [InlineData("+44 7911 123456 / +1 713-555-0101", "+447911123456||7135550101|")]
    [InlineData("713-555-0101 + 281-555-0102", "7135550101||2815550102|")]
    [InlineData("713-555-0101 (c) / 281-555-0102 (w) x12", "7135550101||2815550102 x12|")]
    [InlineData("(713) 555-0101 / 555-0102", "7135550101|||555-0102")] // a local second number: kept raw, said unusable
    [InlineData("555-0101, 281-555-0102", "2815550102|||555-0101")]
    [InlineData("W: 713-555-0101 F: 713-555-0198", "7135550101|||F: 713-555-0198")] // F, a fax's one-letter label: no number to dial
    [InlineData("H: 713-555-0101 W: 281-555-0102", "7135550101||2815550102|")]
    [InlineData("713-555-0101 w 281-555-0102", "7135550101||2815550102|")] // a label before a number, not a pause before an extension
    [InlineData("713-555-0101 p 2815550102", "7135550101||2815550102|")]
    [InlineData("+52 1 81 1234 5678", "+528112345678|||")] // Mexico's mobile 1, dropped in 2019
    public void ACellOfSeveralNumbersKeepsEveryOne(string cell, string expected) => Assert.Equal(expected, Cell(cell));

    [Theory]
    [InlineData("713-555-0101,204", "7135550101|204||")]            // a dialler's pause before an extension
    [InlineData("713-555-0101, ext. 2045", "7135550101|2045||")]
    [InlineData("800-555-0199,,123456789#", "8005550199|123456789||")] // a conference code
    [InlineData("+1 (713) 555-0101 extension 12345", "7135550101|12345||")]
    [InlineData("713-555-0101 extn 204", "7135550101|204||")]
    [InlineData("(713) 555-0101 p204", "7135550101|204||")]          // a phone's pause, stored against the extension
    [InlineData("713-555-0101 w204", "7135550101|204||")]            // and its wait
    [InlineData("713-555-0101pp204", "7135550101|204||")]
    [InlineData("713-555-0101 pp 204", "7135550101|204||")]          // typed by hand: a space after the pause
    [InlineData("713-555-0101 p 204", "7135550101|204||")]
    [InlineData("713-555-0101 W 2041", "7135550101|2041||")]
    [InlineData("713-555-0101;ext=204", "7135550101|204||")]         // RFC 3966
    [InlineData("tel:+1-713-555-0101;ext=204", "7135550101|204||")]
    [InlineData("(713) 555-0101 (x204)", "7135550101|204||")]
    [InlineData("713/555-0101", "7135550101|||")]
    [InlineData("713-555-0101 (cell)", "7135550101|||")]
    [InlineData("Phone #: 713-555-0101", "7135550101|||")]
    [InlineData("800-FLOWERS", "8003569377|||")]
    [InlineData("0044 20 7946 0958", "+442079460958|||")]
    [InlineData("7,135,550,101", "7135550101|||")]                  // a number cell formatted with thousands separators
    [InlineData("713-555-1234 5", "|||713-555-1234 5")]             // a stray digit: which number is meant cannot be known
    public void ACellOfOneNumberIsOneNumber(string cell, string expected) => Assert.Equal(expected, Cell(cell));

    // Lines in a row written by their last digits after a whole number (a trial: "432-555-0224/0225" and "& 0227" gave no phone at all).
    // Three digits after a slash could be an extension as well: no number is made of them. Digits after a comma stay an extension.
    [Theory]
    [InlineData("432-555-0224/0225", "4325550224", "4325550225")]
    [InlineData("432-555-0226 & 0227", "4325550226", "4325550227")]
    [InlineData("(432) 555-0224/25", "4325550224", "4325550225")]
    [InlineData("432.555.0224 or 31", "4325550224", "4325550231")]
    [InlineData("432-555-0224 and 9", "4325550224", "4325550229")]
    [InlineData("432-555-0224/25/26", "4325550224", "4325550225; 4325550226")]
    [InlineData("+1 432 555 0224/0225", "4325550224", "4325550225")]
    [InlineData("432-555-0224 / 0225 (office)", "4325550224", "4325550225")]
    [InlineData("713-555-2015 & 2016", "7135552015", "7135552016")] // a year's digits after "&" are a line (a third review)
    [InlineData("713-555-0224 / 25 / 26", "7135550224", "7135550225; 7135550226")]
    public void ALaterNumberWrittenByItsLastDigitsIsReadWhole(string cell, string phone, string extras)
    {
        var phones = new ContactPhones();
        phones.Add(cell);
        Assert.Equal((phone, extras), (phones.Phone, phones.ExtraPhones));
        Assert.StartsWith($"Phone '{cell}': a later number is written by its last digits, read as ", phones.Issues![0]);
    }

    [Theory]
    [InlineData("713-555-0101/204")]       // three digits: an extension as much as a line
    [InlineData("713-555-0101,0102")]      // a dialler's pause
    [InlineData("713-555-0101 / 281-555-0102")] // written whole already
    [InlineData("713-555-0101 / 555-0102")] // seven: under which of an overlay's area codes (713, 281, 832) cannot be known
    [InlineData("713-555-0101/0102 5")]    // more digits after it
    // Not a line a little after the head's, or a word after it (a review): a date, a year, a street number, a time, a count.
    [InlineData("432-555-0224 / 3/14 no answer")]
    [InlineData("432-555-0224 / 2019")]
    [InlineData("432-555-0224 / 12 Main St")]
    [InlineData("432-555-0224 or 5 pm")]
    [InlineData("432-555-0224 & 2 others")]
    [InlineData("432-555-0224/0223")]
    // A second review: other last digits of the same kinds (a date, a year, a street number, a count, office hours).
    [InlineData("432-555-0210 / 12/25")]
    [InlineData("432-555-0201 / 3/14 no answer")]
    [InlineData("432-555-2010 / 2019")]
    [InlineData("432-555-0210 / 12 Main St")]
    [InlineData("432-555-0221 / 2 lines")]
    [InlineData("432-555-0209 / 10 office hrs")]
    // A third review: a date whose day follows its month, spaced otherwise than the first separator; text after a comma or bracket.
    [InlineData("713-555-0210 / 12/13")]
    [InlineData("713-555-0202 / 3/4")]
    [InlineData("713-555-0210 / 12, Main St")]
    [InlineData("713-555-0201 and 3, no answer")]
    [InlineData("713-555-0205 or 9 (after 5)")]
    public void NoShorthandIsReadWhereTheDigitsSayNoLine(string cell) => Assert.Null(PhoneNormalizer.ExpandShorthand(cell));

    [Theory]
    [InlineData("(713) 555-0101 (after 5pm)", "after 5pm")]
    [InlineData("800.555.0199 option 3", "option 3")]
    public void WordsBesideANumberThatAreNoLabelAreSaidNotDropped(string cell, string aside)
    {
        var phones = new ContactPhones();
        phones.Add(cell);
        Assert.NotNull(phones.Phone);
        Assert.Equal($"Phone '{cell}': '{aside}' is written beside the number.", Assert.Single(phones.Issues!));
    }

    [Theory]
    [InlineData("713-555-0101 DNC", "DNC")]
    [InlineData("(713) 555-0101 - Do Not Call", "Do Not Call")]
    [InlineData("713-555-0101 (deceased)", "deceased")]
    [InlineData("713-555-0101 - wrong number", "wrong number")]
    [InlineData("disconnected 713-555-0101", "disconnected")]
    [InlineData("713-555-0101 NO CALL", "NO CALL")]
    [InlineData("713-555-0101 (No calls)", "No calls")]
    [InlineData("713-555-0101 Do-Not-Call", "Do-Not-Call")]
    [InlineData("713-555-0101 (wrong #)", "wrong")]
    [InlineData("713-555-0101 (opt out)", "opt out")]
    [InlineData("Fax: 713-555-0101", "Fax")]
    [InlineData("STOP CALLING 432-555-0241", "STOP CALLING")]
    [InlineData("432-555-0802 stop", "stop")]
    [InlineData("432-555-0803 - asked not to be called", "asked not to be called")]
    [InlineData("432-555-0232 (bad #)", "bad")]
    public void ANumberMarkedNotToBeCalledIsNoPhoneToDial(string cell, string mark)
    {
        var phones = new ContactPhones();
        phones.Add(cell);
        Assert.Null(phones.Phone);
        Assert.Equal(cell, phones.Raw);
        Assert.True(phones.Unusable);
        Assert.Equal($"Phone '{cell}' is not usable: marked '{mark}' beside it, so it is not taken as a number to dial.", Assert.Single(phones.Issues!));
    }

    // A line that was down and is said to be back is a number to dial, its words kept in Issues; a state only of the past, one
    // still so, or a doubt stays a mark.
    [Theory]
    [InlineData("281-555-0144 (used to be disconnected, back in service)", "used to be disconnected, back in service")]
    [InlineData("281-555-0144 - formerly out of service, now working", "formerly out of service, now working")]
    [InlineData("281-555-0144 (bad # last year - reconnected 5/3)", "bad # last year - reconnected 5/3")]
    [InlineData("281-555-0144 (wrong number earlier, confirmed correct now)", "wrong number earlier, confirmed correct now")]
    [InlineData("281-555-0144 (working again, had been disconnected in May)", "working again, had been disconnected in May")]
    public void ALineSaidToBeBackIsDialled(string cell, string words)
    {
        var phones = new ContactPhones();
        phones.Add(cell);
        Assert.Equal("2815550144", phones.Phone);
        Assert.Equal($"Phone '{cell}': '{words}' is written beside the number.", Assert.Single(phones.Issues!));
    }

    [Theory]
    [InlineData("281-555-0144 (disconnected again)")]
    [InlineData("281-555-0144 (had been disconnected)")]
    [InlineData("281-555-0144 (out of service - back in service?)")]
    [InlineData("281-555-0144 (bad #, still not working now)")]
    [InlineData("281-555-0144 (DNC, reconnected)")] // a request is no state of the line
    [InlineData("281-555-0144 (previous owner, works now)")] // whose line it was, not whether it rang
    public void ALineNotSaidToBeBackStaysUndialled(string cell) => Assert.Null(PhoneNormalizer.Normalize(cell).Number);

    [Theory]
    [InlineData("432-555-O240", 'O')]
    [InlineData("432-555-08O8", 'O')]
    [InlineData("713-555-0l01", 'l')]
    [InlineData("214-555-01OO", 'O')] // two letters: against a digit
    [InlineData("432-555-OIOO", 'O')] // a group of letters that all look like digits
    [InlineData("713-555-1lll", 'l')]
    [InlineData("2l4-555-0100", 'l')] // in the area code, before keypad letters are read at all
    [InlineData("(4O9) 555-0100", 'O')]
    [InlineData("7I3.555.0100", 'I')]
    public void OneLetterAmongTheDigitsIsATypoNotAKey(string cell, char letter)
    {
        // Read on the keypad, 'O' would be 6 and the call would reach a stranger.
        var result = PhoneNormalizer.Normalize(cell);
        Assert.Null(result.Number);
        Assert.Contains($"the letter '{letter}' among its digits", result.Problem);
        Assert.Equal("18003569377", "1" + PhoneNormalizer.Normalize("1-800-FLOWERS").Number); // a word still spells its number
    }

    [Theory]
    [InlineData("447400123456", "+44 7400 123456 (United Kingdom)")] // a UK mobile whose '+' a spreadsheet dropped
    [InlineData("4.47400123456E+11", "+44 7400 123456 (United Kingdom)")]
    [InlineData("27135550100", "+27 13 555 0100 (South Africa)")] // a stray digit before a Houston number: named, never dialled
    public void DigitsThatAreAnInternationalNumberWithoutItsPlusAreNamedNotTaken(string cell, string named)
    {
        var result = PhoneNormalizer.Normalize(cell);
        Assert.Null(result.Number);
        Assert.Contains($"with a '+' it would be {named}: if that is the number, write it with its '+'", result.Problem);
    }

    [Theory]
    [InlineData("713555010099")] // no valid number with a '+' either
    [InlineData("+447911123456")] // already international: taken
    public void OtherLongNumbersSayNothingOfAPlus(string cell) =>
        Assert.DoesNotContain("with a '+'", PhoneNormalizer.Normalize(cell).Problem ?? "");

    [Theory]
    [InlineData("1-800-OIL-WELL", "8006459355")] // the oil business's own vanity words: an L is no 1
    [InlineData("1-800-GO-FEDEX", "8004633339")]
    [InlineData("1-800-4MY-HOME", "8004694663")]
    public void AVanityWordWithLettersThatLookLikeDigitsStillSpellsItsNumber(string cell, string number) =>
        Assert.Equal(number, PhoneNormalizer.Normalize(cell).Number);

    [Theory]
    [InlineData("Cell: 713-555-0101")]
    [InlineData("713-555-0101 (home)")]
    [InlineData("Office phone 713.555.0101")]
    public void LabelsBesideANumberSayNothing(string cell)
    {
        var phones = new ContactPhones();
        phones.Add(cell);
        Assert.Equal(("7135550101", (List<string>?)null), (phones.Phone, phones.Issues));
    }

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

    // Eleven digits from a 1 whose exchange starts with 0 or 1 are no North American number with its trunk 1 (a trial: China's
    // mobile "13800138000" was (380) 013-8000, unsaid, beside the same person's "+86 138 0013 8000"); with its '+' or the plan's
    // form, a number is read as before.
    [Theory]
    [InlineData("13800138000", null, "exchange 013 cannot start with 0")]
    [InlineData("1-713-155-0101", null, "exchange 155 cannot start with 1")]
    [InlineData("+86 138 0013 8000", "+8613800138000", null)]
    [InlineData("1-713-555-0101", "7135550101", null)]
    [InlineData("18005551234", "8005551234", null)]
    // In any form, an exchange from 0 or 1 is no number (a trial: "(432) 155-0101" and "+1 432 055 0101" were dialled).
    [InlineData("(432) 155-0101", null, "exchange 155 cannot start with 1")]
    [InlineData("+1 432 055 0101", null, "exchange 055 cannot start with 0")]
    [InlineData("432.155.0101 x12", null, "exchange 155 cannot start with 1")]
    [InlineData("432-255-0101", "4322550101", null)]
    public void ElevenDigitsFromAOneAreATrunkPrefixOnlyBeforeANumberThePlanCanHave(string raw, string? number, string? problem)
    {
        var result = PhoneNormalizer.Normalize(raw);
        Assert.Equal(number, result.Number);
        if (problem is null) Assert.Null(result.Problem);
        else Assert.Contains(problem, result.Problem);
    }

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
                : result.Number == expected && (result.Extension ?? "") == row[2]
                    // A number libphonenumber parses from its test metadata but its real metadata holds invalid ("212 123 1234": an exchange
                    // from 1), refused as a validating importer may (the suite's own notes say so): right too.
                    || result.Number is null && row.Length > 10 && row[10].Contains("valid=false", StringComparison.Ordinal);
            if (!right) failures.Add($"{row[8]} ({check}): expected {expected} x{row[2]}, got {result.Number ?? "none"} x{result.Extension} ({result.Problem})");
        }
        var rate = 1 - (double)failures.Count / rows.Count;
        output.WriteLine($"phones: {rows.Count - failures.Count}/{rows.Count} = {rate:P1}");
        failures.ForEach(output.WriteLine);
        Assert.True(rate >= 0.90, $"{rate:P1}:\n" + string.Join("\n", failures));
    }
}
