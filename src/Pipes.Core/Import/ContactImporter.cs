using System.Collections.Specialized;
using System.Text;
using System.Text.RegularExpressions;
using Pipes.Import.Normalization;
using Pipes.Integrations;

namespace Pipes.Import;

/// <summary>How to read and map a file; everything is detected when left unset.</summary>
public sealed record ImportOptions
{
    public string? Preset { get; init; }

    /// <summary>Source column → record field; a field of "" or "-" keeps the column as it is.</summary>
    public IReadOnlyDictionary<string, string>? Mapping { get; init; }

    public Encoding? Encoding { get; init; }

    public char? Delimiter { get; init; }

    /// <summary>A worksheet name or 1-based number (XLSX only).</summary>
    public string? Worksheet { get; init; }

    /// <summary>Drop rows whose email or phone an earlier row already had.</summary>
    public bool Unique { get; init; }
}

/// <summary>What an import did, for the summary warnings.</summary>
public sealed class ImportSummary
{
    public string Format { get; set; } = "";
    public long DataRows { get; set; }
    public long Records { get; set; }
    public long RowErrors { get; set; }
    public List<long> UnusablePhoneRows { get; } = [];
    public List<long> InvalidEmailRows { get; } = [];
    public long Duplicates { get; set; }
    public long DuplicatesDropped { get; set; }
    public bool NoRows { get; set; }
    public bool HeaderOnly { get; set; }
    public ColumnMap? Columns { get; set; }
}

/// <summary>A record, or a row that could not be read (with its line).</summary>
public readonly record struct ImportItem(ContactRecord? Record, PipesException? Error);

/// <summary>
/// The seed's parse_file, detect_preset and apply_mapping: reads CSV or XLSX as a stream, finds the
/// header, maps columns, and normalises names, phones and emails row by row, yielding each record
/// as soon as its row is read.
/// </summary>
public static partial class ContactImporter
{
    private const int RowsBufferedForHeader = 10;

    public static IEnumerable<ImportItem> Import(string path, ImportOptions options, ImportSummary summary, Action<double>? progress = null)
    {
        using var source = TabularSource.Open(path, options.Encoding, options.Delimiter, options.Worksheet);
        using var rows = source.Rows().GetEnumerator();
        var head = new List<SourceRow>();
        while (head.Count < RowsBufferedForHeader && rows.MoveNext()) head.Add(rows.Current);
        summary.Format = source.Description;
        if (head.Count == 0)
        {
            summary.NoRows = true;
            yield break;
        }
        var map = ColumnMap.Build(head, path, options.Preset, options.Mapping);
        summary.Columns = map;
        // Keys, not strings: holding 200,000 strings alive would cost the garbage collector more than the import.
        var seenEmails = new HashSet<ulong>();
        var seenPhones = new HashSet<long>();
        var headerIndex = head.FindIndex(r => r.Line == map.HeaderLine && r.Error is null);

        foreach (var row in head.Skip(headerIndex + 1).Concat(Rest(rows)))
        {
            if (row.Error is not null)
            {
                summary.RowErrors++;
                yield return new ImportItem(null, new FileFormatError(path, $"{Path.GetFileName(path)}: {row.Error}", row.Line, "Pipes.RowParseError"));
                continue;
            }
            if (IsBlank(row)) continue;
            summary.DataRows++;
            var record = BuildRecord(row, map, path, summary);
            var duplicate = (record.Email is { } email && !seenEmails.Add(EmailKey(email))) | (record.Phone is { } phone && !seenPhones.Add(PhoneKey(phone)));
            if (duplicate)
            {
                summary.Duplicates++;
                if (options.Unique)
                {
                    summary.DuplicatesDropped++;
                    continue;
                }
                record.AddIssue("Duplicate: an earlier row has the same email or phone.");
            }
            summary.Records++;
            // Asking the file for its position costs a system call: every 1,024 records is often enough.
            if (progress is not null && (summary.Records & 1023) == 0) progress(source.Progress);
            yield return new ImportItem(record, null);
        }
        summary.HeaderOnly = summary.DataRows == 0 && summary.RowErrors == 0;
    }

    /// <summary>Names of the unmapped columns of a row longer than the header: the extra cells are Column11, Column12 ...</summary>
    private static string[] ExtraNames(ColumnMap map, int width) =>
        [.. map.ExtraColumnNames, .. Enumerable.Range(map.Headers.Count, width - map.Headers.Count).Select(i => $"Column{i + 1}")];

    /// <summary>A 64-bit key for an address (already lower-cased): two independent 32-bit hashes.</summary>
    private static ulong EmailKey(string email)
    {
        uint fnv = 2166136261;
        foreach (var c in email) fnv = (fnv ^ c) * 16777619;
        return ((ulong)(uint)StringComparer.Ordinal.GetHashCode(email) << 32) | fnv;
    }

    /// <summary>The number's digits as a long (10 for NANP, up to 15 for E.164; the sign tells them apart).</summary>
    private static long PhoneKey(string phone) =>
        phone[0] == '+' ? -long.Parse(phone.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) : long.Parse(phone, System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsBlank(SourceRow row)
    {
        foreach (var cell in row.Cells)
            if (cell is not null && (cell is not string s || !string.IsNullOrWhiteSpace(s))) return false;
        return true;
    }

    private static IEnumerable<SourceRow> Rest(IEnumerator<SourceRow> rows)
    {
        while (rows.MoveNext()) yield return rows.Current;
    }

    private static ContactRecord BuildRecord(SourceRow row, ColumnMap map, string path, ImportSummary summary)
    {
        var record = new ContactRecord { SourceFile = path, SourceRow = row.Line };
        List<string>? phones = null;
        List<string>? emails = null;
        string? extension = null;
        var width = Math.Max(map.Headers.Count, row.Cells.Length);
        var extraNames = width > map.Headers.Count ? ExtraNames(map, width) : map.ExtraColumnNames;
        var extraValues = extraNames.Length > 0 ? new object?[extraNames.Length] : null;
        var extraIndex = 0;
        for (var i = 0; i < width; i++)
        {
            var cell = i < row.Cells.Length ? row.Cells[i] : null;
            var target = i < map.Targets.Count ? map.Targets[i] : null;
            if (target is null)
            {
                extraValues![extraIndex++] = cell is string s ? Clean(s) : cell;
                continue;
            }
            var text = cell is string raw ? Clean(raw) : Clean(ColumnMap.Text(cell));
            if (text.Length == 0) continue;
            switch (target)
            {
                case ContactFields.Phone: (phones ??= []).Add(text); break;
                case ContactFields.Email: (emails ??= []).Add(text); break;
                case "PhoneExtension": extension = Digits().Replace(text, "") is { Length: > 0 } digits ? digits : text; break;
                default: Set(record, target, text); break;
            }
        }
        if (extraValues is not null) record.SetExtraColumns(extraNames, extraValues);

        ApplyName(record);
        if (phones is not null || extension is not null) ApplyPhones(record, phones ?? [], extension, summary);
        if (emails is not null) ApplyEmails(record, emails, summary);
        return record;
    }

    private static void ApplyName(ContactRecord record)
    {
        if (record.FullName is { } full && string.IsNullOrEmpty(record.FirstName) && string.IsNullOrEmpty(record.LastName))
        {
            var name = NameSplitter.Split(full);
            record.Prefix ??= Blank(name.Title);
            record.FirstName = Blank(name.First);
            record.MiddleName ??= Blank(name.Middle);
            record.LastName = Blank(name.Last);
            record.Suffix ??= Blank(name.Suffix);
            record.Nickname ??= Blank(name.Nickname);
        }
        else if (record.FullName is null && (record.FirstName is not null || record.LastName is not null))
        {
            record.FullName = record.Prefix is null && record.MiddleName is null && record.Suffix is null
                ? (record.FirstName is null ? record.LastName : record.LastName is null ? record.FirstName : record.FirstName + " " + record.LastName)
                : string.Join(" ", new[] { record.Prefix, record.FirstName, record.MiddleName, record.LastName, record.Suffix }.Where(p => !string.IsNullOrEmpty(p)));
        }
    }

    private static void ApplyPhones(ContactRecord record, List<string> phones, string? extension, ImportSummary summary)
    {
        List<string>? extras = null;
        var unusable = false;
        foreach (var text in phones)
        {
            var result = PhoneNormalizer.Normalize(text);
            if (!result.IsUsable)
            {
                unusable = true;
                record.PhoneRaw ??= text;
                record.AddIssue($"Phone '{text}' is not usable: {result.Problem}.");
                continue;
            }
            if (record.Phone is null)
            {
                record.Phone = result.Number;
                record.PhoneExtension = result.Extension ?? extension;
            }
            else if (result.Number != record.Phone && !(extras?.Contains(result.Number!) ?? false))
            {
                (extras ??= []).Add(result.Extension is null ? result.Number! : $"{result.Number} x{result.Extension}");
            }
        }
        if (record.Phone is null && extension is not null) record.PhoneExtension = extension;
        record.ExtraPhones = extras is null ? null : string.Join("; ", extras);
        if (unusable) summary.UnusablePhoneRows.Add(record.SourceRow);
    }

    private static void ApplyEmails(ContactRecord record, List<string> cells, ImportSummary summary)
    {
        List<string>? valid = null;
        var invalid = false;
        foreach (var cell in cells)
        {
            var result = EmailNormalizer.Normalize(cell);
            foreach (var address in result.Others.Prepend(result.Email))
            {
                if (address is null) continue;
                if (record.Email is null) record.Email = address;
                else if (address != record.Email && !(valid?.Contains(address) ?? false)) (valid ??= []).Add(address);
            }
            foreach (var bad in result.Invalid)
            {
                invalid = true;
                record.AddIssue($"Email '{bad}' is not a valid address.");
            }
        }
        record.ExtraEmails = valid is null ? null : string.Join("; ", valid);
        if (invalid) summary.InvalidEmailRows.Add(record.SourceRow);
    }

    private static void Set(ContactRecord record, string field, string value)
    {
        switch (field)
        {
            case "Prefix": record.Prefix = value; break;
            case "FirstName": record.FirstName = value; break;
            case "MiddleName": record.MiddleName = value; break;
            case "LastName": record.LastName = value; break;
            case "Suffix": record.Suffix = value; break;
            case "Nickname": record.Nickname = value; break;
            case ContactFields.FullName: record.FullName = value; break;
            case "Company": record.Company = value; break;
            case "JobTitle": record.JobTitle = value; break;
            case "Address": record.Address = value; break;
            case "City": record.City = value; break;
            case "State": record.State = value; break;
            case "PostalCode": record.PostalCode = value; break;
            case "Country": record.Country = value; break;
            case "Website": record.Website = value; break;
            case "Notes": record.Notes = value; break;
            default: throw new InvalidOperationException("No field " + field);
        }
    }

    /// <summary>Trimmed, with runs of spaces and tabs collapsed (line breaks inside notes are kept).</summary>
    private static string Clean(string text)
    {
        if (text.Length == 0) return text;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) text = text.Trim();
        return text.Contains("  ", StringComparison.Ordinal) || text.Contains('\t') ? Spaces().Replace(text, " ") : text;
    }


    private static string? Blank(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex(@"[ \t]{2,}|\t")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();

    /// <summary>The seed's parse_file + detect_preset: headers, the first rows as read, and the suggested mapping.</summary>
    public static ImportPreview Preview(string path, ImportOptions options, int sampleRows = 5)
    {
        using var source = TabularSource.Open(path, options.Encoding, options.Delimiter, options.Worksheet);
        var rows = source.Rows().Where(r => r.Error is null).Take(RowsBufferedForHeader + sampleRows).ToList();
        if (rows.Count == 0)
            return new ImportPreview(path, source.Description, source.EncodingName, source.Delimiter, 0, 0, [], [], null,
                new Dictionary<string, string>(), [], ContactFields.Targets, "The file is empty: no header and no data rows.");
        var map = ColumnMap.Build(rows, path, options.Preset, options.Mapping);
        var headerIndex = rows.FindIndex(r => r.Line == map.HeaderLine);
        var samples = rows.Skip(headerIndex + 1).Where(r => r.Cells.Any(c => ColumnMap.Text(c).Length > 0)).Take(sampleRows).Select(r =>
        {
            var sample = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < map.Headers.Count; i++) sample[map.Headers[i]] = i < r.Cells.Length ? r.Cells[i] : null;
            return sample;
        }).ToList();
        return new ImportPreview(path, source.Description, source.EncodingName, source.Delimiter, map.HeaderLine, map.RowsSkippedAboveHeader,
            map.Headers, samples, map.Preset, map.Mapping, map.UnmappedColumns, map.UnmappedFields,
            samples.Count == 0 ? "The file has a header but no data rows." : null);
    }
}

/// <summary>What Get-PipesImportPreview shows: enough to build or check a mapping.</summary>
public sealed record ImportPreview(
    string Path,
    string Format,
    string Encoding,
    string? Delimiter,
    long HeaderRow,
    int RowsSkippedAboveHeader,
    IReadOnlyList<string> Headers,
    IReadOnlyList<OrderedDictionary> SampleRows,
    string? Preset,
    IReadOnlyDictionary<string, string> SuggestedMapping,
    IReadOnlyList<string> UnmappedColumns,
    IReadOnlyList<string> UnmappedFields,
    string? Message);
