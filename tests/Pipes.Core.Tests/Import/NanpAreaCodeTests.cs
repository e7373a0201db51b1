using PhoneNumbers;
using Pipes.Import.Normalization;
using Xunit.Abstractions;

namespace Pipes.Tests.Import;

/// <summary>
/// The written-out area code table against libphonenumber's metadata as the package we reference
/// ships it: an update of the package that adds or retires an area code fails here, with the new list.
/// </summary>
public sealed class NanpAreaCodeTests(ITestOutputHelper output)
{
    [Fact]
    public void TableMatchesTheBundledMetadata()
    {
        var computed = FromMetadata();
        var written = Enumerable.Range(0, 1000).Where(NanpAreaCodes.Contains).ToList();
        if (!computed.SequenceEqual(written))
        {
            output.WriteLine("The numbering data changed: write these into NanpAreaCodes.cs:");
            output.WriteLine(string.Join(", ", computed));
        }
        Assert.Equal(computed, written);
        Assert.InRange(computed.Count, 400, 800); // a sanity bound: the plan has about 470 codes in service
    }

    /// <summary>
    /// The area codes libphonenumber accepts for a typical subscriber number, and those it assigns to a
    /// member other than the US (the Caribbean members' codes, 264 Anguilla or 876 Jamaica, whose valid
    /// exchanges are few and specific).
    /// </summary>
    private static List<int> FromMetadata()
    {
        var utility = PhoneNumberUtil.GetInstance();
        var codes = new List<int>();
        foreach (var npa in Enumerable.Range(200, 800))
        foreach (var subscriber in new[] { 2345678L, 5550123L, 4567890L, 8675309L, 2001234L, 9876543L })
        {
            var number = new PhoneNumber.Builder().SetCountryCode(1).SetNationalNumber((ulong)(npa * 10_000_000L + subscriber)).Build();
            if (!utility.IsValidNumber(number) && utility.GetRegionCodeForNumber(number) is null or "US" or "ZZ") continue;
            codes.Add(npa);
            break;
        }
        return codes;
    }
}
