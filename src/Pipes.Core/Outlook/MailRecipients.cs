using System.Text;
using Pipes.Import.Normalization;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>
/// Recipients as people paste them: several in one string separated by <c>;</c> or <c>,</c>,
/// <c>Name &lt;address&gt;</c> (a display name may hold a comma when quoted, or as in
/// <c>Roe, Jane &lt;jane@example.com&gt;</c>), <c>mailto:</c> links. Each address is cleaned and
/// validated by the importer's <see cref="EmailNormalizer"/> (RFC 5321 syntax, lower-cased).
/// </summary>
public static class MailRecipients
{
    /// <summary>
    /// The addresses in <paramref name="values"/>, each once, in order. Blank values are skipped.
    /// Throws <see cref="InvalidInputError"/> (<c>Pipes.InvalidRecipient</c>, target: the first text
    /// that is not an address) naming every such text in <paramref name="field"/>, so that nothing is
    /// sent to a list of which part is wrong.
    /// </summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string?>? values, string field = "To")
    {
        var addresses = new List<string>();
        var invalid = new List<string>();
        foreach (var value in values ?? [])
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            foreach (var part in Split(value))
            {
                var found = EmailNormalizer.Normalize(part);
                if (found.Email is null || found.Invalid.Count > 0) { invalid.Add(part); continue; }
                foreach (var address in found.Others.Prepend(found.Email))
                    if (!addresses.Contains(address, StringComparer.OrdinalIgnoreCase)) addresses.Add(address);
            }
        }
        if (invalid.Count > 0)
            throw new InvalidInputError("Outlook", "Recipients",
                $"{field}: {string.Join(", ", invalid.Select(i => $"'{i}'"))} {(invalid.Count == 1 ? "is not an email address" : "are not email addresses")}. Nothing was sent for it.",
                invalid[0], ErrorIds.InvalidRecipient);
        return addresses;
    }

    /// <summary>Parts split on ; and , outside quotes and &lt;…&gt;; a part with no @ before one with &lt;…&gt; is its display name ("Roe, Jane &lt;…&gt;").</summary>
    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        bool quoted = false, angled = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
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
