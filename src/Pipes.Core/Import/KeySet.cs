using System.Runtime.CompilerServices;

namespace Pipes.Import;

/// <summary>
/// A set of 64-bit keys in flat arrays (open addressing, linear probing). HashSet keeps buckets and
/// entries apart, so a lookup in a set of 200,000 misses the cache twice; here it misses once, and
/// there is nothing per key for the garbage collector.
/// </summary>
/// <remarks>
/// Memory is what bounds a 2,000,000-row import, so the keys are spread over
/// <see cref="SegmentCount"/> tables that grow one at a time by half (not all at once by double):
/// a table of one size for every key would jump from 16 to 32 MB at 1,000,000 keys and hold both
/// while copying (48 MB); these hold about 24 MB at 2,000,000 keys, with 1/256 of that copied at a time.
/// </remarks>
internal sealed class KeySet
{
    private const int SegmentCount = 256;
    private const int FirstCapacity = 16;

    // 0 marks an empty slot; the key 0 is kept apart.
    private readonly ulong[][] _segments = new ulong[SegmentCount][];
    private readonly int[] _counts = new int[SegmentCount];
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
        var mixed = Mix(key);
        var segment = (int)(mixed >> 56);
        var slots = _segments[segment] ??= new ulong[FirstCapacity];
        // Load at most 3/4: linear probing stays short, and no table is more than 1/4 larger than it must be after growing.
        if (_counts[segment] * 4 >= slots.Length * 3) slots = _segments[segment] = Grow(slots);
        if (!Insert(slots, key, mixed)) return false;
        _counts[segment]++;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Insert(ulong[] slots, ulong key, ulong mixed)
    {
        // The low 56 bits of the mixed key, scaled to the table's length (any length, not only powers of two).
        var index = (int)(((mixed << 8) >> 32) * (ulong)slots.Length >> 32);
        while (true)
        {
            var slot = slots[index];
            if (slot == 0)
            {
                slots[index] = key;
                return true;
            }
            if (slot == key) return false;
            if (++index == slots.Length) index = 0;
        }
    }

    private static ulong[] Grow(ulong[] slots)
    {
        var larger = new ulong[slots.Length + slots.Length / 2];
        foreach (var key in slots)
            if (key != 0) Insert(larger, key, Mix(key));
        return larger;
    }

    /// <summary>Phone keys are digits, not hashes: Fibonacci hashing spreads keys that differ only in their low bits.</summary>
    private static ulong Mix(ulong key) => key * 0x9E3779B97F4A7C15UL;
}
