using Pipes.Import;

namespace Pipes.Tests.Import;

/// <summary>The importer's duplicate check against HashSet as the oracle, across many growths of its tables.</summary>
public sealed class KeySetTests
{
    public static TheoryData<string> Kinds => new() { "random", "phone-like", "one segment", "one area code", "both kinds" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AgreesWithHashSet(string kind)
    {
        var random = new Random(20261130);
        var set = new KeySet();
        var oracle = new HashSet<ulong>();
        for (var i = 0; i < 300_000; i++)
        {
            // One in four is a repeat of an earlier key, so both answers are exercised all along.
            var key = (i % 4 == 3 && oracle.Count > 0) ? Earlier(i) : kind switch
            {
                "random" => (ulong)random.NextInt64(),
                // Ten-digit numbers that differ only in their low digits, as phone keys do.
                "phone-like" => 7_135_550_000UL + (ulong)random.Next(200_000),
                // Keys whose mixed form has a zero top byte: one of the tables holds them all.
                "one segment" => Unmix((ulong)random.NextInt64(1, 1L << 56)),
                // Ten-digit keys of one area code: their 4-byte table grows again and again.
                "one area code" => 4_320_000_000UL + (ulong)random.Next(10_000_000),
                // Keys on both sides of 10^10, where the 4-byte tables end, and short ones (area code 0).
                _ => (i % 3) switch
                {
                    0 => 10_000_000_000UL - 1 - (ulong)random.Next(50_000),
                    1 => 10_000_000_000UL + (ulong)random.Next(50_000),
                    _ => (ulong)random.Next(1, 10_000_000),
                },
            };
            Assert.Equal(oracle.Add(key), set.Add(key));
        }

        static ulong Unmix(ulong mixed)
        {
            // The inverse of the set's multiplier modulo 2^64 (Newton's iteration), so key * multiplier == mixed.
            const ulong multiplier = 0x9E3779B97F4A7C15UL;
            var inverse = multiplier;
            for (var n = 0; n < 5; n++) inverse *= 2 - multiplier * inverse;
            return mixed * inverse;
        }

        ulong Earlier(int i) => i % 8 == 3 ? 0 : 7_135_550_000UL + (ulong)(i % 1000);
    }

    [Fact]
    public void TenDigitKeysAreKeptExactlyNotByTheirLastDigitsAlone()
    {
        var set = new KeySet();
        Assert.True(set.Add(7_135_550_100));
        Assert.True(set.Add(2_815_550_100));  // the same last seven digits under another area code
        Assert.True(set.Add(5_550_100));      // and under none
        Assert.True(set.Add(10_005_550_100)); // eleven digits: an 8-byte key with the same last ten
        Assert.False(set.Add(7_135_550_100));
        Assert.False(set.Add(5_550_100));
        Assert.True(set.Add(9_999_999_999));
        Assert.True(set.Add(10_000_000_000));
        Assert.False(set.Add(9_999_999_999));
    }

    [Theory]
    [InlineData(7_135_550_100UL)] // a 4-byte ten-digit key
    [InlineData(0xDEADBEEFCAFEUL)] // an 8-byte key
    [InlineData(0UL)]
    public void EachKeyKeepsTheTagItFirstHadAndAFirstNonzeroOneAfterNone(ulong key)
    {
        var set = new KeySet();
        Assert.True(set.Add(key, 0, out _));
        Assert.False(set.Add(key, 7, out var earlier));
        Assert.Equal((ushort)0, earlier);
        Assert.False(set.Add(key, 9, out earlier));
        Assert.Equal((ushort)7, earlier);
        // Tags survive the tables' growing.
        for (var i = 1UL; i < 100_000; i++) set.Add(key + i * 7_919, (ushort)i, out _);
        Assert.False(set.Add(key, 3, out earlier));
        Assert.Equal((ushort)7, earlier);
        Assert.False(set.Add(key + 500 * 7_919UL, 0, out earlier));
        Assert.Equal((ushort)500, earlier);
    }

    [Fact]
    public void ZeroIsAKeyLikeAnyOther()
    {
        var set = new KeySet();
        Assert.True(set.Add(0));
        Assert.False(set.Add(0));
        Assert.True(set.Add(1));
        Assert.False(set.Add(1));
    }
}
