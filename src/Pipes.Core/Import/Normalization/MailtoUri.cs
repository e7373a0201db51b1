namespace Pipes.Import.Normalization;

/// <summary>
/// The recipient of a "mailto:" URI (RFC 6068) as people and programs write them: in a cell's text or a workbook's
/// hyperlink. Shared by the email cell's cleaning and the XLSX link reading, so both take the same address.
/// </summary>
internal static class MailtoUri
{
    /// <summary>The scheme, in any case.</summary>
    public const string Scheme = "mailto:";

    /// <summary>Whether <paramref name="text"/> (blanks around it aside) is a mailto: URI.</summary>
    public static bool Is(ReadOnlySpan<char> text) => text.TrimStart().StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="text"/> (blanks before it aside) is a mailto: URI, and then its <paramref name="recipient"/>
    /// (see <see cref="Recipient"/>), not percent-decoded; empty when it names none.
    /// </summary>
    public static bool TryRecipient(ReadOnlySpan<char> text, out ReadOnlySpan<char> recipient)
    {
        recipient = default;
        if (!Is(text)) return false;
        recipient = Recipient(text.TrimStart()[Scheme.Length..]);
        return true;
    }

    /// <summary>
    /// The recipient part of what follows "mailto:", not percent-decoded: "jo@x.com" of "jo@x.com?subject=Offer";
    /// of "//jo@x.com" (a web address's slashes, which no address starts with) "jo@x.com"; of "?to=jo@x.com" (RFC 6068
    /// section 2: the recipient may be a to= field alone) "jo@x.com". Empty when there is none.
    /// </summary>
    /// <remarks>
    /// A '?' starts the fields only when a field name and '=' follow it ("?cc=a@b.com"): one typed into an address's
    /// local part ("jo?x@y.com", which RFC 5322 allows) is kept.
    /// </remarks>
    private static ReadOnlySpan<char> Recipient(ReadOnlySpan<char> afterScheme)
    {
        var text = afterScheme.Trim().TrimStart('/');
        var fields = FieldsStart(text);
        if (fields < 0) return text;
        var recipient = text[..fields].Trim();
        return recipient.IsEmpty ? ToField(text[(fields + 1)..]) : recipient;
    }

    /// <summary>Where the ?fields start: the first '?' followed by a field name ("subject", "cc", "x-y") and '='; -1 when none.</summary>
    private static int FieldsStart(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('?'); at >= 0; at = text[(at + 1)..].IndexOf('?') is >= 0 and var next ? at + 1 + next : -1)
        {
            var name = 0;
            while (at + 1 + name < text.Length && (char.IsAsciiLetterOrDigit(text[at + 1 + name]) || text[at + 1 + name] == '-')) name++;
            if (name > 0 && at + 1 + name < text.Length && text[at + 1 + name] == '=') return at;
        }
        return -1;
    }

    private static ReadOnlySpan<char> ToField(ReadOnlySpan<char> fields)
    {
        while (!fields.IsEmpty)
        {
            var end = fields.IndexOf('&');
            var field = end < 0 ? fields : fields[..end];
            if (field.StartsWith("to=", StringComparison.OrdinalIgnoreCase)) return field[3..].Trim();
            fields = end < 0 ? default : fields[(end + 1)..];
        }
        return default;
    }
}
