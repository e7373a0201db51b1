using System.Text;
using Pipes.Import;
using Xunit.Abstractions;

namespace Pipes.Tests.Import;

/// <summary>
/// Free-text notes measured against labels written apart from the rule (tests/data/import-notes: 200 contacts, written and labelled
/// before the notes reader was read, then studied to fix it): each figure a few points under what was measured, so that a change that
/// stops living owners' calls on a note that only describes, or lets a "do not call" through, fails here. tests/bench/import-notes.ps1
/// prints the same figures with every error.
/// </summary>
public sealed class NotesCorpusTests(ITestOutputHelper output)
{
    // Measured: calls precision 60/64, recall 60/61; e-mail 38/38, 38/38; one line right 11/14 (row 188 names the last digits of both its numbers) (first run, held out: calls 24/50 and
    // 24/61, e-mail 19/28 and 19/38, lines 3/14). The 4 false stops are labelling calls the project decided otherwise: a reply's
    // "remove me from your mailing list" and "unsubscribe" stop any contact (as the reply sets label them), "call daughter instead" stops
    // calls to the row (as tests/data/import-owners labels it).
    [Fact]
    public void HoldsItsMeasuredPrecisionAndRecall()
    {
        var directory = Folder();
        var records = ContactImporter.Import(Path.Combine(directory, "notes.csv"), new ImportOptions(), new ImportSummary()).Select(i => i.Record!).ToList();
        var labels = File.ReadLines(Path.Combine(directory, "labels.csv"), Encoding.UTF8).Skip(1).Select(l => l.Split(',')).ToList();
        var rows = File.ReadLines(Path.Combine(directory, "notes.csv"), Encoding.UTF8).Skip(1).ToList();
        Assert.Equal(labels.Count, records.Count);
        int callsTp = 0, callsFp = 0, callsFn = 0, mailTp = 0, mailFp = 0, mailFn = 0, lines = 0, linesRight = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var (phone, cell) = Numbers(rows[i]);
            var dialable = new[] { record.Phone }.Concat(record.ExtraPhones?.Split("; ") ?? []).OfType<string>().Select(e => e.Split(' ')[0]).ToHashSet();
            var (phoneStopped, cellStopped) = (!dialable.Contains(phone), !dialable.Contains(cell));
            var (wantCalls, wantMail, line) = (labels[i][1] == "yes", labels[i][2] == "yes", labels[i][3]);
            var gotCalls = phoneStopped || cellStopped;
            var gotMail = record.Email is null;
            if (wantCalls && gotCalls) callsTp++; else if (gotCalls) callsFp++; else if (wantCalls) callsFn++;
            if (wantMail && gotMail) mailTp++; else if (gotMail) mailFp++; else if (wantMail) mailFn++;
            if (line.Length > 0)
            {
                lines++;
                if (line == "Phone" ? phoneStopped && !cellStopped : cellStopped && !phoneStopped) linesRight++;
            }
        }
        output.WriteLine($"calls {callsTp}/{callsTp + callsFp} precise, {callsTp}/{callsTp + callsFn} found; e-mail {mailTp}/{mailTp + mailFp}, {mailTp}/{mailTp + mailFn}; lines {linesRight}/{lines}");
        Assert.True(callsTp >= 0.90 * (callsTp + callsFp), $"calls precision {callsTp}/{callsTp + callsFp}");
        Assert.True(callsTp >= 0.93 * (callsTp + callsFn), $"calls recall {callsTp}/{callsTp + callsFn}");
        Assert.True(mailTp >= 0.95 * (mailTp + mailFp), $"e-mail precision {mailTp}/{mailTp + mailFp}");
        Assert.True(mailTp >= 0.95 * (mailTp + mailFn), $"e-mail recall {mailTp}/{mailTp + mailFn}");
        Assert.True(linesRight >= 10, $"lines {linesRight}/{lines}");
    }

    // The Phone and Cell of a notes.csv row, as the importer writes them (10 digits).
    private static (string Phone, string Cell) Numbers(string row)
    {
        var fields = row.Split(',');
        return (new string(fields[1].Where(char.IsAsciiDigit).ToArray()), new string(fields[2].Where(char.IsAsciiDigit).ToArray()));
    }

    private static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "data", "import-notes"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("tests/data/import-notes"), "tests", "data", "import-notes");
    }
}
