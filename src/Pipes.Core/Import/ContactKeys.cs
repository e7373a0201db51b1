namespace Pipes.Import;

/// <summary>
/// The emails and phones an import has seen, to mark a row whose email or phone an earlier row of the same
/// person had (and drop it under -Unique). A row of another name that shares one (a spouse on the family's
/// landline, a colleague on the office's address) is another contact: it is only said to share it. <see cref="ContactImporter.Import(string, ImportOptions, ImportSummary, Action{double}?, CancellationToken)"/>
/// keeps one per file; Import-PipesFile shares one across the files of a command, so that a contact
/// in two exports is found too. Not thread-safe: one import at a time.
/// </summary>
/// <remarks>
/// Keys, not strings: holding 200,000 strings alive would cost the garbage collector more than the
/// import. An email is two independent 32-bit hashes of the lower-cased address; a phone is its
/// digits as one integer (so two numbers never share a key). Beside each key, the person tag of the first row
/// that had it (<see cref="Tag"/>): 2 bytes more a key.
/// </remarks>
public sealed class ContactKeys
{
    private readonly KeySet _emails = new();
    private readonly KeySet _phones = new();
    // The other people who share a key with its first row's (a household's phone, an office's address): (key, person) pairs, so each is found again.
    private readonly KeySet _emailSharers = new();
    private readonly KeySet _phoneSharers = new();
    // Every row's ExtraEmails and ExtraPhones: a duplicate whose Email or Phone an earlier row had among them brings nothing new
    // (a skip tracer's second run that puts Phone 2 first). Only rows with more than one address or number add to them.
    private readonly KeySet _extraEmails = new();
    private readonly KeySet _extraPhones = new();
    // Addresses a row of the import withholds (WithheldEmails): no later row gives them as an address to write to.
    private readonly RowMarks _withheld = new(Key);
    // Numbers a row's Do Not Call column marks: no later row gives them as a number to dial (do-not-call is the number's, as TCPA keeps it).
    private readonly RowMarks _doNotCall = new(PhoneKey);
    // Numbers and addresses a list beside the rows marks (a workbook's "Do Not Call" sheet, read before its contacts), and what lists them.
    private readonly RowMarks _listedDoNotCall = new(PhoneKey);
    private readonly RowMarks _listedWithheld = new(Key);
    private readonly KeySet _noneGiven = new();
    private readonly List<string> _lists = [];

    /// <summary>
    /// Marks numbers not to call and addresses not to write to that <paramref name="list"/> gives ("the 'Do Not Call' sheet of
    /// owners.xlsx"), for every row read after: <see cref="ListedDoNotCall"/>, <see cref="ListedWithheld"/>.
    /// </summary>
    internal void MarkListed(IEnumerable<string> numbers, IEnumerable<string> addresses, string list)
    {
        _listedDoNotCall.Mark(numbers, _noneGiven, out _);
        _listedWithheld.Mark(addresses, _noneGiven, out _);
        _lists.Add(list);
    }

    /// <summary>What marked the listed numbers and addresses ("the 'Do Not Call' sheet of owners.xlsx"), for a record's Issues.</summary>
    internal string Lists => string.Join(" and ", _lists);

    /// <summary>The record's Phone and ExtraPhones numbers (without extension) a list marks do not call; null when none.</summary>
    internal List<string>? ListedDoNotCall(ContactRecord record) =>
        record.Phone is null ? null : _listedDoNotCall.Earlier(record.Phone, record.ExtraPhones, RecordBuilder.NumberOf);

    /// <summary>The record's Email and ExtraEmails a list withholds; null when none.</summary>
    internal List<string>? ListedWithheld(ContactRecord record) =>
        record.Email is null ? null : _listedWithheld.Earlier(record.Email, record.ExtraEmails, static address => address);

    /// <summary>The record's Phone and ExtraPhones numbers (without extension) that an earlier row marks do not call; null when none.</summary>
    internal List<string>? DoNotCallEarlier(ContactRecord record) =>
        record.Phone is null ? null : _doNotCall.Earlier(record.Phone, record.ExtraPhones, RecordBuilder.NumberOf);

    /// <summary>
    /// Notes the record's do-not-call numbers for the rows after it; returns those an earlier row gave as its Phone (already written
    /// with it), and in <paramref name="first"/> whether no earlier row marked one of them (the row is then the import's only word of it).
    /// </summary>
    internal List<string>? NoteDoNotCall(ContactRecord record, out bool first)
    {
        first = false;
        return record.DoNotCallNumbers is { } numbers ? _doNotCall.Mark(numbers, _phones, out first) : null;
    }

    /// <summary>The record's Email and ExtraEmails that an earlier row of the import withholds; null when none (at once when no row withheld any).</summary>
    internal List<string>? WithheldEarlier(ContactRecord record) =>
        record.Email is null ? null : _withheld.Earlier(record.Email, record.ExtraEmails, static address => address);

    /// <summary>
    /// Notes the record's WithheldEmails for the rows after it; returns those an earlier row gave as its Email (already written with it),
    /// and in <paramref name="first"/> whether no earlier row withheld one of them (the row is then the import's only word of it).
    /// </summary>
    internal List<string>? Withhold(ContactRecord record, out bool first)
    {
        first = false;
        return record.WithheldEmails is { } held ? _withheld.Mark(held.Split("; "), _emails, out first) : null;
    }

    /// <summary>
    /// What rows of the import mark values with for the rows after them (an address withheld, a number not to call): the marked
    /// values' keys, and whether any was marked yet, so that a record is looked up only once one has.
    /// </summary>
    private sealed class RowMarks(Func<string, ulong> keyOf)
    {
        private readonly KeySet _marked = new();
        private bool _any;

        /// <summary>
        /// Those of <paramref name="first"/> and the "; "-separated <paramref name="rest"/> (each entry read by <paramref name="valueOf"/>)
        /// an earlier row marked; null when none.
        /// </summary>
        public List<string>? Earlier(string first, string? rest, Func<string, string> valueOf)
        {
            if (!_any) return null;
            List<string>? found = null;
            if (_marked.Contains(keyOf(first))) (found ??= []).Add(first);
            if (rest is not null)
                foreach (var entry in rest.Split("; "))
                    if (valueOf(entry) is var value && _marked.Contains(keyOf(value))) (found ??= []).Add(value);
            return found;
        }

        /// <summary>
        /// Marks <paramref name="values"/>; returns those <paramref name="given"/> (earlier rows' Email or Phone keys) holds, and in
        /// <paramref name="first"/> whether one of them was not marked before.
        /// </summary>
        public List<string>? Mark(IEnumerable<string> values, KeySet given, out bool first)
        {
            first = false;
            List<string>? givenBefore = null;
            foreach (var value in values)
            {
                var key = keyOf(value);
                first |= _marked.Add(key);
                if (given.Contains(key)) (givenBefore ??= []).Add(value);
            }
            _any = true;
            return givenBefore;
        }
    }

    /// <summary>An address's key (addresses come lower-cased from the normaliser).</summary>
    private static ulong Key(string address) => EmailKey(Normalization.EmailNormalizer.ComparableForm(address));

    /// <summary>
    /// Adds the record's email and phone; says which of them an earlier record of the same person had (Email, Phone),
    /// which an earlier record of another name had (SharedEmail, SharedPhone), and which no earlier record had, as its Email or
    /// Phone or among its ExtraEmails or ExtraPhones (NewEmail, NewPhone); None when the record has neither.
    /// </summary>
    internal SeenField SeenBefore(ContactRecord record)
    {
        var who = PersonHash(record);
        var person = Tag(who);
        var seen = SeenField.None;
        if (record.Email is { } email && Key(email) is var emailKey)
            seen |= _emails.Add(emailKey, person, out var emailOwner) ? (_extraEmails.Contains(emailKey) ? SeenField.None : SeenField.NewEmail)
                : SamePerson(person, who, emailOwner, emailKey, _emailSharers) ? SeenField.Email : SeenField.SharedEmail;
        if (record.Phone is { } phone && PhoneKey(phone) is var phoneKey)
            seen |= _phones.Add(phoneKey, person, out var phoneOwner) ? (_extraPhones.Contains(phoneKey) ? SeenField.None : SeenField.NewPhone)
                : SamePerson(person, who, phoneOwner, phoneKey, _phoneSharers) ? SeenField.Phone : SeenField.SharedPhone;
        if (record.ExtraEmails is { } extraEmails)
            foreach (var address in extraEmails.Split("; ")) _extraEmails.Add(Key(address));
        if (record.ExtraPhones is { } extraPhones)
            foreach (var entry in extraPhones.Split("; ")) _extraPhones.Add(PhoneKey(RecordBuilder.NumberOf(entry)));
        return seen;
    }

    /// <summary>
    /// Whether a row of person <paramref name="who"/> (its tag <paramref name="person"/>) with a key an earlier row of <paramref name="owner"/> (a tag) had is that
    /// person again: yes when either has no name (anyone's) or the names agree; else yes when an earlier row of this person shared
    /// the key too (<paramref name="sharers"/>: the wife on the family's landline, read again in a second export), no the first
    /// time. The sharers are told apart by the name's whole 32-bit hash, not its 16-bit tag: twenty owners on a bank trust
    /// department's number were each compared with every one before them, and by tags two names in 65,536 met (a trial: -Unique
    /// dropped 16 people of 100,000, each of another name).
    /// </summary>
    private static bool SamePerson(ushort person, uint who, ushort owner, ulong key, KeySet sharers) =>
        person == 0 || owner == 0 || person == owner || !sharers.Add(SharerKey(key, who));

    /// <summary>One 64-bit key for a key and a person's hash (splitmix64's finaliser over both).</summary>
    private static ulong SharerKey(ulong key, uint person)
    {
        var z = key ^ ((ulong)person << 32 | person) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// Who the row is, as a 16-bit tag kept beside each key's first row (<see cref="KeySet"/>; two names alike in it, 1 in 65,536,
    /// are taken for one person when the second shares the first's key: a duplicate, as before names counted): <see cref="PersonHash"/> folded.
    /// </summary>
    private static ushort Tag(uint hash)
    {
        if (hash == 0) return 0;
        var folded = (ushort)(hash ^ (hash >> 16));
        return folded == 0 ? (ushort)1 : folded;
    }

    /// <summary>
    /// Who the row is, as a 32-bit hash: a person's last name (letters and digits, any case) and the first letter of the first
    /// name, so "John Smith", "JOHN SMITH" and "J. Smith" are one and "Mary Smith" another; an entity's whole name (a trust, a
    /// company named alone); the company of a row with no name but its company; 0 when the row has neither, never 0 for a named row.
    /// </summary>
    private static uint PersonHash(ContactRecord record)
    {
        // A row with no name but its company (PhoneBurner's company-only rows, a CRM's account rows) is that company's.
        string? name = record.LastName, first = record.FirstName;
        if (string.IsNullOrEmpty(name)) (name, first) = (string.IsNullOrEmpty(record.FullName) ? record.Company : record.FullName, null);
        if (string.IsNullOrEmpty(name)) return 0;
        var hash = 2166136261u;
        foreach (var c in name)
            if (char.IsLetterOrDigit(c)) hash = (hash ^ char.ToLowerInvariant(c)) * 16777619;
        hash = (hash ^ '|') * 16777619;
        if (first is not null)
            foreach (var c in first)
                if (char.IsLetterOrDigit(c))
                {
                    hash = (hash ^ char.ToLowerInvariant(c)) * 16777619;
                    break;
                }
        // A generation's suffix tells father from son on the family's landline ("John Smith", "John Smith Jr.", "John Smith III": a
        // trial's -Unique kept one of the three). "Jr." and "Jr" are one.
        if (record.Suffix is { Length: > 0 } suffix && Generation(suffix) is { } generation)
        {
            hash = (hash ^ '|') * 16777619;
            hash = (hash ^ generation) * 16777619;
        }
        return hash == 0 ? 1u : hash;
    }

    // Jr, Sr, II to V: another person of the same name, whichever way written ("II" and "2nd", "Jr" and "Junior" one; a review). (Not
    // "MD", "CPA", "Esq": the same person's letters, written or not.)
    private static char? Generation(string suffix) => suffix.Trim().TrimEnd('.').ToLowerInvariant() switch
    {
        "jr" or "junior" or "jnr" => 'j',
        "sr" or "senior" or "snr" => 's',
        "ii" or "2nd" => '2',
        "iii" or "3rd" => '3',
        "iv" or "4th" => '4',
        "v" or "5th" => '5',
        _ => null,
    };

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
    /// <summary>An earlier record of another name had the email.</summary>
    SharedEmail = 4,
    /// <summary>An earlier record of another name had the phone.</summary>
    SharedPhone = 8,
    /// <summary>No earlier record had the email: a duplicate (by its phone) that brings it is kept under -Unique.</summary>
    NewEmail = 16,
    /// <summary>No earlier record had the phone.</summary>
    NewPhone = 32,
    Duplicate = Email | Phone,
    Shared = SharedEmail | SharedPhone,
    New = NewEmail | NewPhone,
}
