using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Pipes.Import.Normalization;

/// <summary>A phone number as the importer keeps it.</summary>
/// <param name="Number">10 digits for a NANP number, E.164 (+...) for others; null when unusable.</param>
/// <param name="Extension">Digits of an extension, or null.</param>
/// <param name="Problem">Why the text is not a usable number, when it is not.</param>
/// <param name="Note">Something to know about a number that is kept (an area code the bundled numbering data does not list).</param>
/// <param name="Aside">Words beside the number that are no label and may matter ("after 5pm", "DNC"); the number is kept, unless they mark it not to be called (then Number is null and Problem says so).</param>
public readonly record struct PhoneResult(string? Number, string? Extension, string? Problem, string? Note = null, string? Aside = null)
{
    public bool IsUsable => Number is not null;

    /// <summary>A kept NANP number whose area code the bundled numbering data does not list (the import's summary counts these rows).</summary>
    public bool AreaCodeUnlisted { get; init; }
}

/// <summary>
/// Turns phone text into 10 NANP digits plus an extension: "(713) 555-1234", "713.555.1234",
/// "+1 713-555-1234", "1-713-555-1234", "713-555-1234 x204", "ext. 12", "#12", vanity letters
/// ("1-800-FLOWERS"), full-width and other Unicode digits, and Excel's "7135551234.0" and
/// "7.135551234E9" (scientific notation only when every digit survived: "7.13555E+09" lost four).
/// A number must be well formed under the North American plan (the area code starts with 2-9 and
/// is not N11 or N9X); an area code that libphonenumber's bundled metadata does not list (new
/// overlays reach it late) is kept with a <see cref="PhoneResult.Note"/> when its exchange is of the
/// plan's form too (2-9 first). Under a listed area code the exchange's assignment is not checked, since real data
/// (and the public suites' parse cases) hold many numbers whose exchange metadata calls unassigned; its form is: an
/// exchange from 0 or 1 is no number, whatever the area code.
/// Numbers written with another country code ("+44 ...", "011 44 ...") are validated by
/// libphonenumber and kept in E.164. Plain NANP numbers never touch libphonenumber's parser
/// (about 11 µs a number there, against well under one here).
/// </summary>
public static partial class PhoneNormalizer
{
    private const int MaxExtensionDigits = 15;
    private const int MaxUnmarkedExtensionDigits = 6;
    private const int MaxKeptDigits = 32;

    /// <summary>The first number in <paramref name="raw"/>; text that holds more (see <see cref="Read"/>) gives its first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PhoneResult Normalize(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? new PhoneResult(null, null, "empty") : Read(Prepare(raw), out _);

    /// <summary>
    /// Reads the first number of <paramref name="text"/> (as <see cref="Prepare"/> gives it) and says in
    /// <paramref name="next"/> where the text's next number starts, or its length when it holds no other:
    /// "713-555-0101, 281-555-0102", "713-555-0101 x204 281-555-0102", "(c) 713-555-0101 (h) 281-555-0102".
    /// A run of digits after the number is another number when it has a number's worth (7 to 11 digits,
    /// spaces and dashes allowed) and no extension's word before it (x, ext): so "713-555-0101,204" keeps
    /// 204 as the extension (a dialler's pause) while "713-555-0101, 281-555-0102" is two numbers.
    /// Words beside the number that are no label ("DNC", "after 5pm") are <see cref="PhoneResult.Aside"/>.
    /// </summary>
    internal static PhoneResult Read(ReadOnlySpan<char> text, out int next)
    {
        var result = ReadNumber(text, out next);
        // A number marked not to be called is no number to dial, for the importer and the dialer alike.
        return result.IsUsable && result.Aside is { } mark && SaysNotToDial(mark)
            ? new PhoneResult(null, null, $"marked '{mark}' beside it, so it is not taken as a number to dial", null, mark)
            : result;
    }

    /// <summary>Whether <paramref name="words"/> (beside a number, or a label of it) say it must not be dialled.</summary>
    internal static bool SaysNotToDial(string words) => (DoNotCall().IsMatch(words) && !BackInService().IsMatch(words)) || FaxLetter().IsMatch(words);

    // A state of the line (not a request, not whose line it is) that the words say is over: "previously disconnected, works now", "was
    // disconnected, reconnected", "disconnected in 2023, working again", "wrong # before, verified now", "works now - was disconnected".
    // The words must be all the aside holds, and the line's return must be said ("now", "again", "re-", "back"): "disconnected now",
    // "wrong #, now works?", "wrong number, not working now", "old number, still works" and "(was disconnected)" stay marks.
    private const string LineDown = @"disconnected|not[\s-]*in[\s-]*service|out[\s-]*of[\s-]*service|not[\s-]*working|wrong(?:[\s-]*(?:number|no\.?|#))?|bad(?:[\s-]*(?:number|no\.?|#|phone))?";
    private const string Once = @"(?:\s+(?:before|earlier|previously|once|briefly|for\s+a\s+(?:while|time|bit)|last\s+(?:year|month|week|spring|summer|fall|winter)|in\s+[a-z]+(?:\s+(?:19|20)\d\d)?|in\s+(?:19|20)\d\d|(?:19|20)\d\d|'\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?))*";
    private const string Works = @"works?|working|good|ok(?:ay)?|fine|valid|active|live|verified|confirmed|correct|connected|in[\s-]*service|answer(?:s|ed|ing)";
    private const string Restored = @"(?:(?:now|again)\s+(?:" + Works + @")(?:\s+(?:" + Works + @"))?|(?:" + Works + @")(?:\s+(?:" + Works + @"))?\s+(?:now|again)|re-?connected|re-?activated|re-?verified|re-?confirmed|restored|back\s+(?:in[\s-]*service|on(?:line)?|up)|(?:service|line)\s+restored)"
        + @"(?:\s+(?:now|again|as\s+of\s+[\w/]+|since\s+[\w/]+|\d{1,2}/\d{1,2}(?:/\d{2,4})?))*";

    [GeneratedRegex(@"^[^\w?]*(?:(?:previously|formerly|once|was|had\s+been|used\s+to\s+be)\s+)?(?:" + LineDown + @")" + Once + @"\s*[,;:/&+\u2013\u2014-]*\s*(?:(?:but|and|though)\s+)?" + Restored + @"[^\w?]*$"
        + @"|^[^\w?]*" + Restored + @"\s*[,;:/&+\u2013\u2014-]*\s*(?:(?:but|and|though)\s+)?(?:was|previously|formerly|had\s+been)\s+(?:" + LineDown + @")" + Once + @"[^\w?]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackInService();

    private const string LineLabel = "cell|mobile|home|work|phone|landline|line|number|no|ph|tel|c|h|w|m"
        + @"|cel|celular|m[óo]vil|tel[ée]fono|t[ée]l[ée]phone|portable|handy|telefon|telefone|n[úu]mero|num[ée]ro|nummer"; // Spanish, French, German, Portuguese

    // Before a relative's word alone: "(her son)", "(de su hija)", "(sa fille)", "(seine Tochter)", "(do filho)".
    private const string Whose = @"the|his|her|their|owner'?s|su|sus|el|la|le|les|sa|ses|son|mi|ma|mon|seine?[mnrs]?|ihre?[mnrs]?|der|die|dem|den|seu|sua|o|a|de|del|du|des|da|do|von|vom";

    // After a relative's word, a capitalised word that says what the relative does is no name: "(Son Answers)", "(Daughter Picks Up)".
    // "Will", "May", "Can", "Said" are names too: a verb only with a word after them ("(Son Will Answer)"; "(son Will)" is Will's line).
    private const string NoName = @"(?!(?:answer(?:s|ed|ing)?|picks?|picked|lives?|lived|handles?|handled|manages?|helps?|speaks?|translates?|knows?|takes?|might|is|was|has|had|does|did|usually|often|sometimes|always|says?|calls?|called|returns?|works?|working)\b)"
        + @"(?!(?:will|can|may|said)\s+\p{L})";

    /// <summary>A name of one to three capitalised words ("Bob", "Mary Ann"), as a relative's is written beside a number: "(son - Bob)".</summary>
    private const string Name = @"(?-i:\p{Lu}[\p{L}'.]*)(?:\s+(?-i:\p{Lu}[\p{L}'.]*)){0,2}";

    /// <summary>
    /// Just before a person's word beside a number: a word that says the owner is reached there ("lives with relative", "at employer", "staying
    /// at son's", "c/o daughter", "via neighbor"), so the number reaches the owner. Not one undone before it ("not at relative's", "no longer
    /// with son"). "c/o" and "w/" are read as the aside holds them: their letters are labels, and "c o", "w" are what is left of them.
    /// </summary>
    private const string ReachedAt = @"(?<!(?<!\b(?:not|no[\s-]+longer)\s+(?:\w+\s+)?)(?:\b(?:at|with|via|through|thru|care\s+of)|\bw(?=/|\s)|\bc\W{0,2}o)\W{1,3}(?:(?:a|an|the|his|her|their|my|owner'?s)\s+)?)";

    /// <summary>Words beside a number that say it must not be dialled: do-not-call marks, opt-outs, a number gone or someone gone, a fax.</summary>
    [GeneratedRegex(@"(?<!\w)(?:dnc|do[\s-]*not[\s-]*(?:call|dial|contact)|don'?t[\s-]*(?:call|dial)|no[\s-]*calls?|wrong(?:[\s-]*(?:number|no\.?|#))?|stop(?:[\s-]*call(?:ing|s)?)?|(?:asked|requested|wants?)[\s-]*(?:not[\s-]*to[\s-]*be[\s-]*called|no[\s-]*calls?)|not[\s-]*to[\s-]*be[\s-]*called|disconnected|not[\s-]*in[\s-]*service|out[\s-]*of[\s-]*service|bad(?:[\s-]*(?:number|no\.?|#|phone))?|litigator|no[\s-]*longer|opt(?:ed)?[\s-]*out|removed?|unsubscribed?|fax|"
        // The number is someone else's now, or never was the owner's: "(number changed)", "changed number", "old number", "(old)", "(formerly)",
        // "previous owner", "(was 281-555-0102)" (the word alone before a number), "not the owner's number", "not his number". "Old" alone
        // or before a kind of line ("old cell"), not as a word of a place ("Old Town Rd office").
        + @"(?:number|phone|no\.?|#)[\s-]*changed|changed[\s-]*(?:number|no\.?|#|phone)|old(?!\s+(?!(?:number|no|phone|cell|mobile|line|landline|home|work)\b)\p{L})|former(?:ly)?|previous(?:ly)?|prior(?![\s-]+to\b)|(?<=^\W*)was(?=\W*$)"
        + @"|not[\s-]*(?:the[\s-]*)?(?:owner'?s?|his|hers|her|theirs|their)(?:[\s-]*(?:number|phone|no\.?|#|line))?|"
        // Someone else's line: "(landlord)", "relative's number", "(daughter's cell)", "his brother's". Not a spouse's, often a co-owner's;
        // not where the owner is reached ("lives with relative", "at employer", "at daughter's house", "c/o son").
        + ReachedAt + @"(?:(?:" + Import.OptOutLanguages.SomeoneElse + @")'?s(?:[\s-]+(?:number|phone|cell|line|no\.?|#|house|home|landline|work))?|landlord|neighbou?r|relative|associate|employer)|"
        // A person's word alone names whose line it is, as its possessive does: "(daughter)", "- son", "(her brother)", "(son - Bob)",
        // "(Jane, niece)", "(cell - nephew)", "(son-in-law)", "(stepdaughter)". Alone: "(staying with son)", "(son answers)" say more.
        + ReachedAt + @"(?<=^\W*(?:(?:" + LineLabel + @")\W+)*(?:" + Name + @"\s*[-,:\u2013]\s*)?(?:(?:" + Whose + @")\s+)*)(?:step[\s-]*)?(?:" + Import.OptOutLanguages.SomeoneElse + "|" + Import.OptOutLanguages.SomeoneElseAbroad + @")(?:[\s-]*in[\s-]*law)?"
        + @"(?=(?:'?s)?(?:\W+(?:" + LineLabel + @"))*(?:\s*[-,:\u2013]?\s*(?:(?:de|del|von|do|da)\s+)?" + NoName + Name + @")?(?:\W+(?:" + LineLabel + @"))*\W*$)|"
        + Import.OptOutLanguages.BesideNumber + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoNotCall();

    /// <summary>
    /// Whether the words beside a cell's later number say it replaced the number before it: "713-555-0101 (number changed to 432-555-0199)",
    /// "713-555-0101 new # 432-555-0199", "... now 432-555-0199", "(nuevo número)". The number before is the owner's no more.
    /// </summary>
    internal static bool SaysReplacesTheOneBefore(string words) => Replaces().IsMatch(words);

    // The words must be all the aside holds, but for the kind of line: "(cell - best now)", "(New York office)", "home (now retired)"
    // say what the later line is, not that it replaced the one before.
    [GeneratedRegex(@"^\W*(?:(?:the|his|her|their|number|no|phone|cell|mobile|home|work|office|line|landline|is)\W+)*(?:changed[\s-]*to|now|new(?:[\s-]*(?:number|no\.?|#|phone|cell|line))?|updated(?:[\s-]*to)?|replaced[\s-]*(?:by|with)|moved[\s-]*to"
        + @"|nuevo[\s-]*n[úu]mero|n[úu]mero[\s-]*nuevo|cambi[óo][\s-]*a|nouveau[\s-]*num[ée]ro|neue[\s-]*nummer|novo[\s-]*n[úu]mero|mudou[\s-]*para)"
        + @"(?:\W+(?:number|no|phone|cell|mobile|line|landline|home|work))*\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Replaces();

    /// <summary>"F: 713-555-0198" beside "W: 713-555-0101": the one-letter label of a fax (W, H, C, M and O are lines to dial).</summary>
    [GeneratedRegex(@"^\s*(?:f|fx)\s*[:.)]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FaxLetter();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PhoneResult ReadNumber(ReadOnlySpan<char> text, out int next)
    {
        next = text.Length;
        if (text.IsWhiteSpace()) return new PhoneResult(null, null, "empty");
        if (ExcelNumber(text) is { } repaired)
        {
            // The whole text is the one number: nothing follows it.
            return repaired.Length == 0
                ? Invalid("written in scientific notation with digits lost (Excel keeps only the first digits of a long number in this form), so the number cannot be known")
                : Read(repaired, out _);
        }

        var index = 0;
        while (index < text.Length && !char.IsAsciiDigit(text[index]) && !IsCountryCodeAt(text, index) && !char.IsAsciiLetter(text[index])) index++;
        var labelStart = index;
        index = AfterLabel(text, index);
        var asideBefore = index > labelStart ? Aside(text[labelStart..index]) : null;
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
        var keypadLetters = 0;
        var completeAt = -1;
        var groupOpen = false;
        for (; index < text.Length; index++)
        {
            var c = text[index];
            // "713-555-0101pp204": a whole number, then a pause before its extension, not more keypad letters.
            if (c is 'p' or 'P' or 'w' or 'W' && groupOpen && IsComplete(kept, count, international) && PauseLength(text[index..]) > 0)
            {
                completeAt = index;
                break;
            }
            if (char.IsAsciiDigit(c) || (char.IsAsciiLetter(c) && (realDigits >= 4 || IsTollFreeCode(kept, realDigits)) && !IsExtensionMarkerAt(text, index)))
            {
                if (!char.IsAsciiDigit(c) && (IsLoneLetter(text, index) || IsDigitLookAlike(text, index))) return LoneLetter(c);
                if (char.IsAsciiDigit(c)) realDigits++;
                else if (count < MaxKeptDigits) keypadLetters++;
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
            if (c == '+')
            {
                if (count >= MinNumberDigits) break; // "+44 7700 900123 / +1 713-555-0101": the next number's country code
                return Invalid("a '+' inside the number");
            }
            // "2l4-555-0100": a 0 or 1 typed as a letter before four real digits came, where keypad letters are not read.
            if (count > 0 && char.IsAsciiLetter(c) && IsDigitLookAlike(text, index)) return LoneLetter(c);
            if (char.IsAsciiLetter(c) || c is '#' or ',' or ';') break; // words or an extension marker before the number is whole
            if (c is '/' or '|' or '&' && count >= MinNumberDigits) break; // a foreign number, then another: "+44 7911 123456 / 713-555-0101"
        }
        var digits = kept[..Math.Min(count, MaxKeptDigits)];
        if (completeAt < 0)
        {
            var foreign = international ? count > 0 && digits[0] != '1' : digits.StartsWith("011") || IsEuropeanPrefix(digits);
            if (!foreign && !IsComplete(digits, count, international))
            {
                // "555-0101, 281-555-0102": this one is unusable, the next may not be.
                if (index < text.Length && text[index] is ',' or ';') next = NextNumber(text, index);
                return Invalid(DescribeLength(digits, count, international));
            }
            completeAt = index;
        }

        var (extension, extensionProblem, asideAfter) = ReadTail(text, completeAt, out next);
        if (extensionProblem is not null) return Invalid(extensionProblem);
        var aside = asideBefore is null ? asideAfter : asideAfter is null ? asideBefore : asideBefore + " ... " + asideAfter;
        // Only a foreign number gets here with more digits than were kept, and no E.164 number is that long.
        if (count > MaxKeptDigits) return Invalid("not a valid international number");
        if (international && digits[0] != '1') return WithKeypadNote(International(digits, extension) with { Aside = aside }, keypadLetters);
        if (!international && digits.StartsWith("011")) return WithKeypadNote(International(digits[3..], extension) with { Aside = aside }, keypadLetters);
        if (!international && IsEuropeanPrefix(digits)) return WithKeypadNote(International(digits[2..], extension) with { Aside = aside }, keypadLetters);
        var national = count switch
        {
            12 when international => digits[2..],     // +1 1 NPA...: a trunk 1 after the country code
            11 => digits[1..],
            10 when !international => digits,
            _ => default,
        };
        if (national.Length != 10) return Invalid(DescribeLength(digits, count, international));
        if (Malformed(national) is { } malformed) return Invalid(malformed);
        // Eleven digits from a 1 with no '+': the 1 is a trunk prefix only if the rest is a number the plan can have, its exchange
        // (NXX) not starting with 0 or 1. "13800138000" is China's mobile form, read as (380) 013-8000 (a trial: kept unsaid, beside
        // the same person's "+86 138 0013 8000"); a foreign number, or a typo, is no number to dial as it stands.
        if (count == 11 && !international && national[3] is '0' or '1')
            return Invalid($"11 digits from a 1 whose exchange {national[3..6]} cannot start with {national[3]}: not a North American number (a foreign one needs its + and country code)");
        // In any other form, no North American number has one either (a trial: "(432) 155-0101" and "+1 432 055 0101" were dialled,
        // as the help said they were not).
        if (national[3] is '0' or '1')
            return Invalid($"the exchange {national[3..6]} cannot start with {national[3]}: no North American number does (NPA NXX XXXX, N from 2 to 9)");
        if (NanpAreaCodes.Contains(int.Parse(national[..3], CultureInfo.InvariantCulture))) return WithKeypadNote(new PhoneResult(national.ToString(), extension, null, null, aside), keypadLetters);
        return WithKeypadNote(new PhoneResult(national.ToString(), extension, null,
            $"area code {national[..3]} is not in the bundled numbering data (a new area code, or not in service); the number is kept", aside) { AreaCodeUnlisted = true }, keypadLetters);
    }

    /// <summary>
    /// A number spelled on the keypad ("713-555-CALL", "1-800-OIL-WELL") is dialled as its digits; the note says so, as letters in a phone
    /// column may also be a word typed there, and the digits are what a dialler's user sees ringing.
    /// </summary>
    private static PhoneResult WithKeypadNote(PhoneResult result, int keypadLetters)
    {
        if (keypadLetters == 0 || !result.IsUsable) return result;
        var note = $"its letters are read as keypad digits: dialled as {result.Number}";
        return result with { Note = result.Note is null ? note : $"{result.Note}; {note}" };
    }

    /// <summary>
    /// One letter among digits is a typo ("432-555-O240" for 0240), not a word spelled on the keypad
    /// ("1-800-FLOWERS"): read as a key it would dial a stranger.
    /// </summary>
    private static bool IsLoneLetter(ReadOnlySpan<char> text, int index) =>
        (index + 1 >= text.Length || !char.IsAsciiLetter(text[index + 1])) && (index == 0 || !char.IsAsciiLetter(text[index - 1]));

    /// <summary>
    /// An O, o, I or l typed for a 0 or 1 ("214-555-01OO", "432-555-OIOO"): against a digit, or in a run of letters
    /// that are all such. Read as keypad letters they dialled a stranger (O is 6, I is 4). A vanity word has other
    /// letters ("1-800-OIL-WELL": the L is no 1).
    /// </summary>
    private static bool IsDigitLookAlike(ReadOnlySpan<char> text, int index)
    {
        if (!LooksLikeADigit(text[index])) return false;
        if ((index > 0 && char.IsAsciiDigit(text[index - 1])) || (index + 1 < text.Length && char.IsAsciiDigit(text[index + 1]))) return true;
        var start = index;
        while (start > 0 && char.IsAsciiLetter(text[start - 1])) start--;
        var end = index;
        while (end + 1 < text.Length && char.IsAsciiLetter(text[end + 1])) end++;
        for (var i = start; i <= end; i++)
            if (!LooksLikeADigit(text[i])) return false;
        return true;
    }

    private static bool LooksLikeADigit(char c) => c is 'O' or 'o' or 'I' or 'l';

    // Apart from ReadNumber, so that its string building does not weigh on the hot loop's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PhoneResult LoneLetter(char letter) =>
        Invalid($"the letter '{letter}' among its digits (a 0 or 1 typed as a letter?), so the number cannot be known");

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
        if (length >= 3 && IsEuropeanPrefix(digits)) return false; // 00 and a country code: the same
        return digits[0] == '1' ? length == 11 : length == 10;
    }

    /// <summary>
    /// What follows a complete number: an extension, words (labels are dropped, others are the aside),
    /// another number (where it starts is <paramref name="next"/>), or digits that make it ambiguous.
    /// </summary>
    private static (string? Extension, string? Problem, string? Aside) ReadTail(ReadOnlySpan<char> text, int start, out int next)
    {
        next = text.Length;
        var i = start;
        if (NotedBetween(text, start, out var after) is { } noted)
        {
            next = after;
            return (null, null, noted);
        }
        while (i < text.Length && IsSpacing(text[i])) i++;
        var explicitMarker = false;
        var marked = false;
        string? skipped = null;
        var labelsFrom = -1;
        while (i < text.Length)
        {
            if (MarkerLength(text[i..]) is var length and > 0 || PauseLength(text[i..]) is var pause and > 0 && (length = pause) > 0)
            {
                marked = true;
                explicitMarker |= text[i] is not (',' or ';');
                i += length;
                continue;
            }
            // RFC 3966's ";ext=204" (tel: links, vCards): the '=' after the marker.
            if (IsSpacing(text[i]) || (marked && text[i] == '=')) { i++; continue; }
            if (char.IsAsciiLetter(text[i]) && LabelLength(text[i..]) is var label and > 0)
            {
                skipped = skipped is null ? text.Slice(i, label).ToString() : skipped + " " + text.Slice(i, label).ToString(); // "(w) x12"; "NO CALL" keeps its "NO"
                if (labelsFrom < 0) labelsFrom = i;
                i += label;
                continue;
            }
            break;
        }
        string? extension = null;
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var (runDigits, punctuated) = NumberRun(text, i);
            var digitsEnd = i;
            while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd])) digitsEnd++;
            var conferenceCode = digitsEnd < text.Length && text[digitsEnd] == '#';
            if (runDigits >= MinNumberDigits && !conferenceCode && (!explicitMarker || punctuated))
            {
                next = i; // another number, after a separator: "713-555-0101, 281-555-0102"
                return (null, null, null);
            }
            extension = text[i..digitsEnd].ToString();
            if (extension.Length > MaxExtensionDigits) return (null, $"an extension of {extension.Length} digits", null);
            if (!marked && !(conferenceCode && extension.Length <= MaxUnmarkedExtensionDigits))
                return (null, "digits after the number that are not an extension", null);
            i = conferenceCode ? digitsEnd + 1 : digitsEnd;
        }
        // The rest: words (labels or an aside), another number after them, or stray digits.
        var restStart = i;
        next = NextNumber(text, restStart);
        if (next < text.Length) return (extension, null, WithLabels(text, labelsFrom, skipped, extension, restStart, next));
        var rest = text[restStart..];
        if (rest.ContainsAnyInRange('0', '9') && !ContainsLetter(rest)) return (null, "digits after the number that are not an extension", null);
        return (extension, null, WithLabels(text, labelsFrom, skipped, extension, restStart, text.Length));
    }

    private const int MinNumberDigits = 7;

    /// <summary>
    /// Words in parentheses right after a number, with another number after them ("713-555-0101 (old number) 281-555-0102", "(DNC)",
    /// "(wrong #)"): the note of the number they follow, as "(fax)" at the end of a cell is; read as the next number's label they
    /// withheld the new number and dialled the old one. A label alone ("(h)", "(cell)", a fax's "(F)") stays the next number's, as
    /// "(c) 713-555-0101 (h) 281-555-0102" writes it. <paramref name="next"/> is where the next number starts; null when the text
    /// after <paramref name="start"/> is not of that form.
    /// </summary>
    private static string? NotedBetween(ReadOnlySpan<char> text, int start, out int next)
    {
        next = text.Length;
        var open = start;
        while (open < text.Length && text[open] is ' ' or '\t') open++;
        if (open >= text.Length || text[open] != '(') return null;
        var close = text[open..].IndexOf(')');
        if (close < 0) return null;
        close += open;
        var inside = text[(open + 1)..close];
        if (inside.ContainsAnyInRange('0', '9') || FaxLetter().IsMatch(inside) || Aside(inside) is not { } noted) return null;
        next = NextNumber(text, close + 1);
        return next < text.Length ? noted : null;
    }

    /// <summary>
    /// The aside at <paramref name="restStart"/> with the label words read past before it ("NO" of "NO CALL"), as the cell writes them
    /// ("c/o daughter", which read "c o daughter"); with an extension between them, the labels and the aside joined by a space. None when
    /// there is no aside.
    /// </summary>
    private static string? WithLabels(ReadOnlySpan<char> text, int labelsFrom, string? labels, string? extension, int restStart, int end) =>
        Aside(text[restStart..end]) is not { } aside ? null
        : labels is null ? aside
        : extension is null ? Aside(text[labelsFrom..end])
        : labels + " " + aside;

    /// <summary>"00" and a country code, the international prefix outside North America ("0044 20 7946 0958"); no NANP number starts with 0.</summary>
    private static bool IsEuropeanPrefix(ReadOnlySpan<char> digits) => digits.Length > 2 && digits[0] == '0' && digits[1] == '0' && digits[2] != '0';

    /// <summary>A '+' that starts a country code ("+44"), not one standing between two numbers ("... + 281-555-0102").</summary>
    private static bool IsCountryCodeAt(ReadOnlySpan<char> text, int index) =>
        text[index] == '+' && index + 1 < text.Length && (char.IsAsciiDigit(text[index + 1]) || text[index + 1] == '+');

    /// <summary>Three digits that are a toll-free code (800, 833 ... 888): "800-FLOWERS" spells its number after them.</summary>
    private static bool IsTollFreeCode(ReadOnlySpan<char> kept, int realDigits) =>
        realDigits == 3 && kept[0] == '8' && kept[1] == kept[2] && kept[1] is '0' or '3' or '4' or '5' or '6' or '7' or '8';

    /// <summary>Where the next number after <paramref name="from"/> starts, its label included; the text's length when none follows.</summary>
    private static int NextNumber(ReadOnlySpan<char> text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (!char.IsAsciiDigit(text[j]) || (j > 0 && char.IsAsciiDigit(text[j - 1]))) continue;
            if (NumberRun(text, j).Digits >= MinNumberDigits) return LabelStart(text, from, j);
        }
        return text.Length;
    }

    private static bool IsSpacing(char c) => c is ' ' or '\t' or '.' or '-' or '–' or '—' or '/' or '\\' or ':' or ')' or '(' or '[' or ']' or '|' or '&';

    /// <summary>
    /// Digits of the number-shaped run at <paramref name="start"/>: groups of digits and "-.()" joined by
    /// spaces, taken while they fit one number (11 digits; 15 after a '+'), so that "204 281-555-0102"
    /// is 3 (an extension, then a number) and "281 555 0102 832 555 0103" is 10.
    /// </summary>
    private static (int Digits, bool Punctuated) NumberRun(ReadOnlySpan<char> text, int start)
    {
        var limit = start > 0 && text[start - 1] == '+' ? 15 : 11;
        int digits = 0, i = start;
        var punctuated = false;
        while (i < text.Length)
        {
            var groupDigits = 0;
            var j = i;
            var inner = false;
            while (j < text.Length && (char.IsAsciiDigit(text[j]) || text[j] is '-' or '.' or '(' or ')'))
            {
                if (char.IsAsciiDigit(text[j])) groupDigits++;
                else inner = true;
                j++;
            }
            if (groupDigits == 0 || digits + groupDigits > limit) break;
            digits += groupDigits;
            punctuated |= inner || i > start;
            i = j;
            while (i < text.Length && text[i] == ' ') i++;
            if (i == j) break;
        }
        return (digits, punctuated);
    }

    /// <summary>Where the words before the next number's digits at <paramref name="digit"/> start: its label ("Home: 281 ...") goes with it.</summary>
    private static int LabelStart(ReadOnlySpan<char> text, int from, int digit)
    {
        var i = digit;
        while (i > from && (text[i - 1] == '(' || text[i - 1] == '+')) i--;
        var j = i;
        while (j > from && !char.IsAsciiDigit(text[j - 1]) && text[j - 1] is not (',' or ';' or '/' or '|' or '&' or '\n' or '\r')) j--;
        return j;
    }

    /// <summary>Length of the label word at the start of <paramref name="text"/> ("cell", "w"), or 0.</summary>
    private static int LabelLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsAsciiLetter(text[length])) length++;
        // A word that goes on past its ASCII letters is no label: "num" of "numéro erroné" would leave "éro erroné" unread.
        if (length < text.Length && char.IsLetter(text[length])) return 0;
        return Labels.Contains(text[..length].ToString()) ? length : 0;
    }

    private static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>
    /// Words beside a number that say something about it ("DNC", "after 5pm", "Fax"), trimmed; null
    /// when there are none, or when every word is a label a phone column uses ("Cell", "(h)", "Home",
    /// "Office", "or"), which says nothing a dialler must know.
    /// </summary>
    private static string? Aside(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim(" \t\r\n.,;:-–—/\\|&()[]#*");
        if (trimmed.IsEmpty) return null;
        for (var i = 0; i < trimmed.Length;)
        {
            if (!char.IsLetterOrDigit(trimmed[i])) { i++; continue; }
            var start = i;
            while (i < trimmed.Length && char.IsLetterOrDigit(trimmed[i])) i++;
            var word = trimmed[start..i];
            if (word.ContainsAnyInRange('0', '9') || !Labels.Contains(word.ToString())) return trimmed.ToString();
        }
        return null;
    }

    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "c", "h", "w", "m", "o", "b", "p", "d", "cell", "cellphone", "cellular", "mobile", "mob", "mbl", "home", "hm", "work", "wk",
        "office", "off", "ofc", "main", "direct", "dir", "business", "bus", "personal", "primary", "alt", "alternate", "other",
        "phone", "ph", "tel", "telephone", "number", "num", "no", "nr", "landline", "land", "line", "or", "and", "text", "s", "his", "her",
    };

    /// <summary>Length of an extension marker at the start of <paramref name="text"/>: x, ext, ext., extension, extensión, #, comma, semicolon.</summary>
    private static int MarkerLength(ReadOnlySpan<char> text)
    {
        foreach (var marker in Markers)
            if (text.StartsWith(marker, StringComparison.OrdinalIgnoreCase)) return marker.Length;
        return 0;
    }

    /// <summary>
    /// A dialler's pause or wait before an extension, written against its digits ("713-555-0101 p204",
    /// "w204", "pp204", as phones store them) or, typed by hand, a space before them ("pp 204", "p 204"): the
    /// letters' length with the spaces after them, or 0 when no digit follows. Past a space only an
    /// extension's few digits follow a pause; "p 281-555-0102" is a phone's label before another number.
    /// </summary>
    private static int PauseLength(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && text[i] is 'p' or 'P' or 'w' or 'W') i++;
        if (i == 0) return 0;
        var letters = i;
        while (i < text.Length && text[i] == ' ') i++;
        if (i == text.Length || !char.IsAsciiDigit(text[i])) return 0;
        return i == letters || NumberRun(text, i).Digits <= MaxUnmarkedExtensionDigits ? i : 0;
    }

    /// <summary>Whether <paramref name="word"/> is a whole extension marker ("ext", "Extension", "x").</summary>
    private static bool IsExtensionWord(ReadOnlySpan<char> word) => MarkerLength(word) == word.Length;

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
            while (i < text.Length && !char.IsAsciiLetterOrDigit(text[i]) && text[i] != '+') i++;
        }
        return i > index && i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '+') ? i : index;
    }

    private static readonly string[] Markers = ["extension", "extensión", "extn", "ext", "xtn", "xt", "x", "#", ",", ";"];

    private static bool IsExtensionMarkerAt(ReadOnlySpan<char> text, int index) =>
        (text[index] is 'x' or 'X' || MarkerLength(text[index..]) >= 3) && (index == 0 || !char.IsAsciiLetter(text[index - 1]));

    private static PhoneResult International(ReadOnlySpan<char> digits, string? extension)
    {
        if (ValidNumber(string.Concat("+", digits)) is { } number)
            return new PhoneResult(PhoneNumberUtil.GetInstance().Format(number, PhoneNumberFormat.E164), extension, null);
        // Mexico's mobiles were dialled +52 1 and ten digits until 2019, and phones still hold them so:
        // the same line is +52 and the ten digits now (IFT's plan; libphonenumber no longer takes the 1).
        if (digits.Length == 13 && digits.StartsWith("521") && ValidNumber(string.Concat("+52", digits[3..])) is { } mobile)
            return new PhoneResult(PhoneNumberUtil.GetInstance().Format(mobile, PhoneNumberFormat.E164), extension, null,
                "the mobile 1 after +52, which Mexico dropped in 2019, was left out");
        return Invalid("not a valid international number");
    }

    /// <summary>"+447400123456" as libphonenumber's number when it holds it valid; null when it is not, or cannot be parsed.</summary>
    private static PhoneNumber? ValidNumber(string e164)
    {
        try
        {
            var utility = PhoneNumberUtil.GetInstance();
            var number = utility.Parse(e164, null);
            return utility.IsValidNumber(number) ? number : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static PhoneResult Invalid(string problem) => new(null, null, problem);

    private static string DescribeLength(ReadOnlySpan<char> digits, int count, bool international) => count switch
    {
        0 => "no digits",
        10 when digits[0] is '0' or '1' => $"area code {digits[..3]} cannot start with {digits[0]}",
        1 => "1 digit, not a 10-digit North American number",
        >= 11 and <= 15 when !international && WithAPlus(digits) is { } foreign =>
            $"{count} digits, not a 10-digit North American number; with a '+' it would be {foreign}: if that is the number, write it with its '+' (a spreadsheet drops the '+' of a number stored as a number)",
        _ => $"{count} digits, not a 10-digit North American number",
    };

    /// <summary>
    /// The digits read as an international number that lost its '+' ("+44 7911 123456 (GB)"), when libphonenumber
    /// holds them valid so; null otherwise. Only named, never taken: a North American number with a stray digit in
    /// front ("27135550100") can be a valid foreign one too, and dialling it would reach a stranger abroad.
    /// </summary>
    private static string? WithAPlus(ReadOnlySpan<char> digits) =>
        ValidNumber(string.Concat("+", digits)) is { } number
            ? $"{PhoneNumberUtil.GetInstance().Format(number, PhoneNumberFormat.INTERNATIONAL)} ({RegionName(PhoneNumberUtil.GetInstance().GetRegionCodeForNumber(number))})"
            : null;

    /// <summary>"United Kingdom" for GB; the code itself where .NET has no name for it.</summary>
    private static string RegionName(string code)
    {
        try { return new RegionInfo(code).EnglishName; }
        catch (ArgumentException) { return code; }
    }

    /// <summary>
    /// A second number written by its last digits after a whole one, as lines in a row are written: "432-555-0224/0225",
    /// "432-555-0224/25", "432-555-0224 &amp; 0227", "(432) 555-0224 or 31". Gives the text with the later numbers written
    /// whole ("432-555-0224/4325550225") and those numbers' digits, or null when the text holds no such shorthand. The last one, two or four digits
    /// are replaced: three would read as an extension as well, and seven ("713-555-0101 / 555-0102") could be under any of an
    /// overlay's area codes (Houston's 713, 281, 832), so it stays unusable; digits after a comma stay an extension (a dialler's pause).
    /// </summary>
    internal static (string Text, List<string> Wholes)? ExpandShorthand(string text)
    {
        if (text.AsSpan().IndexOfAny('/', '&') < 0 && !text.Contains(" or ", StringComparison.OrdinalIgnoreCase) && !text.Contains(" and ", StringComparison.OrdinalIgnoreCase)) return null;
        var expanded = text;
        List<string>? wholes = null;
        var from = 0;
        for (var pass = 0; pass < 8; pass++) // "0224/25/26": each pass writes one more whole
        {
            var match = Shorthand().Match(expanded, from);
            if (!match.Success) break;
            var head = match.Groups["head"].Value;
            var tailGroup = match.Groups["tail"];
            var tail = tailGroup.Value;
            var digits = new string(head.Where(char.IsAsciiDigit).ToArray());
            // A line a little after the head's ("0224/0225", "/25", "& 9"): a date ("/ 3/14"), a year ("/ 2019"), a street number or a
            // time is no such line (a review), and the number would be dialled.
            var replaced = int.Parse(digits.AsSpan(digits.Length - tail.Length), CultureInfo.InvariantCulture);
            var line = int.Parse(tail, CultureInfo.InvariantCulture);
            var spaced = char.IsWhiteSpace(expanded[tailGroup.Index - 1]);
            var slash = expanded.AsSpan(0, tailGroup.Index).TrimEnd().EndsWith("/");
            if (line <= replaced || line - replaced > MaxShorthandStep || !ChainsOn(expanded, tailGroup.Index + tailGroup.Length, tail.Length, line, spaced)
                || (slash && spaced && tail.Length == 4 && line is >= 1900 and < 2100)) // "/ 2019": a year ("2015 & 2016" are lines)
            {
                from = tailGroup.Index + tailGroup.Length;
                continue;
            }
            var whole = digits[..^tail.Length] + tail;
            (wholes ??= []).Add(whole);
            expanded = string.Concat(expanded.AsSpan(0, tailGroup.Index), whole, expanded.AsSpan(tailGroup.Index + tailGroup.Length));
            from = tailGroup.Index; // the whole written is the next shorthand's head
        }
        return wholes is null ? null : (expanded, wholes);
    }

    // How far after the head's line a line written by its last digits may be: lines in a row ("0224/0225/0226").
    private const int MaxShorthandStep = 20;

    /// <summary>
    /// Whether what follows a tail of <paramref name="digits"/> digits at <paramref name="end"/> lets it be a line: anything but "/" and
    /// digits, or "/" and the very next line written as the tail is, spaced as the first separator is ("0224/25/26", "0224 / 25 / 26"). "/ 12/25" and "/ 12/13" (dates:
    /// spaced otherwise) and "/ 3/4" are no lines (two reviews).
    /// </summary>
    private static bool ChainsOn(string text, int end, int digits, int line, bool spaced)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || text[i] != '/') return true;
        var spacedHere = i > end;
        i++;
        var start = i;
        while (i < text.Length && text[i] == ' ') i++;
        spacedHere |= i > start;
        start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i == start) return true;
        return spacedHere == spaced && i - start == digits
            && int.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var next) && next == line + 1;
    }

    // A North American number whole, a separator ("/", "&", "or", "and"), then one, two or four digits that end the text or are
    // followed by "/" (another line, ChainsOn), a whole number after a comma, or a line's kind that ends the cell ("& 0225 home",
    // "/ 0225 (office)"): no other word or text ("or 5 pm", "& 2 others", "/ 12, Main St", "or 9 (after 5)", "/ 10 office hrs").
    [GeneratedRegex(@"(?<![\d])(?<head>(?:\+?1[\s.-]*)?\(?[2-9]\d{2}\)?[\s.-]*\d{3}[\s.-]*\d{4})\s*(?:/|&|\bor\b|\band\b)\s*(?<tail>\d{1,2}|\d{4})(?=\s*$|\s*/|\s*[,;]\s*(?:\+?1[\s.-]*)?\(?[2-9]\d{2}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b|\s*\(\s*(?:home|cell|mobile|work|office|direct|fax|line)\s*\)\s*$|\s+(?:home|cell|mobile|work|office|direct|fax|line)\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shorthand();

    /// <summary>Unicode digits to ASCII, compatibility forms (full-width) folded, invisible marks removed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ReadOnlySpan<char> Prepare(string raw)
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
        if (IsGroupedByThousands(text)) return text.ToString().Replace(",", ""); // "7,135,550,101": a number cell formatted with separators
        var dot = text.IndexOf('.');
        if (text.Length >= 6 && dot > 0 && text[(dot + 1)..].TrimStart('0').IsEmpty && !text[..dot].ContainsAnyExcept("0123456789")) return text[..dot].ToString();
        // A decimal comma, as Excel writes it where the comma is the decimal mark: "7,13555E+09".
        if (text.Count(',') == 1 && !text.Contains('.') && text.IndexOfAny('E', 'e') > text.IndexOf(','))
            return ExcelNumber(text.ToString().Replace(',', '.'));
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

    /// <summary>Digits in groups of three after the first ("7,135,550,101"), ten or eleven digits in all.</summary>
    private static bool IsGroupedByThousands(ReadOnlySpan<char> text)
    {
        var comma = text.IndexOf(',');
        if (comma is < 1 or > 3 || text.Length is not (13 or 14 or 15)) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var isCommaPlace = i >= comma && (i - comma) % 4 == 0;
            if (isCommaPlace ? text[i] != ',' : !char.IsAsciiDigit(text[i])) return false;
        }
        return text[^1] != ',';
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
