using System.Text;

namespace Pipes.Import;

/// <summary>
/// The strings of a file's cells, each repeated value one string: a State column's "TX", a city, a first name, a flag's
/// "Yes" are made once, not once a row (the import benchmark's 200,000 rows: 88 MB of cell strings, 39 MB this way; its
/// records, kept in a variable, hold 135 MB, not 180). A fixed table (direct-mapped, by the text's hash) holds the last
/// repeated value seen at each slot, so its memory is bounded whatever the file. A value takes a slot only when it comes
/// a second time (its hash waits apart until then): held at once, each unique value (an address, a phone number)
/// outlived the collector's youngest generation until the next took its slot. A column whose first 4,096 values found
/// their text in the table fewer than 256 times (an email column) is not looked up again: hashing each of its cells cost
/// more than the strings saved.
/// </summary>
internal sealed class CellStrings
{
    // 8,192 slots: a value that comes back within a few thousand rows is still there beside a few columns of its own.
    private const int SlotBits = 13;
    private const int MaxLength = 64;
    private const int Judged = 4096;
    private const int FewestHits = 256;
    // One slot's fields side by side: a lookup reads one place in memory.
    private readonly Slot[] _slots = new Slot[1 << SlotBits];
    // By column: its cells looked up and those found, up to Judged looked up.
    private (int Looked, int Found)[] _columns = new (int, int)[16];

    private struct Slot
    {
        public string? Held;
        public int HeldHash;
        public int SeenHash; // of the last value that came once
    }

    /// <summary>
    /// The slot a text's hash takes. The hash is string.GetHashCode's, randomised per process: two values share a slot in some
    /// processes and not in others (then the later evicts the earlier, and a repeated value may be made again).
    /// </summary>
    internal static int SlotOf(int hash) => (int)((uint)hash >> (32 - SlotBits));

    /// <summary>The text of a cell of <paramref name="column"/> as a string: the one already made for the same text, when its slot still holds it.</summary>
    public string Get(ReadOnlySpan<char> text, int column)
    {
        if (text.Length is 0 or > MaxLength) return new string(text);
        if (column >= _columns.Length) Array.Resize(ref _columns, Math.Max(column + 1, _columns.Length * 2));
        ref var counts = ref _columns[column];
        var judging = counts.Looked < Judged;
        if (judging) counts.Looked++;
        else if (counts.Found < FewestHits) return new string(text);
        var hash = string.GetHashCode(text);
        ref var slot = ref _slots[SlotOf(hash)];
        // The hash first: a miss reads no string (each one elsewhere in memory).
        if (slot.HeldHash == hash && slot.Held is { } held && text.SequenceEqual(held))
        {
            if (judging) counts.Found++;
            return held;
        }
        if (slot.SeenHash != hash)
        {
            slot.SeenHash = hash; // seen once: remembered by its hash alone
            return new string(text);
        }
        slot.HeldHash = hash;
        return slot.Held = new string(text);
    }

    /// <summary><see cref="Get(ReadOnlySpan{char}, int)"/> for a cell read into a builder (a quoted cell with doubled quotes or line breaks).</summary>
    public string Get(StringBuilder text, int column)
    {
        if (text.Length > MaxLength) return text.ToString();
        Span<char> copy = stackalloc char[MaxLength];
        text.CopyTo(0, copy, text.Length);
        return Get(copy[..text.Length], column);
    }
}
