using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Pipes.Import.Normalization;
using static Pipes.Import.TextCleaning;

namespace Pipes.Import;

/// <summary>
/// Turns one row into a normalised <see cref="ContactRecord"/>. What each column feeds is worked
/// out once per file, so a row costs a switch per cell rather than a field-name comparison.
/// </summary>
internal sealed partial class RecordBuilder
{
    private enum Slot : byte
    {
        Kept, Phone, Email, PhoneExtension, WithheldEmails, PhoneRaw,
        Prefix, FirstName, MiddleName, LastName, Suffix, Nickname, FullName,
        Company, JobTitle, Address, City, State, PostalCode, Country, Website, Notes,
    }

    private readonly ColumnMap _map;
    private readonly string _path;
    private readonly Slot[] _slots;
    // An heirship list's owner columns, for a row that names no heir (ColumnMap.OwnersTargets); null for other files.
    private readonly Slot[]? _ownerSlots;
    // Columns that mark a row not to be called ("Do Not Call", "DNC") or not to be written to ("Email Opt Out",
    // "Unsubscribed", a CRM's Status of "Unsubscribed"): kept as they are, and read for the flag.
    private readonly FlagColumn[] _doNotCallColumns;
    private readonly FlagColumn[] _doNotEmailColumns;
    private readonly int[] _noteColumns;

    private readonly NameOrder _nameOrder;
    private readonly bool _delimited;

    /// <param name="map">The file's columns and what each feeds.</param>
    /// <param name="path">The file, named in each record's SourceFile.</param>
    /// <param name="nameOrder">How a whole name without a comma is written.</param>
    /// <param name="delimited">Whether rows come from delimited text, where a row with a cell too few has its cells moved left; a workbook leaves trailing empty cells out, and its cells never move.</param>
    public RecordBuilder(ColumnMap map, string path, NameOrder nameOrder = NameOrder.FirstLast, bool delimited = true)
    {
        _map = map;
        _path = path;
        _nameOrder = nameOrder;
        _delimited = delimited;
        _slots = map.Targets.Select(target => target is null ? Slot.Kept : Enum.Parse<Slot>(target)).ToArray();
        if (map.HeirIsThePerson) _ownerSlots = map.OwnersTargets.Select(target => target is null ? Slot.Kept : Enum.Parse<Slot>(target)).ToArray();
        var labels = map.Headers.Select((_, i) => _slots[i] switch
        {
            Slot.Phone => ContactFields.PhoneLabelColumn(map.Headers, i),
            Slot.Email => ContactFields.EmailLabelColumn(map.Headers, i),
            _ => -1,
        }).ToArray();
        _phoneLabels = labels.Any(l => l >= 0) ? labels : null;
        // A label column (Google's "Phone 2 - Type" = "Work Fax") marks its own number only (WithMarkingLabel): read as a flag as well,
        // it withheld every number of the row, the mobile too (a trial).
        _doNotCallColumns = FlagColumns(map, DoNotCallHeaders, [(CallStatusHeaders, FlagKind.Words)], [], NamesDoNotCall, NamesALinesStatus)
            .Where(flag => Array.IndexOf(labels, flag.Index) < 0).ToArray();
        _doNotEmailColumns = FlagColumns(map, DoNotEmailHeaders,
            [(EmailOnlyStatusHeaders, FlagKind.AddressWords), (EmailStatusHeaders, FlagKind.Words), (CallResultHeaders, FlagKind.OwnerWords)],
            UnsubscribedWhenHeaders, NamesDoNotEmail).Where(flag => Array.IndexOf(labels, flag.Index) < 0).ToArray();
        _noteColumns = NoteColumns(map);
        _numberOfFlag = _doNotCallColumns.ToDictionary(f => f.Index, f => FlaggedPhoneColumn(map, _slots, f.Index));
        // Mailchimp's one ADDRESS column: its parts are read only when no column gives them.
        // A State column alone does not give them: a lease schedule's or well's "State" beside the owner's whole address ("Lessor Address":
        // "1712 Rosewood Ln, Tulsa, OK 74105") is the property's, and blocked the split (City and PostalCode empty, State the lease's).
        _combinedAddress = _slots.Contains(Slot.Address) && !_slots.Contains(Slot.City) && !_slots.Contains(Slot.PostalCode);
        _preferredPhone = PreferredColumn(map, Slot.Phone);
        _preferredEmail = PreferredColumn(map, Slot.Email);
    }

    // "Primary Phone" beside "Phone", "Preferred Email" beside "Email": the column the file says to use first fills
    // Phone (Email) when it holds a number (an address), the others going to ExtraPhones (ExtraEmails); -1 when none.
    private readonly int _preferredPhone;
    private readonly int _preferredEmail;
    private readonly bool _combinedAddress;

    private int PreferredColumn(ColumnMap map, Slot slot)
    {
        // The first column that says so, wherever it is ("Primary Phone, Mobile, Best Phone": the primary).
        for (var i = 0; i < _slots.Length; i++)
            if (_slots[i] == slot && PreferredWords.Any(ContactFields.Key(map.Headers[i]).Contains)) return i;
        return -1;
    }

    // Not "main": "Company Main Phone" is the switchboard, not the line to the person.
    private static readonly string[] PreferredWords = ["primary", "preferred", "best"];

    // By do-not-call column, the phone column it is the flag of ("Phone 1 DNC" beside "Phone 1", as skip tracers export them), or -1 for a row's flag.
    private readonly Dictionary<int, int> _numberOfFlag;

    /// <summary>
    /// The phone column a do-not-call column flags alone: one whose header's words begin the flag's, the rest only saying DNC ("Phone 1"
    /// and "Phone 1 DNC", "Mobile" and "Mobile DNC Flag", "Phone2" and "Phone2_IsDNC"); -1 when it is the row's ("DNC", "Do Not Call").
    /// </summary>
    private static int FlaggedPhoneColumn(ColumnMap map, Slot[] slots, int flag)
    {
        var words = HeaderWords(map.Headers[flag]);
        var best = -1;
        var bestLength = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] != Slot.Phone) continue;
            var phone = HeaderWords(map.Headers[i]);
            if (phone.Count <= bestLength || phone.Count >= words.Count) continue;
            // The flag's words after the line's ("Phone 1 DNC", "Wireless 2 Status") or before them (REISkip's "DNC Mobile 1",
            // "Do Not Call Phone 3": read as the row's, they withheld every number for one line's flag).
            var after = words.Take(phone.Count).SequenceEqual(phone) && words.Skip(phone.Count).All(IsFlagWord);
            var before = words.Skip(words.Count - phone.Count).SequenceEqual(phone) && words.Take(words.Count - phone.Count).All(IsFlagWord);
            if (after || before) (best, bestLength) = (i, phone.Count);
        }
        return best;
    }

    private static bool IsFlagWord(string word) => word is "dnc" or "is" or "on" or "flag" or "status" or "y" or "n" or "yn" or "do" or "not" or "call" or "list"
        or "registry" or "federal" or "national" or "state" or "type" or "result" or "disposition" or "line";

    // Google Contacts' "Phone 1 - Label" beside "Phone 1 - Value" (and "E-mail 1 - Label" beside its value), by the value's column; null when the file has none.
    private readonly int[]? _phoneLabels;

    /// <summary>The name of 0-based column <paramref name="column"/>: its header, or "Column N" past the header or under an empty one.</summary>
    internal string ColumnName(int column) =>
        column < _map.Headers.Count && !string.IsNullOrWhiteSpace(_map.Headers[column]) ? _map.Headers[column] : $"Column{column + 1}";

    // The row being built's formula cells of no known value (SourceRow.UncomputedColumns); null when none.
    private int[]? _uncomputed;
    // The row being built's error-value cells (SourceRow.ErrorColumns); null when none.
    private int[]? _errors;

    /// <summary>Issue words of a formula cell whose value the file does not hold.</summary>
    internal const string UncomputedIssue = "is a formula the workbook holds no computed value for (the program that wrote it did not compute it); read as empty";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ContactRecord Build(SourceRow row, ImportSummary summary)
    {
        var cells = row.Cells;
        _uncomputed = row.UncomputedColumns;
        _errors = row.ErrorColumns;
        var links = row.MailtoLinks;
        // Cells past the header count only up to the last one with text: trailing delimiters ("a,b,c,,")
        // would otherwise give this record alone empty Column4, Column5 properties.
        var width = cells.Length > _slots.Length ? WidthWithText(cells, _slots.Length) : _slots.Length;
        var keptNames = width > _slots.Length ? KeptNames(width) : _map.ExtraColumnNames;
        var record = keptNames.Length == 0 ? new ContactRecord() : RecordWithColumns(keptNames, width);
        record.SourceFile = _path;
        record.SourceRow = row.Line;
        var keptValues = keptNames.Length > 0 ? new object?[keptNames.Length] : null;
        var keptIndex = 0;
        var ownersRow = _ownerSlots is not null && OwnersRow(cells);
        // Most rows have one phone cell and one email cell: lists only for more.
        string? phone = null, email = null, extension = null;
        List<string>? morePhones = null, moreEmails = null, withheld = null, refused = null;
        var stateFromAddress = false;
        for (var i = 0; i < width; i++)
        {
            var cell = i < cells.Length ? cells[i] : null;
            var slot = i < _slots.Length ? _slots[i] : Slot.Kept;
            if (slot == Slot.Kept)
            {
                keptValues![keptIndex++] = cell; // as the file has it, as Import-Csv keeps it: a legal description's spacing may matter
                // An heirship list's row that names no heir is the owner's: the owner's columns, kept, fill its fields as well.
                if (!ownersRow || i >= _ownerSlots!.Length || _ownerSlots[i] == Slot.Kept) continue;
                slot = _ownerSlots[i];
            }
            var text = cell as string ?? ColumnMap.Text(cell);
            // A workbook's email cell that shows a word ("Email John", "Send email") and links to the address: the address is the cell's.
            if (links is not null && slot == Slot.Email && !ShowsAnAddress(text) && LinkedAddress(links, i) is { } linked) text = linked;
            if (string.IsNullOrWhiteSpace(text)) continue;
            switch (slot)
            {
                // The normalisers trim for themselves: cleaning first would copy every padded cell.
                case Slot.Phone or Slot.Email or Slot.WithheldEmails when text.Length <= 16 && IsPlaceholder(text):
                    if (IsErrorValue(text, i)) record.AddIssue(ExcelErrorIssue(text, i, "value"));
                    break;
                // "N/A", "-", "Unknown", pandas' "nan", SQL's "NULL" in a name, company, title or address cell: no value (they were the
                // name). Said for a name, which may be one ("NULL" is also a surname); notes and a postal code keep their own ways.
                // ("Unknown" before "Heirs", "Owners", "Successors" in the next name column is a party: "Unknown Heirs of John Roe".)
                case Slot.Prefix or Slot.FirstName or Slot.MiddleName or Slot.LastName or Slot.Suffix or Slot.Nickname or Slot.FullName
                    when text.Length <= 32 && (text.Length <= 16 && IsNoValue(text) || slot == Slot.FullName && TextCleaning.IsNoValueName(text))
                         && !(slot == Slot.FirstName && UnknownParty(text, cells)):
                    record.AddIssue(IsErrorValue(text, i) ? ExcelErrorIssue(text, i, "name")
                        : $"'{CleanLine(text)}' in '{ColumnName(i)}' is read as no name (a placeholder, as data tools write for an empty cell).");
                    break;
                case Slot.Company or Slot.JobTitle or Slot.Address or Slot.City or Slot.State or Slot.Country or Slot.Website when text.Length <= 16 && IsNoValue(text):
                    if (IsErrorValue(text, i)) record.AddIssue(ExcelErrorIssue(text, i, "value"));
                    break;
                case Slot.WithheldEmails:
                    (withheld ??= []).Add(CleanInside(text));
                    break;
                case Slot.PhoneRaw:
                    (refused ??= []).Add(CleanLine(text));
                    break;
                case Slot.Phone:
                    if (_phoneLabels is not null) text = WithMarkingLabel(text, cells, _phoneLabels[i], email: false);
                    if (phone is null) phone = CleanInside(text);
                    // Salesforce NPSP's "Preferred Phone" holds a word ("Mobile", "Work"): a number only takes the lead.
                    else if (i == _preferredPhone && text.AsSpan().ContainsAnyInRange('0', '9')) (morePhones ??= []).Insert(0, Swap(ref phone, CleanInside(text)));
                    else (morePhones ??= []).Add(CleanInside(text));
                    break;
                case Slot.Email:
                    if (_phoneLabels is not null) text = WithMarkingLabel(text, cells, _phoneLabels[i], email: true);
                    // Google's values of one cell each on their own, so a label marks only its own ("Work ::: Bounced").
                    if (_phoneLabels is not null && text.Contains(GoogleSeparator, StringComparison.Ordinal))
                    {
                        var values = text.Split(GoogleSeparator);
                        text = values[0];
                        (moreEmails ??= []).AddRange(values.Skip(1).Select(CleanInside));
                    }
                    if (email is null) email = CleanInside(text);
                    else if (i == _preferredEmail && text.Contains('@')) (moreEmails ??= []).Insert(0, Swap(ref email, CleanInside(text)));
                    else (moreEmails ??= []).Add(CleanInside(text));
                    break;
                case Slot.PhoneExtension:
                    text = Clean(text);
                    extension = Digits().Replace(text, "") is { Length: > 0 } digits ? digits : text;
                    break;
                case Slot.Address when _combinedAddress && CombinedAddress.Read(text) is { } parts:
                    var stateColumn = record.State;
                    SetAddressParts(record, parts);
                    NoteOtherState(record, stateColumn);
                    stateFromAddress = true;
                    if (_map.AddressLines.Count > 0) AddAddressLines(record, cells, i);
                    break;
                case Slot.State when stateFromAddress:
                    NoteOtherState(record, CleanLine(text)); // the whole address's state stands
                    break;
                case Slot.Address when _combinedAddress && CombinedAddress.Partial(text) is { } partial:
                    // Written as Mailchimp writes a whole address, but a part is missing: kept whole, its parts told apart
                    // (a second line after the street, where it belongs), and said so.
                    record.Address = CleanLine(partial[0]);
                    if (_map.AddressLines.Count > 0) AddAddressLines(record, cells, i);
                    record.Address += ", " + CleanLine(string.Join(", ", partial.Skip(1)));
                    record.AddIssue(ContactIssues.AddressKeptWhole(record.Address, "its parts, two spaces apart, do not end as street, city, state, postal code (and country) do"));
                    break;
                case Slot.Notes or Slot.Address:
                    Set(record, slot, Clean(text)); // their line breaks are the writer's: "Suite 4" on a line of its own
                    if (slot == Slot.Address && _map.AddressLines.Count > 0) AddAddressLines(record, cells, i);
                    break;
                case Slot.Company:
                    record.Company = WithoutAttention(record, CleanLine(text));
                    break;
                default:
                    Set(record, slot, CleanLine(text));
                    break;
            }
        }
        if (links is not null) AddLinkedAddresses(record, cells, links, ref email, ref moreEmails);
        // A street whose first line is empty (a county roll's "py_addr_line1" blank, the box on line 2): its further lines are the street.
        if (record.Address is null && _map.AddressLines.Count > 0 && Array.IndexOf(_slots, Slot.Address) is var street and >= 0) AddAddressLines(record, cells, street);
        if (_map.CityStateZipColumn >= 0 && record.City is null && record.State is null && record.PostalCode is null) TakeCityStateZip(record, cells);
        if (_map.FormattedAddressColumn >= 0 && HasNoAddress(record)) TakeFormattedAddress(record, cells);
        if (_map.AddressAlternates.Count > 0 && HasNoAddress(record)) TakeAlternateAddress(record, cells);
        if (_map.AddressBlocks.Count > 0 && HasNoAddress(record)) TakeAddressBlock(record, cells);
        if (keptValues is not null) record.SetExtraColumns(keptNames, keptValues);
        if (width > _slots.Length) NoteCellsPastHeader(record, keptNames, summary);

        if (_map.OwnerColumn >= 0 && NameFromColumn(record, cells, _map.OwnerColumn) && record.Company is not null)
        {
            // A mineral list's owner beside its operator, or a CRM's sales rep beside a company-only row: which, the file cannot say.
            record.AddIssue($"Name '{record.FullName}' is taken from the '{_map.Headers[_map.OwnerColumn]}' column, as the name columns are empty; if it is the record's owner in a CRM (a sales rep), -Mapping @{{'{_map.Headers[_map.OwnerColumn]}' = '-'}} leaves it out.");
        }
        if (_map.AccountNameColumn >= 0) NameFromColumn(record, cells, _map.AccountNameColumn); // a company customer, whose person's name is empty
        if (_map.VCardNameColumn >= 0 && record.FullName is null && record.FirstName is null && record.LastName is null
            && _map.VCardNameColumn < cells.Length && ColumnMap.Text(cells[_map.VCardNameColumn]) is { } structured)
            record.FullName = VCardHeaders.StructuredName(CleanLine(structured)); // "Doe;John;Q;Mr.;Jr.": read as "Mr. John Q Doe Jr."
        var named = record.FullName is not null || record.FirstName is not null || record.LastName is not null;
        if (email is not null) ApplyEmails(record, email, moreEmails, summary); // first: "Jo Smith <jo@x.com>" may name a row that has no name column
        if (withheld is not null) ApplyWithheld(record, withheld, summary);
        // A display name from an address ("Jo Smith <jo@x.com>") is written first name first, whatever the file's order.
        // "Smith, John A" says its own order: only a name without a comma was read in the file's order.
        var wholeName = named && _nameOrder == NameOrder.FirstLast && string.IsNullOrEmpty(record.FirstName) && string.IsNullOrEmpty(record.LastName)
            && record.FullName?.Contains(',') == false ? record.FullName : null;
        ApplyName(record, named ? _nameOrder : NameOrder.FirstLast);
        if (wholeName is not null && record.OwnerType is OwnerType.Person or OwnerType.Couple && EndsInALoneInitial(wholeName))
        {
            summary.LastFirstNameRows.Add(record.SourceRow);
            if (summary.LastFirstNameExamples.Count < 3) summary.LastFirstNameExamples.Add(wholeName);
        }
        if (phone is not null || extension is not null) ApplyPhones(record, phone, morePhones, extension, summary);
        // "79705.0": pandas and some exporters write a ZIP stored as a number with a decimal part; "79,705", "2,134": a spreadsheet's
        // CSV export writes one under a grouped number format ("#,##0") as it shows it.
        if (record.PostalCode is { Length: > 2 } numberZip && numberZip.AsSpan().IndexOfAny(',', '.') > 0 && ZipWrittenAsNumber().Match(numberZip) is { Success: true } zipNumber)
            record.PostalCode = zipNumber.Groups["digits"].Value.Replace(",", "", StringComparison.Ordinal);
        if (record.PostalCode is { Length: 3 or 4 or 7 or 8 } postalCode) RestoreZipZero(record, postalCode);
        // "NULL", "nan", "N/A": an export's word for no postal code is none (it was kept as the code, saying nothing).
        if (record.PostalCode is { } placeholder && TextCleaning.IsPlaceholder(placeholder)) record.PostalCode = null;
        // "'07102": Excel's mark for a number kept as text, exported with it (a trial; the phone beside it was cleaned).
        if (record.PostalCode is ['\'' or '\u2019', var digit, ..] markedZip && char.IsAsciiDigit(digit)) record.PostalCode = markedZip[1..];
        if (record.PostalCode is { } noDigits && !noDigits.AsSpan().ContainsAnyInRange('0', '9') && IsUnitedStates(record.Country))
            NoteShiftedPostalCode(record, noDigits, cells.Length, summary);
        if (_uncomputed is not null)
            foreach (var column in _uncomputed)
                if (!IsFlagColumn(column)) record.AddIssue($"'{ColumnName(column)}' {UncomputedIssue}."); // a flag's own issue says so, where it withholds
        if (_doNotCallColumns.Length > 0) ApplyDoNotCall(record, cells, summary);
        if (_doNotEmailColumns.Length > 0) ApplyDoNotEmail(record, cells, summary);
        if (_noteColumns.Length > 0) ApplyNotes(record, cells, summary);
        if (refused is not null) KeepRefusedPhones(record, string.Join("; ", refused));
        // "Mary Smith (deceased)", "John Doe, Dec'd" beside a phone or email (a trial: dialled as Mary's, unsaid): kept, as the line may
        // be the family's, but said, since it may be the late owner's own. ("Estate of John Doe" names whom to reach: its executor's.)
        if (record.OwnerType == OwnerType.Estate && (record.Phone is not null || record.Email is not null) && record.FullName is { } late && OwnerNameParser.MarkedDeceased(late))
            record.AddIssue($"'{late}' is marked deceased: its {(record.Phone is null ? "email is" : record.Email is null ? "phone is" : "phone and email are")} kept, but may be the late owner's own; ask for the estate's representative or an heir.");
        return record;
    }

    /// <summary>Whether an heirship list's row names no heir: its heir's columns (<see cref="ColumnMap.HeirsColumns"/>) are all empty.</summary>
    private bool OwnersRow(object?[] cells)
    {
        foreach (var column in _map.HeirsColumns)
            if (column < cells.Length && !SourceRow.IsEmptyCell(cells[column])) return false;
        return true;
    }

    /// <summary>
    /// A number or address whose label column says not to use it (Google Contacts' "Phone 2 - Label" = "Work Fax", "Do Not Call",
    /// "Wrong number"; "E-mail 2 - Label" = "Bounced", "Unsubscribed") carries the label beside it, where the normalisers read it as
    /// they read "713-555-0198 (fax)" or "jo@x.com (bounced)": no Phone or Email, and Issues says why. Other labels ("Mobile", "Work")
    /// say nothing a number or an address needs.
    /// </summary>
    // Between the values of one kind in one cell of a Google Contacts export ("432-555-0710 ::: 432-555-0711").
    private const string GoogleSeparator = " ::: ";

    private static string WithMarkingLabel(string text, object?[] cells, int labelColumn, bool email)
    {
        if (labelColumn < 0 || labelColumn >= cells.Length || cells[labelColumn] is not string label) return text;
        bool Marks(string one) => email ? DoNotEmailWords().IsMatch(one) : PhoneNormalizer.SaysNotToDial(one);
        // Google writes a contact's second value of a kind into the same cell, its label beside it in the same order ("Mobile ::: Work
        // Fax" over "432-555-0710 ::: 432-555-0711"): each label marks its own value (a trial: the whole label after the last value
        // withheld the mobile and dialled the fax when the fax came first).
        if (label.Contains(GoogleSeparator, StringComparison.Ordinal) && text.Contains(GoogleSeparator, StringComparison.Ordinal))
        {
            var values = text.Split(GoogleSeparator);
            var labels = label.Split(GoogleSeparator);
            if (values.Length == labels.Length)
                return string.Join(GoogleSeparator, values.Select((value, k) => Marks(labels[k]) ? $"{value} ({CleanLine(labels[k])})" : value));
        }
        return Marks(label) ? $"{text} ({CleanLine(label)})" : text;
    }

    /// <summary>
    /// A row whose address columns are all empty takes the first other address it has (Outlook's Home address when
    /// the Business one is empty: a mineral owner's). Its columns stay as they are, as properties of the record.
    /// </summary>
    private void TakeAlternateAddress(ContactRecord record, object?[] cells)
    {
        // The fullest: a street first, then the most parts ("Home City" alone loses to a whole "Other" address).
        IReadOnlyDictionary<string, int>? best = null;
        var bestScore = 0;
        foreach (var group in _map.AddressAlternates)
        {
            var score = 0;
            foreach (var (field, column) in group)
                if (field != "Country" && column < cells.Length && !SourceRow.IsEmptyCell(cells[column])) score += field == "Address" ? 10 : 1;
            if (score > bestScore) (best, bestScore) = (group, score);
        }
        if (best is null) return;
        // The first address's country went with it, when this address has a country column of its own.
        if (best.ContainsKey("Country")) record.Country = null;
        foreach (var (field, column) in best)
        {
            if (column >= cells.Length || ColumnMap.Text(cells[column]) is not { } text || string.IsNullOrWhiteSpace(text)) continue;
            var slot = Enum.Parse<Slot>(field);
            // An address in one cell ("200 Oak Ave" over "Odessa, TX 79761") when this address has no column for its parts,
            // read as the first address's cell is: a row taking it had its City, State and PostalCode empty, unlike the others.
            if (slot == Slot.Address && !best.ContainsKey("City") && !best.ContainsKey("State") && !best.ContainsKey("PostalCode")
                && CombinedAddress.Read(text) is { } parts)
                SetAddressParts(record, parts);
            else Set(record, slot, slot == Slot.Address ? Clean(text) : CleanLine(text));
            if (slot == Slot.Address && _map.AddressLines.Count > 0) AddAddressLines(record, cells, column);
        }
    }

    /// <summary>
    /// A whole address read from one cell (<see cref="CombinedAddress.Read"/>) into the record's fields; the street keeps its
    /// line breaks, as any Address cell does, and a country fills Country only when no column did.
    /// </summary>
    private static void SetAddressParts(ContactRecord record, (string Street, string City, string State, string PostalCode, string? Country) parts)
    {
        (record.Address, record.City, record.State, record.PostalCode) = (Clean(parts.Street), CleanLine(parts.City), CleanLine(parts.State), parts.PostalCode);
        if (parts.Country is { } country) record.Country ??= CleanLine(country);
    }

    /// <summary>Google's whole "Address 1 - Formatted" for a row whose address parts are empty: its parts when it reads as an address, else as written.</summary>
    private void TakeFormattedAddress(ContactRecord record, object?[] cells)
    {
        var column = _map.FormattedAddressColumn;
        if (column >= cells.Length || ColumnMap.Text(cells[column]) is not { } text || string.IsNullOrWhiteSpace(text)) return;
        if (CombinedAddress.Read(text) is { } parts) SetAddressParts(record, parts);
        else record.Address = Clean(text);
    }

    /// <summary>A "City State Zip" cell ("LUBBOCK TX 79411") read into City, State and PostalCode; a cell that does not read so is left in its column.</summary>
    private void TakeCityStateZip(ContactRecord record, object?[] cells)
    {
        var column = _map.CityStateZipColumn;
        if (column >= cells.Length || ColumnMap.Text(cells[column]) is not { } text || AddressBlock.CityStateZip(CleanLine(text)) is not var (city, state, zip)) return;
        (record.City, record.State, record.PostalCode) = (city, state, zip);
    }

    /// <summary>A State column's value beside a whole address whose own state differs (a lease's "TX", the owner's "OK"): said, the address's kept.</summary>
    private static void NoteOtherState(ContactRecord record, string? columnState)
    {
        if (columnState is not null && !string.Equals(columnState, record.State, StringComparison.OrdinalIgnoreCase))
            record.AddIssue($"State '{columnState}' of the State column is not the address's ('{record.Address}, {record.City}, {record.State} {record.PostalCode}'): the address's state is kept.");
    }

    private static bool HasNoAddress(ContactRecord record) => record.Address is null && record.City is null && record.State is null && record.PostalCode is null;

    /// <summary>
    /// A row whose address comes as envelope lines (QuickBooks' "Bill to 1-5"): the first block with a line in it,
    /// read into Address, City, State, PostalCode and Country; its columns stay as they are, as properties of the record.
    /// </summary>
    private void TakeAddressBlock(ContactRecord record, object?[] cells)
    {
        foreach (var block in _map.AddressBlocks)
        {
            var lines = block.Where(c => c < cells.Length).Select(c => ColumnMap.Text(cells[c])).OfType<string>().Select(CleanLine).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0) continue;
            string?[] names = [record.Company, record.FullName, record.FirstName is null || record.LastName is null ? null : $"{record.FirstName} {record.LastName}",
                _map.AccountNameColumn >= 0 && _map.AccountNameColumn < cells.Length ? ColumnMap.Text(cells[_map.AccountNameColumn]) : null];
            var (street, city, state, zip, country) = AddressBlock.Read(lines, names);
            if (street is null && city is null) continue; // a Bill to of the name alone: the Ship to may hold the address
            (record.Address, record.City, record.State, record.PostalCode) = (street, city, state, zip);
            if (country is not null && record.Country is null) record.Country = country;
            if (city is null && street is not null)
                record.AddIssue(ContactIssues.AddressKeptWhole(street, $"no line of '{_map.Headers[block[0]]}' and the lines after it reads as city, state and ZIP"));
            return;
        }
    }

    /// <summary>"1200 Smith St" and "Ste 400" in Business Street and Business Street 2: one Address, "1200 Smith St, Ste 400", as USPS writes a suite on the street's line.</summary>
    private void AddAddressLines(ContactRecord record, object?[] cells, int streetColumn)
    {
        if (!_map.AddressLines.TryGetValue(streetColumn, out var lines)) return;
        foreach (var line in lines)
            if (line < cells.Length && ColumnMap.Text(cells[line]) is { } text && !string.IsNullOrWhiteSpace(text))
                record.Address = record.Address is null ? CleanLine(text) : record.Address + ", " + CleanLine(text);
    }

    /// <summary>The name of a row whose name columns are empty, from a column kept beside them (Owner, Customer full name); whether it was taken.</summary>
    private static bool NameFromColumn(ContactRecord record, object?[] cells, int column)
    {
        if (record.FirstName is not null || record.LastName is not null || record.FullName is not null || column >= cells.Length
            || ColumnMap.Text(cells[column]) is not { } name || string.IsNullOrWhiteSpace(name)) return false;
        record.FullName = CleanLine(name);
        return true;
    }

    /// <summary>Puts <paramref name="value"/> in <paramref name="slot"/>, returning what it held.</summary>
    private static string Swap(ref string? slot, string value)
    {
        var old = slot!;
        slot = value;
        return old;
    }

    private static int WidthWithText(object?[] cells, int headerWidth)
    {
        var width = cells.Length;
        while (width > headerWidth && SourceRow.IsEmptyCell(cells[width - 1])) width--;
        return width;
    }

    /// <summary>
    /// A row with more cells than the header keeps them as Column11, Column12 ... on its own record
    /// only, which Export-Csv (writing the first record's columns) would drop: said in Issues and
    /// counted for the summary. Empty cells at the end are not kept (trailing delimiters are common).
    /// </summary>
    private void NoteCellsPastHeader(ContactRecord record, string[] keptNames, ImportSummary summary)
    {
        var extra = keptNames.Length - _map.ExtraColumnNames.Length;
        record.AddIssue($"The row has {extra} cell{(extra == 1 ? "" : "s")} more than the header, kept as {string.Join(", ", keptNames[^extra..])}.");
        if (summary.RowsPastHeader++ < ImportSummary.RowsKeptForMessages) summary.RowsPastHeaderRows.Add(record.SourceRow);
    }

    /// <summary>Names of the kept columns of a row longer than the header: the extra cells are Column11, Column12 ...</summary>
    private string[] KeptNames(int width) =>
        _keptNamesByWidth.TryGetValue(width, out var names) ? names : _keptNamesByWidth[width] = [.. _map.ExtraColumnNames, .. CellsPastHeaderNames(width)];

    // A header already named Column4 keeps its name and its value; the fourth cell past a three-column header is Column4_2.
    private IEnumerable<string> CellsPastHeaderNames(int width)
    {
        var names = new UniqueNames(_map.Headers);
        return Enumerable.Range(_map.Headers.Count, width - _map.Headers.Count).Select(i => names.Add($"Column{i + 1}"));
    }

    private readonly Dictionary<int, string[]> _keptNamesByWidth = [];

    // The record type made for the file's unmapped columns (ExtraColumnTypes). A row longer than the
    // header is a plain record: ragged rows would make a type per width, kept for good.
    private Func<ContactRecord>? _fileRecord;

    private ContactRecord RecordWithColumns(string[] keptNames, int width) =>
        width <= _slots.Length ? (_fileRecord ??= ExtraColumnTypes.For(keptNames))() : new ContactRecord();

    /// <summary>
    /// "Unknown" in a first-name column before "Heirs", "Owners", "Successors" or "Claimants" in the last-name column: the party a pooling or
    /// probate list names so ("Unknown Heirs of John Roe"), not a placeholder (a trial: it gave FullName "Heirs", an Estate).
    /// </summary>
    private bool UnknownParty(string text, object?[] cells) =>
        text.Trim().Equals("unknown", StringComparison.OrdinalIgnoreCase) && Array.IndexOf(_slots, Slot.LastName) is var last and >= 0 && last < cells.Length
        && ColumnMap.Text(cells[last])?.TrimStart() is { } next && UnknownPartyWords().IsMatch(next);

    [GeneratedRegex(@"^(?:heirs|owners?|successors|claimants|devisees|spouses?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnknownPartyWords();

    /// <summary>
    /// Whether a cell is an error value of a formula that failed: one Excel writes so in a workbook (its type "e", "#N/A" too), or
    /// text that only an error value is ("#REF!"); "#N/A" in a CSV may be typed for "not available", and is passed over unsaid.
    /// </summary>
    private bool IsErrorValue(string text, int column) =>
        TextCleaning.IsExcelError(text) || (_errors is not null && Array.IndexOf(_errors, column) >= 0);

    /// <summary>The Issue for an Excel error value in a cell ("#REF!"): a formula that failed, read as no <paramref name="what"/> (name, value).</summary>
    private string ExcelErrorIssue(string text, int column, string what) =>
        $"'{CleanLine(text)}' in '{ColumnName(column)}' is an Excel error value (a formula that failed), read as no {what}.";

    /// <summary>
    /// "SMITH JOHN A", "SMITH JOHN A JR", "SMITH JOHN A &amp; MARY B": three words or more ending in a lone initial (a
    /// generation after it aside), as LAST FIRST MIDDLE is written; "John A Smith" ends in the surname.
    /// </summary>
    private static bool EndsInALoneInitial(string name)
    {
        // On spans, without splitting: a file's every row with a whole name comes here.
        var rest = name.AsSpan().Trim();
        var words = 0;
        for (var i = 0; i < rest.Length; i++)
            if (rest[i] != ' ' && (i == 0 || rest[i - 1] == ' ')) words++;
        while (true)
        {
            var cut = rest.LastIndexOf(' ');
            var word = (cut < 0 ? rest : rest[(cut + 1)..]).TrimEnd(".,");
            var generation = word.Equals("JR", StringComparison.OrdinalIgnoreCase) || word.Equals("SR", StringComparison.OrdinalIgnoreCase)
                || word.SequenceEqual("II") || word.SequenceEqual("III") || word.SequenceEqual("IV");
            if (generation && cut > 0)
            {
                rest = rest[..cut].TrimEnd();
                words--;
                continue;
            }
            return words >= 3 && word.Length == 1 && char.IsAsciiLetter(word[0]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ApplyName(ContactRecord record, NameOrder order)
    {
        if (record.FullName is { } full && string.IsNullOrEmpty(record.FirstName) && string.IsNullOrEmpty(record.LastName))
        {
            ApplyOwner(record, OwnerNameParser.Parse(full, order), full);
        }
        else if (record.FullName is null && record.FirstName is null && record.LastName is { } last)
        {
            // A lone Last Name column often holds the owner whole: "Doe Family Trust", "Roe Land, LLC".
            var owner = OwnerNameParser.Parse(last);
            record.OwnerType = owner.Type;
            record.FullName = last;
            if (owner.EntityName is not null && owner.Person is null)
            {
                record.Company ??= owner.EntityName;
                record.LastName = null;
            }
        }
        else if (record.FullName is null && (record.FirstName is not null || record.LastName is not null))
        {
            record.OwnerType = OwnerType.Person;
            SplitGeneration(record);
            var composed = record.FullName = record.Prefix is null && record.MiddleName is null && record.Suffix is null
                ? (record.FirstName is null ? record.LastName : record.LastName is null ? record.FirstName : record.FirstName + " " + record.LastName)
                : string.Join(" ", new[] { record.Prefix, record.FirstName, record.MiddleName, record.LastName, record.Suffix }.Where(p => !string.IsNullOrEmpty(p)));
            // First "Estate of" and Last "Harold Price", First "Mary & Tom", Last "Hall, Trustee": the columns split
            // more than a person's name. Read whole, an estate, trust, couple or capacity is taken; a company is
            // not ("Jose" "Co" is a person whose columns say so).
            if ((MayBeMoreThanAName(record.FirstName) || MayBeMoreThanAName(record.LastName))
                && OwnerNameParser.Parse(composed!) is { Type: not OwnerType.Organization } owner
                && (owner.Type != OwnerType.Person || owner.Role is not null || owner.Aside is not null))
                ApplyOwner(record, owner, composed!);
            // A company typed into First Name, Last Name empty ("First Baptist Church", "Chevron U.S.A. Inc."): with one
            // column filled, the company reading is taken, as for a lone Last Name.
            else if (record.LastName is null && record.FirstName!.Contains(' ')
                && OwnerNameParser.Parse(record.FirstName) is { Type: OwnerType.Organization, EntityName: not null } company)
                ApplyOwner(record, company, record.FirstName);
            else
                TidyNameParts(record);
        }
        else if (record.FirstName is not null || record.LastName is not null)
        {
            // Full Name beside First and Last (Zoho, Google): the parts are a person's, unless the whole says more:
            // an estate, trust, couple or capacity, or a company when the first name is empty ("", "Roe Minerals LP").
            record.OwnerType = OwnerType.Person;
            var inOrder = OwnerNameParser.Parse(record.FullName!, order);
            // The whole read in the other order, once, and only when a reading is needed to tell.
            OwnerName? otherOrder = null;
            OwnerName OtherOrder() => otherOrder ??= OwnerNameParser.Parse(record.FullName!, order == NameOrder.FirstLast ? NameOrder.LastFirst : NameOrder.FirstLast);
            var owner = inOrder;
            // The columns say the whole's order: "SMITH JOHN & MARY" beside First "JOHN" and Last "SMITH" is written last name first
            // (read first name first, the couple's reading made the owner First "SMITH", Last "JOHN").
            if (inOrder.Person is { } read && !PartsAgree(record, read) && OtherOrder() is { Person: { } other } && PartsAgree(record, other))
                owner = OtherOrder();
            // A couple read from the whole whose second owner the columns name (First "MARY", Last "SMITH" beside "SMITH JOHN & MARY"):
            // the columns stand, the first owner is the second of the row (the couple's reading made her "SMITH JOHN").
            if (owner.Type == OwnerType.Couple && (FirstOfCoupleNamedSecond(record, inOrder) ?? FirstOfCoupleNamedSecond(record, OtherOrder())) is { } first)
            {
                record.OwnerType = OwnerType.Couple;
                record.SecondOwner = first;
                TidyNameParts(record);
                return;
            }
            if (owner.Type == OwnerType.Organization ? record.FirstName is null : owner.Type != OwnerType.Person || owner.Role is not null)
            {
                ApplyOwner(record, owner, record.FullName!);
                return;
            }
            TidyNameParts(record); // Google's and Zoho's parts are typed as any: "Dr. Ana", "Robert (Bob)"
            if (owner is { Type: OwnerType.Person, Person: { } whole } && PartsAgree(record, whole))
            {
                // The parts the columns leave empty, from the whole when it agrees with those they fill: Given "Mike" and Name "Mike Price".
                record.Prefix ??= Blank(whole.Title);
                record.FirstName ??= Blank(whole.First);
                record.MiddleName ??= Blank(whole.Middle);
                record.LastName ??= Blank(whole.Last);
                record.Suffix ??= Blank(whole.Suffix);
            }
        }
        else if (record.FullName is null && record.Company is not null)
        {
            record.OwnerType = OwnerType.Organization; // a row that names only a company (a lessee, an operator)
        }
    }

    /// <summary>
    /// First and Last Name cells written as a whole name is written: a title before the first name ("Dr. Ana",
    /// "Mr John"), a nickname beside it ("Robert (Bob)"), an initial after it ("John A."); letters after the last
    /// name ("Smith, CPL", "Jones, RPL, MBA", "Lee Jr., P.E."). Each goes to its own field when that is empty, so
    /// "Dear {FirstName}" reads "Dear Ana". Pronouns in brackets ("Chen (He/Him)") are no nickname; FullName keeps
    /// the cells as written.
    /// </summary>
    private static void TidyNameParts(ContactRecord record)
    {
        if (record.FirstName is { } first && first.AsSpan().IndexOfAny(' ', '(', '"') >= 0)
        {
            // Asked of every first name with a space (one row in ten of the bench): no regex or split unless a bracket,
            // a quote or a symbol is there.
            if (first.AsSpan().IndexOfAny('(', '"') >= 0 || first.AsSpan().IndexOfAnyInRange('\u2000', '\uffff') >= 0)
                first = record.FirstName = WithoutNicknameOrSymbols(record, first);
            if (first is not null) TidyTitlesAndInitial(record, first);
        }
        if (record.LastName is { } last && last.AsSpan().IndexOfAny(',', '(') >= 0)
        {
            // Brackets in a last name hold a former name or a role ("Smith (Jones)", "Jones (Landman)"), kept; only pronouns go.
            var text = NameSplitter.WithoutPronouns(last);
            var comma = text.IndexOf(',');
            if (comma > 0 && record.Suffix is null && text[(comma + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } after
                && after.All(NameSplitter.IsSuffixPart))
            {
                record.Suffix = string.Join(", ", after.Select(a => a.Trim()));
                text = text[..comma].Trim();
                // "Lee Jr., P.E.": the generation before the comma joins the letters after it.
                if (text.LastIndexOf(' ') is > 0 and var space && NameSplitter.IsSuffixWord(text[(space + 1)..]))
                {
                    record.Suffix = text[(space + 1)..] + ", " + record.Suffix;
                    text = text[..space];
                }
            }
            record.LastName = text.Length > 0 ? text : null;
        }
    }

    /// <summary>"Robert (Bob)": the nickname to Nickname (when empty), and words of symbols alone ("Wei 🛢️") dropped; the first name left, or null.</summary>
    private static string? WithoutNicknameOrSymbols(ContactRecord record, string first)
    {
        var (text, nickname) = first.AsSpan().IndexOfAny('(', '"') >= 0 ? NameSplitter.ExtractNicknames(first) : (first, "");
        if (nickname.Length > 0) record.Nickname ??= nickname;
        var words = new List<string>(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.RemoveAll(NameSplitter.IsOnlySymbols) == 0 && ReferenceEquals(text, first)) return first;
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>
    /// <see cref="TidyNameParts"/>'s titles and initial of a first name ("Dr. Ahmed", "John A.", "Mary Ann"), read in
    /// place: a new string only for a part that moves.
    /// </summary>
    private static void TidyTitlesAndInitial(ContactRecord record, string first)
    {
        var span = first.AsSpan();
        var start = 0;
        // Titles while another word follows: "Dr. Ahmed", "Rev Dr John".
        while (span[start..].IndexOf(' ') is > 0 and var space && IsHonorific(span.Slice(start, space))) start += space + 1;
        if (start > 0 && record.Prefix is null)
        {
            record.Prefix = first[..(start - 1)];
            first = record.FirstName = first[start..];
            span = first.AsSpan();
        }
        // "John A.": an initial after a one-word first name is the middle one ("Mary Ann" is a first name of two words,
        // "J. R." and "T J" are initials that go by themselves).
        if (span.IndexOf(' ') is > 0 and var gap && span[(gap + 1)..] is var after && after.IndexOf(' ') < 0
            && after.TrimEnd('.') is { Length: 1 } initial && char.IsLetter(initial[0]) && record.MiddleName is null && span[..gap].TrimEnd('.').Length > 1)
        {
            record.MiddleName = first[(gap + 1)..];
            record.FirstName = first[..gap];
        }
    }

    // The titles that a First Name cell may begin with; "Major" or "Judge" alone stay names.
    // Narrower than NameSplitter's titles (a whole name's), on purpose: a First Name cell's first word is a given name
    // unless it can be nothing else. "Hon" (a Cantonese given name) and "Fr" count only with their dot.
    private static readonly string[] Honorifics = ["mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "rev", "reverend", "prof", "professor", "sir", "dame"];
    private static readonly string[] DottedHonorifics = ["hon.", "fr."];

    private static bool IsHonorific(ReadOnlySpan<char> word)
    {
        foreach (var dotted in DottedHonorifics)
            if (word.Equals(dotted, StringComparison.OrdinalIgnoreCase)) return true;
        var bare = word.TrimEnd('.');
        foreach (var honorific in Honorifics)
            if (bare.Equals(honorific, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The first owner's name of the couple <paramref name="reading"/> when the First and Last Name columns name its second owner; else null.</summary>
    private static string? FirstOfCoupleNamedSecond(ContactRecord record, OwnerName reading) =>
        record.FirstName is not null && record.LastName is not null && reading is { Person: { } first, SecondPerson: { } second }
        && string.Equals(second, $"{record.FirstName} {record.LastName}", StringComparison.OrdinalIgnoreCase) ? $"{first.First} {first.Last}" : null;

    /// <summary>Whether the First and Last Name columns agree with <paramref name="person"/> read from the whole name (an empty column agrees).</summary>
    private static bool PartsAgree(ContactRecord record, PersonName person) => Agrees(record.FirstName, person.First) && Agrees(record.LastName, person.Last);

    private static bool Agrees(string? part, string whole) => part is null || string.Equals(part, whole, StringComparison.OrdinalIgnoreCase);

    /// <summary>The record's name fields from an owner name read whole (<paramref name="full"/> as written).</summary>
    private static void ApplyOwner(ContactRecord record, OwnerName owner, string full)
    {
        if (owner.Aside is { } aside) record.AddIssue($"Name '{full}': '{aside}' is not part of the name.");
        record.OwnerType = owner.Type;
        record.OwnerRole = owner.Role;
        record.SecondOwner = owner.SecondPerson;
        if (owner.EntityName is { } entity && record.Company is null) record.Company = entity;
        if (owner.Person is not { } name)
        {
            (record.FirstName, record.MiddleName, record.LastName) = (null, null, null); // an entity has no person's names
            return;
        }
        record.Prefix ??= Blank(name.Title);
        record.FirstName = Blank(name.First);
        record.MiddleName ??= Blank(name.Middle);
        record.LastName = Blank(name.Last);
        record.Suffix ??= Blank(name.Suffix);
        record.Nickname ??= Blank(name.Nickname);
    }

    [GeneratedRegex(@"^(?<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ZipWrittenAsNumber();

    /// <summary>
    /// A US ZIP code a spreadsheet stored as a number lost its leading zero: 2134 for 02134 (Boston), 71021234
    /// for 07102-1234. Restored, and said, when the row is in a state whose ZIP codes start with 0 (New England,
    /// New Jersey, Puerto Rico, the Virgin Islands, military mail in Europe), or names no state and no country
    /// but the US. A 4-digit code elsewhere (Australia's, Denmark's) is left as it is.
    /// </summary>
    private static void RestoreZipZero(ContactRecord record, string postalCode)
    {
        if (postalCode.AsSpan().ContainsAnyExceptInRange('0', '9')) return;
        var state = record.State?.Trim().TrimEnd('.');
        // Puerto Rico's and the Virgin Islands' ZIP codes start 006-009: as numbers they lose two zeros (601 for 00601).
        var zeros = postalCode.Length is 3 or 7 ? 2 : 1;
        var inZeroState = zeros == 2 ? state is not null && TwoZeroZipStates.Contains(state)
            : state is not null ? ZeroZipStates.Contains(state) : IsUnitedStates(record.Country);
        if (!inZeroState) return;
        var zip = new string('0', zeros) + postalCode;
        record.PostalCode = zip.Length == 5 ? zip : zip[..5] + "-" + zip[5..];
        record.AddIssue($"PostalCode {postalCode} is read as {record.PostalCode}: a spreadsheet stored the ZIP code as a number and dropped its leading zero.");
    }

    /// <summary>
    /// A US row's PostalCode with no digit ("TX") is no ZIP code: most often a row with a cell too few (a county
    /// list's "C/O" line that took the street's cell) whose cells moved left, so City and State are wrong too. Kept as
    /// written, said in Issues (with the row's cell count when it is short) and counted for a warning.
    /// </summary>
    private void NoteShiftedPostalCode(ContactRecord record, string postalCode, int cellCount, ImportSummary summary)
    {
        var shortRow = _delimited && cellCount < _slots.Length ? $"; the row has {cellCount} cells and the header {_slots.Length}, so its cells may have moved left" : "";
        record.AddIssue($"PostalCode '{postalCode}' has no digit, so it is no ZIP code: it may be another column's value{shortRow}. Check Address, City and State.");
        summary.NoZipRows.Add(record.SourceRow);
    }

    private static bool IsUnitedStates(string? country) =>
        country is null || UnitedStates.Contains(country.Trim().Replace(".", "", StringComparison.Ordinal));

    private static readonly HashSet<string> UnitedStates = new(StringComparer.OrdinalIgnoreCase) { "US", "USA", "United States", "United States of America", "America" };

    private static readonly HashSet<string> ZeroZipStates = new(StringComparer.OrdinalIgnoreCase)
    {
        "CT", "MA", "ME", "NH", "NJ", "RI", "VT", "PR", "VI", "AE",
        "Connecticut", "Massachusetts", "Maine", "New Hampshire", "New Jersey", "Rhode Island", "Vermont", "Puerto Rico", "Virgin Islands",
        "Conn", "Mass", // as old address books write them
    };

    private static readonly HashSet<string> TwoZeroZipStates = new(StringComparer.OrdinalIgnoreCase) { "PR", "VI", "Puerto Rico", "Virgin Islands" };

    /// <summary>Last Name "Smith Jr." with no Suffix column: the generation is the suffix, as in a full name.</summary>
    private static void SplitGeneration(ContactRecord record)
    {
        if (record.Suffix is not null || record.LastName is not { } last || last.LastIndexOf(' ') is not (> 0 and var space)) return;
        var word = last.AsSpan(space + 1).TrimEnd('.');
        foreach (var generation in Generations)
        {
            if (!word.Equals(generation, StringComparison.OrdinalIgnoreCase)) continue;
            record.LastName = last[..space].TrimEnd(' ', ',');
            record.Suffix = last[(space + 1)..];
            return;
        }
    }

    // Asked of every last name with a space: compared in place. V stays a name ("Bill V" may be one).
    private static readonly string[] Generations = ["jr", "sr", "ii", "iii", "iv", "2nd", "3rd", "4th"];

    /// <summary>Whether a first or last name cell may hold more than a name: a comma, '&amp;' or '/', or a word of estates, trusts, couples and capacities.</summary>
    // Asked of every first and last name cell: words compared in place, no copy (a split was 60 bytes a row).
    private static bool MayBeMoreThanAName(string? cell)
    {
        if (cell is null) return false;
        var rest = cell.AsSpan();
        if (rest.IndexOfAny(',', '&', '/') >= 0) return true;
        while (!rest.IsEmpty)
        {
            rest = rest.TrimStart(' ');
            var end = rest.IndexOf(' ');
            var word = (end < 0 ? rest : rest[..end]).TrimEnd('.');
            // Most words of a name start with none of the owner words' letters: no comparison at all.
            if (word.Length is >= 2 and <= 9 && (word[0] | 0x20) is 'a' or 'e' or 't' or 'h' or 'd' or 'l')
                foreach (var ownerWord in OwnerWords)
                    if (word.Equals(ownerWord, StringComparison.OrdinalIgnoreCase)) return true;
            rest = end < 0 ? [] : rest[end..];
        }
        return false;
    }

    private static readonly string[] OwnerWords =
        ["and", "estate", "est", "trust", "trustee", "trustees", "ttee", "heirs", "deceased", "decd", "et", "life", "executor", "executrix"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ApplyPhones(ContactRecord record, string? first, List<string>? more, string? extension, ImportSummary summary)
    {
        var phones = new ContactPhones();
        if (first is not null) phones.Add(InCountry(first), extension);
        if (more is not null) foreach (var text in more) phones.Add(InCountry(text), extension);
        record.Phone = phones.Phone;
        record.PhoneExtension = phones.Phone is null ? extension : phones.Extension;
        record.PhoneRaw = phones.Raw;
        record.ExtraPhones = phones.ExtraPhones;
        if (phones.Issues is not null) foreach (var issue in phones.Issues) record.AddIssue(issue);
        if (phones.Unusable) summary.UnusablePhoneRows.Add(record.SourceRow);
        if (phones.Noted) summary.UnlistedAreaCodeRows.Add(record.SourceRow);

        static bool IsMexico(string? country) => country?.Trim().ToUpperInvariant() is "MX" or "MEX" or "MEXICO" or "MÉXICO" or "ESTADOS UNIDOS MEXICANOS";

        // A number without its country code, in the plan of the row's Country when that is outside North America's.
        string InCountry(string text)
        {
            // A US state beside it says the address, and most likely the number, is American whatever the Country cell says.
            // Not a code Mexico's states share with Canada's provinces ("NL" Nuevo León, "BC" Baja California) beside Country Mexico (a
            // trial: Monterrey's 81 8123 4567 became a Los Angeles number).
            if (IsUnitedStates(record.Country) || (record.State is { } state && CombinedAddress.IsStateCode(state) && !(IsMexico(record.Country) && state.Trim().ToUpperInvariant() is "NL" or "BC"))
                || CountryPhones.InCountry(text, record.Country, out var region) is not { } international) return text;
            record.AddIssue($"Phone '{CleanLine(text)}' is read as {international}, in the numbering plan of {region}: the row's Country is {record.Country} and the number has no country code.");
            return international;
        }
    }

    /// <summary>
    /// A PhoneRaw column (a file this module wrote, read again): the numbers it did not take to dial, for a reason its Do Not Call
    /// column, a fax label or the words beside them gave, which the file read again may no longer have (Export-Csv writes the first
    /// file's columns). Kept in PhoneRaw as written, never Phone, so Invoke-PipesDial does not dial them now either.
    /// </summary>
    private static void KeepRefusedPhones(ContactRecord record, string refused)
    {
        record.PhoneRaw = record.PhoneRaw is null ? refused : record.PhoneRaw + "; " + refused;
        record.AddIssue($"PhoneRaw {refused} is kept as it is, not taken as a number to dial: a file Import-PipesFile wrote keeps there the numbers it did not take (its Issues said why).");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ApplyEmails(ContactRecord record, string first, List<string>? more, ImportSummary summary)
    {
        List<string>? valid = null;
        var invalid = false;
        Add(first);
        if (more is not null) foreach (var cell in more) Add(cell);
        record.ExtraEmails = valid is null ? null : string.Join("; ", valid);
        if (invalid) summary.InvalidEmailRows.Add(record.SourceRow);

        void Add(string cell)
        {
            var result = EmailNormalizer.Normalize(cell);
            if (result.DisplayName is { } name && record.FullName is null && record.FirstName is null && record.LastName is null) record.FullName = CleanLine(name);
            // Every address of the cell, those the normaliser read and those among words it could not ("a@x.com; b@x.com - both unsubscribed").
            if (DoNotEmailMark(cell) is { } marked
                && (result.Email is null ? [] : result.Others.Prepend(result.Email)).Concat(AddressesAmongWords(cell)).Distinct(EmailNormalizer.AddressComparer).ToList() is { Count: > 0 } held)
            {
                // "pam@x.com (do not email)": the owner asked; no address of this cell is one to write to. Also when the words make the
                // cell no address list ("UNSUBSCRIBED jo@x.com", "jo@x.com - opted out"): dropped as invalid, the opt-out was lost, and a
                // later row of the address wrote to it.
                record.AddIssue(ContactIssues.DoNotEmail(Clean(cell), marked));
                Withhold(record, string.Join("; ", held));
                if (summary.DoNotEmailRows.LastOrDefault() != record.SourceRow) summary.DoNotEmailRows.Add(record.SourceRow);
                return;
            }
            if (result.Aside is { } aside) record.AddIssue(ContactIssues.EmailAside(Clean(cell), aside));
            if (record.Email is null && result.Others.Count > 0 && cell.Contains('<') && OwnAddress(record, cell, result.Email) is { } own)
            {
                // "Ann Cole <ann@acme.com>; dee@other.com" on Dee Ox's row: the first address is someone else's.
                record.AddIssue($"Email: '{result.Email}' is written beside another name than this row's ('{own.Beside}'), so '{own.Address}' is taken as its Email; '{result.Email}' is kept in ExtraEmails.");
                Keep(own.Address);
            }
            Keep(result.Email);
            foreach (var address in result.Others) Keep(address);
            foreach (var bad in result.Invalid)
            {
                // Outlook's export of a colleague's address inside the organisation: no typo, and its SMTP form is often in E-mail 2.
                if (Email.EmailAddressList.IsX500(bad))
                {
                    record.AddIssue(ContactIssues.ExchangeAddress(bad));
                    continue;
                }
                invalid = true;
                record.AddIssue(ContactIssues.InvalidEmail(bad));
            }
        }

        void Keep(string? address)
        {
            if (address is null) return;
            if (record.Email is null) record.Email = address;
            else if (address != record.Email && !(valid?.Contains(address) ?? false)) (valid ??= []).Add(address);
            else return; // the same address in two cells: kept, and judged, once
            if (EmailDomainTypos.Suggest(address) is { } provider) record.AddIssue(ContactIssues.EmailDomainTypo(address, provider));
        }
    }

    /// <summary>Whether a workbook's email cell shows an address (its link, if any, is another), not a word over its link ("Email John").</summary>
    private static bool ShowsAnAddress(string? text) => text?.Contains('@') == true;

    private static string? LinkedAddress((int Column, string Address)[] links, int column)
    {
        foreach (var link in links)
            if (link.Column == column) return link.Address;
        return null;
    }

    /// <summary>
    /// The addresses a workbook's cells link to ("mailto:") with a name ("John Smith"), a word ("Email") or another address
    /// written over them: each one no email cell of the row holds is an address of the row's, and Issues says which cell it came from.
    /// </summary>
    private void AddLinkedAddresses(ContactRecord record, object?[] cells, (int Column, string Address)[] links, ref string? email, ref List<string>? moreEmails)
    {
        var added = 0;
        foreach (var (column, link) in links)
        {
            // An email cell that showed a word took its link's address already; one that shows an address keeps it, and a
            // different address it links to (the link left behind when the text was changed, or the other way round) is kept beside it.
            var shown = column < cells.Length ? ColumnMap.Text(cells[column]) : null;
            if (column < _slots.Length && _slots[column] == Slot.Email && !ShowsAnAddress(shown)) continue;
            // Each address is compared with those before it: a row of thousands of linked cells is a workbook's trick, not a contact's addresses.
            if (added == MaxLinkedAddresses)
            {
                record.AddIssue($"More than {MaxLinkedAddresses} cells of this row link to email addresses: the addresses of the first {MaxLinkedAddresses} are taken, the others are not.");
                return;
            }
            added++;
            // "a@x.com,b@y.com" links to both; a link that is no valid address is added as it is, for the email checks to name it.
            var linked = EmailNormalizer.Normalize(link);
            foreach (var address in linked.Email is null ? [link] : (IEnumerable<string>)[linked.Email, .. linked.Others])
            {
                if ((email is not null && HoldsAddress(email, address)) || moreEmails?.Any(cell => HoldsAddress(cell, address)) == true) continue;
                if (email is null) email = address;
                else (moreEmails ??= []).Add(address);
                record.AddIssue(ContactIssues.EmailFromLink(address, ColumnName(column), shown));
            }
        }
    }

    private const int MaxLinkedAddresses = 10;

    /// <summary>
    /// Whether an email cell's text holds <paramref name="address"/> as one of its addresses, whatever the case or the form of an
    /// internationalised host ("jo@bücher.de" shown, "jo@xn--bcher-kva.de" linked): "bob@x.com"
    /// does not hold "ob@x.com", as a text search would say it did. A cell of no valid address holds it only as its whole text.
    /// </summary>
    private static bool HoldsAddress(string cell, string address)
    {
        var result = EmailNormalizer.Normalize(cell);
        return result.Email is null
            ? string.Equals(cell.Trim(), address, StringComparison.OrdinalIgnoreCase)
            : EmailNormalizer.SameAddress(result.Email, address) || result.Others.Any(other => EmailNormalizer.SameAddress(other, address));
    }

    /// <summary>
    /// In a cell of several addresses whose first is written beside a name that shares no word with the row's name
    /// ("Ann Cole &lt;ann@acme.com&gt;; dee@other.com" on Dee Ox's row), the first other address written without a
    /// name or beside the row's, with the name the first is beside; null when the first is the row's own, or no other is. Parts are split on ';' and
    /// line breaks only: a comma may be inside a name ("Cole, Ann").
    /// </summary>
    private static (string Address, string Beside)? OwnAddress(ContactRecord record, string cell, string? first)
    {
        var rowWords = NameWords($"{record.FirstName} {record.LastName} {record.FullName}");
        if (rowWords.Count == 0) return null;
        var parts = cell.Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => (Address: EmailNormalizer.Normalize(part).Email, Name: EmailNormalizer.DisplayName(part)))
            .Where(p => p.Address is not null).ToList();
        var firstPart = parts.FirstOrDefault(p => p.Address == first);
        if (firstPart.Name is null || NameWords(firstPart.Name).Overlaps(rowWords)) return null;
        foreach (var (address, name) in parts)
            if (address != first && (name is null || NameWords(name).Overlaps(rowWords))) return (address!, firstPart.Name);
        return null;

        static HashSet<string> NameWords(string text) =>
            text.Split([' ', ',', '.', '"', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A WithheldEmails column (a file this module wrote, or a list's "Unsubscribed Email" mapped there): its addresses read as
    /// an email cell's are (lower-cased, "Name &lt;address&gt;" and mailto: undone, lists split), text that is no address said in
    /// Issues; and an address the row also gives as Email or in ExtraEmails is taken out of them, since the row says not to write to it.
    /// </summary>
    private static void ApplyWithheld(ContactRecord record, List<string> cells, ImportSummary summary)
    {
        foreach (var cell in cells)
        {
            var result = EmailNormalizer.Normalize(cell);
            if (result.Email is not null) Withhold(record, string.Join("; ", result.Others.Prepend(result.Email)));
            foreach (var bad in result.Invalid) record.AddIssue($"WithheldEmails: '{bad}' is no email address, so it was left out.");
            if (result.Email is null && result.Invalid.Count == 0) record.AddIssue($"WithheldEmails: '{Clean(cell)}' is no email address, so it was left out.");
        }
        if (record.WithheldEmails is not { } held || (record.Email is null && record.ExtraEmails is null)) return;
        var withheldSet = new HashSet<string>(held.Split("; "), EmailNormalizer.AddressComparer);
        Withdraw(record, SendableEmails(record).Where(withheldSet.Contains).ToList(), "the row's WithheldEmails holds it", summary);
    }

    /// <summary>The record's Email and ExtraEmails, in order.</summary>
    private static IEnumerable<string> SendableEmails(ContactRecord record) =>
        (record.ExtraEmails?.Split("; ") ?? []).Prepend(record.Email).OfType<string>();

    /// <summary>
    /// Takes <paramref name="addresses"/> (some of the record's Email and ExtraEmails) out of them into WithheldEmails, the next one
    /// left becoming Email, and says <paramref name="why"/> in Issues; the row counts among those marked not to be written to.
    /// </summary>
    internal static void Withdraw(ContactRecord record, IReadOnlyList<string> addresses, string why, ImportSummary summary)
    {
        if (addresses.Count == 0) return;
        var withdrawn = new HashSet<string>(addresses, EmailNormalizer.AddressComparer);
        var kept = SendableEmails(record).Where(a => !withdrawn.Contains(a)).ToList();
        (record.Email, record.ExtraEmails) = (kept.FirstOrDefault(), kept.Count > 1 ? string.Join("; ", kept.Skip(1)) : null);
        Withhold(record, string.Join("; ", addresses));
        record.AddIssue(ContactIssues.Withheld(string.Join("; ", addresses), why));
        if (summary.DoNotEmailRows.LastOrDefault() != record.SourceRow) summary.DoNotEmailRows.Add(record.SourceRow);
    }

    /// <summary>A Phone or ExtraPhones entry's number without its extension ("7135550101 x204" is 7135550101).</summary>
    internal static string NumberOf(string entry) => ContactPhones.Split(entry).Number;

    /// <summary>The record's Phone (with its extension) and ExtraPhones entries, in order.</summary>
    private static IEnumerable<string> PhoneEntries(ContactRecord record) =>
        (record.ExtraPhones?.Split("; ") ?? []).Prepend(record.Phone is null ? null : ContactPhones.Entry(record.Phone, record.PhoneExtension)).OfType<string>();

    /// <summary>
    /// Takes <paramref name="numbers"/> (some of the record's Phone and ExtraPhones, as NumberOf gives them) out of them into PhoneRaw,
    /// the next one left becoming Phone (with its extension), and says <paramref name="why"/> in Issues; the row counts among those
    /// marked not to be called.
    /// </summary>
    internal static void WithdrawPhones(ContactRecord record, IReadOnlyList<string> numbers, string why, ImportSummary summary)
    {
        if (numbers.Count == 0) return;
        var entries = PhoneEntries(record).ToList();
        var withdrawn = entries.Where(e => numbers.Contains(NumberOf(e))).ToList();
        var kept = entries.Except(withdrawn).ToList();
        (record.Phone, record.PhoneExtension) = kept.Count == 0 ? (null, null) : ContactPhones.Split(kept[0]);
        record.ExtraPhones = kept.Count > 1 ? string.Join("; ", kept.Skip(1)) : null;
        var said = string.Join("; ", withdrawn);
        record.PhoneRaw = record.PhoneRaw is null ? said : said + "; " + record.PhoneRaw;
        record.AddIssue(ContactIssues.NotDialled(said, why));
        if (summary.DoNotCallRows.LastOrDefault() != record.SourceRow) summary.DoNotCallRows.Add(record.SourceRow);
    }

    /// <summary>Adds <paramref name="addresses"/> ("; "-separated) to the record's WithheldEmails, each once.</summary>
    private static void Withhold(ContactRecord record, string addresses) =>
        record.WithheldEmails = string.Join("; ", (record.WithheldEmails is { } held ? held.Split("; ") : []).Concat(addresses.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(EmailNormalizer.AddressComparer));

    private static void Set(ContactRecord record, Slot slot, string value)
    {
        switch (slot)
        {
            case Slot.Prefix: record.Prefix = value; break;
            case Slot.FirstName: record.FirstName = value; break;
            case Slot.MiddleName: record.MiddleName = value; break;
            case Slot.LastName: record.LastName = value; break;
            case Slot.Suffix: record.Suffix = value; break;
            case Slot.Nickname: record.Nickname = value; break;
            case Slot.FullName: record.FullName = value; break;
            case Slot.Company: record.Company = value; break;
            case Slot.JobTitle: record.JobTitle = value; break;
            case Slot.Address: record.Address = value; break;
            case Slot.City: record.City = value; break;
            case Slot.State: record.State = value; break;
            case Slot.PostalCode: record.PostalCode = value; break;
            case Slot.Country: record.Country = value; break;
            case Slot.Website: record.Website = value; break;
            case Slot.Notes: record.Notes = value; break;
            default: throw new InvalidOperationException("No field " + slot);
        }
    }

    /// <summary>
    /// "Permian Resources, ATTN: Land Dept", "ATTN Land Manager - Basin Energy LLC": whom to write to is no
    /// part of the company's name (a letter would open "Dear ATTN"): the company alone, the rest said in Issues.
    /// </summary>
    private static string WithoutAttention(ContactRecord record, string company)
    {
        if (!company.Contains("att", StringComparison.OrdinalIgnoreCase) || Attention().Match(company) is not { Success: true } found) return company;
        record.AddIssue($"Company '{company}': '{found.Groups["attn"].Value}' is not part of the company's name.");
        return found.Groups["company"].Value;
    }

    [GeneratedRegex(@"^(?:(?<company>.*?\S)(?:\s*,\s*|\s+)(?<attn>(?:attn|attention)\b[:.]?.*)|(?<attn>(?:attn|attention)\b[:.]?.*?)\s+[-\u2013]\s+(?<company>.+))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attention();

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();
}
