using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pipes.Import.Normalization;

namespace Pipes.Import.Email;

/// <summary>
/// Reads the address cells of an email export, -MyAddress and prospects' addresses the same way:
/// a list of entries separated by ';' or ',' ("Bob Roe &lt;bob@x.com&gt;, Carl Cee &lt;carl@y.org&gt;"), each
/// an address, "Name &lt;address&gt;", "mailto:..." or an Exchange X.500 address. The address inside
/// each entry is taken by <see cref="EmailNormalizer"/> (as the contact importer takes it), lower-cased.
/// </summary>
public static partial class EmailAddressList
{
    /// <summary>The participants of a list, in order, empty entries left out.</summary>
    public static IReadOnlyList<EmailParticipant> Parse(string? text)
    {
        var result = new List<EmailParticipant>();
        foreach (var entry in Split(text, commas: true))
            result.AddRange(ParseEntry(entry));
        return result;
    }

    /// <summary>The addresses of a list (SMTP lower-cased, X.500 as written), each once.</summary>
    public static IEnumerable<string> Addresses(string? text) =>
        Parse(text).Select(p => p.Address).OfType<string>().Distinct(EmailNormalizer.AddressComparer);

    /// <summary>
    /// The entries of a list, trimmed, empty ones kept (they hold a place when names and addresses are
    /// paired by position). ';' always separates. ',' separates only when <paramref name="commas"/> and
    /// the text since the last separator holds an address: a comma inside a display name ("Roe, Bob
    /// &lt;bob@x.com&gt;", or quoted) does not, nor one inside quotes or angle brackets. Outlook's
    /// "(Name)" columns are split with <paramref name="commas"/> false ("Doe, Jane; Roe, Bob").
    /// </summary>
    public static List<string> Split(string? text, bool commas)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        // An encoded name in a (Name) column too (a review: decoded only beside an address).
        if (!commas && text.Contains("=?", StringComparison.Ordinal)) text = DecodeEncodedWords(text);
        // A quote left open ("O"Neil <o@x.com>") would hide every separator after it: then quotes do not count.
        return Split(text, commas, quotesCount: true) ?? Split(text, commas, quotesCount: false)!;
    }

    private static List<string>? Split(string text, bool commas, bool quotesCount)
    {
        var parts = new List<string>();
        var start = 0;
        var quoted = false;
        var angle = false;
        var parentheses = 0; // a comment in a display name ("Roe, Bob" (Roe Ranch; LLC)) holds no separator either (a trial)
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && quotesCount) quoted = !quoted;
            else if (quoted) continue;
            else if (c == '<') angle = true;
            else if (c == '>') angle = false;
            else if (c == '(' && quotesCount) parentheses++;
            else if (c == ')' && parentheses > 0) parentheses--;
            else if (!angle && parentheses == 0 && (c == ';' || (c == ',' && commas && HoldsAddress(text.AsSpan(start, i - start)))))
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        if (quoted || parentheses > 0) return null;
        parts.Add(text[start..].Trim());
        return parts;
    }

    private static bool HoldsAddress(ReadOnlySpan<char> text) => text.Contains('@') || IsX500(text.Trim());

    /// <summary>An Exchange X.500 (legacy DN) address: "/O=EXCHANGELABS/OU=.../CN=RECIPIENTS/CN=...".</summary>
    public static bool IsX500(ReadOnlySpan<char> address) =>
        address.Length > 3 && address[0] == '/' && address[1] is 'o' or 'O' && address[2] == '=';

    /// <summary>
    /// One entry: its address (and display name), an X.500 address as written, or only a name. An entry
    /// with a broken address ("bob@aol", no dot) keeps it as written, lower-cased, so it still matches the
    /// same text given for a prospect.
    /// </summary>
    internal static IEnumerable<EmailParticipant> ParseEntry(string entry)
    {
        if (entry.Length == 0) yield break;
        // "SMTP:ann@x.com", "EX:/o=...", "X500:/o=...": an address written with its type, as Exchange's proxy addresses and Outlook's address book write them.
        entry = TypePrefix().Replace(entry, "");
        // "=?UTF-8?Q?Jos=C3=A9_N=C3=BA=C3=B1ez?= <jose@x.es>": a raw header's encoded name (RFC 2047), as mbox-derived CSVs keep it.
        if (entry.Contains("=?", StringComparison.Ordinal)) entry = DecodeEncodedWords(entry);
        // "Jane Doe [mailto:jane@x.com]", "Jane Doe [jane@x.com]": Outlook's own From: lines and scripted exports write the address so.
        if (entry.EndsWith(']') && Bracketed().Match(entry) is { Success: true } bracketed)
            entry = $"\"{bracketed.Groups["name"].Value.Trim().Trim('"')}\" <{bracketed.Groups["address"].Value}>";
        // "Dee [mailto:]", "Dee []": an empty bracket is no part of the name (a review).
        else if (entry.EndsWith(']')) entry = EmptyBracket().Replace(entry, "");
        var unquoted = entry.Trim('"', '\'', ' ');
        if (IsX500(unquoted))
        {
            yield return new EmailParticipant(null, unquoted, true);
            yield break;
        }
        var normalized = EmailNormalizer.Normalize(entry);
        // An X.500 address wrapped as an SMTP one ("IMCEAEX-_O=EXCHANGELABS_OU=...@namprd04.prod.outlook.com"), as Exchange writes
        // a sender it could not resolve: it is that X.500 address (my own, on a message I sent), never an address to write to.
        if (Encapsulated().Match(entry) is { Success: true } wrapped && Unwrap(wrapped.Groups["dn"].Value) is { } dn)
        {
            yield return new EmailParticipant(normalized.DisplayName, dn, true);
            yield break;
        }
        if (normalized.Email is { } email)
        {
            yield return new EmailParticipant(normalized.DisplayName, email, false);
            foreach (var other in normalized.Others) yield return new EmailParticipant(null, other, false);
            yield break;
        }
        if (entry.Contains('@'))
        {
            yield return new EmailParticipant(null, Unbroken(entry), false);
            yield break;
        }
        yield return new EmailParticipant(unquoted.Length == 0 ? null : unquoted, null, false);
    }

    /// <summary>
    /// The text with its RFC 2047 encoded words decoded ("=?UTF-8?Q?Jos=C3=A9?=", "=?ISO-8859-1?B?Sm9z6Q==?="), the space between two
    /// of them dropped as the RFC says; a word of an unknown charset or broken encoding is left as written.
    /// </summary>
    internal static string DecodeEncodedWords(string text)
    {
        var decoded = EncodedWord().Replace(text, m =>
        {
            try
            {
                var charset = m.Groups["charset"].Value.Split('*')[0]; // RFC 2231's "UTF-8*en"
                var encoding = TryEncoding(charset);
                if (encoding is null) return m.Value;
                var data = m.Groups["data"].Value;
                byte[] bytes;
                if (m.Groups["kind"].Value is "B" or "b") bytes = Convert.FromBase64String(data);
                else
                {
                    var buffer = new List<byte>(data.Length);
                    for (var i = 0; i < data.Length; i++)
                    {
                        if (data[i] == '_') buffer.Add((byte)' ');
                        else if (data[i] == '=' && i + 2 < data.Length && byte.TryParse(data.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b)) { buffer.Add(b); i += 2; }
                        else buffer.Add((byte)data[i]);
                    }
                    bytes = [.. buffer];
                }
                return "\u0001" + encoding.GetString(bytes) + "\u0001";
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException or NotSupportedException or DecoderFallbackException)
            {
                return m.Value; // broken, or a charset .NET will not decode (UTF-7 is disabled: a review's aborted the whole import)
            }
        });
        return decoded.Replace("\u0001 \u0001", "", StringComparison.Ordinal).Replace("\u0001", "", StringComparison.Ordinal);
    }

    private static Encoding? TryEncoding(string charset)
    {
        // UTF-7 is disabled in .NET (SYSLIB0001): an encoded word in it is left as written.
        if (charset.Replace("-", "", StringComparison.Ordinal).Equals("utf7", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            try { return CodePagesEncodingProvider.Instance.GetEncoding(charset); }
            catch (Exception inner) when (inner is ArgumentException or NotSupportedException) { return null; }
        }
    }

    [GeneratedRegex(@"=\?(?<charset>[^?\s]+)\?(?<kind>[QqBb])\?(?<data>[^?\s]*)\?=", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"\s*\[\s*(?:mailto:)?\s*\]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmptyBracket();

    [GeneratedRegex(@"^(?<name>[^\[\]<>@]*?)\s*\[\s*(?:mailto:)?(?<address>[^\[\]\s<>]+@[^\[\]\s<>]+)\s*\]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?<=^[\s""']*|<\s*)(?:SMTP|EX|X500):(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypePrefix();

    [GeneratedRegex(@"(?<![\w.+=-])IMCEAEX-(?<dn>[^@\s<>""';,]+)@[\w.-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Encapsulated();

    /// <summary>The X.500 address an IMCEAEX local part encodes ('_' for '/', "+20" for a space, "+28" for '('), or null when it is none.</summary>
    private static string? Unwrap(string local)
    {
        var text = new StringBuilder(local.Length);
        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            if (c == '_') text.Append('/');
            else if (c == '+' && i + 2 < local.Length && byte.TryParse(local.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);
                i += 2;
            }
            else text.Append(c);
        }
        var dn = text.ToString();
        return IsX500(dn) ? dn : null;
    }

    /// <summary>What is left of an address the normaliser refuses: inside its angle brackets, without "mailto:" and quotes, lower-cased.</summary>
    private static string Unbroken(string entry)
    {
        var text = entry.Trim();
        var open = text.LastIndexOf('<');
        if (open >= 0 && text.IndexOf('>', open) is var close and > 0) text = text[(open + 1)..close];
        text = text.Trim().Trim('"', '\'').Trim();
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) text = text[7..];
        return text.ToLowerInvariant();
    }
}
