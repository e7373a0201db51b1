using System.Numerics;

namespace Pipes.Import;

/// <summary>
/// A set of 64-bit keys in one flat array (open addressing, linear probing). HashSet keeps
/// buckets and entries apart, so a lookup in a set of 200,000 misses the cache twice; here it
/// misses once, and there is nothing per key for the garbage collector.
/// </summary>
internal sealed class KeySet
{
    private ulong[] _slots = new ulong[1024]; // 0 marks an empty slot; the key 0 is kept apart
    private int _count;
    private bool _hasZero;

    /// <summary>Adds the key; false when it was already there.</summary>
    public bool Add(ulong key)
    {
        if (key == 0)
        {
            if (_hasZero) return false;
            return _hasZero = true;
        }
        if (_count * 2 >= _slots.Length) Grow();
        if (!Insert(_slots, key)) return false;
        _count++;
        return true;
    }

    private static bool Insert(ulong[] slots, ulong key)
    {
        var mask = slots.Length - 1;
        // Fibonacci hashing spreads keys that differ only in their low bits, like phone numbers.
        var index = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - BitOperations.Log2((uint)slots.Length)));
        while (true)
        {
            var slot = slots[index];
            if (slot == 0)
            {
                slots[index] = key;
                return true;
            }
            if (slot == key) return false;
            index = (index + 1) & mask;
        }
    }

    private void Grow()
    {
        var larger = new ulong[_slots.Length * 2];
        foreach (var key in _slots)
            if (key != 0) Insert(larger, key);
        _slots = larger;
    }
}
