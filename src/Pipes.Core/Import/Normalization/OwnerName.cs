using System.Text.RegularExpressions;

namespace Pipes.Import.Normalization;

/// <summary>Who owns an interest: mineral and royalty lists name companies, trusts, estates and couples as often as people.</summary>
public enum OwnerType
{
    Person,
    Couple,
    Organization,
    Trust,
    Estate,
}

/// <summary>
/// An owner name read for what it is.
/// </summary>
/// <param name="Type">Person, Couple, Organization, Trust or Estate.</param>
/// <param name="Person">The person to address: the one named, the first of a couple, a trustee or executor; null for an entity named alone.</param>
/// <param name="EntityName">The organisation's, trust's or estate's whole name as written ("Roe Land, LLC", "Estate of John Doe"); null for people.</param>
/// <param name="Role">The capacity the person signs in ("Trustee", "Executor", "Attorney-in-Fact", "Life Tenant"), or the organisation named in one ("Wilmington Trust, N.A., Trustee"); null when none.</param>
/// <param name="SecondPerson">The second person of a couple, as written or completed with the shared last name ("Mrs Sally Smith"); null otherwise.</param>
/// <param name="Aside">What the name carries that is no name and says something ("et al", "c/o Jane Doe", "aka Mary Jones", "by Karen Young, his Attorney-in-Fact", "ATTN: Land Dept", an interest such as "1/8 RI", a ward's "of the Estate of John Doe"), several joined by ", "; null when nothing.</param>
public sealed record OwnerName(OwnerType Type, PersonName? Person, string? EntityName, string? Role, string? SecondPerson, string? Aside = null);

/// <summary>
/// How a person's name without a comma is written: "John A Smith" (most lists), or "SMITH JOHN A" (county
/// tax rolls and appraisal district records). A name with a comma ("Smith, John A") says its own order.
/// </summary>
public enum NameOrder
{
    FirstLast,
    LastFirst,
}

/// <summary>
/// Reads owner names as land and royalty lists write them: an organisation by its legal form or
/// trade word ("Roe Land, LLC", "Poe Royalty Partners, Ltd."), a trust ("Doe Family Trust"), an
/// estate ("Estate of John Doe", "John Doe, Deceased"), a person in a capacity ("Jane Roe, Trustee",
/// "John Doe, Executor of the Estate of Mary Doe"), a couple ("Mr. Andrew and Mrs Sally Smith",
/// "Mr. &amp; Mrs. Patrick &amp; Rose Quill", "John Smith et ux Mary"). People's names are then split by
/// <see cref="NameSplitter"/>; an entity's name is never split, so that no legal form, role or
/// "Estate of" becomes a first name.
/// </summary>
public static partial class OwnerNameParser
{
    public static OwnerName Parse(string fullName) => Parse(fullName, NameOrder.FirstLast);

    /// <param name="fullName">The name cell as written.</param>
    /// <param name="order">How a person's name without a comma is written: "SMITH JOHN A" is John A Smith under <see cref="NameOrder.LastFirst"/>.</param>
    public static OwnerName Parse(string fullName, NameOrder order)
    {
        var text = Whitespace().Replace(fullName.Trim(), " ");
        // The owner's interest written after the name ("1/8 RI", "ORRI .0039", "(NPRI)"): no part of the
        // name (it became the last name, or a nickname), but worth keeping: set aside and said.
        string? interest = null;
        // Looked for in the name's last characters only: an interest is short, and a long cell costs no more.
        if (Interest().Match(text, Math.Max(0, text.Length - InterestLength)) is { Success: true, Index: > 0 } term && IsInterest(term) && !IsDate(text, term))
        {
            interest = term.Groups["aside"].Value.Trim();
            text = text[..term.Index].TrimEnd(' ', ',', '-', '\u2013');
        }
        // What is no name but says something: others unnamed ("et al"), a care-of, an alias. Set aside, and said.
        // Several, the last first: "Paul Wright et al c/o Linda Wright" (a trial: one was taken, and "Wright et al" was the last name).
        string? aside = null;
        for (var asides = 0; asides < 3 && Aside().Match(text) is { Success: true, Index: > 0 } found; asides++)
        {
            var said = found.Groups["aside"].Value.Trim().TrimEnd('.', ',').Trim();
            aside = aside is null ? said : said + ", " + aside;
            text = text[..found.Index].TrimEnd(' ', ',');
        }
        if (interest is not null) aside = aside is null ? interest : aside + ", " + interest;
        // "John Smith and wife, Mary Smith": a couple as deeds write it.
        text = SpouseWord().Replace(text, " & ");
        var owner = ParseName(text, order);
        return aside is null ? owner : owner with { Aside = owner.Aside is null ? aside : owner.Aside + ", " + aside };
    }

    private static OwnerName ParseName(string text, NameOrder order)
    {
        // How the owners hold title ("JTWROS", "h/w", "a single man") says nothing about who they are.
        var tenancy = Tenancy().Match(text);
        if (tenancy.Success && tenancy.Index > 0) text = text[..tenancy.Index].TrimEnd(' ', ',');

        // "CLARK JOHN & JANE REV LIV TR", "SMITH FAM TR": a county roll's trust, its owners' names in it; "TR" alone is a trustee.
        if (TrustAbbreviation().IsMatch(text)) return new OwnerName(OwnerType.Trust, null, text, null, null);

        // "Jane Roe, Trustee [of the Roe Family Trust]", "John Doe, Executor", "Jane Roe as Trustee".
        string? entityRole = null;
        var role = RoleClause().Match(text);
        if (role.Success && role.Index > 0)
        {
            var person = text[..role.Index].Trim().TrimEnd(',').Trim();
            var capacity = role.Groups["role"].Value;
            var of = role.Groups["of"].Value.Trim().TrimEnd('.', ',').Trim();
            // "Estate of John Smith, Jane Smith Executrix", "Smith Family Trust, John Smith Trustee": the entity, then its person.
            var comma = person.LastIndexOf(',');
            if (of.Length == 0 && comma > 0 && (IsEstate(person[..comma]) || IsTrust(person[..comma])))
                (of, person) = (person[..comma].Trim(), person[(comma + 1)..].Trim());
            var roleName = RoleName(capacity);
            // "Mary Doe, Guardian of the Estate of John Doe, a minor": a ward's estate is a living person's property, no deceased's estate.
            var ward = roleName.Contains("Guardian", StringComparison.OrdinalIgnoreCase) || roleName.Contains("Conservator", StringComparison.OrdinalIgnoreCase);
            var type = ward ? OwnerType.Person
                : of.Length > 0 && IsEstate(of) ? OwnerType.Estate
                : of.Length > 0 && IsTrust(of) ? OwnerType.Trust
                : roleName.Contains("Trustee", StringComparison.OrdinalIgnoreCase) ? OwnerType.Trust
                : roleName is "Executor" or "Executrix" or "Administrator" or "Administratrix" or "Personal Representative" or "Independent Executor" ? OwnerType.Estate
                : OwnerType.Person;
            if (person.Length > 0 && !IsOrganization(person) && !IsBank(person) && !IsEstate(person) && !IsTrust(person))
            {
                // Co-trustees or co-executors: "John Smith and Mary Smith, Trustees".
                if (order == NameOrder.LastFirst) person = SurnameFirst(person);
                var two = Couple(person);
                return new OwnerName(type, two?.Person ?? NameSplitter.Split(person), of.Length > 0 && type is OwnerType.Trust or OwnerType.Estate ? of : null, roleName, two?.SecondPerson,
                    ward && of.Length > 0 ? "of " + of : null);
            }
            // A bank or company in the capacity ("Wilmington Trust, N.A., Trustee"): read whole as below, with its role.
            entityRole = roleName;
        }

        // A legal form decides first ("Roe Trust Company, LLC" is a company); then estates, trusts, trade words.
        if (LegalForm().IsMatch(text)) return new OwnerName(OwnerType.Organization, null, text, entityRole, null);
        if (IsEstate(text)) return new OwnerName(OwnerType.Estate, null, text, entityRole, null);
        if (IsTrust(text)) return new OwnerName(OwnerType.Trust, null, text, entityRole, null);
        if (TradeWord().IsMatch(text)) return new OwnerName(OwnerType.Organization, null, text, entityRole, null);
        // "Frost Bank, Trustee": in a capacity, a bank is no person even without a legal form ("Bank" alone is also a surname).
        if (entityRole is not null) return new OwnerName(OwnerType.Organization, null, text, entityRole, null);

        if (order == NameOrder.LastFirst)
        {
            // One word of a county roll is a surname ("LEE"), not a first name.
            if (!text.Contains(' ')) return new OwnerName(OwnerType.Person, PersonName.Empty with { Last = text }, null, null, null);
            text = SurnameFirst(text);
        }
        if (Couple(text) is { } couple) return couple;
        return new OwnerName(OwnerType.Person, NameSplitter.Split(text), null, null, null);
    }

    /// <summary>
    /// "SMITH JOHN A" as "SMITH, JOHN A": the comma form that <see cref="NameSplitter"/> and <see cref="Couple"/>
    /// read as last name first. The surname is the first word with the particles before it ("DE LA CRUZ
    /// MARIA") and a generation after it ("SMITH JR JOHN"). A name that has a comma is left as it is.
    /// </summary>
    private static string SurnameFirst(string text)
    {
        if (text.IndexOf(',') is >= 0 and var comma)
        {
            // "SMITH JOHN, JR": a comma before a suffix alone says nothing of the order.
            var after = text[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return after.Length > 0 && after.All(NameSplitter.IsSuffixWord) ? SurnameFirst(text[..comma].Trim()) + " " + string.Join(' ', after) : text;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = 0;
        while (end < words.Length - 1 && IsSurnameParticle(words, end)) end++;
        // Particles that would leave no given name are the surname itself ("LE TUAN", "DO MINH").
        if (end >= words.Length - 1) end = 0;
        end++;
        while (end < words.Length - 1 && NameSplitter.IsSuffixWord(words[end])) end++;
        return end >= words.Length ? text : string.Join(' ', words[..end]) + ", " + string.Join(' ', words[end..]);
    }

    private static OwnerName? Couple(string text)
    {
        // "Smith, John and Jane", "Smith, John A. & Mary B.", "Van der Berg, Jan & Els": the surname is both people's.
        var comma = text.IndexOf(',');
        if (comma > 0 && CommaCouple(text[..comma].Trim(), text[(comma + 1)..].Trim()) is { } commaCouple) return commaCouple;

        // "John Smith et ux Mary", "John Smith et vir": the second person may be unnamed.
        var etUx = EtUx().Match(text);
        if (etUx.Success)
        {
            var first = text[..etUx.Index].Trim();
            var second = text[(etUx.Index + etUx.Length)..].Trim();
            var firstName = NameSplitter.Split(first);
            // "ETUX MARY" and a county roll's "ETUX MARY B": a given name (and its initial) takes the husband's surname.
            if (second.Length > 0 && firstName.Last.Length > 0 && (!second.Contains(' ') || GivenAndInitial().IsMatch(second))) second += " " + firstName.Last;
            return new OwnerName(OwnerType.Couple, firstName, null, null, second.Length > 0 ? second : null);
        }

        var words = text.Split(' ');
        var joins = words.Select((w, i) => (w, i)).Where(p => IsJoin(p.w)).Select(p => p.i).ToList();
        if (joins.Count == 0) return null;

        // "Mr. & Mrs. ..." and "Mr. and Mrs. ...": a pair of titles leads.
        string? title1 = null, title2 = null;
        if (joins[0] == 1 && words.Length > 3 && IsTitle(words[0]) && IsTitle(words[2]))
        {
            (title1, title2) = (words[0], words[2]);
            words = words[3..];
            joins = words.Select((w, i) => (w, i)).Where(p => IsJoin(p.w)).Select(p => p.i).ToList();
        }
        if (joins.Count == 0)
        {
            // "Mr. and Mrs. John Smith": one name for both.
            if (title1 is null || words.Length == 0) return null;
            var both = string.Join(' ', words);
            return new OwnerName(OwnerType.Couple, NameSplitter.Split(title1 + " " + both), null, null, title2 + " " + both);
        }
        var join = joins[0];
        if (join == 0 || join == words.Length - 1) return null;
        var left = string.Join(' ', words[..join]);
        var right = string.Join(' ', words[(join + 1)..]);
        var rightName = NameSplitter.Split((title2 is null ? "" : title2 + " ") + right);
        var leftWords = words[..join].Where(w => !IsTitle(w)).ToList();
        // "Andrew and Sally Smith", "Mr. Andrew and Mrs Sally Smith": the first person shares the last name,
        // before a suffix of theirs ("Smith, John Jr. & Mary" is John Smith Jr.).
        var leftSuffixes = leftWords.Skip(1).TakeWhile(NameSplitter.IsSuffixWord).Count();
        if (leftWords.Count - leftSuffixes == 1 && rightName.Last.Length > 0)
            left = leftSuffixes == 0 ? left + " " + rightName.Last : string.Join(' ', words[..(join - leftSuffixes)]) + " " + rightName.Last + " " + string.Join(' ', words[(join - leftSuffixes)..join]);
        var firstPerson = NameSplitter.Split((title1 is null ? "" : title1 + " ") + left);
        if (firstPerson.First.Length == 0 && firstPerson.Last.Length == 0) return null;
        return new OwnerName(OwnerType.Couple, firstPerson, null, null, ((title2 is null ? "" : title2 + " ") + right).Trim());
    }

    /// <summary>
    /// A particle that begins a surname ("DE LA CRUZ", "VAN DER BERG"). Le and Do are Vietnamese surnames
    /// more often than particles on a Texas roll ("LE THI MAI", "DO VAN AN"): particles only before another ("LE LA ...").
    /// </summary>
    private static bool IsSurnameParticle(string[] words, int index) =>
        NameSplitter.IsParticle(words[index])
        && (!words[index].Equals("le", StringComparison.OrdinalIgnoreCase) && !words[index].Equals("do", StringComparison.OrdinalIgnoreCase)
            || (index + 1 < words.Length && NameSplitter.IsParticle(words[index + 1])));

    private static OwnerName? CommaCouple(string surname, string rest)
    {
        if (surname.Split(' ').Length > 3 || Conjunction().IsMatch(surname)) return null;
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var join = Array.FindIndex(words, IsJoin);
        if (join <= 0 || join == words.Length - 1 || words[(join + 1)..].Any(IsJoin)) return null;
        // "John W. Smith, Jr. & Mary Smith": the comma sets off a suffix, not the given names.
        if (words[..join].All(NameSplitter.IsSuffixWord)) return null;
        var first = NameSplitter.Split(surname + ", " + string.Join(' ', words[..join]));
        if (first.First.Length == 0) return null;
        // County rolls repeat it: "SMITH JOHN A & SMITH MARY B".
        var second = words[(join + 1)..];
        var surnameWords = surname.Split(' ');
        if (second.Length > surnameWords.Length && second.Take(surnameWords.Length).SequenceEqual(surnameWords, StringComparer.OrdinalIgnoreCase))
            second = second[surnameWords.Length..];
        // "CARTER JOHN SR & JOHN JR": the second's generation follows the surname ("JOHN CARTER JR", not "JOHN JR CARTER").
        var suffixes = Enumerable.Reverse(second).TakeWhile(NameSplitter.IsSuffixWord).Count();
        if (suffixes > 0 && suffixes < second.Length)
            return new OwnerName(OwnerType.Couple, first, null, null, string.Join(' ', second[..^suffixes]) + " " + surname + " " + string.Join(' ', second[^suffixes..]));
        return new OwnerName(OwnerType.Couple, first, null, null, string.Join(' ', second) + " " + surname);
    }

    // "and/or", as pooling applications and deeds join owners ("John Doe and/or Jane Doe"; a trial split it "Doe and/or Jane").
    private static bool IsJoin(string word) => word is "&" or "+" || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("and/or", StringComparison.OrdinalIgnoreCase);

    private static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.').ToLowerInvariant());

    private static bool IsEstate(string text) => Estate().IsMatch(text);

    private static bool IsTrust(string text) => Trust().IsMatch(text);

    private static bool IsOrganization(string text) => LegalForm().IsMatch(text) || TradeWord().IsMatch(text);

    private static bool IsBank(string text) => Bank().IsMatch(text);

    [GeneratedRegex(@"\b(?:bank|banc\w*|n\.?a\.?$)", RegexOptions.IgnoreCase)]
    private static partial Regex Bank();

    /// <summary>The capacity as a signature block writes it: abbreviations written out ("exec" Executor, "POA" Attorney-in-Fact).</summary>
    private static string RoleName(string capacity) => capacity.Trim().TrimEnd('.').Trim('(', ')').Trim().ToLowerInvariant() switch
    {
        "exec" or "exr" => "Executor",
        "execx" or "exrx" => "Executrix",
        "admr" or "adm" => "Administrator",
        "admx" => "Administratrix",
        "poa" => "Attorney-in-Fact",
        "ttee" or "tte" or "tr" or "trste" or "trst" or "trs" => "Trustee", // county rolls' "BAKER ELLEN TRSTE" (a trial)
        "heir" or "heirs" => "Heir",
        "remainderman" or "remaindermen" => "Remainderman",
        var c when c.StartsWith("ind") && c.Contains("exec") => c.Contains("trix") || c.EndsWith("x") ? "Independent Executrix" : "Independent Executor",
        "life estate" or "life est" or "l/e" or "le" => "Life Tenant", // "Jane Roe, Life Estate", "JOHNSON MARY L/E": she holds for her life, the remaindermen after her
        _ => Capitalise(capacity),
    };

    private static string Capitalise(string role)
    {
        var words = Whitespace().Split(role.Trim().TrimEnd('.'));
        return string.Join(' ', words.Select(w => w.Length == 0 ? w
            : w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase) ? w.ToLowerInvariant()
            : w.Contains('-') ? string.Join('-', w.Split('-').Select(p => p.Length == 0 ? p : p.Equals("in", StringComparison.OrdinalIgnoreCase) ? "in" : char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()))
            : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    private static readonly HashSet<string> Titles = ["mr", "mrs", "ms", "miss", "mx", "dr", "rev", "prof", "hon", "sir", "dame", "lord", "lady"];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?:,\s*|\s+)(?:jtwros|jt\s*ten|jt|jtrs|tic|tenants\s+in\s+common|h/w|w/h|husband\s+(?:and|&)\s+wife|wife\s+(?:and|&)\s+husband|as\s+joint\s+tenants\b.*|a\s+married\s+couple\b.*|(?:a|an)\s+(?:single|unmarried|married|widowed|divorced)\s+(?:man|woman|person)\b.*|(?:a\s+)?widow(?:er)?|(?:dealing\s+in|as)\s+(?:his|her)\s+sole\s+and\s+separate\s+property|joint\s+tenants\b.*)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Tenancy();

    // After the name: ", et al", "c/o Jane Doe", "aka Mary Jones", "f/k/a ...", ", by Karen Young, his Attorney-in-Fact", "ATTN: Land Dept".
    [GeneratedRegex(@"(?:,\s*|\s+)(?<aside>et\.?\s*al(?:s|ia)?\.?|(?:c/o|care\s+of)\s+.+|(?<=,\s*)by\s+.+|(?:attn|attention)\b[:.]?\s*.+|(?:a/k/a|aka|f/k/a|fka|n/k/a|nka|formerly(?:\s+known\s+as)?)\s+.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Aside();

    /// <summary>
    /// An interest is a fraction, decimal or percentage, or an interest's abbreviation that is no name
    /// (ORRI, NPRI, NRI, NPMI, or words: "royalty interest"). Short ones that are also names or
    /// initials (RI, MI, WI, ORI, LOR, and "acres") count only with a number or in parentheses:
    /// "Frank White RI" keeps its RI, "Frank White (RI)" and "1/8 RI" do not.
    /// </summary>
    private static bool IsInterest(Match term)
    {
        var terms = term.Groups["terms"].Value;
        return term.Groups["aside"].Value.StartsWith('(') || terms.Any(char.IsAsciiDigit) || UnambiguousInterest().IsMatch(terms);
    }

    /// <summary>"Doe Living Trust dtd 12/2005", "u/a 3/1990": after a word that dates a trust, the number is its date, not an interest.</summary>
    private static bool IsDate(string text, Match term)
    {
        var before = text.AsSpan(0, term.Index).TrimEnd(" ,");
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Equals("dtd", StringComparison.OrdinalIgnoreCase) || word.Equals("dated", StringComparison.OrdinalIgnoreCase)
            || word.Equals("u/a", StringComparison.OrdinalIgnoreCase) || word.Equals("u/t/a", StringComparison.OrdinalIgnoreCase);
    }

    private const int InterestLength = 80;

    [GeneratedRegex(@"\b(?:orri|npri|nri|npmi|interest|royalty|net\s+(?:mineral|royalty)\s+acres)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnambiguousInterest();

    // After the name, as division orders and owner lists write an interest: "1/8 RI", "ORRI .0039", "(NPRI)",
    // "12.5% WI", "- 0.00390625 NRI", "(1/16 MI)", "25 NMA"; several joined by a comma, ';' or '&'.
    private const string InterestAmount = @"(?:\d+\s*/\s*\d+|\d*\.\d+\s*%?|\d+\s*%)";
    private const string InterestKind = @"(?<![\w.])(?:orri|npri|nri|npmi|ori|rri|lor|ri|mi|wi|nma|nra|acres?"
        + @"|(?:overriding\s+)?royalty\s+interest|overriding\s+royalty|working\s+interest|mineral\s+interest|net\s+revenue\s+interest"
        + @"|non-?participating\s+(?:royalty|mineral)(?:\s+interest)?|net\s+(?:mineral|royalty)\s+acres)(?!\w)";
    // A kind with an amount before it (a whole number too: "25 NMA") or after it, or an amount alone.
    private const string InterestTerm = @"(?:(?:" + InterestAmount + @"|\d+)\s*)?" + InterestKind + @"(?:\s*" + InterestAmount + ")?|" + InterestAmount;
    // Each term atomic: a term takes its amount whole, so a run of terms is read once, not in every split.
    // The separator is a mark with any spaces, or spaces alone: one way to read each gap, so a name that
    // does not end in terms fails at once instead of trying every split of its spaces.
    private const string InterestTerms = "(?>" + InterestTerm + @")(?:(?:\s*[,;&]\s*|\s+)(?>" + InterestTerm + "))*";

    [GeneratedRegex(@"(?:\s*[,\-\u2013]\s*|\s+|(?=\())(?<aside>\(\s*(?<terms>" + InterestTerms + @")\s*\)|(?<terms>" + InterestTerms + @"))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Interest();

    [GeneratedRegex(@"\s+(?:and|&)\s+(?:his\s+)?(?:wife|husband)\b,?\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex SpouseWord();

    [GeneratedRegex(@"(?<!\w)(?:and|&|\+)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\s+et\.?\s*(?:ux|vir)\.?(?:\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex EtUx();

    // A capacity after the person's name: ", Trustee", " as Trustee", ", Successor Co-Trustee of the X Trust".
    // Words that are also surnames (Agent, Guardian, Custodian) count only after a comma or "as".
    [GeneratedRegex(@"(?:(?:,\s*(?:ind(?:ividually)?\.?\s*(?:&|and)\s*as\s+)?|\s+as\s+)(?<role>(?:(?:successor|sole|independent|acting)\s+)?(?:co-?)?(?:trustees?|executor|executrix|administrator|administratrix|personal\s+representative|attorney[-\s]in[-\s]fact|agent|guardian|conservator|custodian|receiver|life\s+tenant|life\s+est(?:ate)?|heirs?|remainderm[ae]n|surviving\s+spouse|ind(?:ependent)?\.?\s*exec(?:utor|utrix|x)?|tr|ttee|tte|exec|execx|exr|exrx|admr|admx|poa))|\s+(?<role>(?:(?:successor|sole|independent|acting)\s+)?(?:co-?)?(?:trustees?|executor|executrix|administratrix|personal\s+representative|attorney[-\s]in[-\s]fact|ttee|tte|tr|trste|trst|trs|exec|execx|exr|exrx)|ind(?:ependent)?\.?\s*exec(?:utor|utrix|x)?|life\s+est(?:ate)?|life\s+tenant|l/e|\(\s*l/?e\s*\)|remainderm[ae]n))\.?(?:,?\s+(?:of|for|u/a|u/t/a|under)\s+(?<of>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleClause();

    [GeneratedRegex(@"^(?:the\s+)?(?:estate|est\.?|(?:unknown\s+)?heirs(?:,?\s+(?:and|&)\s+assigns)?|succession)\s+of\s|^(?:the\s+)?(?:unknown\s+)?heirs$|(?<!real\s|life\s)\b(?:estate|est|deceased|dec'd|decd)\.?\)?$|" + DeceasedMark + @"", RegexOptions.IgnoreCase)]
    private static partial Regex Estate();

    // A death written after the name (a trial's "Mary Jones (Dec.)", "Flo Hu, dec.", "Di Poe (died 2021)" were people, and "dec." a
    // first name): "dec." only after a comma or in parentheses (Dec is a surname too), "died" or "d." with its year or date.
    // ("d. 2019" only in parentheses: "Smith Family Trust d. 1/5/2019" is a trust's date; a review.)
    private const string DeceasedMark = @"(?:,\s*dec\.|\(\s*dec\.?\s*\)|\(\s*(?:died|d\.)\s+(?:in\s+)?(?:\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\s*\)|\bdied\s+(?:in\s+)?(?:\d{4}|\d{1,2}/\d{1,2}/\d{2,4}))\s*$";

    [GeneratedRegex(@"\b(?:deceased|dec['’]?d|decd)\b\.?\)?\s*$|" + DeceasedMark, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deceased();

    /// <summary>Whether a name is marked as its owner's who died ("Mary Smith (deceased)", "John Doe, Dec'd", "Flo Hu, dec.", "Di Poe (died 2021)").</summary>
    internal static bool MarkedDeceased(string name) => Deceased().IsMatch(name);

    [GeneratedRegex(@"\btrust\b|\b(?:u/a|u/t/a|dtd)\b|\brevocable\b|\bliving\s+trust\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trust();

    // A trust's kind, abbreviated as county rolls write it, then TR, TRST or TRU: "REV LIV TR", "REV TR", "LIVING TR", "FAM TR", "IRREV TRST".
    [GeneratedRegex(@"\s(?:rev(?:oc(?:able)?)?|irrev(?:oc(?:able)?)?|liv(?:ing)?|fam(?:ily)?|test(?:amentary)?|bypass|marital|survivors?)\.?\s+(?:(?:liv(?:ing)?|fam(?:ily)?)\.?\s+)?(?:tr|trst|tru)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrustAbbreviation();

    // "MARY B", "Mary B.": a given name and a middle initial, no surname.
    [GeneratedRegex(@"^\p{L}[\p{L}'-]+\s+\p{L}\.?$")]
    private static partial Regex GivenAndInitial();

    [GeneratedRegex(@"(?:^|[\s,])(?:l\.?l\.?c|l\.?l\.?p|p\.?l\.?l\.?c|lp|l\.p|inc|incorporated|corp|corporation|co|company|ltd|limited|plc|p\.c|gmbh|n\.a|s\.a|lllp)\.?$|\b(?:company|corporation|incorporated|limited|llc|inc)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LegalForm();

    // Trade words that are not also common surnames ("Church", "Bank" are: only "church of", "bank of"). A saint's church is one where
    // it starts the name ("St Marks Church", "Vestry of St. Paul Church"): after a given name it is a surname ("Mary St. Clair Church").
    [GeneratedRegex(@"\b(?:partners|partnership|ptnrshp|prtnrshp|ptnrs|holdings|minerals|royalty|royalties|resources|energy|petroleum|exploration|operating|properties|investments|ventures|enterprises|foundation|ministries|university|association|fund|group|church\s+of|(?:baptist|methodist|catholic|lutheran|presbyterian|episcopal|christian|community|bible|united)\s+church|(?<=^\W*(?:the\s+)?|\bof\s+(?:the\s+)?)(?:st\.?|saint|holy|sacred)\s+[\p{L}'.]+(?:\s+[\p{L}'.]+)?\s+church|bank\s+of|national\s+bank|state\s+of|united\s+states|county\s+of|city\s+of|town\s+of|school\s+district|isd|board\s+of|commission|authority|hospital|college|county(?=\s*$)|bureau\s+of|land\s+office|diocese|children'?s\s+home|kingdom\s+hall|department|(?<=(?:&|\band)\s+)sons|oil\s+(?:&|and)\s+gas|land\s+(?:&|and)\s+cattle|ranch(?:es)?|farms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeWord();
}
