using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipes.Replies;

/// <summary>
/// The features the intent model reads from a reply's new text: words and word pairs, character
/// n-grams of 3 to 5 inside each word (they carry "interes…", "intéress…", "interess…" across the five
/// languages and survive misspellings), and a few shape features (length, a question, a lone phone
/// number, an address other than the sender's). Text is lower-cased with accents folded; addresses,
/// phone numbers, amounts and other numbers become placeholders, so no single number or address is
/// learnt. Each feature is an FNV-1a hash of its name, stable across processes and platforms.
/// </summary>
public static partial class ReplyFeatures
{
    /// <summary>One feature: its stable hash and, for explanations, where its text is (the name is built only when asked).</summary>
    public readonly record struct Feature(uint Hash, string Kind, string Text, int Start, int Length)
    {
        /// <summary>"kind:text", e.g. "w:number", "c:umb", "shape:question".</summary>
        public string Name => Kind + ":" + Text.Substring(Start, Length);
    }

    /// <summary>The set of features of a text, without duplicates, in first-seen order.</summary>
    /// <param name="newText">The reply's new text (see <see cref="ReplyText"/>).</param>
    /// <param name="otherAddress">Whether the new text names an e-mail address that is neither the sender's nor ours.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Feature> Extract(string newText, bool otherAddress)
    {
        var normal = Normalize(newText.Length > 4000 ? newText[..4000] : newText);
        // The first words carry the answer; a long report or letter adds time, not signal.
        Span<(int Start, int Length)> found = stackalloc (int, int)[MaxWords];
        var count = 0;
        var joinedLength = 3;   // "^ " + words joined by single spaces + " $"
        var most = 6;           // an upper bound on the features: bias, len, three shapes, the last pair
        var allNumbers = true;
        foreach (var m in Words().EnumerateMatches(normal))
        {
            if (count == MaxWords) break;
            found[count++] = (m.Index, m.Length);
            joinedLength += m.Length + 1;
            most += 2;
            if (normal[m.Index] != '<') most += 3 * m.Length - 2;   // letters of 3, 4 and 5 in " word ": at most 3 × length − 2
            var w = normal.AsSpan(m.Index, m.Length);
            allNumbers &= w is "<phone>" or "<num>";
        }

        // Every word, word pair and padded word is a run of one string, "^ w1 w2 … wn $": features point into it,
        // hash it in place, and a name is cut from it only when it is shown as evidence.
        var joined = count == 0 ? "" : string.Create(joinedLength, (normal, found[..count].ToArray()), static (span, state) =>
        {
            span[0] = '^';
            var at = 1;
            foreach (var (start, length) in state.Item2)
            {
                span[at++] = ' ';
                state.normal.AsSpan(start, length).CopyTo(span[at..]);
                at += length;
            }
            span[at++] = ' ';
            span[at] = '$';
        });

        var features = new List<Feature>(most);
        var seen = new FeatureSet(most);
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Add(uint prefix, string kind, string text, int start, int length)
        {
            var hash = Fnv(prefix, text.AsSpan(start, length));
            if (seen.Add(hash)) features.Add(new Feature(hash, kind, text, start, length));
        }
        void AddWhole(string kind, string text) => Add(Prefix(kind), kind, text, 0, text.Length);

        AddWhole("bias", "1");
        AddWhole("len", count switch { 0 => "0", 1 => "1", 2 => "2", <= 5 => "3-5", <= 15 => "6-15", <= 40 => "16-40", _ => "41+" });
        if (newText.Contains('?')) AddWhole("shape", "question");
        if (otherAddress) AddWhole("shape", "other-address");
        if (count > 0 && allNumbers) AddWhole("shape", "only-phone");
        var previous = 0;   // where the pair of word i starts: "^" for the first
        var at = 2;
        for (var i = 0; i < count; i++)
        {
            var length = found[i].Length;
            Add(WordPrefix, "w", joined, at, length);
            Add(PairPrefix, "w2", joined, previous, at + length - previous);
            if (joined[at] != '<')
            {
                // " word ": the spaces on either side are the joined string's own.
                var padded = length + 2;
                for (var n = MinGram; n <= MaxGram; n++)
                    for (var s = 0; s + n <= padded; s++)
                        Add(GramPrefix, "c", joined, at - 1 + s, n);
            }
            previous = at;
            at += length + 1;
        }
        if (count > 0) Add(PairPrefix, "w2", joined, previous, joined.Length - previous);
        return features;
    }

    /// <summary>The FNV-1a state after "kind:", so that each feature hashes only its own text.</summary>
    private static uint Prefix(string kind) => Fnv(Fnv(2166136261u, kind.AsSpan()), ":".AsSpan());

    private static readonly uint WordPrefix = Prefix("w"), PairPrefix = Prefix("w2"), GramPrefix = Prefix("c");

    /// <summary>The hashes already met in one text: open addressing over a power-of-two table (0 is held apart, as the empty mark).</summary>
    private struct FeatureSet(int most)
    {
        private readonly uint[] _table = new uint[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)most * 2))];
        private bool _zero;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Add(uint hash)
        {
            if (hash == 0) { var added = !_zero; _zero = true; return added; }
            var mask = _table.Length - 1;
            for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
            {
                if (_table[slot] == hash) return false;
                if (_table[slot] == 0) { _table[slot] = hash; return true; }
            }
        }
    }

    // Chosen by the cross-corpus figure (tests/bench/replies.ps1): 3-5 letters gave 79.0% / 86.3% across the corpora,
    // words alone 79.7% / 78.0%, though words alone did better in 5-fold within each corpus (80.0% / 79.7% against 78.5% / 71.0%).
    private const int MinGram = 3, MaxGram = 5, MaxWords = 120;

    /// <summary>Lower case, accents folded, addresses/phones/amounts/numbers as placeholders.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string Normalize(string text)
    {
        text = Email().Replace(text, " <email> ");
        text = Url().Replace(text, " <url> ");
        text = Phone().Replace(text, " <phone> ");
        text = Money().Replace(text, " <money> ");
        text = Number().Replace(text, " <num> ");
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c switch { '’' or '‘' or '`' => '\'', 'ß' => 's', _ => c });
        }
        return folded.ToString();
    }

    /// <summary>FNV-1a, 32 bits, over the UTF-16 code units of "kind:text".</summary>
    public static uint Fnv(string kind, ReadOnlySpan<char> text) => Fnv(Prefix(kind), text);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint Fnv(uint hash, ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            hash = (hash ^ (c & 0xFFu)) * 16777619u;
            hash = (hash ^ (uint)(c >> 8)) * 16777619u;
        }
        return hash;
    }

    [GeneratedRegex(@"<[a-z]+>|[\p{L}\p{N}]+(?:'[\p{L}]+)?|[?!]|\p{So}")]
    private static partial Regex Words();

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{2,4}\b")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?:[$€£]\s?\d[\d,.]*(?:\s?[km]\b)?|\d[\d,.]*\s?(?:€|\$|dollars?|d[oó]lares|euros?|reais))", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b\d+(?:[.,/:]\d+)*\b")]
    private static partial Regex Number();
}
