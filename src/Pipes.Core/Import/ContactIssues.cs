namespace Pipes.Import;

/// <summary>
/// The words of a contact's <c>Issues</c> note, one place for every source of contacts (files,
/// ActiveCampaign), so that a script filtering on them sees the same text whatever the source.
/// </summary>
public static class ContactIssues
{
    /// <summary>A phone kept raw (in PhoneRaw) because it is not a usable number: <paramref name="problem"/> says why.</summary>
    public static string UnusablePhone(string text, string? problem) => $"Phone '{text}' is not usable: {problem}.";

    /// <summary>
    /// A postal address kept that a note of the row says does not reach the person ("Returned Mail", "Suspense - Address Unknown",
    /// "Escheat"): <paramref name="why"/> says which note. <paramref name="address"/> is the row's Address, or null when it has none.
    /// </summary>
    public static string AddressUnknown(string? address, string why) =>
        $"Address {(address is null ? "" : $"'{address}' ")}may not reach the owner: {why}; look for a newer address before mailing.";

    /// <summary>A phone kept, with something to know about it (an area code the bundled data does not list).</summary>
    public static string PhoneNote(string text, string note) => $"Phone '{text}': {note}.";

    /// <summary>A phone kept, with words written beside it that are no label ("DNC", "after 5pm", "Fax"): a dialler's user should see them.</summary>
    public static string PhoneAside(string text, string aside) => $"Phone '{text}': '{aside}' is written beside the number.";

    /// <summary>An address kept, with words in brackets beside it that are no label ("js@x.com (assistant Mary)").</summary>
    public static string EmailAside(string text, string aside) => $"Email '{text}': '{aside}' is written beside the address.";

    /// <summary>An address not kept because the words beside it say not to write ("(do not email)", "(unsubscribed)").</summary>
    public static string DoNotEmail(string text, string aside) => Withheld($"'{text}'", $"'{aside}' is written beside it");

    /// <summary>
    /// Addresses ("; "-separated) moved from Email into WithheldEmails because the contact asked not to be written to there, or
    /// they bounced: <paramref name="why"/> says which (an opt-out column, an earlier row, an ActiveCampaign list's status).
    /// </summary>
    public static string Withheld(string addresses, string why) => $"Email {addresses} is not taken as an address to write to: {why}.";

    /// <summary>
    /// Numbers ("; "-separated) moved from Phone into PhoneRaw because the contact or a list asked not to be called there, or they
    /// are no line to dial: <paramref name="why"/> says which (a Do Not Call column, an earlier row, a disposition).
    /// </summary>
    public static string NotDialled(string numbers, string why) => $"Phone {numbers} is not taken as a number to dial: {why}.";

    /// <summary>An Exchange (X.500) address, as Outlook exports one inside its organisation ("/o=ExchangeLabs/ou=.../cn=Recipients/cn=jsmith"): no email address, and no typo either.</summary>
    public static string ExchangeAddress(string text) => $"Email '{text}' is an Exchange (X.500) address, not an email address: the contact's email may be in another column (Outlook's E-mail 2 Address).";

    /// <summary>An address kept as written whose domain is one keystroke from a big provider's ("jo@gmail.con"): it will likely bounce.</summary>
    public static string EmailDomainTypo(string address, string provider) => $"Email '{address}': the domain looks like a typo of {provider}; the address is kept as written.";

    /// <summary>Text in an email field that is not an address.</summary>
    public static string InvalidEmail(string text) => $"Email '{text}' is not a valid address.";

    /// <summary>An address a workbook's cell of another column links to ("mailto:") and does not show.</summary>
    public static string EmailFromLink(string address, string column, string? shown) =>
        $"Email '{address}' is the address the '{column}' cell{(string.IsNullOrWhiteSpace(shown) ? "" : $" '{shown.Trim()}'")} links to.";

    /// <summary>An address whose parts could not be told apart, kept whole in Address; <paramref name="why"/> says why.</summary>
    public static string AddressKeptWhole(string address, string why) =>
        $"Address '{address}' is kept whole in Address: {why}, so City, State and PostalCode are not filled from it.";
}
