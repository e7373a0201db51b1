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
        // A quote left open ("O"Neil <o@x.com>") would hide every separator after it: then quotes do not count.
        return Split(text, commas, quotesCount: true) ?? Split(text, commas, quotesCount: false)!;
    }

    private static List<string>? Split(string text, bool commas, bool quotesCount)
    {
        var parts = new List<string>();
        var start = 0;
        var quoted = false;
        var angle = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && quotesCount) quoted = !quoted;
            else if (quoted) continue;
            else if (c == '<') angle = true;
            else if (c == '>') angle = false;
            else if (!angle && (c == ';' || (c == ',' && commas && HoldsAddress(text.AsSpan(start, i - start)))))
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        if (quoted) return null;
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
