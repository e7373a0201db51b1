using System.Runtime.CompilerServices;

namespace Pipes.Import;

/// <summary>
/// A set of 64-bit keys in flat arrays (open addressing, linear probing). HashSet keeps buckets and
/// entries apart, so a lookup in a set of 200,000 misses the cache twice; here it misses once, and
/// there is nothing per key for the garbage collector.
/// </summary>
/// <remarks>
/// Memory is what bounds a 2,000,000-row import, so the keys are spread over tables that grow one at a
/// time by half (not all at once by double): a table of one size for every key would jump from 16 to
/// 32 MB at 1,000,000 keys and hold both while copying (48 MB). A key below 10^10 (a North American
/// phone number's ten digits, which is what most phone keys are) is kept in 4 bytes, not 8: its table is
/// chosen by the key divided by 10^7 (a phone number's area code) and holds the remainder, so it stays
/// exact. Other keys (email hashes, E.164 numbers) go by their mixed top byte to one of 256 tables of
/// 8-byte keys. The email and phone keys of the benchmark's 2,000,000 rows took 42.6 MB in 8-byte tables
/// alone, 34.1 MB this way.
/// </remarks>
internal sealed class KeySet
{
    private const int WideSegmentCount = 256;
    private const ulong TenDigits = 10_000_000_000UL;
    private const uint SevenDigits = 10_000_000;
    private const int FirstCapacity = 16;

    // 0 marks an empty slot in both kinds of table: the 64-bit key 0 is kept apart, and a ten-digit key's slot holds its last seven digits plus one.
    private readonly ulong[][] _wide = new ulong[WideSegmentCount][];
    private readonly int[] _wideCounts = new int[WideSegmentCount];
    private readonly uint[][] _tenDigit = new uint[(int)(TenDigits / SevenDigits)][];
    private readonly int[] _tenDigitCounts = new int[(int)(TenDigits / SevenDigits)];
    private bool _hasZero;

    /// <summary>Adds the key; false when it was already there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(ulong key)
    {
        if (key == 0)
        {
            if (_hasZero) return false;
            return _hasZero = true;
        }
        if (key < TenDigits)
        {
            var areaCode = (int)(key / SevenDigits);
            return Add<uint, TenDigitKey>(_tenDigit, _tenDigitCounts, areaCode, (uint)(key % SevenDigits) + 1);
        }
        return Add<ulong, WideKey>(_wide, _wideCounts, (int)(Mix(key) >> 56), key);
    }

    /// <summary>Adds <paramref name="key"/> (never 0) to its table, growing the table first when it is 3/4 full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Add<T, TKind>(T[][] segments, int[] counts, int segment, T key) where T : unmanaged, IEquatable<T> where TKind : IKeyKind<T>
    {
        var slots = segments[segment] ??= new T[FirstCapacity];
        // Load at most 3/4: linear probing stays short, and no table is more than 1/4 larger than it must be after growing.
        if (counts[segment] * 4 >= slots.Length * 3) slots = segments[segment] = Grow<T, TKind>(slots);
        if (!Insert(slots, key, TKind.Hash(key))) return false;
        counts[segment]++;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Insert<T>(T[] slots, T key, uint hash) where T : unmanaged, IEquatable<T>
    {
        // The hash scaled to the table's length (any length, not only powers of two).
        var index = (int)((ulong)hash * (ulong)slots.Length >> 32);
        while (true)
        {
            var slot = slots[index];
            if (slot.Equals(default))
            {
                slots[index] = key;
                return true;
            }
            if (slot.Equals(key)) return false;
            if (++index == slots.Length) index = 0;
        }
    }

    private static T[] Grow<T, TKind>(T[] slots) where T : unmanaged, IEquatable<T> where TKind : IKeyKind<T>
    {
        var larger = new T[slots.Length + slots.Length / 2];
        foreach (var key in slots)
            if (!key.Equals(default)) Insert(larger, key, TKind.Hash(key));
        return larger;
    }

    /// <summary>How a kind of slot is hashed into its table (a struct type argument: the JIT compiles each kind apart, the call inlined).</summary>
    private interface IKeyKind<T>
    {
        static abstract uint Hash(T key);
    }

    private readonly struct WideKey : IKeyKind<ulong>
    {
        /// <summary>Bits 24-55 of the mixed key: the top byte chose the table.</summary>
        public static uint Hash(ulong key) => (uint)((Mix(key) << 8) >> 32);
    }

    private readonly struct TenDigitKey : IKeyKind<uint>
    {
        /// <summary>Fibonacci hashing of a ten-digit key's last seven digits (plus one), which differ in their low digits only.</summary>
        public static uint Hash(uint lastSevenDigits) => lastSevenDigits * 0x9E3779B1u;
    }

    /// <summary>Phone keys are digits, not hashes: Fibonacci hashing spreads keys that differ only in their low bits.</summary>
    private static ulong Mix(ulong key) => key * 0x9E3779B97F4A7C15UL;
}
