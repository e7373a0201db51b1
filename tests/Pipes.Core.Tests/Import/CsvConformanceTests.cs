using Pipes.Tests.Support;
using System.Text;
using System.Text.Json;
using Pipes.Import;

namespace Pipes.Tests.Import;

/// <summary>
/// The public CSV suites in shared/peers, run through the importer's own reader. Every case must
/// match, except the ones listed with the reason we decide otherwise; a listed case that starts
/// matching fails too, so the list stays true.
/// </summary>
public sealed class CsvConformanceTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var suite in new[] { "csv-spectrum", "papaparse", "python-csv", "w3c-csvw" })
        foreach (var (name, _) in Load(suite)) data.Add(suite, name);
        return data;
    }

    /// <summary>Cases decided on purpose, with why. Keyed "suite/case".</summary>
    private static readonly Dictionary<string, string> Disagreements = new()
    {
        // Empty lines carry no contact; the reader skips them where these readers return an empty row.
        ["papaparse/parse-042-blank-line-at-beginning"] = "empty lines are skipped",
        ["papaparse/parse-043-blank-line-in-middle"] = "empty lines are skipped",
        ["papaparse/parse-044-blank-lines-at-end"] = "empty lines are skipped",
        ["papaparse/parse-059-empty-lines"] = "empty lines are skipped",
        ["papaparse/core-054-one-column-input-with-empty-fields"] = "empty lines are skipped, also in a one-column file",
        // An unclosed quote would swallow the rest of the file into one field (Papa) or end it
        // silently (Python). The importer reports the row with its line number instead and reads
        // on from the next line, so one bad row costs one row and nothing is lost unseen.
        ["python-csv/eof-unterminated-quote"] = "unclosed quote: an error row, then reading resumes on the next line",
        ["python-csv/eof-open-quote-after-comma"] = "unclosed quote: an error row, then reading resumes on the next line",
        ["papaparse/core-019-quoted-field-has-no-closing-quote"] = "unclosed quote: an error row, then reading resumes on the next line",
        ["papaparse/core-021-quoted-field-has-invalid-trailing-quote-after-delimiter"] = "unclosed quote: an error row, then reading resumes on the next line",
        // Text after a closing quote joins the field, as Excel and Python read "b"c (as bc); Papa
        // calls it a malformed quote and reads to the end of the file.
        ["papaparse/core-022-quoted-field-has-invalid-trailing-quote-before-delimiter"] = "\"b\"c reads as bc, as Excel and Python's csv read it",
        ["papaparse/core-020-quoted-field-has-invalid-trailing-quote-after-delimiter-with"] = "a quote closes the field and what follows joins it, as in Python's csv",
        ["papaparse/core-023-quoted-field-has-invalid-trailing-quote-after-new-line"] = "a quote closes the field and what follows joins it, as in Python's csv",
        // Any of CRLF, LF and CR ends a record: files stitched together from several sources mix them.
        ["papaparse/parse-009-mixed-slash-n-and-slash-r-should-choose-first-as-precident"] = "every line ending ends a record",
        // A line break cannot be a delimiter: -Delimiter refuses it with an error instead of quietly using a comma.
        ["papaparse/parse-024-bad-delimiter-n"] = "a line-break delimiter is an error, not silently replaced",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReaderMatchesTheSuite(string suite, string name)
    {
        var testCase = Load(suite).Single(c => c.Name == name).Case;
        if (testCase.Unsupported is { } unsupported)
        {
            Assert.True(Disagreements.ContainsKey($"{suite}/{name}") || unsupported.Length > 0, unsupported);
            return;
        }
        List<string[]> actual;
        try { actual = Read(testCase.Path, testCase.Delimiter, testCase.Quote); }
        catch (ArgumentException) when (Disagreements.ContainsKey($"{suite}/{name}")) { return; }
        var matches = Same(testCase.Expected, actual);
        if (Disagreements.TryGetValue($"{suite}/{name}", out var reason))
            Assert.False(matches, $"{suite}/{name} now matches; remove it from the disagreements ({reason}).");
        else
            Assert.True(matches, $"expected {Show(testCase.Expected)} but read {Show(actual)}");
    }

    /// <summary>
    /// Whatever the size of the reads beneath it, the reader gives the same rows, errors and lines:
    /// fields, quotes and line breaks split across reads take its slower paths.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadSizesDoNotChangeTheRows(string suite, string name)
    {
        var testCase = Load(suite).Single(c => c.Name == name).Case;
        if (testCase.Unsupported is not null || testCase.Delimiter is '\r' or '\n' || testCase.Delimiter == testCase.Quote) return;
        var whole = Rows(new StringReader(testCase.Input), testCase);
        foreach (var size in new[] { 1, 2, 3, 5 })
            Assert.Equal(whole, Rows(new TricklingReader(testCase.Input, size), testCase));
    }

    private static List<string> Rows(TextReader input, Case testCase)
    {
        using var reader = new CsvRecordReader(input, testCase.Delimiter, testCase.Quote);
        return reader.ReadAll().Select(r => $"{r.Line}|{r.Error}|{JsonSerializer.Serialize(r.Cells)}").ToList();
    }


    /// <summary>Reads the case's file the way the importer does: encoding sniffed, byte-order mark dropped.</summary>
    private static List<string[]> Read(string path, char delimiter, char quote)
    {
        var sniffed = FileSniffer.Sniff(path);
        using var reader = new CsvRecordReader(new StreamReader(path, sniffed.Encoding!, detectEncodingFromByteOrderMarks: true), delimiter, quote);
        return reader.ReadAll().Select(r => r.Cells.Select(c => (string)c!).ToArray()).ToList();
    }

    private static bool Same(List<string[]> expected, List<string[]> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p => p.First.SequenceEqual(p.Second));

    private static string Show(List<string[]> rows) => JsonSerializer.Serialize(rows);

    private sealed record Case(string Path, string Input, List<string[]> Expected, char Delimiter, char Quote, string? Unsupported);

    private static IEnumerable<(string Name, Case Case)> Load(string suite)
    {
        var root = Peers.PathOf(suite);
        if (suite == "csv-spectrum")
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, "expected-rows"), "*.json").Order())
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var path = Path.Combine(root, "csvs", name + ".csv");
                yield return (name, new Case(path, File.ReadAllText(path, Encoding.UTF8), Rows(File.ReadAllText(file)), ',', '"', null));
            }
            yield break;
        }
        foreach (var folder in Directory.GetDirectories(Path.Combine(root, "cases")).Order())
        {
            var name = Path.GetFileName(folder);
            var input = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder, "input.csv")));
            var expected = Rows(File.ReadAllText(Path.Combine(folder, "expected.json")));
            var meta = File.Exists(Path.Combine(folder, "meta.json")) ? JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "meta.json"))).RootElement : default;
            var (delimiter, quote, unsupported) = Options(suite, meta, input);
            yield return (name, new Case(Path.Combine(folder, "input.csv"), input, expected, delimiter, quote, unsupported));
        }
    }

    /// <summary>The reader options a case asks for, or why the importer does not offer them.</summary>
    private static (char Delimiter, char Quote, string? Unsupported) Options(string suite, JsonElement meta, string input)
    {
        var delimiter = ',';
        var quote = '"';
        if (meta.ValueKind != JsonValueKind.Object) return (delimiter, quote, null);
        var options = suite switch
        {
            "python-csv" => meta.TryGetProperty("reader_kwargs", out var k) ? k : default,
            "papaparse" => meta.TryGetProperty("config", out var c) ? c : default,
            _ => default,
        };
        if (options.ValueKind == JsonValueKind.Object)
        {
            foreach (var option in options.EnumerateObject())
            {
                switch (option.Name)
                {
                    case "delimiter" when option.Value.GetString() is { Length: 1 } d:
                        delimiter = d[0];
                        break;
                    case "quotechar" or "quoteChar" when option.Value.GetString() is { Length: 1 } q:
                        quote = q[0];
                        break;
                    case "newline":
                        break; // the reader accepts every line ending anyway
                    default:
                        return (delimiter, quote, $"option {option.Name}={option.Value} is not an importer option (Excel's dialect has no escape character, comment lines, custom-length delimiters or switchable doubled quotes)");
                }
            }
        }
        // Papa's Papa.parse guesses the delimiter: so does the importer, through DelimiterSniffer.
        if (suite == "papaparse" && meta.TryGetProperty("api", out var api) && api.GetString()!.StartsWith("Papa.parse") && (options.ValueKind != JsonValueKind.Object || !options.TryGetProperty("delimiter", out _)))
            delimiter = DelimiterSniffer.Sniff(input);
        return (delimiter, quote, null);
    }

    private static List<string[]> Rows(string json) =>
        JsonSerializer.Deserialize<List<List<JsonElement>>>(json)!
            .Select(r => r.Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToArray()).ToList();
}
