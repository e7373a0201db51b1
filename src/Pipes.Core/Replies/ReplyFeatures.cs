using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipes.Replies;

/// <summary>
/// The features the intent model reads from a reply's new text. The text is first reduced to what the person
/// said (<see cref="ReplyText.Body"/>: no greeting line, no signature block), then lower-cased with accents
/// folded; addresses, phone numbers, times, amounts and other numbers become placeholders, and weekday and month
/// names in the five languages become &lt;day&gt; and &lt;month&gt;, so "call me Monday at 555-1234" reads like
/// "call me Thursday at 432-555-0100" and no single number or address is learnt. A word in the scope of a negation
/// (not, no, never, n't, pas, jamais, nicht, kein, nunca, não, nem … up to the next punctuation, at most four words)
/// is marked with "~", so "not interested" gives "~interested" and not "interested". Features: each word, each
/// pair of words, letters 3 to 5 inside each word (they carry "interes…", "intéress…", "interess…" across the
/// languages and survive misspellings) and a few shape features (a question, a lone phone number, an address other
/// than the sender's). Each feature is an FNV-1a hash of its name, stable across processes and platforms.
/// </summary>
public static partial class ReplyFeatures
{
    /// <summary>One feature: its stable hash and, for explanations, where its text is (the name is built only when asked).</summary>
    public readonly record struct Feature(uint Hash, string Kind, string Text, int Start, int Length)
    {
        /// <summary>"kind:text", e.g. "w:number", "w:~interested", "c:umb", "shape:question".</summary>
        public string Name => Kind + ":" + Text.Substring(Start, Length);
    }

    /// <summary>The set of features of a text, without duplicates, in first-seen order.</summary>
    /// <param name="newText">The reply's new text (see <see cref="ReplyText"/>).</param>
    /// <param name="otherAddress">Whether the new text names an e-mail address that is neither the sender's nor ours.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Feature> Extract(string newText, bool otherAddress)
    {
        var body = ReplyText.Body(newText);
        var joined = Joined(body, out var count, out var allNumbers);

        // At most: the shape and cue features, and per word itself, its pair and 3 × length letters.
        var most = 16 + 3 * joined.Length;
        var features = new List<Feature>(most);
        var seen = new FeatureSet(most);
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Add(uint prefix, string kind, string text, int start, int length)
        {
            var hash = Fnv(prefix, text.AsSpan(start, length));
            if (seen.Add(hash)) features.Add(new Feature(hash, kind, text, start, length));
        }
        void AddWhole(string kind, string text) => Add(Prefix(kind), kind, text, 0, text.Length);

        AddWhole("bias", "1");
        if (body.Contains('?')) AddWhole("shape", "question");
        if (otherAddress) AddWhole("shape", "other-address");
        if (count > 0 && allNumbers) AddWhole("shape", "only-phone");
        if (count == 0) return features;
        for (var k = 0; k < Cues.Length; k++)
            if (Cues[k].Pattern.IsMatch(joined)) AddWhole("cue", Cues[k].Name);

        // joined is "^ w1 w2 … wn $": every word, pair and padded word is a run of it, hashed in place.
        var previous = 0;
        var at = 2;
        while (at < joined.Length - 1)
        {
            var end = joined.IndexOf(' ', at);
            var length = end - at;
            Add(WordPrefix, "w", joined, at, length);
            Add(PairPrefix, "w2", joined, previous, end - previous);
            // Letters of the word itself, negated or not (the mark is in the word feature): " word " padded by its spaces.
            var letters = joined[at] == '~' ? at + 1 : at;
            if (joined[letters] != '<' && joined[letters] != '?' && joined[letters] != '!')
            {
                var padded = end - letters + 2;
                var first = letters == at ? 0 : 1;   // before a negated word is its '~', not a space: no gram starts there
                for (var n = MinGram; n <= MaxGram; n++)
                    for (var s = first; s + n <= padded; s++)
                        Add(GramPrefix, "c", joined, letters - 1 + s, n);
            }
            previous = at;
            at = end + 1;
        }
        Add(PairPrefix, "w2", joined, previous, joined.Length - previous);
        return features;
    }

    /// <summary>"^ w1 w2 … wn $" for a text: normalised words, negated ones marked with '~'; sentence punctuation ends a negation's scope and is dropped.</summary>
    private static string Joined(string body, out int count, out bool allNumbers)
    {
        var normal = Normalize(body.Length > 4000 ? body[..4000] : body);
        var builder = new StringBuilder(normal.Length + 8);
        builder.Append('^');
        count = 0;
        allNumbers = true;
        var negation = 0;   // words of a negation's scope left
        foreach (var m in Tokens().EnumerateMatches(normal))
        {
            var token = normal.AsSpan(m.Index, m.Length);
            if (token.Length == 1 && token[0] is '.' or ',' or ';' or ':' or '(' or ')')
            {
                negation = 0;
                continue;
            }
            if (count == MaxWords) break;
            count++;
            builder.Append(' ');
            if (negation > 0 && token[0] != '<' && token[0] != '?' && token[0] != '!') { builder.Append('~'); negation--; }
            else negation = 0;
            if (token.Length == 1 && token[0] is '?' or '!') negation = 0;
            var mapped = Mapped(token);
            if (mapped is not null) builder.Append(mapped);
            else builder.Append(token);
            allNumbers &= token is "<phone>" or "<num>";
            if (IsNegator(token)) negation = NegationScope;
        }
        builder.Append(" $");
        return builder.ToString();
    }

    private static bool IsNegator(ReadOnlySpan<char> word) =>
        word.EndsWith("n't") || word.StartsWith("n'") || Negators.Contains(word);

    private static readonly SpanSet Negators = new(NegatorWords.Split('|'));

    /// <summary>The negating words (folded, lower case), '|'-separated: <see cref="IsNegator"/> and the decline cue read the same list.</summary>
    private const string NegatorWords =
        "not|no|never|nor|cannot|dont|wont|cant|isnt|didnt|doesnt|without|" +
        "ne|pas|jamais|ni|nunca|sin|nao|nem|nicht|kein|keine|keinen|keiner|nie|niemals|" +
        "ikke|ikkje|inte|" + // Norwegian, Danish, Swedish: an heir in Norway's "Jeg er ikke interessert" (a blind set's)
        "geen|niet|nooit";   // Dutch: an heir in the Netherlands' "Geen interesse, dank u." (a blind set's)

    /// <summary>
    /// The words that may stand between a negator and the wish it negates and keep that wish about us (folded, '|'-separated):
    /// adverbs ("not really", "not at all", "don't ever", "no longer", "ne … plus", "nicht mehr"), auxiliaries and verbs of
    /// wanting with their "to" ("won't be selling", "do not wish to sell", "not for sale", "no estamos", "não tenho", "je ne
    /// souhaite pas", "nicht an einem Verkauf") and the pronouns that stand for the writer ("no me llamen", "ne nous
    /// contactez plus"). Any other word is a verb or a thing of its own, and the negation is about it: "doesn't read her
    /// email" negates reading, not e-mail from us.
    /// </summary>
    private const string NegatedWishLead =
        "really|at|all|ever|even|currently|presently|actually|now|any|longer|anymore|more|again|be|been|being|to|for|want|wanna|wish|" +
        "looking|planning|plan|intend|intending|going|gonna|willing|open|ready|prepared|available|considering|me|us|" +
        "realmente|mas|ya|nos|te|le|les|lo|la|se|estoy|estamos|esta|estan|tengo|tenemos|tiene|quiero|queremos|quiere|deseo|" +
        "deseamos|desea|pienso|pensamos|planeamos|vamos|voy|a|de|vuelva|vuelvan|vuelvas|" +
        "vraiment|plus|du|tout|nous|vous|en|y|suis|sommes|est|sont|souhaite|souhaitons|voulons|veux|veut|desire|desirons|comptons|" +
        "wirklich|gar|mehr|weiter|derzeit|aktuell|momentan|zurzeit|daran|zu|an|einem|einer|uns|mich|sind|bin|ist|" +
        "mesmo|mais|estou|estao|tenho|temos|tem|quero|queremos|desejo|desejamos|pretendo|pretendemos|vou|em";

    private static string? Mapped(ReadOnlySpan<char> word) =>
        Days.Contains(word) ? "<day>" : Months.Contains(word) ? "<month>" : null;

    /// <summary>A fixed set of words looked up by span, so no token becomes a string to be looked up (.NET 8 has no span lookup on HashSet).</summary>
    private sealed class SpanSet
    {
        private readonly Dictionary<int, string[]> _byHash = [];

        public SpanSet(IEnumerable<string> words)
        {
            foreach (var group in words.Distinct(StringComparer.Ordinal).GroupBy(w => string.GetHashCode(w.AsSpan())))
                _byHash[group.Key] = [.. group];
        }

        public bool Contains(ReadOnlySpan<char> word)
        {
            if (!_byHash.TryGetValue(string.GetHashCode(word), out var candidates)) return false;
            foreach (var candidate in candidates)
                if (word.SequenceEqual(candidate)) return true;
            return false;
        }
    }

    // Folded (no accents), lower case: English, Spanish, French, German, Portuguese.
    private static readonly SpanSet Days = new(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "segunda", "terca", "quarta", "quinta", "sexta",
    ]);

    private static readonly SpanSet Months = new(
    [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "januar", "februar", "marz", "juni", "juli", "oktober", "dezember",
        "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
    ]);

    /// <summary>The FNV-1a state after "kind:", so that each feature hashes only its own text.</summary>
    private static uint Prefix(string kind) => Fnv(Fnv(2166136261u, kind.AsSpan()), ":".AsSpan());

    private static readonly uint WordPrefix = Prefix("w"), PairPrefix = Prefix("w2"), GramPrefix = Prefix("c");

    /// <summary>The hashes already met in one text: open addressing over a power-of-two table (0 is held apart, as the empty mark).</summary>
    private struct FeatureSet(int most)
    {
        private readonly uint[] _table = new uint[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)most * 2))];
        private bool _zero;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Add(uint hash)
        {
            if (hash == 0) { var added = !_zero; _zero = true; return added; }
            var mask = _table.Length - 1;
            for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
            {
                if (_table[slot] == hash) return false;
                if (_table[slot] == 0) { _table[slot] = hash; return true; }
            }
        }
    }

    private const int MinGram = 3, MaxGram = 5, MaxWords = 120, NegationScope = 4;

    /// <summary>Lower case, accents folded, addresses/URLs/phones/times/amounts/numbers as placeholders.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string Normalize(string text)
    {
        text = Email().Replace(text, " <email> ");
        text = Url().Replace(text, " <url> ");
        text = Phone().Replace(text, " <phone> ");
        text = Time().Replace(text, " <time> ");
        text = Money().Replace(text, " <money> ");
        // "document no. 482213", "Whitcomb No. 2": an abbreviation of "number", not a "no" that negates the words after it.
        text = NumberAbbreviation().Replace(text, " number ");
        text = Number().Replace(text, " <num> ");
        return Import.TextCleaning.FoldAccents(text.ToLowerInvariant());
    }

    /// <summary>FNV-1a, 32 bits, over the UTF-16 code units of "kind:text".</summary>
    public static uint Fnv(string kind, ReadOnlySpan<char> text) => Fnv(Prefix(kind), text);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint Fnv(uint hash, ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            hash = (hash ^ (c & 0xFFu)) * 16777619u;
            hash = (hash ^ (uint)(c >> 8)) * 16777619u;
        }
        return hash;
    }

    /// <summary>
    /// The label policy's cues (REPLY-LABELS.md), in the five languages, over the joined words (negated words carry '~',
    /// so "don't call me" is no request to call; a cue that starts with a negation, "no thanks", is written with the
    /// '~' its next words get, "no ~thanks", or it never matches): a model learns a cue's weight from every reply that shows it, where a
    /// few examples would not teach it the many ways to say it. Each is a feature like any other, not a rule.
    /// </summary>
    private static readonly (string Name, Regex Pattern)[] Cues =
    [
        ("ask", AskCue()), ("call", CallCue()), ("decline", DeclineCue()), ("wait", WaitCue()), ("who", WhoCue()), ("handoff", HandoffCue()),
    ];

    // Asking for the offer, the price, terms or documents, or about the money in other words: what kind of money or offer,
    // what are you offering or paying, a ballpark or rough figure, name your price, what is it (are they, would my share be)
    // worth; in the other languages too ("qué tipo de oferta", "qué ofrecen", "quelle offre", "que proposez", "was bieten
    // Sie", "was ist es Ihnen wert", "wieviel", "que tipo de oferta", "o que oferecem", "qual valor"); to have the offer sent again;
    // the offer signed and sent back ("I mailed the signed letter back"), or to be signed ("we will sign the lease"), and a copy asked
    // for ("mail us a clean copy"); a signed form attached ("Signed survey form is attached"); a number of ours asked in money ("what's 48
    // months in actual dollars"; not "what is that in real money? Nothing"); the total asked after ("what's the total
    // you're offering").
    // In Japanese, written as FoldAccents leaves it (voiced kana lose their mark: "が" reads "か", "ご" "こ"), inside a word: its sentences have no spaces ("リースに関心があります", "お送りいただけますか"; not "関心がありません", "関心がありました", "検討したいとは思いません"; a review's).
    // In Korean, as FoldAccents leaves it (syllables split into letters, as \u escapes): "서명할 의향이 있습니다" (willing to sign) and
    // "보내주시면" / "보내 주세요" (please send; not "보내지 말아 주세요"; a blind set's).
    // In Vietnamese, as FoldAccents leaves it: "xin gửi cho tôi hợp đồng" (please send me the contract), "tôi muốn bán" (I want to sell;
    // not "tôi sẽ bán cho người khác", I'll sell to someone else; a review's). In Tagalog: "Oo po, pipirmahan ko na po ang release" (yes,
    // I will sign the release; a blind set's), "magkano" (how much).
    [GeneratedRegex(@" (?:what (kind|sort|type) of (money|offer|offers|price|prices|number|numbers|figure|figures|amount|deal|dollars|bonus|royalty|terms|cash)|what (are|were|would|could|can|will|do|did|might) you (be )?(pay|paying|offer|offering|give|giving|propose|proposing|bid|bidding)|what you (would |could |might |will |can |are |'d )?(be )?(pay|paying|offer|offering|give|giving)|(are|were|would|will|could) you (be )?(offering|paying|proposing|bidding)|ballpark\w*|rough (figure|number|estimate|price|offer|idea)|name (a|your) (price|number|figure)|(what's|whats|what (is|are|would|will|might|could))( \S+){0,3} worth|que (tipo|clase) de (oferta|precio|dinero|cantidad|monto|valor|proposta|propuesta)|que (nos |me )?(ofrecen|ofrece|ofreceria|ofrecerian|pagan|paga|pagaria|pagarian|oferecem|oferece|ofereceriam|pagam|pagariam)|que (voces|voce) (oferecem|oferece|pagam|paga|pagariam|ofereceriam)|(qual|que) (e o |seria o )?valor|(quel|quelle) (genre d'offre|type d'offre|offre|somme|montant|prix)|que (proposez|offrez|payez)|qu'offrez|was (bieten|zahlen) sie|was wurden sie (bieten|zahlen)|(ist|ware) (es|das|sie) (ihnen )?(\S+ )?wert|wieviel|(welche|was fur) (art von )?(angebot|preis|summe|betrag)|signed(?: \S+){0,3} (?:form|forms|lease|leases|agreement|agreements|contract|papers|paperwork|documents|permit|easement|deed|release)s? (?:is|are) (?:attached|enclosed)|(?:attached|enclosed) (?:is|are|please find|you will find) (?:the|my|our|a|both) signed (?!(?:\S+ ){0,2}(?:revocation|withdrawal|refusal|notice))|(?:what's|whats|what is|what would|what will) (?:\S+ ){0,2}<num> (?:\S+ ){0,2}(?:be |come to )?in (?:actual |real |hard )?(?:dollars|money|cash)|(?:what's|whats|what is|what are|how much is) the (?:total|amount|price|figure|number|sum) (?:you're|you are|you'd|you would|you'll|you will) (?:be )?(?:offering|paying|proposing|giving)|(send|email|mail|forward|give) (me|us)( (the|your|an|a|over|more|some|a copy of))? (offer|price|pricing|number|numbers|terms|lease|contract|agreement|paperwork|details|info|information|documents|docs|ca|nda|psa|proposal|quote|rate|rates|bid)|what('s| is| are| would be| will be) (the|your|my) (offer|price|number|bid|terms|rate)|how much|what (would|could|can|will) you (pay|offer|give)|what (?:would|will|does|is|would be|will be) (?:my|our|his|her|their|mom's|dad's|the) (?:share|part|interest|portion|cut|half|third|fourth|quarter|fifth|sixth|seventh|eighth)(?: \S+){0,2} (?:come to|be worth|amount to|pay|bring)|what (?:do|would|should|must) (?:i|we) (?:need|have|got) to do(?!(?: \S+){0,8} (?:off|remove\w*|stop\w*|alone|opt|unsubscrib\w*|taken|deleted|leave)(?= ))|(?:i|we)(?: will|'ll| would|'d| can| want to| am ready to| are ready to| am willing to| are willing to)(?: \S+)? sign (it|your|the|this|that)|(send|email|mail|forward) (me|us) (a|another|the|your) (fresh |new |clean |blank |updated |revised )?(copy|copies|lease|form|forms)|make (me|us) an offer|best (offer|price)|(price|offer) per|(is|it's) it worth|(send|mail|email)(?<!(?:you|i|we|they|he|she|did|why|ever|would|will|to) \w+) (it|that|them|the offer|the letter|the papers) again|(mailed|sent|returned|dropped) (it )?(back )?(the|your|my) signed (letter|offer|agreement|contract|deed|papers|paperwork|documents|forms?|loi|psa)|signed (it|the (letter|offer|agreement|contract|deed|papers)|your (letter|offer|agreement|contract|deed|papers)) (and )?(mailed|sent|returned)|cuanto|(envieme|mandeme|enviame|mandame|envienos|mandenos|envie|mande) (la|su|el|una|los) (oferta|propuesta|contrato|precio|documentos)|cual (es|seria) (la|su) (oferta|propuesta)|combien|quel (serait|est|sera) (le|votre) (montant|prix|offre)|votre offre|(envoyez|envoyer) (moi|nous)|wie (viel|hoch)|(senden|schicken) sie (mir|uns)|ihr angebot|quanto|(envie|mande|enviem|mandem) (me|a|o|sua|seu)|qual (e|seria) (a|sua) (oferta|proposta)|\S*(?:(?:関心|興味)かあります(?!か|ません|ました)|お送りいたたけ|送っていたたけ|お送りくたさい|送ってくたさい|検討したい(?!とは|と思いません|ません))\S*|\S*\u1109\u1165\u1106\u1167\u11BC\u1112\u1161\u11AF\s\u110B\u1174\u1112\u1163\u11BC\S*|\S*\u1107\u1169\u1102\u1162\s?\u110C\u116E\S*|(?:xin|vui long|hay) gui (?:cho (?:toi|chung toi) )?(?:hop [đd]ong|giay to|đe nghi|de nghi|chi tiet)\S*|(?:toi|chung toi) (?:muon|[đd]ong y|se) (?:ky|ban|cho thue)\S*(?! cho (?:nguoi khac|ho|ong ay|ba ay|anh ay|chi ay|cong ty khac)\b)|(?<!hindi (?:po )?)(?<!hindi (?:ko|namin) (?:po )?)pipirmahan (?:ko|namin)|(?<= \^ )oo(?: po)?(?= )|magkano)(?= )")]
    private static partial Regex AskCue();

    // Asking to talk, or proposing a time (Vietnamese "gọi cho tôi", call me, as FoldAccents leaves it; not another's, "ông ấy đã gọi cho
    // tôi", he called me, nor "đừng gọi cho tôi", don't call me, which folds to "đung"; a review's).
    [GeneratedRegex(@" (?:(call|text|ring|phone) (me|us)|give (me|us) a (call|ring)|(let's|lets) (talk|chat|discuss|set|schedule|meet|get)|(schedule|set up|arrange|book) a (call|meeting|time)|can (we|you) (talk|chat|meet|schedule|set|get|call)|(are|is) you (free|available)|(i'm|i am|we're|we are) (free|available)|reach me|my (cell|number|phone|mobile)|(works|work) for (me|us)|(<day>|<time>) (works|is fine|is ok|ok)|llameme|llamame|llamenos|marqueme|hablemos|(me|nos) (puede|puedes|pueden) llamar|appelez moi|appelle moi|appelez nous|telephonez moi|parlons|discutons|rufen sie (mich|uns)|ruf mich|telefonieren|ligue me|(me|nos) ligue|me liga|podemos conversar|vamos conversar|(?<!(?:[đd]a|ay|ho|[đd]ang|vua|se|[đd]ung) )goi (cho )?(toi|chung toi))(?= )")]
    private static partial Regex CallCue();

    // A decline or opt-out: a negated wish (not interested, not selling, don't contact) whose negator is the word before it or
    // only adverbs, verbs of wanting and the writer's pronouns stand between (NegatedWishLead: "not at all interested",
    // "don't ever call", "don't add me", "no me llamen", "ne m'écrivez plus"; not "doesn't read her email"), a refusal in so
    // many words ("I must respectfully decline", "we are declining all offers", "Declined.", "rechazamos", "je refuse",
    // "lehnen … ab", "recuso"; "decline" only as the writer's verb, not the noun of "decline curves"), removal, a deal done
    // elsewhere ("sold it all", "nothing left to sell"; not "I thought we already leased it?", a question), "what part of NO", a no
    // said before ("I told you no last month", "Did I not tell your man on the telephone last Thursday NO?"); a third person's decline in the trust's or company's voice ("The Trust ... declines to
    // lease at this time", "declines both"); a pass ("I'll pass", not "I'll pass this along"); hostility ("go to hell", "get lost",
    // "pound sand") and "so don't bother"; an extension or renewal refused ("we won't be extending"), a signature refused ("I wouldn't
    // sign another thing"; not "I never signed", a fact), a lease left to expire ("let it expire"); a firm's or a vote's no ("declines to
    // grant an easement", "voted 41 to 2 against allowing"); a dare ("see you in court", "over my dead body", "See you at the hearing on the
    // 24th. Bring your risk penalty, I'll bring my lawyer.") and "do you think we're stupid".
    // In Japanese, written as FoldAccents leaves it (voiced kana lose their mark: "が" reads "か", "ご" "こ"), inside a word: its sentences have no spaces ("お断りします", "今後のご連絡はご遠慮ください"; a blind set's; not "お断りする理由はありません", "売るつもりはありませんでしたが"; a review's).
    // In Korean, written as FoldAccents leaves it (its syllables split into their letters, as \u escapes): "관심 없습니다" (not interested)
    // and "보내지 말아 주세요" (do not send; a blind set's).
    // In Vietnamese, as FoldAccents leaves it (its tone marks gone, "đ" kept): "không muốn ký" (do not want to sign), "không bán", "không
    // đồng ý ký", "không quan tâm" (not "không thể ký", cannot sign, nor "không quan tâm đến giá", the price does not matter; a review's).
    // "Xin đừng gửi thư nữa" is an opt-out (ReplyOptOut, on the marked text): folded, "đừng" is "đúng" (right) and "dùng" (use).
    // In Tagalog: "Hindi po ako interesado", "Hindi ko po pipirmahan ang release" (a blind set's).
    [GeneratedRegex(@" (?:(?=~)(?<= ~?(?:\S*n't|n'\S*|" + NegatorWords + @")(?: ~(?:" + NegatedWishLead + @"))* )~(?:m')?(interest\w*|interes\w*|intress\w*|selg\w*|s[äa]lj\w*|signer\w*|underskriv\w*|zainteres\w*|pisa\w*|pisz\w*|dzwo\w*|sprzeda\w*|podpis\w*|sell\w*|sale|lease\w*|leasing|ratif\w*|extend\w*|renew\w*|vend\w*|verkauf\w*|verpacht\w*|contact\w*|kontakt\w*|email\w*|mail|call\w*|writ\w*|send\w*|escrib\w*|envi\w*|mand\w*|ecri\w*|envoy\w*|schreib\w*|schick\w*|ligu\w*|appel\w*|llam\w*|m'interesse|(?:add|put) ~(?:me|us))|(?<=\^ )declin\w*|(?:i|we|je|nous|i'm|we're|i'll|we'll|i'd|we'd|i've|we've)(?: \S+){0,2} declin\w*|(?:must|respectfully|politely|kindly|regretfully|hereby|therefore) declin\w*|declin\w* to (?:lease|sell|sign|accept|proceed|participate|pursue|consider|entertain|move|go|renew|extend|respond)|(?:declines?|declining) to (?:grant|allow|give|permit|provide|approve|authorize|execute)|vot\w*(?: \S+){0,4} against(?= (?:allowing|granting|signing|leasing|selling|giving|letting|any|your))|(?:i'll|i will|we'll|we will|then) see you in (?:(?:\S+ ){0,3}(?:circuit|county|district|magistrate|federal|chancery|superior|probate|claims) )?court|go ahead and (?:condemn (?:it|me|us|the \S+)|sue (?:me|us)|take (?:it|me|us) to court)|see you (?:at|in) (?:the )?(?:hearing|court|commission)(?: \S+){0,8} (?:i'll|i will|we'll|we will) bring (?:my|our) (?:lawyer|lawyers|attorney|attorneys)|over my dead body|(?:said|say|says|voted|decided|answered) no(?: ~?(?:and|so|&))? ~?(?:i'm|i ~?am|we're|we ~?are) ~?with ~?(?:them|him|her)|(?:i|we)(?: (?:really|just|simply|truly|do))? (?:\S*n't|dont|not|never) ~want ~to ~hear ~?from ~?(?:you|y'all|your)(?! ~?(?:until|unless|before|till|this|right|for|at|today|now)(?= )(?! ~?(?:or|and) ~?(?:ever|never|again)))|you (?:think|take) (?:i'm|we're|i am|we are|me|us) (?:for )?(?:stupid|idiots?|dumb|fools?|a fool|morons?|suckers?)|declin\w* at this time|declin\w* (?:your|the|this|that|these|those|all|any|every|it|them|with|both|either|each|su|sus|la|el|votre|vos|cette|sua|seu|vossa)|rechaz\w*|refus\w*|recus\w*|lehne\w*(?: \S+){0,4} ab|ablehn\w*|abgelehnt|(remove|take|delete) (me|us|my)|off (your|the|this) (list|mailing)|unsubscrib\w*|stop (e?mailing|emailing|contacting|sending|calling|writing|texting)|leave (me|us) alone|go to hell|(?:in|into) the (?:burn barrel|burn pile|trash|garbage|wastebasket|woodstove|stove|fire)(?= (?:\$|where|with|along|like))|(?:letters?|offers?|these|them) (?:do|does|did|will|would|can|should)? ?(?:i|we) (?:have to |need to |got to |gotta )?burn|(?<=(?:\^|!) )get lost|get lost(?= (?:\$|!))|pound sand|drop dead|where the sun (?:don't|dont|doesn't|does ~not) ~?shine|(?:i|we) (?:sold|deeded|conveyed) (?:it|them|that|(?:those|the|my|our|that|all|all my|all our|all of my|all of our|all of the) (?:\S+ )?(?:minerals?|interests?|royalt\w*|rights|acreage|shares?))(?: (?!to |with )\S+){0,3} (?:(?:back )?in <num>|years ago|long ago)(?! ~?(?:but|and) ~?(?:kept|keep|reserved|retained|still|bought))|(?:don't|dont|do ~not) ~own(?: ~?\S+){0,4} ~?anymore(?!(?: ~?\S+){0,4} ~?but)|no ~longer ~own(?!(?: ~?\S+){0,4} ~?but)|oppos\w* (?:your|the|this|that) (?:application|pooling|well|spacing|order)|(?:told|tell|telling) (?:you|y'all|your \S+|him|them) where (?:to|you can|they can|he can|she can|it can) (?:put|stick|shove) it|(?:don't|dont|not) ~bother(?= \$| ~?(?:calling|writing|emailing|mailing|sending|contacting|replying|me|us|again))|quit (e?mailing|emailing|calling|contacting|writing)|no ~?more ~?(e?mails|emails|calls|letters)|(?<!(?:thought|think|thinks|believe|believed|assumed|guess|guessed) (?:\S+ ){0,3})(already|recently) (sold|leased|signed|committed)|sold (all|everything|it all)|nothing (left|more) to sell|nothing left|(some|what|which) part of no|(told|telling|said to|answered) (you|your \S+|him|them) no(?! ~?(?:one|longer|more|matter|doubt|body|sooner|later|less|other|need|problem|way)(?= ))|(?:did i not|did ~i ~not|didn't ~i|did not ~i) ~?tell ~?(?:you|your ~?\S+|him|her|them)(?: ~?\S+){0,6} ~?no(?= (?:\?|!|\$|~?(?:already|again|before|last|twice|once)))|(already|i|we) (said|told you) no|(?:i|we)(?:'ll| will| must| have to|'m going to| am going to) pass(?= (?:\$|for now|this time|thanks|thank|on (?:this|it|that|this one|(?:the|your) (?:offer|lease|permit|proposal|extension|deal))(?: \$| thanks| thank| for (?:now|the time being|the moment|this year)| and (?:on )?(?:the|your) (?:offer|lease|permit|proposal|extension|deal)(?: \$| thanks| thank| for (?:now|the time being|the moment|this year)))))|pass on (this|it)|(?<= (?:won't|wouldn't|never|will not|would not) )~sign(?= )|(?<= (?:i'm|i am|we're|we are) not )~signing(?! ~?(?:until|unless|till|before|yet|today|now|this|that|it|the|your) )(?= )|(?<= not ~?)~sign\w* ~?(?:a|one|another) ~?thing(?= )|(?<= not ~?)~sign\w* ~?anything(?= )(?! ~?(?:ourselves|myself|without|unless|until))|declin\w*(?: \S+){0,4} ~?(?:offer|proposal)s?(?= )|let (it|the lease|them|it all) (just )?(expire|lapse|run out)|no ~?(thanks|thank ~?you)|(dar|darme|de) de baja|baja|ya (vendimos|vendi|vendio|arrendamos|arrende|firmamos)|deja (vendu|signe|loue)|desinscri\w*|bereits (verkauft|verpachtet)|(entfernen|austragen|streichen) sie|ja (vendi|vendemos|arrendei)|descadastr\w*|(remova|retire) (me|meu)|\S*(?:お断り(?!する理由|しません|しない)|興味はありません|関心はありません|興味かありません|関心かありません|こ遠慮くたさい|つもりはありません(?!てした))\S*|\u1100\u116A\u11AB\u1109\u1175\u11B7\s?\u110B\u1165\u11B9\S*|\u1107\u1169\u1102\u1162\u110C\u1175\s\u1106\u1161\u11AF\S*|khong (?:muon |co y [đd]inh |[đd]ong y )?(?:ky|ban|cho thue)\S*|khong quan tam\S*(?! (?:[đd]en )?(?:gia|tien))(?= )|hindi (?:po )?(?:ako|kami) (?:po )?interesado|hindi (?:ko|namin) (?:po )?(?:pipirmahan|ibebenta)|ayaw (?:ko|namin) (?:po )?(?:pumirma|ibenta))(?= )")]
    private static partial Regex DeclineCue();

    // Not deciding yet: thinking, asking someone, will look later, undecided ("I haven't made up my mind"); not "asked me to let you
    // know that ...", which tells us something, nor "I'll see you in court".
    [GeneratedRegex(@" (?:(let me|i'll|i will|i need to|need to|have to|i must|we need to|we'll|we will) (think|talk|discuss|ask|check|look|consult|review|see(?! you in(?: \S+){0,4} court))|(?<!to )(let|will let) you know(?! that)|get back to you|~made ~up|~decided|undecided|on the fence|still (deciding|thinking|considering|weighing)|not ~?sure|~know|hold on|give me (some )?time|(voy a|tengo que|debo|vamos a|tenemos que) (pensar|consultar|hablar|revisar|preguntar|ver)|(le|te|les) aviso|je (vais|dois) (reflechir|en parler|consulter|voir|demander)|tiens au courant|(muss|werde|mochte|mussen|werden) \w+ ?\w* ?(besprechen|uberlegen|nachdenken|prufen|fragen)|melde mich|(vou|preciso|tenho que|vamos) (pensar|conversar|consultar|falar|ver)|(te|lhe) aviso)(?= )")]
    private static partial Regex WaitCue();

    // Who is this, how did you get my address, what is this about, I don't understand (as "~entiendo", "~comprends" are).
    [GeneratedRegex(@" (?:who (is this|are you|is this from|gave you|sent)|how did you (get|find)|(where|how) did you get|what is this (about|regarding)|is this (a scam|legit|about|for real)|wrong (person|address|email|number)|~understand|quien (es|eres|le dio|les dio|son)|(de )?que se trata|como (obtuvo|consiguio|obtuvieron|consiguieron)|~entiendo|qui (etes|vous a|est ce)|de quoi s'agit|~comprends|wer sind sie|woher haben sie|worum geht|verstehe ~?nicht|quem (e|sao|passou|deu)|do que se trata|(como|onde) (conseguiu|obteve|conseguiram)|~entendi)(?= )")]
    private static partial Regex WhoCue();

    // Sending us to someone else: talk to, take it up with, contact, handles it, looping in, forwarding, where the mail is to go ("direct
    // all correspondence regarding the tract to my attorney"; not "... to me"), "should be directed to", "she is the one who should be
    // talking to you". (Not "I have turned this over to my attorney": with nobody to reach it made the model say Referral, a review;
    // ReplyRules.HandoffToRelation reads it, where a way to reach the attorney is needed too.) "You want" and "you need" as the one to deal
    // with ("the one you want is my brother"), not our offer echoed ("now you want to buy what's left for pennies? No."; a blind set's).
    // In Japanese, written as FoldAccents leaves it (voiced kana lose their mark: "が" reads "か", "ご" "こ"), inside a word: its sentences have no spaces ("弟に直接ご連絡ください", contact my brother directly; a blind set's; asked, not "弟に連絡しましたが", I called my brother; a review's).
    [GeneratedRegex(@" (?:(talk|speak) (to|with)|(?:(?:direct|send|address|forward|refer|route) (?:(?:all|any|future|further|your) )*(?:correspondence|communications?|inquiries|questions|mail|matters|requests|offers|paperwork)(?: \S+){0,5}|should be (?:directed|sent|addressed|referred|forwarded)) to (?:(?:my|our|the) (?:attorney|attorneys|lawyer|lawyers|counsel|son|daughter|brother|sister|husband|wife|father|mother|dad|mom|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|agent|accountant|cpa|manager|trustee|executor|executrix|administrator|banker|landman|partner|representative|guardian)|him|her|mr|mrs|ms)(?= )|take (it|this|that|this matter) up with|(?<=(?:please|\^|you can|you could|you should|you might|you may|better) )check with (?:him|her|them|my|our|mr|mrs|ms|<email>)|(contact|reach out to|write to|email|e mail) (my|our|him|her|mr|mrs|ms|the|<email>)|you (want|need)(?! ~?(?:from|to know|to send|to have|to see|to buy|to purchase|to lease|to pay|to offer|to make|to take|me|us|anything|signed|to release|for)(?= ))|you (should contact|should talk to|should speak)|(handles|manages|takes care of|is in charge of|deals with|handling|runs) (this|that|it|our|my|the|all)|(looping|copying|cc'ing|cc'd|copied|forwarding|forwarded) (in|this|it|him|her)|(is|are) the (right|best) (person|contact)|(?:is|are) the ones? (?:who|that) (?:should|can|needs to|need to|has to|will|would) (?:be )?(?:talk|talking|speak|speaking|deal|dealing|work|working|handle|handling)|(hable|comuniquese|contacte|escribale|llamele) (con|a|al)|(se encarga|maneja|lleva) (de|los|el|la|esto)|(contactez|contacter|ecrivez a|adressez vous|voyez avec)|(s'occupe|gere)|en relation|(wenden sie sich|sprechen sie mit|schreiben sie an|kontaktieren sie)|(kummert sich|zustandig|betreut)|(fale com|entre em contato com|contate|procure)|(cuida|responsavel|trata) (disso|de|do|da)|\S*(?:弟|兄|姉|妹|息子|娘|夫|妻|弁護士|代理人|担当者)(?:に|へ|まて)(?:直接)?(?:こ)?連絡(?:を)?(?:くたさい|下さい|願|お願い|して(?:くたさい|下さい))\S*)(?= )")]
    private static partial Regex HandoffCue();

    [GeneratedRegex(@"<[a-z]+>|[\p{L}\p{N}]+(?:'[\p{L}]+)?|[?!.,;:()]|\p{So}")]
    private static partial Regex Tokens();

    // (Also how ReplyText finds the original's sender in a quote header.)
    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    internal static partial Regex Email();

    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{2,4}\b")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b\d{1,2}(?::\d{2})?\s?(?:a\.?m\b\.?|p\.?m\b\.?|h\d{0,2}\b|uhr\b|hrs?\b)|\b\d{1,2}:\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"(?:[$€£]\s?\d[\d,.]*(?:\s?[km]\b)?|\d[\d,.]*\s?(?:€|\$|dollars?|d[oó]lares|euros?|reais))", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b\d+(?:[.,/:]\d+)*\b")]
    private static partial Regex Number();

    // After a name ("Whitcomb No. 2", "Doc No. 5") or a record's word ("lease no. 4471"), never opening a sentence: "No. 2 offers from
    // you people already this year" is a no.
    [GeneratedRegex(@"(?<=\p{L}[ \t]{1,3})No\.[ \t]?(?=#?\d)|(?i:(?<=\b(?:doc|document|instrument|lease|well|unit|permit|file|case|order|reception|tract|lot|api|account|acct|check|box)\.?[ \t]{1,3})no\.[ \t]?(?=#?\d))")]
    private static partial Regex NumberAbbreviation();
}
