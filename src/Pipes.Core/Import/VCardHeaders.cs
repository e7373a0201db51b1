using System.Text.RegularExpressions;

namespace Pipes.Import;

/// <summary>
/// Headers written as vCard properties, as vCard-to-CSV converters and some phone backups write them (RFC 6350 section 3.3:
/// a property's name, its parameters after ';', and here the structured value's component after ':'): "FN", "N:Last",
/// "EMAIL;TYPE=INTERNET;TYPE=HOME", "TEL;TYPE=CELL", "ADR;TYPE=HOME:City". Their keys ("emailtypeinternettypehome") map
/// to no alias, so the contact's email, phones and address were kept as columns and never used.
/// </summary>
internal static partial class VCardHeaders
{
    /// <summary>
    /// Whether <paramref name="header"/> is written as a vCard property with a parameter or a component (a ';' or ':' after a
    /// property's name); if so, the field it fills in <paramref name="target"/>, null for one no field takes (a fax, a pager,
    /// an address's PO box or extended line, which stay columns). A bare "FN" is read as vCard's formatted name only beside
    /// headers of that form (<paramref name="vCardFile"/>).
    /// </summary>
    internal static bool TryTarget(string header, bool vCardFile, out string? target)
    {
        target = null;
        var match = Property().Match(header.Trim());
        if (!match.Success || (!vCardFile && !IsCardForm(match))) return false;
        var parameters = match.Groups["params"].Value.ToUpperInvariant();
        var part = match.Groups["part"].Success ? match.Groups["part"].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() : "";
        target = match.Groups["name"].Value.ToUpperInvariant() switch
        {
            "FN" when part.Length == 0 => ContactFields.FullName,
            "N" => part switch
            {
                "LAST" or "FAMILY" or "FAMILYNAME" or "SURNAME" => "LastName",
                "FIRST" or "GIVEN" or "GIVENNAME" => "FirstName",
                "MIDDLE" or "ADDITIONAL" or "ADDITIONALNAMES" => "MiddleName",
                "PREFIX" or "PREFIXES" or "HONORIFICPREFIXES" => "Prefix",
                "SUFFIX" or "SUFFIXES" or "HONORIFICSUFFIXES" => "Suffix",
                _ => null, // "N" whole is "Last;First;Middle;;": no one field
            },
            "EMAIL" => ContactFields.Email,
            "TEL" => NotDialled.Any(kind => parameters.Contains(kind, StringComparison.Ordinal) || part.Contains(kind, StringComparison.Ordinal)) ? null : ContactFields.Phone, // "Tel:Home Fax" too
            "ADR" => part switch
            {
                "STREET" or "STREETADDRESS" => "Address",
                "CITY" or "LOCALITY" => "City",
                "REGION" or "STATE" => "State",
                "POSTALCODE" or "ZIP" or "CODE" => "PostalCode",
                "COUNTRY" or "COUNTRYNAME" => "Country",
                _ => null, // the PO box and extended address (a suite) stay columns
            },
            "ORG" => part is "" or "NAME" or "ORGANIZATION" or "ORGANISATION" or "COMPANY" ? "Company" : null, // "ORG:Unit" is a department
            "TITLE" => "JobTitle",
            "NOTE" => "Notes",
            "URL" => "Website",
            "NICKNAME" => "Nickname",
            _ => null,
        };
        return true;
    }

    /// <summary>Whether <paramref name="header"/> is a card's whole "N" (its structured name), in a file of card properties.</summary>
    internal static bool IsStructuredName(string header) =>
        Property().Match(header.Trim()) is { Success: true } m && m.Groups["name"].Value.Equals("N", StringComparison.OrdinalIgnoreCase) && !m.Groups["part"].Success;

    /// <summary>
    /// A card's structured name, "Family;Given;Additional;Prefixes;Suffixes" (RFC 6350 6.2.2: "Doe;John;Q;Mr.;Jr."), written as a
    /// name is ("Mr. John Q Doe Jr."); a list within a part ("Q,R") is its words. Null when it holds no name.
    /// </summary>
    internal static string? StructuredName(string value)
    {
        var parts = value.Split(';');
        string Part(int i) => i < parts.Length ? parts[i].Replace(',', ' ').Trim() : "";
        var name = string.Join(" ", new[] { Part(3), Part(1), Part(2), Part(0), Part(4) }.Where(p => p.Length > 0));
        return name.Length > 0 ? name : null;
    }

    /// <summary>Whether any of <paramref name="headers"/> is written as a vCard property with a parameter or component.</summary>
    internal static bool IsVCardFile(IEnumerable<string?> headers) =>
        headers.Any(h => h is not null && Property().Match(h.Trim()) is { Success: true } m && IsCardForm(m));

    // Written as only a card's property is: with a group, a parameter or a component ("ORG" alone is any file's).
    private static bool IsCardForm(Match m) => m.Groups["group"].Success || m.Groups["params"].Success || m.Groups["part"].Success;

    // RFC 6350 6.4.1: TYPE=fax, pager and textphone lines are no number to dial.
    private static readonly string[] NotDialled = ["FAX", "PAGER", "TEXTPHONE"];

    // The property names a contact's card uses (RFC 6350 section 6), after a group's name as Apple's exports write it ("item1.EMAIL",
    // section 3.3; only Apple's "itemN": "Owner.Email" is a Salesforce lookup's, the record owner's); parameters "TYPE=HOME", "PREF=1", "TYPE=INTERNET"; a component word.
    [GeneratedRegex(@"^(?<group>item[0-9]+\.)?(?<name>FN|N|EMAIL|TEL|ADR|ORG|TITLE|NOTE|URL|NICKNAME)(?<params>(?:;[A-Za-z-]+(?:=[A-Za-z0-9,""-]*)?)+)?(?::(?<part>[A-Za-z][A-Za-z ]*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Property();
}
