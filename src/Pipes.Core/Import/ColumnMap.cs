using Pipes.Integrations;

namespace Pipes.Import;

/// <summary>Where the header is, what each column is called, and which field (if any) each feeds.</summary>
public sealed class ColumnMap
{
    private const int RowsSearchedForHeader = 10;

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

    /// <summary>The field each column feeds, or null for a column kept as it is.</summary>
    public IReadOnlyList<string?> Targets { get; }

    public string? Preset { get; }

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
    /// so title lines above it are skipped), then maps columns: an explicit mapping first, then the
    /// preset, then known header names.
    /// </summary>
    public static ColumnMap Build(IReadOnlyList<SourceRow> firstRows, string path, string? preset, IReadOnlyDictionary<string, string>? mapping)
    {
        var candidates = firstRows.Where(r => r.Error is null).Take(RowsSearchedForHeader).ToList();
        if (candidates.Count == 0) return new ColumnMap(0, 0, [], [], null);
        var widest = candidates.Max(r => NonEmpty(r).Count());
        // Keys worked out once, not once per cell: a header may have thousands of cells.
        var knownKeys = ContactFields.Presets.Values.SelectMany(p => p.Keys).Concat(mapping?.Keys ?? []).Select(ContactFields.Key).ToHashSet();
        var header = candidates
            .Select((row, index) => (row, index, score: Score(row, knownKeys)))
            .Where(c => NonEmpty(c.row).Count() >= Math.Min(2, widest))
            .OrderByDescending(c => c.score).ThenBy(c => c.index)
            .First();
        if (header.score == 0) header = candidates.Select((row, index) => (row, index, 0)).First(c => NonEmpty(c.row).Count() >= Math.Min(2, widest));

        var headers = UniqueHeaders(header.row.Cells.Select(c => Text(c)).ToList());
        var detected = preset ?? ContactFields.DetectPreset(headers);
        if (preset is not null && !ContactFields.Presets.ContainsKey(preset))
            throw new InvalidInputError("Import", "Map", $"'{preset}' is not a preset. Presets: {string.Join(", ", ContactFields.Presets.Keys)}.", preset, ErrorIds.UnknownPreset);

        var targets = headers.Select(h => ContactFields.TargetFor(h)).ToArray();
        var headerKeys = headers.Select(ContactFields.Key).ToList();
        if (detected is not null)
        {
            foreach (var (column, field) in ContactFields.Presets[detected])
            {
                var index = headerKeys.IndexOf(ContactFields.Key(column));
                if (index >= 0) targets[index] = field;
            }
        }
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
                    continue;
                }
                targets[index] = ContactFields.FindTarget(field)
                    ?? throw new InvalidInputError("Import", "Map", $"The mapping target '{field}' (for column '{column}') is not a field. Fields: {string.Join(", ", ContactFields.Targets)}.", field, ErrorIds.UnknownMappingTarget);
            }
        }
        return new ColumnMap(header.row.Line, header.index, headers, targets, detected);
    }

    /// <summary>How many of the row's cells are known header names: aliases, the mapping's columns, the presets' columns (<paramref name="knownKeys"/>).</summary>
    private static int Score(SourceRow row, HashSet<string> knownKeys) =>
        NonEmpty(row).Count(cell => ContactFields.TargetFor(cell) is not null || knownKeys.Contains(ContactFields.Key(cell)));

    private static IEnumerable<string> NonEmpty(SourceRow row) => row.Cells.Select(c => Text(c)).Where(t => t.Length > 0);

    private static List<string> UniqueHeaders(List<string> raw)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // The next suffix to try for each repeated name: counting up from 2 each time made N copies of one name cost N² tries.
        var nextSuffix = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var name = raw[i].Length > 0 ? raw[i] : $"Column{i + 1}";
            var unique = name;
            if (!seen.Add(unique))
            {
                var n = nextSuffix.GetValueOrDefault(name, 2);
                do unique = $"{name}_{n++}"; while (!seen.Add(unique));
                nextSuffix[name] = n;
            }
            result.Add(unique);
        }
        return result;
    }

    internal static string Text(object? cell) => cell switch
    {
        null => "",
        string s => s.Trim(),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : d.ToString("s", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture).Trim(),
        _ => cell.ToString()?.Trim() ?? "",
    };
}
