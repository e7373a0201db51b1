using System.Collections.Frozen;
using System.Text;

namespace Pipes.Import;

/// <summary>
/// The fields a source column can map to (the <see cref="ContactRecord"/> property names), the
/// header names that map to each by themselves, and the presets.
/// </summary>
public static class ContactFields
{
    public const string FullName = nameof(ContactRecord.FullName);
    public const string Phone = nameof(ContactRecord.Phone);
    public const string Email = nameof(ContactRecord.Email);

    /// <summary>Every mapping target, as named on the record.</summary>
    public static IReadOnlyList<string> Targets { get; } =
    [
        "Prefix", "FirstName", "MiddleName", "LastName", "Suffix", "Nickname", FullName, Email, Phone, "PhoneExtension",
        "Company", "JobTitle", "Address", "City", "State", "PostalCode", "Country", "Website", "Notes",
    ];

    private static readonly FrozenDictionary<string, string> TargetsByKey = Targets.ToFrozenDictionary(t => Key(t), t => t);

    /// <summary>Header spellings (as <see cref="Key"/>s) that map without being told.</summary>
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string[]>
    {
        ["Prefix"] = ["prefix", "salutation", "honorific", "nametitle"],
        ["FirstName"] = ["firstname", "first", "fname", "givenname", "forename", "first_name", "prénom", "prenom", "nombre", "vorname"],
        ["MiddleName"] = ["middlename", "middle", "middleinitial", "mi"],
        ["LastName"] = ["lastname", "last", "lname", "surname", "familyname", "nom", "nomdefamille", "apellido", "apellidos", "nachname"],
        ["Suffix"] = ["suffix", "namesuffix"],
        ["Nickname"] = ["nickname", "preferredname", "goesby"],
        [FullName] = ["name", "fullname", "contactname", "contact", "displayname", "ownername", "owner", "person", "prospectname"],
        [Email] = ["email", "emailaddress", "e-mail", "mail", "email1", "primaryemail", "workemail", "businessemail", "personalemail",
            "email2", "email3", "emails", "emailaddress1", "emailaddress2", "otheremail", "secondaryemail", "email2address", "email3address",
            "extraemails"], // ExtraEmails: a file this module exported, read again
        [Phone] = ["phone", "phonenumber", "telephone", "tel", "workphone", "businessphone", "officephone", "mobile", "mobilephone",
            "cell", "cellphone", "cellnumber", "mobilenumber", "homephone", "phone1", "phone2", "phone3", "primaryphone", "directphone",
            "direct", "directline", "mainphone", "otherphone", "telephonenumber", "secondaryphone", "extraphones", "phoneraw",
            "altphone", "alternatephone", "alternativephone", "phonealt", "phone2alt", "altnumber",
            "téléphone", "portable", "teléfono", "telefono", "celular", "móvil", "movil"],
        ["PhoneExtension"] = ["extension", "ext", "phoneextension", "phoneext"],
        ["Company"] = ["company", "companyname", "société", "societe", "empresa", "firma", "organization", "organisation", "org", "employer", "firm", "business", "businessname",
            "accountname", "operator"],
        ["JobTitle"] = ["title", "jobtitle", "position", "role"],
        ["Address"] = ["address", "street", "streetaddress", "address1", "addressline1", "mailingaddress", "mailingstreet", "businessstreet", "homestreet", "adresse", "dirección", "direccion"],
        ["City"] = ["city", "town", "mailingcity", "businesscity", "homecity", "ville", "ciudad"],
        ["State"] = ["state", "province", "region", "st", "stateprovince", "stateregion", "mailingstate", "businessstate", "homestate"],
        ["PostalCode"] = ["zip", "zipcode", "postalcode", "postcode", "zippostalcode", "mailingzip", "businesspostalcode", "homepostalcode", "codepostal"],
        ["Country"] = ["country", "countryregion", "mailingcountry", "businesscountryregion", "homecountryregion", "businesscountry", "pays", "país", "pais"],
        ["Website"] = ["website", "web", "url", "homepage", "webpage", "websiteurl"],
        ["Notes"] = ["notes", "note", "comments", "comment", "description"],
    }.SelectMany(p => p.Value.Select(alias => (Key(alias), p.Key))).DistinctBy(p => p.Item1).ToFrozenDictionary(p => p.Item1, p => p.Key);

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

    public static string? TargetFor(string header)
    {
        var key = Key(header);
        return Aliases.GetValueOrDefault(key) ?? QualifiedTarget(key);
    }

    /// <summary>
    /// A phone, email or address header with words that only say which one: "Mobile Phone Number",
    /// "Phone (Cell)", "Phone - Work", "Owner Phone", "Mailing Address 1", "Mailing Zip Code", "Owner
    /// Email". One word is taken off each end (a qualifier before, a qualifier or "number" after) and
    /// what is left must be a known header of such a field; names are not read this way ("Owner Name"
    /// is an alias, "Rep Name" is no contact's).
    /// </summary>
    private static string? QualifiedTarget(string key)
    {
        foreach (var before in Qualifiers)
        {
            if (before.Length > 0 && !key.StartsWith(before, StringComparison.Ordinal)) continue;
            var rest = key[before.Length..];
            foreach (var after in TrailingQualifiers)
            {
                if (after.Length >= rest.Length || (after.Length > 0 && !rest.EndsWith(after, StringComparison.Ordinal))) continue;
                if ((before.Length > 0 || after.Length > 0) && Aliases.TryGetValue(rest[..^after.Length], out var target) && QualifiableTargets.Contains(target))
                    return target;
            }
        }
        return null;
    }

    private static readonly string[] Qualifiers = ["", "owner", "mailing", "contact", "primary", "main", "home", "work", "business", "mobile", "cell", "office", "personal", "other", "preferred", "best"];
    private static readonly string[] TrailingQualifiers = ["", "number", "num", "no", "cell", "mobile", "home", "work", "office", "main", "primary", "1", "2", "3"];
    private static readonly HashSet<string> QualifiableTargets = [Phone, Email, "Address", "City", "State", "PostalCode", "Country"];

    /// <summary>The record property a mapping target names, whatever its case; null when it is not one.</summary>
    public static string? FindTarget(string name) => TargetsByKey.GetValueOrDefault(Key(name));

    /// <summary>The preset whose key columns are all among <paramref name="headers"/>, if any.</summary>
    public static string? DetectPreset(IEnumerable<string> headers)
    {
        var keys = headers.Select(Key).ToHashSet();
        return Presets.FirstOrDefault(p => p.Value.Keys.All(column => keys.Contains(Key(column)))).Key;
    }
}
