using Pipes.Import.Normalization;
using Pipes.Integrations;

namespace Pipes.Import;

/// <summary>Where the header is, what each column is called, and which field (if any) each feeds.</summary>
public sealed partial class ColumnMap
{
    private const int RowsSearchedForHeader = 10;

    /// <summary>
    /// How far down the header is looked for when the first rows hold none that maps Email, Phone or
    /// a name (a sheet with a page of notes above its table); the importer buffers this many rows.
    /// </summary>
    internal const int RowsSearchedForHeaderFar = 100;

    private readonly List<string> _warnings = [];

    private ColumnMap(long headerLine, int rowsSkipped, IReadOnlyList<string> headers, IReadOnlyList<string?> targets, string? preset)
    {
        HeaderLine = headerLine;
        RowsSkippedAboveHeader = rowsSkipped;
        Headers = headers;
        Targets = targets;
        Preset = preset;
        ExtraColumnNames = headers.Where((_, i) => targets[i] is null).ToArray();
    }

    /// <summary>The headers of the columns kept as they are, in file order (shared by every record).</summary>
    public string[] ExtraColumnNames { get; }

    public long HeaderLine { get; }

    /// <summary>Title lines or merged title rows above the header.</summary>
    public int RowsSkippedAboveHeader { get; }

    /// <summary>Column names, made unique ("Phone", "Phone_2") and never blank ("Column3").</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The header row's cells as the file has them (trimmed; not made unique or named "Column3"), to know the header when it comes again.</summary>
    internal IReadOnlyList<string?> HeaderRowCells { get; private init; } = [];

    /// <summary>The field each column feeds, or null for a column kept as it is.</summary>
    public IReadOnlyList<string?> Targets { get; }

    public string? Preset { get; }

    /// <summary>
    /// The "Owner" or "Owner Name" column kept as a column of its own beside columns that name the row's person (a CRM's rep),
    /// which names a row whose name columns are empty (a land list's trust or company); -1 when there is none, or -Mapping
    /// sends it to nothing ("-").
    /// </summary>
    internal int OwnerColumn { get; private init; } = -1;

    /// <summary>
    /// QuickBooks' "Customer full name" (or Customer, Client, Lead, Member Name) kept as a column beside the columns
    /// that name the person, which names a row whose name columns are empty (a company customer); -1 when none.
    /// </summary>
    internal int AccountNameColumn { get; private init; } = -1;

    /// <summary>
    /// A county roll's or lease sheet's one "City State Zip" column ("LUBBOCK TX 79411", "Midland, TX 79701"; "Owner City State Zip"),
    /// kept as a column, which fills City, State and PostalCode when no column gives them (RecordBuilder); -1 when there is none.
    /// </summary>
    internal int CityStateZipColumn { get; private init; } = -1;

    /// <summary>
    /// A vCard's whole "N" (its structured name, "Doe;John;Q;Mr.;Jr."), kept as a column, which names a row whose name columns are
    /// empty (RecordBuilder, <see cref="VCardHeaders.StructuredName"/>); -1 when the file has none.
    /// </summary>
    internal int VCardNameColumn { get; private init; } = -1;

    /// <summary>
    /// Google Contacts' "Address 1 - Formatted" (the whole address as lines), kept as a column, which fills the address of a row whose
    /// "Address 1 - Street", "- City" ... are empty (Google leaves them so for an address typed whole); -1 when there is none.
    /// </summary>
    internal int FormattedAddressColumn { get; private init; } = -1;

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z]*?(?:citystatezip(?:code)?|citystzip|citystatepostalcode|csz)$")]
    private static partial System.Text.RegularExpressions.Regex CityStateZipHeader();

    /// <summary>
    /// Whether the file's rows are an heir's or personal representative's (an heirship or probate list: "Owner Name, Deceased, Heir
    /// Name, Heir Phone"): the name and a phone or email are theirs (<see cref="ContactFields.IsHeirs"/>). A death column is then the
    /// decedent's, not the row's person's (RecordBuilder).
    /// </summary>
    internal bool HeirIsThePerson { get; private init; }

    // A column of a probate or heirship list, as a header key: a decedent's, an estate's, a death's, an heir's, an executor's.
    [System.Text.RegularExpressions.GeneratedRegex("decedent|deceased|decd|estate|probate|death|died|heir|executor|executrix|personalrepresentative")]
    private static partial System.Text.RegularExpressions.Regex ProbateWord();

    /// <summary>
    /// On a file whose rows are an heir's, the field each owner's column (the owner's name, "Owner Phone") fills on a row that names no
    /// heir (<see cref="HeirsColumns"/> all empty), null for the others; every column's null on other files.
    /// </summary>
    internal IReadOnlyList<string?> OwnersTargets { get; private init; } = [];

    /// <summary>On a file whose rows are an heir's, the columns mapped as the heir's ("Heir Name", "Heir Phone"); empty on other files.</summary>
    internal int[] HeirsColumns { get; private init; } = [];

    /// <summary>
    /// Whether the owner's name ("Owner", "Owner Name", "Owner First Name") stands beside columns that name the row's person (not the
    /// owner's, an heir's, or an account's such as QuickBooks' Customer): then the owner is a CRM's record owner (ContactFields.IsOwnersName).
    /// </summary>
    private static bool RowsNamedBesideTheOwner(List<string> headerKeys, string?[] targets, bool[] heirs)
    {
        bool owners = false, persons = false;
        for (var i = 0; i < targets.Length; i++)
        {
            if (targets[i] is not (ContactFields.FullName or "FirstName" or "MiddleName" or "LastName")) continue;
            if (ContactFields.IsOwnersName(headerKeys[i])) owners = true;
            else if (!ContactFields.IsFallbackName(headerKeys[i]) && !heirs[i]) persons = true;
        }
        return owners && persons;
    }

    /// <summary>An heir's (or personal representative's) name, and a phone or email of theirs or no other name: the rows are the heir's.</summary>
    private static bool HeirsRows(List<string> headerKeys, string?[] targets, bool[] heirs)
    {
        // "PR" and "Administrator" name other people too (a publicist, a school's administrator): a list is a probate list by a
        // decedent's, an estate's or a death's column, or by an heir's or executor's.
        if (!headerKeys.Any(k => ProbateWord().IsMatch(k))) return false;
        bool heirsName = false, heirsContact = false, othersName = false;
        for (var i = 0; i < targets.Length; i++)
        {
            var name = targets[i] is ContactFields.FullName or "FirstName" or "LastName";
            if (!heirs[i]) othersName |= name;
            else (heirsName, heirsContact) = (heirsName || name, heirsContact || targets[i] is ContactFields.Phone or ContactFields.Email);
        }
        return heirsName && (heirsContact || !othersName);
    }

    /// <summary>
    /// The other addresses of a file that has several ("Business Street, City ..." then "Home Street, City ..." then
    /// "Other ..." in Outlook's export; "Mailing" beside a plain "Address"), each a field-to-column map, in file order:
    /// a row whose mapped address columns are all empty takes the first of them it has (RecordBuilder). Empty when the
    /// file has one address.
    /// </summary>
    internal IReadOnlyList<IReadOnlyDictionary<string, int>> AddressAlternates { get; private init; } = [];

    private static readonly HashSet<string> AddressFields = ["Address", "City", "State", "PostalCode", "Country"];

    /// <summary>
    /// Which of several addresses fills the fields, lowest first, then in file order: the owner's or the mailing address ("Mailing
    /// Address" after a property's "Address" in PropStream's export, "Owner State" after the well's "State"), then the others (Outlook's
    /// Business before Home, as written), a company's last ("Company Street Address" beside ZoomInfo's "Person Street").
    /// </summary>
    private static int AddressRank(string key) => AddressQualifier(key) switch
    {
        var q when q.Length > 0 && (ContactFields.IsOwners(q) || q is "mailing" or "mail" or "person") => 0,
        "company" or "organization" or "account" => 2,
        _ => 1,
    };

    /// <summary>
    /// How many of Address, City, State and PostalCode each address (by <see cref="AddressQualifier"/>) has columns for. Of several
    /// addresses the fullest fills the fields, then by <see cref="AddressRank"/>: one row's fields come from one address (a lone
    /// "Mailing Address" beside a property's Address, City, State and Zip took Address and left City the property's; a CRM rep's
    /// "Owner City" took City beside the contact's Address).
    /// </summary>
    private static Dictionary<string, int> AddressParts(List<string> headers, string?[] targets) =>
        targets.Select((target, i) => (target, i)).Where(c => c.target is "Address" or "City" or "State" or "PostalCode")
            .GroupBy(c => AddressQualifier(ContactFields.Key(headers[c.i])))
            .ToDictionary(g => g.Key, g => g.Select(c => c.target).Distinct().Count());

    /// <summary>
    /// The columns of each address written as envelope lines (QuickBooks Desktop's "Bill to 1" to "Bill to 5", then
    /// "Ship to 1" to "Ship to 5"; IIF's BADDR1-5 and SADDR1-5), in line order, billing first: a row with no address
    /// from the mapped columns reads the first of them it has (RecordBuilder, <see cref="Normalization.AddressBlock"/>).
    /// Empty when the file has none, or has City, State or PostalCode columns (then those lines are not an envelope's).
    /// </summary>
    internal IReadOnlyList<int[]> AddressBlocks { get; private init; } = [];

    private static List<int[]> AddressBlocksOf(List<string> headerKeys, string?[] targets)
    {
        if (targets.Any(t => t is "City" or "State" or "PostalCode")) return [];
        return headerKeys.Select((key, i) => (Match: EnvelopeLine().Match(key), Column: i))
            .Where(c => c.Match.Success && targets[c.Column] is null)
            .GroupBy(c => c.Match.Groups["q"].Value[0]) // b(ill) or s(hip)
            .OrderBy(g => g.Key) // billing first
            .Select(g => g.OrderBy(c => c.Match.Groups["n"].Value).Select(c => c.Column).ToArray())
            .ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?<q>billto|billfrom|shipto|baddr|saddr)(?<n>[1-5])$")]
    private static partial System.Text.RegularExpressions.Regex EnvelopeLine();

    /// <summary>
    /// For each street column (the mapped one and the other addresses'), the columns of its further lines, in order:
    /// Outlook's "Business Street 2" and "3", "Address 2", "Address Line 2", "Mailing Street 2" (a suite, a building).
    /// RecordBuilder adds them to the Address it takes from that column. Empty when the file has none. A line -Mapping sends to '-' stays apart.
    /// </summary>
    internal IReadOnlyDictionary<int, int[]> AddressLines { get; private init; } = new Dictionary<int, int[]>();

    private static Dictionary<int, int[]> AddressLinesOf(List<string> headerKeys, string?[] before, string?[] after, bool[] named)
    {
        var lines = new Dictionary<int, int[]>();
        for (var street = 0; street < headerKeys.Count; street++)
        {
            if (before[street] != "Address") continue;
            var qualifier = AddressQualifier(headerKeys[street]);
            var further = new List<int>();
            for (var i = 0; i < headerKeys.Count; i++)
                if (after[i] is null && !named[i] && LineTwo().Match(headerKeys[i]) is { Success: true } line && line.Groups["q"].Value == qualifier
                    && !SecondAddress(headerKeys, qualifier, headerKeys[i][^1])) further.Add(i);
            if (further.Count > 0) lines[street] = [.. further];
        }
        return lines;
    }

    /// <summary>
    /// What an address column's header says before its base word, which address it is: "business" of "Business Street",
    /// "" of "Address"; or after it ("home" of "City (Home)", as vCard converters write them); the whole key when it has no base word.
    /// </summary>
    private static string AddressQualifier(string key)
    {
        if (AddressBases.FirstOrDefault(b => key.EndsWith(b, StringComparison.Ordinal)) is { } word) return key[..^word.Length];
        if (AddressBases.FirstOrDefault(b => key.StartsWith(b, StringComparison.Ordinal)) is { } first
            && ContactFields.AddressSuffixes.Contains(key[first.Length..])) return key[first.Length..];
        return key;
    }

    // "Address 2" beside "City 2" or "Zip 2" is a second address (a skip-trace report's), not the first's second line.
    private static bool SecondAddress(List<string> headerKeys, string qualifier, char number) =>
        headerKeys.Contains($"{qualifier}city{number}") || headerKeys.Contains($"{qualifier}zip{number}") || headerKeys.Contains($"{qualifier}state{number}");

    [System.Text.RegularExpressions.GeneratedRegex("^(?<q>[a-z]*?)(?:streetaddress|addressline|addrline|address|street|addr)[23]$")]
    private static partial System.Text.RegularExpressions.Regex LineTwo();

    // The words an address column's header ends with, longest first: what is before them names the address ("home", "business").
    private static readonly string[] AddressBases = ["streetaddress1", "streetaddress", "addressline1", "address1", "address", "street1", "street", "addrline1", "addr1", "addr", "city", "town", "locality", "stateprovince", "state", "province",
        "zippostalcode", "postalcode", "zipcode", "postcode", "zip", "countryregion", "country", "region"]; // "region" after "countryregion": Outlook's "Business Country/Region"

    private static List<IReadOnlyDictionary<string, int>> AlternateAddresses(List<string> headerKeys, string?[] before, string?[] after, bool[] mapped)
    {
        var groups = new List<(string Qualifier, Dictionary<string, int> Columns)>();
        for (var i = 0; i < before.Length; i++)
        {
            // A column the header names as an address's part and that lost its field to an earlier address's column.
            if (before[i] is not { } field || !AddressFields.Contains(field) || after[i] is not null || mapped[i]) continue;
            var qualifier = AddressQualifier(headerKeys[i]);
            var group = groups.FindIndex(g => g.Qualifier == qualifier);
            if (group < 0)
            {
                groups.Add((qualifier, new Dictionary<string, int>()));
                group = groups.Count - 1;
            }
            groups[group].Columns.TryAdd(field, i);
        }
        // A group that has only a country or a state (Outlook's "Other Country/Region" alone, a well's "State" beside the owner's
        // address) is no address to fall back on.
        return groups.Where(g => g.Columns.Keys.Any(f => f is "Address" or "City" or "PostalCode")).Select(g => (IReadOnlyDictionary<string, int>)g.Columns).ToList();
    }

    /// <summary>What the user should hear about the mapping: a preset that does not fit, a header that maps no contact column.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Which of Email, Phone and a name (FullName, FirstName or LastName) the columns feed.</summary>
    public IReadOnlyList<string> ContactColumns => ContactColumnsOf(Targets);

    public IReadOnlyDictionary<string, string> Mapping =>
        Headers.Zip(Targets).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> UnmappedColumns => ExtraColumnNames;

    /// <summary>Fields no column feeds (FullName counts as feeding the name parts).</summary>
    public IReadOnlyList<string> UnmappedFields
    {
        get
        {
            var fed = Targets.Where(t => t is not null).ToHashSet()!;
            return ContactFields.Targets.Where(t => !fed.Contains(t)).ToList();
        }
    }

    /// <summary>
    /// Finds the header among the first rows (the one most of whose cells are known header names,
    /// so title lines above it are skipped; when none of the first ten maps Email, Phone or a name,
    /// the first of the next rows that maps two known columns, one of them a contact column), then
    /// maps columns: an explicit mapping first, then the preset, then known header names.
    /// <paramref name="headerRow"/> (a line or row number) names the header instead; rows above it
    /// need not be in <paramref name="firstRows"/> (<paramref name="rowsSkippedBefore"/> counts them).
    /// Throws <see cref="InvalidInputError"/> (Pipes.HeaderRowNotFound) when that row holds nothing.
    /// </summary>
    public static ColumnMap Build(IReadOnlyList<SourceRow> firstRows, string path, string? preset, IReadOnlyDictionary<string, string>? mapping,
        long? headerRow = null, int rowsSkippedBefore = 0)
    {
        var candidates = firstRows.Where(r => r.Error is null).Take(RowsSearchedForHeaderFar).ToList();
        if (candidates.Count == 0 && headerRow is null) return new ColumnMap(0, 0, [], [], null);
        (SourceRow row, int index) header;
        if (headerRow is { } wanted)
        {
            var index = candidates.FindIndex(r => r.Line == wanted && !r.IsBlank);
            if (index < 0)
                throw new InvalidInputError("Import", "Map", $"{Path.GetFileName(path)} has no values on row {wanted} to use as the header"
                    + (candidates.FirstOrDefault(r => !r.IsBlank) is { } next ? $" (the next row with values is {next.Line})." : " (nothing follows it)."), wanted, ErrorIds.HeaderRowNotFound);
            header = (candidates[index], index);
        }
        else
        {
            header = FindHeader(candidates, mapping);
        }

        var rawHeaders = header.row.Cells.Select(c => Text(c)).ToList();
        // A heading row over sub-headings, as merged cells make it ("Phone" over "Home" and "Cell"): the search
        // takes the lower row, which has more known names, and would lose the columns only the upper one names.
        string? spanned = null;
        if (headerRow is null && header.index > 0 && candidates[header.index - 1] is var above && TwoRowHeader(above, rawHeaders) is { } combined)
        {
            spanned = Spanned(above.Line, header.row.Line, combined);
            rawHeaders = combined;
        }
        // The same with the heading row taken and its sub-headings below it (a trial: "Name | Phone | | Email" over "| Home | Cell |",
        // Name and Email merged down, Phone across: the sub-headings became a contact 'Home' and the Cell column was Column3, unmapped).
        else if (headerRow is null && header.index + 1 < candidates.Count && candidates[header.index + 1] is var under
                 && SubHeadingsOf(rawHeaders, under) && TwoRowHeader(header.row, under.Cells.Select(c => Text(c)).ToList()) is { } spannedDown)
        {
            spanned = Spanned(header.row.Line, under.Line, spannedDown);
            rawHeaders = spannedDown;
            header = (under, header.index + 1);
        }
        string Spanned(long upper, long lower, List<string> combined) =>
            $"{Path.GetFileName(path)}: the header spans rows {upper} and {lower} (a heading over sub-headings, as merged cells make), read as one: "
            + string.Join(", ", combined.Take(8).Select(h => $"'{h}'")) + (combined.Count > 8 ? ", ..." : "") + ". -HeaderRow names a single header row.";
        // Excel's ghost columns: blank headers at the end over cells empty in every row looked at ("a,b,c,,,").
        // Import-Csv drops them too; a later row with text there is kept as cells past the header, and said.
        var width = rawHeaders.Count;
        while (width > 0 && string.IsNullOrWhiteSpace(rawHeaders[width - 1])
               && candidates.Skip(header.index + 1).All(r => r.Cells.Length < width || r.Cells[width - 1] is null || (r.Cells[width - 1] is string cell && string.IsNullOrWhiteSpace(cell))))
            width--;
        var headers = UniqueHeaders(rawHeaders.GetRange(0, width));
        var detected = preset ?? ContactFields.DetectPreset(headers);
        if (preset is not null && !ContactFields.Presets.ContainsKey(preset))
            throw new InvalidInputError("Import", "Map", $"'{preset}' is not a preset. Presets: {string.Join(", ", ContactFields.Presets.Keys)}.", preset, ErrorIds.UnknownPreset);

        var targets = headers.Select(h => ContactFields.TargetFor(h)).ToArray();
        // A bare "FN" is vCard's formatted name beside "N:Last", "EMAIL;TYPE=HOME" (elsewhere it may be a first name: left unmapped).
        var vCardFile = VCardHeaders.IsVCardFile(headers);
        if (vCardFile)
            for (var i = 0; i < targets.Length; i++)
                if (targets[i] is null && VCardHeaders.TryTarget(headers[i], vCardFile: true, out var vCard)) targets[i] = vCard;
        var headerKeys = headers.Select(ContactFields.Key).ToList();
        HeadersReadByValues.Map(headerKeys, targets, candidates.Skip(header.index + 1));
        // An heir's (or personal representative's) columns: "Heir Name", "Heir Phone"; a bare "Heir" beside the heir's own "Heir Phone" or
        // "Heir Email" is the heir's name (as a fallback name beside the owner's it was kept as a column: the owner's Deceased withheld the heir).
        var heirs = headerKeys.Select(k => ContactFields.IsHeirs(k)
            || (ContactFields.IsHeirRole(k) && headerKeys.Any(other => other.Length > k.Length && other.StartsWith(k, StringComparison.Ordinal) && ContactFields.IsHeirs(other)))).ToArray();
        if (detected is not null)
        {
            foreach (var (column, field) in ContactFields.Presets[detected])
            {
                var index = headerKeys.IndexOf(ContactFields.Key(column));
                if (index >= 0) targets[index] = field;
            }
        }
        // QuickBooks' "Customer full name" is the name it shows, often a company's; beside a column that names the
        // person ("Full name", First and Last) it is kept as a column, so that it neither pushes that one aside nor
        // is split as a person's name. Likewise Customer, Client, Lead and Member Name, and a bare "Heir" or "Executor" (a yes/no there).
        var accountName = -1;
        if (targets.Where((target, i) => target is ContactFields.FullName or "FirstName" or "LastName" && !ContactFields.IsFallbackName(headerKeys[i])).Any())
            for (var i = 0; i < targets.Length; i++)
                if (targets[i] == ContactFields.FullName && ContactFields.IsFallbackName(headerKeys[i]) && !heirs[i])
                {
                    targets[i] = null;
                    if (accountName < 0) accountName = i;
                }
        // A payee's address ("Recipient Address", "Remit City") is the row's only with the payee's name as the row's (a 1099 export), or
        // as an address of two parts or more where no name says whose (a deck's Remit Address, City, St, Zip): a gift list's recipient's
        // beside the row's own name, and a mail trace's lone "Recipient Address" (an email), are someone else's (a review).
        var payeesName = headerKeys.Where(ContactFields.IsAddresseesName).ToList();
        var payeesParts = Enumerable.Range(0, targets.Length).Where(i => targets[i] is not null && ContactFields.IsAddressees(headerKeys[i]) && !ContactFields.IsAddresseesName(headerKeys[i])).ToList();
        if (payeesParts.Count > 0 && (payeesName.Count == 0 ? payeesParts.Count < 2 : payeesName.All(key => targets[headerKeys.IndexOf(key)] is null)))
            foreach (var i in payeesParts) targets[i] = null;
        // Outlook's export has both: there Title is the name's (Mr., Dr.), beside Job Title.
        if (headerKeys.IndexOf("title") is var title and >= 0 && headerKeys.Contains("jobtitle") && targets[title] == "JobTitle") targets[title] = "Prefix";
        // Beside columns that name the row's person (First and Last Name, Full Name), a CRM's "Owner" ("Owner Name", "Owner First
        // Name") is the sales rep who owns the record, not the contact: kept as a column of its own, with the rep's "Owner Email" and
        // "Owner Phone" (after a bare "Owner", or where the contact has an Email or Phone of its own). A mineral list's owner has no
        // name columns beside it; where it has, RecordBuilder reads a whole name of the owner's for a row whose name columns are empty.
        var owner = -1;
        var ownersKept = new List<int>();
        if (RowsNamedBesideTheOwner(headerKeys, targets, heirs))
        {
            var ownFields = targets.Where((t, i) => t is not null && !ContactFields.IsOwners(headerKeys[i])).ToHashSet();
            var bareOwner = headerKeys.Contains("owner");
            for (var i = 0; i < headerKeys.Count; i++)
            {
                if (ContactFields.IsOwnersName(headerKeys[i]) && targets[i] is { } target)
                {
                    if (owner < 0 && target == ContactFields.FullName) owner = i;
                    targets[i] = null;
                    ownersKept.Add(i);
                }
                else if (ContactFields.IsOwners(headerKeys[i]) && targets[i] is ContactFields.Email or ContactFields.Phone
                         && (bareOwner || ownFields.Contains(targets[i]!)))
                {
                    targets[i] = null;
                    ownersKept.Add(i);
                }
            }
        }
        // An heirship or probate list that gives an heir's (or personal representative's) name and phone or email beside the owner's:
        // the heir is the row's person, the prospect. The owner's (often the decedent's) name and "Owner ..." columns are kept as
        // columns of their own: the owner's name filled FullName and the heir's number Phone, a greeting to the dead at the heir's.
        // A row that names no heir (the owner is alive, or no heir is known yet) is the owner's: those columns fill it (RecordBuilder).
        // An unqualified column of a field an heir's column also fills ("Phone" beside "Heir Phone") is the owner's too.
        var heirIsThePerson = HeirsRows(headerKeys, targets, heirs);
        var ownersTargets = new string?[targets.Length];
        if (heirIsThePerson)
        {
            var heirsFields = targets.Where((t, i) => t is not null && heirs[i]).ToHashSet();
            for (var i = 0; i < targets.Length; i++)
                if (targets[i] is { } target && !heirs[i]
                    && (target is ContactFields.FullName or "FirstName" or "MiddleName" or "LastName" || heirsFields.Contains(target)
                        || ContactFields.IsOwners(headerKeys[i])))
                    (ownersTargets[i], targets[i]) = (target, null);
        }
        var mapped = new bool[headers.Count]; // sent to a field by -Mapping
        var named = new bool[headers.Count]; // named by -Mapping at all, to a field or to nothing ("-"): the user has said what it is
        if (mapping is not null)
        {
            foreach (var (column, field) in mapping)
            {
                var index = headers.FindIndex(h => string.Equals(h.Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase));
                if (index < 0) index = headerKeys.IndexOf(ContactFields.Key(column));
                if (index < 0)
                    throw new InvalidInputError("Import", "Map", $"The mapping names column '{column}', which is not in {Path.GetFileName(path)}. Its columns: {string.Join(", ", headers)}.", column, ErrorIds.MappingColumnNotFound);
                if (string.IsNullOrWhiteSpace(field) || field == "-")
                {
                    targets[index] = null; // mapped to nothing: keep the column as it is
                    named[index] = true;
                    continue;
                }
                targets[index] = ContactFields.FindTarget(field)
                    ?? throw new InvalidInputError("Import", "Map", $"The mapping target '{field}' (for column '{column}') is not a field. Fields: {string.Join(", ", ContactFields.Targets)}.", field, ErrorIds.UnknownMappingTarget);
                mapped[index] = named[index] = true;
            }
        }
        // A -Mapping that sends an owner's column to a field says whose the rows are: the owner's, as without heir columns.
        if (heirIsThePerson && ownersTargets.Where((t, i) => t is not null && mapped[i]).Any())
        {
            heirIsThePerson = false;
            for (var i = 0; i < targets.Length; i++)
                if (ownersTargets[i] is { } target && !mapped[i]) targets[i] = target;
            Array.Clear(ownersTargets);
        }
        // "Phone" merged over two columns: the second, without a header, holds numbers too, read by its values after -Mapping has said
        // what the columns are (a column it names keeps its word; one it sends to Phone spans as a found one does, one it sends to '-' not).
        var spannedRight = HeadersReadByValues.SpannedByTheLeft(rawHeaders.GetRange(0, width), targets, named, candidates.Skip(header.index + 1));
        var file = Path.GetFileName(path);
        var beforeDemoting = targets.ToArray();
        var demoted = OneColumnPerField(headers, targets, mapped, file);
        var map = new ColumnMap(header.row.Line, rowsSkippedBefore + header.index, headers, targets, detected)
        {
            HeaderRowCells = header.row.Cells.Select(c => Text(c)?.Trim()).ToArray(),
            // The rep's Owner, kept as a column, still names a row whose name columns are empty (RecordBuilder).
            OwnerColumn = owner >= 0 && targets[owner] is null && !named[owner] ? owner : -1, // "-" keeps it from naming a row too
            AccountNameColumn = accountName >= 0 && targets[accountName] is null ? accountName : -1,
            VCardNameColumn = vCardFile && headers.FindIndex(h => VCardHeaders.IsStructuredName(h)) is var n and >= 0 && targets[n] is null && !named[n] ? n : -1,
            FormattedAddressColumn = headerKeys.IndexOf("address1formatted") is var formatted and >= 0 && targets[formatted] is null && !mapped[formatted] ? formatted : -1,
            CityStateZipColumn = Enumerable.Range(0, targets.Length)
                .Where(i => targets[i] is null && CityStateZipHeader().IsMatch(headerKeys[i]) && !named[i])
                .DefaultIfEmpty(-1).MinBy(i => i < 0 ? 0 : AddressRank(headerKeys[i])),
            HeirIsThePerson = heirIsThePerson,
            OwnersTargets = ownersTargets.Select((target, i) => targets[i] is null && !mapped[i] ? target : null).ToArray(),
            HeirsColumns = heirIsThePerson ? Enumerable.Range(0, targets.Length).Where(i => targets[i] is not null && heirs[i]).ToArray() : [],
            AddressAlternates = AlternateAddresses(headerKeys, beforeDemoting, targets, mapped),
            AddressLines = AddressLinesOf(headerKeys, beforeDemoting, targets, named),
            AddressBlocks = AddressBlocksOf(headerKeys, targets),
        };
        if (spanned is not null) map._warnings.Add(spanned);
        foreach (var (column, left) in spannedRight)
        {
            var phones = targets[column] == ContactFields.Phone;
            map._warnings.Add($"{file}: column {column + 1} ('{headers[column]}') has no header, and right of '{headers[left]}' it holds only {(phones ? "phone numbers" : "email addresses")} "
                + $"in the rows looked at, as under a header cell merged across columns: read as more of them (Extra{(phones ? "Phones" : "Emails")} where '{headers[left]}' has one). "
                + $"-Mapping @{{ '{headers[column]}' = '-' }} keeps it as a column.");
        }
        // Said: a mineral list's owner beside a contact person's name is kept as a column too, and may be the name the user expected.
        if (ownersKept.Where(i => targets[i] is null && !named[i]).ToList() is { Count: > 0 } kept)
        {
            var persons = headers.Where((_, i) => targets[i] is ContactFields.FullName or "FirstName" or "LastName").ToList();
            map._warnings.Add($"{file}: {string.Join(", ", kept.Select(i => $"'{headers[i]}'"))} {(kept.Count == 1 ? "is" : "are")} kept as {(kept.Count == 1 ? "a column" : "columns")}: "
                + $"beside {string.Join(", ", persons.Select(h => $"'{h}'"))}, which {(persons.Count == 1 ? "names" : "name")} the row's person, an owner's columns are another party's (a CRM's record owner, the sales rep; or the owner a contact person acts for)"
                + (map.OwnerColumn >= 0 ? $"; '{headers[map.OwnerColumn]}' names a row whose name columns are empty" : "")
                + $". -Mapping @{{ '{headers[kept[0]]}' = '{ContactFields.TargetFor(headers[kept[0]])}' }} makes it the row's.");
        }
        // Said, as a demoted column is: the file's owner columns no longer fill the fields of a row that names an heir.
        if (map.OwnersTargets.Any(t => t is not null))
            map._warnings.Add($"{file}: its rows are the heirs' ({string.Join(", ", map.HeirsColumns.Select(i => $"'{headers[i]}'"))}): "
                + $"{string.Join(", ", map.OwnersTargets.Select((t, i) => (t, i)).Where(c => c.t is not null).Select(c => $"'{headers[c.i]}'"))} "
                + (map.OwnersTargets.Count(t => t is not null) == 1 ? "is kept as a column, and fills" : "are kept as columns, and fill") + " a row that names no heir. -Mapping chooses another.");
        // Several addresses (Outlook's Business, Home, Other) are said once, below, not field by field.
        var alternateColumns = map.AddressAlternates.SelectMany(g => g.Values).ToHashSet();
        map._warnings.AddRange(demoted.Where(d => !d.Others.All(alternateColumns.Contains)).Select(d => d.Warning));
        if (map.AddressAlternates.Count > 0)
            map._warnings.Add($"{file}: a row whose address columns ({string.Join(", ", headers.Where((_, i) => targets[i] is { } t && AddressFields.Contains(t)).Select(h => $"'{h}'"))}) are all empty takes its address from "
                + string.Join(", then ", map.AddressAlternates.Select(g => string.Join(", ", g.Values.Select(i => $"'{headers[i]}'"))))
                + ", which are kept as columns too. -Mapping chooses which address fills the fields.");
        if (preset is not null)
        {
            var keys = headers.Select(ContactFields.Key).ToHashSet();
            var missing = ContactFields.Presets[preset].Keys.Where(column => !keys.Contains(ContactFields.Key(column))).ToList();
            if (missing.Count == ContactFields.Presets[preset].Count)
                map._warnings.Add($"{file} does not look like an export of the {preset.ToLowerInvariant()} preset: it has none of its columns ({string.Join(", ", missing.Select(m => $"'{m}'"))}), so -Preset {preset.ToLowerInvariant()} mapped nothing; the columns were mapped by their headers.");
            else if (missing.Count > 0)
                map._warnings.Add($"{file} does not look like an export of the {preset.ToLowerInvariant()} preset: it lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}; -Preset {preset.ToLowerInvariant()} mapped only the columns it has.");
        }
        // Rows above the header that hold a contact are not read (a preparer's block, or a table above the list): said, with the way to
        // read them (a review: dropped unsaid).
        // (An owner named under an upper table's header, with no email or phone, too: a trial's were dropped unsaid.)
        var rowsAbove = candidates.Take(header.index).ToList();
        // (An upper header names a person's column among text cells: "Owner Name, Net Acres" too, one known name; a trial.)
        var upper = rowsAbove.FindLastIndex(r => NonEmpty(r).ToList() is { Count: >= 2 } cells && cells.All(c => !c.Contains('@') && !c.Any(char.IsAsciiDigit))
            && cells.Any(c => ContactFields.TargetFor(c) is ContactFields.FullName or "FirstName" or "LastName"));
        if (headerRow is null && rowsAbove.Where((r, i) => HoldsAContact(r) || (upper >= 0 && i > upper && NamedUnder(rowsAbove[upper], r))).Select(r => r.Line).ToList() is { Count: > 0 } contactsAbove)
            map._warnings.Add($"{file}: {(contactsAbove.Count == 1 ? $"row {contactsAbove[0]}" : $"rows {string.Join(", ", contactsAbove.Take(5))}{(contactsAbove.Count > 5 ? ", ..." : "")}")} above the header "
                + $"(row {map.HeaderLine}) {(contactsAbove.Count == 1 ? "holds" : "hold")} a contact (a name, an email address or a phone number) and {(contactsAbove.Count == 1 ? "was not read" : "were not read")}: "
                + $"the header was taken as it names more known columns. -HeaderRow {contactsAbove[0] - 1} (or the row that heads them) reads from there.");
        if (map.ContactColumns.Count == 0)
            map._warnings.Add($"{file}: the header used (row {map.HeaderLine}: {string.Join(", ", headers.Take(6).Select(h => $"'{h}'"))}{(headers.Count > 6 ? ", ..." : "")}) maps none of Email, Phone or a name; -HeaderRow names the header row, -Mapping maps columns.");
        else if (!map.ContactColumns.Contains("a name") && map.VCardNameColumn < 0 && UnreadNames.Columns(headers, targets, named) is { Count: > 0 } unread)
            map._warnings.Add($"{file}: no column is read as the contact's name (FirstName, LastName or FullName), so the records have none; "
                + $"{string.Join(", ", unread.Select(i => $"'{headers[i]}'"))} {(unread.Count == 1 ? "is" : "are")} kept as {(unread.Count == 1 ? "a column" : "columns")}. "
                + $"-Mapping @{{ '{headers[unread[0]]}' = 'FullName' }} names the rows.");
        return map;
    }

    /// <summary>The contact columns (Email, Phone, a name) that the header the search would choose maps; empty when none.</summary>
    internal static IReadOnlyList<string> ContactColumnsOfBestHeader(IReadOnlyList<SourceRow> rows)
    {
        var candidates = rows.Where(r => r.Error is null).Take(RowsSearchedForHeaderFar).ToList();
        if (candidates.Count == 0) return [];
        var (row, _) = FindHeader(candidates, null);
        return ContactColumnsOf(row.Cells.Select(c => ContactFields.TargetFor(Text(c))).ToList());
    }

    private static (SourceRow Row, int Index) FindHeader(List<SourceRow> rows, IReadOnlyDictionary<string, string>? mapping)
    {
        // Keys worked out once, not once per cell: a header may have thousands of cells.
        var knownKeys = ContactFields.Presets.Values.SelectMany(p => p.Keys).Concat(mapping?.Keys ?? []).Select(ContactFields.Key).ToHashSet();
        var contactKeys = ContactFields.Presets.Values.SelectMany(p => p).Where(k => IsContactField(k.Value)).Select(k => k.Key)
            .Concat(mapping?.Where(p => IsContactField(ContactFields.FindTarget(p.Value))).Select(p => p.Key) ?? [])
            .Select(ContactFields.Key).ToHashSet();
        var near = rows.Take(RowsSearchedForHeader).ToList();
        // The row that has every column -Mapping names is the header it was written for, whichever row names more known columns.
        if (mapping is { Count: > 0 } && near.FindIndex(r => mapping.Keys.All(k => NonEmpty(r).Any(c => ContactFields.Key(c) == ContactFields.Key(k)))) is var named and >= 0)
            return (near[named], named);
        var widest = near.Max(r => NonEmpty(r).Count());
        var header = near
            .Select((row, index) => (row, index, score: Score(row, knownKeys)))
            .Where(c => NonEmpty(c.row).Count() >= Math.Min(2, widest))
            .OrderByDescending(c => c.score).ThenBy(c => c.index)
            .First();
        if (header.score == 0) header = near.Select((row, index) => (row, index, 0)).First(c => NonEmpty(c.row).Count() >= Math.Min(2, widest));
        if (MapsContact(header.row, contactKeys))
        {
            // Two tables stacked on one sheet, the lower one's header naming more known columns (a trial: "Name, Phone, Email, County"
            // over two owners, then "Heir Name, Relationship, Email, Phone, Mailing Address"): taken, it dropped the owners above it
            // unsaid. The upper header is the file's when contacts stand between the two; the lower one is read as another table's
            // (StackedTables).
            // Two contacts at least: a preparer's block above a list ("Company, Contact, Phone" over our own landman; a review) is one row,
            // and is said (ContactsAboveTheHeader), not read.
            // One contact is enough when a title stands over the lower header ("Heirs of J. Kent" under one owner, the usual shape; a trial).
            // Not a preparer's block ("Prepared by, Company, Phone" over our own landman; a review), whatever stands below it.
            var titled = near.Take(header.index).LastOrDefault(r => !r.IsBlank) is { } aboveLower && StackedTables.MayBeTitle(aboveLower);
            bool Preparer(SourceRow upper) => NonEmpty(upper).Any(c => PreparerHeader().IsMatch(c));
            for (var i = 0; i < header.index; i++)
                if (Score(near[i], knownKeys) >= 2 && MapsContact(near[i], contactKeys)
                    && near.Skip(i + 1).Take(header.index - i - 1).Count(r => HoldsAContact(r) || NamedUnder(near[i], r)) >= (titled && !Preparer(near[i]) ? 1 : 2))
                    return (near[i], i);
            return (header.row, header.index);
        }
        // Further down, only a row that maps two known columns, one of them Email, Phone or a name,
        // can be the header: a data row rarely holds two header names.
        for (var i = near.Count; i < rows.Count; i++)
            if (Score(rows[i], knownKeys) >= 2 && MapsContact(rows[i], contactKeys)) return (rows[i], i);
        return (header.row, header.index);
    }

    /// <summary>
    /// One column per field that holds one value (every field but Phone and Email, whose further
    /// columns go to ExtraPhones and ExtraEmails, and WithheldEmails, a list): a second column for it would overwrite the first
    /// row by row, losing it. Two columns the -Mapping sends to one such field are an error; among
    /// columns found by their headers ("Company" and "Organization"), the mapped one or else the first
    /// fills the field and the others are kept as columns of their own, with a warning.
    /// </summary>
    private static List<(List<int> Others, string Warning)> OneColumnPerField(List<string> headers, string?[] targets, bool[] mapped, string file)
    {
        var warnings = new List<(List<int>, string)>();
        var addressParts = AddressParts(headers, targets);
        foreach (var group in targets.Select((target, index) => (target, index))
                     .Where(t => t.target is not null and not ContactFields.Phone and not ContactFields.Email and not ContactFields.WithheldEmails)
                     .GroupBy(t => t.target!).Where(g => g.Count() > 1))
        {
            var columns = group.Select(t => t.index).ToList();
            var byMapping = columns.Where(i => mapped[i]).ToList();
            if (byMapping.Count > 1)
                throw new InvalidInputError("Import", "Map",
                    $"The mapping sends {string.Join(" and ", byMapping.Select(i => $"'{headers[i]}'"))} to {group.Key}, which holds one value: one would overwrite the other. Map one of them to {group.Key} and the other to another field, or to '-' to keep it as it is (Phone, Email and WithheldEmails take several columns).",
                    group.Key, ErrorIds.MappingConflict);
            var kept = byMapping.Count == 1 ? byMapping[0]
                : AddressFields.Contains(group.Key) ? columns.MinBy(i => (-addressParts.GetValueOrDefault(AddressQualifier(ContactFields.Key(headers[i]))), AddressRank(ContactFields.Key(headers[i]))))
                : columns[0];
            var others = columns.Where(i => i != kept).ToList();
            foreach (var other in others) targets[other] = null;
            warnings.Add((others, $"{file}: {string.Join(" and ", columns.Select(i => $"'{headers[i]}'"))} all name {group.Key}, which holds one value; '{headers[kept]}' fills it and {string.Join(", ", others.Select(i => $"'{headers[i]}'"))} {(others.Count == 1 ? "is" : "are")} kept as {(others.Count == 1 ? "a column" : "columns")} of {(others.Count == 1 ? "its" : "their")} own. -Mapping chooses another."));
        }
        return warnings;
    }

    /// <summary>Whether a cell of the row names Email, Phone or a name: by alias, or as a preset's or the mapping's column (<paramref name="contactKeys"/>).</summary>
    private static bool MapsContact(SourceRow row, HashSet<string> contactKeys) =>
        NonEmpty(row).Any(cell => IsContactField(ContactFields.TargetFor(cell)) || contactKeys.Contains(ContactFields.Key(cell)));

    internal static bool IsContactField(string? target) =>
        target is ContactFields.Email or ContactFields.Phone or ContactFields.FullName or "FirstName" or "LastName";

    private static List<string> ContactColumnsOf(IEnumerable<string?> targets)
    {
        var set = targets.ToHashSet();
        var found = new List<string>(3);
        if (set.Contains(ContactFields.Email)) found.Add(ContactFields.Email);
        if (set.Contains(ContactFields.Phone)) found.Add(ContactFields.Phone);
        if (set.Contains(ContactFields.FullName) || set.Contains("FirstName") || set.Contains("LastName")) found.Add("a name");
        return found;
    }

    /// <summary>
    /// Whether <paramref name="row"/>, below <paramref name="header"/>, names someone in a name column of that header (the name no
    /// header word; a name alone no title): an owner read by the upper of two stacked tables, though with no email or phone (a trial's
    /// "Name, Address, City" owners above a richer heirs' header were dropped, unsaid).
    /// </summary>
    internal static bool NamedUnder(SourceRow header, SourceRow row)
    {
        // A name alone is an owner too ("Smith John A" under "Owner Name, Email", its email empty; a trial), unless it reads as a title.
        var filled = NonEmpty(row).Count();
        if (filled == 0 || (filled == 1 && (StackedTables.MayBeTitle(row) || !LooksLikeAName(NonEmpty(row).First())))) return false;
        for (var i = 0; i < header.Cells.Length && i < row.Cells.Length; i++)
            if (ContactFields.TargetFor(Text(header.Cells[i])) is ContactFields.FullName or "FirstName" or "LastName"
                && Text(row.Cells[i]) is { Length: > 0 } name && ContactFields.TargetFor(name) is null && !name.Contains('@') && !name.Any(char.IsAsciiDigit))
                return true;
        return false;
    }

    // A name alone: two to five words, each capitalised or an initial ("Smith John A", "Mary Jones"); not a note ("Confidential draft",
    // "Please review before Friday": a review's, read as owners).
    private static bool LooksLikeAName(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 5 } words && words.All(w => char.IsUpper(w[0]) || w is "&" or "and");

    /// <summary>
    /// Whether two or more of the row's cells hold something and one of them is an email address or a phone number: a contact's row,
    /// not a title line ("Prepared by lee@landco.com" is one cell).
    /// </summary>
    internal static bool HoldsAContact(SourceRow row) =>
        NonEmpty(row).Count() >= 2
        && NonEmpty(row).Any(cell => cell.Contains('@') ? EmailNormalizer.Normalize(cell) is { Email: not null, Invalid.Count: 0 } : PhoneNormalizer.Normalize(cell).IsUsable);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:prepared|preparer|compiled|created|report)\s+(?:by|for)\b|\b(?:landman|agent|broker|our contact|company contact)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PreparerHeader();

    /// <summary>How many of the row's cells are known header names: aliases, the mapping's columns, the presets' columns (<paramref name="knownKeys"/>).</summary>
    private static int Score(SourceRow row, HashSet<string> knownKeys) =>
        NonEmpty(row).Count(cell => ContactFields.TargetFor(cell) is not null || knownKeys.Contains(ContactFields.Key(cell)));

    /// <summary>
    /// The header of two rows, when the row above the one found names a contact column (Email, Phone, a
    /// name) that the found row does not: each column takes its sub-heading when that maps by itself
    /// ("City" under "Mailing Address"), else heading and sub-heading together ("Phone Home"), or the one
    /// it has. A heading over several columns is written in the first of them (a merged
    /// cell), so a blank heading over a sub-heading takes the heading to its left. Null otherwise.
    /// </summary>
    private static List<string>? TwoRowHeader(SourceRow above, List<string> below)
    {
        var upper = above.Cells.Select(c => Text(c)).ToList();
        var aboveFields = ContactColumnsOf(upper.Select(h => ContactFields.TargetFor(h)));
        var belowFields = ContactColumnsOf(below.Select(h => ContactFields.TargetFor(h)));
        if (!aboveFields.Except(belowFields).Any()) return null;
        var combined = new List<string>(Math.Max(upper.Count, below.Count));
        var heading = "";
        for (var i = 0; i < Math.Max(upper.Count, below.Count); i++)
        {
            var top = i < upper.Count ? upper[i] : "";
            var sub = i < below.Count ? below[i] : "";
            if (top.Length > 0) heading = top;
            else if (sub.Length > 0) top = heading; // under a merged heading
            else heading = "";
            combined.Add(sub.Length == 0 ? top : top.Length == 0 || ContactFields.TargetFor(sub) is not null ? sub : top + " " + sub);
        }
        return combined;
    }

    /// <summary>
    /// Whether <paramref name="under"/> is a row of sub-headings below <paramref name="headers"/>, as a heading merged across columns
    /// leaves them: words only (no digit, no '@'), each under a heading that blank header cells follow (the merged span) or under
    /// one of those blanks, and at least one under a blank. A row of data has a value under a heading of its own.
    /// </summary>
    private static bool SubHeadingsOf(List<string> headers, SourceRow under)
    {
        var underBlank = false;
        for (var j = 0; j < under.Cells.Length; j++)
        {
            var text = Text(under.Cells[j]);
            if (text.Length == 0) continue;
            if (text.Length > 40 || text.AsSpan().IndexOfAny("0123456789@") >= 0) return false;
            // A heading's word (a field's name, a line's kind), not a value: a co-owner's name under an unnamed column is data (a review).
            if (ContactFields.TargetFor(text) is null && !SubHeadingWords.Contains(text)) return false;
            var blank = j >= headers.Count || headers[j].Length == 0;
            var spanStart = !blank && j + 1 < headers.Count && headers[j + 1].Length == 0;
            if (!blank && !spanStart) return false;
            underBlank |= blank && j < headers.Count && j > 0;
        }
        return underBlank;
    }

    // The kinds of line or part a merged heading's sub-headings name ("Phone" over "Home" and "Cell", "Address" over "Street" and "City").
    private static readonly HashSet<string> SubHeadingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "cell", "mobile", "work", "office", "fax", "other", "main", "direct", "primary", "secondary", "personal", "business", "alternate",
        "landline", "street", "city", "state", "zip", "zip code", "postal code", "county", "country", "line 1", "line 2", "first", "last", "middle", "suffix",
    };

    private static IEnumerable<string> NonEmpty(SourceRow row) => row.Cells.Select(c => Text(c)).Where(t => t.Length > 0);

    private static List<string> UniqueHeaders(List<string> raw)
    {
        var names = new UniqueNames();
        return raw.Select((header, i) => names.Add(header.Length > 0 ? header : $"Column{i + 1}")).ToList();
    }

    internal static string Text(object? cell) => cell switch
    {
        null => "",
        string s => s.Trim(),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : d.ToString("s", System.Globalization.CultureInfo.InvariantCulture),
        // An elapsed time as Excel shows [h]:mm:ss: hours past 24 stay hours.
        TimeSpan t => $"{(t < TimeSpan.Zero ? "-" : "")}{(long)Math.Abs(t.TotalHours)}:{Math.Abs(t.Minutes):00}:{Math.Abs(t.Seconds):00}",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture).Trim(),
        _ => cell.ToString()?.Trim() ?? "",
    };
}
