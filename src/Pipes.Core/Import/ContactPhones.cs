using Pipes.Import.Normalization;

namespace Pipes.Import;

/// <summary>
/// A contact's phone fields from its phone text, the same for every source of contacts (files,
/// ActiveCampaign): the first usable number is <see cref="Phone"/> with its extension, the other
/// distinct numbers are <see cref="ExtraPhones"/> ("2815550102; 8325550103 x12"), the first text that
/// is no usable number is <see cref="Raw"/>, and <see cref="Issues"/> says what was wrong or worth
/// knowing. A cell that holds several numbers ("713-555-0101, 281-555-0102") is read as several
/// (<see cref="PhoneNormalizer.Read"/>), so none is lost in an extension or left out; words beside a
/// number that are no label ("DNC", "after 5pm") are in Issues.
/// </summary>
internal struct ContactPhones
{
    public string? Phone;
    public string? Extension;
    public string? Raw;
    /// <summary>Some text was no usable number.</summary>
    public bool Unusable;
    /// <summary>A kept North American number has an area code the bundled data does not list (its note).</summary>
    public bool Noted;
    public List<string>? Issues;
    private List<string>? _extras;

    public readonly string? ExtraPhones => _extras is null ? null : string.Join("; ", _extras);

    /// <summary>A number with its extension as Phone and ExtraPhones entries write it: "8325550103 x12", or the number alone.</summary>
    internal static string Entry(string number, string? extension) => extension is null ? number : $"{number} x{extension}";

    /// <summary>An entry's number and extension (<see cref="Entry"/> undone).</summary>
    internal static (string Number, string? Extension) Split(string entry) =>
        entry.IndexOf(" x", StringComparison.Ordinal) is var x and >= 0 ? (entry[..x], entry[(x + 2)..]) : (entry, null);

    /// <summary>Reads one cell of phone text; <paramref name="extension"/> (a separate extension column) goes with its first number when it has none of its own.</summary>
    public void Add(string text, string? extension = null)
    {
        if (PhoneNormalizer.ExpandShorthand(text) is var (expanded, wholes))
        {
            // "432-555-0224/0225": two numbers, the second written by its last digits (it was no number at all). An interpretation: said.
            (Issues ??= []).Add(ContactIssues.PhoneNote(TextCleaning.Clean(text), $"a later number is written by its last digits, read as {string.Join(" and ", wholes.Select(w => PhoneNormalizer.Normalize(w).Number ?? w))}"));
            text = expanded;
        }
        var rest = PhoneNormalizer.Prepare(text);
        var result = PhoneNormalizer.Read(rest, out var next);
        if (next >= rest.Length)
        {
            AddNumber(text, result, extension); // the usual cell of one number: its own text in Issues
            return;
        }
        // A cell of several numbers: read them all first, as a later one may say it replaced the one before ("(number changed to ...)").
        var numbers = new List<(string Text, PhoneResult Result)>();
        while (true)
        {
            numbers.Add((Piece(rest[..next]), result));
            rest = rest[next..];
            if (rest.Trim(Separators).IsEmpty) break;
            result = PhoneNormalizer.Read(rest, out next);
        }
        for (var i = 1; i < numbers.Count; i++)
        {
            if (numbers[i].Result.Aside is { } words && PhoneNormalizer.SaysReplacesTheOneBefore(words) && numbers[i - 1].Result.IsUsable)
                numbers[i - 1] = (numbers[i - 1].Text, Replaced(words));
        }
        foreach (var (numberText, numberResult) in numbers) AddNumber(numberText, numberResult, extension);
    }

    private static PhoneResult Replaced(string words) =>
        new(null, null, $"the next number is written '{words}', so it replaced this one, which is not taken as a number to dial", null, words);

    private const string Separators = " \t\r\n,;/|&";

    /// <summary>
    /// One number's text of a cell of several, as Issues quotes it: without the separators around it, nor the start of the next number
    /// a refused one's reading stopped at ("(432) 155-0101 / (" and "432-155-0101 or" were quoted so; a review).
    /// </summary>
    private static string Piece(ReadOnlySpan<char> text)
    {
        while (true)
        {
            text = text.Trim(Separators);
            if (text.EndsWith("(") || text.EndsWith("+")) text = text[..^1];
            else if (text.Length > 3 && text.EndsWith(" or", StringComparison.OrdinalIgnoreCase)) text = text[..^3];
            else if (text.Length > 4 && text.EndsWith(" and", StringComparison.OrdinalIgnoreCase)) text = text[..^4];
            else return text.ToString();
        }
    }

    private void AddNumber(string text, PhoneResult result, string? extension)
    {
        if (!result.IsUsable)
        {
            Unusable = true;
            text = TextCleaning.Clean(text);
            Raw ??= text;
            (Issues ??= []).Add(ContactIssues.UnusablePhone(text, result.Problem));
            return;
        }
        if (result.Note is { } note)
        {
            Noted |= result.AreaCodeUnlisted;
            (Issues ??= []).Add(ContactIssues.PhoneNote(TextCleaning.Clean(text), note));
        }
        if (result.Aside is { } aside) (Issues ??= []).Add(ContactIssues.PhoneAside(TextCleaning.Clean(text), aside));
        if (Phone is null)
        {
            Phone = result.Number;
            Extension = result.Extension ?? extension;
        }
        else if (!IsRepeat(result.Number!, result.Extension))
        {
            (_extras ??= []).Add(Entry(result.Number!, result.Extension));
        }
    }

    /// <summary>
    /// The same number again is no other number unless it reaches another extension (a desk on the
    /// main line); a number without one, already listed with one, adds nothing. The same rule for Phone and ExtraPhones.
    /// </summary>
    private readonly bool IsRepeat(string number, string? extension)
    {
        if (number == Phone && (extension is null || extension == Extension)) return true;
        foreach (var entry in _extras ?? [])
        {
            if (entry == number) { if (extension is null) return true; }
            else if (entry.StartsWith(number + " x", StringComparison.Ordinal) && (extension is null || entry.AsSpan(number.Length + 2).SequenceEqual(extension))) return true;
        }
        return false;
    }
}
