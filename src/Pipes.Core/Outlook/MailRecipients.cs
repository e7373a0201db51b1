using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pipes.Import.Normalization;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>
/// Recipients as people paste them: several in one string separated by <c>;</c> or <c>,</c>,
/// <c>Name &lt;address&gt;</c> (a display name may hold a comma when quoted, or as in
/// <c>Roe, Jane &lt;jane@example.com&gt;</c>), <c>mailto:</c> links. Each address is cleaned and
/// validated by the importer's <see cref="EmailNormalizer"/> (RFC 5321 syntax, lower-cased).
/// </summary>
public static partial class MailRecipients
{
    /// <summary>
    /// The recipients in <paramref name="values"/>, each address once, in order, as RFC 5322 writes a mailbox:
    /// the address, or "Jane Roe &lt;jane@example.com&gt;" where a display name was given (quoted when it holds
    /// a comma or another special: "\"Roe, Jane\" &lt;jane@example.com&gt;"). Blank values are skipped.
    /// Throws <see cref="InvalidInputError"/> (<c>Pipes.InvalidRecipient</c>, target: the first text
    /// that is not an address) naming every such text in <paramref name="field"/>, so that nothing is
    /// sent to a list of which part is wrong.
    /// </summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string?>? values, string field = "To") =>
        ParseNamed(values, field).Select(r => r.ToString()).ToList();

    /// <summary>As <see cref="Parse"/>, each recipient as its address and display name.</summary>
    public static IReadOnlyList<MailRecipient> ParseNamed(IEnumerable<string?>? values, string field = "To")
    {
        var recipients = new List<MailRecipient>();
        var invalid = new List<string>();
        foreach (var value in values ?? [])
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            foreach (var part in Split(value))
            {
                if (QuotedNameAndAddress(part) is { } named)
                {
                    Add(named);
                    continue;
                }
                var found = EmailNormalizer.Normalize(part);
                if (found.Email is null || found.Invalid.Count > 0) { invalid.Add(part); continue; }
                // A name belongs to a part with one address ("Roe, Jane <jane@example.com>"), not to a list in one part.
                var name = found.Others.Count == 0 ? Unescaped(found.DisplayName ?? EmailNormalizer.DisplayName(part)) : null;
                foreach (var address in found.Others.Prepend(found.Email)) Add(new MailRecipient(address, name));
            }
        }
        if (invalid.Count > 0)
            throw new InvalidInputError("Outlook", "Recipients",
                $"{field}: {string.Join(", ", invalid.Select(i => $"'{i}'"))} {(invalid.Count == 1 ? "is not an email address" : "are not email addresses")}. Nothing was sent for it.",
                invalid[0], ErrorIds.InvalidRecipient);
        return recipients;

        // Each address once: the first name given with it stands.
        void Add(MailRecipient recipient)
        {
            if (!recipients.Any(r => EmailNormalizer.SameAddress(r.Address, recipient.Address))) recipients.Add(recipient); // bücher.de and xn--bcher-kva.de are one
        }
    }

    /// <summary>
    /// The address of the first of <paramref name="recipients"/> (as <see cref="Parse"/> gives them) that <paramref name="withheld"/>
    /// holds ("; "-separated: a contact's WithheldEmails), compared as every address here is (case, either form of an internationalised
    /// host: bücher.de and xn--bcher-kva.de are one); null when none.
    /// </summary>
    public static string? FirstWithheld(IEnumerable<string> recipients, string withheld)
    {
        var held = withheld.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(a => EmailNormalizer.Normalize(a).Email ?? a).ToHashSet(EmailNormalizer.AddressComparer);
        return ParseNamed(recipients).Select(r => r.Address).FirstOrDefault(held.Contains);
    }

    /// <summary>
    /// RFC 5322's name-addr with a quoted display name, <c>"Sales @ Acme" &lt;sales@acme.com&gt;</c>: the address in the
    /// angle brackets (checked by <see cref="EmailNormalizer"/>) and the name with its quoted-pairs undone; null for any
    /// other shape, or when the brackets do not hold one valid address. Inside quotes the name may hold anything, an '@'
    /// too, which the normaliser would otherwise take for a second address and refuse the whole recipient. A name that
    /// is the address itself, or empty, is no name.
    /// </summary>
    private static MailRecipient? QuotedNameAndAddress(string part)
    {
        if (QuotedNameAddr().Match(part) is not { Success: true } match) return null;
        var found = EmailNormalizer.Normalize(match.Groups["address"].Value);
        if (found.Email is null || found.Invalid.Count > 0 || found.Others.Count > 0) return null;
        var name = Unescaped(match.Groups["name"].Value)!.Trim();
        return new MailRecipient(found.Email, name.Length == 0 || string.Equals(name, found.Email, StringComparison.OrdinalIgnoreCase) ? null : name);
    }

    [GeneratedRegex("""^\s*"(?<name>(?:[^"\\]|\\.)*)"\s*<(?<address>[^<>"]*)>\s*$""")]
    private static partial Regex QuotedNameAddr();

    [GeneratedRegex("""\\(.)""")]
    private static partial Regex QuotedPair();

    /// <summary>A quoted name's quoted-pairs undone ("Jane \\"JJ\\" Roe" is Jane "JJ" Roe), as RFC 5322 reads them.</summary>
    private static string? Unescaped(string? name) => name is null ? null : QuotedPair().Replace(name, "$1");

    /// <summary>
    /// Graph's <c>emailAddress</c> for a recipient <see cref="Parse"/> gave: <c>{ "address": ..., "name": ... }</c>,
    /// the name only when one was given (Graph shows the address otherwise).
    /// </summary>
    public static JsonObject EmailAddressJson(string recipient)
    {
        var parsed = ParseNamed([recipient]);
        var json = new JsonObject { ["address"] = parsed.Count > 0 ? parsed[0].Address : recipient };
        if (parsed.Count > 0 && parsed[0].Name is { } name) json["name"] = name;
        return json;
    }

    /// <summary>Parts split on ; and , outside quotes and &lt;…&gt;; a part with no @ before one with &lt;…&gt; is its display name ("Roe, Jane &lt;…&gt;").</summary>
    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        bool quoted = false, angled = false, escaped = false;
        foreach (var c in text)
        {
            if (escaped) escaped = false; // a quoted-pair ("\"" or "\\") inside quotes neither opens nor closes them
            else if (c == '\\' && quoted) escaped = true;
            else if (c == '"') quoted = !quoted;
            else if (c == '<' && !quoted) angled = true;
            else if (c == '>' && !quoted) angled = false;
            if ((c is ';' or ',' or '\r' or '\n') && !quoted && !angled) { Flush(); continue; }
            current.Append(c);
        }
        Flush();
        for (var i = parts.Count - 2; i >= 0; i--)
        {
            if (parts[i].Contains('@') || !parts[i + 1].Contains('<') || parts[i + 1].TrimStart().StartsWith('<')) continue;
            parts[i] = parts[i] + ", " + parts[i + 1];
            parts.RemoveAt(i + 1);
        }
        return parts;

        void Flush()
        {
            var part = current.ToString().Trim();
            if (part.Length > 0) parts.Add(part);
            current.Clear();
        }
    }
}

/// <summary>A recipient: its address (lower-cased, checked) and the display name given with it, if any.</summary>
public sealed record MailRecipient(string Address, string? Name)
{
    /// <summary>RFC 5322's mailbox: the address alone, or the name (quoted when it holds a special) and the address in angle brackets.</summary>
    public override string ToString() => Name is null ? Address : EmailNormalizer.Mailbox(Name, Address);
}
