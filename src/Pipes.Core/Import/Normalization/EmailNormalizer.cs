using System.Runtime.CompilerServices;
using System.Net;
using System.Net.Sockets;

namespace Pipes.Import.Normalization;

/// <summary>Addresses found in one cell: the first valid one, the other valid ones, and text that was not an address.</summary>
/// <param name="Email">The first valid address, lower-cased; null when none.</param>
/// <param name="Others">The other valid addresses, each once.</param>
/// <param name="Invalid">The text of each part that is no address.</param>
/// <param name="DisplayName">The name of "Jo Smith &lt;jo@x.com&gt;", or null.</param>
/// <param name="Aside">Words in brackets beside the addresses that are no label ("js@x.com (assistant Mary)"), or null.</param>
public readonly record struct EmailResult(string? Email, IReadOnlyList<string> Others, IReadOnlyList<string> Invalid, string? DisplayName = null, string? Aside = null);

/// <summary>
/// Cleans email cells: trims, drops "mailto:", a display name ("Jo Smith &lt;jo@x.com&gt;") and the
/// punctuation a sentence leaves around an address ("ann@x.org." or "(ann@x.org)"),
/// lower-cases, validates against RFC 5321's address syntax (dot-atom or quoted local part;
/// host names, internationalised ones included, or an address literal), and splits a cell that
/// holds several addresses.
/// </summary>
public static class EmailNormalizer
{
    private static readonly string[] None = [];
    private static readonly char[] ListSeparators = [';', ',', '\r', '\n'];
    private static readonly char[] Blanks = [' ', '\t'];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EmailResult Normalize(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return new EmailResult(null, [], []);
        var single = Clean(cell);
        // One '@': "Jo <jo@x.com>, Al <al@y.org>" would otherwise be read as its last address alone.
        if (IsValid(single) && cell.IndexOf('@') == cell.LastIndexOf('@')) return new EmailResult(single, None, None, DisplayName(cell)); // the common case: one address
        if (Labelled(cell) is { } labelled) return labelled;
        var valid = new List<string>();
        var invalid = new List<string>();
        foreach (var candidate in SplitAddresses(cell))
        {
            var address = Clean(candidate);
            if (address.Length == 0) continue;
            if (IsValid(address)) { if (!valid.Contains(address)) valid.Add(address); }
            else invalid.Add(candidate.Trim());
        }
        return new EmailResult(valid.FirstOrDefault(), valid.Skip(1).ToList(), invalid);
    }

    /// <summary>
    /// The addresses of a cell whose other words are labels or separators ("Work: a@x.com Home: b@y.com",
    /// "a@x.com / b@y.com", "js@x.com (work)", "Jo &lt;jo@x.com&gt;, Al &lt;al@y.org&gt;"); words in brackets that
    /// are no label are its <see cref="EmailResult.Aside"/>. Null when a bare word is neither ("john
    /// smith@example.com" is a broken address, not a name and an address): the cell is read part by part.
    /// </summary>
    private static EmailResult? Labelled(string cell)
    {
        List<string>? valid = null, invalid = null, aside = null, labels = null;
        var words = cell.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        var depth = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var inBrackets = depth > 0 || word[0] == '(';
            depth += word.Count(c => c == '(') - word.Count(c => c == ')');
            if (word.Contains('@'))
            {
                foreach (var part in word.Split(AddressJoins, StringSplitOptions.RemoveEmptyEntries))
                {
                    var address = Clean(part);
                    if (IsValid(address)) { if (!(valid ??= []).Contains(address)) valid.Add(address); }
                    else (invalid ??= []).Add(part);
                }
                continue;
            }
            var bare = word.Trim("()[]:.-\"'".ToCharArray());
            if (bare.Length == 0 || bare is "/" or "|" or "&" || Labels.Contains(bare)) continue;
            if (inBrackets) (aside ??= []).Add(bare);
            else if (i + 1 < words.Length && (words[i + 1].StartsWith('<') || IsDisplayNameWord(words, i + 1))) continue; // a display name: "Jo Smith <jo@x.com>"
            else if (LabelEnd(words, i) is var end and >= 0)
            {
                // "ATTN Land Dept: land@x.com", "son: bob@x.com": whose address it is, kept beside it.
                var label = words[i..(end + 1)];
                (labels ??= []).Add(string.Join(' ', label).TrimEnd(':').Trim());
                // "Old: jo@aol.com", "Old address: jo@aol.com": the address after "old", "former", "wrong" ... is not one to write to.
                i = label.Any(w => NotThisOne.Contains(w.Trim(':', '.', ','))) ? end + 1 : end;
            }
            else return null;
        }
        if (valid is null) return null;
        // Bracketed words are one aside ("(assistant Mary)"); each label is its own ("Owner - Jane; Son - Bob").
        IEnumerable<string> asides = [.. labels ?? [], .. aside is null ? [] : new[] { string.Join(" ", aside) }];
        var said = string.Join("; ", asides);
        return new EmailResult(valid[0], valid.Skip(1).ToList(), (IReadOnlyList<string>?)invalid ?? None, null, said.Length == 0 ? null : said);
    }

    /// <summary>
    /// Where a label of a few words that ends in a colon right before an address ends ("ATTN Land Dept:"
    /// before "land@x.com"); -1 when the words from <paramref name="from"/> are no such label.
    /// </summary>
    private static int LabelEnd(string[] words, int from)
    {
        for (var j = from; j < words.Length - 1 && j < from + MaxLabelWords; j++)
        {
            if (words[j].Contains('@')) return -1;
            if (words[j].EndsWith(':')) return words[j + 1].Contains('@') ? j : -1;
        }
        return -1;
    }

    private const int MaxLabelWords = 5;

    private static readonly HashSet<string> NotThisOne = new(StringComparer.OrdinalIgnoreCase)
    {
        "old", "former", "previous", "prior", "wrong", "bad", "invalid", "inactive", "dead", "expired", "obsolete", "outdated", "bounced",
    };

    /// <summary>
    /// Whether the words from <paramref name="from"/> on run to a "&lt;address&gt;", or an "(address)" as Outlook
    /// writes a display name ("John Smith (jsmith@x.com)"), without an address between.
    /// </summary>
    private static bool IsDisplayNameWord(string[] words, int from)
    {
        for (var i = from; i < words.Length; i++)
        {
            if (words[i].StartsWith('<') || (words[i].StartsWith('(') && words[i].Contains('@'))) return true;
            if (words[i].Contains('@')) return false;
        }
        return false;
    }

    private static readonly char[] WordBreaks = [' ', '\t', '\r', '\n', ';', ','];
    private static readonly char[] AddressJoins = ['/', '|']; // "a@x.com/b@y.com": an address's own '/' is legal but never seen in the field

    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "work", "home", "personal", "office", "business", "primary", "secondary", "alt", "alternate", "other", "main", "private",
        "email", "e-mail", "mail", "and", "or", "w", "h", "p",
    };

    /// <summary>The display name of "Jo Smith &lt;jo@x.com&gt;" (quotes and spaces trimmed), or null.</summary>
    internal static string? DisplayName(string cell)
    {
        var open = cell.LastIndexOf('<');
        if (open <= 0) return null;
        var name = cell.AsSpan(0, open).Trim().Trim("\"'").Trim();
        return name.IsEmpty || name.Contains('@') ? null : name.ToString();
    }

    /// <summary>
    /// The form two spellings of one address share: an internationalised host ("bücher.de") as its ASCII form
    /// ("xn--bcher-kva.de", IDNA, RFC 5891), which is how a mail program links it; an ASCII address as it is. For comparing
    /// and keys only: the address shown stays as written.
    /// </summary>
    internal static string ComparableForm(string address)
    {
        if (!address.AsSpan().ContainsAnyExceptInRange('\0', '\u007f')) return address;
        var at = address.LastIndexOf('@');
        if (at < 0) return address;
        try
        {
            return string.Concat(address.AsSpan(0, at + 1), Idn.GetAscii(address[(at + 1)..]).ToLowerInvariant());
        }
        catch (ArgumentException)
        {
            return address; // no valid IDNA host: nothing to compare it with but itself
        }
    }

    private static readonly System.Globalization.IdnMapping Idn = new();

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are one address, whatever the case or the form of an internationalised host.</summary>
    internal static bool SameAddress(string a, string b) => AddressComparer.Equals(a, b);

    /// <summary>Addresses equal whatever their case or the form of an internationalised host (<see cref="ComparableForm"/>).</summary>
    internal static readonly IEqualityComparer<string> AddressComparer = new ComparableAddressComparer();

    private sealed class ComparableAddressComparer : IEqualityComparer<string>
    {
        public bool Equals(string? a, string? b) =>
            string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
            || (a is not null && b is not null && string.Equals(ComparableForm(a), ComparableForm(b), StringComparison.OrdinalIgnoreCase));

        public int GetHashCode(string address) => StringComparer.OrdinalIgnoreCase.GetHashCode(ComparableForm(address));
    }

    /// <summary>Parts split on ; , and line breaks; a part is split on spaces only when every word in it is an address.</summary>
    private static IEnumerable<string> SplitAddresses(string cell)
    {
        foreach (var part in cell.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && !part.Contains('<') && words.All(w => w.Contains('@'))) foreach (var word in words) yield return word;
            else yield return part;
        }
    }

    /// <summary>The address in a cell or list part, lower-cased: one copy at most, none when it is already clean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Clean(string text)
    {
        var address = Cut(text);
        if (!HasUpper(address)) return address.Length == text.Length ? text : address.ToString();
        Span<char> lower = address.Length <= 256 ? stackalloc char[address.Length] : new char[address.Length];
        address.ToLowerInvariant(lower);
        return new string(lower);
    }

    /// <summary>Trimmed, without surrounding quotes, a display name's &lt;...&gt;, "mailto:" or its ?query.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> Cut(string cell)
    {
        var text = TextCleaning.TrimBlank(cell);
        // Straight quotes, and the typographic ones Word and Outlook put around a pasted address (a trial: “cy@example.com” was invalid).
        if (text.Length > 0 && (text[0] is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' || text[^1] is '"' or '\'' or '“' or '”' or '‘' or '’' or '»'))
            text = text.Trim("\"'“”‘’«»").Trim();
        // Outlook's plain-text copy of a link: "jo@example.com[mailto:jo@example.com]" (a trial: invalid); the address is before it.
        var link = text.IndexOf("[mailto:", StringComparison.OrdinalIgnoreCase);
        if (link > 0 && text[^1] == ']') text = text[..link].TrimEnd();
        var open = text.LastIndexOf('<');
        if (open >= 0 && text[^1] == '>') text = text[(open + 1)..^1];
        if (MailtoUri.TryRecipient(text, out var recipient)) text = recipient;
        // Punctuation a sentence leaves around an address ("write to ann@x.org." or "(ann@x.org)"):
        // no address ends in a full stop or these marks, and none starts with an opening bracket.
        if (text.Length > 0 && text[^1] is '.' or ',' or ';' or ':' or '!' or '?' or ')') text = text.TrimEnd(".,;:!?)").TrimEnd();
        if (text.Length > 0 && text[0] == '(') text = text.TrimStart('(').TrimStart();
        return text;
    }

    /// <summary>RFC 5321 address syntax, with internationalised (RFC 6531) letters allowed.</summary>
    public static bool IsValid(string address) => IsValid(address.AsSpan());

    /// <summary>
    /// RFC 5322's mailbox (section 3.4): <c>Jane Roe &lt;jane@x.com&gt;</c>, the display name quoted when it holds a special
    /// (<c>"Roe, Jane" &lt;jane@x.com&gt;</c>), so that a list of them joined with "; " or "," reads back as the same mailboxes.
    /// </summary>
    public static string Mailbox(string name, string address) =>
        name.AsSpan().IndexOfAny("()<>[]:;@\\,.\"") >= 0 ? $"\"{name.Replace("\\", "\\\\").Replace("\"", "\\\"")}\" <{address}>" : $"{name} <{address}>";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsValid(ReadOnlySpan<char> address)
    {
        if (address.Length is 0 or > 254) return false;
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1) return false;
        var local = address[..at];
        var domain = address[(at + 1)..];
        return local.Length <= 64 && (IsDotAtom(local) || IsQuotedString(local)) && (IsHostName(domain) || IsAddressLiteral(domain));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsDotAtom(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal)) return false;
        foreach (var c in local)
            if (!(c == '.' || IsAtext(c))) return false;
        return true;
    }

    private static bool IsAtext(char c) =>
        c < 128 ? AsciiAtext[c] : !char.IsWhiteSpace(c) && !char.IsControl(c);

    private static readonly bool[] AsciiAtext = Enumerable.Range(0, 128)
        .Select(i => char.IsAsciiLetterOrDigit((char)i) || "!#$%&'*+-/=?^_`{|}~".Contains((char)i)).ToArray();

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsUpper(c)) return true;
        return false;
    }

    private static bool IsQuotedString(ReadOnlySpan<char> local)
    {
        if (local.Length < 2 || local[0] != '"' || local[^1] != '"') return false;
        for (var i = 1; i < local.Length - 1; i++)
        {
            var c = local[i];
            if (c == '\\')
            {
                if (++i >= local.Length - 1 || local[i] < 32 || local[i] > 126) return false;
                continue;
            }
            if (c == '"' || c < 32 || c == 127) return false;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsHostName(ReadOnlySpan<char> domain)
    {
        // A host with no dot ("bob@aol", "jim@mcmurtryland") is valid to RFC 5321 but reaches no one on the
        // internet: mail to it bounces, so it is no address to keep.
        if (domain.Length > 253 || domain[^1] == '.' || !domain.Contains('.')) return false;
        while (!domain.IsEmpty)
        {
            var dot = domain.IndexOf('.');
            var label = dot < 0 ? domain : domain[..dot];
            domain = dot < 0 ? [] : domain[(dot + 1)..];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-') return false;
            foreach (var c in label)
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || (c > 127 && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))))
                    return false;
        }
        return true;
    }

    private static bool IsAddressLiteral(ReadOnlySpan<char> domain)
    {
        if (domain.Length < 3 || domain[0] != '[' || domain[^1] != ']') return false;
        var inner = domain[1..^1];
        if (inner.StartsWith("ipv6:", StringComparison.OrdinalIgnoreCase))
            return IPAddress.TryParse(inner[5..], out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6;
        var parts = inner.ToString().Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p) <= 255);
    }
}
