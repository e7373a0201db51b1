using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using PhoneNumbers;

namespace Pipes.Import.Normalization;

/// <summary>A phone number as the importer keeps it.</summary>
/// <param name="Number">10 digits for a NANP number, E.164 (+...) for others; null when unusable.</param>
/// <param name="Extension">Digits of an extension, or null.</param>
/// <param name="Problem">Why the text is not a usable number, when it is not.</param>
/// <param name="Note">Something to know about a number that is kept (an area code the bundled numbering data does not list).</param>
public readonly record struct PhoneResult(string? Number, string? Extension, string? Problem, string? Note = null)
{
    public bool IsUsable => Number is not null;
}

/// <summary>
/// Turns phone text into 10 NANP digits plus an extension: "(713) 555-1234", "713.555.1234",
/// "+1 713-555-1234", "1-713-555-1234", "713-555-1234 x204", "ext. 12", "#12", vanity letters
/// ("1-800-FLOWERS"), full-width and other Unicode digits, and Excel's "7135551234.0" and
/// "7.135551234E9" (scientific notation only when every digit survived: "7.13555E+09" lost four).
/// A number must be well formed under the North American plan (the area code starts with 2-9 and
/// is not N11 or N9X); an area code that libphonenumber's bundled metadata does not list (new
/// overlays reach it late) is kept with a <see cref="PhoneResult.Note"/> when its exchange is of the
/// plan's form too (2-9 first). Under a listed area code the exchange is not checked, since real data
/// (and the public suites' parse cases) hold many numbers whose exchange metadata calls unassigned.
/// Numbers written with another country code ("+44 ...", "011 44 ...") are validated by
/// libphonenumber and kept in E.164. Plain NANP numbers never touch libphonenumber's parser
/// (about 11 µs a number there, against well under one here).
/// </summary>
public static class PhoneNormalizer
{
    private const int MaxExtensionDigits = 15;
    private const int MaxUnmarkedExtensionDigits = 6;
    private const int MaxKeptDigits = 32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PhoneResult Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return new PhoneResult(null, null, "empty");
        var text = Prepare(raw);
        if (ExcelNumber(text) is { } repaired)
        {
            if (repaired.Length == 0) return Invalid("written in scientific notation with digits lost (Excel keeps only the first digits of a long number in this form), so the number cannot be known");
            text = repaired;
        }

        var index = 0;
        while (index < text.Length && !char.IsAsciiDigit(text[index]) && text[index] != '+' && !char.IsAsciiLetter(text[index])) index++;
        index = AfterLabel(text, index);
        var international = false;
        while (index < text.Length && text[index] == '+')
        {
            international = true;
            index++;
        }

        // Digit groups, with vanity letters read as keypad digits once four real digits have come.
        // Only the first MaxKeptDigits are kept (no usable number is longer); all are counted.
        Span<char> kept = stackalloc char[MaxKeptDigits];
        var count = 0;
        var realDigits = 0;
        var completeAt = -1;
        var groupOpen = false;
        for (; index < text.Length; index++)
        {
            var c = text[index];
            if (char.IsAsciiDigit(c) || (char.IsAsciiLetter(c) && realDigits >= 4 && !IsExtensionMarkerAt(text, index)))
            {
                if (char.IsAsciiDigit(c)) realDigits++;
                if (count < MaxKeptDigits) kept[count] = char.IsAsciiDigit(c) ? c : Keypad(c);
                count++;
                groupOpen = true;
                continue;
            }
            if (groupOpen && IsComplete(kept, count, international))
            {
                completeAt = index;
                break;
            }
            groupOpen = false;
            if (c == '+') return Invalid("a '+' inside the number");
            if (char.IsAsciiLetter(c) || c is '#' or ',' or ';') break; // words or an extension marker before the number is whole
        }
        var digits = kept[..Math.Min(count, MaxKeptDigits)];
        if (completeAt < 0)
        {
            var foreign = international ? count > 0 && digits[0] != '1' : digits.StartsWith("011");
            if (!foreign && !IsComplete(digits, count, international)) return Invalid(DescribeLength(digits, count));
            completeAt = index;
        }

        var (extension, extensionProblem) = ReadExtension(text, completeAt);
        if (extensionProblem is not null) return Invalid(extensionProblem);
        // Only a foreign number gets here with more digits than were kept, and no E.164 number is that long.
        if (count > MaxKeptDigits) return Invalid("not a valid international number");
        if (international && digits[0] != '1') return International(digits, extension);
        if (!international && digits.StartsWith("011")) return International(digits[3..], extension);
        var national = count switch
        {
            12 when international => digits[2..],     // +1 1 NPA...: a trunk 1 after the country code
            11 => digits[1..],
            10 when !international => digits,
            _ => default,
        };
        if (national.Length != 10) return Invalid(DescribeLength(digits, count));
        if (Malformed(national) is { } malformed) return Invalid(malformed);
        if (NanpAreaCodes.Contains(int.Parse(national[..3], CultureInfo.InvariantCulture))) return new PhoneResult(national.ToString(), extension, null);
        // An area code the data does not know is trusted only on a number whole in the plan's form, its exchange (NXX) included.
        if (national[3] is '0' or '1')
            return Invalid($"area code {national[..3]} is not in the bundled numbering data and the exchange {national[3..6]} cannot start with {national[3]}");
        return new PhoneResult(national.ToString(), extension, null,
            $"area code {national[..3]} is not in the bundled numbering data (a new area code, or not in service); the number is kept");
    }

    /// <summary>Why 10 digits cannot be a North American number (NPA NXX XXXX), or null when they can.</summary>
    private static string? Malformed(ReadOnlySpan<char> national)
    {
        var npa = national[..3];
        if (npa[0] is '0' or '1') return $"area code {npa} cannot start with {npa[0]}";
        if (npa[1] == '1' && npa[2] == '1') return $"{npa} is a service code (N11), not an area code";
        if (npa[1] == '9') return $"area code {npa} is of the N9X form reserved for expanding the plan, never assigned";
        return null;
    }

    private static bool IsComplete(ReadOnlySpan<char> digits, int length, bool international)
    {
        if (length == 0) return false;
        if (international) return digits[0] == '1' && (length == 11 || (length == 12 && digits[1] == '1'));
        if (length >= 3 && digits[0] == '0' && digits[1] == '1' && digits[2] == '1') return false; // 011: an international prefix
        return digits[0] == '1' ? length == 11 : length == 10;
    }

    /// <summary>What follows a complete number: an extension, harmless punctuation or words, or digits that make it ambiguous.</summary>
    private static (string? Extension, string? Problem) ReadExtension(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..].Trim(" .-–—/\\:)".AsSpan());
        if (rest.IsEmpty) return (null, null);
        var marked = false;
        var i = 0;
        while (i < rest.Length)
        {
            if (MarkerLength(rest[i..]) is var length and > 0)
            {
                marked = true;
                i += length;
                continue;
            }
            if (rest[i] is ' ' or '.' or ':' or '-') { i++; continue; }
            break;
        }
        var digitsStart = i;
        while (i < rest.Length && char.IsAsciiDigit(rest[i])) i++;
        var extension = rest[digitsStart..i].ToString();
        if (extension.Length == 0) return rest.ContainsAnyInRange('0', '9') && !marked ? (null, "digits after the number that are not an extension") : (null, null);
        if (extension.Length > MaxExtensionDigits) return (null, $"an extension of {extension.Length} digits");
        var terminatedByHash = i < rest.Length && rest[i] == '#';
        if (!marked && !(terminatedByHash && extension.Length <= MaxUnmarkedExtensionDigits))
            return (null, "digits after the number that are not an extension");
        return (extension, null);
    }

    /// <summary>Length of an extension marker at the start of <paramref name="text"/>: x, ext, ext., extension, extensión, #, comma, semicolon.</summary>
    private static int MarkerLength(ReadOnlySpan<char> text)
    {
        foreach (var marker in Markers)
            if (text.StartsWith(marker, StringComparison.OrdinalIgnoreCase)) return marker.Length;
        return 0;
    }

    /// <summary>Whether <paramref name="word"/> is a whole extension marker ("ext", "Extension", "x").</summary>
    internal static bool IsExtensionWord(ReadOnlySpan<char> word) => MarkerLength(word) == word.Length;

    /// <summary>
    /// Where the number starts after a label before it ("Cell: 713-555-0101", "Home (713) ...",
    /// "(c) 713 ...", "or 281-555-0102"): past words and the punctuation between them when a digit
    /// or '+' follows; else <paramref name="index"/> unchanged (words with no number after them, or
    /// an extension's word, which a number never starts with).
    /// </summary>
    private static int AfterLabel(ReadOnlySpan<char> text, int index)
    {
        var i = index;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            var start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            if (IsExtensionWord(text[start..i])) return index;
            while (i < text.Length && text[i] is ' ' or '\t' or ':' or '.' or '-' or '(' or ')' or '=') i++;
        }
        return i > index && i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '+') ? i : index;
    }

    private static readonly string[] Markers = ["extension", "extensión", "ext", "x", "#", ",", ";"];

    private static bool IsExtensionMarkerAt(ReadOnlySpan<char> text, int index) =>
        (text[index] is 'x' or 'X' || MarkerLength(text[index..]) >= 3) && (index == 0 || !char.IsAsciiLetter(text[index - 1]));

    private static PhoneResult International(ReadOnlySpan<char> digits, string? extension)
    {
        try
        {
            var utility = PhoneNumberUtil.GetInstance();
            var number = utility.Parse(string.Concat("+", digits), null);
            if (!utility.IsValidNumber(number)) return Invalid("not a valid international number");
            return new PhoneResult(utility.Format(number, PhoneNumberFormat.E164), extension, null);
        }
        catch (NumberParseException)
        {
            return Invalid("not a valid international number");
        }
    }

    private static PhoneResult Invalid(string problem) => new(null, null, problem);

    private static string DescribeLength(ReadOnlySpan<char> digits, int count) => count switch
    {
        0 => "no digits",
        10 when digits[0] is '0' or '1' => $"area code {digits[..3]} cannot start with {digits[0]}",
        _ => $"{count} digits, not a 10-digit North American number",
    };

    /// <summary>Unicode digits to ASCII, compatibility forms (full-width) folded, invisible marks removed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> Prepare(string raw)
    {
        if (System.Text.Ascii.IsValid(raw)) // the common case needs no Unicode folding
        {
            var trimmed = raw.AsSpan().Trim();
            return trimmed.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
        }
        var text = raw.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format) continue; // soft hyphen, direction marks
            if (category == UnicodeCategory.DecimalDigitNumber && !char.IsAsciiDigit(c))
            {
                builder.Append((char)('0' + (int)char.GetNumericValue(c)));
                continue;
            }
            builder.Append(c);
        }
        var prepared = builder.ToString().AsSpan().Trim();
        return prepared.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? prepared[4..] : prepared;
    }

    /// <summary>
    /// A phone number that went through Excel as a number: "7135551234.0" or "7.135551234E+09";
    /// "" when it is in scientific notation with fewer significant digits than the number has
    /// ("7.13555E+09" is 7135550000 only because Excel dropped the last four digits).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? ExcelNumber(ReadOnlySpan<char> text)
    {
        if (text.Length < 4 || !char.IsAsciiDigit(text[0])) return null;
        var dot = text.IndexOf('.');
        if (text.Length >= 6 && dot > 0 && text[(dot + 1)..].TrimStart('0').IsEmpty && !text[..dot].ContainsAnyExcept("0123456789")) return text[..dot].ToString();
        var e = text.IndexOfAny('E', 'e');
        if (e > 0 && !text[..e].ContainsAnyExcept("0123456789.") && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value >= 1e6 && value < 1e15 && value == Math.Floor(value))
        {
            var whole = value.ToString("F0", CultureInfo.InvariantCulture);
            // The mantissa's significant digits, trailing zeros included (they were written, so they are known).
            var significant = 0;
            var leading = true;
            foreach (var c in text[..e])
            {
                if (!char.IsAsciiDigit(c)) continue;
                if (leading && c == '0') continue;
                leading = false;
                significant++;
            }
            return significant >= whole.Length ? whole : "";
        }
        return null;
    }

    private static char Keypad(char letter) => char.ToUpperInvariant(letter) switch
    {
        >= 'A' and <= 'C' => '2',
        >= 'D' and <= 'F' => '3',
        >= 'G' and <= 'I' => '4',
        >= 'J' and <= 'L' => '5',
        >= 'M' and <= 'O' => '6',
        >= 'P' and <= 'S' => '7',
        >= 'T' and <= 'V' => '8',
        _ => '9',
    };
}
