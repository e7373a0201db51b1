namespace Pipes.Import;

/// <summary>
/// Guesses the delimiter of a text file from its first lines: of comma, semicolon, tab and pipe,
/// the one that appears (outside quotes) the same non-zero number of times on the most lines,
/// earlier candidates winning ties. A file with none of them is one column, read as comma.
/// </summary>
public static class DelimiterSniffer
{
    public static IReadOnlyList<char> Candidates { get; } = [',', ';', '\t', '|'];

    private const int LinesToRead = 50;

    public static char Sniff(string sample, char quote = '"')
    {
        var lines = SplitLogicalLines(sample, quote).Take(LinesToRead).Where(l => l.Length > 0).ToList();
        var best = ',';
        var bestScore = 0.0;
        foreach (var candidate in Candidates)
        {
            var counts = lines.Select(l => CountOutsideQuotes(l, candidate, quote)).Where(n => n > 0).ToList();
            if (counts.Count == 0) continue;
            // How many lines share the most common count, weighted so that more columns win a tie between equally regular candidates.
            var mode = counts.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            var score = mode.Count() + Math.Min(mode.Key, 50) / 100.0;
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int CountOutsideQuotes(string line, char delimiter, char quote)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == quote) quoted = !quoted;
            else if (c == delimiter && !quoted) count++;
        }
        return count;
    }

    /// <summary>Lines, with line breaks inside quotes kept within their line.</summary>
    private static IEnumerable<string> SplitLogicalLines(string text, char quote)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote) quoted = !quoted;
            else if (!quoted && c is '\r' or '\n')
            {
                yield return text[start..i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        // The last line may be cut off by the sample's end; it still counts unless a quote is open.
        if (start < text.Length && !quoted) yield return text[start..];
    }
}
