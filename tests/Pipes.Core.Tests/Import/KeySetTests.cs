using Pipes.Import;

namespace Pipes.Tests.Import;

/// <summary>The importer's duplicate check against HashSet as the oracle, across many growths of its tables.</summary>
public sealed class KeySetTests
{
    public static TheoryData<string> Kinds => new() { "random", "phone-like", "one segment" };

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
                _ => Unmix((ulong)random.NextInt64(1, 1L << 56)),
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
    public void ZeroIsAKeyLikeAnyOther()
    {
        var set = new KeySet();
        Assert.True(set.Add(0));
        Assert.False(set.Add(0));
        Assert.True(set.Add(1));
        Assert.False(set.Add(1));
    }
}
