using System.Text.RegularExpressions;

namespace Pipes.Import;

/// <summary>
/// The columns left unmapped whose header says whose name they hold ("Owner Mailing Name", "Recipient Name", a county roll's "NM1",
/// a deed's "Grantee"), said in a warning when no column fills the contact's name (ColumnMap): the name the user expected may be in one.
/// </summary>
internal static partial class UnreadNames
{
    /// <summary>
    /// The indexes of such columns of <paramref name="headers"/>, the ones that say a person's name first, then a party's role alone.
    /// Not a name that is no person's ("Tag Name", "Formation Name"), a CRM record owner's ("Contact Owner Name": the sales rep), a
    /// spouse's, a lessee's; nor a column -Mapping sent to '-' (<paramref name="named"/>). Words are read whole ("Contract Holder
    /// Name" is no tract's).
    /// </summary>
    internal static List<int> Columns(IReadOnlyList<string> headers, string?[] targets, bool[] named)
    {
        var found = new List<(int Index, int Rank)>();
        for (var i = 0; i < targets.Length; i++)
        {
            if (targets[i] is not null || named[i]) continue;
            var words = RecordBuilder.HeaderWords(headers[i]);
            if (words.Any(NotAPersons.Contains) || RecordOwner(words)) continue;
            if (CountyRollName().IsMatch(ContactFields.Key(headers[i])) || (words.Contains("name") && words.Any(PersonsWords.Contains))) found.Add((i, 0));
            else if (words.Count <= 2 && PartyWords.Contains(words[0]) && (words.Count == 1 || words[1] is "s" or "name")) found.Add((i, 1));
        }
        return found.OrderBy(f => f.Rank).Select(f => f.Index).ToList();
    }

    // "Contact Owner Name", "Lead Owner", "Record Owner": the CRM user who owns the record, the sales rep.
    private static bool RecordOwner(List<string> words) =>
        words.IndexOf("owner") is var owner and > 0 && CrmRecords.Contains(words[owner - 1]);

    private static readonly HashSet<string> CrmRecords = ["contact", "lead", "record", "deal", "opportunity", "case", "company", "account", "task", "ticket"];

    // A county roll's abbreviation of the owner's name: NM, NM1, NAM1, OWNER_NM (keys).
    [GeneratedRegex("^(?:owner|own)?na?m[0-9]?$")]
    private static partial Regex CountyRollName();

    // Whose a name is, as headers say it: the person's own, the owner's, the one mail is addressed to.
    private static readonly HashSet<string> PersonsWords = ["full", "legal", "owner", "owners", "mailing", "mail", "envelope", "recipient", "contact", "person", "party",
        "customer", "client", "member", "lead", "prospect", "heir", "heirs", "grantee", "grantor", "lessor", "payee", "taxpayer", "borrower", "buyer", "seller",
        "respondent", "tenant", "resident", "occupant", "individual", "primary", "insured", "donor", "subscriber", "holder", "signer", "display", "addressee"];

    // A deed's or lease's parties, named by their role alone ("Grantee", "Grantee(s)", "Grantee Name").
    private static readonly HashSet<string> PartyWords = ["grantor", "grantee", "recipient", "addressee", "respondent"];

    // Names that are no contact's: of an account or its rep, a spouse (someone else), a lease's lessee (a company), the dead; of a
    // list, a source, a tag or a form, and of a well, a lease or the ground ("Lead Source Name", "Lessor Lease Name").
    private static readonly HashSet<string> NotAPersons = ["account", "company", "business", "organization", "organisation", "employer", "rep", "agent", "assigned",
        "created", "modified", "updated", "salesperson", "user", "username", "spouse", "lessee", "operator", "decedent", "deceased", "source", "campaign", "list",
        "stage", "status", "tag", "form", "event", "deal", "well", "lease", "property", "tract", "unit", "formation", "reservoir", "field", "county", "abstract",
        "file", "pad", "screen"];
}
