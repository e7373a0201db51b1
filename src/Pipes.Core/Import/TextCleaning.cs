using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Pipes.Import;

/// <summary>How the importer tidies a cell's text: trimmed, runs of spaces and tabs made one space (line breaks inside notes are kept).</summary>
internal static partial class TextCleaning
{
    /// <summary>Trimmed, with runs of spaces and tabs collapsed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Clean(string text)
    {
        if (text.Length == 0) return text;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) text = text.Trim();
        return HasSpaceRuns(text) ? Spaces().Replace(text, " ") : text;
    }

    /// <summary>Cleaned, and on one line: a name or a company broken over lines in its cell ("Acme\r\nOil, LLC") is one value.</summary>
    public static string CleanLine(string text) =>
        text.AsSpan().IndexOfAny('\r', '\n') < 0 ? Clean(text) : Clean(LineBreaks().Replace(text.Trim(), " "));

    /// <summary>The text as it is when only its ends need trimming (the normalisers trim for themselves), else cleaned.</summary>
    public static string CleanInside(string text) => HasSpaceRuns(text.AsSpan().Trim()) ? Clean(text) : text;

    /// <summary>
    /// Text that stands for no value in a phone or email cell ("N/A", "none", "-", "TBD", "#N/A"): read
    /// as an empty cell, not as a number or address that could not be read (it would be counted in the
    /// warnings and kept raw, saying nothing).
    /// </summary>
    public static bool IsPlaceholder(string text)
    {
        var trimmed = text.AsSpan().Trim();
        // Asked of every short phone and email cell: a digit 1-9 or an '@' (which no placeholder has) answers without a copy.
        return trimmed.Length <= 16 && !trimmed.ContainsAnyInRange('1', '9') && !trimmed.Contains('@') && Placeholders.Contains(trimmed.ToString());
    }

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "n/a", "na", "n.a.", "#n/a", "none", "null", "nil", "-", "--", "---", ".", "?", "0", "tbd", "unknown", "not available",
        "no phone", "no number", "no email", "no e-mail", "none on file", "not on file", "no address",
    };

    private static bool HasSpaceRuns(ReadOnlySpan<char> text) => text.Contains("  ", StringComparison.Ordinal) || text.Contains('\t');

    [GeneratedRegex(@"[ \t]*(?:\r\n?|\n)[ \t\r\n]*")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"[ \t]{2,}|\t")]
    private static partial Regex Spaces();
}
