using System.Collections.Specialized;

namespace Pipes.Import;

/// <summary>
/// One contact from an import: the canonical fields, normalised; the file and row it came from;
/// every source column that no field took, under its own header (<see cref="ExtraColumns"/>), so that
/// nothing in the file is lost; and <see cref="Issues"/>, what could not be normalised and why.
/// A record of a file with unmapped columns is of a class derived from this one at run time, with a
/// property per column (see ExtraColumnTypes).
/// </summary>
public class ContactRecord
{
    public string? Prefix { get; set; }
    public string? FirstName { get; set; }
    public string? MiddleName { get; set; }
    public string? LastName { get; set; }
    public string? Suffix { get; set; }
    public string? Nickname { get; set; }
    /// <summary>The whole name as the file gave it (or as composed from its parts).</summary>
    public string? FullName { get; set; }
    /// <summary>
    /// Person, Couple, Organization, Trust or Estate, read from the name; null when the row has no
    /// name. An organisation, trust or estate named alone keeps its whole name in FullName (and in
    /// Company when that was empty) and leaves FirstName and LastName empty.
    /// </summary>
    public Normalization.OwnerType? OwnerType { get; set; }
    /// <summary>The capacity the named person (or organisation: a bank as trustee) acts in: "Trustee", "Executor", "Attorney-in-Fact", "Life Tenant"; null when none.</summary>
    public string? OwnerRole { get; set; }
    /// <summary>The second person of a couple ("Mrs Sally Smith"); the first is in FirstName and LastName.</summary>
    public string? SecondOwner { get; set; }
    public string? Email { get; set; }
    /// <summary>Other valid addresses from the row, separated by "; ".</summary>
    public string? ExtraEmails { get; set; }
    /// <summary>
    /// Addresses the row says not to write to (an opt-out or unsubscribed column, "(do not email)" or "bounced" beside
    /// them), separated by "; ": kept out of Email and ExtraEmails, so nothing binds them to be written to, and here so
    /// the contact's history with them still finds it (Import-PipesEmail reads them). Issues says why, when this import withheld
    /// them (not for a WithheldEmails column read as it is: a file this module wrote, or one mapped there).
    /// </summary>
    public string? WithheldEmails { get; set; }
    /// <summary>10 digits for a North American number, E.164 for others.</summary>
    public string? Phone { get; set; }
    public string? PhoneExtension { get; set; }
    /// <summary>Other usable numbers from the row, separated by "; ".</summary>
    public string? ExtraPhones { get; set; }
    /// <summary>The phone text as written when it could not be read as a number.</summary>
    public string? PhoneRaw { get; set; }

    /// <summary>
    /// The numbers (as Phone writes them, without extension) a Do Not Call column of this row took out of Phone and ExtraPhones:
    /// the import dials them from no later row (<see cref="ContactKeys"/>). Not a column: they are in PhoneRaw and Issues.
    /// </summary>
    internal IReadOnlyList<string>? DoNotCallNumbers { get; set; }
    public string? Company { get; set; }
    public string? JobTitle { get; set; }
    public string? Address { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
    public string? Website { get; set; }
    public string? Notes { get; set; }
    public string SourceFile { get; set; } = "";
    /// <summary>The worksheet the row was read from (XLSX); null for delimited text.</summary>
    public string? SourceSheet { get; set; }
    /// <summary>The line (CSV) or row (XLSX) number in the source file (in its worksheet).</summary>
    public long SourceRow { get; set; }

    /// <summary>
    /// The contact in one line, for where a record is written as text (Import-PipesEmail's Prospect through Export-Csv,
    /// "$record" in a script): its name (or company) with its email or phone, "John Smith &lt;js@x.com&gt;",
    /// "Basin Land LLC (7135550100)"; its file and row when it has none of them.
    /// </summary>
    public override string ToString()
    {
        var name = FullName ?? (FirstName is null && LastName is null ? Company : $"{FirstName} {LastName}".Trim());
        return (name, Email, Phone) switch
        {
            ({ } who, { } email, _) => $"{who} <{email}>",
            ({ } who, null, { } phone) => $"{who} ({phone})",
            ({ } who, null, null) => who,
            (null, { } email, _) => email,
            (null, null, { } phone) => phone,
            _ => $"{Path.GetFileName(SourceFile)} row {SourceRow}",
        };
    }
    /// <summary>What could not be normalised in this row and why, separated by "; ".</summary>
    public string? Issues => _issues switch
    {
        null => null,
        string one => one,
        var many => string.Join("; ", (List<string>)many),
    };

    // Most records have no issues and most others one: null, the one issue, or a List<string> of
    // them (a list per record with one issue was 88 bytes a row). Extra columns are kept as the
    // shared header array and this row's values.
    private object? _issues;
    private string[]? _extraNames;
    private object?[]? _extraValues;

    /// <summary>
    /// Unmapped source columns by header, in file order, with their values as they are now: a new
    /// dictionary each call, so changing it changes nothing (set the record's property of that name).
    /// A method, not a property, so that Export-Csv writes the columns themselves (they are the
    /// record's properties) rather than the dictionary.
    /// </summary>
    public OrderedDictionary ExtraColumns()
    {
        var columns = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in EnumerateExtraColumns()) columns[name] = value;
        return columns;
    }

    /// <summary>The unmapped columns in file order, without building a dictionary.</summary>
    public IEnumerable<(string Name, object? Value)> EnumerateExtraColumns()
    {
        if (_extraNames is null) yield break;
        for (var i = 0; i < _extraNames.Length; i++) yield return (_extraNames[i], _extraValues![i]);
    }

    /// <summary>True when the row had columns no field took.</summary>
    // A method, not a property: Export-Csv writes every property, and this one is no column of the contact.
    public bool HasExtraColumns() => _extraNames is { Length: > 0 };

    // The made record types' properties read and write the row's values through these (ExtraColumnTypes);
    // such a record always has them.
    internal object? GetExtraColumnValue(int index) => _extraValues![index];

    internal void SetExtraColumnValue(int index, object? value) => _extraValues![index] = value;

    internal void SetExtraColumns(string[] names, object?[] values)
    {
        _extraNames = names;
        _extraValues = values;
    }

    public void AddIssue(string issue) => _issues = _issues switch
    {
        null => issue,
        string one => new List<string> { one, issue },
        var many => Add((List<string>)many, issue),
    };

    private static List<string> Add(List<string> issues, string issue)
    {
        issues.Add(issue);
        return issues;
    }
}
