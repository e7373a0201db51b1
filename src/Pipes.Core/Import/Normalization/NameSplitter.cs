using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipes.Import.Normalization;

/// <summary>
/// Splits a full name into title, first, middle, last, suffix and nickname, in the manner of
/// python-nameparser: "First Middle Last" and "Last, First Middle" orders; titles ("Dr.", "Rt. Hon.",
/// "Secretary of State") before the name; suffixes ("Jr.", "III", "PhD", "CPA") after it or in their
/// own comma parts; nicknames in quotes or parentheses; particles ("de la", "van der", "St.") kept
/// with the last name; conjunctions joining their neighbours ("Velasquez y Garcia", "John and Jane").
/// Capitalisation is left as written: a name is never rewritten, only divided.
/// </summary>
public static partial class NameSplitter
{
    public static PersonName Split(string? fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName)) return PersonName.Empty;
        var (text, nickname) = ExtractNicknames(fullName);
        var parts = text.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0) return PersonName.Empty with { Nickname = nickname };

        var suffixes = new List<string>();
        // "John Doe, Jr., CPA": every part after the first is suffixes, so it is First Last order.
        if (parts.Count == 1 || parts.Skip(1).All(IsSuffixPart))
        {
            var pieces = Pieces(parts[0], lastNamePart: false);
            var name = FromFirstLastOrder(pieces, suffixes, hasNickname: nickname.Length > 0);
            suffixes.AddRange(parts.Skip(1));
            return name with { Suffix = string.Join(", ", suffixes), Nickname = nickname };
        }

        // "Last [suffixes], Title First Middle [suffixes][, suffix parts]"
        var lastPieces = Pieces(parts[0], lastNamePart: true);
        var lastSuffixes = TakeTrailingSuffixes(lastPieces, keep: 1);
        var rest = Pieces(parts[1], lastNamePart: false);
        var titles = TakeLeadingTitles(rest, keepOne: true);
        var first = rest.Count > 0 ? rest[0] : "";
        if (rest.Count > 0) rest.RemoveAt(0);
        first = TakeDevotionalComplement(first, rest, leave: 0);
        var restSuffixes = TakeTrailingSuffixes(rest, keep: 0);
        suffixes.AddRange(lastSuffixes);
        suffixes.AddRange(restSuffixes);
        suffixes.AddRange(parts.Skip(2));
        return new PersonName(string.Join(" ", titles), first, string.Join(" ", rest), string.Join(" ", lastPieces),
            string.Join(", ", suffixes), nickname);
    }

    private static PersonName FromFirstLastOrder(List<string> pieces, List<string> suffixes, bool hasNickname)
    {
        var titles = TakeLeadingTitles(pieces, keepOne: false);
        if (pieces.Count == 0) return PersonName.Empty with { Title = string.Join(" ", titles) };
        if (pieces.Count == 1)
        {
            // One word left: after "Sir"/"King" it is a first name; after "Rev"/"Dr", or beside a nickname, a last name.
            var firstNameTitle = titles.Count > 0 && FirstNameTitles.Contains(Key(titles[^1]));
            var single = pieces[0];
            return (titles.Count > 0 && !firstNameTitle) || hasNickname
                ? new PersonName(string.Join(" ", titles), "", "", single, "", "")
                : new PersonName(string.Join(" ", titles), single, "", "", "", "");
        }
        var first = pieces[0];
        pieces.RemoveAt(0);
        first = TakeDevotionalComplement(first, pieces, leave: 1);
        suffixes.AddRange(TakeTrailingSuffixes(pieces, keep: 1, firstName: first));
        var groups = JoinParticles(pieces);
        var last = groups.Count > 0 ? groups[^1] : "";
        var middle = string.Join(" ", groups.Take(groups.Count - 1));
        return new PersonName(string.Join(" ", titles), first, middle, last, "", "");
    }

    /// <summary>Removes leading titles; keeps at least one piece unless the whole thing is titles.</summary>
    private static List<string> TakeLeadingTitles(List<string> pieces, bool keepOne)
    {
        var titles = new List<string>();
        // "His Excellency Lord Duncan": titles stop before the last word, unless the name is one title ("Coach").
        while (pieces.Count > 0 && IsTitle(pieces[0]) && (pieces.Count > 1 || (!keepOne && titles.Count == 0)))
        {
            titles.Add(pieces[0]);
            pieces.RemoveAt(0);
        }
        return titles;
    }

    /// <summary>Removes trailing suffixes, leaving at least <paramref name="keep"/> pieces.</summary>
    private static List<string> TakeTrailingSuffixes(List<string> pieces, int keep, string? firstName = null)
    {
        var found = new List<string>();
        while (pieces.Count > keep)
        {
            var piece = pieces[^1];
            var before = pieces.Count > 1 ? pieces[^2] : firstName;
            // (A generation spelled out after an initial alone is the surname: "John A. Junior"; a review.)
            var isSuffix = IsSuffix(piece) && !(piece.ToLowerInvariant() is "junior" or "senior" && before is not null && IsInitial(before) && pieces.Count == 2)
                // A capital I, V or X ends "Larry James Johnson I" as a generation, but is an initial in "Larry V I".
                || (piece is "I" or "V" or "X" && found.Count == 0 && pieces.Count >= 2 && before is not null && !IsInitial(before));
            if (!isSuffix) break;
            found.Insert(0, piece);
            pieces.RemoveAt(pieces.Count - 1);
        }
        return found;
    }

    /// <summary>
    /// "María de los Ángeles", "José de Jesús", "Juan de Dios": a Spanish given name of the Marian or
    /// devotional kind takes its complement, which only looks like a surname's particle. It is joined to
    /// the first name when at least <paramref name="leave"/> pieces are left after it (the surname:
    /// "Ana de Jesus" alone keeps de Jesus as her surname, as in Portuguese naming). Complements that are
    /// as often surnames (de la Cruz, de los Santos, de la Rosa) are not on the list.
    /// </summary>
    private static string TakeDevotionalComplement(string first, List<string> pieces, int leave)
    {
        // Every complement begins with "de" or "del": the test that keeps the folding off nearly every row.
        if (pieces.Count == 0 || !pieces[0].StartsWith("de", StringComparison.OrdinalIgnoreCase) || !DevotionalFirstNames.Contains(Fold(first))) return first;
        var folded = pieces.Take(DevotionalComplements[0].Length).Select(Fold).ToList(); // once, not per complement
        foreach (var complement in DevotionalComplements)
        {
            if (pieces.Count < complement.Length + leave) continue;
            var matches = true;
            for (var i = 0; i < complement.Length && matches; i++) matches = folded[i] == complement[i];
            if (!matches) continue;
            first += " " + string.Join(" ", pieces.Take(complement.Length));
            pieces.RemoveRange(0, complement.Length);
            return first;
        }
        return first;
    }

    /// <summary>Lower case, without a trailing dot or accents: "María" and "MARIA" and "Ma." compare as "maria" and "ma".</summary>
    private static string Fold(string piece) => TextCleaning.FoldAccents(Key(piece));

    /// <summary>"de la Vega", "van der Velt", "von bergen wessels": a particle takes what follows, up to the next particle.</summary>
    private static List<string> JoinParticles(List<string> pieces)
    {
        var groups = new List<string>();
        var inParticleGroup = false;
        var groupHasName = false;
        foreach (var piece in pieces)
        {
            var isParticle = Particles.Contains(Key(piece));
            if (isParticle && (!inParticleGroup || groupHasName))
            {
                groups.Add(piece);
                inParticleGroup = true;
                groupHasName = false;
            }
            else if (inParticleGroup)
            {
                groups[^1] += " " + piece;
                groupHasName |= !isParticle;
            }
            else
            {
                groups.Add(piece);
            }
        }
        // A particle with nothing after it ("vai la") is an ordinary word.
        return groups;
    }

    /// <summary>Words, with conjunctions joined to their neighbours and emoji dropped.</summary>
    private static List<string> Pieces(string part, bool lastNamePart)
    {
        var words = Whitespace().Split(part.Trim()).Where(w => w.Length > 0 && !IsOnlySymbols(w)).ToList();
        var groups = new List<string>();
        var joinNext = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (IsConjunction(word, i, words, lastNamePart))
            {
                if (groups.Count > 0) groups[^1] += " " + word;
                else groups.Add(word);
                joinNext = true;
            }
            else if (joinNext && groups.Count > 0)
            {
                groups[^1] += " " + word;
                joinNext = false;
            }
            else
            {
                groups.Add(word);
            }
        }
        return groups;
    }

    private static bool IsConjunction(string word, int index, List<string> words, bool lastNamePart)
    {
        var key = word.ToLowerInvariant();
        if (!Conjunctions.Contains(key)) return false;
        if (key.Length > 1) return true;
        // "y" and "e" join only between two names: "Velasquez y Garcia", not "John e Smith" or "e j smith".
        if (index == 0 || index == words.Count - 1 || IsInitial(word)) return false;
        if (IsInitial(words[index - 1]) || IsInitial(words[index + 1])) return false;
        // Suffixes do not count: "John e Smith III" is still three names.
        return lastNamePart || words.Count(w => !IsSuffix(w)) >= 4;
    }

    /// <summary>The text without its nicknames ("(Bob)", "\"Big Ben\""), and the nicknames. Pronouns in brackets ("(He/Him)") are dropped, not taken for a nickname ("Hi He/Him").</summary>
    internal static (string Text, string Nickname) ExtractNicknames(string text)
    {
        var nicknames = new List<string>();
        text = Nickname().Replace(text, m =>
        {
            if (!Pronouns().IsMatch(m.Groups["n"].Value)) nicknames.Add(Collapse(m.Groups["n"].Value));
            return " ";
        });
        return (Collapse(text), string.Join(" ", nicknames));
    }

    /// <summary>The text without pronouns in brackets ("Chen (He/Him)" is "Chen"); other brackets are kept.</summary>
    internal static string WithoutPronouns(string text) =>
        text.Contains('(') ? Collapse(BracketedPronouns().Replace(text, " ")) : text;

    [GeneratedRegex(@"\(\s*(?:he|she|they|xe|ze|ey|fae|any)\s*/\s*\w+(?:\s*/\s*\w+)?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedPronouns();

    [GeneratedRegex(@"^\s*(?:he|she|they|xe|ze|ey|fae|any)\s*/\s*(?:him|her|hers|them|theirs|xem|zir|hir|em|faer|they|she|he|all|any)(?:\s*/\s*\w+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronouns();

    internal static bool IsSuffixPart(string part)
    {
        if (DottedInitials().IsMatch(part.Trim())) return false;
        var compact = part.Replace(".", "").Replace(" ", "").ToLowerInvariant();
        if (Suffixes.Contains(compact) || RomanNumeral().IsMatch(part.Trim())) return true;
        var words = Whitespace().Split(part.Trim());
        return words.All(w => IsSuffix(w) || RomanNumeral().IsMatch(w));
    }

    /// <summary>Whether a word is a surname particle ("de", "van", "st", "mc").</summary>
    internal static bool IsParticle(string word) => Particles.Contains(Key(word));

    /// <summary>Whether a word is a name suffix ("Jr.", "III", "CPA").</summary>
    internal static bool IsSuffixWord(string word) => IsSuffix(word.TrimEnd(',')) || RomanNumeral().IsMatch(word.TrimEnd(','));

    private static bool IsSuffix(string piece) =>
        !IsInitial(piece) && !DottedInitials().IsMatch(piece) && Suffixes.Contains(piece.Replace(".", "").ToLowerInvariant());

    private static bool IsTitle(string piece)
    {
        // A piece joined by conjunctions ("Secretary of State") is a title when one of its words is.
        var words = piece.Split(' ');
        if (words.Length > 1) return words.Where(w => !Conjunctions.Contains(w.ToLowerInvariant())).Any(IsTitle);
        var key = Key(piece);
        if (Titles.Contains(key)) return true;
        var subparts = piece.Split(['.', '-'], StringSplitOptions.RemoveEmptyEntries);
        return subparts.Length > 1 && subparts.All(s => Titles.Contains(s.ToLowerInvariant()));
    }

    /// <summary>"J", "J." (a capital letter, or any letter with a dot).</summary>
    private static bool IsInitial(string piece) =>
        (piece.Length == 1 && char.IsUpper(piece[0])) || (piece.Length == 2 && char.IsLetter(piece[0]) && piece[1] == '.');

    internal static bool IsOnlySymbols(string word) =>
        word.EnumerateRunes().All(r => Rune.GetUnicodeCategory(r) is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark);

    private static string Key(string piece) => piece.TrimEnd('.').ToLowerInvariant();

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>"J.R." (initials) as opposed to "Jr."; "M.D." and "D.D.S." stay suffixes because they are not Jr/Sr.</summary>
    [GeneratedRegex(@"^(?:[JjSs]\.[Rr]\.?)$")]
    private static partial Regex DottedInitials();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:i{1,3}|iv|vi{0,3}|ix|x)$", RegexOptions.IgnoreCase)]
    private static partial Regex RomanNumeral();

    // "(Ben)", "\"Big Ben\"", and 'Ben' standing alone (not the apostrophes of O'Connor or Mari').
    // Straight quotes, and the curly ones Word and Excel put in (“Bubba”, ‘Red’), which a Windows-1252 export keeps.
    [GeneratedRegex("""\((?<n>[^)]*)\)|"(?<n>[^"]+)"|“(?<n>[^“”]+)”|(?<!\S)'(?<n>[^']+)'(?!\S)|(?<!\S)‘(?<n>[^‘’]+)’(?!\S)""")]
    private static partial Regex Nickname();

    /// <summary>Given names that take a devotional complement ("Ma." is how rolls abbreviate María).</summary>
    private static readonly HashSet<string> DevotionalFirstNames = ["maria", "ma", "mari", "jose", "juan", "jesus", "ana", "juana", "josefa", "rosa", "luz"];

    /// <summary>The complements, longest first so that "del perpetuo socorro" wins over nothing shorter; folded as <see cref="Fold"/> folds.</summary>
    private static readonly string[][] DevotionalComplements =
    [
        .. new[]
        {
            "del perpetuo socorro", "del sagrado corazon", "de los angeles", "de los dolores", "de los milagros", "de los remedios",
            "de las mercedes", "de las nieves", "de las angustias", "de la luz", "de la paz", "de la concepcion", "de la asuncion",
            "de la soledad", "de la esperanza", "de la salud", "de la merced", "de la trinidad", "de la caridad", "de la natividad",
            "del carmen", "del rosario", "del pilar", "del socorro", "del refugio", "del consuelo", "del mar", "del cielo", "del transito",
            "de jesus", "de lourdes", "de guadalupe", "de fatima", "de dios", "de montserrat", "de belen",
        }.Select(c => c.Split(' ')).OrderByDescending(c => c.Length),
    ];

    private static readonly HashSet<string> Conjunctions = ["&", "and", "et", "e", "of", "the", "und", "y"];

    private static readonly HashSet<string> Particles =
    [
        "abu", "al", "bin", "bon", "da", "dal", "de", "degli", "dei", "del", "dela", "della", "delle", "delli", "dello",
        "der", "di", "do", "dos", "du", "ibn", "la", "le", "mac", "mc", "san", "santa", "st", "ste", "ter", "van", "vel", "von", "vander", "vanden",
    ];

    /// <summary>Titles after which a lone word is a first name ("Sir Gerald"), not a last name ("Rev Andrews").</summary>
    private static readonly HashSet<string> FirstNameTitles = ["sir", "dame", "king", "queen", "prince", "princess", "emperor", "empress", "duke", "duchess", "baron", "baroness"];

    private static readonly HashSet<string> Titles =
    [
        "mr", "mrs", "ms", "miss", "mx", "master", "madam", "madame", "mme", "mlle", "dr", "doctor", "prof", "professor", "rev", "reverend",
        "revd", "fr", "father", "pastor", "bishop", "archbishop", "cardinal", "rabbi", "imam", "sister", "brother", "elder", "deacon",
        "hon", "honorable", "honourable", "rt", "right", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "emperor",
        "empress", "duke", "duchess", "baron", "baroness", "count", "countess", "his", "her", "excellency", "majesty", "highness",
        "judge", "justice", "magistrate", "mag", "chief", "associate", "supreme", "us", "secretary", "state", "senator", "sen",
        "representative", "rep", "congressman", "congresswoman", "governor", "gov", "lt", "lieutenant", "gen", "general", "col",
        "colonel", "maj", "major", "capt", "captain", "cpt", "cmdr", "commander", "adm", "admiral", "sgt", "sergeant", "cpl", "corporal",
        "pvt", "private", "officer", "agent", "coach", "president", "vice", "mayor", "ambassador", "attorney", "atty", "the",
    ];

    private static readonly HashSet<string> Suffixes =
    [
        "jr", "sr", "junior", "senior", "jnr", "snr", // spelled out too: "John Smith, Junior" was first name Junior, last John Smith (a trial)
        "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "2nd", "3rd", "4th", "esq", "esquire", "phd", "md", "dds",
        "dmd", "do", "dvm", "od", "jd", "llm", "mba", "msc", "msced", "ms", "ma", "bs", "ba", "rn", "lpn", "np", "pa", "cpa", "cfa", "cfp",
        "clu", "chfc", "lutc", "cpl", "pe", "qc", "kc", "mp", "obe", "mbe", "cbe", "kbe", "ret", "usmc", "usn", "usaf", "rpl", "cpl",
        "pg", "cpg", "pgeo", "rplm", "cplm", // land and geology: professional geologist, landman
    ];
}
