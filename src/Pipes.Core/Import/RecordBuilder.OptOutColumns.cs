using System.Text.RegularExpressions;
using Pipes.Import.Normalization;
using static Pipes.Import.TextCleaning;

namespace Pipes.Import;

/// <summary>
/// The opt-out and do-not-call columns of a file, and what a row's cells in them say: which columns are flags (by their names, in
/// English and the languages of <see cref="OptOutLanguages"/>), whether a cell marks its row (any value but a no, or a status's words),
/// and taking the row's numbers out of Phone (into PhoneRaw) or its addresses out of Email (into WithheldEmails) when one does.
/// </summary>
internal sealed partial class RecordBuilder
{
    /// <summary>
    /// How a flag column says yes: by anything but a no (<see cref="Marks"/>: Do Not Call, Email Opt Out, a date of unsubscribing), by its
    /// words (a status: "DNC", "Unsubscribed"), or, for a column about the address alone (Email Status), also by saying the address reaches
    /// no one or was taken off ("Invalid", "Bounced", "Suppressed", "Removed": <see cref="Undeliverable"/>). A dialler's call result is read
    /// for mail only where it says the owner is gone or asked off the list ("Deceased", "Remove from list").
    /// </summary>
    /// <remarks>
    /// A column about a death ("Deceased") is a yes/no one whose value may instead name who died (<see cref="NamesSomeoneElse"/>): an
    /// heirship list's heir rows give the decedent there. On a file whose rows are an heir's (<see cref="ColumnMap.HeirIsThePerson"/>)
    /// it is the owner's, read only on a row that names no heir (<see cref="FlagKind.OwnersDeath"/>).
    /// </remarks>
    private enum FlagKind { YesNo, Words, AddressWords, OwnerWords, Death, OwnersDeath }

    private readonly record struct FlagColumn(int Index, FlagKind Kind);

    /// <summary>
    /// The do-not-call or opt-out columns of a file, in order: by a name of <paramref name="yesNo"/> or <paramref name="when"/> (a
    /// date of unsubscribing reads as a yes: <see cref="Marks"/>) or words <paramref name="namesFlag"/> knows, a yes/no column; by a
    /// name of one of <paramref name="worded"/> (a status, an e-mail status, a call result: the first set that has it says how), a column
    /// whose words say so. Names are compared with their accents folded too: "Catégories" typed "Categories".
    /// </summary>
    private static FlagColumn[] FlagColumns(ColumnMap map, HashSet<string> yesNo, (HashSet<string> Names, FlagKind Kind)[] worded, HashSet<string> when,
        Func<string, bool> namesFlag, Func<string, bool>? namesWords = null)
    {
        return map.Headers.Select((header, index) => (Header: header, Index: index))
            .Where(h => map.Targets[h.Index] is null)
            // The header as written, then without a CRM's prefix or qualifier (UnPrefixed).
            .Select(h => Flag(h.Header, h.Index) ?? (UnPrefixed(h.Header) is var bare && bare != h.Header ? Flag(bare, h.Index) : null))
            .OfType<FlagColumn>().ToArray();

        FlagColumn? Flag(string header, int index)
        {
            var key = ContactFields.FoldedKey(ContactFields.Key(header));
            return yesNo.Contains(key) ? new FlagColumn(index, FlagKind.YesNo)
                : worded.FirstOrDefault(w => w.Names.Contains(key)) is { Names: not null } set ? new FlagColumn(index, set.Kind)
                // On an heir's row a death column is the decedent's ("Owner Name, Deceased, Heir Name, Heir Phone"), an heir's death column the row's.
                : OptOutLanguages.NamesDeath(header) ? new FlagColumn(index, map.HeirIsThePerson ? FlagKind.OwnersDeath : FlagKind.Death)
                : map.HeirIsThePerson && NamesHeirsDeath(header) ? new FlagColumn(index, FlagKind.Death)
                : when.Contains(key) || namesFlag(header) ? new FlagColumn(index, FlagKind.YesNo)
                : namesWords?.Invoke(header) == true ? new FlagColumn(index, FlagKind.Words)
                : null;
        }
    }

    /// <summary>
    /// A header without a CRM's record-type prefix ("Person - Marketing status", "Contact: Labels", as Pipedrive and others export a
    /// deal's people) or a qualifier in parentheses ("Status (Landowners)", ActiveCampaign's list status): a trial's unsubscribed and
    /// do-not-call marks under such headers were passed over, unsaid.
    /// </summary>
    private static string UnPrefixed(string header)
    {
        var text = RecordPrefix().Replace(header, "");
        var qualified = Qualifier().Replace(text, "");
        return qualified.Trim().Length > 0 ? qualified : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:person|people|contact|lead)\s*(?:-|:|–)\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RecordPrefix();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\((?![^()]*\b(?:y/?n|yes/no|sms|texts?|e-?mails?|mail|mailing|phones?|calls?|tel|fax|whatsapp|postal|direct|spouse|husband|wife|brother|sister|son|daughter|mother|father|parent|child|heir|owner|previous|prior|old|former|internal|company|organi[sz]ation|account|deal|other)\b)[^()]*\)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Qualifier();

    /// <summary>An heir's or personal representative's death column: "Heir Deceased", "Heir Deceased (Y/N)", "PR Deceased".</summary>
    private static bool NamesHeirsDeath(string header) =>
        HeaderWords(header) is [var role, .. var rest] && rest.Count > 0 && ContactFields.IsHeirRole(role) && OptOutLanguages.NamesDeath(string.Join(' ', rest));

    /// <summary>
    /// A header that names a do-not-call flag in words the list above lacks, as skip tracers, dialers and CRMs spell them: "National DNC",
    /// "Federal DNC Registry", "Phone 1 DNC", "isDNC", "Calls Opt-Out", "Opted Out of Calls", "TCPA Opt Out", Dynamics' "Do not allow Phone
    /// Calls". By whole words ("Lead NCOA" holds no DNC), and not a scrub's or check's date ("DNC Scrub Date": every row has one).
    /// </summary>
    internal static bool NamesDoNotCall(string header)
    {
        var words = HeaderWords(header);
        if (words.Any(w => w.StartsWith("scrub", StringComparison.Ordinal) || w.StartsWith("check", StringComparison.Ordinal))) return false;
        var key = string.Concat(words);
        // A skip tracer's "TCPA Litigator", "Known Litigator": the number's owner sues over calls; a yes there is a do-not-call.
        // A skip tracer's "TCPA" column (a yes: the number's owner is protected or sues under the TCPA), not its "TCPA Consent".
        if (words.Contains("tcpa") && !words.Any(w => w is "consent" or "consented" or "permission" or "optin" or "date")) return true;
        // "Marketing Opt-Out", "Global Opt Out": every channel, not only mail.
        if (OptsOut(key) && words.Any(w => w is "marketing" or "global" or "all") && !words.Any(w => w is "email" or "emails" or "e" or "mail" or "mailing" or "sms" or "text" or "postal" or "direct")) return true;
        return words.Contains("dnc") || words.Any(w => w is "litigator" or "litigators") || OptOutLanguages.NamesDoNotCall(header) || key.Contains("donotcall", StringComparison.Ordinal) || key.Contains("donotphone", StringComparison.Ordinal)
            || key.Contains("donotdial", StringComparison.Ordinal) || key.Contains("donotallowphone", StringComparison.Ordinal)
            || (OptsOut(key) && words.Any(w => w is "call" or "calls" or "calling" or "phone" or "phones" or "dial" or "dialing" or "tcpa"));
    }

    /// <summary>
    /// A column that says what a line is or how it answered, read by its words: "Phone 1 Status" (Wrong Number, DNC, Disconnected, Not
    /// Owner), "Line Status", "Phone Type" and "Additional Phone Type" (Fax), a dialler's "Phone 2 Result". Of the number whose column
    /// it names (<see cref="FlaggedPhoneColumn"/>), else of the row's.
    /// </summary>
    internal static bool NamesALinesStatus(string header)
    {
        var words = HeaderWords(header);
        return words.Count >= 2 && words[^1] is "status" or "type" or "result" or "disposition"
            && words.Take(words.Count - 1).Any(w => w is "phone" or "line" or "number" or "tel" or "telephone" or "cell" or "mobile" or "landline");
    }

    /// <summary>
    /// A header that names an email opt-out or bounce in words the lists above lack: "Unsubscribe", "Email Unsubscribed Date",
    /// HubSpot's "Opted out of all email" and "Opted out of email: One to One" (one per subscription type), "Email Address Quarantined",
    /// "Hard Bounce", "Email Bounced Date" (Salesforce), "Suppressed", Dynamics' "Do not allow Bulk Emails" (DoNotBulkEMail), an
    /// "Unsubscribed Email" column. Not another channel's ("SMS Opt Out", "Opted Out of Calls"), nor postal mail's ("Direct Mail Opt
    /// Out"), a soft bounce (temporary), or an unsubscribe link every row has.
    /// </summary>
    internal static bool NamesDoNotEmail(string header) => NamesDoNotEmailInEnglish(header) || OptOutLanguages.NamesDoNotEmail(header);

    private static bool NamesDoNotEmailInEnglish(string header)
    {
        var words = HeaderWords(header);
        var key = string.Concat(words);
        var email = words.Any(w => w is "email" or "emails" or "e" or "eml") || key.Contains("email", StringComparison.Ordinal);
        if (!email && words.Any(w => w is "call" or "calls" or "calling" or "phone" or "phones" or "dial" or "sms" or "text" or "texts" or "texting" or "fax" or "tcpa" or "dnc" or "mail" or "mailing" or "postal")) return false;
        if (words.Any(w => w is "soft" or "link" or "url" or "href")) return false;
        return OptsOut(key) || words.Any(w => w.StartsWith("bounce", StringComparison.Ordinal) || w is "hardbounce" or "hardbounced")
            || key.Contains("donotemail", StringComparison.Ordinal) || key.Contains("donotbulkemail", StringComparison.Ordinal)
            || (key.Contains("donotallow", StringComparison.Ordinal) && email)
            || words.Any(w => w.StartsWith("suppress", StringComparison.Ordinal) || w.StartsWith("blacklist", StringComparison.Ordinal)
                || w.StartsWith("blocklist", StringComparison.Ordinal) || w.StartsWith("quarantin", StringComparison.Ordinal) || w.StartsWith("complain", StringComparison.Ordinal));
    }

    /// <summary>
    /// What a worksheet's name says its rows are, beside a workbook's contacts: numbers not to call ("Do Not Call", "DNC", "DNC List"),
    /// addresses not to write to ("Unsubscribed", "Email Opt Out", "Bounced"), or people not to contact at all ("Opt Out", "Opted Out",
    /// "Do Not Contact", "Remove", "Removed"); None for any other sheet. A trial: a workbook's "Do Not Call" tab was never read, and its
    /// people were dialled from the contacts' tab (with -Worksheet *, they were contacts to dial themselves).
    /// </summary>
    internal static ListedOptOut SheetOptOut(string sheetName)
    {
        var words = HeaderWords(sheetName);
        var key = string.Concat(words);
        // Not a sheet of rows cleared or fixed, nor a list negated: "Not DNC", "Non-DNC", "DNC Cleared", "Removed from DNC", "Email
        // Bounces Fixed", "Duplicates Removed" (a review: each withheld every number and address of the contacts it held).
        if (words.Any(w => w is "non" or "cleared" or "clear" or "cleaned" or "clean" or "fixed" or "resolved" or "safe" or "ok" or "okay" or "passed" or "verified"
                or "valid" or "scrubbed" or "duplicate" or "duplicates" or "dupe" or "dupes" or "dup" or "dups" or "blank" or "blanks" or "test" or "old")
            || (words.Contains("not") && !key.Contains("donot", StringComparison.Ordinal))
            || words.SkipWhile(w => w != "from").Skip(1).FirstOrDefault() is "dnc" or "do" or "donotcall" or "optout" or "suppression"
            || (key.Contains("removedfrom", StringComparison.Ordinal) && !key.Contains("list", StringComparison.Ordinal) && !key.Contains("mailing", StringComparison.Ordinal)))
            return ListedOptOut.None;
        var calls = NamesDoNotCall(sheetName);
        var email = NamesDoNotEmail(sheetName);
        var channel = words.Any(w => w is "email" or "emails" or "e" or "mail" or "mailing" or "sms" or "text" or "texts" or "call" or "calls" or "phone" or "phones" or "dnc" or "postal" or "direct");
        var everything = key.Contains("donotcontact", StringComparison.Ordinal) || words.Any(w => w.StartsWith("remove", StringComparison.Ordinal))
            || (OptsOut(key) && !key.Contains("unsub", StringComparison.Ordinal) && !channel);
        return everything || (calls && email) ? ListedOptOut.All : calls ? ListedOptOut.Calls : email ? ListedOptOut.Email : ListedOptOut.None;
    }

    /// <summary>
    /// A row of a sheet <see cref="SheetOptOut"/> names (<paramref name="listed"/>): its numbers marked do not call, its addresses
    /// withheld, each for the rows after it too, saying <paramref name="why"/>.
    /// </summary>
    internal static void MarkListedRow(ContactRecord record, ListedOptOut listed, string why, ImportSummary summary)
    {
        if (listed is ListedOptOut.Calls or ListedOptOut.All && PhoneEntries(record).Select(NumberOf).ToList() is { Count: > 0 } numbers)
            MarkNumbers(record, numbers, why, summary);
        if (listed is ListedOptOut.Email or ListedOptOut.All)
            Withdraw(record, SendableEmails(record).ToList(), why, summary);
    }

    private static bool OptsOut(string key) =>
        key.Contains("unsub", StringComparison.Ordinal) || key.Contains("optout", StringComparison.Ordinal) || key.Contains("optedout", StringComparison.Ordinal);

    /// <summary>A header's words, lower-case: split at anything not a letter or digit and where case turns ("isDNC", "DoNotBulkEMail", "DNCList").</summary>
    internal static List<string> HeaderWords(string header) =>
        HeaderWord().Matches(header).Select(m => m.Value.ToLowerInvariant()).ToList();

    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex HeaderWord();

    // (Declared before the sets that take them in: static fields are set in order.) A contact's tags, labels and categories (Google Contacts' Labels "* myContacts ::: Do Not Call", Outlook's Categories "Do Not Call;Owners",
    // Mailchimp's TAGS, a dialler's Tags): one that says do not call, unsubscribed or bounced marks the row as a status does.
    private static readonly string[] TagHeaders = ["tags", "tag", "labels", "label", "categories", "category", "groupmembership", "groups", "contactgroups", "lists"];
    // A CRM's status or disposition column marks a row by its words ("DNC", "Do Not Call", "Unsubscribed"), not by yes/no.
    private static readonly HashSet<string> CallResultHeaders = ["callstatus", "disposition", "calldisposition", "lastdisposition", "callresult", "lastcallresult", "calloutcome",
        .. OptOutLanguages.CallResultHeaders]; // "Resultado de la llamada"
    private static readonly HashSet<string> CallStatusHeaders = ["status", "leadstatus", "contactstatus", "heirstatus", .. CallResultHeaders, .. TagHeaders,
        .. OptOutLanguages.StatusHeaders, .. OptOutLanguages.TagHeaders]; // "Statut", "Kategorien"
    // The columns of these about the address alone (not a general Status, whose "Removed" says nothing of e-mail): their "Invalid", "Bounced",
    // "Undeliverable", "Suppressed", "Blocked" or "Removed" withholds the address too.
    private static readonly HashSet<string> EmailOnlyStatusHeaders = ["emailstatus", "subscriptionstatus", "subscriberstatus",
        "marketingstatus", "emailsubscriptionstatus", "liststatus", "memberstatus", "emailmarketingconsent", "emailconsent", // Klaviyo: Email Marketing Consent
        "emailmarketingstatus", "emailpermissionstatus", "permissionstatus", "emailsubscription", // Constant Contact: Email permission status
        .. OptOutLanguages.EmailStatusHeaders];
    private static readonly HashSet<string> EmailStatusHeaders = ["status", "leadstatus", "contactstatus", "heirstatus", .. EmailOnlyStatusHeaders, .. TagHeaders,
        .. OptOutLanguages.StatusHeaders, .. OptOutLanguages.TagHeaders];

    // "Do Not Call (Y/N)" is "donotcallyn".
    private static readonly HashSet<string> DoNotCallHeaders = ["donotcall", "dnc", "donotphone", "donotdial", "nocall", "nocalls", "phoneoptout", "calloptout", "dncflag", "isdnc", "dncstatus",
        "donotcallyn", "dncyn", "donotcallflag", "donotcalllist", "dnclist", "donotcontact", "donotcontactyn"];

    // Salesforce and Zoho "Email Opt Out", Salesforce's API name HasOptedOutOfEmail, HubSpot "Unsubscribed from all email".
    private static readonly HashSet<string> DoNotEmailHeaders = ["emailoptout", "emailoptedout", "optoutemail", "hasoptedoutofemail", "donotemail", "donotemailyn", "noemail",
        "noemails", "donotmail", "unsubscribed", "isunsubscribed", "emailunsubscribed", "unsubscribedfromallemail", "unsubscribedfromemail", "globalunsubscribe",
        "emailoptoutyn", "optedoutofemail", "emaildonotcontact", "donotcontact", "donotcontactyn",
        "optedout", "donotallowemails", "donotallowemail", "emailblacklisted", "blacklisted", // Pardot's Opted Out, Dynamics' Do not allow Emails, Brevo's EMAIL BLACKLISTED
        "nomail", "nomailings", "nomailers"]; // a landman's sheet: "No Mail" as "Do Not Mail", on the safe side

    // Mailchimp's unsubscribed export has UNSUB_TIME and UNSUB_REASON: a date there is the opt-out.
    // Its cleaned export has CLEAN_TIME: the address bounced for good.
    private static readonly HashSet<string> UnsubscribedWhenHeaders = ["unsubtime", "unsubscribetime", "unsubscribedate", "unsubscribedat", "unsubscribedon", "unsubscribeddate",
        "optouttime", "optoutdate", "emailoptoutdate", "optedoutat", "optedoutdate", "cleantime"];

    /// <summary>
    /// A row a CRM marks not to be called (its "Do Not Call" column says yes): its numbers are no Phone,
    /// so Invoke-PipesDial never dials them; they are kept in PhoneRaw and Issues says why.
    /// </summary>
    private void ApplyDoNotCall(ContactRecord record, object?[] cells, ImportSummary summary)
    {
        var rowMarked = false;
        foreach (var column in MarkingColumns(_doNotCallColumns, record, cells, _saysDoNotCall, cell => Marks(cell) && !NamesOnlyOtherChannel(cell, email: false)))
        {
            // "DNC Phone", "Phone (DNC)" holding a number: the column names that number, not the row (its other numbers stay).
            if (NamedNumbers(cells[column]) is { } named)
            {
                MarkNumbers(record, named, $"the row's '{_map.Headers[column]}' column names it", summary);
                continue;
            }
            if (_numberOfFlag[column] is >= 0 and var phoneColumn)
            {
                // The flag of one number: that number, not the row's others ("Phone 1 DNC" = Y beside a clean "Phone 2").
                if (phoneColumn < cells.Length && ColumnMap.Text(cells[phoneColumn]) is { Length: > 0 } phoneText && Numbers(phoneText) is { } own)
                    MarkNumbers(record, own, MarkedWhy(column, cells[column]), summary);
                continue;
            }
            if (rowMarked || record.Phone is null) continue;
            rowMarked = true;
            MarkNumbers(record, PhoneEntries(record).Select(NumberOf).ToList(), MarkedWhy(column, cells[column]), summary);
        }
    }

    // A status column holds few distinct values ("New", "Contacted", "Qualified") on many rows: each is read by the word rules once a
    // file (measured: the rules cost 1.2 µs a cell, a quarter of a 200,000-row import's time with one such column).
    private readonly Func<object?, bool> _saysDoNotCall = RememberedForText(SaysDoNotCall), _saysDoNotEmail = RememberedForText(SaysDoNotEmail),
        _saysUndeliverable = RememberedForText(SaysUndeliverable), _saysOwnerGone = RememberedForText(SaysOwnerGone);

    /// <summary>
    /// <paramref name="rule"/> read once a text per builder (a file): the same value on many rows is read once. Bounded: past
    /// <see cref="TextsRemembered"/> distinct texts the rule is run again for the new ones.
    /// </summary>
    private static Func<string, T> Remembered<T>(Func<string, T> rule)
    {
        var read = new Dictionary<string, T>(StringComparer.Ordinal);
        return text =>
        {
            if (read.TryGetValue(text, out var says)) return says;
            says = rule(text);
            if (read.Count < TextsRemembered) read[text] = says;
            return says;
        };
    }

    private const int TextsRemembered = 4096;

    /// <summary><see cref="Remembered{T}"/> for a cell's rule: its text cells remembered, the others (numbers, dates) read each time.</summary>
    private static Func<object?, bool> RememberedForText(Func<object?, bool> rule)
    {
        var text = Remembered<bool>(cell => rule(cell));
        return cell => cell is string value ? text(value) : rule(cell);
    }

    /// <summary>The numbers a do-not-call column's cell holds, when it holds numbers (not a yes, a date or a word); null otherwise.</summary>
    private static List<string>? NamedNumbers(object? cell)
    {
        if (cell is not string text || LooksLikeADate(text) || text.Count(char.IsAsciiDigit) < 10) return null;
        return Numbers(text);
    }

    /// <summary>The usable numbers of a phone text, without extensions; null when none.</summary>
    private static List<string>? Numbers(string text)
    {
        var phones = new ContactPhones();
        phones.Add(text);
        if (phones.Phone is null) return null;
        return (phones.ExtraPhones?.Split("; ") ?? []).Prepend(phones.Phone).Select(NumberOf).ToList();
    }

    /// <summary>
    /// Numbers a column names do not call: out of the row's Phone and ExtraPhones, into PhoneRaw (kept there too when the row does not
    /// give them otherwise), and noted for the rows after it.
    /// </summary>
    private static void MarkNumbers(ContactRecord record, List<string> numbers, string why, ImportSummary summary)
    {
        record.DoNotCallNumbers = record.DoNotCallNumbers is { } before ? [.. before, .. numbers] : numbers;
        var own = PhoneEntries(record).Select(NumberOf).ToHashSet();
        WithdrawPhones(record, numbers.Where(own.Contains).ToList(), why, summary);
        var others = numbers.Where(n => !own.Contains(n)).ToList();
        if (others.Count == 0) return;
        var said = string.Join("; ", others);
        record.PhoneRaw = record.PhoneRaw is null ? said : record.PhoneRaw + "; " + said;
        record.AddIssue(ContactIssues.NotDialled(said, why));
        if (summary.DoNotCallRows.LastOrDefault() != record.SourceRow) summary.DoNotCallRows.Add(record.SourceRow);
    }

    /// <summary>
    /// A row a CRM or mailing list marks not to be written to ("Email Opt Out" = true, "Unsubscribed" = Yes,
    /// Status "Unsubscribed", a date in UNSUB_TIME): its addresses are no Email, so Send-PipesMail never
    /// writes to them; Issues keeps them and says why, as for an address marked "(do not email)" in its cell.
    /// </summary>
    private void ApplyDoNotEmail(ContactRecord record, object?[] cells, ImportSummary summary)
    {
        var rowMarked = false;
        foreach (var column in MarkingColumns(_doNotEmailColumns, record, cells, _saysDoNotEmail, SaysYesToDoNotEmail, _saysUndeliverable, _saysOwnerGone))
        {
            // "Unsubscribed Email", "Bounced Email" holding an address: the column names that address, not the row (its others stay).
            if (cells[column] is string text && text.Contains('@') && EmailNormalizer.Normalize(text) is { Email: { } first } named)
            {
                MarkAddresses(record, named.Others.Prepend(first).ToList(), $"the row's '{_map.Headers[column]}' column names it", summary);
                continue;
            }
            if (rowMarked || record.Email is null) continue;
            rowMarked = true;
            Withdraw(record, SendableEmails(record).ToList(), MarkedWhy(column, cells[column]), summary);
        }
    }

    /// <summary>
    /// Addresses a column names not to write to: out of the row's Email and ExtraEmails, into WithheldEmails (kept there too when the
    /// row does not give them otherwise). <see cref="MarkNumbers"/> for addresses.
    /// </summary>
    private static void MarkAddresses(ContactRecord record, List<string> addresses, string why, ImportSummary summary)
    {
        var named = new HashSet<string>(addresses, EmailNormalizer.AddressComparer);
        var own = SendableEmails(record).Where(named.Contains).ToList();
        Withdraw(record, own, why, summary);
        var others = addresses.Where(a => !own.Contains(a, EmailNormalizer.AddressComparer)).ToList();
        if (others.Count == 0) return;
        var said = string.Join("; ", others);
        Withhold(record, said);
        record.AddIssue(ContactIssues.Withheld(said, why));
        if (summary.DoNotEmailRows.LastOrDefault() != record.SourceRow) summary.DoNotEmailRows.Add(record.SourceRow);
    }

    /// <summary>Why a flag column takes the row's numbers or addresses out: its header and value, and that a value no plain yes was read as a mark.</summary>
    private string MarkedWhy(int column, object? cell) => Uncomputed(column)
        ? $"the row's '{_map.Headers[column]}' column could not be read (a formula the workbook holds no computed value for), so it is taken as a yes, on the safe side"
        : $"the row is marked '{_map.Headers[column]}' = '{ColumnMap.Text(cell)}'"
        + (cell is string text && !IsPlainYes(text) && !SaysDoNotCall(text) && !SaysDoNotEmail(text) && !LooksLikeADate(text)
            ? " (not a no: an opt-out column's value is read as a mark unless it says no, on the safe side)" : "");

    /// <summary>The <paramref name="columns"/> whose cell marks the row, in file order; a death column's by <paramref name="record"/>'s name (<see cref="NamesSomeoneElse"/>).</summary>
    private IEnumerable<int> MarkingColumns(FlagColumn[] columns, ContactRecord record, object?[] cells, Func<object?, bool> saysSo, Func<object?, bool> yes,
        Func<object?, bool>? undeliverable = null, Func<object?, bool>? ownerGone = null)
    {
        foreach (var (column, kind) in columns)
        {
            if (column >= cells.Length) continue;
            // A formula of no known value (=COUNTIF(DNC!A:A,B2)>0 that no program computed): it may say yes, so it is taken as one.
            // Not in a tags, labels or categories column, which holds a file's groupings (a Label of =A2&" "&B2 withheld every row of a
            // trial's files): there the file's warning counts it.
            if (Uncomputed(column))
            {
                if (!IsTagColumn(column) && (kind != FlagKind.OwnersDeath || OwnersRow(cells))) yield return column;
                continue;
            }
            var cell = cells[column];
            // A date column (UNSUB_TIME) is read as a yes/no one: a date is its yes, "N/A" and MySQL's empty date its no.
            var marks = kind switch
            {
                FlagKind.Words => saysSo(cell),
                FlagKind.AddressWords => saysSo(cell) || undeliverable?.Invoke(cell) == true,
                FlagKind.OwnerWords => ownerGone?.Invoke(cell) == true,
                FlagKind.Death => Marks(cell) && !NamesSomeoneElse(cell, record),
                FlagKind.OwnersDeath => OwnersRow(cells) && Marks(cell) && !NamesSomeoneElse(cell, record),
                _ => yes(cell),
            };
            if (marks) yield return column;
        }
    }

    private bool IsTagColumn(int column) =>
        ContactFields.FoldedKey(ContactFields.Key(_map.Headers[column])) is var key && (TagHeaders.Contains(key) || OptOutLanguages.TagHeaders.Contains(key));

    private bool IsFlagColumn(int column) =>
        Array.FindIndex(_doNotCallColumns, f => f.Index == column) >= 0 || Array.FindIndex(_doNotEmailColumns, f => f.Index == column) >= 0;

    /// <summary>Whether the row's cell in <paramref name="column"/> is a formula whose value the file does not hold.</summary>
    private bool Uncomputed(int column) => _uncomputed is not null && Array.IndexOf(_uncomputed, column) >= 0;

    // Narrower than an email cell's words: a status of "No Contact" (not reached yet) or "Removed" says nothing of writing,
    // and "Opted out of SMS", "Do not contact by phone" speak of another channel.
    private static bool SaysDoNotEmail(object? cell) => cell is string text && StatusDoNotEmailWords().IsMatch(text) && !NamesOnlyOtherChannel(text, email: true);

    // An e-mail status column's word that the address reaches no one or was taken off the list ("Invalid", "Hard bounce", "Suppressed", "Removed").
    private static bool SaysUndeliverable(object? cell) => cell is string text && Undeliverable().IsMatch(text);

    [GeneratedRegex(@"(?<!\w)(?:" + OptOutLanguages.Undeliverable + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Undeliverable();

    // A call result that says the owner died or asked off the list: neither channel reaches the owner (the project's rule).
    private static bool SaysOwnerGone(object? cell) => cell is string text && OwnerGone().IsMatch(text);

    [GeneratedRegex(@"(?<!\w)(?:" + OptOutLanguages.DeceasedOwner + "|" + OptOutLanguages.RemoveFromList + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerGone();

    // A do-not-email column's yes: any value that is not a no (Marks), or its own words ("Opted Out", "Unsubscribed"), not "Y - calls only".
    private static bool SaysYesToDoNotEmail(object? cell) =>
        SaysDoNotEmail(cell) || (Marks(cell) && !NamesOnlyOtherChannel(cell, email: true));

    /// <summary>Whether a flag's words name a channel other than the one asked about and not it: "calls only", "by phone", "SMS" for email; "email only" for calls.</summary>
    private static bool NamesOnlyOtherChannel(object? cell, bool email)
    {
        if (cell is not string text) return false;
        var mail = text.Contains("mail", StringComparison.OrdinalIgnoreCase);
        var call = CallChannel().IsMatch(text);
        return email ? call && !mail : mail && !call;
    }

    [GeneratedRegex(@"(?<!\w)(?:calls?|calling|phone|dial|sms|texts?|texting|voice|fax)(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallChannel();

    // A deceased owner, or one who asked to be taken off the list, is written to no more than called (the project's rule).
    [GeneratedRegex(@"(?<!\w)(?:unsubscribed?|opt(?:ed)?[\s-]*out|do[\s-]*not[\s-]*(?:e-?mail|contact|write|mail)|(?:hard[\s-]*)?bounced?|cleaned|complained|spam[\s-]*complaint|"
        + OptOutLanguages.DeceasedOwner + "|" + OptOutLanguages.RemoveFromList + "|" + OptOutLanguages.StatusDoNotEmail + @")(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusDoNotEmailWords();

    // Also a bounce's other names ("returned mail", "invalid", "DNE": does not exist, or do not email) and "unsub".
    [GeneratedRegex(@"(?<!\w)(?:do[\s-]*not[\s-]*(?:e-?mail|write|contact|send)|don'?t[\s-]*(?:e-?mail|write|contact)|no[\s-]*(?:e-?mails?|contact)|unsub(?:scribed?)?|opt(?:ed)?[\s-]*out|bounced?|undeliverable|returned|invalid|dne|removed?|"
        + OptOutLanguages.BesideAddress + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoNotEmailWords();

    /// <summary>The valid addresses written among a cell's words ("Bounced: jo@x.com", "jo@x.com *unsub*"), each once.</summary>
    private static List<string> AddressesAmongWords(string cell) =>
        AddressToken().Matches(cell).Select(m => EmailNormalizer.Normalize(m.Value).Email).OfType<string>().Distinct(EmailNormalizer.AddressComparer).ToList();

    [GeneratedRegex(@"[^\s<>()\[\]{}:;,""'*|]+@[^\s<>()\[\]{}:;,""'*|]+")]
    private static partial Regex AddressToken();

    /// <summary>The words of an email cell, its addresses left out, that say not to write ("do not email"); null when none.</summary>
    private static string? DoNotEmailMark(string cell)
    {
        if (cell.AsSpan().Trim().IndexOfAny(" (<[*") < 0) return null; // an address alone (even "noemail@x.com"), padded or not: no copy
        // Split where words may touch an address too ("jo@x.com<-bounced").
        var words = string.Join(' ', cell.Split([' ', '\t', ',', ';', '<', '>', '[', ']', '*'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Contains('@')));
        return DoNotEmailWords().Match(words) is { Success: true } mark ? mark.Value : null;
    }

    private static bool SaysDoNotCall(object? cell) =>
        cell is string text && (text.Contains("dnc", StringComparison.OrdinalIgnoreCase) || DoNotCallWords().IsMatch(text));

    // A dialler's disposition or a CRM's status: a do-not-call or an opt-out, and what it says of the number as the same words beside the
    // number in its cell do (PhoneNormalizer): "Bad Number", "Wrong Number", "Disconnected", "Not in service", "Deceased". Not "Bad lead",
    // "Wrong person" or "No longer interested", which say nothing of the line.
    // A line's status or type column ("Phone 2 Status", "Line Type") says it too: "Fax", "Fax Tone", "Not Owner".
    [GeneratedRegex(@"do[\s-]*not[\s-]*(?:call|contact|dial)|don'?t[\s-]*(?:call|dial)|no[\s-]*calls?\b|not[\s-]*to[\s-]*be[\s-]*called|opt(?:ed)?[\s-]*out|\b(?:wrong|bad)[\s-]*(?:number|no\b|#|phone)|\bdisconnected\b|\b(?:not|out)[\s-]*(?:in|of)[\s-]*service\b|\blitigator\b|\bfax\b|\bnot[\s-]*(?:the[\s-]*)?owner'?s?\b|"
        + @"\b(?:" + OptOutLanguages.DeceasedOwner + "|" + OptOutLanguages.RemoveFromList + @")(?!\w)|" + OptOutLanguages.StatusDoNotCall,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoNotCallWords();

    private static string FirstWord(string text)
    {
        var span = text.AsSpan().TrimStart();
        var end = 0;
        while (end < span.Length && char.IsLetterOrDigit(span[end])) end++;
        return span[..end].ToString().ToLowerInvariant();
    }

    /// <summary>
    /// Whether a do-not-call or opt-out column's cell marks the row: any value but a no. Its column says what a value there means,
    /// and the values people and exporters put there are many: Yes, TRUE, 1, X, a tick ("✓", "Checked"), Access's -1, the date
    /// it was asked (UNSUB_TIME, a date typed in Do Not Call, an XLSX date cell), its own words ("Opted Out", "On DNC", "Requested").
    /// A no is an empty cell, a placeholder ("N/A"), a zero or MySQL's empty date ("0000-00-00 00:00:00"), or a word that says no
    /// (<see cref="NoWords"/>). A value that is neither is a mark: dialling a number, or writing to an address, whose opt-out column
    /// says something unforeseen is the side that cannot be undone; the reason in Issues quotes the value.
    /// </summary>
    private static bool Marks(object? cell) => cell switch
    {
        null => false,
        bool flag => flag,
        double number => number != 0,
        long number => number != 0, // an XLSX cell's whole number (1 in a Do Not Call column)
        DateTime or TimeSpan => true, // when it was asked
        string text => !SaysNo(text),
        _ => false,
    };

    /// <summary>
    /// Whether a death column's value names a person other than the row's: "Mary Smith" under "Deceased" on the row of her heir John Smith
    /// says whom he inherits from, not that he died. A value naming the row's own person (its first and last name both in it), a yes, a
    /// date, a word of its own ("Per obituary", "Confirmed"), or a single word other than a relative's ("Husband") is no such name: it
    /// marks the row, on the safe side.
    /// </summary>
    private static bool NamesSomeoneElse(object? cell, ContactRecord record)
    {
        if (cell is not string text || IsPlainYes(text) || LooksLikeADate(text)) return false;
        if (RelativeAsTheDead().IsMatch(text)) return true;
        var words = text.Split([' ', ',', '.', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 7 || words.Any(w => w.Any(c => !char.IsLetter(c) && c is not ('\'' or '-' or '&' or '(' or ')')))) return false;
        if (words.Count(w => w.TrimStart('(') is { Length: > 0 } word && char.IsUpper(word[0])) < 2 || NotAName().IsMatch(text)) return false;
        bool Has(string? part) => !string.IsNullOrWhiteSpace(part)
            && FoldAccents(text).Contains(FoldAccents(part), StringComparison.OrdinalIgnoreCase);
        // "J. Smith" on John Smith's row: a first name may be given by its initial.
        bool HasFirst(string? first) => Has(first)
            || first is { Length: > 0 } && words.Any(w => w.Length == 1 && char.ToUpperInvariant(w[0]) == char.ToUpperInvariant(FoldAccents(first)[0]));
        return !(HasFirst(record.FirstName) && Has(record.LastName));
    }

    // A death column's value that names a relative as the one who died ("Husband", "Spouse - 2019", "Esposo"): the row's person is
    // alive, as with a status's "Spouse deceased" (OptOutLanguages.DeceasedOwner).
    [GeneratedRegex(@"^\W*(?:(?:his|her|their|my|the|su|sa|son|sein|seine|ihr|ihre)\s+)?(?:" + OptOutLanguages.Relative + @")(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAsTheDead();

    // Words of a death column's value that say the row's person died, or how it is known, rather than name someone.
    [GeneratedRegex(@"(?<!\w)(?:" + OptOutLanguages.Deceased + @"|per|confirmed|verified|reported|obit(?:uary)?|probate|death|died|passed|yes|true|s[íi]|oui|ja|sim|owner|unknown)(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    private static bool SaysNo(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || TextCleaning.IsPlaceholder(text)) return true;
        // Dynamics' "No permitir", "Não permitir" start with a no word and are its yes.
        if (OptOutLanguages.DoNotAllow().IsMatch(text)) return false;
        // "0", "0.0", "0000-00-00 00:00:00": a zero, or a date column's empty date (a tick has no digit).
        if (trimmed.Contains('0') && !trimmed.ContainsAnyInRange('1', '9') && !trimmed.ContainsAnyInRange('a', 'z') && !trimmed.ContainsAnyInRange('A', 'Z')) return true;
        return NoWords().IsMatch(text);
    }

    // A no in its first word: "No - ok to call", "FALSE", "N", "Off", "Unchecked", a skip tracer's "Clean", Dynamics' "Allow", "Not on DNC"
    // (not "Not to be called"), "Subscribed" or "Active" under Unsubscribed, "Opted In"; "Never" alone (not "Never call"); a skip tracer's
    // "Litigator Risk" of "Low" or "Minimal" (its "Medium" and "High" mark, and so does a range that reaches them: "Low-Medium").
    [GeneratedRegex(@"^\s*(?:no|n|false|f|off|none|nil|null|unchecked|unticked|clean|clear|ok|okay|(?:low|minimal)(?!\s*(?:[-–/]|to\b|or\b)\s*\w)|allow(?:ed)?|permitted|subscribed|active|valid|not(?!\s+to\b)|never(?=\W*$)|opt(?:ed)?[\s-]*in|"
        + OptOutLanguages.No + @")(?![\w/])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoWords();

    /// <summary>The yes of a yes/no column in its first word ("Yes - per owner request 4/2024", "Y (owner asked)", "TRUE", "1", "X"), or Dynamics' "Do Not Allow".</summary>
    private static bool IsPlainYes(string text) =>
        FirstWord(text) is "y" or "yes" or "true" or "1" or "x" || OptOutLanguages.IsYes(FirstWord(text)) || OptOutLanguages.DoNotAllow().IsMatch(text);

    private static bool LooksLikeADate(string text) => DateLike().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4})")] // 14.03.2024 as German Excel writes it
    private static partial Regex DateLike();
}

/// <summary>What a list apart from a workbook's contacts (a "Do Not Call" sheet) says of the numbers and addresses on it.</summary>
internal enum ListedOptOut { None, Calls, Email, All }
