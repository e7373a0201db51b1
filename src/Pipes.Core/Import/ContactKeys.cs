namespace Pipes.Import;

/// <summary>
/// The emails and phones an import has seen, to mark a row whose email or phone an earlier row had
/// (and drop it under -Unique). <see cref="ContactImporter.Import(string, ImportOptions, ImportSummary, Action{double}?, CancellationToken)"/>
/// keeps one per file; Import-PipesFile shares one across the files of a command, so that a contact
/// in two exports is found too. Not thread-safe: one import at a time.
/// </summary>
/// <remarks>
/// Keys, not strings: holding 200,000 strings alive would cost the garbage collector more than the
/// import. An email is two independent 32-bit hashes of the lower-cased address; a phone is its
/// digits as one integer (so two numbers never share a key).
/// </remarks>
public sealed class ContactKeys
{
    private readonly KeySet _emails = new();
    private readonly KeySet _phones = new();

    /// <summary>Adds the record's email and phone; says which of them an earlier record had (None when neither).</summary>
    internal SeenField SeenBefore(ContactRecord record) =>
        (record.Email is { } email && !_emails.Add(EmailKey(Normalization.EmailNormalizer.ComparableForm(email))) ? SeenField.Email : SeenField.None)
        | (record.Phone is { } phone && !_phones.Add(PhoneKey(phone)) ? SeenField.Phone : SeenField.None);

    /// <summary>A 64-bit key for an address (already lower-cased, an internationalised host in its ASCII form): two independent 32-bit hashes.</summary>
    private static ulong EmailKey(string email)
    {
        uint fnv = 2166136261;
        foreach (var c in email) fnv = (fnv ^ c) * 16777619;
        return ((ulong)(uint)StringComparer.Ordinal.GetHashCode(email) << 32) | fnv;
    }

    /// <summary>The number's digits as one integer (10 for NANP, up to 15 for E.164, which is negated so the two never meet).</summary>
    private static ulong PhoneKey(string phone) =>
        phone[0] == '+' ? (ulong)-long.Parse(phone.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) : ulong.Parse(phone, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Which of a record's keys an earlier record of the import had.</summary>
[Flags]
internal enum SeenField : byte
{
    None = 0,
    Email = 1,
    Phone = 2,
}
