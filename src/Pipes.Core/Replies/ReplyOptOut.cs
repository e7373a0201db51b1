using System.Text;
using System.Text.RegularExpressions;

namespace Pipes.Replies;

/// <summary>What a reply's sender asked not to be contacted by: mail, calls (and texts), or at all.</summary>
public enum OptOutScope
{
    /// <summary>Any contact: "remove me from your list", "do not contact me", "leave me alone", "STOP".</summary>
    All,
    /// <summary>Mail only: "unsubscribe", "stop emailing me", "no more letters".</summary>
    Email,
    /// <summary>Calls and texts only: "stop calling me", "do not call", "don't text this number".</summary>
    Calls,
}

/// <summary>
/// A reply's request not to be contacted (CAN-SPAM's opt-out, 15 U.S.C. 7704(a)(4); the TCPA's do-not-call request): the words,
/// as written, and what they stop. <see cref="ReplyClassification.Classification"/> says whether the reply declines (REPLY-LABELS.md
/// puts "remove me, STOP, unsubscribe" under NotInterested); this says, whatever the class, that a list of people not to write to or
/// call takes the sender: "not now, keep us in mind" declines and is no opt-out, "I'm not selling, talk to my son Carl, and take me
/// off your list" is a Referral that is one. Text: <c>Email: "stop emailing me"</c>.
/// </summary>
public sealed partial record ReplyOptOut(OptOutScope Scope, string Words)
{
    public override string ToString() => $"{Scope}: \"{Words}\"";

    /// <summary>
    /// The opt-out a person's new text makes (quoted history, signatures and footers already taken out; an automatic reply or a
    /// mail server's report makes none), or null. A request undone by the words before it ("no need to remove me", "you don't
    /// have to unsubscribe me") is none; a "do not call" beside a request to write ("don't call, email me the offer") stops calls only.
    /// </summary>
    public static ReplyOptOut? Find(string newText)
    {
        var sender = newText;
        (newText, var start, var end) = Spelled(newText);
        // Every request counts toward the scope: "don't write, don't call, don't email" asks for all of it, though its first request
        // names mail only. The words reported are the first request's.
        ReplyOptOut? found = null;
        foreach (var match in RegexKinds.LeftmostFirst(RequestKinds, newText))
        {
            var before = Math.Max(0, match.Index - 40);
            if (Undone().IsMatch(newText.AsSpan(before, match.Index - before))) continue;
            // "Remove me? Ha, no: what's the number?" repeats the words to answer them; "can you remove me?" asks.
            if (EchoQuestion(newText, match)) continue;
            // "Don't call me before noon", "no me llame antes de las 5": when, not whether.
            var after = newText.AsSpan(match.Index + match.Length);
            if (Qualified().IsMatch(after)) continue;
            // "Do not call or email again" names both: any contact.
            var (calls, mail) = (match.Groups["calls"].Success, match.Groups["mail"].Success);
            // "No more calls or emails", "don't want any more letters and calls": a channel joined to the one named stops too
            // (a trial: Calls only, and the sender was written to). See JoinedChannel for what is no join.
            if (JoinedChannel().Match(newText, match.Index + match.Length) is { Success: true } joined)
                (calls, mail) = (calls || joined.Groups["calls"].Success, mail || joined.Groups["mail"].Success);
            var scope = calls == mail ? OptOutScope.All : calls ? OptOutScope.Calls : OptOutScope.Email;
            // A request of a channel already stopped can add nothing: the rest, which reads the whole reply again, is not weighed for it (a
            // reply of "stop calling me" over and over took seconds).
            if (found is not null && (found.Scope == OptOutScope.All || found.Scope == scope)) continue;
            var rest = string.Concat(newText.AsSpan(0, match.Index), " ", after);
            // "Do not contact my mother directly, I hold her power of attorney": for the person written to, by someone who speaks for
            // them. A third person with nobody speaking for them ("do not call my husband either") is theirs to ask.
            // A daughter asking to "stop calling her" of "my mother" speaks for her; "don't call my husband either" does not.
            if (match.Groups["third"].Success && !match.Value.Contains("direct", StringComparison.OrdinalIgnoreCase) && !SpeaksFor().IsMatch(newText)
                && !(NamesARelative().IsMatch(newText) && !AlsoAfter().IsMatch(after))) continue;
            var words = (start is null ? match.Value : sender[start[match.Index]..end![match.Index + match.Length - 1]]).Trim();
            // To whom or where, not whether, when the same channel is asked for elsewhere: "don't call me at work, my cell is ...",
            // "don't call my office, call my cell", "stop sending letters addressed to my late husband, send any offer to me", "quit
            // sending these to the ranch office, send it to my personal email", "no me llame a la oficina, mejor al celular". "Don't call
            // me at home, write to me" stops calls: nothing of the same channel is asked for. Nor is it when the other line or address is
            // stopped too ("don't call me at the office. Don't call my cell either", "no me llame a la oficina. Tampoco al celular"):
            // every place stopped is the channel stopped.
            var placed = match.Groups["place"].Success || Placed().IsMatch(after);
            if ((placed || Elsewhere().IsMatch(after)) && scope switch
                {
                    OptOutScope.Calls => Offered(AnotherLine(), rest, match.Index) || Offered(InvitesCalls(), rest, match.Index),
                    OptOutScope.Email => Offered(SendsToMe(), rest, match.Index) || Offered(InvitesEmail(), rest, match.Index),
                    _ => placed && Offered(AnotherLine(), rest, match.Index),
                }) continue;
            // Another person's request, reported by a sender who asks to be contacted: "My sister asked you to take her off your list.
            // I'm not her, call me", "My husband doesn't want to be contacted, but email me". Without the invitation the sender may speak
            // for the person written to ("Mr. Ruiz does not wish to receive further correspondence"), and it counts.
            // The request is the sender's own when it names them ("told you to stop contacting me", "asked you to stop calling us"),
            // and the person written to's when the sender speaks for them (holds power of attorney).
            var reported = (ReportedFor().IsMatch(newText.AsSpan(before, match.Index - before)) || match.Value.StartsWith("does", StringComparison.OrdinalIgnoreCase))
                && !NamesTheSender().IsMatch(match.Value) && !SpeaksFor().IsMatch(newText);
            if (reported && (InvitesCalls().IsMatch(rest) || InvitesEmail().IsMatch(rest) || AnotherLine().IsMatch(rest) || SendsToMe().IsMatch(rest))) continue;
            // A request that stops only a channel Pipes does not use (texts, paper letters) while the sender invites the one of the
            // same scope that it does ("do not text me, calls are fine"; "stop the letters, email me instead") is none: marking it
            // would stop the calls or the email asked for. The other way round ("don't call, text me") still stops calls.
            if (scope == OptOutScope.Calls && TextsOnly().IsMatch(words) && !CallWords().IsMatch(words) && InvitesCalls().IsMatch(rest)) continue;
            if (scope == OptOutScope.Email && PaperOnly().IsMatch(words) && !EmailWords().IsMatch(words) && InvitesEmail().IsMatch(rest)) continue;
            found = found is null ? new ReplyOptOut(scope, words) : found.Scope == scope ? found : found with { Scope = OptOutScope.All };
        }
        return found;
    }

    // Whether the text (the request taken out: it stood at stopAt) asks for contact by a line or an address that no stop covers. One is
    // stopped too when a negation stands a few words before it in its clause ("Don't call my cell either", "Tampoco al celular", "ni sur
    // mon portable", "und auch nicht auf dem Handy", "Nem no celular") with nothing between that turns it round ("if I don't pick up, try
    // my cell"); when "either" or "tampoco" follows it; or when "or", "ni", "oder" joins it to the stop with only a preposition or an
    // article between ("don't call me at work or on my cell").
    private static bool Offered(Regex evidence, string rest, int stopAt)
    {
        foreach (Match line in evidence.Matches(rest))
        {
            var start = line.Index == 0 ? 0 : rest.LastIndexOfAny(ClauseEnds, line.Index - 1) + 1;
            if (stopAt >= start && stopAt < line.Index) start = stopAt;
            var before = rest.AsSpan(start, line.Index - start);
            if (NegatedBefore().IsMatch(before) || JoinedBefore().IsMatch(before) || EitherAfter().IsMatch(rest.AsSpan(line.Index + line.Length))) continue;
            return true;
        }
        return false;
    }

    private static readonly char[] ClauseEnds = ['.', '!', '?', ';', ',', ':', '\n'];

    [GeneratedRegex("""(?:\b(?:not|never|nor|neither|dont|ni|tampoco|tampouco|nem|nicht|kein\w*|pas|jamais|nunca|n[ãa]o)\b|n't\b|\bno\s+(?:me|nos|le|les|lo|la|al|a|en|por|calls?|texts?|e-?mails?|mail|more)\b)(?:\W+(?!(?:try|use|instead|but|pero|mejor|sino|mais|plut[ôo]t|sondern|aber|mas|melhor|only|solo|s[óo]lo|nur|seulement|just)\b)[\w'’-]+){0,5}\W*$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedBefore();

    [GeneratedRegex("""\b(?:or|nor|ni|nem|oder|ou|o)\s+(?:(?:at|on|to|in|a|al|en|sur|au|auf|im|no|na|my|mon|ma|mi|meu|minha|the|la|el|le|dem|der|das|o)\s+){0,3}$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedBefore();

    [GeneratedRegex("""^[^.!?\n;,]{0,30}?\b(?:either\b(?!\s+way)|neither|tampoco|tampouco|tamb[ée]m\s+n[ãa]o|non\s+plus|auch\s+nicht)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EitherAfter();

    /// <summary>
    /// The opt-out a reply's subject makes when nothing is typed above the quote: "Unsubscribe", "REMOVE", "Re: Stop"; the reply
    /// prefixes (RE, FW, AW, RV, RES, TR, SV, WG) are taken off first. Null when the subject asks nothing.
    /// </summary>
    public static ReplyOptOut? FindInSubject(string subject) => Find(WithoutReplyPrefixes(subject));

    /// <summary>The subject without its leading reply and forward prefixes ("RE: FW: Offer" gives "Offer"; "AW:", "SV:", "RV:" and the rest).</summary>
    public static string WithoutReplyPrefixes(string subject) => ReplyPrefixes().Replace(subject, "");

    [GeneratedRegex("""^(?:\s*(?:re|fw|fwd|aw|rv|res|tr|sv|wg)\s*(?:\[\d+\])?\s*:\s*)+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefixes();

    // Text-speak and a slip of the keys in the words a request turns on ("pls remvoe me from ur list") are spelled out for the match;
    // Start and End give, for each character of the spelled text, where its word starts and ends in the sender's, so the words
    // reported are the sender's own. Null when nothing was spelled out (the text is the sender's).
    private static (string Text, int[]? Start, int[]? End) Spelled(string text)
    {
        StringBuilder? spelled = null;
        List<int>? start = null, end = null;
        var last = 0;
        foreach (Match token in Word().Matches(text))
        {
            var word = Respelled(token.Value);
            if (word is null) continue;
            spelled ??= new StringBuilder(text.Length + 16);
            start ??= new List<int>(text.Length + 16);
            end ??= new List<int>(text.Length + 16);
            for (var i = last; i < token.Index; i++) { spelled.Append(text[i]); start.Add(i); end.Add(i + 1); }
            foreach (var c in word) { spelled.Append(c); start.Add(token.Index); end.Add(token.Index + token.Length); }
            last = token.Index + token.Length;
        }
        if (spelled is null) return (text, null, null);
        for (var i = last; i < text.Length; i++) { spelled.Append(text[i]); start!.Add(i); end!.Add(i + 1); }
        return (spelled.ToString(), start!.ToArray(), end!.ToArray());
    }

    private static readonly string[] Slipped = ["remove", "unsubscribe"];

    private static readonly HashSet<string> GDropped = ["calling", "phoning", "texting", "ringing", "emailing", "mailing", "writing", "sending", "contacting", "bothering", "harassing"];

    private static string? Respelled(string word)
    {
        switch (word.ToLowerInvariant())
        {
            case "pls" or "plz" or "plse" or "pleez" or "pleaze": return "please";
            case "ur" or "yr": return "your";
            case "u": return "you";
            case "txt": return "text";
            case "txts": return "texts";
            case "txting" or "txtin" or "texing" or "textin" or "txtng": return "texting";
        }
        // A dropped g ("quit callin", "stop textin' me"): the verbs a request turns on.
        if (word.EndsWith("in", StringComparison.OrdinalIgnoreCase) && GDropped.Contains(word.ToLowerInvariant() + "g")) return word.ToLowerInvariant() + "g";
        if (word.Length < 5) return null;
        var lower = word.ToLowerInvariant();
        foreach (var target in Slipped)
            if (OneSlip(lower, target)) return target;
        return null;
    }

    // Two letters swapped ("remvoe"), one left out ("unsubcribe") or one doubled ("remmove"); never another word ("removed",
    // "remote": a letter added or changed).
    private static bool OneSlip(string word, string target)
    {
        if (word.Length == target.Length)
        {
            var i = 0;
            while (i < word.Length && word[i] == target[i]) i++;
            return i + 1 < word.Length && word[i] == target[i + 1] && word[i + 1] == target[i]
                && word.AsSpan(i + 2).SequenceEqual(target.AsSpan(i + 2));
        }
        if (word.Length == target.Length - 1)
        {
            for (var i = 0; i < target.Length; i++)
                if (target.AsSpan(0, i).SequenceEqual(word.AsSpan(0, i)) && target.AsSpan(i + 1).SequenceEqual(word.AsSpan(i))) return true;
            return false;
        }
        if (word.Length == target.Length + 1)
        {
            for (var i = 0; i + 1 < word.Length; i++)
                if (word[i] == word[i + 1] && word.AsSpan(0, i).SequenceEqual(target.AsSpan(0, i)) && word.AsSpan(i + 1).SequenceEqual(target.AsSpan(i))) return true;
        }
        return false;
    }

    [GeneratedRegex("""\b\p{L}+\b""", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // A request followed at once by a question mark, with no "can you" or "would you" before it, is the sender turning the
    // words over ("Remove me? Why would I?", "Unsubscribe? No, send the offer"), not asking. A "please" in it or before it, or a
    // thanks after it, asks with a question mark ("Please take me off your list?", "remove me from your mailing list? Thanks").
    private static bool EchoQuestion(string text, Match match)
    {
        var after = match.Index + match.Length;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        if (after >= text.Length || text[after] != '?') return false;
        if (match.Value.StartsWith("please", StringComparison.OrdinalIgnoreCase) || ThanksAfter().IsMatch(text.AsSpan(after + 1))) return false;
        // "Unsubscribe?" as the whole reply: nothing it could be turning over.
        if (text.AsSpan(0, match.Index).IsWhiteSpace() && text.AsSpan(after + 1).IsWhiteSpace()) return false;
        var before = Math.Max(0, match.Index - 30);
        if (PoliteAsk().IsMatch(text.AsSpan(before, match.Index - before))) return false;
        // A reproach for having to ask again asks once more: "How many times do I have to ask you people to take me off your list?".
        var sentence = Math.Max(0, match.Index - 90);
        return !Reproach().IsMatch(text.AsSpan(sentence, match.Index - sentence));
    }

    // The reproach's lead and its verb of asking, in the request's sentence: "how many (more) times / how often ... ask (you) to", "why do
    // I (keep having to / have to) tell y'all to", "were you not listening when we said". A question that only asks whether it was
    // said ("Did he ask you to remove me?", "Did I say remove me? No", "Who told you to stop calling?") has no lead, and turns the words over.
    // ("How many of these letters does it take before y'all get the hint and take me off your list?"; a blind set's.)
    [GeneratedRegex("""\bhow\s+(?:many\s+[^.!?\n]{0,40}\b(?:does|will|would)\s+it\s+take|much\s+longer|long)\s+(?:before|until|till|for)\s+[^.!?\n]{0,60}$|(?:\bhow\s+many\s+(?:more\s+)?times|\bhow\s+often|\bwhy\s+(?:do|must|should|does|did)\s+(?:i|we)\b|\b(?:not|n't)\s+(?:listening|hear(?:ing)?|read(?:ing)?|understand(?:ing)?)\b)[^.!?\n]{0,60}?\b(?:ask(?:ed|ing)?|tell(?:ing)?|told|sa(?:y|id))\s+(?:(?:you|u|y'?all)\s+(?:(?:people|guys|folks|all)\s+)?)?(?:to\s+)?$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reproach();

    [GeneratedRegex("""^\s*(?:thanks|thank\s+you|thx|ty|please|gracias|merci|danke|obrigad[oa])\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThanksAfter();

    // The person a request is for when it is not the sender ("do not contact my mother", "stop calling Mrs. Kline"): the "third" group
    // of the four request forms that may name one (Find counts it only from someone who speaks for them).
    private const string ThirdPerson = """(?<third>him|her|them|my\s+(?:elderly\s+|late\s+)?(?:mother|father|mom|mum|dad|husband|wife|grandmother|grandfather|grandma|grandpa|grandparents|parents?|aunt|uncle|clients?|principal)|our\s+clients?|(?:mr|mrs|ms|miss|dr)\.?\s+[\p{L}'-]+)""";

    // A line or an address of the sender's that a "don't" may name ("don't call my cell", "don't email my work address", "don't call my
    // number again", "don't phone the house"): the "place" group when it says which of theirs (work, home, cell), for a stop that may be where, not whether (Find).
    private const string OwnLine = """(?:(?:my|our)\s+(?:(?<place>(?:work|office|business|home|house|personal|private|cell|mobile|landline)(?:\s+(?:e-?mail(?:\s+address)?|address|phone(?:\s+number)?|number|line|account))?|cell\s*phone)|e-?mail(?:\s+address)?|phone(?:\s+number)?|number|line)|the\s+(?<place>house|home|landline|ranch|farm)(?:\s+(?:phone(?:\s+number)?|number|line))?)\b""";

    // Lists that hold no one to write to or call: "take me off the waiting list", "remove me from the guest list", "sáquenme de la lista
    // de espera", "retirez-moi de la liste d'attente". NoContactListBefore stands before an English "list", NoContactListAfter after a
    // Spanish, Portuguese or French one (and after "retirez-moi", which names none).
    private const string NoContactListWords = "waiting|wait|guest|short|wish|price|shopping|grocery|to-?do|bucket|invite|invitation|reading|gift|wedding|party";

    private const string NoContactListBefore = $$"""(?<!\b(?:{{NoContactListWords}})\s+)""";

    private const string NoContactListAfter = """(?!\s+(?:(?:de\s+)?(?:(?:la|una|su|sa|votre|cette)\s+)?liste?a?s?\s+)?(?:d[eao]s?\s+|d['’]\s*)(?:espera|attente|precios|pre[çc]os|prix|invitad[oa]s|convidad[oa]s|invit[ée]s|compras|courses|regalos|presentes|cadeaux|deseos|desejos|boda|casamento|mariage|tareas|tarefas|pendientes|lectura|leitura|lecture)\b)""";

    // What a threat that turns on further contact goes on to say ("... and I'll report you", "... and I'm suing"), within the sentence:
    // the look-ahead of the three threat forms below.
    private const string ThreatAfter = """(?=[^.!?\n]{0,80}?\b(?:report\w*|sue|suing|complain\w*|police|sheriff|cops|lawyer|attorney|harass\w*|fcc|ftc|ag|bbb|block\w*)\b)""";

    // "Stop doing" in each language takes the verb after it: "dejen de contactarme", "no vuelvan a llamar" (no pronoun before the verb),
    // "arrêtez de m'appeler", "hören Sie auf, mich anzurufen", "deixem de me ligar". A past tense ("dejó de llamar") is none. Sending and
    // looking for, and the infinitive, ask it only of the sender ("dejen de mandarme", "dejar de llamarme"): "va a dejar de enviar los
    // cheques", "voy a dejar de buscar otras ofertas", "vou parar de procurar comprador" speak of something else.
    // The requests, in English, Spanish, French, German and Portuguese (the languages of the reply corpora and of the bounce
    // and absence rules). Named groups say the scope: "calls" for calls and texts, "mail" for mail; neither is any contact. "third" marks
    // a request for another person ("do not contact my mother"), which counts only from someone who speaks for them (Find).
    // A threat that turns on further contact ("if you call again I'll report you", "one more letter and I'm calling my lawyer") asks it
    // to stop; the same words with no threat after them ("call me again tomorrow and I'll have the deed") do not.
    // A bare "don't call." is a request where a clause starts ("Please don't call.", "Not selling, so don't call."), and a statement
    // after a subject ("Most buyers don't call.", "If I don't call, ..."). "I'd like to be removed" from something that is no list
    // ("taken off the mortgage first", "removed from the title") asks nothing of the buyer.
    // The requests in kinds, in the order above: RegexKinds.LeftmostFirst gives their matches as the one alternation of them all would.
    // As one alternation (kinds of ten and more too) the matcher was slow, 100 us a 64-character note, and one method too big for the
    // JIT to optimise soon (a process ran it unoptimised for seconds); apart, 7 us. Measured on 400 call-log notes, fully optimised.
    // "unsubscribe (me)"
    [GeneratedRegex($$"""
        \b(?:
          (?:unsubscribe\b(?:\s+me)?|unsubscribed\s+me)(?:\s+from\s+(?:your|these|this|the|all|any)\s+(?:\S+\s+)?(?<mail>e-?mails?|mailings?|newsletters?|letters))?
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestUnsubscribe();

    // "remove me", "delete my e-mail from your list", "delete my information"
    [GeneratedRegex($$"""
        \b(?:
          (?:please\s+)?(?:remove|delete|erase|purge|scrub)\s+(?:me|us)\b(?!\s+(?:from|off|as|on)\s+(?:this|the|that|your|our)\s+(?:\S+\s+)?(?:thread|cc|chain|conversation|e-?mail|call|meeting|invite|invitation|deed|lease|title|account|trust))(?!\s+(?:from|off|on)\s+(?:this|the|that|your|our|my|his|her)\s+(?:\S+\s+)?(?:{{NoContactListWords}})\s+list)(?:\s+(?:from|off)\s+(?:your|the|this|all|any)\s+(?:\S+\s+){0,2}?{{NoContactListBefore}}(?:list|lists|database|records|system|files|sequences?|campaigns?))?
        | (?:please\s+)?(?:remove|delete|erase|purge|scrub)\s+(?:my\s+(?:name|e-?mail(?:\s+address)?|address|info(?:rmation)?|details|contact\s+info(?:rmation)?|number|data)|this\s+(?:address|e-?mail\s+address|number))\s+(?:from|off)\s+(?:your|the|this|all|any)\s+(?:\S+\s+){0,2}?{{NoContactListBefore}}(?:mailing\s+lists?|list|lists|database|records|system|files|sequences?|campaigns?)
        | (?:please\s+)?(?:delete|erase|purge|remove|scrub)\s+(?:all\s+(?:of\s+)?)?my\s+(?:personal\s+)?(?:info|information|data|details|contact\s+(?:info(?:rmation)?|details))\b(?=\s*(?:[.!;]|$|,?\s+(?:and|please|thanks?|thank\s+you)\b))
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestRemoveMe();

    // "take me off your mailing list"
    [GeneratedRegex($$"""
        \b(?:
          (?:remove|take|drop)\s+(?!(?:\S+\s+){0,5}?(?:\S*%|percent|tracts?|leases?|wells?|sections?|acres?|acreage|property|properties|interests?|lots?|parcels?|units?|prices?|liens?|tax(?:es)?)\s)(?:\S+\s+){1,6}?(?:from|off)\s+(?:of\s+)?(?:your|the|this|all|any|whatever|every|each)\s+(?:\S+\s+){0,2}?{{NoContactListBefore}}(?:mailing\s+lists?|list|lists|database|sequences?|campaigns?|mailings?)\b(?!\s+(?:price|prices|value|amount))
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestTakeOffList();

    // "want off your list"
    [GeneratedRegex($$"""
        \b(?:
          (?:want|wants|wanna|would\s+like|'d\s+like|need)\s+(?:to\s+(?:be|get)\s+)?off\s+(?:of\s+)?(?:your|this|the|all|any)\s+(?:\S+\s+){0,2}?{{NoContactListBefore}}(?:mailing\s+lists?|list|lists|database)\b
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestWantOff();

    // "put me on your do not call list", "don't add me to any list", "opt me out"
    [GeneratedRegex($$"""
        \b(?:
          (?:put|add)\s+(?:me|us|my\s+number)\s+on\s+(?:your|the)\s+do[\s-]+not[\s-]+(?:(?<calls>call)|(?<mail>e-?mail|mail)|contact)\s+list
        | (?<mail>(?:do\s+not|don'?t|never)\s+add\s+(?:me|us|my\s+\S+)\s+to\s+(?:any|your|the)\s+(?:\S+\s+){0,2}?{{NoContactListBefore}}(?:list|lists|sequences?|campaigns?))
        | opt\s+(?:me|us)\s+out | opt(?:ing)?\s+out\s+of\s+(?:your|these|this|the|all|any)\s+(?:\S+\s+){0,2}?{{NoContactListBefore}}(?:e-?mails?|mailings?|list|lists|letters|offers|solicitations|messages)
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestOptOut();

    // "stop calling me"
    [GeneratedRegex($$"""
        \b(?:
          (?:stop|quit|cease)\s+(?:(?<mail>wasting\s+(?:your\s+|good\s+)?(?:stamps|postage|paper|ink|envelopes)(?:\s+on\s+(?:me|us))?|e-?mailing|mailing|sending\s+(?:me\s+|us\s+)?(?:e-?mails?|mail|letters|offers|these|this|junk|spam|(?:your|any\s+more|more|all\s+(?:this|these|your))\s+(?:[\w-]+\s+){0,2}?(?:e-?mails?|mail|letters|offers|junk|spam|garbage|trash|stuff|solicitations|flyers|postcards|nonsense)(?!\s+than\b))|writing(?:\s+to)?)|(?<calls>calling(?!\s+(?:me|us)\s+(?:a|an|names?|that|liars?|holdouts?|greedy|stubborn)\b)|phoning|texting|ringing)|contacting|bothering|harass(?:ing)?|pestering|soliciting)(?:(?:\s*,\s*|\s+)(?:(?:and|or|&)\s+)?(?:(?<mail>e-?mailing|mailing|writing)|(?<calls>calling|phoning|texting)))*(?:\s+(?:me|us|this\s+(?:address|number|house)|{{ThirdPerson}}))?
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestStopDoing();

    // "do not contact me again", "Please don't call.", "don't send me anything else, by mail or e-mail" (a blind set's; not "... anything
    // else but the ratification", a restriction, a review's)
    [GeneratedRegex($$"""
        \b(?:
          (?:do\s+not|don'?t|dont|never|not\s+to|please\s+don'?t|please\s+do\s+not)\s+(?:you\s+ever\s+|ever\s+)?(?:(?<mail>e-?mail|mail|write(?:\s+to)?|send\s+(?:me\s+)?(?:anything|any\s+more|anymore|mail|e-?mails?|letters|offers))|(?<calls>call|phone|text|ring)|contact|bother|solicit)(?:\s+or\s+(?:(?<mail>e-?mail|mail|write)|(?<calls>call|phone|text)))?(?:\s+(?:me|us|here|this\s+(?:address|number|house)|(?:the|my|our)\s+family)(?:\s+(?:again|anymore|any\s+more|ever\s+again))?|\s+(?:again|anymore|any\s+more|ever\s+again)|\s+{{OwnLine}}(?:\s+(?:again|anymore|any\s+more|ever\s+again))?|\s+{{ThirdPerson}}(?:\s+(?:directly|again|anymore|any\s+more|ever\s+again))?)
        | (?<=(?:^|[.!?;:,(\n\-–]|\b(?:please|so|and|but|just|then|also|now)\b)\s*)(?:do\s+not|don'?t|dont)\s+(?:ever\s+)?(?:(?<calls>call|phone|text|ring)|(?<mail>e-?mail|write))(?=\s*(?:[,;.!\-–]|$))
        | (?<mail>(?:do\s+not|don'?t|dont|never|please\s+don'?t|please\s+do\s+not)\s+send\s+(?:me|us)\s+anything\s+(?:else|more|further)\b(?!\s*,?\s+(?:but|except|than|besides|other\s+than|apart\s+from|until|till|before)\b))
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestDoNot();

    // "don't want any more letters", "does not wish to be contacted"
    [GeneratedRegex($$"""
        \b(?:
          (?:do\s+not|don'?t|does\s+not|doesn'?t)\s+(?:want|wish|care|desire)\s+(?:to\s+(?:receive|get)\s+(?:any\s+more\s+|anymore\s+|any\s+further\s+|further\s+|any\s+|these\s+|your\s+)?(?:(?<mail>e-?mails?|mail|letters|correspondence|mailings)|(?<calls>(?:phone\s+)?calls|texts)|offers|messages|contact|communications?|solicitations|anything(?:\s+(?:more|else))?\s+from\s+you)|to\s+hear\s+from\s+(?:you|your\s+\S+)\s+(?:again|anymore|any\s+more)|(?:any\s+more|anymore|any\s+further)\s+(?:of\s+(?:your|these|those|the)\s+)?(?:(?<mail>e-?mails?|mail|letters)|(?<calls>calls|texts)|offers|messages|solicitations))\b
        | (?:do\s+not|don'?t|does\s+not|doesn'?t)\s+(?:want|wish|care|desire)\s+to\s+be\s+(?:(?<calls>called|phoned|texted)|(?<mail>e-?mailed|mailed|written\s+to)|contacted|solicited|bothered|approached)\b
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestDoNotWant();

    // "would rather not be called", "want to be removed"
    [GeneratedRegex($$"""
        \b(?:
          (?:(?:would|'d)\s+(?:rather|prefer)|(?:I|we)\s+(?:prefer|ask|request)(?:\s+that\s+you)?)\s+not\s+(?:to\s+)?(?:be\s+(?:(?<calls>called|phoned|texted)|(?<mail>e-?mailed|mailed|written\s+to)|contacted|solicited|bothered)|(?:receive|get)\s+(?:any\s+(?:more\s+|further\s+)?|these\s+|further\s+)?(?:(?<mail>e-?mails?|mail|letters|mailings)|(?<calls>calls|texts)|offers|solicitations|messages))(?:\s+(?:by|over\s+the|via|on\s+the)\s+(?:(?<calls>phone|telephone|text)|(?<mail>e-?mail|mail|post|letter)))?\b
        | (?:want|wish|would\s+like|'d\s+like|ask(?:ed)?|request(?:ed)?|need)\s+(?:to\s+be|that\s+(?:I|we)\s+be)\s+(?:removed|taken\s+off|unsubscribed|deleted|dropped)\b(?!\s+as\b)(?!\s+(?:(?:from|off)\s+)?(?:the|this|that|your|our|his|her|my)\s+(?:\S+\s+)?(?:{{NoContactListWords}})\s+list)(?!\s+(?:(?:from|off)\s+)?(?:the|this|that|our|his|her|my)\s+(?:\S+\s+)?(?:deed|lease|title|thread|cc|chain|conversation|account|trust|division\s+order|will|estate|meeting|call))(?!\s+(?:(?:from|off)\s+)?(?:the|this|that|our|his|her|my)\s+(?![^.!?;\n]{0,30}?\b(?:lists?|database|records|system|files|sequences?|campaigns?|mailings?)\b))
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestRatherNot();

    // "cease all contact", "refrain from contacting me"
    [GeneratedRegex($$"""
        \b(?:
          (?:stop|cease|discontinue|end|halt|terminate)\s+(?:all|any)\s+(?:further\s+|future\s+)?(?:direct\s+)?(?:(?<mail>correspondence|mailings?|e-?mails?|letters)|(?<calls>(?:phone\s+)?calls)|contact|communications?|solicitations?|outreach)\b(?:\s+with\s+(?:me|us|{{ThirdPerson}}))?
        | refrain\s+from\s+(?:any\s+)?(?:further\s+|future\s+)?(?:direct\s+)?(?:(?<mail>correspondence|writing(?:\s+to)?|e-?mailing|mailing)|(?<calls>calling|phoning|texting)|contact(?:ing)?|communicat(?:ion|ing)(?:\s+with)?|solicit(?:ing|ations?))\b(?:\s+(?:with\s+)?(?:me|us|{{ThirdPerson}}))?
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestStopAll();

    // "send no further correspondence", "don't send me any more offers", "please do not send further offers"
    [GeneratedRegex($$"""
        \b(?:
          (?<mail>(?:direct|send|address)\s+no\s+(?:further|more)\s+(?:correspondence|mail|letters|e-?mails?))
        | (?<mail>(?:do\s+not|don'?t|never|please\s+don'?t)\s+send\s+(?:me\s+|us\s+)?(?:any\s+(?:more|further)\s+|anymore\s+|more\s+|further\s+|future\s+)(?:letters|e-?mails?|mail|offers|correspondence)(?:\s+(?:or|and|&)\s+(?:letters|e-?mails?|mail|offers))?)
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestSendNoMore();

    // "if you call again I'll report you", "one more letter and I'm calling my lawyer"
    [GeneratedRegex($$"""
        \b(?:
          if\s+(?:you|u|y'?all|anyone|anybody|somebody|someone|your\s+(?:people|company|office|firm|guys))\s+(?:ever\s+)?(?:(?<calls>calls?|phones?|texts?|rings?)|(?<mail>e-?mails?|writes?|mails?|sends?)|contacts?|bothers?)\b(?:\s+\S+){0,4}?\s+(?:again|one\s+more\s+time|ever\s+again|anymore|another\s+(?:letter|e-?mail|call|text|offer))\b{{ThreatAfter}}
        | (?:(?<calls>call|text|phone|ring)|(?<mail>e-?mail|write(?:\s+to)?|mail|send)|contact)\s+(?:me|us|this\s+\w+|my\s+\w+|here)\s+(?:again|one\s+more\s+time)\s*,?\s+and\s+(?:I|we)(?:'ll|\s+will|'m|\s+am|'re|\s+are)\b{{ThreatAfter}}
        | one\s+more\s+(?:(?<calls>call|text|voicemail)|(?<mail>letter|e-?mail|mailer|offer))\s+(?:from\s+(?:you|your\s+\w+)\s+)?and\s+(?:I|we)(?:'ll|\s+will|'m|\s+am|'re|\s+are)\b{{ThreatAfter}}
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestThreat();

    // "don't reach out again"
    [GeneratedRegex($$"""
        \b(?:
          (?:do\s+not|don'?t|never|(?<=\byou\s+)not)\s+reach\s+out(?:\s+to\s+(?:me|us))?\s+(?:again|anymore) | stop\s+reaching\s+out
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestReachOut();

    // "no more calls"
    [GeneratedRegex($$"""
        \b(?:
          (?<mail>no\s+(?:more|further)\s+(?:e-?mails?|mail|mailings|letters|offers|solicitations|correspondence))
        | (?<calls>no\s+(?:more|further)\s+(?:calls|phone\s+calls|texts))
        | no\s+(?:more|further)\s+(?:contact|communications?)
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestNoMore();

    // "leave me alone", "I don't want to hear from you people" (the sender's own, not "my sisters don't ...", "it's not that I don't ...",
    // nor "... until the estate is settled" or "... this year", a deferral), "enough with the
    // letters", "cease and desist", "lose my number", "do not call list"
    [GeneratedRegex($$"""
        \b(?:
          leave\s+(?:me|us)\s+alone
        | (?<!\bnot\s+that\s+)(?:i|we)\s+(?:(?:really|just|simply|truly)\s+)?(?:do\s+not|don['’]?t|never)\s+(?:want|wish|care)\s+to\s+hear\s+(?:back\s+)?from\s+(?:you|y['’]?all|your\s+(?:company|outfit|firm))\b(?!(?:\s+(?:people|guys|folks|all))?(?:\s+(?:again|anymore|any\s+more))?\s+(?:until|unless|before|till|this|right\s+now|for\s+now|now|at\s+the\s+moment|today|for\s+a\s+while)\b(?!\s+(?:or|and)\s+(?:ever|never|again|after)))
        | enough\s+(?:with|of)\s+(?:the|your|all\s+(?:the|your|these))\s+(?:(?<mail>post\s*cards?|letters?|mail(?:ers|ings)?|e-?mails?|flyers?)|(?<calls>(?:phone\s+)?calls|texts|voicemails?))(?:\s+(?:and|&)\s+(?:(?<mail>post\s*cards?|letters?|mail(?:ers|ings)?|e-?mails?|flyers?)|(?<calls>(?:phone\s+)?calls|texts|voicemails?)))?
        | cease\s+and\s+desist
        | lose\s+my\s+(?:(?<calls>number|phone\s+number)|(?<mail>e-?mail(?:\s+address)?|address)) | delete\s+my\s+(?<calls>(?:phone\s+)?number)\b
        | (?<calls>do\s+not\s+call\s+list)
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestLeaveAlone();

    // "dar de baja", "no me llamen", "dejen de escribirme"
    [GeneratedRegex($$"""
        \b(?:
          (?<!\b(?:di|dio|dimos|dieron|doy|damos|dado|estuve|estoy|estaba|estar|estar[ée]|est[áa]|estuvo|estamos)\s+)de\s+baja(?!\s+(?:mi|la|el|su|esa|ese|esta|este|nuestra|nuestro)\s+(?:l[ií]nea|n[uú]mero|cuenta|tel[eé]fono|celular|servicio|tarjeta|plan|contrato|auto|carro|coche)\b(?![^.!?\n]{0,30}?\bde\s+(?:su|sus|la|las|tu|tus|esta|esa)\s+(?:\S+\s+)?(?:listas?|base|registros?|datos|sistema)\b)) | (?:b[oó]rr|elimin|qu[ií]t|s[áa]qu|sac)(?:e|en|ar|enme|eme|ame|arme)\s+(?:de\s+(?:su|la|tu|sus)\s+(?:\S+\s+)?(?:lista{{NoContactListAfter}}|base\s+de\s+datos)|mis?\s+(?:correo|direcci[oó]n|nombre|n[uú]mero|informaci[oó]n|datos|tel[eé]fono))
        | (?:no|tampoco|ni)\s+(?:me|nos)\s+(?:vuelva[ns]?\s+a\s+)?(?:(?<calls>(?:env[ií](?:e|en|es|ar)|mand(?:e|en|es|ar))\s+(?:m[aá]s\s+)?(?:mensajes|mensajitos|textos|sms|whats\w*))|(?<mail>escrib(?:a|an|as|ir)|env[ií](?:e|en|es|ar)|mand(?:e|en|es|ar))|(?<calls>llam(?:e|en|es|ar)|marqu(?:e|en|es)|marcar)|contact(?:e|en|es|ar)|molest(?:e|en|es|ar))\b(?:\s+m[aá]s)?
        | no\s+(?:(?<mail>enviar|mandar|escribir)|(?<calls>llamar)|contactar|molestar)(?:me|nos)\b
        | no\s+vuelva[ns]?\s+a\s+(?:(?<calls>llamar)|(?<mail>escribir|mandar|enviar)|contactar|molestar|buscar)(?:me|nos|le|les)?\b
        | (?:dej|par)(?:e|en|a)\s+de\s+(?:(?<calls>llamar)|(?<mail>escribir)|contactar|molestar)(?:me|nos|le|les)?\b
        | (?:dej|par)(?:e|en|a|ar)\s+de\s+(?:(?<calls>llamar)|(?<mail>escribir|mandar|enviar)|contactar|molestar|buscar)(?:me|nos|le|les)\b
        | (?<mail>(?:dej|par)(?:e|en|a)\s+de\s+(?:mandar|enviar)(?:me|nos)?\s+(?:cartas|correos|mensajes|ofertas|e-?mails|publicidad))
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestSpanish();

    // "arrêtez de m'appeler", "hören Sie auf, mich anzurufen", "parem de me ligar"
    [GeneratedRegex($$"""
        \b(?:
          (?:arr[êe]t|cess)(?:ez|er|e)\s+de\s+(?:me\s+|m['’]\s*|nous\s+)(?:(?<calls>appeler|t[ée]l[ée]phoner)|(?<mail>[ée]crire|envoyer)|contacter|solliciter|harceler|d[ée]ranger)
        | h[öo]ren\s+sie\s+(?:bitte\s+)?(?:damit\s+)?auf,?\s+mich\s+(?:(?<calls>anzurufen)|(?<mail>anzuschreiben)|zu\s+kontaktieren|zu\s+bel[äa]stigen)
        | (?:par|deix)(?:e|em)\s+de\s+(?:me\s+|nos\s+)?(?:(?<calls>ligar|telefonar)|(?<mail>escrever)|contatar|incomodar)(?:-me)?\b
        | (?:par|deix)(?:e|em|ar)\s+de\s+(?:(?:me|nos)\s+(?:(?<calls>ligar|telefonar)|(?<mail>mandar|enviar|escrever)|contatar|procurar|incomodar)|(?:(?<calls>ligar|telefonar)|(?<mail>mandar|enviar|escrever)|contatar|procurar|incomodar)-(?:me|nos))\b
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestStopDoingAbroad();

    // "no quiero ser contactado", "ne veux plus être contacté", "möchte nicht mehr angerufen werden", "não quero mais ser contatado"
    [GeneratedRegex($$"""
        \b(?:
          n[ãa]o\s+(?:me\s+|nos\s+)?volte(?:m)?\s+a\s+(?:me\s+|nos\s+)?(?:(?<calls>ligar|telefonar)|(?<mail>mandar|enviar|escrever)|contatar|procurar)\b
        | no\s+quiero\s+(?:m[aá]s\s+)?ser\s+(?:contactad[oa]|molestad[oa]|(?<calls>llamad[oa]))
        | ne\s+(?:veux|souhaite|voulons|souhaitons)\s+plus\s+[êe]tre\s+(?:contact[ée]e?s?|sollicit[ée]e?s?|d[ée]rang[ée]e?s?|(?<calls>appel[ée]e?s?))
        | (?:m[öo]chte|m[öo]chten|will|wollen)\s+nicht\s+mehr\s+(?:kontaktiert|bel[äa]stigt|(?<calls>angerufen)|(?<mail>angeschrieben))\s+werden
        | n[ãa]o\s+quero\s+(?:mais\s+)?ser\s+(?:contatad[oa]|contactad[oa]|incomodad[oa]|procurad[oa]|(?<calls>ligad[oa]))
        | no\s+quiero\s+(?:recibir\s+)?(?:m[aá]s\s+)?(?:(?:sus|tus|los|las|estos|estas|esos|esas|su|tu)\s+)?(?:(?<mail>correos|cartas|e-?mails)|(?<calls>llamadas)|mensajes|ofertas)\b | no\s+quiero\s+recibir
        | (?:ya\s+)?no\s+(?:quiere|quieren|quiero|queremos|desea|desean|deseo|deseamos)\s+que\s+(?:la|lo|le|les|los|las|me|nos)\s+(?:vuelvan\s+a\s+)?(?:(?<calls>llamen|marquen)|(?<mail>escriban|manden|env[ií]en)|contacten|molesten|busquen)\b
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestWishNotAbroad();

    // "désinscrivez-moi", "ne m'écrivez plus"
    [GeneratedRegex($$"""
        \b(?:
          d[ée]sinscri\w+{{NoContactListAfter}} | d[ée]sabonn\w+ | retirez[\s-]+moi{{NoContactListAfter}} | (?:me|nous)\s+retirer\s+de{{NoContactListAfter}} | supprimez\s+(?:mon|mes)\s+(?:adresse|e-?mail|nom|coordonn[ée]es|num[ée]ro)
        | ne\s+(?:me\s+|m['’]\s*|nous\s+)(?:(?<mail>[ée]crivez|envoyez)|(?<calls>appelez|t[ée]l[ée]phonez)|contactez|sollicitez)\s+plus
        | ne\s+(?:me\s+|m['’]\s*|nous\s+)(?:(?<calls>appelez|t[ée]l[ée]phonez)|(?<mail>[ée]crivez)|contactez)\s+(?:pas|jamais)\b
        | de\s+ne\s+plus\s+(?:me\s+|m['’]\s*|nous\s+)(?:(?<mail>[ée]crire|envoyer)|(?<calls>appeler|t[ée]l[ée]phoner)|contacter|solliciter)
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestFrench();

    // "tragen Sie mich aus", "rufen Sie mich nicht mehr an"
    [GeneratedRegex($$"""
        \b(?:
          (?:verteiler|liste|newsletter|mailingliste|e-?mails)\s+abmelden | tragen\s+sie\s+mich\s+(?:bitte\s+)?aus(?!\s+(?:der|dem|ihrer|ihrem)\s+\S*(?:warte|g[äa]ste|preis|wunsch|einkaufs)liste) | mich\s+(?:bitte\s+)?aus\s+(?:ihrem|ihrer|dem|der|allen)\s+(?:\S+\s+)?(?:verteilern?|listen?|datenbank|mailingliste|kartei) | l[öo]schen\s+sie\s+(?:bitte\s+)?meine\s+(?:adresse|daten|e-?mail|nummer)
        | (?:kontaktieren|(?<mail>schreiben)|(?<calls>anrufen|rufen))\s+sie\s+mich\s+(?:bitte\s+)?nicht\s+mehr
        | (?<calls>rufen)\s+sie\s+(?:mich|uns)\s+(?:bitte\s+)?nicht\b(?=[^.!?\n,;]{0,40}?\ban\b) | kontaktieren\s+sie\s+(?:mich|uns)\s+(?:bitte\s+)?nicht\b | (?<mail>schreiben)\s+sie\s+(?:mir|uns)\s+(?:bitte\s+)?nicht\b | keine\s+(?:weiteren\s+)?(?:(?<mail>e-?mails|mails|briefe|angebote)|(?<calls>anrufe))\s+mehr
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestGerman();

    // "descadastrar", "me tirem da lista", "não me liguem mais"
    [GeneratedRegex($$"""
        \b(?:
          descadastr\w+ | (?:(?:me|nos)\s+(?:tir|remov|exclu|retir)(?:e|em|a|am|ar)|(?:tir|remov|exclu|retir)(?:e|em|ar)-(?:me|nos))\s+d[ae]s?\s+(?:\S+\s+)?listas?\b{{NoContactListAfter}} | remova\s+(?:meu|o\s+meu)\s+(?:e-?mail|nome|contato|n[uú]mero) | (?:me\s+)?remova(?:-me)?\s+d[ae]\s+(?:sua|vossa|tua)\s+lista{{NoContactListAfter}} | n[ãa]o\s+quero\s+(?:mais\s+)?receber
        | n[ãa]o\s+(?:me|nos)\s+(?:(?<mail>envi(?:e|em)|escrev(?:a|am))|(?<calls>ligu(?:e|em))|contat(?:e|em)|procur(?:e|em))\s+mais
        | n[ãa]o\s+(?:me|nos)\s+(?:(?<calls>ligu(?:e|em)|telefon(?:e|em))|contat(?:e|em))\b
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestPortuguese();

    // Japanese ("今後のご連絡はご遠慮ください", refrain from contacting us; "送らないでください", do not send; "電話しないでください", do not call),
    // Korean ("더 이상 보내지 말아 주세요", send no more; "연락하지 마세요", do not contact; "전화하지 마세요", do not call) and Vietnamese ("xin
    // đừng gửi thư nữa", send no more letters; "đừng liên lạc", do not contact; "đừng gọi", do not call; only with its marks, which tell "đừng"
    // from "đúng" (right) and "dùng" (use), and not "đừng gọi buổi sáng", not in the morning, which says when): blind
    // sets' replies declined in them and the request went unrecorded. (No \b: Japanese has no spaces, and a Hangul or marked letter stands
    // beside it.)
    [GeneratedRegex($$"""
        (?:
          (?:ご|お)?連絡(?:は|を)?(?:ご)?遠慮(?:ください|下さい|願います|いたします)
        | (?:ご|お)?連絡(?:し|をし)ないで(?:ください|下さい|いただけますか)
        | (?<mail>(?:送ら|送付し|郵送し|メールし|手紙を送ら)ないで(?:ください|下さい)|(?:郵送|メール|手紙)(?:は|を)?(?:ご)?遠慮(?:ください|下さい))
        | (?<calls>(?:お)?電話(?:を)?しないで(?:ください|下さい)|(?:お)?電話(?:は|を)?(?:ご)?遠慮(?:ください|下さい))
        | 연락\s*하지\s*(?:마세요|마십시오|말아\s*주세요|말아\s*주십시오|말아\s*주시기\s*바랍니다)
        | (?<mail>보내지\s*(?:마세요|마십시오|말아\s*주세요|말아\s*주십시오|말아\s*주시기\s*바랍니다))
        | (?<calls>전화\s*하지\s*(?:마세요|마십시오|말아\s*주세요|말아\s*주십시오|말아\s*주시기\s*바랍니다))
        | (?<![\p{L}])đừng\s+(?:liên\s+lạc|làm\s+phiền)(?![\p{L}])
        | (?<![\p{L}])(?<mail>đừng\s+gửi(?:\s+(?:thư|email|e-mail|giấy\s+tờ))?)(?![\p{L}])
        | (?<![\p{L}])(?<calls>đừng\s+gọi(?:\s+điện)?)(?![\p{L}])(?!\s+điện)(?!\s+(?:vào\s+)?(?:buổi|ban|trước|sau|lúc|giờ|sáng|tối|trưa|chiều)(?![\p{L}]))
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestAsian();

    // "STOP", "Unsubscribe", "Remove" standing alone
    [GeneratedRegex($$"""
        \b(?:
          (?<=^|[\n.!?]\s*)unsub(?:\s+(?:me|please))?(?=\s*(?:[.!]|$|\n))
        | (?<=^|[\n.!?]\s*)(?:please\s+)?(?:stop(?:[\s,!.]+stop)*|stop\s*all|remove|baja|opt[\s-]?out|take\s+(?:me|us)\s+off|no\s+contact(?:o)?|cancel|end|quit)(?:\s+(?:it|now|please|me|thanks|thank\s+you))?(?=\s*(?:[.!]|$|\n))
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RequestAlone();

    private static readonly Regex[] RequestKinds =
    [
        RequestUnsubscribe(), RequestRemoveMe(), RequestTakeOffList(), RequestWantOff(),
        RequestOptOut(), RequestStopDoing(), RequestDoNot(), RequestDoNotWant(),
        RequestRatherNot(), RequestStopAll(), RequestSendNoMore(), RequestThreat(),
        RequestReachOut(), RequestNoMore(), RequestLeaveAlone(), RequestSpanish(),
        RequestStopDoingAbroad(), RequestWishNotAbroad(), RequestFrench(), RequestGerman(),
        RequestPortuguese(), RequestAsian(), RequestAlone(),
    ];

    // A channel joined to a request's own right after it, by a word, as a noun that ends the clause: "... calls or email please",
    // "... letters and phone calls from you people", "... e-mails / texts". Not "stop calling and mail me the papers" (a verb: mail
    // is asked for), "calls and emails are fine" (said of them), nor after a comma ("don't call me, and mail me the offer").
    [GeneratedRegex("""\G\s*(?:or|and|nor|&|/)\s*(?:any\s+)?(?:(?<mail>e-?mails?|letters?|mailings?|mail)|(?<calls>(?:phone\s+)?calls?|texts?))(?=\s*(?:(?:please|pls|thanks|thank\s+you|again|anymore|any\s+more|either|ever(?:\s+again)?)\b|from(?:\s+[\w']+){1,3})?\s*(?:[.!?,;:)\n]|$))""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex JoinedChannel();

    // Words just before a request that undo it: "no need to remove me", "you don't have to unsubscribe me", "I never asked you to stop",
    // "please do not remove me from your list", "I don't want to unsubscribe" (a request the sender says they are not making),
    // and the same in Spanish ("no hace falta que me borren"), French, German and Portuguese, where a "que" or a pronoun sits between.
    [GeneratedRegex("""(?:(?:please\s+)?(?:do\s+not|don'?t)(?:\s+want\s+(?:you\s+)?to)?|no\s+need\s+to|don'?t\s+(?:have|need)\s+to|do\s+not\s+(?:have|need)\s+to|not\s+asking\s+(?:you\s+)?to|never\s+asked\s+(?:you\s+)?to|didn'?t\s+ask\s+(?:you\s+)?to|why\s+did\s+you|no\s+es\s+necesario|no\s+hace\s+falta|no\s+necesita[ns]?|pas\s+besoin\s+de|inutile\s+de|n[ãa]o\s+precisa[m]?(?:\s+de)?|n[ãa]o\s+[ée]\s+necess[áa]rio|nicht\s+n[öo]tig,?|m[üu]ssen\s+sie\s+mich\s+nicht)\s*(?:(?:que|to)\s+)?(?:(?:me|nos|te|le|les|you|u)\s+)?$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Undone();

    // A question that asks for the thing: "can you take me off?", "would you please remove me?", "¿pueden darme de baja?".
    [GeneratedRegex("""\b(?:please|kindly)\s+$|\b(?:can|could|would|will)\s+(?:you|u|y'?all|someone|somebody)\s+(?:please\s+|pls\s+|kindly\s+|just\s+)?(?:\S+\s+){0,2}$|\b(?:pueden|puede|podr[ií]an?|pourriez-vous|pouvez-vous|k[öo]nnen\s+sie|podem|poderiam|pode)\s+(?:\S+\s+){0,2}$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PoliteAsk();

    // What follows a request that makes it one of when or where, not whether: "before noon", "after 5", "at work", "antes de las 5";
    // "don't call me Mr. Smith" is how, not whether. Only a time or a place counts: "take me off your list before I report you" is one.
    [GeneratedRegex("""^\s*(?:(?:before|after|until|till|between)\s+(?:\d|noon|midnight|lunch|dinner|work|hours|business\s+hours|(?:the\s+)?(?:morning|afternoon|evening|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[a-z]+\s*(?:am|pm|o'?clock))|during\s+(?:the\s+)?(?:day|week|work|business)|at\s+(?:night|dinner)|on\s+(?:weekends?|sundays?|saturdays?)|in\s+the\s+(?:morning|evening)|(?:mr|mrs|ms|miss|dr|sir|ma'?am|monsieur|madame|mademoiselle|herr|frau|senhora?|se[ñn]ora?)\b|by\s+my\s+\w+\s+name|antes\s+de\s+las|despu[ée]s\s+de\s+las|(?:antes|despu[ée]s)\s+del\s+(?:mediod[ií]a|almuerzo)|(?:avant|apr[èe]s)\s+(?:\d|midi|minuit|(?:le\s+)?(?:d[ée]jeuner|d[îi]ner))|(?:vor|nach)\s+(?:\d|mittag|feierabend)|(?:antes|depois)\s+d[aeo]s?\s+(?:\d|meio[\s-]dia|almo[çc]o)|(?:los|el|en\s+(?:la|las)|por\s+(?:la|las))\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?|fines?\s+de\s+semana|mañanas?|noches?|tardes?)|(?:le|les|en)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-?end|matin|soir)s?|(?:am|an|nach|vor)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|abend|morgen|mittag)s?|(?:morgens|abends|sonntags|samstags)\b|(?:aos?|nos?|nas?|de|à|às)\s+(?:segundas?|terças?|quartas?|quintas?|sextas?|s[áa]bados?|domingos?|fins?\s+de\s+semana|manhã|noite|tarde)(?:-feiras?)?)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Qualified();

    /// <summary>Whether the words right after a request say when, not whether ("before noon", "on Sundays", "los domingos"): the request stops nothing.</summary>
    internal static bool SaysWhenNotWhether(ReadOnlySpan<char> after) => Qualified().IsMatch(after);

    // A place after a request: "at work", "at home", "en el trabajo". Where, not whether, only beside another line (AnotherLine).
    [GeneratedRegex("""^\s*(?:at\s+(?:work|the\s+office|home|the\s+house|my\s+(?:work|office|job|house|home|desk))|(?:on|to)\s+my\s+(?:work|office|home|house)\s+(?:phone|number|line)|on\s+my\s+(?:cell|mobile)|(?:en\s+el|al)\s+trabajo|(?:en|a)\s+(?:mi\s+)?casa|(?:en|a)\s+la\s+oficina|au\s+(?:travail|bureau)|(?:bei\s+der|auf\s+der)\s+arbeit|im\s+b[üu]ro|zu\s+hause|no\s+(?:trabalho|escrit[óo]rio)|em\s+casa)\b""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placed();

    // The sender speaks for the person the outreach was sent to: an attorney, a holder of power of attorney, a guardian, a trustee.
    [GeneratedRegex("""\b(?:represent(?:s|ing|ation)?|power\s+of\s+attorney|POA|on\s+(?:his|her|their|my\s+\w+'?s?)\s+behalf|on\s+behalf\s+of|guardian(?:ship)?|conservator(?:ship)?|attorney[-\s]in[-\s]fact|(?:his|her|their|my)\s+(?:attorney|lawyer|counsel)|(?:goes|go|going)\s+through\s+(?:me|this\s+office|our\s+office|the\s+undersigned)|directed\s+to\s+(?:me|this\s+office|our\s+office|the\s+undersigned)|trustee|executor|executrix|caregiver)\b""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksFor();

    // Another way to be called: a phone number, a cell or mobile named, or an invitation to call.
    [GeneratedRegex("""\(?\b\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b|\b\d{2}\s*9?\d{4}-?\d{4}\b|\b(?:my|the|his|her)\s+(?:cell|cellphone|cell\s+phone|mobile|other\s+(?:number|phone))\b|\bcelular\b|\bm[óo]vil\b|\bportable\b|\bhandy\b|(?<!(?:\bnot?|n't|\bnever|\bdont)\s+(?:\w+\s+)?)\b(?:call\s+(?:me|us)\b|give\s+(?:me|us)\s+a\s+(?:call|ring))""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnotherLine();

    // Where a stop is aimed, when it is not the sender: a relative ("to my late husband", "a mi papá"), a place ("to the ranch office
    // address", "a la oficina"). In the request's own clause: "unsubscribe me from your list, write to me at my office" names the office
    // for what it invites, not for where the stop goes.
    [GeneratedRegex("""^(?:(?!\b(?:and|but|y|pero)\b)[^.!?\n,;:]){0,40}?\b(?:(?:addressed\s+)?to|at|a|al|à|an|para)\s+(?:(?:my|mi|mon|ma|meu|minha|the|this|that|his|her|la|el|our|mis|sus?)\s+)?(?:(?:late|old|former|difunto|difunta|finado|finada)\s+)?(?:husband|wife|dad|father|mother|mom|mum|pap[áa]|mam[áa]|padre|madre|esposo|esposa|hermano|hermana|brother|sister|son|daughter|(?:\S+\s+){0,2}?(?:office|oficina|address|direcci[óo]n|house|casa|ranch|rancho|home|po\s+box|apartado|work|trabajo|bureau|b[üu]ro|escrit[óo]rio))\b""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elsewhere();

    // An invitation to write to the sender or another instead: "send any offer to me", "send the offer to my personal email", "write to me",
    // "mándenmelas a mí", "you can reach her at joan@...", an address written out.
    [GeneratedRegex("""\breach\s+(?:me|us|her|him|them)\s+at\b|[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:send|mail|forward|address|direct)\s+(?:\S+\s+){0,3}?to\s+(?:me|us|my\s+(?:\S+\s+){0,2}?(?:e-?mail|address|office|attorney|lawyer|p\.?\s*o\.?\s+box))\b|\bput\s+my\s+name\b|\bwrite\s+(?:to\s+)?me\b|\b(?:m[áa]nd|env[íi])(?:e|en)me(?:l[oa]s?)?\b|\ba\s+m[íi]\b""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SendsToMe();

    // Just before a request: someone else made it ("My sister Joan asked you people to", "he told you to", "they requested that you").
    [GeneratedRegex("""\b(?:she|he|they|my\s+\w+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+(?:has\s+|had\s+)?(?:asked|told|requested|wanted)\s+(?:you\s+(?:people\s+|guys\s+|folks\s+|all\s+)?|your\s+\w+\s+)?(?:to\s+|that\s+you\s+)?$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedFor();

    // A request's words that name the sender as its object: "stop contacting me", "calling us", "take my name off", "que me llamen".
    [GeneratedRegex("""\b(?:me|us|nos)\b|\b(?:my|our)\s+(?:name|names|number|phone|e-?mail|address|info\w*|details|data)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesTheSender();

    // The sender writes of a relative as theirs ("My mother is 91 and your calls upset her"): a request for "her" is made for her.

    [GeneratedRegex("""\bmy\s+(?:elderly\s+|late\s+|\d+[\s-]year[\s-]old\s+)?(?:mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa|grandparents|parents?|aunt|uncle)\b""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesARelative();

    // Right after a third person's request, "either", "too", "as well" ("please stop calling my husband too") add that person to the
    // sender's own request: the sender does not speak for them, though a relative is named.
    [GeneratedRegex("""^\s*(?:\S+\s+){0,2}?(?:either|too|as\s+well)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlsoAfter();

    // The words of a request that name texts, calls, paper or email (for a request that stops one channel of a scope only).
    [GeneratedRegex("""\btext(?:s|ing|ed)?\b|\bsms\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextsOnly();

    [GeneratedRegex("""\b(?:call|calls|calling|called|phone|phoning|ring|ringing|ll[aá]m\w*|appel\w*|anruf\w*|anzurufen|lig\w*)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallWords();

    [GeneratedRegex("""\b(?:letters?|paper|post(?:al)?|mail(?:s|ed|ing|ings)?|cartas?|lettres?|courriers?|briefe?)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaperOnly();

    [GeneratedRegex("""\b(?:e-?mails?|e-?mailing|e-?mailed|correos?(?:\s+electr[oó]nicos?)?|courriels?)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailWords();

    // The sender inviting calls or email (negated forms excluded: "don't call me" invites nothing).
    [GeneratedRegex("""(?<!(?:\bnot?|n't|\bnever|\bdont)\s+(?:\w+\s+)?)\b(?:call\s+(?:me|us)\b|give\s+(?:me|us)\s+a\s+(?:call|ring)|calls?\s+(?:are|is)\s+(?:ok|okay|fine|good|best|welcome)|(?:you\s+(?:can|may)|feel\s+free\s+to)\s+(?:call|phone)|phone\s+(?:me|us)\b|call\s+(?:the|my)\s+(?:house|home|landline|office|cell|work)\b|ll[aá]m(?:e|en|a)me|ll[aá]m(?:e|en)nos|appelez[\s-]moi|ligue(?:m)?-me)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvitesCalls();

    [GeneratedRegex("""(?<!(?:\bnot?|n't|\bnever|\bdont)\s+(?:\w+\s+)?)\b(?:e-?mail\s+(?:me|us|it|them)\b|e-?mails?\s+(?:is|are|works?)\s+(?:ok|okay|fine|good|best|better|welcome|for\s+me)|(?:by|via|over|through)\s+e-?mail|(?:you\s+(?:can|may)|feel\s+free\s+to)\s+e-?mail|(?:to|at)\s+(?:my|this)\s+e-?mail|por\s+correo\s+electr[oó]nico|a\s+mi\s+correo|par\s+(?:e-?mail|courriel)|per\s+e-?mail|por\s+e-?mail)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvitesEmail();
}
