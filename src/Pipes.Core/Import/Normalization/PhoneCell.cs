namespace Pipes.Import.Normalization;

/// <summary>
/// The numbers of one phone cell that holds several, as exports and hand-kept sheets write them:
/// "713-555-0101, 281-555-0102", "713-555-0101 / 281-555-0102", "713-555-0101 or 281-555-0102",
/// "Cell 713-555-0101 Home 281-555-0102", one a line. A cell is cut before a list separator
/// (, ; / | &amp; a line break) or a word only where what follows, up to the next such place, holds a
/// number's worth of digits (7, a local number included) and what came before holds one too. A
/// shorter run stays with the number before it, so an extension after a dialler's pause
/// ("713-555-0101,204"), "713/555-0101" and "ext. 12" are never cut, nor is a word joined to the digits
/// by a hyphen ("1-800-FLOWERS", whose letters count as the keypad's digits).
/// </summary>
public static class PhoneCell
{
    private const int NumberDigits = 7;

    /// <summary>The parts of <paramref name="cell"/> that are separate numbers (trimmed of separators), or null when it holds at most one.</summary>
    public static List<string>? Split(string cell)
    {
        if (cell.Length < 2 * NumberDigits + 1) return null; // cheap for the usual cell of one number
        List<string>? parts = null;
        int numberStart = 0, numberDigits = 0, pieceStart = 0, pieceDigits = 0;
        var vanity = false; // inside a word joined to the digits ("1-800-FLOWERS"), whose letters are keypad digits
        for (var i = 0; i <= cell.Length; i++)
        {
            if (i == cell.Length || (i > pieceStart && IsCut(cell, i)))
            {
                if (pieceDigits >= NumberDigits && numberDigits >= NumberDigits)
                {
                    (parts ??= []).Add(Trimmed(cell, numberStart, pieceStart));
                    numberStart = pieceStart;
                    numberDigits = 0;
                }
                numberDigits += pieceDigits;
                pieceStart = i;
                pieceDigits = 0;
                if (i == cell.Length) break;
            }
            var c = cell[i];
            if (char.IsLetter(c)) vanity = vanity || (i > 0 && (cell[i - 1] == '-' || char.IsDigit(cell[i - 1])));
            else vanity = false;
            if (char.IsDigit(c) || vanity) pieceDigits++;
        }
        if (parts is null) return null;
        parts.Add(Trimmed(cell, numberStart, cell.Length));
        return parts;
    }

    private static bool IsCut(string cell, int i)
    {
        var c = cell[i];
        if (c is ',' or ';' or '/' or '|' or '&' or '\n' or '\r') return true;
        if (!char.IsLetter(c) || char.IsLetterOrDigit(cell[i - 1]) || cell[i - 1] == '-') return false;
        var end = i;
        while (end < cell.Length && char.IsLetter(cell[end])) end++;
        // A lone letter ("x204") or an extension's word is part of the number before it.
        return end - i >= 2 && !PhoneNormalizer.IsExtensionWord(cell.AsSpan(i, end - i));
    }

    private static string Trimmed(string cell, int start, int end) => cell.AsSpan(start, end - start).Trim(" \t\r\n,;/|&").ToString();
}
