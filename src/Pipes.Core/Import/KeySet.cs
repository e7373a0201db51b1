using System.Runtime.CompilerServices;

namespace Pipes.Import;

/// <summary>
/// A set of 64-bit keys, each with a 16-bit tag (whose row it was: <see cref="ContactKeys"/>' person tag), in flat
/// arrays (open addressing, linear probing). HashSet keeps buckets and
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
/// alone, 34.1 MB this way. Each slot has its tag beside it in a parallel table of 2-byte tags (4-byte ones took the 2,000,000-row import
/// from about 70 to 105 MB over the module, past its 100 MB goal; 2 bytes, about 87).
/// </remarks>
internal sealed class KeySet
{
    private const int WideSegmentCount = 256;
    private const ulong TenDigits = 10_000_000_000UL;
    private const uint SevenDigits = 10_000_000;
    private const int FirstCapacity = 16;

    // 0 marks an empty slot in both kinds of table: the 64-bit key 0 is kept apart, and a ten-digit key's slot holds its last seven digits plus one.
    private readonly ulong[][] _wide = new ulong[WideSegmentCount][];
    private readonly ushort[][] _wideTags = new ushort[WideSegmentCount][];
    private readonly int[] _wideCounts = new int[WideSegmentCount];
    private readonly uint[][] _tenDigit = new uint[(int)(TenDigits / SevenDigits)][];
    private readonly ushort[][] _tenDigitTags = new ushort[(int)(TenDigits / SevenDigits)][];
    private readonly int[] _tenDigitCounts = new int[(int)(TenDigits / SevenDigits)];
    private bool _hasZero;
    private ushort _zeroTag;

    /// <summary>Adds the key; false when it was already there.</summary>
    public bool Add(ulong key) => Add(key, 0, out _);

    /// <summary>Whether the key is there (nothing added).</summary>
    public bool Contains(ulong key)
    {
        if (key == 0) return _hasZero;
        if (key < TenDigits)
            return Contains<uint, TenDigitKey>(_tenDigit[(int)(key / SevenDigits)], (uint)(key % SevenDigits) + 1);
        return Contains<ulong, WideKey>(_wide[(int)(Mix(key) >> 56)], key);
    }

    private static bool Contains<T, TKind>(T[]? slots, T key) where T : unmanaged, IEquatable<T> where TKind : IKeyKind<T>
    {
        if (slots is null) return false;
        var index = (int)((ulong)TKind.Hash(key) * (ulong)slots.Length >> 32);
        while (true)
        {
            var slot = slots[index];
            if (slot.Equals(default)) return false;
            if (slot.Equals(key)) return true;
            if (++index == slots.Length) index = 0;
        }
    }

    /// <summary>
    /// Adds the key with <paramref name="tag"/>; false when it was already there, with the tag it has in
    /// <paramref name="earlierTag"/>. A key held with tag 0 (none known) takes the first nonzero tag given with it later.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(ulong key, ushort tag, out ushort earlierTag)
    {
        if (key == 0)
        {
            earlierTag = _zeroTag;
            if (_zeroTag == 0) _zeroTag = tag;
            if (_hasZero) return false;
            return _hasZero = true;
        }
        if (key < TenDigits)
        {
            var areaCode = (int)(key / SevenDigits);
            return Add<uint, TenDigitKey>(_tenDigit, _tenDigitTags, _tenDigitCounts, areaCode, (uint)(key % SevenDigits) + 1, tag, out earlierTag);
        }
        return Add<ulong, WideKey>(_wide, _wideTags, _wideCounts, (int)(Mix(key) >> 56), key, tag, out earlierTag);
    }

    /// <summary>Adds <paramref name="key"/> (never 0) to its table, growing the table first when it is 3/4 full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Add<T, TKind>(T[][] segments, ushort[][] tagSegments, int[] counts, int segment, T key, ushort tag, out ushort earlierTag)
        where T : unmanaged, IEquatable<T> where TKind : IKeyKind<T>
    {
        var slots = segments[segment] ??= new T[FirstCapacity];
        var tags = tagSegments[segment] ??= new ushort[FirstCapacity];
        // Load at most 3/4: linear probing stays short, and no table is more than 1/4 larger than it must be after growing.
        if (counts[segment] * 4 >= slots.Length * 3) (slots, tags) = (segments[segment], tagSegments[segment]) = Grow<T, TKind>(slots, tags);
        if (!Insert(slots, tags, key, tag, TKind.Hash(key), out earlierTag)) return false;
        counts[segment]++;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Insert<T>(T[] slots, ushort[] tags, T key, ushort tag, uint hash, out ushort earlierTag) where T : unmanaged, IEquatable<T>
    {
        // The hash scaled to the table's length (any length, not only powers of two).
        var index = (int)((ulong)hash * (ulong)slots.Length >> 32);
        while (true)
        {
            var slot = slots[index];
            if (slot.Equals(default))
            {
                slots[index] = key;
                tags[index] = tag;
                earlierTag = 0;
                return true;
            }
            if (slot.Equals(key))
            {
                earlierTag = tags[index];
                if (earlierTag == 0) tags[index] = tag;
                return false;
            }
            if (++index == slots.Length) index = 0;
        }
    }

    private static (T[] Slots, ushort[] Tags) Grow<T, TKind>(T[] slots, ushort[] tags) where T : unmanaged, IEquatable<T> where TKind : IKeyKind<T>
    {
        var larger = new T[slots.Length + slots.Length / 2];
        var largerTags = new ushort[larger.Length];
        for (var i = 0; i < slots.Length; i++)
            if (!slots[i].Equals(default)) Insert(larger, largerTags, slots[i], tags[i], TKind.Hash(slots[i]), out _);
        return (larger, largerTags);
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
