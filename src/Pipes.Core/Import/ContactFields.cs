using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipes.Import;

/// <summary>
/// The fields a source column can map to (the <see cref="ContactRecord"/> property names), the
/// header names that map to each by themselves, and the presets.
/// </summary>
public static partial class ContactFields
{
    public const string FullName = nameof(ContactRecord.FullName);
    public const string Phone = nameof(ContactRecord.Phone);
    public const string Email = nameof(ContactRecord.Email);
    public const string WithheldEmails = nameof(ContactRecord.WithheldEmails);
    /// <summary>A file this module wrote: its PhoneRaw column (not a mapping target: no one else's column holds numbers not to dial).</summary>
    public const string PhoneRaw = nameof(ContactRecord.PhoneRaw);

    /// <summary>Every mapping target, as named on the record.</summary>
    public static IReadOnlyList<string> Targets { get; } =
    [
        "Prefix", "FirstName", "MiddleName", "LastName", "Suffix", "Nickname", FullName, Email, WithheldEmails, Phone, "PhoneExtension",
        "Company", "JobTitle", "Address", "City", "State", "PostalCode", "Country", "Website", "Notes",
    ];

    private static readonly FrozenDictionary<string, string> TargetsByKey = Targets.ToFrozenDictionary(t => Key(t), t => t);

    // Whom a payment is addressed to: a 1099 export's Recipient (Name, Address, City, State, ZIP), a revenue deck's Remit (To) Address,
    // where the checks go (a trial's were columns). They name the row's person and its address, never its email or phone: a CRM's
    // "Recipient Email" or a gift list's "Recipient Phone" is someone else's (a review: they became the row's ExtraEmails, ExtraPhones).
    // (Declared before FallbackNames, which takes the names in: static fields are set in order.) "Recipient" alone is a mail log's
    // address, no name; a payee's name beside the row's own is another's, kept as a column (FallbackNames), its address parts with it
    // (ColumnMap).
    private static readonly string[] AddresseeWords = ["recipient", "remit", "remitto"];

    private static readonly string[] AddresseeNames = ["recipientname", "recipientsname", "recipientfullname", "remitname", "remittoname"];

    /// <summary>Whether a <see cref="Key"/> is a payee's column of <see cref="AddresseeWords"/> ("Recipient City", "Remit To Zip", "Recipient Name").</summary>
    internal static bool IsAddressees(string key) => AddresseeWords.Any(word => key.StartsWith(word, StringComparison.Ordinal));

    /// <summary>Whether a <see cref="Key"/> is a payee's name ("Recipient Name", "Remit To Name").</summary>
    internal static bool IsAddresseesName(string key) => AddresseeNames.Contains(key);

    // Names of an account rather than of a person (QuickBooks' Customer full name, often a company's), a bare role that is as often a
    // yes/no column beside the person's name ("Heir", "Executor"), and the name mail is addressed to (a county roll's "Mailing Name",
    // often "C/O ..." beside the Owner Name): a name when the file has no other (an heirship list's "Heir"), kept as a column beside one
    // that names the person (ColumnMap).
    private static readonly string[] FallbackNames = ["customerfullname", "customername", "clientname", "leadname", "membername", "heir", "executor", "executrix",
        "administrator", "administratrix", "executoradministrator", // a probate list's personal representative: "Executor/Administrator"
        "heirs", "personalrep", "fiduciary", "independentexecutor", "independentadministrator",
        "mailingname", "ownermailingname", "mailtoname", "addressee",
        .. AddresseeNames];

    internal static bool IsFallbackName(string key) => FallbackNames.Contains(key);

    // Whose a minerals list's row is: its owner, under the words the field's lists use ("Mineral Owner", "Royalty Owner", a lease's
    // "Lessor", a division order's "Payee"). Beside the columns that name the row's person, a CRM's record owner (ColumnMap). Not
    // "Surface Owner" (beside a mineral owner, someone else) nor "Record Owner" (an heirship list's decedent).
    private static readonly string[] OwnerWords = ["owner", "mineralowner", "royaltyowner", "interestowner", "lessor", "lessorgrantor", "grantorlessor", "payee",
        "taxpayer", "seller", // a county treasurer's roll's Taxpayer; an investor CRM's (Podio, REsimpli) Seller, the property's owner
        "respondent"]; // an Oklahoma pooling application's respondent (the unleased owner)

    // The owner's whole name as lists head it: "Owner", "Owner Name", "Owner's Name", "Name of Owner", "Owner 1", "Owner Name 1"
    // (a second owner's column is kept as a column).
    private static string[] OwnersNameKeys(string word) => [word, word + "name", word + "sname", word + "fullname", "nameof" + word, word + "1", word + "name1"]; // "Owner 1 Name" is FirstNumbered's

    /// <summary>Header spellings (as <see cref="Key"/>s) that map without being told.</summary>
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string[]>
    {
        ["Prefix"] = ["prefix", "salutation", "honorific", "nametitle", "nameprefix"],
        ["FirstName"] = ["firstname", "first", "fname", "givenname", "forename", "first_name", "prénom", "prenom", "nombre", "vorname", "primeironome"],
        ["MiddleName"] = ["middlename", "middle", "middleinitial", "mi", "additionalname"], // Google Contacts: Additional Name
        ["LastName"] = ["lastname", "last", "lname", "surname", "familyname", "nom", "nomdefamille", "apellido", "apellidos", "nachname", "sobrenome", "últimonome"],
        ["Suffix"] = ["suffix", "namesuffix"],
        ["Nickname"] = ["nickname", "preferredname", "goesby", "apelido"], // Brazil's apelido (Portugal's is the surname)
        // The row's person under the names exports give it: a CRM's contact, a county roll's NAME1, a minerals list's owner (OwnerWords),
        // an heirship or probate list's heir or personal representative (the decedent's own name, "Decedent Name", "Record Owner", is no
        // contact's). "NAME (LAST, FIRST)": the comma in the cell says the order.
        [FullName] = ["name", "fullname", "fulllegalname", "name1", "namelastfirst", "lastfirst", "fullnamelastfirst", "contactname", "contact", "contactperson", "primarycontact", "primarycontactname", "displayname", "person", "prospectname", // a county roll's NAME1 (NAME2 a second owner or a care-of line)
            .. OwnerWords.SelectMany(OwnersNameKeys),
            "nome", "nomecompleto", // Portuguese: RD Station's and Outlook's whole name
            "nombrecompleto", "propietario", "nombredelpropietario", "titular", // Spanish: the whole name, the owner's
            "heirname", "prname", "personalrepresentative", "personalrepresentativename", "executorname",
            .. FallbackNames], // QuickBooks: Customer full name
        [Email] = ["email", "emailaddress", "e-mail", "mail", "email1", "primaryemail", "workemail", "businessemail", "personalemail", "emailaddr",
            "email2", "email3", "emails", "emailaddress1", "emailaddress2", "otheremail", "secondaryemail", "email2address", "email3address",
            "extraemails", // ExtraEmails: a file this module exported, read again
            "additionalemailaddresses", "otheremails", "emailaddresses", // HubSpot's list of further addresses
            "courriel", "adressecourriel", "adresseemail", "adressemail", "adressedemessagerie", "correo", "correoelectrónico", "correoelectronico",
            "direccióndecorreoelectrónico", "direcciondecorreoelectronico", "emailadresse", // French, Spanish, German (Outlook's among them)
            "endereçodeemail", "endereçodeemailcomercial", "emailcomercial", "emailpessoal", // Portuguese
            "correoelectrónicosecundario", "correosecundario", "emailsecundario", "courrielsecondaire", "adressee-mailsecondaire"], // Zoho's Secondary Email
        // A file this module exported, read again: its addresses stay withheld (the opt-out column that withheld them is kept beside).
        [WithheldEmails] = ["withheldemails"],
        // Its PhoneRaw: the numbers it did not take to dial (a row's Do Not Call, a fax, a wrong number), kept there again, never Phone.
        [PhoneRaw] = ["phoneraw"],
        [Phone] = ["phone", "phonenumber", "telephone", "tel", "workphone", "businessphone", "officephone", "mobile", "mobilephone",
            "cell", "cellphone", "cellnumber", "mobilenumber", "homephone", "phone1", "phone2", "phone3", "primaryphone", "directphone",
            "direct", "directline", "mainphone", "otherphone", "telephonenumber", "secondaryphone", "extraphones",
            "altphone", "alternatephone", "alternativephone", "phonealt", "phone2alt", "altnumber", "phonenumbers", "phones", // QuickBooks Online: Phone numbers
            "wireless", "wirelessphone", "landline", "landlinephone", // skip-trace returns' kinds of line
            "worknumber", "homenumber", "officenumber", "directnumber", "businessnumber", "directphonenumber", "workdirectphone", "firstphone", // Freshsales, ZoomInfo, Apollo
            "téléphone", "portable", "teléfono", "telefono", "celular", "móvil", "movil", "telefon", "telefonnummer", "handy", "mobiltelefon",
            "téléphonemobile", "téléphonebureau", "téléphonedomicile", "teléfonomóvil", "teléfonodeltrabajo", "teléfonoparticular", "telefongeschäftlich", "telefonprivat",
            "numérodetéléphone", "téléphoneprofessionnel", "téléphoneportable", "télmobile", "télbureau", "teléfonofijo", "númerodeteléfono",
            "telefone", "telefonecomercial", "telefonecelular", "telefoneresidencial", "telefonefixo", "númerodetelefone", // French (HubSpot, Dynamics, Outlook), Spanish, Portuguese
            "telmóvil", "telcasa", "telcelular", "teléfonocasa", "teléfonocelular", "teloficina"],
        ["PhoneExtension"] = ["extension", "ext", "phoneextension", "phoneext"],
        // Not a minerals list's "Operator": the well's operator, not the owner's company.
        ["Company"] = ["company", "companyname", "société", "societe", "empresa", "firma", "organization", "organisation", "org", "employer", "firm", "business", "businessname",
            "accountname", "organizationname", "organisationname", // Google Contacts: Organization Name
            "companyaccount", "personorganization", // Salesforce lead reports' "Company / Account", Pipedrive's "Person - Organization"
            "associatedcompany", "parentcustomer", // HubSpot's contact export, Dynamics 365's contact (its account)
            "compañía"],
        ["JobTitle"] = ["title", "jobtitle", "position", "role", "organizationtitle"],
        ["Address"] = ["address", "street", "streetaddress", "address1", "addressline1", "streetaddress1", "street1", "mailingaddress", "mailingstreet", "businessstreet", "homestreet", "adresse", "dirección", "direccion",
            "addr", "addr1", "addrline1", "postaladdress", // county rolls' ADDR1, Pipedrive's "Postal address"
            "domicilio", "direcciónpostal", "calle"],
        ["City"] = ["city", "town", "cty", "mailingcity", "businesscity", "homecity", "ville", "ciudad", "municipio", "localidad", "población"],
        // Not Spanish "Estado", as often a record's status as a state.
        ["State"] = ["state", "province", "st", "stateprovince", "stateregion", "mailingstate", "businessstate", "homestate", "edo", "provincia"],
        ["PostalCode"] = ["zip", "zipcode", "postalcode", "postcode", "zippostalcode", "mailingzip", "businesspostalcode", "homepostalcode", "codepostal",
            "zip4", "zipplus4", "códigopostal"],
        ["Country"] = ["country", "countryregion", "mailingcountry", "businesscountryregion", "homecountryregion", "businesscountry", "pays", "país", "pais"],
        ["Website"] = ["website", "web", "url", "homepage", "webpage", "websiteurl"],
        ["Notes"] = ["notes", "note", "comments", "comment", "description"],
    }.SelectMany(p => p.Value.Select(alias => (FoldedKey(Key(alias)), p.Key))) // accents folded here and in TargetFor: "Téléphone" typed "Telephone" too
        .DistinctBy(p => p.Item1).ToFrozenDictionary(p => p.Item1, p => p.Key);

    /// <summary>The presets: their key columns (all must be present to detect one) and what each maps to.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Presets { get; } = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase)
    {
        ["phoneburner"] = new Dictionary<string, string> { ["First Name"] = "FirstName", ["Last Name"] = "LastName", ["Email"] = Email, ["Phone"] = Phone, ["Company"] = "Company" },
        ["aapl"] = new Dictionary<string, string> { ["Contact Name"] = FullName, ["Email Address"] = Email, ["Phone Number"] = Phone, ["Organization"] = "Company" },
    };

    /// <summary>A header compared without case, spaces or punctuation: "E-Mail Address" is "emailaddress".</summary>
    public static string Key(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    /// <summary>A <see cref="Key"/> with its accents folded ("téléphone" is "telephone"): headers are typed with and without them.</summary>
    internal static string FoldedKey(string key) => key.AsSpan().ContainsAnyInRange('\u0080', '\uFFFF') ? TextCleaning.FoldAccents(key) : key;

    /// <summary>The record field a header maps to by itself ("E-Mail Address" is Email, "Mobile Phone Number" Phone); null when none.</summary>
    public static string? TargetFor(string header)
    {
        if (VCardHeaders.TryTarget(header, vCardFile: false, out var vCard)) return vCard; // "EMAIL;TYPE=HOME", "ADR;TYPE=WORK:City"
        var key = FirstNumbered(Key(header));
        var target = KeyTarget(key) ?? VendorPrefixed(header);
        // "Owner #1", "Phone #2": a number sign before an ordinal counts, as "Owner 1" does.
        if (!header.Contains('#') || OrdinalSign().IsMatch(header)) return target;
        // "Owner #", "Payee #", "Customer #": a number of the owner's, not the owner (Key drops the '#'); "Phone #" is a phone, and so
        // are "HOME #", "PH#", "Cell #" (a line's kind and its number sign).
        return target is FullName or "FirstName" or "LastName" or "Company" ? null : target ?? (LinesKinds.Contains(key) ? Phone : null);
    }

    [GeneratedRegex(@"#\s*[0-9]{1,2}\s*$")]
    private static partial Regex OrdinalSign();

    private static readonly string[] LinesKinds = ["home", "cell", "work", "mobile", "office", "ph", "tel", "direct", "main", "fax"];

    /// <summary>
    /// A vendor's short prefix before a header that maps: True Automation PACS's "py_owner_name", "py_addr_line1", "py_addr_city" (a Texas
    /// appraisal district's export). Only a prefix of one to three letters before '_'.
    /// </summary>
    private static string? VendorPrefixed(string header)
    {
        var underscore = header.IndexOf('_');
        if (underscore is < 1 or > 3 || header[..underscore].Any(c => !char.IsAsciiLetter(c))) return null;
        // A prefix that is itself a word of a header ("st_name", a street's; "zip_code") or a property's situs is no vendor's.
        var prefix = Key(header[..underscore]);
        if (prefix is "sit" or "id" or "no" or "num" || KeyTarget(prefix) is not null || Qualifiers.Contains(prefix)) return null;
        return KeyTarget(FirstNumbered(Key(header[(underscore + 1)..])));
    }

    private static string? KeyTarget(string key) =>
        // "Telephone", "Adresse de messagerie" typed without their accents map as the accented names do (the aliases' keys are folded too).
        Aliases.GetValueOrDefault(FoldedKey(key)) ?? QualifiedTarget(key) ?? NumberedTarget(key) ?? QualifiedNamePart(key) ?? NumberedLine(key) ?? FirstAddressPart(key) ?? PersonsField(key);

    /// <summary>
    /// A skip-trace report's first address of several ("Address 1, City 1, State 1, Zip 1, Address 2, City 2 ..."): "City 1" is City;
    /// the second's are kept as columns (ColumnMap does not read its "Address 2" as the first's second line).
    /// </summary>
    private static string? FirstAddressPart(string key) =>
        key.Length > 1 && key[^1] == '1' && !char.IsAsciiDigit(key[^2]) && key[..^1] is "city" or "state" or "st" or "zip" or "zipcode" or "postalcode" or "country"
            ? Aliases[key[..^1]] : null;

    /// <summary>
    /// A skip-trace return's or dialler's numbered line past the three the aliases know: "Phone 4", "Email 5", "Cell Phone 4", "Mobile 1",
    /// "Wireless 2", "Landline 1" (they were kept as columns, the numbers not dialled). Only a phone or an email: "Address 2" is a second line.
    /// </summary>
    private static string? NumberedLine(string key)
    {
        var end = key.Length;
        while (end > 0 && char.IsAsciiDigit(key[end - 1])) end--;
        var stem = key[..end];
        // "Mail 1" is a county roll's first mailing line, not an email.
        if (stem.Length == key.Length || key.Length - stem.Length > 2 || stem.Length == 0 || stem == "mail") return null;
        var target = Aliases.GetValueOrDefault(stem) ?? QualifiedTarget(stem);
        return target is Phone or Email ? target : null;
    }

    /// <summary>
    /// Pipedrive's "Person - Name", "Person - Email - Work", "Person - Phone - Mobile": the person's field after the entity's name.
    /// Not the entity's owner ("Person - Owner", the CRM user who owns the record: <see cref="IsOwners"/>).
    /// </summary>
    private static string? PersonsField(string key) =>
        key.Length > "person".Length && key.StartsWith("person", StringComparison.Ordinal) && !IsOwners(key["person".Length..]) ? KeyTarget(key["person".Length..]) : null;

    /// <summary>
    /// The first of numbered owners or heirs without its number: "Owner 1 First Name" (PropStream), "Heir 1 Phone" read as "Owner First Name",
    /// "Heir Phone". A second's ("Owner 2 First Name", "Heir 2 Phone") is another person's, kept as a column. <paramref name="key"/> is a <see cref="Key"/>.
    /// </summary>
    internal static string FirstNumbered(string key)
    {
        foreach (var role in NumberedRoles)
            if (key.Length > role.Length + 1 && key.StartsWith(role, StringComparison.Ordinal) && key[role.Length] == '1' && char.IsLetter(key[role.Length + 1]))
                return string.Concat(role, key.AsSpan(role.Length + 1));
        return key;
    }

    /// <summary>
    /// Google Contacts' numbered layout: "E-mail 1 - Value", "Phone 2 - Value", "Address 1 - City" (and an iPhone export's, its
    /// first unnumbered: "Phone : value", "Phone 2 : value"),
    /// "Organization 1 - Name", "Website 1 - Value". Every email and phone maps (the further ones go to
    /// ExtraEmails and ExtraPhones); of the fields that hold one value, only the first's: a second
    /// address's city is not the contact's city. "Address 1 - Region" is its state. The "- Label" and
    /// "- Type" columns beside a phone say what line it is (<see cref="PhoneLabelColumn"/>).
    /// </summary>
    private static string? NumberedTarget(string key)
    {
        var match = NumberedHeader().Match(key);
        if (!match.Success) return null;
        var first = match.Groups["n"].Value is "1" or "";
        return (match.Groups["kind"].Value, match.Groups["part"].Value) switch
        {
            ("email", "value") => Email,
            ("phone", "value") => Phone,
            ("website", "value") when first => "Website",
            ("address", "street") when first => "Address",
            ("address", "city") when first => "City",
            ("address", "region") when first => "State",
            ("address", "postalcode") when first => "PostalCode",
            ("address", "country") when first => "Country",
            ("organization", "name") when first => "Company",
            ("organization", "title") when first => "JobTitle",
            _ => null,
        };
    }

    // The number left out for the first, as an iPhone's contacts turned CSV write them ("Phone : value", "Phone 2 : value", "E-mail : value",
    // "Address : region": a trial's iPhone numbers and every email were left as columns).
    [GeneratedRegex(@"^(?<kind>email|phone|website|address|organization)(?<n>[0-9]{0,2})(?<part>value|street|city|region|postalcode|country|name|title)$")]
    private static partial Regex NumberedHeader();

    /// <summary>
    /// For a phone column of Google's numbered layout ("Phone 1 - Value"), the index among
    /// <paramref name="headers"/> of the column that labels it ("Phone 1 - Label" or "- Type": "Mobile",
    /// "Work Fax"); -1 when there is none.
    /// </summary>
    internal static int PhoneLabelColumn(IReadOnlyList<string> headers, int phoneColumn) => LabelColumn(headers, phoneColumn, "phone");

    /// <summary>For an email column of Google's numbered layout ("E-mail 2 - Value"), the column that labels it ("E-mail 2 - Label": "Work", "Bounced"); -1 when none.</summary>
    internal static int EmailLabelColumn(IReadOnlyList<string> headers, int emailColumn) => LabelColumn(headers, emailColumn, "email");

    private static int LabelColumn(IReadOnlyList<string> headers, int column, string kind)
    {
        var match = NumberedHeader().Match(Key(headers[column]));
        if (!match.Success || match.Groups["kind"].Value != kind) return -1;
        var n = match.Groups["n"].Value;
        for (var i = 0; i < headers.Count; i++)
            if (Key(headers[i]) is var key && (key == $"{kind}{n}label" || key == $"{kind}{n}type")) return i;
        return -1;
    }

    /// <summary>
    /// A phone, email or address header with a word that only says which one: "Mobile Phone Number",
    /// "Phone (Cell)", "Phone - Work", "Owner Phone", "Email 2", "Mailing Zip Code", "Owner Address". A
    /// qualifier may come before any of <see cref="QualifiedBases"/>; after it, "number" or a kind of
    /// line only after a phone ("Mobile Home" is a property flag), a digit only after a phone or an email
    /// ("Address 2" is the address's second line, "Mail 1" a county's mailing line).
    /// </summary>
    private static string? QualifiedTarget(string key)
    {
        foreach (var before in Qualifiers)
        {
            if (before.Length > 0 && !key.StartsWith(before, StringComparison.Ordinal)) continue;
            var rest = key[before.Length..];
            if (AddresseeWords.Contains(before))
            {
                // An address's parts only ("Recipient City", "Remit To Zip"), see AddresseeWords.
                if ((QualifiedBases.TryGetValue(rest, out var part) ? part : QualifiedTarget(rest)) is { } addressed && addressed is not (Phone or Email)) return addressed;
                continue;
            }
            if (before.Length > 0 && QualifiedBases.TryGetValue(rest, out var plain)) return plain;
            // Qualifiers stacked: "Owner Mailing City", "Lessor Mailing Address", "Owner Home Phone Number". Not a party's after another
            // word: "Contact Owner Email", "Company Owner Phone" are a CRM's record owner's (the sales rep), "Secondary Contact Phone",
            // "Alternate Contact Email" another person's, not the row's.
            if (before.Length > 0 && rest.Length > 0 && !IsOwners(rest) && !rest.StartsWith("contact", StringComparison.Ordinal)
                && QualifiedTarget(rest) is { } stacked) return stacked;
            foreach (var after in PhoneSuffixes)
                if (rest.Length > after.Length && rest.EndsWith(after, StringComparison.Ordinal)
                    && QualifiedBases.TryGetValue(rest[..^after.Length], out var target)
                    && (target == Phone || (target == Email && after is not ("number" or "num" or "no"))))
                    return target;
            // An address part with the address it belongs to after it, as vCard converters write them:
            // "City (Home)", "Street (Work)", "ZIP (home)", "PostalCodeHome".
            foreach (var after in AddressSuffixes)
                if (rest.Length > after.Length && rest.EndsWith(after, StringComparison.Ordinal)
                    && QualifiedBases.TryGetValue(rest[..^after.Length], out var target)
                    && target is not (Phone or Email))
                    return target;
        }
        return null;
    }

    /// <summary>The words after an address part that say which address it is ("City (Home)"); never a digit or "No" ("Street No", "Address 2").</summary>
    internal static readonly string[] AddressSuffixes = ["home", "work", "business", "office", "mailing", "billing", "shipping", "other", "personal", "main", "primary"];

    // The person an heirship or probate list's row is for: "Heir Phone", "PR Email" (the personal representative), "Executor Address".
    // Not "Attorney Phone": the estate's lawyer is no prospect. (Declared before Qualifiers, which takes them in: static fields are set in order.)
    private static readonly string[] HeirRoles = ["heir", "heirs", "pr", "personalrepresentative", "personalrep", "executor", "executrix", "administrator", "administratrix",
        "independentexecutor", "independentadministrator", "fiduciary"];

    private static readonly string[] Qualifiers = ["", .. OwnerWords, "lastknown", "mailing", "contact", "primarycontact", "primary", "main", "home", "work", "business", "mobile", "cell", "office", "personal", "other", "preferred", "best",
        "company", "car", "billing", "shipping", // Salesforce accounts' and QuickBooks' Billing and Shipping addresses
        "additional", "alternate", "secondary", // PhoneBurner's Additional Phone
        "mail", "address1", // a county roll's "Mail City", "Mail Addr 1"; Dynamics 365's "Address 1: Street 1", "Address 1: State/Province"
        "address", "addr", // Insightly's "Mailing Address Street", "Mailing Address City"; PACS's "py_addr_city"
        .. HeirRoles, .. AddresseeWords];

    // The name parts the owner's or an heir's role may qualify: "Owner First Name", "Heir First Name", "PR Last Name", "Heirs Full Name".
    private static readonly string[] QualifiedNameParts = ["name", "fullname", "firstname", "givenname", "middlename", "middle", "middleinitial", "lastname", "surname", "familyname"];

    /// <summary>
    /// A column of an heir's or a personal representative's (<see cref="HeirRoles"/>) that maps by itself: "Heir Name", "Heir Phone",
    /// "PR Email", "Heir First Name", "Executor Address". <paramref name="key"/> is a <see cref="Key"/>.
    /// </summary>
    internal static bool IsHeirs(string key) => FirstNumbered(key) is var first
        && HeirRoles.Any(role => first.Length > role.Length && first.StartsWith(role, StringComparison.Ordinal) && TargetFor(first[role.Length..]) is not null);

    /// <summary>Whether <paramref name="word"/> (lower-case) names an heir's or personal representative's role: "heir", "pr", "executor".</summary>
    internal static bool IsHeirRole(string word) => HeirRoles.Contains(word);

    /// <summary>
    /// A name part qualified by the owner's or an heir's role ("Owner First Name", "Heir First Name" are FirstName; a mineral list's
    /// owner is its prospect); null for any other key. Beside the columns that name the row's person, the owner's are a CRM's rep's (ColumnMap).
    /// </summary>
    private static string? QualifiedNamePart(string key)
    {
        foreach (var role in NamePartRoles)
            if (key.StartsWith(role, StringComparison.Ordinal) && QualifiedNameParts.Contains(key[role.Length..]))
                return Aliases[key[role.Length..]];
        return null;
    }

    // "Subject Name" of a skip-trace report (TLO), not a bare "Subject" (an email's).
    private static readonly string[] NamePartRoles = [.. OwnerWords, "contact", "primarycontact", "subject", .. HeirRoles];

    private static readonly string[] NumberedRoles = [.. OwnerWords, .. HeirRoles];

    private static readonly FrozenSet<string> OwnersNames =
        OwnerWords.SelectMany(word => OwnersNameKeys(word).Concat(QualifiedNameParts.Select(part => word + part))).ToFrozenSet();

    /// <summary>
    /// Whether <paramref name="key"/> (a <see cref="Key"/>) is the owner's name or a part of it: "Owner", "Owner Name", "Mineral Owner",
    /// "Lessor Name", "Owner First Name". A mineral list's prospect; beside the row's own name columns, a CRM's record owner (the sales rep).
    /// </summary>
    internal static bool IsOwnersName(string key) => OwnersNames.Contains(FirstNumbered(key));

    /// <summary>Whether <paramref name="key"/> (a <see cref="Key"/>) is a column of the owner's: "Owner Email", "Payee Address", "Owner Name".</summary>
    internal static bool IsOwners(string key) => OwnerWords.Any(word => key.StartsWith(word, StringComparison.Ordinal));

    // After a phone: "Phone (Cell)", "Phone : iPhone"; after an email ("Email (Work)", "E-mail - Home") any but number/num/no.
    private static readonly string[] PhoneSuffixes = ["number", "num", "no", "cell", "mobile", "home", "work", "office", "main", "primary", "personal", "other", "iphone", "1", "2", "3"];
    // The phone bases are the only ones a kind of line or "number" may follow: "Phone (Cell)", "Home Phone Number";
    // "mobile" is no base, so "Mobile Home" (a property flag) maps nothing.
    private static readonly Dictionary<string, string> QualifiedBases = new()
    {
        ["phone"] = Phone, ["phonenumber"] = Phone, ["telephone"] = Phone, ["tel"] = Phone, ["homephone"] = Phone, ["workphone"] = Phone,
        ["cellphone"] = Phone, ["mobilephone"] = Phone, ["officephone"] = Phone, ["businessphone"] = Phone, ["mainphone"] = Phone,
        ["email"] = Email, ["emailaddress"] = Email,
        ["address"] = "Address", ["address1"] = "Address", ["streetaddress"] = "Address", ["addressline1"] = "Address", ["streetaddress1"] = "Address", ["street1"] = "Address",
        ["city"] = "City", ["state"] = "State", ["zip"] = "PostalCode", ["zipcode"] = "PostalCode", ["postalcode"] = "PostalCode", ["country"] = "Country",
        ["stateprovince"] = "State", ["zippostalcode"] = "PostalCode", ["street"] = "Address", // Salesforce: Mailing State/Province, Mailing Zip/Postal Code
        ["addr"] = "Address", ["addr1"] = "Address", ["streetaddressline1"] = "Address", // a county roll's "Mail Addr 1"; Constant Contact's "Street address line 1 - Home"
        ["directphone"] = Phone, ["st"] = "State", ["addrline1"] = "Address", // ArcGIS's "OWNER_ST", PACS's "py_addr_line1"
    };

    /// <summary>The record property a mapping target names, whatever its case; null when it is not one.</summary>
    public static string? FindTarget(string name) => TargetsByKey.GetValueOrDefault(Key(name));

    /// <summary>The preset whose key columns are all among <paramref name="headers"/>, if any.</summary>
    public static string? DetectPreset(IEnumerable<string> headers)
    {
        var keys = headers.Select(Key).ToHashSet();
        return Presets.FirstOrDefault(p => p.Value.Keys.All(column => keys.Contains(Key(column)))).Key;
    }
}
