using System.Text.RegularExpressions;
using Pipes.Import.Normalization;

namespace Pipes.Replies;

/// <summary>
/// The onward contact a reply names: the first address in its new text that is not the sender's, not one
/// of our own and not one of the thread's (any address in the quoted history is ours or the sender's), the
/// first usable phone number that is not in the quoted history, and a name after a hand-off phrase.
/// </summary>
internal static partial class ReplyContacts
{
    public static (string? Email, string? Phone, string? Name) Find(string newText, string quoted, string? from, IEnumerable<string>? ownAddresses)
    {
        // The addresses and numbers to pass over (the sender's, ours, the quote's) are gathered only when the new text
        // names one: most replies name none, and the quoted history is often most of the message.
        string? email = null;
        var address = EmailInText().Match(newText);
        if (address.Success)
        {
            var excluded = new HashSet<string>(EmailNormalizer.AddressComparer); // either form of an internationalised host
            if (from is not null) foreach (Match m in EmailInText().Matches(from)) excluded.Add(m.Value.TrimEnd('.'));
            if (ownAddresses is not null)
                foreach (var own in ownAddresses)
                    foreach (Match m in EmailInText().Matches(own ?? "")) excluded.Add(m.Value.TrimEnd('.'));
            foreach (Match m in EmailInText().Matches(quoted)) excluded.Add(m.Value.TrimEnd('.'));
            for (; address.Success; address = address.NextMatch())
            {
                var candidate = address.Value.TrimEnd('.').ToLowerInvariant();
                if (!excluded.Contains(candidate)) { email = candidate; break; }
            }
        }

        // Numbers in the quote are compared by their last ten digits: normalising each would cost more than the rest of the classification.
        HashSet<string>? quotedPhones = null;
        string? phone = null;
        var signatureAt = int.MaxValue;
        for (var number = PhoneInText().Match(newText); number.Success; number = number.NextMatch())
        {
            if (quotedPhones is null)
            {
                quotedPhones = [];
                foreach (Match match in PhoneInText().Matches(quoted)) quotedPhones.Add(LastDigits(match.Value));
                // Found once, and only when the text has a number: most replies have none.
                signatureAt = SendersSignatureStart(newText, from);
            }
            // The sender's own number under their name ("Thomas Wojcik, CPA / (830) 555-0177") is no one else's.
            if (number.Index >= signatureAt) break;
            if (quotedPhones.Contains(LastDigits(number.Value))) continue;
            var result = PhoneNormalizer.Normalize(number.Value);
            if (result.IsUsable && result.Number is not null) { phone = result.Number; break; }
        }
        var name = NameAfterTrigger().Match(newText) is { Success: true } n ? n.Groups["name"].Value.Trim() : null;
        return (email, phone, name);
    }

    /// <summary>
    /// Whether the sender gives <paramref name="phone"/> (E.164, as <see cref="Find"/> returns it) as their own wherever it stands in the new
    /// text: after "call me", "reach us at", "my cell", "me directly" ("Deal with me directly, call 620-555-0150"; a review's). Such a number
    /// is no way to reach the one a hand-off names (REPLY-LABELS.md: a referral contact is never the sender's own).
    /// </summary>
    public static bool GivenAsSendersOwn(string newText, string phone)
    {
        for (var number = PhoneInText().Match(newText); number.Success; number = number.NextMatch())
        {
            if (LastDigits(number.Value) != LastDigits(phone)) continue;
            var from = Math.Max(0, number.Index - 60);
            if (SendersOwnNumberBefore().IsMatch(newText.AsSpan(from, number.Index - from))) return true;
        }
        return false;
    }

    // The words that give the number after them as the sender's own, within its clause.
    [GeneratedRegex(@"(?:\b(?:call|text|ring|phone|reach|contact)\s+(?:me|us)\b|\bmy\s+(?:\w+\s+)?(?:cell|number|phone|mobile|line)\b|\bme\s+directly\b|\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+at\b)[^.!?\n]{0,25}$", RegexOptions.IgnoreCase)]
    private static partial Regex SendersOwnNumberBefore();

    /// <summary>
    /// Whether a postal address (<see cref="ReplyRules.NamesAPostalAddress"/>: a street, a box, or a city, state and ZIP) stands within a few lines after
    /// <paramref name="handoff"/>'s words in the new text, before the sender's signature, and is not given as the sender's own ("my
    /// address is ...", "mail it to me at ...", "take 1234 County Road off your list"): an address to write to the one handed to.
    /// </summary>
    public static bool StreetAddressAfter(string newText, string handoff, string? from)
    {
        var at = newText.IndexOf(handoff, StringComparison.Ordinal);
        if (at < 0) return false;
        var after = at + handoff.Length;
        var end = Math.Min(Math.Max(after, SendersSignatureStart(newText, from)), after + 250);
        var following = newText[after..end];
        if (!ReplyRules.NamesAPostalAddress(following) || SendersOwnAddress().IsMatch(following)) return false;
        // The block after the hand-off opening with the sender's own name is their own address ("Please send any further correspondence
        // to:" over "Tom Fite / P.O. Box 77", from Tom Fite): a change of address, nobody else's.
        // A block introduced by a colon names its party on its first line ("... correspondence to:" over "Harold T. Greer / Attorney at Law /
        // P.O. Box 1187"); one that opens with the address, or with a line that names the sender, is the sender's own (a review's three).
        var firstAfter = following.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && l != ":");
        if (firstAfter is not null && SendersName(from) is { } sender && IsSendersNameLine(firstAfter, sender)) return false;
        // (Its name before any comma: "Tara Fite, Executor".)
        if (handoff.EndsWith(':') && (firstAfter is null || !ReplyRules.IsNameLine(firstAfter.Split(',')[0].Trim()))) return false;
        // A closing block that opens with a name line and holds the address is the sender's signature ("Bill and Jo Ann Harper / P.O.
        // Box 55 / Ada, OK"), whoever the From names, unless the text before it introduces it ("Send anything you have to:").
        var text = newText.TrimEnd();
        var lastBlock = text.LastIndexOf("\n\n", StringComparison.Ordinal) is var cut and >= 0 ? cut + 2 : 0;
        if (lastBlock <= after) return true;
        var firstLine = text[lastBlock..].TrimStart().Split('\n')[0].Trim();
        var introduced = text[..lastBlock].TrimEnd().EndsWith(':');
        return introduced || !ReplyRules.IsNameLine(firstLine) || ReplyRules.NamesAPostalAddress(newText[after..Math.Min(lastBlock, end)]);
    }

    [GeneratedRegex(@"\b(?:my|our) (?:home |mailing |own |new )?address\b|\b(?:me|us) at\b|\boff (?:your|the|this) (?:mailing )?list\b|\bmy (?:home|house|place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SendersOwnAddress();

    /// <summary>
    /// Where the sender's signature starts in the new text: the last short line (at most six words) that holds the sender's last
    /// name (from <paramref name="from"/>'s display name) after a first name of the same initial or the first name itself ("Tom and Linda Fite"), or none ("Thomas Wojcik, CPA" for
    /// "Tom Wojcik CPA &lt;tom@...&gt;"; not "Carl Wojcik", a relative of the same name); the text's length when there is none.
    /// </summary>
    private static int SendersSignatureStart(string newText, string? from)
    {
        if (SendersName(from) is not { } sender) return newText.Length;
        var at = newText.Length;
        var lineStart = 0;
        foreach (var line in newText.Split('\n'))
        {
            if (IsSendersNameLine(line, sender)) at = lineStart;
            lineStart += line.Length + 1;
        }
        return at;
    }

    /// <summary>The sender's first name and surname from the From's display name ("Tom Fite &lt;…&gt;"), or null without two.</summary>
    private static (string First, string Last)? SendersName(string? from)
    {
        if (from is null || DisplayName().Match(from) is not { Success: true } display) return null;
        var words = display.Groups["name"].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 && char.IsUpper(w[0])).ToList();
        if (words.Count < 2) return null;
        return (words[0], words.Skip(1).FirstOrDefault(w => w.Length >= 3 && !w.All(char.IsUpper)) ?? words[^1]);
    }

    /// <summary>Whether a line of six words or fewer names the sender: their surname after a word with their first name's initial, or after their first name.</summary>
    private static bool IsSendersNameLine(string line, (string First, string Last) sender)
    {
        var lineWords = line.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var lastAt = Array.FindIndex(lineWords, w => w.Equals(sender.Last, StringComparison.OrdinalIgnoreCase));
        // (Or the sender's first name anywhere before it: "Tom and Linda Fite"; a review.)
        return lineWords.Length <= 6 && lastAt > 0 && (char.ToUpperInvariant(lineWords[lastAt - 1][0]) == char.ToUpperInvariant(sender.First[0])
            || Array.FindIndex(lineWords, 0, lastAt, w => w.Equals(sender.First, StringComparison.OrdinalIgnoreCase)) >= 0);
    }

    // The display name before "<address>", quotes taken off.
    [GeneratedRegex(@"^\s*""?(?<name>[^""<@]+?)""?\s*<")]
    private static partial Regex DisplayName();

    private static string LastDigits(string text)
    {
        var digits = new string(text.Where(char.IsDigit).ToArray());
        return digits.Length > 10 ? digits[^10..] : digits;
    }

    /// <summary>Whether the new text names an address that is neither the sender's, ours nor the thread's.</summary>
    public static bool HasOtherAddress(string newText, string quoted, string? from, IEnumerable<string>? ownAddresses) =>
        EmailInText().IsMatch(newText) && Find(newText, quoted, from, ownAddresses).Email is not null;

    // Letters of any script: an internationalised address (maría@bücher.de, RFC 6531) is found whole, not cut or missed.
    [GeneratedRegex(@"[\p{L}\p{M}0-9._%+'-]+@[\p{L}\p{M}0-9.-]+\.(?:[\p{L}\p{M}]{2,}|xn--[A-Za-z0-9-]+)")]
    private static partial Regex EmailInText();

    // (Within a line: "Minot, ND 58703" over "701-555-0177" read as (587) 037-0155, a ZIP code joined to the number below it.)
    // (A no-break space too, and a line break after an area code in parentheses, "Cell: (701)" over "555-0177": a review.)
    [GeneratedRegex(@"(?:\+\d{1,3}[ \t\u00A0.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[ \t\u00A0.-]?)\d{3,4}[ \t\u00A0.-]?\d{3,4}(?:[ \t\u00A0.-]?\d{2})?")]
    private static partial Regex PhoneInText();

    // The hand-off words in any case (a sentence's capital, "our CPA", German nouns: "meinen Bruder", Norwegian's possessive after its
    // noun: "fetteren min, Ole Haugen"); the name after them, and
    // its title, as written: it must start with a capital.
    [GeneratedRegex(@"(?i:talk (?:to|with)|speak (?:to|with)|contact|reach out to|send (?:it|this|them) to|forward(?:ed|ing)? (?:it|this|your \w+) to|write to|call|text|you want|trustee,|executor,?|comuníquese con|hable con|contacte a|escríbale a|contacter|contactez|écrivez à|wenden sie sich an|sprechen sie mit|kontaktieren sie|fale com|contato com|(?:my|our) (?:brother|sister|son|daughter|husband|wife|aunt|uncle|cousin|partner|father|mother|attorney|lawyer|accountant|cpa|nephew|niece)(?:-in-law)?[,:]?|mi (?:hermana|hermano|esposo|esposa|hijo|hija|abogado)|mon (?:frère|fils|notaire|avocat)|ma (?:sœur|soeur|fille)|mein(?:en)? (?:bruder|sohn|anwalt)|meine(?:r)? (?:schwester|tochter)|meu (?:irmão|filho|advogado)|minha (?:irmã|filha)|(?:min|mi|mitt) (?:bror|søster|syster|søn|sønn|son|datter|dotter|fetter|kusine|kusin|onkel|tante|advokat)|(?:broren|søsteren|sønnen|datteren|dattera|fetteren|kusinen|onkelen|tanten|tanta|advokaten) min[,:]?)\s+(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Maître|Herrn?|Frau|Lic\.|Sr\.|Sra\.)?\s*(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?(?:\s\p{Lu}\p{Ll}+)?)")]
    private static partial Regex NameAfterTrigger();
}
