using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Pipes.Import;

/// <summary>How the importer tidies a cell's text: trimmed, runs of spaces and tabs made one space (line breaks inside notes are kept).</summary>
internal static partial class TextCleaning
{
    /// <summary>
    /// Accents folded away ("María" is "Maria", "ß" is "s") and typographic apostrophes made plain, for comparing
    /// words whatever the keyboard: the reply classifier's features and the name splitter's given names.
    /// </summary>
    public static string FoldAccents(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var folded = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c switch { '’' or '‘' or '`' => '\'', 'ß' => 's', _ => c });
        }
        return folded.ToString();
    }

    /// <summary>Trimmed, with runs of spaces and tabs collapsed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Clean(string text)
    {
        if (text.Length == 0) return text;
        if (IsBlankEnd(text[0]) || IsBlankEnd(text[^1])) text = TrimBlank(text.AsSpan()).ToString();
        return HasSpaceRuns(text) ? Spaces().Replace(text, " ") : text;
    }

    /// <summary>
    /// Characters no one sees at a cell's ends: zero-width spaces and joiners, word joiners and byte-order
    /// marks pasted from web pages and e-mail. Inside a value they are left alone (Persian and Indic
    /// names need the joiners); at its ends they made an address invalid and a company differ from itself.
    /// </summary>
    public const string Invisible = "\u200B\u200C\u200D\u2060\uFEFF";

    /// <summary>The text without white space or <see cref="Invisible"/> characters at its ends.</summary>
    public static ReadOnlySpan<char> TrimBlank(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsBlankEnd(text[start])) start++;
        while (end > start && IsBlankEnd(text[end - 1])) end--;
        return text[start..end];
    }

    private static bool IsBlankEnd(char c) => char.IsWhiteSpace(c) || Invisible.Contains(c);

    /// <summary>Cleaned, and on one line: a name or a company broken over lines in its cell ("Acme\r\nOil, LLC") is one value.</summary>
    public static string CleanLine(string text) =>
        text.AsSpan().IndexOfAny('\r', '\n') < 0 ? Clean(text) : Clean(LineBreaks().Replace(text.Trim(), " "));

    /// <summary>The text as it is when only its ends need trimming (the normalisers trim for themselves), else cleaned.</summary>
    public static string CleanInside(string text) => HasSpaceRuns(text.AsSpan().Trim()) ? Clean(text) : text;

    /// <summary>
    /// Text that stands for no value in a phone or email cell ("N/A", "none", "-", "TBD", "#N/A", "na", "0", "no phone"): read
    /// as an empty cell, not as a number or address that could not be read (it would be counted in the
    /// warnings and kept raw, saying nothing).
    /// </summary>
    public static bool IsPlaceholder(string text)
    {
        var trimmed = text.AsSpan().Trim();
        // Asked of every short phone and email cell: a digit 1-9 or an '@' (which no placeholder has) answers without a copy.
        return trimmed.Length <= 16 && !trimmed.ContainsAnyInRange('1', '9') && !trimmed.Contains('@')
            && trimmed.ToString() is var value && (NoValues.Contains(value) || ContactPlaceholders.Contains(value));
    }

    /// <summary>
    /// Text that stands for no value in any cell: a name, a company, a city or a state written "N/A", "-", "Unknown", or
    /// what a data tool writes for an empty cell (pandas' "nan", SQL's "NULL", "(null)", JavaScript's "undefined", Excel's
    /// "#NULL!"). Narrower than <see cref="IsPlaceholder"/>: "Na" and "Nil" are names, "NA" a country's code, "Nan" and
    /// "Null" names too (only the data tools' "nan", "NaN", "null" and "NULL" are no value).
    /// </summary>
    public static bool IsNoValue(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length is 0 or > 13) return false;
        // Asked of every name and company cell: most are ruled out by their first letter without a lookup.
        if (trimmed[0] is not ('n' or 'N' or 'u' or 'U' or 't' or 'T' or '(' or '<' or '[' or '#' or '-' or '.' or '?')) return false;
        if (trimmed is "nan" or "NaN" or "null" or "NULL") return true;
        // A name or company that passed the first letter ("Nancy", "Tyler") is compared without a copy of it.
        foreach (var word in NoValues)
            if (word.Length == trimmed.Length && trimmed.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Excel's error values other than "#N/A" and "#NULL!" (in NoValues, and silent: "#N/A" is typed for "not available" too).
    private static readonly HashSet<string> ExcelErrors = new(StringComparer.OrdinalIgnoreCase)
    {
        "#ref!", "#value!", "#div/0!", "#name?", "#num!", "#spill!", "#calc!", "#field!", "#blocked!", "#connect!", "#busy!", "#unknown!", "#getting_data",
    };

    // Any case. What people write for no value, and what data tools write for an empty cell (SQL clients' "(null)",
    // "<null>", JavaScript's "undefined", Excel's "#NULL!"); pandas' "nan" and SQL's NULL are in IsNoValue, by their case.
    // With Excel's error values: a formula that failed, saved as its result (a trial: Company "#REF!", a name "#NAME?").
    private static readonly HashSet<string> NoValues = new(ExcelErrors, StringComparer.OrdinalIgnoreCase)
    {
        "n/a", "n.a.", "#n/a", "none", "-", "--", "---", ".", "?", "tbd", "unknown", "not available",
        "(null)", "<null>", "[null]", "(none)", "(blank)", "undefined", "#null!",
    };

    /// <summary>Whether the text is one of Excel's error values of a formula that failed ("#REF!", "#VALUE!", "#DIV/0!", "#NAME?"; not "#N/A").</summary>
    public static bool IsExcelError(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length is >= 4 and <= 14 && trimmed[0] == '#' && ExcelErrors.Contains(trimmed.ToString());
    }

    /// <summary>
    /// Whether every word of a whole name is a no-value word ("NULL NULL", "N/A, N/A", "nan nan": a query's or a spreadsheet's join of
    /// two empty cells).
    /// </summary>
    public static bool IsNoValueName(string text)
    {
        var words = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length is >= 1 and <= 4 && words.All(IsNoValue);
    }

    // Any case, in a phone, email or postal-code cell only, where no name can be meant.
    private static readonly HashSet<string> ContactPlaceholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "na", "nil", "0", "nan", "null",
        "no phone", "no number", "no email", "no e-mail", "none on file", "not on file", "no address",
    };

    private static bool HasSpaceRuns(ReadOnlySpan<char> text) => text.Contains("  ", StringComparison.Ordinal) || text.Contains('\t');

    [GeneratedRegex(@"[ \t]*(?:\r\n?|\n)[ \t\r\n]*")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"[ \t]{2,}|\t")]
    private static partial Regex Spaces();
}
