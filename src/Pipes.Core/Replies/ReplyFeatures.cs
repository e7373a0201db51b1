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
    public static List<Feature> Extract(string newText, bool otherAddress)
    {
        var seen = new HashSet<uint>();
        var features = new List<Feature>(256);
        void Add(string kind, string text, int start = 0, int length = -1)
        {
            if (length < 0) length = text.Length;
            var hash = Fnv(kind, text.AsSpan(start, length));
            if (seen.Add(hash)) features.Add(new Feature(hash, kind, text, start, length));
        }

        var normal = Normalize(newText.Length > 4000 ? newText[..4000] : newText);
        // The first words carry the answer; a long report or letter adds time, not signal.
        var words = Words().Matches(normal).Take(MaxWords).Select(m => m.Value).ToList();
        Add("bias", "1");
        Add("len", words.Count switch { 0 => "0", 1 => "1", 2 => "2", <= 5 => "3-5", <= 15 => "6-15", <= 40 => "16-40", _ => "41+" });
        if (newText.Contains('?')) Add("shape", "question");
        if (otherAddress) Add("shape", "other-address");
        if (words.Count > 0 && words.All(w => w is "<phone>" or "<num>")) Add("shape", "only-phone");
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            Add("w", w);
            Add("w2", (i == 0 ? "^" : words[i - 1]) + " " + w);
            if (w[0] == '<') continue;
            var padded = " " + w + " ";
            for (var n = MinGram; n <= MaxGram; n++)
                for (var s = 0; s + n <= padded.Length; s++)
                    Add("c", padded, s, n);
        }
        if (words.Count > 0) Add("w2", words[^1] + " $");
        return features;
    }

    // Chosen by the cross-corpus figure (tests/bench/replies.ps1): 3-5 letters gave 79.0% / 86.3% across the corpora,
    // words alone 79.7% / 78.0%, though words alone did better in 5-fold within each corpus (80.0% / 79.7% against 78.5% / 71.0%).
    private const int MinGram = 3, MaxGram = 5, MaxWords = 120;

    /// <summary>Lower case, accents folded, addresses/phones/amounts/numbers as placeholders.</summary>
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
    public static uint Fnv(string kind, ReadOnlySpan<char> text)
    {
        var hash = Fnv(2166136261u, kind.AsSpan());
        hash = Fnv(hash, ":".AsSpan());
        return Fnv(hash, text);
    }

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
