using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipes.Replies;

/// <summary>
/// The precise rules of REPLY-LABELS.md that come before or after the intent model: mail-server reports,
/// machine messages that are no reply, automatic replies and permanent departures, the closed list of
/// one-word answers, and a deferral that names a time and asks to be called back. Each returns the
/// words that made it fire, for the classification's evidence.
/// </summary>
internal static partial class ReplyRules
{
    /// <summary>Evidence of a non-delivery report, weighed: two points decide. When it is not one (under two points) the score and evidence may be short of the report wording, which is read only beside another sign.</summary>
    public static List<string> BounceEvidence(string subject, string wholeText, string? from, IReadOnlyDictionary<string, string>? headers, out int score)
    {
        var evidence = new List<string>();
        score = 0;
        if (from is not null && BounceSender().IsMatch(from)) { score++; evidence.Add("sender: " + from); }
        if (BounceSubject().Match(subject) is { Success: true } bs) { score += 2; evidence.Add("subject: " + bs.Value); }
        if (IsDeliveryStatusReport(headers)) { score += 2; evidence.Add("header Content-Type: report-type=delivery-status"); }
        if (Header(headers, "X-Failed-Recipients") is { } failed) { score += 2; evidence.Add("header X-Failed-Recipients: " + failed); }
        if (Header(headers, "X-MS-Exchange-Message-Is-Ndr") is not null) { score += 2; evidence.Add("header X-MS-Exchange-Message-Is-Ndr"); }
        // The report's wording weighs one point: with no other sign it cannot make two, so the whole text is not read
        // (the evidence is used only when the score decides).
        if (score > 0 && BounceBody().Match(wholeText) is { Success: true } bb) { score++; evidence.Add("report: " + bb.Value); }
        return evidence;
    }

    /// <summary>A mail system's delivery status report (RFC 3464): its Content-Type says report-type=delivery-status, of a failure or a success.</summary>
    private static bool IsDeliveryStatusReport(IReadOnlyDictionary<string, string>? headers) =>
        Header(headers, "Content-Type") is { } contentType && contentType.Contains("delivery-status", StringComparison.OrdinalIgnoreCase);

    /// <summary>A machine message that is neither a reply nor a failure: read receipt, delivery receipt, recall notice, delivery-delayed warning, challenge-response hold.</summary>
    public static string? MachineNonReply(string subject, string wholeText, IReadOnlyDictionary<string, string>? headers, string? from = null)
    {
        if (ReadReceiptSubject().Match(subject) is { Success: true } read) return "read receipt: " + read.Value.Trim();
        if (Header(headers, "Content-Type") is { } type && type.Contains("disposition-notification", StringComparison.OrdinalIgnoreCase)) return "read receipt: report-type=disposition-notification";
        if (RecallSubject().Match(subject) is { Success: true } recall) return "recall notice: " + recall.Value.Trim();
        // Exchange's delivery receipt ("Delivered: ...", "Your message has been delivered to the following recipients") is a
        // delivery status report too (report-type=delivery-status), of a success: no bounce, whatever its headers weigh. Only from a
        // mail system (its report type, or a system sender): a person's "Delivered: the signed lease" is a reply. A report that also
        // says a recipient failed is a bounce.
        var fromSystem = IsDeliveryStatusReport(headers) || (from is not null && (BounceSender().IsMatch(from) || from.Contains("MicrosoftExchange", StringComparison.OrdinalIgnoreCase)));
        if (fromSystem && (DeliveredSubject().Match(subject) is { Success: true } delivered || (delivered = DeliveredWords().Match(wholeText)).Success)
            && !PermanentFailure().IsMatch(wholeText) && !BounceBody().IsMatch(wholeText) && !BounceSubject().IsMatch(subject))
            return "delivery receipt: " + delivered.Value.Trim();
        // The delay wording has no line breaks in it, so the subject and the text are searched in turn, not joined.
        if (((ContainsAny(subject, DelayKeys) && DelayWords().Match(subject) is { Success: true } delay) || (ContainsAny(wholeText, DelayKeys) && (delay = DelayWords().Match(wholeText)).Success))
            && !PermanentFailure().IsMatch(wholeText)) return "delivery delayed, not failed: " + delay.Value;
        if (ContainsAny(wholeText, ChallengeKeys) && ChallengeWords().Match(wholeText) is { Success: true } challenge) return "sender verification: " + challenge.Value;
        // A gateway's quarantine hold ("Your message to jroth@... has been held for review by this organization's email administrator because it
        // contains an attachment ... If the message is released, it will be delivered"; a blind set's, read as an auto-reply): neither a reply
        // nor a failure.
        // ("... has been held in quarantine because it contains an attachment type that requires review. It will be delivered if an
        // administrator releases it."; the thirty-second set's.)
        // (Held "in quarantine" only from a mail system, by its sender or its automatic headers: a person writes "your message was quarantined
        // by our spam filter. No, we're not signing" (a review's); "held for review" as before.)
        if (wholeText.Contains("held for review", StringComparison.OrdinalIgnoreCase) && QuarantineWords().Match(wholeText) is { Success: true } held
            && !PermanentFailure().IsMatch(wholeText))
            return "held for review: " + held.Value;
        if (wholeText.Contains("quarantin", StringComparison.OrdinalIgnoreCase) && QuarantinedWords().Match(wholeText) is { Success: true } quarantined
            && (AutomaticEvidence(subject, headers).Count > 0 || from is not null && (BounceSender().IsMatch(from) || MailSystemSender().IsMatch(from)))
            && AbsenceWording(wholeText) is null && !PermanentFailure().IsMatch(wholeText))
            return "held for review: " + quarantined.Value;
        // Boxbe's hold ("Your message to bob@aol.com was waitlisted. ... Please add yourself to my Guest List": a blind set's, read as an
        // auto-reply by its Auto-Submitted header): its two sentences together, the address the hold names in the first. A person who
        // writes that our mail "was waitlisted" and answers is read as a person (a review).
        if (wholeText.Contains("waitlisted", StringComparison.OrdinalIgnoreCase) && WaitlistedWords().Match(wholeText) is { Success: true } waitlisted
            && GuestListWords().IsMatch(wholeText))
            return "sender verification: " + waitlisted.Value;
        return null;
    }

    // A word that every phrase of DelayWords() and ChallengeWords() holds: a text with none of them is not searched with
    // the whole pattern, whose first letters are met everywhere. The generated patterns compare these letters with
    // OrdinalIgnoreCase too (no 'k', whose Kelvin sign they also accept).
    private static readonly string[] DelayKeys = ["delay", "will", "delivered", "entrega", "remise", "zustellung"];
    private static readonly string[] ChallengeKeys = ["verif", "confirm", "approv"];

    /// <summary>Whether <paramref name="text"/> holds one of <paramref name="keys"/>: a cheap gate before a regex whose phrases each hold one.</summary>
    internal static bool ContainsAny(string text, string[] keys, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        foreach (var key in keys)
            if (text.Contains(key, comparison)) return true;
        return false;
    }

    /// <summary>Why a message is an automatic reply (headers, subject), or an empty list.</summary>
    public static List<string> AutomaticEvidence(string subject, IReadOnlyDictionary<string, string>? headers)
    {
        var found = new List<string>();
        foreach (var name in new[] { "Auto-Submitted", "X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress" })
            if (Header(headers, name) is { } value && SaysAutomatic(value)) found.Add($"header {name}: {value}");
        if (Header(headers, "Precedence") is { } precedence && (precedence.Contains("auto", StringComparison.OrdinalIgnoreCase) || precedence.Contains("bulk", StringComparison.OrdinalIgnoreCase) || precedence.Contains("junk", StringComparison.OrdinalIgnoreCase))) found.Add("header Precedence: " + precedence);
        if (AutoReplySubject().Match(subject) is { Success: true } s) found.Add("subject: " + s.Value.Trim());
        return found;
    }

    /// <summary>An automatic reply's own wording of an absence ("I am out of the office until", "with limited access to e-mail", "fuera de la oficina", "nicht im Büro"), or null.</summary>
    public static string? AbsenceWording(string text) =>
        Absence().Match(text) is { Success: true } m ? m.Value
        // An auto-reply's label opening the text, over an absence ("Automatic reply: I'm at hunting camp through Monday, December 14 with
        // no cell service"; a blind set's, with no automatic header or subject).
        : AutoReplyLabel().Match(text) is { Success: true } label ? label.Value
        // A snowbird's "I'm down in Yuma for the winter and will be back in Kersey in April" (a blind set's, typed under "Away:"), with
        // nothing asked, offered or agreed beside it ("... We can talk then." is a deferral; a review).
        : SeasonAway().Match(text) is { Success: true } season && text.Replace(SentenceOf(text, season), " ", StringComparison.Ordinal) is var rest
            && !AcceptsOrAsks().IsMatch(rest) && !TalkLater().IsMatch(rest) ? season.Value : null;

    [GeneratedRegex(@"^\s*(?:automatic\s+reply|auto[- ]?reply|auto[- ]?response|automated\s+(?:reply|response)|out\s+of\s+(?:the\s+)?office(?:\s+reply)?|away|respuesta\s+autom[aá]tica|r[ée]ponse\s+automatique|automatische\s+antwort|abwesenheitsnotiz)\s*:[^\n]{0,120}?\b(?:through|thru|until|till|away|out|back|return\w*|no\s+(?:cell|e-?mail|internet|service|access)|vacation|leave|camp)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AutoReplyLabel();

    [GeneratedRegex(@"\b(?:i am|i'm|we are|we're) (?:down |out |up |over )?(?:in|at) [^.\n]{1,40}? for the (?:winter|summer|season|holidays)\b(?=[^.\n]{0,80}\b(?:back|until|return))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeasonAway();

    [GeneratedRegex(@"\b(?:talk|meet|visit|discuss|get together|sit down)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalkLater();

    /// <summary>
    /// Whether an automatic reply says its address is still read now and then ("I'm retired and check this address about once a month", "I'll
    /// check this inbox from time to time"; a blind set's): a retiree's absence, not a departure, unless it names someone to deal with instead.
    /// </summary>
    public static bool StillReadsTheAddress(string text) => StillReads().IsMatch(text);

    [GeneratedRegex(@"\b(?:i|and|only|still|i['’]ll|i\s+will)\s+(?:still\s+|only\s+)?(?:check|read|look\s+at)\s+(?:this|my|the)\s+(?:e-?mail(?:\s+address)?|address|mailbox|inbox|account|mail)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillReads();

    /// <summary>The words of a permanent departure ("I have retired", "no longer with", "ya no trabajo"), or null.</summary>
    public static string? Departure(string text) => Left().Match(text) is { Success: true } m ? m.Value : null;

    // "no" is RFC 3834's value for a message a person wrote; an empty value (what a script's $null becomes) says nothing.
    private static bool SaysAutomatic(string value) => value.Trim() is { Length: > 0 } trimmed && !trimmed.Equals("no", StringComparison.OrdinalIgnoreCase);

    /// <summary>The policy's one-word (or nearly) answers: "No", "STOP", "Remove" decline; "Yes" is interest; "Thanks", "ok", "?" are nothing.</summary>
    /// <param name="newText">The reply's new text.</param>
    /// <param name="matched">The answer as read (lower case, trimmed) when it is one; otherwise empty or the text as read.</param>
    public static ReplyClass? ShortAnswer(string newText, out string matched)
    {
        // A sign-off line of one or two words under the answer ("Yes\nJo") is a name, not part of it.
        newText = WithoutSignOff(newText);
        // A long text with four words that are no courtesy can be no answer of the list (none has more than three words,
        // and the courtesy words are all that is taken out): it is not lowered and searched.
        var trimmed = TrimSpaceAndPunctuation(newText.AsSpan());
        if (trimmed.Length > 40 && OtherThanCourtesyWords(trimmed) >= 4) { matched = ""; return null; }
        // (Trimmed by a loop, not the regex "^[\s\p{P}]+|[\s\p{P}]+$", whose end half tried every space of a long run again: 40,000
        // spaces between "yes" and "no" took 1.7 s.)
        matched = TrimSpaceAndPunctuation(newText.ToLowerInvariant()).ToString();
        // Courtesy words around the answer ("Yes please & thanks", "No, thank you!") do not change it.
        var bare = TrimSpaceAndPunctuation(Courtesy().Replace(matched, " ")).ToString();
        if (bare.Length > 0 && bare != matched && (ShortDecline().IsMatch(bare) || ShortYes().IsMatch(bare))) matched = bare;
        if (matched.Length > 40) return null;
        if (ShortDecline().IsMatch(matched)) return ReplyClass.NotInterested;
        if (ShortYes().IsMatch(matched)) return ReplyClass.Interested;
        if (matched.Length == 0 || ShortAcknowledgement().IsMatch(matched)) return ReplyClass.Unknown;
        return null;
    }

    /// <summary>
    /// A short answer typed into the subject of a reply with no new text (REPLY-LABELS.md step 0 counts the subject): after the subject
    /// replied to ("RE: Top Lease Offer - Hugoton Field Acreage - NOT INTERESTED"; a blind set's), or before its reply prefix ("No thanks RE:
    /// Offer"). A decline or a yes and its words, or null: the subject's own last part ("... - Stevens and Seward Counties, Kansas") is none.
    /// </summary>
    /// <param name="subject">The reply's subject.</param>
    /// <param name="quoted">The quoted history: a part of the subject it holds ("Top Lease Offer - Interested?") is our own subject's, not typed.</param>
    public static (ReplyClass Class, string Words)? SubjectAnswer(string subject, string quoted)
    {
        var typed = ReplyOptOut.WithoutReplyPrefixes(subject).Trim();
        var candidates = new List<string>(2);
        if (TypedAfterTheSubject(typed, quoted) is { } after) candidates.Add(after);
        if (InnerReplyPrefix().Match(typed) is { Success: true, Index: > 0 } inner && Typed(typed[..inner.Index], quoted) is { } before) candidates.Add(before);
        foreach (var candidate in candidates)
            if (ShortAnswer(candidate, out var words) is { } answer && answer is ReplyClass.NotInterested or ReplyClass.Interested)
                return (answer, words);
        return null;
    }

    /// <summary>
    /// Words typed into the subject after the subject replied to, longer than a short answer, for a reply with nothing typed above the
    /// quote but perhaps a signature ("RE: ... Reeves County Tract 14 -- please send to my daughter Ana Reyes, ana.reyes.phx@gmail.com";
    /// a blind set's): the sender's own (first person, a request or a no), not our subject's last part; null otherwise.
    /// </summary>
    public static string? SubjectTypedText(string subject, string quoted) =>
        TypedAfterTheSubject(ReplyOptOut.WithoutReplyPrefixes(subject).Trim(), quoted) is { } typed && SendersOwnWords().IsMatch(typed) ? typed : null;

    /// <summary>The subject's last part after " - " (its reply prefixes taken off), when it may be typed (<see cref="Typed"/>); else null.</summary>
    private static string? TypedAfterTheSubject(string subject, string quoted) =>
        SubjectPartBreak().Matches(subject) is { Count: > 0 } parts ? Typed(subject[(parts[^1].Index + parts[^1].Length)..], quoted) : null;

    /// <summary>A part of the subject, trimmed, that may be the sender's typing: not empty, no question, and not our own subject's words in the quote.</summary>
    private static string? Typed(string part, string quoted) =>
        part.Trim() is { Length: > 0 } trimmed && !trimmed.EndsWith('?') && !quoted.Contains(trimmed, StringComparison.OrdinalIgnoreCase) ? trimmed : null;

    // (Not a yes or no alone: an outreach's own subject may end "- No Obligation" or "Yes/No", which a short answer's reading weighs; a review's.)
    [GeneratedRegex(@"\b(?:please|pls|send|call|contact|write|my|me|i|i'm|we|we're|our|stop|remove)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SendersOwnWords();

    // " - ", " – ", " — " between a subject's parts.
    [GeneratedRegex(@"\s+[-–—]+\s+")]
    private static partial Regex SubjectPartBreak();

    [GeneratedRegex(@"\b(?:re|fw|fwd|aw|rv|res|tr|sv|wg)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InnerReplyPrefix();

    /// <summary>The first line when the text has exactly two non-blank lines and the second is at most two words; else the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string WithoutSignOff(string text)
    {
        ReadOnlySpan<char> first = default, second = default;
        var lines = 0;
        for (var rest = text.AsSpan(); ;)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim();
            if (!line.IsEmpty)
            {
                if (++lines == 1) first = line;
                else if (lines == 2) second = line;
                else return text;
            }
            if (end < 0) break;
            rest = rest[(end + 1)..];
        }
        if (lines != 2) return text;
        var words = 0;
        for (var i = 0; i < second.Length; i++)
            if (second[i] != ' ' && (i == 0 || second[i - 1] == ' ') && ++words > 2) return text;
        return first.ToString();
    }

    /// <summary>The text without white space and punctuation (Unicode's P categories) at either end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> TrimSpaceAndPunctuation(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && (char.IsWhiteSpace(text[start]) || char.IsPunctuation(text[start]))) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1]))) end--;
        return text[start..end];
    }

    // Every word of the courtesy phrases (Courtesy()), lower case: a run of letters or digits that is one of these may be taken out.
    private static readonly string[] CourtesyWords =
        ["thanks", "thank", "you", "thx", "please", "pls", "gracias", "por", "favor", "merci", "s", "il", "vous", "plaît", "danke", "bitte", "obrigado", "obrigada", "and"];

    /// <summary>How many runs of letters or digits are not a courtesy word, up to 4 (compared loosely, so a doubtful one counts as courtesy).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int OtherThanCourtesyWords(ReadOnlySpan<char> text)
    {
        Span<char> run = stackalloc char[16];
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var length = i - start;
            var courtesy = false;
            if (length <= run.Length)
            {
                for (var k = 0; k < length; k++)
                    run[k] = char.ToLowerInvariant(text[start + k]) switch { 'ſ' => 's', 'ı' or 'İ' => 'i', var c => c };
                foreach (var word in CourtesyWords)
                    if (run[..length].SequenceEqual(word)) { courtesy = true; break; }
            }
            if (!courtesy && ++count == 4) return count;   // enough to know
        }
        return count;
    }

    /// <summary>A reply that is a phone number and at most a name or a few words ("432-555-0177 Bud"): a request to be called.</summary>
    public static bool OnlyAPhoneNumber(string newText) =>
        // "Call Beto 432 555 0176" names another to call (a blind set's): a hand-off, which the model reads, not the sender's own number.
        BesideTheNumbers(newText) is { } beside && !CallSomeone().IsMatch(beside.Left) && beside.Words <= 3;

    /// <summary>Whether the reply is only another to call, by a name, and a number ("Call Beto 432 555 0176"; a blind set's).</summary>
    public static bool CallsAnotherOnly(string newText) =>
        BesideTheNumbers(newText) is { } beside && CallSomeone().IsMatch(beside.Left) && beside.Words <= 4;

    /// <summary>The reply with its phone numbers taken out, and how many words with a letter or digit are left; null when it has no number.</summary>
    private static (string Left, int Words)? BesideTheNumbers(string newText)
    {
        if (!PhoneOnly().IsMatch(newText)) return null;
        var rest = PhoneOnly().Replace(newText, " ");
        return (rest, rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)));
    }

    [GeneratedRegex(@"\b(?:call|text|ring|try|ask\s+for)\s+(?!(?:me|us|anytime|any\s+time|after|before|at|on|the|my|this|today|tonight|tomorrow|mon|tue|wed|thu|fri|sat|sun)\b)(?-i:\p{Lu})[\p{L}'’-]+", RegexOptions.IgnoreCase)]
    private static partial Regex CallSomeone();

    /// <summary>
    /// The sender signs what was asked, or has signed and sent it: "I'll sign the division order. Not interested in selling though" (a
    /// partial deal, REPLY-LABELS.md step 4), "Signed division order and W-9 attached"; its words, or null. Not "I'll sign nothing",
    /// "I won't sign", or a signature given to someone else ("we signed with Continental").
    /// </summary>
    public static string? SignsPaperwork(string newText) =>
        SignsWords().Match(newText) is { Success: true } m && !RefusesToSign().IsMatch(newText) ? m.Value.Trim() : null;

    // "I will not sign another thing", "we won't sign", "not signing anything": a refusal anywhere in the reply is its answer about
    // signing, whatever else it says was signed (a review: "The previous company sent a signed permit form ... I will not sign
    // another thing with your outfit" read as papers signed and sent).
    [GeneratedRegex(@"\b(?:won['’]?t|wouldn['’]?t|will not|would not|never|refuse to|am not going to|are not going to|['’]m not going to|['’]re not going to|not about to)\s+(?:ever\s+)?(?:be\s+)?(?:sign|ratify|ratifying)\b|\bnot\s+(?:signing|ratifying)\b|\bsign\s+(?:nothing|anything)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefusesToSign();

    // Not after a negation or doubt in its sentence ("There is no way I'll sign", "I never signed the papers you sent"), not before
    // a mockery of a time ("when hell freezes over"), not a signature given to another company ("signed the lease with Continental
    // and mailed it back to them").
    private const string NoSignBefore = @"(?<!\b(?:no|not|never|no way|doubt|don'?t think|won'?t|if|unless)\b[^.?!\n]{0,40})";

    [GeneratedRegex(NoSignBefore + @"\b(?:i|we)(?:['’]ll| will| can| am going to|['’]m going to| would be happy to| am happy to| are happy to)\s+(?:gladly\s+|happily\s+|go ahead and\s+)?(?:sign|ratify|lease(?![^.?!\n]{0,40}\b(?:to|with)\s+(?:(?-i:[A-Z])|(?:someone|somebody|another|them|him|her)\b))(?![^.?!\n]*\binstead\b)|participate(?:\s+in\s+(?:the\s+|your\s+)?(?:well|unit|drilling))?(?!\s+(?:in|against)\b)|get\s+(?:it|them|the\s+\w+)\s+signed)\b(?!\s+(?:nothing|anything|no\b|away|with|over|on with|up|off))(?![^.?!\n]{0,60}\b(?:hell|dead body|pigs|never|when you pay|after you pay|sun (?:rises|comes up)|cold day|freezes)\b)[^.?!\n]{0,60}"
        + @"|" + NoSignBefore + @"\b(?:signed|completed|notarized)\s+(?:the\s+|your\s+|our\s+|my\s+|both\s+)?(?:(?:permit|lease|seismic|surface|damage|pooling|ratification|election|extension|release)\s+)?(?:division orders?|d\.?o\.?|w-?9s?|forms?|papers|paperwork|documents?|affidavits?|amendments?|lease|extension|agreement|contract|release|permits?|easements?|options?)\b(?:(?!\b(?:with|to them|to him|to her|to (?-i:[A-Z]))\b)[^.?!\n]){0,60}?\b(?:attached|enclosed|in the mail|mailed|sent|returned|coming)\b(?![^.?!\n]*\?)"
        // "I'll do the affidavit and take the $150" (a blind set's, beside "I'm not leasing"): the paper asked for, done.
        // (Not on a condition of the sender's: "I'll complete the family history when you pay me what you owe my father. Not before."; a review.)
        + @"|" + NoSignBefore + @"\b(?:i|we)(?:['’]ll| will| can)\s+(?:do|fill\s+out|fill\s+in|complete|sign)\s+(?:the|your)\s+(?:affidavit|questionnaire|family\s+history)\b(?![^.?!\n]*\b(?:when|after|once|if|unless|as\s+soon\s+as)\s+(?:you|y['’]?all|your)\b)(?![^\n]*\bnot\s+(?:before|until)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SignsWords();

    /// <summary>
    /// A deal of another kind offered beside the one declined (REPLY-LABELS.md step 4's partial deal, "even when it opens with 'no'"): "Our
    /// answer is no to selling, but we'd lease at a 25% royalty", "A lease is another matter, we'd be open to that", "We're keeping the
    /// minerals, but the surface acreage is for sale if your company wants it"; its words, or null. Only the sender's own offer, said now and
    /// left standing: not one made to another ("we'd lease the pasture to the Hendersons", "open to leasing with Continental", "only to the
    /// operator"), asked ("Do you really think we'd lease ...?", "We'd lease? Who told you that?"), reported or of the past ("My brother thinks
    /// we would lease", "Back in the 80s we would lease every few years"), or taken back after it ("... Not to you.", "just not with a
    /// company that ...", "Seriously though, no."); "a lease is another story" only with a word of openness after it (a review's 22 probes).
    /// </summary>
    public static string? AnotherDealOffered(string newText) => AnotherDeal().Match(newText) is { Success: true } m ? m.Value.Trim() : null;

    // Not after a negation, a question's "if" or "whether", or another's words or the past in its clause; a "but" between sets the offer
    // apart from a no before it ("no to selling, but we'd lease").
    private const string NoOfferBefore = @"(?<!\b(?:no|not|never|no\s+way|doubt|don'?t\s+think|won'?t|if|whether|unless|says?|said|thinks?|thought|told|tells?|always|used\s+to|back\s+in|think|asks?|asked|wonders?|wondered)\b(?:(?!\bbut\b)[^.?!\n]){0,60})";

    // Left standing: in the rest of its sentence no other party ("to the Hendersons", "with Continental"; "to you" is ours), no condition
    // of time or rank ("before", "than", "only", "instead", "someday", "every", "back"), no negation, no question; and no refusal in the
    // 200 characters after ("Not to you.", "No.", "We won't.", "Seriously though, no."). Bounded, so that a long line of the words is read
    // in linear time.
    private const string OfferStands = @"(?![^.?!\n]{0,200}?(?:\b(?:to|with)\s+(?!(?:you|y['’]?all|your|that|it|this|talk|a\s+lease|leasing)\b)|\b(?:before|than|only|instead|someday|every|back|anyone|anybody|not|never|no|neither|hell|pigs)\b|n['’]t\b|\?))"
        + @"(?![^\n]{0,200}?(?:(?:^|[.!?]\s+)(?:no|nope|never|not\s+(?:to\s+)?(?:you|interested|selling|leasing|us)|(?:i|we)\s+won['’]?t|(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+done)\b|\bno\s*[.!]))";

    // (Each look behind is gated by a look ahead of the words after it, so it is tried only where they stand, not at every place of a
    // long line: ungated, a line of "call him" over 160,000 characters took 1.5 s in this regex alone.)
    [GeneratedRegex(@"(?=\b(?:i|we)(?:['’]d|\s+would)\s)" + NoOfferBefore + @"\b(?:i|we)(?:['’]d|\s+would)\s+(?:(?:be\s+(?:willing|happy|glad)\s+to|consider|gladly|happily)\s+)?(?:lease|leasing|sign\s+a\s+lease)\b" + OfferStands
        + @"|(?=\b(?:i|we)(?:['’]d|\s+would|\s+are|['’]re|\s+am|['’]m)\s+(?:be\s+)?open\s)" + NoOfferBefore + @"\b(?:i|we)(?:['’]d|\s+would|\s+are|['’]re|\s+am|['’]m)\s+(?:be\s+)?open\s+to\s+(?:a\s+)?leas(?:e|ing)\b" + OfferStands
        // ("A lease is another story. The last one tore up our road ... No." is as often a refusal: only with openness after it.)
        + @"|\b(?:a\s+|the\s+)?(?:lease|leasing)\s+is\s+(?:another|a\s+different|a\s+separate)\s+(?:matter|story|question|thing|conversation)\b(?=[^\n]{0,120}?\b(?:open\s+to|interested|willing|happy\s+to|glad\s+to|consider|talk)\b)" + OfferStands
        // (A thing for sale only on the condition of our wanting it; "the house is for sale through Century 21 if you know anyone" is a fact.)
        + @"|\bthe\s+(?:surface(?:\s+(?:acreage|rights|tract))?|acreage|land|pasture|farm|ranch|other\s+half)\s+(?:is|are)\s+for\s+sale\s+if\s+(?:you|y['’]?all|your\s+(?:company|outfit|firm|people))\s+(?:want|wants|are\s+interested|is\s+interested)\b" + OfferStands,
        RegexOptions.IgnoreCase)]
    private static partial Regex AnotherDeal();

    /// <summary>The sentence of <paramref name="text"/> that holds <paramref name="part"/> (<see cref="SentenceAround"/>); the text when it is not there.</summary>
    public static string SentenceOf(string text, string part) =>
        text.IndexOf(part, StringComparison.Ordinal) is var at and >= 0 ? SentenceAround(text, at, part.Length) : text;

    /// <summary>
    /// The sentence of <paramref name="match"/>, a match in <paramref name="text"/> itself: its own place, not the first place its words
    /// stand (in "Is it leased? I asked. It is leased." the second "It is leased" is a statement).
    /// </summary>
    public static string SentenceOf(string text, Capture match) => SentenceAround(text, match.Index, match.Length);

    /// <summary>
    /// Whether the sentence of <paramref name="match"/> (a match in <paramref name="text"/>) ends in a question mark (<see cref="SentenceAround"/>
    /// leaves the mark out). A semicolon does not end it here: "It's already leased; right?" asks (a review's).
    /// </summary>
    private static bool InQuestion(string text, Capture match) =>
        text.IndexOfAny(QuestionEnds, match.Index + match.Length) is var end and >= 0 && text[end] == '?';

    private static readonly char[] QuestionEnds = ['.', '!', '?', '\n'];

    /// <summary>
    /// The clause of <paramref name="part"/>: its sentence between the "but"s around it ("I'll do the affidavit, but I'm not leasing." gives "I'll
    /// do the affidavit"; a review's one-sentence partial deal; "Our answer is no to selling, but we'd lease at a 25% royalty" gives "we'd lease
    /// at a 25% royalty").
    /// </summary>
    public static string ClauseOf(string text, string part)
    {
        var sentence = SentenceOf(text, part);
        var at = sentence.IndexOf(part, StringComparison.Ordinal);
        if (at < 0) return sentence;
        // (From the part's start: a part read to its sentence's end holds the "but" itself.)
        var end = ButClause().Match(sentence, at + 1) is { Success: true } but ? but.Index : sentence.Length;
        var start = 0;
        for (var before = ButClause().Match(sentence[..at]); before.Success; before = before.NextMatch()) start = before.Index + before.Length;
        return sentence[start..end];
    }

    [GeneratedRegex(@"[,;]?\s+but\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ButClause();

    /// <summary>The sentence around the span at <paramref name="index"/>: from the mark or line end before it to the one after it, marks left out.</summary>
    private static string SentenceAround(string text, int index, int length)
    {
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, index - 1)) + 1;
        var end = text.IndexOfAny(SentenceEnds, index + length);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>A counter-offer, even one that opens with "no" (REPLY-LABELS.md step 4): "Not at 3250. At 6000 I'd sign today", "Beat that and we'll talk"; its words, or null.</summary>
    public static string? CounterOffer(string newText) => CounterOfferWords().Match(newText) is { Success: true } m ? m.Value : null;

    /// <summary>A reply that ends in a bare no ("... for $3,250 an acre right now. No.", "... a new truck 😂 lol no"): the answer it closes with, or null.</summary>
    public static string? ClosingNo(string newText)
    {
        // The answer closes the reply: its last 80 characters hold it (a longer text's tail is never the answer alone, so its start
        // is no '^' the answer could stand at).
        var body = ReplyText.Body(newText).TrimEnd();
        var tail = body.Length > 80 ? body[^80..] : body;
        if (ClosingNoWords().Match(tail) is not { Success: true } m) return null;
        // "Forget it" after a yes or a request dismisses a side matter ("Yes, send the lease, I'll sign it. The road issue I raised.
        // Forget it."; a review), not the deal.
        var no = m.Groups["no"].Value;
        // (So does "Never again." after a request: "Call me after supper ... The last company's man came on a Sunday. Never again.")
        var before = body.AsSpan(0, body.Length - tail.Length + m.Index);
        // "Thanks anyway." closes a no only after the sender's own ("we don't want anything done on Grandma's place"; a blind set's), with
        // no ask, wish or hand-off before it ("I'd like to hear the offer ... Thanks anyway.", "Talk to my son Carl. Thanks anyway."; a review).
        if (no.StartsWith("thank", StringComparison.OrdinalIgnoreCase))
            return OwnNo().IsMatch(before) && !AcceptsOrAsks().IsMatch(before) && !WishToHear().IsMatch(before) && HandoffMatch(before.ToString()) is null ? no : null;
        return (no.StartsWith("forget", StringComparison.OrdinalIgnoreCase) || no.StartsWith("never", StringComparison.OrdinalIgnoreCase) || no.StartsWith("not ever", StringComparison.OrdinalIgnoreCase))
            && AcceptsOrAsks().IsMatch(before) ? null : no;
    }

    /// <summary>
    /// The last paragraph of a long reply, where the answer after a story stands ("... I wrote your office three times and never got an
    /// answer. // So no, we won't be extending. Let it expire in March."): at least 60 words above it, at most 40 in it (of a longer last
    /// paragraph, its closing sentences up to 40 words), the signature's name lines left out. Null for a reply of one paragraph or a short one. The model reads a reply's first 120 words, weighed
    /// together; a story's words outweigh, or cut off, the sentence that answers.
    /// </summary>
    public static string? ClosingAnswer(string newText, out string story)
    {
        story = "";
        var paragraphs = ParagraphBreak().Split(ReplyText.Body(newText).Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        while (paragraphs.Count > 0 && (NameLine().IsMatch(paragraphs[^1]) || SignOff(paragraphs[^1]))) paragraphs.RemoveAt(paragraphs.Count - 1);
        if (paragraphs.Count < 2) return null;
        static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var last = paragraphs[^1];
        var above = string.Join("\n\n", paragraphs.Take(paragraphs.Count - 1));
        if (Words(last) > 40)
        {
            // A long last paragraph: its closing sentences, up to 40 words ("I am 87 years old and I have prayed about this. My answer is
            // no. I do not want to lease and I do not want to sell. ...": a blind set's, past the model's 120 words).
            var sentences = Sentence().Matches(last).Select(m => m.Value.Trim()).Where(t => t.Length > 0).ToList();
            var taken = 0;
            var words = 0;
            while (taken < sentences.Count && words + Words(sentences[^(taken + 1)]) <= 40) words += Words(sentences[^(++taken)]);
            if (taken == 0 || taken == sentences.Count) return null;
            above += "\n\n" + string.Join(' ', sentences.SkipLast(taken));
            last = string.Join(' ', sentences.TakeLast(taken));
        }
        if (Words(above) < 60) return null;
        story = above;
        return last;
    }

    /// <summary>
    /// A paragraph that is a closing and the name under it ("Grazie mille,\nAngela", "Thanks,\nBob"): no answer (a blind set's family
    /// story closed on "Grazie mille," and its answer above was passed over). The reply's own closings, and Italian and Polish ones.
    /// </summary>
    private static bool SignOff(string paragraph)
    {
        var lines = paragraph.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length is >= 1 and <= 3 && (ReplyText.IsClosingLine(lines[0]) || OtherClosing().IsMatch(lines[0]))
            && lines.Skip(1).All(line => NameLine().IsMatch(line));
    }

    [GeneratedRegex(@"^(?:grazie(?: mille)?|cordiali saluti|distinti saluti|saluti|un saluto|dzi[eę]kuj[eę]|pozdrawiam|z powa[zż]aniem)\s*[,.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherClosing();

    /// <summary>The last <paramref name="count"/> sentences of the reply's body (its sign-off and signature taken off), joined by spaces.</summary>
    public static string ClosingSentences(string newText, int count)
    {
        var sentences = Sentence().Matches(ReplyText.Body(newText)).Select(m => m.Value.Trim()).Where(t => t.Length > 0).ToList();
        return string.Join(" ", sentences.Skip(Math.Max(0, sentences.Count - count)));
    }

    /// <summary>
    /// The first sentence of <paramref name="text"/> that is no greeting or thanks ("Dear Mr. Pruitt,", "Thank you for your letter and I
    /// apologize for not calling you back"): where an answer given at the top of a reply stands ("Please send me the lease terms." over a
    /// story). Empty when there is none.
    /// </summary>
    public static string OpeningSentence(string text)
    {
        foreach (Match m in Sentence().Matches(text))
        {
            var sentence = m.Value.Trim();
            if (sentence.Length == 0 || Pleasantry().IsMatch(sentence)) continue;
            return sentence;
        }
        return "";
    }

    [GeneratedRegex(@"^(?:(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|estimad[oa]s?|hola|buenos d[ií]as|buenas tardes|bonjour|cher|ch[eè]re|sehr geehrte[rs]?|prezad[oa]s?|ol[aá])\b|(?:thank|thanks|many thanks|i hope|hope|gracias|merci|danke|obrigad[oa])\b|[^.!?]{0,40}[,:]$)", RegexOptions.IgnoreCase)]
    private static partial Regex Pleasantry();

    /// <summary>
    /// The sentences of <paramref name="text"/> that are not about a third party's doing ("My late husband told them no back in 1985",
    /// "My neighbor declined your offer last year", "He never trusted a landman"): what the sender says for themselves.
    /// </summary>
    public static string OwnSentences(string text) =>
        string.Join(' ', Sentence().Matches(text).Select(m => m.Value.Trim()).Where(t => t.Length > 0 && !ThirdPartySubject().IsMatch(t)));

    // "My late husband told them no", "My neighbor declined": a relative's, a neighbour's doing. Not "My wife and I are not interested"
    // (the sender among them), "Our family has decided", "They are not for sale" (the minerals): the sender's own (a review).
    [GeneratedRegex(@"^(?:(?:and|but|so|then|well|also|now|anyway),?\s+)?my (?:late |dear |own )?(?:" + Relations + @"|neighbou?rs?|friends?|parents|grand(?:father|mother|pa|ma)|granddad|grandad|daddy|mama|papa)\b(?!(?:\s+\S+){0,3}\s+(?:and|&)\s+(?:i|me|myself)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPartySubject();

    /// <summary>
    /// Whether the opening sentence of a reply is a short answer of its own ("Please send me the lease terms.", "No thank you, we don't
    /// lease."), at most 16 words: what a story's closing sentences do not overrule, unless they change the sender's mind ("On second
    /// thought, I am not interested"). A longer opening tells ("Several companies have called and sent offers over the years, ...").
    /// </summary>
    public static bool ShortOpening(string opening) => Words().Count(opening) <= 16;

    /// <summary>Whether a text says the sender has changed their mind: "on second thought", "actually", "I've changed my mind", "after thinking it over".</summary>
    public static bool ChangesMind(string text) => ChangeOfMind().IsMatch(text);

    [GeneratedRegex(@"\b(?:on (?:second|further) thoughts?|(?:i|we)(?:['’]ve| have)? changed (?:my|our) minds?|after (?:thinking|talking) it over|having (?:thought|slept) on it|actually,)", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeOfMind();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex ParagraphBreak();

    /// <summary>Whether a line is a name alone, as a signature's first line is ("Harold and June Shriver", "Robert Blaker Jr.", "W. Jacobs").</summary>
    internal static bool IsNameLine(string line) => NameLine().IsMatch(line);

    // A signature's name lines closing the text: "Harold and June Shriver", "Robert Blaker Jr.", "W. Jacobs".
    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{L}'.-]*|and|&)[ \t]*){1,6}$")]
    private static partial Regex NameLine();

    /// <summary>Whether the text names a street address or a post-office box ("1180 Rush Run Road", "58 East High Street", "PO Box 9"): a way to reach someone.</summary>
    public static bool NamesAStreetAddress(string newText) => StreetAddressInText().IsMatch(newText);

    [GeneratedRegex(@"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\w'.-]*\s+){1,4}(?i:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Hwy|Highway|Pike|Run|Way|Ct|Court|Pl|Place|Trl|Trail)\b|\b(?i:P\.?\s?O\.?\s+Box)\s+\d+", RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddressInText();

    /// <summary>Whether the text names a postal address: a street or box (<see cref="NamesAStreetAddress"/>) or a city, state and ZIP line.</summary>
    public static bool NamesAPostalAddress(string text) => StreetAddressInText().IsMatch(text) || CityStateZip().IsMatch(text);

    // A city, state and ZIP ("Denver, CO 80202", "Kersey CO 80644"): the line a postal address ends on, whatever its street line is
        // ("1600 Broadway, Suite 1200", "Rural Route 2"; a blind set's attorney).
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,2},?\s+(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\.?,?\s+\d{5}(?:-\d{4})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CityStateZip();

    /// <summary>Whether a closing answer opens with a yes ("So yes, we'll sign", "Yes.", "Well, yes").</summary>
    public static bool OpensWithYes(string answer) => OpeningYes().IsMatch(answer);

    /// <summary>
    /// Whether a sentence of <paramref name="text"/> opens with a yes ("We don't want a stranger to take it. So yes, please do the
    /// affidavit for us": a blind set's closing after a family story, its yes in its second sentence).
    /// </summary>
    public static bool ASentenceOpensWithYes(string text)
    {
        foreach (Match m in Sentence().Matches(text))
            if (OpeningYes().IsMatch(m.Value.Trim())) return true;
        return false;
    }

    [GeneratedRegex(@"^(?:(?:so|well|ok|okay|anyway|anyhow|long story short)[,.]?\s+)?(?:yes|yeah|yep)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningYes();

    /// <summary>
    /// A sarcastic refusal (REPLY-LABELS.md step 5: "hostile or sarcastic refusals"): "$900 an acre? Sure, and I'd like a pony", "when
    /// pigs fly", "in your dreams", "dream on", "nice try", "good luck with that", "yeah, right": the words, or null. Its question and
    /// the price it repeats read as interest to the model.
    /// </summary>
    /// <remarks>
    /// Only when the sarcasm is the reply, beside the offer it repeats as a question: every other sentence a question, and the
    /// sarcasm's own sentence not much more than its words ("Sure, and I'd like a pony for Christmas"). "Nice try, but I'd need
    /// $2,500 an acre to sell" and "Good luck with that well! Yes, I am interested" say more, and are read by what they say.
    /// </remarks>
    public static string? SarcasticRefusal(string newText)
    {
        var body = ReplyText.Body(newText);
        if (SarcasmWords().Match(body) is not { Success: true } sarcasm) return null;
        foreach (Match sentence in Sentence().Matches(body))
        {
            var text = sentence.Value.Trim();
            if (text.Length == 0 || text.EndsWith('?')) continue;
            var rest = sentence.Index <= sarcasm.Index && sarcasm.Index < sentence.Index + sentence.Length ? text.Replace(sarcasm.Value, " ", StringComparison.Ordinal) : text;
            if (Words().Count(rest) > 4) return null;
        }
        return sarcasm.Value;
    }

    /// <summary>
    /// A deal put off to a time that never comes ("I'll sell right after pigs fly", "when hell freezes over", "over my dead body",
    /// "right after the sun comes up in the west", "it'll be a cold day in hell before I sign", "cuando las ranas críen pelo", "cuando las vacas vuelen",
    /// "quand les poules auront des dents", "right after I buy that bridge in Brooklyn", "Sure, I'll ratify. Right after you folks give me back the
    /// twelve years of sleep ... Let me know when that happens."): a sarcastic refusal however long the reply around it (a blind
    /// set: its thanks for "the thoughtful offer" outweighed the words to the model). The words, or null.
    /// </summary>
    /// <remarks>
    /// Only in a sentence of the sender's own, said now: not one that reports someone else or the past, or turns with a "but" ("My
    /// husband says he'll sell when hell freezes over, but I am interested", "I used to say when pigs fly, but ..."; a review).
    /// </remarks>
    public static string? NeverTime(string newText)
    {
        var body = ReplyText.Body(newText);
        foreach (Match words in NeverTimeWords().Matches(body))
            if (!ReportedOrTurned().IsMatch(SentenceOf(body, words))) return words.Value;
        return null;
    }

    // (Not "tell", "think" or an object's "them": "I think you'll get a lease when pigs fly", "You can have them when hell freezes
    // over" are the sender's own. A subject that is someone else, "they", "he", "she", reports theirs: when unsure, the model decides.)
    [GeneratedRegex(@"\b(?:but|though|although|however|yet|pero|aunque|sino|mais|used to|say|says|said|saying|told|thought|thinks|would have|he|she|they|his|her|their|dice|dijo|decia|decía)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedOrTurned();

    [GeneratedRegex(@"\b(?:when|after|once|until|till|the day)\s+pigs\s+(?:fly|can fly|grow wings)\b|\bhell freezes over\b|\bover my dead body\b|\b(?:ranas|sapos)\s+cr[ií]en\s+pelo\b|\bpoules auront des dents\b|\b(?:when|after|once|until|till|the day)\s+the\s+sun\s+(?:comes\s+up|rises)\s+in\s+the\s+west\b|\b(?:it['’]?ll|it\s+will|it\s+would|it['’]?d)\s+be\s+a\s+cold\s+day\s+in\s+hell\s+(?:before|when)\s+(?:i|we|you|y['’]?all|your)\b|\bcuando\s+(?:las\s+vacas|los\s+(?:chanchos|cerdos|puercos))\s+vuelen\b|\bwhile\s+(?:we['’]re|we\s+are|i['’]m|i\s+am|you['’]re)\s+at\s+it,?\s+(?:i['’]ll|i\s+will|why\s+don['’]t\s+i|i\s+might\s+as\s+well)\s+throw\s+in\b(?![^.!?\n]{0,40}?\b(?:acres?|tracts?|minerals?|interests?|royalt(?:y|ies)|lease|land|section|share)\b)|\bbridge\s+(?:in\s+brooklyn|to\s+sell\s+you)\b|\bbuy\s+(?:that|a|the|your)\s+bridge\b(?=[^.!?\n]{0,40}?\b(?:brooklyn|you(?:['’]re|\s+are)?\s+(?:also\s+)?selling)\b)|(?=let\s)(?<=\b(?:right|just)\s+after\s+(?:you|y['’]?all)(?:\s+(?:folks|people|guys|all))?\s+give\s+(?:me|us)\s+back\b(?:(?!\b(?:copy|copies|exhibit|deed|lease|form|forms|papers|paperwork|division|check|checks|document|documents|contract|agreement|plat|map|ratification|amendment|original)\b)[^\n]){0,300}?)\blet\s+(?:me|us)\s+know\s+when\s+(?:that|this|it)\s+happens\b(?!\s*,?\s*(?:and|&)\b)|(?=right\s)(?<=(?:^|[.!?]\s+)(?:oh,?\s+)?(?:yeah|yea),?\s+right[.!]\s+)right\s+after\s+(?!(?:christmas|the\s+holidays|new\s+year|thanksgiving|easter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lunch|noon|church|harvest|the\s+first)\b)[^.!?\n]{1,80}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeverTimeWords();

    /// <summary>
    /// Praise that is a refusal: "How generous of you.", "Qué generosos." and "You really shouldn't have." as a sentence of their own, with a
    /// plain full stop, beside the offer's price repeated ("$2,500 an acre for Wolfcamp in Reeves County. How generous of you."; "3/16 AND I
    /// get to wait for a lease that may never end ... You really shouldn't have."; blind sets' three); the words,
    /// or null. Not beside a yes, an acceptance or a request ("How generous of you. I accept.", "Send the papers. How generous of you.":
    /// a review), nor without a price ("Thank you for the check. How generous of you."); sincere thanks write "How generous of you!" or
    /// go on ("How generous of you to offer"), and a price of the sender's own is a counter-offer, read before this.
    /// </summary>
    public static string? SarcasticPraise(string newText)
    {
        var body = ReplyText.Body(newText).TrimEnd();
        if (SarcasticPraiseWords().Match(body) is not { Success: true } praise) return null;
        var rest = body.Remove(praise.Index, praise.Length);
        // "How generous", "What a deal!" beside the offer's price; "how thoughtful/kind/considerate", said sincerely as often as not, only
        // beside words of irony (a review: "Well, how thoughtful of you. I would consider leasing at $500 an acre." is a counter-offer).
        var byPrice = !MildPraise().IsMatch(praise.Value) && PriceNamed().IsMatch(rest);
        // A mocking acceptance is none ("We'll just run right out and sign your little form"; a blind set's); a plain "I'll run right over to
        // the notary and sign it" stays one (a review).
        foreach (Match mock in MockingAcceptance().Matches(rest))
            rest = rest.Replace(SentenceOf(rest, mock.Value), " ", StringComparison.Ordinal);
        return (byPrice || IronyMarks().IsMatch(body)) && !AcceptsOrAsks().IsMatch(rest) ? praise.Value.Trim() : null;
    }

    // (And "You shouldn't have.", sincere beside a gift or an offer welcomed: "You shouldn't have. We're thrilled and ready to go ahead"; a review's.)
    [GeneratedRegex(@"\b(?:thoughtful|considerate|kind|shouldn['’]t\s+have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MildPraise();

    // (And "I'll get right on signing that, just as soon as I finish building my ark"; a blind set's.)
    [GeneratedRegex(@"\b(?:i|we)['’]?(?:ll|\s+will)\s+just\s+(?:rush|run|hurry)\s+(?:right\s+)?(?:down|over|out)\b|\byour\s+little\s+(?:form|paper|papers|letter|offer|check)\b|\b(?:i|we)['’]?(?:ll|\s+will)\s+(?:get\s+right\s+on\s+(?:signing|that|it)|sign\s+right\s+up)\b[^.!?\n]*\bjust\s+as\s+soon\s+as\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MockingAcceptance();

    // Words that say the praise beside them is not meant ("Nothing says Merry Christmas like a forced pooling notice", "I can hardly
    // contain myself", "I'll rush right down to the notary", "Ay sí, qué buena oferta"; a blind set's three; "Oh, how wonderful", a helper's
    // "help" in scare quotes, another's; "Truly. I'm touched." after "What a generous bunch you are", another's; "No, really." and terms
    // joined by a shouted "AND ... AND", a blind set's): with them, no price is needed.
    [GeneratedRegex(@"\bnothing says [\w' ]{1,30}? like\b|\bcan (?:hardly|barely|scarcely) contain (?:myself|ourselves|my (?:gratitude|excitement|joy|enthusiasm)|our (?:gratitude|excitement|joy|enthusiasm))\b|\b(?:i|we)['’]?(?:ll| will) (?:just )?(?:rush|run|hurry) (?:right )?(?:down|over|out)\b|(?:^|[.!?¡¿]\s*)ay,? s[ií]\b|\bse (?:las?|los?) regal(?:o|amos)\b|(?:^|[.!?]\s*)(?:oh|ah),?\s+how\s+(?:wonderful|lovely|nice|marvell?ous|delightful|exciting)\b|(?:^|[.!?]\s*)(?:oh|ah),?\s+(?:wonderful|great|terrific|goody|joy|perfect|lovely|swell),\s+(?:another|more|just\s+what)\b|[""“](?:help|helping|offer|generous|opportunity|favou?r|deal)[.,!]?[""”]|(?:^|[.!?]\s*)(?:truly[.,!]?\s*)?(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:just\s+)?(?:so\s+|truly\s+|deeply\s+|very\s+)?touched(?:[.!]|\s+(?:that\s+)?you\s+thought\s+of\s+(?:us|me)\s+first\s*[.!])|(?:^|[.!?]\s*)no,?\s+really[.!,]|\b(?-i:AND)\b(?=[^.!?\n]{0,80}\b(?-i:AND)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IronyMarks();

    // A price or term repeated: money, so much an acre, a royalty's fraction ("$2,500 an acre", "mil cuatrocientos dólares", "3/16").
    [GeneratedRegex(@"[$€]\s?\d|\b(?:dollars|d[oó]lares|bucks|pesos)\b|\b(?:an|a|per|por|the|/)\s?acre\b|\b\d{1,2}/\d{1,2}\b|\broyalt(?:y|ies)\b|\bregal[ií]a\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceNamed();

    // A yes, an acceptance, a request or terms of the sender's own beside the praise: the reply is read by them, not as sarcasm.
    // (Not "signing it over to Stonebridge": the deal described as a giving away, beside the praise that mocks it; a blind set's.)
    // (Nor our ask put in the sender's words: "And you want me to sign up for another 3/16 of nothing. No."; a blind set's.)
    [GeneratedRegex(@"\b(?:yes|yeah|yep|accept\w*|acepto|aceptamos|agree\w*|count me in|ok|okay|deal|send|mail|email|call|(?<!\bnot\s+(?:to\s+)?|n['’]t\s+|\b(?:you|y['’]?all|they)\s+(?:want|wants|expect|expects)\s+(?:me|us)\s+to\s+)sign\w*(?!\s+(?:(?:it|them|everything|all|this|that)\s+)?over\b)|ratify|interested|(?<!n['’]t\s+|\bnot\s+)need|(?<!\b(?:y['’]?all|you|they|he|she|it|that|who|which|doesn['’]?t|don['’]?t|didn['’]?t|not|never)\s+)want|take|(?<!(?:\bnot|\bnever|n['’]t)\s+)consider\w*|could we|would you|instead|open to|sounds? (?:right|good|fair|fine|great)|(?:is|are|seems?) (?:fine|fair|good|ok|okay|right|acceptable)|works for|review\w*|counter\w*|m[aá]nd\w*|env[ií]\w*|firm\w*|ll[aá]m\w*|quiero|necesit\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AcceptsOrAsks();

    [GeneratedRegex(@"(?<=^|[.!?]\s+)(?:(?:oh|ah|well|wow|gee|my\s+goodness|goodness|gosh|my\s+my|ay,?\s+s[ií]),?\s+)?(?:(?:how|what)\s+(?:very\s+|incredibly\s+|awfully\s+|terribly\s+)?(?:generous|thoughtful|considerate|kind)(?:(?:\s+of\s+(?:you|y['’]?all|your\s+company|you\s+people))?\.|\s+of\s+(?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*){0,3}\s+to\s+[""“]\w+[.!]?[""”])|what\s+an?\s+(?:(?:generous|great|wonderful|fine|fair)\s+)?(?:deal|bargain|offer|steal)[.!]|(?:how|however)\s+(?:will|would|shall)\s+(?:i|we)\s+(?:ever\s+)?spend\s+it\s+all[.!?]|(?:no,?\s+really[.!,]?\s+)?you\s+(?:really\s+|truly\s+|honestly\s+)?shouldn['’]t\s+have\.|(?:great|brilliant|wonderful|bright|terrific)\s+idea\.(?=\s*$)|(?:real|mighty|awful(?:ly)?|right)\s+generous(?:\s+of\s+(?:you|y['’]?all))?[.!]|thank\s+you\s+(?:so\s+)?(?:very\s+)?much\s+for\s+(?:the|your)\s+generous\b[^.!?\n]{0,40}[.!]|qu[ée]\s+(?:generos[oa]s?(?:\s+(?:son|es|eres))?|buena\s+oferta)[.!]|what\s+an?\s+(?:generous|kind|thoughtful|considerate|charitable|big-?hearted)\s+(?:bunch|lot|group|crowd|outfit|company|people|folks)(?:\s+(?:you|y['’]?all)(?:\s+(?:all|people|folks))?\s+are)?(?:\s+[^.!?\n]{1,40})?[.!])(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SarcasticPraiseWords();

    /// <summary>
    /// Whether the reply's own text states facts and nothing else: no question, no word of intent, wish, request or thanks for the
    /// offer, no yes or no, no word of the deal's money (<see cref="IntentWords"/>), in any language this reads.
    /// </summary>
    /// <remarks>A fact's "never" ("Dad's probate was never opened"), a death's "when" ("The remainder goes to us when she passes") and
    /// "the land papers" are no intent (a blind set's facts were read as interest and as a decline). A hand-off's words are
    /// ("Forwarding to our Land Manager, Trish Kimura (copied)"): a referral read from them stays one.</remarks>
    public static bool FactsOnly(string newText)
    {
        var body = ReplyText.Body(newText);
        // A street address typed is where to write (a trial set's "Escríbanme a mí ...: Calle Hidalgo 214, Pecos TX").
        // Ten words at least: a short reply is an answer of few words ("Count me in.", "Sold to Devon in 2019."; a review), the model's to read.
        // (Or fewer, when the one sentence says who holds a role: "My sister has Daddy's power of attorney."; a blind set's.)
        // (Names inside a sentence are no words of intent: "my father, Virgil Lookingglass", "my sister Ann Price"; a blind set's and a review's.)
        return (Words().Count(body) >= 10 || RoleHeld().IsMatch(body.Trim())) && !body.Contains('?') && !body.Contains('¿')
            && !IntentWords().IsMatch(NameInSentence().Replace(body, name => AnswerWord().IsMatch(name.Value) && !CompanyName().IsMatch(name.Value) ? name.Value : "Name")) && !NamesAStreetAddress(body);
    }

    [GeneratedRegex(@"^(?:my|our)\s+(?:" + Relations + @")(?:\s+(?-i:\p{Lu})[\w'’-]+){0,3},?\s+(?:has|holds|is)\s+(?:(?:[\w-]+['’]s?|the|our|my|his|her|their)\s+)?(?:power\s+of\s+attorney|poa|executor|executrix|trustee|guardian|conservator|administrator|personal\s+representative)(?:\s+(?:of|for)\s+[\w\s'’-]{1,30})?\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleHeld();

    // Words in title case after a lower-case word or a comma, inside a sentence: a name ("Virgil Lookingglass", "Ann Price", "aunt Signe").
    // (Not capitals, nor an answer in title case: "we say YES", "the answer is NO", "I am Interested" are answers; a review.)
    [GeneratedRegex(@"(?<=[\p{Ll},]\s+)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex NameInSentence();

    // A company's name, whatever words it holds ("Sterling Lease Co"; a review).
    [GeneratedRegex(@"\s(?:Co|Company|Inc|LLC|Corp|Corporation|Oil|Gas|Energy|Land|Services|Resources|Minerals|Royalty|Petroleum|Trust|Bank|Partners|Ranch|Farms|Operating|Exploration)$", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyName();

    // An answer written in title case ("We Are Interested In Leasing"): no name.
    [GeneratedRegex(@"\b(?:yes|no|interested|send|call|sign|lease|leasing|sell|selling|please|want|okay|ok|sure|deal|thanks|thank|not)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerWord();

    /// <summary>Whether the sender shares a remainder with a relative named ("When she passes it goes to me and my brother Roy"): a fact, no hand-off.</summary>
    public static bool SharesTheRemainder(string newText) => SharedRemainder().IsMatch(newText);

    [GeneratedRegex(@"\b(?:goes|go|will\s+go|passes|pass|will\s+pass|comes|will\s+come|went|passed|came)\s+to\s+(?:me|us)\s+and\s+(?:my|our)\s+(?:" + Relations + @")s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SharedRemainder();

    /// <summary>
    /// A refusal in plain words the model misses (blind sets' read as interest or nothing): an earlier no asked back ("Didn't I tell your
    /// office no back in October?"), "none of your business", "I'm not filling out anything", what we ask for kept ("we're keeping the other
    /// half"), "our answer is no", a board's vote not to sign, "No pipeline.", an opening "Hell no.", and "Not right now" opening a reply
    /// that names no time and invites nobody back (REPLY-LABELS.md step 5). The words, or null.
    /// </summary>
    public static string? PlainRefusal(string newText)
    {
        var body = ReplyText.Body(newText);
        var refusal = RefusalWords().Match(body);
        if (!refusal.Success) refusal = NotNowOpening().Match(body) is { Success: true } notNow && !DeferralTime().IsMatch(body) && !ComeBack().IsMatch(body) ? notNow : Match.Empty;
        if (!refusal.Success) return null;
        // Not beside a yes, a request, a wish to hear more, a question or terms of the sender's own ("Not right now, but send the papers
        // anyway", "None of your business how I found out, but yes, send it", "Not right now, but what would the bonus be?"; a review).
        var rest = body.Remove(refusal.Index, refusal.Length);
        // "I'd sign if you kept the trucks off the creek bottom. ... so I guess that's a no.": the no closing the reply answers the
        // condition before it, which is no offer left standing.
        // (Only a no concluded from the sentence before, "so that's a no": "I'd sign if you pay $40 an acre. Otherwise it's a no." keeps its
        // offer standing; a review's.)
        if (refusal.Groups["ThatsANo"].Success && body.AsSpan(refusal.Index + refusal.Length).TrimStart(" .!\r\n").IsEmpty
            && ConcludedNo().IsMatch(body.AsSpan(0, refusal.Index)))
            rest = ConditionalOffer().Replace(rest, " ");
        return AcceptsOrAsks().IsMatch(rest) || WishToHear().IsMatch(rest) || AsksForPapers(rest) || CounterOffer(rest) is not null
            || (refusal.Value.StartsWith("not", StringComparison.OrdinalIgnoreCase) && rest.Contains('?')) ? null : refusal.Value;
    }

    // A no not reported, quoted or conditional: no "says", "figured", "if", "whether" or quote mark before it in its sentence. (Each use is
    // gated by a look ahead of its first word, so that this look behind is tried only where the words stand.)
    private const string NotReportedNo = @"(?<!\b(?:says?|said|figured?|figures|thinks?|thought|believes?|believed|guessed|assumes?|assumed|if|when|whether|unless|what\s+if|answer\s+was|told\s+\w+)\b[^.!?\n]{0,60})(?<![\'""‘“]\s*)";

    // "I'd sign if ...", "We would lease if ...": an offer on a condition, to its sentence's end.
    [GeneratedRegex(@"\b(?:i|we)(?:['’]d|\s+would)\s+(?:\w+\s+){0,3}?(?:sign|lease|sell|agree|do\s+it|go\s+along|consider\s+it)\b[^.!?\n]*?\bif\b[^.!?\n]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConditionalOffer();

    [GeneratedRegex(@"\bso\s+(?:(?:i|we)\s+(?:guess|suppose|think|reckon)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConcludedNo();

    [GeneratedRegex(@"\b(?:didn['’]t|did\s+not)\s+(?:i|we)\s+(?:already\s+)?(?:tell|say\s+to)\s+(?:you|your\s+\w+|y['’]?all|him|her|them|that\s+\w+)\b[^.!?\n]{0,40}?\bno\b|\bnone\s+of\s+your\s+(?:business|concern)\b|\b(?:i|we)(?:['’](?:m|re|ll)|\s+(?:am|are|will|plan\s+to|intend\s+to|mean\s+to))\s+(?!not\b|never\b)(?:\w+\s+){0,6}?(?:testify(?:ing)?|fight(?:ing)?|protest(?:ing)?)\s+against\s+(?:this|it|the\s+(?:line|project|easement|pipeline|route|well|lease|thing)|you)\b|\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+not\s+(?:filling\s+(?:out|in)|signing|sending|completing)\s+(?:anything|any\s+of\s+(?:it|this|that)|it|that|this|your\s+\w+)\b(?![^.!?\n]*\b(?:until|till|unless|before|without)\b)"
        // "Our answer is no, and you can tell your lawyers that." and "Get off my land, out of my mailbox" (a blind set's two), anywhere in the
        // reply, not a no with a condition after it.
        + @"|\b(?:my|our|the)\s+(?:final\s+)?answer\s+(?:is|remains|will\s+be|has\s+to\s+be)(?:\s+still)?\s+(?:no|nope|a\s+no)\b(?!\s+(?:one|longer|more|problem)\b)(?!,?\s+(?:but|unless|except|if|until)\b)(?:,\s*and\b[^.!?\n]*)?"
        // "No pipeline. Find another route." and "Hell no. And tell your water trucks to slow down" opening a reply; a board that "voted 3-0 not
        // to sign the waiver" (a blind set's three).
        // ("No top lease." closing a family's story; "No more leases, not from you and not from anybody."; a blind set's two.)
        // (Not a fact answered, "No new wells.", "Other leases? No other leases.", "You asked if there's a top lease already. No top lease."; nor a
        // condition, "No more leases, not until the old one is released"; a review's.)
        + @"|(?<=^|[.!?]\s+|\n)(?<!\b(?:asked|ask|asking|wonder(?:ed|ing)?|whether|if)\b[^.?!\n]{0,80}[.?]\s+)(?<!\?\s+)no\s+(?:more\s+|top\s+)?(?:pipelines?|wells?|disposal\s+wells?|easements?|leases?|sale|deal|roads?|waivers?|pads?|lines?|drilling|fracking|trucks)(?:\s*[.!]|(?=\s*,\s*(?:not(?!\s+(?:until|till|without|unless|before|yet)\b)|never|period)\b))"
        + @"|\bfind\s+(?:another|a\s+different|some\s+other)\s+(?:route|place|site|spot|location|way\s+around)\b"
        + @"|^\s*(?:hell\s+no|no\s+way|absolutely\s+not|not\s+a\s+chance|no\s+thanks?)\s*[.!]"
        + @"|\bvoted\s+(?:\d+\s*(?:-|to)\s*\d+\s+|unanimously\s+)?(?:not\s+to\s+(?:sign|grant|allow|approve|lease|sell|waive)|to\s+(?:deny|reject|oppose|decline|protest))\b[^.!?\n]*"
        // "We voted at the board meeting last night and it was a unanimous no." (a review's, read as interest)
        + @"|\b(?:it\s+was|it\s+is|it['’]s|that['’]s|that\s+is|that\s+was|the\s+vote\s+was)\s+a\s+(?:unanimous|firm|flat|hard|definite|resounding)\s+no\b"
        // "Sunflower will not subordinate or release anything, and if a top lease is recorded ... we will treat it as slander of title" (an
        // operator's answer to a top lease; a blind set's): a legal act we need refused outright, with no condition after it.
        + @"|\b(?:i|we|(?-i:[A-Z])[\w&'’.-]*)\s+(?:will|shall)\s+not\s+(?:subordinate|release|ratify|consent\s+to|waive|grant|execute)\b(?![^.!?\n]{0,200}?\b(?:until|till|unless|before|without)\b)[^.!?\n]{0,200}"
        // "We're all of one mind: no. We won't be signing a release.", "... I will not be signing your release." closing a widow's story, and
        // a grazing lessee's "Leave me out of it." (a blind set's three, read as interest): a signing refused outright, with no condition after it.
        + @"|\b(?:i|we)(?:\s+will\s+not|\s+won['’]t|['’]ll\s+not)\s+be\s+(?:signing|sending\s+(?:it|them|anything)\s+back|returning|accepting)\b(?![^.!?\n]{0,200}?\b(?:until|till|unless|before|without|yet|today|this\s+week)\b)[^.!?\n]{0,200}"
        + @"|\bleave\s+(?:me|us)\s+out\s+of\s+(?:it|this|that)\b"
        // "So thank you, but no." closing a story of an earlier crew's damage, and "... so I guess that's a no." after a condition the sender says
        // will not be met (the thirty-second set's two, read as interest): the no ends its sentence (not "thanks, but no need to ...", "that's a
        // no on the shot holes, but ...").
        + @"|(?=\bthank)" + NotReportedNo + @"\b(?:thank\s+you|thanks)\s*,?\s+but\s+no(?:\s+thanks?(?:\s+you)?)?(?=\s*[.!]|\s*$)"
        // "Talked it over with my two brothers on the phone Sunday. All three of us say no." (the thirty-second set's): the sender's own no
        // with the others', said now and ending its sentence.
        // (Said now by the sender, not reported, quoted or put as a condition: "My brother's answer was 'Thanks, but no.'", "My neighbor figured
        // it's a no from me", "what happens ... if we say no."; a review's.)
        + @"|(?=\b(?:we|all|both|the)\s)" + NotReportedNo + @"\b(?:we\s+(?:all\s+|both\s+)?|(?:all|both)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten))?\s+of\s+us\s+|the\s+(?:two|three|four|five|six)\s+of\s+us\s+(?:all\s+|both\s+)?)say\s+no(?=\s*[.!]|\s*$)"
        + @"|(?=\b(?:that|it)['’\s])" + NotReportedNo + @"(?<ThatsANo>\b(?:that['’]s|that\s+is|it['’]s)\s+a\s+(?:no|nope)(?:\s+from\s+(?:me|us))?(?=\s*[.!]|\s*$))"
        // "... so there's nothing to talk about. That's the end of it from my side." (a blind set's, read as interest)
        + @"|\b(?:there['’]s|there\s+is)\s+nothing\s+(?:more\s+|else\s+)?to\s+(?:talk|discuss)\s+about\b(?![^.!?\n]*\b(?:until|till|unless|before)\b)|\bthat['’]s\s+the\s+end\s+of\s+it\b"
        + @"|\bget\s+off\s+(?:my|our)\s+(?:land|property|place|ranch|farm|porch|lawn)\b|\b(?:stay|get)\s+out\s+of\s+(?:my|our)\s+(?:mailbox|inbox|county)\b"
        // A bare "No." answering the sender's own question of what we want ("... now you want to buy what's left for pennies? No."; a blind
        // set's), not a fact asked and answered ("Any liens? No.").
        // (The question of what we want to buy or pay, not "You want to know if there's a mortgage on it? No."; nor with a deal of the sender's
        // own after it: "you want the surface too? No. Minerals only, and I'll lease those."; a review's.)
        + @"|\bno(?=\s*[.!](?:\s|$))(?<=\b(?:you|y['’]?all|your\s+\w+)\s+(?:\w+\s+){0,3}?(?:(?:want|wants)\s+to\s+(?:buy|lease|purchase|take|get|pay)|expect|offer|offering|pay|paying)\b[^.?!\n]{0,80}\?\s*no)(?![^\n]*\b(?:i|we)(?:['’]ll|\s+will|['’]d|\s+would)\s+(?:lease|sell|sign)\b)"
        // What we ask for kept ("we're keeping the other half for the grandkids", "I'll keep it, thanks"; a blind set's two), not our letter
        // kept in mind or on file, nor a wish beside others' ("My sister wants to sell, I want to keep it ... We'll let you know").
        + @"|\b(?:i['’]ll|i\s+will|we['’]ll|we\s+will|i['’]m|i\s+am|we['’]re|we\s+are|(?:i|we)['’]d\s+rather|(?:i|we)\s+would\s+rather|(?:i|we)\s+(?:plan|intend|mean)\s+to|(?:i['’]m|we['’]re|i\s+am|we\s+are)\s+going\s+to)\s+(?:just\s+|still\s+)?(?:keep|keeping|hold(?:ing)?\s+on\s*to|hang(?:ing)?\s+on\s*to)\s+(?:it|them|that|mine|ours|(?:my|our)\s+(?:royalt(?:y|ies)|minerals?|interest|share|half|acres|land|farm|ranch|place|rights|aquifer|water|water\s+wells?|grass|ground|surface)|the\s+(?:other\s+half|rest(?:\s+of\s+it)?|remainder|royalt(?:y|ies)|minerals?|interest|land|acreage|farm|ranch|place|rights))\b(?!\s+(?:in\s+mind|on\s+file|handy|short|simple|brief|in\s+(?:a|the|my|our)\s+(?:file|drawer|folder)|for\s+(?:reference|(?:my|our)\s+records|later|when)|posted|informed)\b)(?!\s+checks?\b)"
        // (Not beside a deal of the sender's own in its sentence: "We'll keep the royalty and lease you the rest", "We'd rather keep the land and
        // lease it to you than sell it outright"; a review's.)
        + @"(?![^.!?\n]*\b(?:lease|leasing|sign|signing)\b(?<!\b(?:not|never|n['’]t|no)\s+(?:\w+\s+)?(?:lease|leasing|sign|signing)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefusalWords();

    [GeneratedRegex(@"^\s*not\s+(?:right\s+now|now|at\s+this\s+time|at\s+the\s+moment|this\s+time)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotNowOpening();

    /// <summary>Whether the sender says outright they are interested or ready ("I'm interested though", "Where do I sign?", "come by the house", "I'd like you to come out").</summary>
    public static bool StatesInterest(string newText) => InterestStated().IsMatch(newText);

    [GeneratedRegex(@"\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:still\s+|very\s+|definitely\s+|really\s+)?interested\b|\bwhere\s+do\s+(?:i|we)\s+sign\b|\bcome\s+(?:by|out|over)\s+(?:to\s+)?(?:the\s+house|the\s+ranch|the\s+farm|anytime|any\s+time)\b|\bsaid\s+yes\b|\b(?:i|we)(?:['’]d|\s+would)\s+like\s+(?:you|y['’]?all)\s+to\s+(?:come|stop|drop)\s+(?:by|out|over)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InterestStated();

    /// <summary>
    /// No objection, said outright ("If that's all squared away I don't have a problem with it", "That's fine with me", "Couple questions
    /// before I sign"; a blind set's, read as nothing): the words, or null.
    /// </summary>
    public static string? NoObjection(string newText) => NoObjectionWords().Match(newText) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"(?<!\bif\s+)\b(?:i|we)\s+(?:don['’]t|do\s+not)\s+(?:have|see)\s+(?:a|any)\s+problem\s+with\s+(?:it|that|this|the\s+(?:lease|plugging|work|agreement|access))\b|\b(?:that['’]s|that\s+is|it['’]s|it\s+is)\s+(?:fine|ok|okay|alright|all\s+right)\s+(?:with|by)\s+(?:me|us)\b|\b(?:questions?|a\s+few\s+things)\s+before\s+(?:i|we)\s+sign\b|\bno\s+objection\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoObjectionWords();

    /// <summary>
    /// A yes taken back by the reply's last words: the papers asked for only to be burned or binned ("Sure, send me the lease. I'll use
    /// it to start the stove at deer camp."), or "Said nobody ever." after "I'd be delighted" (two blind sets', read as interest): a
    /// sarcastic refusal. The words, or null.
    /// </summary>
    public static string? MockedYes(string newText)
    {
        var body = ReplyText.Body(newText).TrimEnd();
        // "I'd be delighted. Said nobody ever." (a blind set's): what came before it taken back, the reply's close.
        // (Not after a yes or a request of the sender's own: "Yes, send it over. My wife said she'd love another pipeline ... Said nobody
        // ever."; a review.)
        // The mocked words are the sentence before it (or its own clause, "Oh sure, I'll sign anything, said nobody ever"): a yes is
        // looked for only before them ("Oh yes, I'm so interested. Said nobody ever." mocks its yes; a review).
        if (SaidNobodyEver().Match(body) is { Success: true } never && OnlyClosingMarks(body.AsSpan(never.Index + never.Length)))
        {
            var mockedEnd = body[..never.Index].TrimEnd(' ', ',', '\t', '\n', '\r', '"', '”');
            var mockedStart = mockedEnd.Length == 0 ? 0 : body.LastIndexOfAny(SentenceEnds, Math.Max(0, mockedEnd.Length - 2)) + 1;
            var before = body.AsSpan(0, mockedStart);
            return YesBesideTheJoke().IsMatch(before) || AcceptsOrAsks().IsMatch(before) ? null : never.Value;
        }
        if (PapersDestroyedWords().Match(body) is not { Success: true } m) return null;
        // The punchline closes the reply ("... start the stove at deer camp."), with no turn after it ("..., but I do mean to sign").
        var tail = body[(m.Index + m.Length)..];
        var end = tail.IndexOfAny(SentenceEnds);
        return (end < 0 || OnlyClosingMarks(tail.AsSpan(end))) && !TurnAfterTheJoke().IsMatch(tail)
            && !YesBesideTheJoke().IsMatch(body.Remove(m.Index, m.Length)) ? m.Value : null;
    }

    [GeneratedRegex(@"\b(?:i['’]?ll|i\s+will|we['’]?ll|we\s+will|i\s+can|we\s+can|it['’]?ll|it\s+will|they['’]?ll|they\s+will)\s+(?:(?:use|need)\s+(?:it|them|that|those|(?:the|your)\s+(?:lease|papers|paperwork|agreement|letter|offer|contract|form|forms|easement|option))\s+(?:to\s+(?:start|light|kindle|get\s+going)\s+(?:the|a|my|our)\s+(?:stove|fire|woodstove|wood\s+stove|fireplace|burn\s+(?:pile|barrel)|grill|campfire|smoker)|to\s+line\s+(?:the|my|our)\s+(?:bird\s*cage|litter\s+box|chicken\s+coop|outhouse)|(?:as|for)\s+(?:kindling|toilet\s+paper|fire\s*starter|a\s+coaster|bird\s*cage\s+liner|target\s+practice))|make\s+(?:good|fine|great|nice|real\s+good)\s+(?:kindling|fire\s*starter|toilet\s+paper|bird\s*cage\s+liner)|line\s+(?:the|my|our)\s+(?:bird\s*cage|litter\s+box|chicken\s+coop|outhouse)(?:\s+with\s+(?:it|them))?|burn\s+(?:it|them)(?=\s*[.!]\s*$)|go\s+(?:straight\s+|right\s+)?(?:in|into|to)\s+(?:the|my|our)\s+(?:trash|garbage|burn\s+(?:pile|barrel)|fire|stove|woodstove|shredder|outhouse))\b"
        // "Go ahead, mail the lease. Straight into the woodstove it goes." (a review's, missed)
        + @"|\b(?:straight|right)\s+(?:in|into|to)\s+(?:the|my|our)\s+(?:trash|garbage|burn\s+(?:pile|barrel)|fire|stove|woodstove|wood\s+stove|shredder|outhouse)\s+(?:it|they)\s+go(?:es)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PapersDestroyedWords();

    /// <summary>Whether <paramref name="text"/> holds nothing but a sentence's closing marks and white space.</summary>
    private static bool OnlyClosingMarks(ReadOnlySpan<char> text) => text.Trim(".!? \n\r\t").IsEmpty;

    [GeneratedRegex(@"(?<=^|[.!?][""”]?\s*|\n|,\s*)(?:said|says)\s+(?:no\s*one|nobody|no\s+one)\s+ever\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaidNobodyEver();

    [GeneratedRegex(@"\b(?:but|otherwise|unless|if|kidding|joking|seriously|though|send|mail|sign\w*|new\s+one)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TurnAfterTheJoke();

    // A yes or a signing said anywhere else in the reply: the burning is of something else ("Send the lease and I'll sign it; I'll use the
    // envelope to start the stove"; a review).
    [GeneratedRegex(@"\b(?:sign\w*|notari\w*|yes|interested|deal|count\s+(?:me|us)\s+in|new\s+one)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesBesideTheJoke();

    /// <summary>
    /// A long story that never turns to us (REPLY-LABELS.md step 6, "bare facts"): sixty words or more, no question, no second person
    /// ("you", "your", "y'all"), no please, and no word of a yes, a wish or the deal's verbs (<see cref="StoryAnswerWords"/>). A family's
    /// history of the land with no answer at all (two blind sets' were read as interest from its words); the classifier applies it only
    /// where no cue of any answer, no phone, no address and no opt-out was read.
    /// </summary>
    public static bool UnansweredStory(string newText)
    {
        var body = ReplyText.Body(newText);
        // (In English only: its answer words are English; "Oui, nous voulons signer le bail." closing a French story is a yes; a review.)
        return Words().Count(body) >= 60 && EnglishWords().Count(body) >= 6 && !body.Contains('?') && !body.Contains('¿')
            && !StoryAnswerWords().IsMatch(StoryCourtesy().Replace(body, " "));
    }

    // Courtesies turned to us that answer nothing ("Funny you should write.", "Merry Christmas to you and yours.", "Thank you for your
    // letter", "I just wanted you to know who you are writing to."; two blind sets' stories closed on them).
    [GeneratedRegex(@"\b(?:merry\s+christmas|happy\s+(?:new\s+year|holidays|thanksgiving|easter)|season['’]s\s+greetings|best\s+wishes|god\s+bless)(?:\s+to\s+(?:you|y['’]?all)(?:\s+and\s+(?:yours|your\s+family))?(?:\s+(?:all|too|as\s+well))?)?|\bfunny\s+you\s+should\s+(?:write|ask|mention\s+it)|\b(?:i\s+)?(?:just\s+)?wanted\s+you\s+to\s+know\b(?:\s+who\s+you\s+are\s+writing\s+to)?|\bthank\s+you\s+for\s+(?:your|the)\s+(?:letter|note|e-?mail|inquiry)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StoryCourtesy();

    // (Present and future forms only where a story's past would hold them: "an oil company leased it", "they didn't drill until he was
    // old" tell; "lease", "drill it", "we're in", "go ahead", "count us in", "put us down", "the papers", "proud to" answer; a review.)
    // (A wish or an agreement only of the sender's: "I was surprised anyone would want to buy such a small piece", "my cousins ... have
    // never agreed on anything" tell; a blind set's. "For it" only as a yes, "I'm for it", "go for it", not "his picture in the paper
    // for it"; another's.)
    [GeneratedRegex(@"\b(?:you|your(?!\s+(?:letter|note|inquiry|e-?mail|message)\b)|yours|yourself|y['’]?all|ya|u|please|pls|yes|yeah|yep|ok|okay|sure|interest(?:ed)?\b(?!\s+now\b)|(?<!\b(?:anyone|anybody|someone|somebody|nobody|everyone|everybody|they|he|she)\s+(?:(?:would|ever|never|always|really|still)\s+){0,2})(?:want|wants|wanted|would)|['’]d|ready|willing|happy|glad|proud|good\s+with|fine\s+with|all\s+for|(?<=\b(?:i['’]m|we['’]re|i\s+am|we\s+are|go|be)\s+)for\s+it|feel\s+the\s+same|(?<=\b(?:i|we)\s+(?:\w+\s+){0,2})agree\w*|(?<=(?:^|[.!?]\s+))agreed\b|accept\w*|sign|signs|signing|signed|pen|notar\w*|sounds|let['’]?s|(?:lease|leasing)\s+(?:it|them|the|our|my|this|that|to\s+you|with\s+you)|sell|sells|selling|drill\s+(?:it|there|on|the|a|our|my)|deal|offer\w*|price|consider\w*|decid\w*|decision|answer|go\s+ahead|proceed\w*|count\s+(?:us|me)\s+in|put\s+(?:us|me)\s+down|draw\s+(?:it|them|the\s+\w+)\s+up|draw\s+up|papers?|paperwork|mail|meet|visit|talk|discuss|(?:we|i)['’](?:re|m)\s+in|(?:we|i)\s+(?:are|am)\s+in|no(?=\s*(?:[.!,;]|$|thanks|thank|way|deal|sale|sir|ma['’]?am))|on\s+board|with\s+the\s+(?:\w+\s+)?lease|maybe|perhaps|not\s+(?:now|yet|right\s+now|at\s+this\s+time)|later|next\s+(?:year|spring|summer|fall|winter|month|week)|not\s+interested|never(?:\s+(?:sell|lease|sign|will|would)|(?=\s*[.!]))|(?<!\b(?:could|couldn['’]t|can['’]t|didn['’]t|never)\s+)keep(?:ing)?\s+(?:it|them|the\s+(?:minerals?|land|place|farm|ranch|royalt\w*|brine|rights))|stays?\s+(?:with|in)|as\s+(?:it|they)\s+(?:is|are)|call|contact|e-?mail|write|send)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StoryAnswerWords();

    [GeneratedRegex(@"\b(?:the|and|was|of|to|in|my|we|he|she|they)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWords();

    // (A part sold is a fact of the land's history, not an answer: "Grandpa sold half the minerals to a man from Amarillo in 1957 and it's
    // recorded in Book 41"; a blind set's, beside an acreage corrected.)
    // (Mail as a thing someone gets is no ask: "He doesn't get his mail at the farm anymore"; a blind set's.)
    [GeneratedRegex(@"\b(?:yes|yeah|yep|sure|ok|okay|(?<=\b(?:told|tell|said|say|says)\s+(?:(?:you|y['’]?all|them|him|her|your\s+\w+)\s+)?)no|(?<=\banswers?\s+(?:is|was|will\s+be|remains)\s+(?:still\s+)?)no|(?<=\b(?:a|an|unanimous|firm|flat|hard|big)\s+)no\b(?![-‐])|no(?=\s*(?:[.!,;]|$)|\s+(?:thanks?|thank|way|deal|sale|dice|chance|sir|ma['’]?am|more|longer|sell\w*|leas\w*|sign\w*|for|to|one\s+(?:will|is|wants)))|nope|not(?![\s,]+\d)|never(?!\s+(?:been\s+)?(?:opened|probated|filed|recorded|settled|married|administered|divided|partitioned)\b)|interest\w*|please|pls|would|could|should|like|love|want\w*|wish|willing|happy|glad|ready|consider\w*|open|think|thinking|maybe|perhaps|possibly|let|let's|look\w*|sounds?|go ahead|send|call|email|e-mail|text|contact|reach|write|talk|discuss|meet|visit|price|offer\w*|bonus|money|paid|pay\w*|\$|dollars?|acre|deal|sign\w*|lease\w*|sell\w*|sale|buy\w*|thanks?|thank|appreciate\w*|stop|remove|unsubscribe|don't|dont|won't|can't|wait|later|after|until(?!\s+(?:she|he|they|i|we|mom|mother|dad|father)\s+(?:pass|passes|die|dies)\b)|once|forget|nie|tak|proszę|prosze|dziękuj\w*|back to me|back to us|come back|check back|circle back|when(?!\s+(?:she|he|they|mom|mother|dad|father|i|we)\s+(?:pass|passes|die|dies|passed|died)\b)|if|need\w*|hope|help|info\w*|details?|questions?|scam|fraud|who(?=\s+(?:are|is|was|were)\s+(?:you|this|these|those|y['’]?all)\b)|what|how|why|list|decid\w*|decision|conserv\w*|agradec\w*|inter[eé]s\w*|luck|pass(?<!\bwhen\s+(?:i|we|she|he|they|mom|mother|dad|father)\s+pass)|keep|keeping|tell|show|terms|writing|(?<!\byour\s+)numbers|bring|sold(?!\s+(?:half|part|some|a\s+(?:quarter|third|portion|piece|share)|(?:the|his|her|their)\s+(?:half|surface)))|transferred|went|verkauft|vend[ií]\w*|vendu|m[aá]nd\w*|escr[ií]b\w*|schreib\w*|schick\w*|senden|drop|stop by|come by|ask for|não|nao|obrigad\w*|proposta|propuesta|angebot|cartas?|letters?(?!\s+(?:says|said|shows|showed|lists|listed|states|stated|has|had)\b)|(?<!\b(?:his|her|their|the|my|our)\s+)mail\w*|(?<!\bland\s)papers?|paperwork|forward\w*|copied|copying|cc['’]?d|cc['’]?ing|loop\w*|referr\w*|against|oppos\w*|protest\w*|court|sue|lawsuit|arriend\w*|arrend\w*|s[ií]|claro|gracias|quiero|queremos|llam\w*|vend\w*|oferta|precio|interes\w*|intéress\w*|favor|envi\w*|gostar\w*|quero|nein|ja|danke|bitte|gerne|möcht\w*|merci|oui|non|souhait\w*|voulons|không|vâng|cảm ơn)\b"
        + @"|\bsold (?:it|them|(?:those|the|my|our|all|that)(?: \w+){0,2} (?:minerals?|interests?|royalt\w*|rights|acreage))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntentWords();

    /// <summary>
    /// The sentence of a signature held until an adviser has seen the papers ("We will not sign anything he has not seen.", "I won't sign
    /// until my attorney has reviewed it"; a blind set's, under a hand-off to the attorney): a condition of the hand-off, no decline. The
    /// sentence, or null.
    /// </summary>
    public static string? SignsOnlyAfterReview(string newText) =>
        ReviewCondition().Match(newText) is { Success: true } m ? SentenceAround(newText, m.Index, m.Length) : null;

    [GeneratedRegex(@"\b(?:i|we)\s+(?:will\s+not|won['’]t|do\s+not|don['’]t|can['’]t|cannot)\s+sign\s+(?:anything|it|them|a\s+thing)\s+(?:(?:that|which)\s+)?(?:he|she|they|(?:my|our)\s+(?:attorney|lawyer|accountant|cpa|son|daughter|husband|wife|trustee|banker|advis[oe]r))\s+(?:has|have)(?:n['’]t|\s+not)\s+(?:seen|reviewed|read|approved|looked\s+at|gone\s+over)\b"
        + @"|\b(?:i|we)\s+(?:will\s+not|won['’]t|do\s+not|don['’]t)\s+sign\s+(?:anything|it|them)\s+(?:until|before)\s+(?:he|she|they|(?:my|our)\s+(?:attorney|lawyer|accountant|cpa|son|daughter|husband|wife|trustee|banker|advis[oe]r))\s+(?:has\s+|have\s+)?(?:seen|reviewed|read|approved|looked\s+at|gone\s+over|sees|reviews|reads|approves)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewCondition();

    /// <summary>
    /// The sentence of a stop of direct contact only ("Please do not contact me directly.", "Don't call us directly"): the sender sends us
    /// through someone else (an attorney named with a postal address; a blind set's), not away. The sentence, or null.
    /// </summary>
    public static string? DirectContactStopped(string newText) =>
        DirectContactStop().Match(newText) is { Success: true } m ? SentenceAround(newText, m.Index, m.Length) : null;

    [GeneratedRegex(@"\b(?:do not|don['’]?t|please do not|please don['’]?t)\s+(?:contact|call|phone|e-?mail|write(?: to)?)\s+(?:me|us)\s+directly\b(?!\s+(?:or|and)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DirectContactStop();

    /// <summary>
    /// The sender sets their own answer apart from another's no ("My brother Dennis called your office and told you no ... He speaks for
    /// himself, not for me. I have my own quarter of Mom's minerals"; a blind set's): the words, or null. "As for me", "for my part",
    /// "I'm not him", "I don't agree with her", "my own share", "But I am the one who lives on this land" (a blind set's, after a brother's
    /// and a mother's words) count, with a yes, a wish or a request after them ("I'd like to hear more.
    /// Could we set up that Zoom call"); a relative's no reported alone does not.
    /// </summary>
    public static string? ApartFromAnothersNo(string newText) =>
        ApartWords().Match(newText) is { Success: true } m && newText[(m.Index + m.Length)..] is var after
        && (AcceptsOrAsks().IsMatch(after) || StatesInterest(after)) ? m.Value : null;

    [GeneratedRegex(@"\b(?:he|she|they)\s+(?:speaks?|answers?|decides?|talks?)\s+(?:only\s+)?for\s+(?:himself|herself|themselves|themself)\b|\b(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:his|her|their)\s+(?:answer|decision|choice|call),?\s+not\s+(?:mine|ours)\b|\bi(?:['’]m|\s+am)\s+not\s+(?:him|her|them)\b|\bas\s+for\s+(?:me|us|myself)\b|\bfor\s+my\s+(?:own\s+)?part\b|\bi\s+(?:don['’]t|do\s+not)\s+(?:agree\s+with\s+(?:him|her|them)|feel\s+the\s+same)\b|\b(?:i|we)\s+(?:have|own|hold)\s+(?:my|our)\s+own\s+(?:share|interest|quarter|half|third|part|portion|minerals|acres|royalty)\b|\bbut\s+(?:i|we)(?:['’]m|\s+am|['’]re|\s+are)\s+the\s+(?:one|ones)\s+(?:who|that)\s+(?:lives?|owns?|farms?|runs?|signs?|decides?|works?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApartWords();

    /// <summary>
    /// A price refused as a sentence of its own ("Not for $150. Not for $500.", "Not for any price.", "Not for a million dollars."; a blind
    /// set's was read as interest from its prices): the words, or null.
    /// </summary>
    public static string? NotForAnyPrice(string newText)
    {
        if (NotForPrice().Match(newText) is not { Success: true } m) return null;
        // A price or a yes of the sender's own beside it is a counter-offer or a price asked ("Not for $150 an acre. For $300 an acre
        // yes.", "... I could do it for $400", "Send me a better one"; a review): the reply is read by them.
        // (Our price echoed as a question of its own, "$1,500 an acre?", is none of the sender's.)
        var rest = EchoedPrice().Replace(NotForPrice().Replace(newText, " "), " ");
        return PriceNamed().IsMatch(rest) || BetterPriceWords().IsMatch(rest) ? null : m.Value.Trim();
    }

    [GeneratedRegex(@"\b(?:yes|yeah|send|better|make it|could do|would do|can do|counter\w*|how about|what about|offer more|raise)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BetterPriceWords();

    [GeneratedRegex(@"(?<=^|[.!?]\s+|\n)\$\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:an|a|per)\s+(?:net\s+)?(?:acre|foot|rod|year))?\s*\?+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EchoedPrice();

    // (And "I wouldn't sell it for $15,000 an acre." after our price echoed, "$1,500 an acre?"; a blind set's.)
    [GeneratedRegex(@"(?<=^|[.!?]\s+)(?:not|(?:i|we)\s+(?:wouldn['’]?t|would\s+not|won['’]?t|will\s+not)\s+(?:sell|lease|sign|part\s+with)(?:\s+(?:it|them|this|that|mine|ours))?)\s+(?:even\s+)?for\s+(?:\$\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:k|thousand|million))?(?:\s+(?:an|a|per)\s+(?:acre|foot|rod|year))?|any\s+(?:price|amount|sum|money)|(?:a|one)\s+(?:million|billion)(?:\s+dollars|\s+bucks)?(?:\s+(?:an|a|per)\s+acre)?|all\s+the\s+(?:money|tea|oil)\b[^.!?\n]{0,30})(?:\s*,?\s*(?:and|or|nor)?\s+not\s+(?:even\s+)?for\s+(?:\$\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:k|thousand|million))?(?:\s+(?:an|a|per)\s+(?:acre|foot|rod|year))?|any\s+(?:price|amount|sum|money)|(?:a|one)\s+(?:million|billion)(?:\s+dollars|\s+bucks)?(?:\s+(?:an|a|per)\s+acre)?|all\s+the\s+(?:money|tea|oil)\b[^.!?\n]{0,30}))*(?:,?\s+either)?\s*[.!]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex NotForPrice();

    /// <summary>
    /// A no said before and a question of the price now ("I told your fellow no when he came by in September. What's different this
    /// time? Is the $45 firm or is there room in it?"; a blind set's): the price question answers (REPLY-LABELS.md: a question of the
    /// terms is interest). The question, or null.
    /// </summary>
    public static string? PriceAskedAfterAnEarlierNo(string newText)
    {
        if (!EarlierNo().IsMatch(newText)) return null;
        foreach (Match question in Question().Matches(newText))
            if (PriceRoom().IsMatch(question.Value)) return question.Value.Trim();
        return null;
    }

    [GeneratedRegex(@"\b(?:i|we)\s+(?:told|said)\s+(?:(?:your|you|him|her|them)\b[^.!?\n]{0,40}?\s)?no\b(?![^.!?\n]*\b(?:and|so)\s+(?:i|we)\s+(?:still\s+)?(?:mean|meant)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierNo();

    [GeneratedRegex(@"[^.!?\n]+\?", RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    // A question of the price's room, not a rhetorical one ("Is that firm enough for you?", "Is there room in your head for that?", "How
    // much plainer do I have to say it?"; a review).
    [GeneratedRegex(@"\bis\s+(?:the|that|your)\s+\$?[\d,.]+\s*(?:(?:an?|per)\s+(?:foot|rod|acre|year)\s+)?(?:price\s+|offer\s+)?firm\b|\bis\s+there\s+(?:any\s+)?room(?:\s+in\s+(?:it|the\s+(?:price|offer|number)))?\s*\?|\bnegotiable\b|\b(?:would|could|will|can)\s+you\s+(?:go|come)\s+up\b|\bwhat(?:['’]s|\s+is|\s+would\s+be)\s+(?:the|your)\s+(?:best\s+|top\s+)?(?:offer|price|rate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceRoom();

    /// <summary>Whether a sentence of the text asks for the papers to sign ("Send me the papers.", "Mail us the easement"; not negated).</summary>
    public static bool AsksForPapers(string text) => PapersAsked().IsMatch(text);

    [GeneratedRegex(@"(?<=^|[.!?]\s+|\n|,\s+)(?:please\s+|just\s+|so\s+|then\s+)?(?:send|mail|e-?mail|bring|get)\s+(?:me|us)\s+(?:(?:the|your|those|that|a\s+copy\s+of\s+the)\s+(?:(?!not\b)[\w-]+\s+){0,3}?(?:papers|paperwork|lease|easement|agreement|forms?|documents?|contract|deed|plat|option)\b|something\s+(?:in\s+writing|on\s+paper|on\s+(?:your\s+)?(?:company\s+)?letterhead|showing|that\s+shows|explaining|that\s+explains)\b(?![^.!?\n]*\b(?:got|get|found|obtained|bought)\s+(?:my|our)\s+(?:name|address|e-?mail|number|info\w*)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PapersAsked();

    /// <summary>
    /// The owner's no relayed by the one who writes for them ("My father read your letter (I translated it for him). He says no."; a
    /// blind set's): the words, or null. Not with the sender's own answer set apart (<see cref="ApartFromAnothersNo"/>) or a "but".
    /// </summary>
    public static string? RelayedNo(string newText) =>
        RelayedNoWords().Match(newText) is { Success: true } m && ApartFromAnothersNo(newText) is null && !ButAfter().IsMatch(newText.AsSpan(m.Index + m.Length))
            // (nor beside the sender's own yes, request or terms: "He says no. I say yes, send it over."; a review)
            && !AcceptsOrAsks().IsMatch(newText.AsSpan(m.Index + m.Length)) ? m.Value : null;

    [GeneratedRegex(@"(?<=^|[.!?]\s+|\n)(?:he|she|they|(?:my|our)\s+(?:" + Relations + @"))(?:\s+(?:all|both))?\s+(?:says?|said)\s+no\b(?!\s+(?:one|longer|more|matter|problem)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelayedNoWords();

    [GeneratedRegex(@"^[^\n]{0,80}?\bbut\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ButAfter();

    /// <summary>Whether the sender turns from their own answer to a relative's ("But my cousin Dale owns the forty acres north of me").</summary>
    public static bool TurnsToARelative(string newText) => TurnToARelative().IsMatch(newText);

    [GeneratedRegex(@"\bbut\s+(?:my|our)\s+(?:brother|sister|cousin|son|daughter|husband|wife|uncle|aunt|nephew|niece|mother|father|mom|dad|grandson|granddaughter|stepson|stepdaughter|brother-in-law|sister-in-law|partner)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TurnToARelative();

    /// <summary>The sender sends us to a relative or an adviser ("CALL MY DAUGHTER", "talk to my attorney", "contact our CPA"): the words, or null.</summary>
    public static string? HandoffToRelation(string newText) => HandoffMatch(newText) is { } m ? m.Value : null;

    // The hand-off's words are four regexes, not one alternation of 22 kinds, searched as that alternation would be (RegexKinds): as one,
    // the generated matcher was so large that the JIT took seconds at each of its loops' on-stack replacements once a long line made them
    // hot (a 20,000-character reply on one line took 14 s to classify, 12 of them compiling; with the runtime's on-stack replacement off,
    // 0.8 s).
    private static readonly Regex[] HandoffKinds = [HandoffWordsBidden(), HandoffWordsHolder(), HandoffWordsMailTo(), HandoffWordsPronoun()];

    private static Match? HandoffMatch(string text) => RegexKinds.LeftmostFirst(HandoffKinds, text).FirstOrDefault();

    /// <summary>
    /// The person a "you might try him" hand-off means: the last first and last name written in the 200 characters before it ("But Curt
    /// Rolfson on the section north of us was asking around ... You might try him": "Curt Rolfson"); null for another hand-off or none.
    /// </summary>
    public static string? PersonNamedBefore(string text, string handoff)
    {
        if (!handoff.StartsWith("try ", StringComparison.OrdinalIgnoreCase)) return null;
        var at = text.IndexOf(handoff, StringComparison.Ordinal);
        if (at < 0) return null;
        var from = Math.Max(0, at - 200);
        string? name = null;
        for (var m = PersonName().Match(text, from, at - from); m.Success; m = m.NextMatch()) name = m.Groups["name"].Value;
        return name;
    }

    // (Not a sentence's first word before the name: "But Curt Rolfson", "My Dad".)
    [GeneratedRegex(@"(?<!\p{L})(?!(?:But|And|So|The|My|Our|Your|Yes|No|Well|Also|Then|Mr|Mrs|Ms|Dr)\b)(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    /// <summary>"call me", "call my cell", not negated ("don't call me"): the sender asks to be called; the words, or null.</summary>
    public static string? CallMeAt(string newText) => CallMeAtWords().Match(newText) is { Success: true } m ? m.Value : null;

    /// <summary>"I'm not the right person for this", "wrong person": the sender is not the one to deal with, which names nobody else.</summary>
    public static string? NotTheRightPerson(string newText) => NotTheRightPersonWords().Match(newText) is { Success: true } m ? m.Value : null;

    /// <summary>
    /// Whether the reply bids us come back ("Come back in June after harvest and we'll talk", "call me in March"), not only says the
    /// sender will ("I'll get back to you after the holidays" is a wait; the project's corpus).
    /// </summary>
    public static bool InvitesUsBack(string newText) => BiddenBack().IsMatch(newText);

    // Bidden, at a sentence's or a clause's start or after "please", "you can", "feel free to": "Come back in June", "call me after
    // harvest", "you can check back in March" (a review: "Let me get back to you", "I will try to get back to you", "My son will get
    // back to you" are the sender's own waits).
    [GeneratedRegex(@"(?<=^|[.!?]\s+|\n|,\s*|\b(?:please|just|and)\s+|\byou\s+(?:can|could|may|might|should)\s+|\bfeel\s+free\s+to\s+)(?:come|check|circle|try|call|contact|write|e-?mail|ring|ask)\s+(?:back|me|us|again)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BiddenBack();

    /// <summary>Whether a hand-off's words name the owner ("The landowner is Mrs. Opal Reeves"): a party named, who outranks a decline beside it.</summary>
    /// <remarks>Not the sender's household ("The owners are Bill and I"), a company named as a fact ("The owner is Devon Energy") or an
    /// owner whose own no is relayed ("..., and she says no too"; a review). The owner's name, or null.</remarks>
    public static string? NamedOwner(string newText, string handoff)
    {
        var at = newText.IndexOf(handoff, StringComparison.Ordinal);
        if (at < 0 || OwnerNamed().Match(newText, at) is not { Success: true } owner || owner.Index != at) return null;
        var ownerName = owner.Groups["name"].Value.Trim();
        var sentence = SentenceAround(newText, owner.Index, owner.Length);
        return OwnersOwnNo().IsMatch(newText.AsSpan(owner.Index)) || CompanyName().IsMatch(" " + ownerName) || HouseholdOwner().IsMatch(sentence) ? null : ownerName;
    }

    [GeneratedRegex(@"\Gthe\s+(?:\w+\s+)?(?:owners?|landowners?)\s+(?:is|are)\s+(?<name>(?:(?-i:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?-i:\p{Lu})[\w'-]+(?:\s+(?-i:\p{Lu})\.)?(?:\s+(?-i:\p{Lu})[\w'-]+){0,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerNamed();

    [GeneratedRegex(@"\b(?:says?|said|told\s+(?:you|us|me))\s+no\b|\bnot\s+interested\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnersOwnNo();

    [GeneratedRegex(@"\b(?:and|&)\s+(?:i|me|myself)\b|\b(?:me|myself|us|ourselves)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HouseholdOwner();

    /// <summary>Whether the reply declines in words beside <paramref name="words"/> ("Our gate is on the neighbor's side. Not interested."; a review).</summary>
    public static bool DeclinesBeside(string newText, string words) => DeclineBeside().IsMatch(newText.Replace(words, " ", StringComparison.Ordinal));

    [GeneratedRegex(@"\b(?:interested|pass|won['’]?t|stop|remove|nope|no)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclineBeside();

    /// <summary>Whether a reply says <paramref name="words"/> and at most a few words more ("I'm not the right contact for this, sorry.").</summary>
    public static bool SaysOnly(string newText, string words)
    {
        var body = ReplyText.Body(newText);
        var at = body.IndexOf(words, StringComparison.Ordinal);
        if (at < 0) return false;
        var rest = string.Concat(body.AsSpan(0, at), " ", body.AsSpan(at + words.Length));
        return rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)) <= 5;
    }

    /// <summary>The sender asks to be called or written to ("call me at", "contact me", "llámeme"): the person stays in the conversation.</summary>
    public static string? CallMe(string newText) => CallMeWords().Match(newText) is { Success: true } m ? m.Value : null;

    /// <summary>A deferral that names a time or trigger and invites us back ("call me in Q3", "try me again after the first of the year"): its time, or null.</summary>
    /// <remarks>With two times, the one in the invitation's sentence is the follow-up ("probate should close by summer. Call me in
    /// September" gives "in September"); else the text's first.</remarks>
    public static string? Deferral(string newText)
    {
        // "Maybe next year. Don't call me." names a time and asks us not to come back: an opt-out (REPLY-LABELS.md step 5).
        if (StopContacting().IsMatch(newText) || ComeBack().Match(newText) is not { Success: true } invitation) return null;
        var sentence = SentenceAround(newText, invitation.Index, invitation.Length);
        return (DeferralTime().Match(sentence) is { Success: true } near ? near : DeferralTime().Match(newText)) is { Success: true } when ? when.Value.Trim() : null;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n'];

    internal static string? Header(IReadOnlyDictionary<string, string>? headers, string name)
    {
        if (headers is null) return null;
        foreach (var (key, value) in headers)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }

    // Full names first, then abbreviations ("Dec", "déc.", "Dez."), in the five languages.
    private static readonly string[] MonthNames =
    [
        "january|enero|janvier|januar|janeiro|jan|ene|janv", "february|febrero|février|fevrier|februar|fevereiro|feb|févr|fev", "march|marzo|mars|märz|marz|março|marco|mar|mär",
        "april|abril|avril|apr|abr|avr", "may|mayo|mai|maio", "june|junio|juin|juni|junho|jun", "july|julio|juillet|juli|julho|jul|juil", "august|agosto|août|aout|aug|ago",
        "september|septiembre|septembre|setembro|sept|sep|set", "october|octubre|octobre|oktober|outubro|oct|okt|out", "november|noviembre|novembre|novembro|nov",
        "december|diciembre|décembre|decembre|dezember|dezembro|dec|dic|déc|dez",
    ];

    // One pattern per month, built on the first return date read (Regex.Match with a pattern string looked each up in
    // the regex cache on every out-of-office); only the months whose names the text holds are run. Interpreted: compiling
    // twelve would cost the first out-of-office more than the few it runs save.
    private static class NamedDates
    {
        public static readonly Regex[] ByMonth = MonthNames.Select(names => new Regex(
            $@"(?:(?<day>\d{{1,2}})(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?(?:{names})\b\.?|\b(?:{names})\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?:de\s+)?(?<year>\d{{4}}))?",
            RegexOptions.None)).ToArray();

        public static readonly string[][] Names = MonthNames.Select(names => names.Split('|')).ToArray();
    }

    /// <summary>The return date an out-of-office names ("until Monday, December 7", "back on 12/2/2026", "bis zum 4. Dezember", "hasta el 3 de diciembre").</summary>
    /// <remarks>The date after the first word that anchors a return ("until", "back", "hasta" …) is read; when none follows it
    /// ("on vacation through December 14, will reply when I get back") the whole text's is, as in a text with no anchor.
    /// A year left out is the next such date on or after <paramref name="reference"/> (a day's grace).</remarks>
    internal static DateTime? ReturnDate(string text, DateTime reference)
    {
        var lower = text.ToLowerInvariant();
        var anchor = ReturnAnchor().Match(lower);
        var found = anchor.Success ? DateIn(lower[anchor.Index..]) : null;
        if (found is null) found = DateIn(lower);
        if (found is not { } date) return null;
        var (month, day, year) = date;
        if (month > 12 || day > 31) return null;
        var resolvedYear = year ?? (new DateTime(reference.Year, month, Math.Min(day, DateTime.DaysInMonth(reference.Year, month))) < reference.Date.AddDays(-1) ? reference.Year + 1 : reference.Year);
        return day <= DateTime.DaysInMonth(resolvedYear, month) ? new DateTime(resolvedYear, month, day) : null;
    }

    /// <summary>A date of a lower-case text: its first numeric one ("12/2/2026", "30.11.", "15/12"), else one with a month's name (the months tried in calendar order); null when none.</summary>
    private static (int Month, int Day, int? Year)? DateIn(string region)
    {
        if (NumericDate().Match(region) is { Success: true } numeric)
        {
            var a = int.Parse(numeric.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(numeric.Groups[3].Value, CultureInfo.InvariantCulture);
            int? year = numeric.Groups[4].Success ? int.Parse(numeric.Groups[4].Value, CultureInfo.InvariantCulture) : null;
            // "12/2/2026" is month/day (US); "30.11.2026" with dots is day.month (Europe), and so is "15/12" with a slash,
            // whose first number cannot be a month (Latin America, Europe).
            return numeric.Groups[2].Value == "." || (a > 12 && b <= 12) ? (b, a, year) : (a, b, year);
        }
        for (var m = 0; m < 12; m++)
        {
            // The pattern is case-sensitive over lower-case text: without one of the month's names it cannot match.
            if (!ContainsAny(region, NamedDates.Names[m], StringComparison.Ordinal)) continue;
            var named = NamedDates.ByMonth[m].Match(region);
            if (!named.Success) continue;
            return (m + 1, int.Parse(named.Groups["day"].Value, CultureInfo.InvariantCulture),
                named.Groups["year"].Success ? int.Parse(named.Groups["year"].Value, CultureInfo.InvariantCulture) : null);
        }
        return null;
    }


    [GeneratedRegex(@"mailer-daemon|postmaster@|(?<![\w.+-])mdaemon@|mail delivery (subsystem|system)|^microsoft outlook <microsoftexchange|microsoftexchange[0-9a-f]{10,}@", RegexOptions.IgnoreCase)]
    private static partial Regex BounceSender();

    [GeneratedRegex(@"^(undeliverable|undelivered mail|message undeliverable|undeliverable message|delivery notification: delivery has failed|returned to sender|delivery status notification \(failure\)|mail delivery failed|returned mail|(permanent )?delivery failure|failure notice|message not delivered|message (was )?(quarantined|blocked)|mail system error|non remis|échec de la remise|unzustellbar|nicht zustellbar|no se puede entregar|no entregado|notificación de estado de entrega|não é possível entregar|não entregue|mensagem não entregue)", RegexOptions.IgnoreCase)]
    private static partial Regex BounceSubject();

    [GeneratedRegex(@"delivery has failed|could not be delivered|could not be reached|mailbox not found|(?:following )?recipients? (?:has |have )?failed|couldn't be delivered|wasn't delivered|was undeliverable|unable to deliver|permanent (fatal )?error|\b5\.\d{1,2}\.\d{1,3}\b|\b55\d[ -]|user unknown|unknown user|address (couldn't be|could not be|not) found|no such (user|recipient|mailbox)|mailbox (unavailable|full|is full|does not exist|disabled)|over quota|quota exceeded|relay(ing)? (access )?denied|rejected (your message|as spam)|message (was )?rejected|was quarantined|(has|have) not been delivered(?! yet)|(was|were) not delivered|no se pudo entregar|no se ha entregado|no se encontró la dirección|échec de la remise|n'a pas pu être (remis|distribué)|übermittlung an folgende empfänger|konnte nicht zugestellt|nicht zugestellt werden|falha na entrega|não pôde ser entregue|não foi possível entregar", RegexOptions.IgnoreCase)]
    private static partial Regex BounceBody();

    [GeneratedRegex(@"^\s*(read|leído|lu|gelesen|lida)\s?:", RegexOptions.IgnoreCase)]
    private static partial Regex ReadReceiptSubject();

    [GeneratedRegex(@"^\s*(delivered|relayed|entregado|entregue|remis|zugestellt|übermittelt)\s?:", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveredSubject();

    [GeneratedRegex(@"your message has been delivered to the following recipients|delivery to these recipients or groups is complete|delivery status notification \(relay\)|\baction:\s*(delivered|relayed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveredWords();

    // The recall request itself ("Recall: …") and Outlook's reports of it ("Message Recall Success: …", "Message Recall Failure: …",
    // the cloud recall's "Message Recall Report for message: …").
    [GeneratedRegex(@"^\s*(recall|recuperar|rappel|rückruf|recolher|recolha|message recall (success|failure|report( for message)?))\s?:", RegexOptions.IgnoreCase)]
    private static partial Regex RecallSubject();

    [GeneratedRegex(@"delivery (has been |is )?delayed|delayed mail|message delayed|delivery status notification \(delay\)|will (keep|continue to) (trying|try|retry)|not (yet )?been delivered yet|has not been delivered yet|entrega retrasada|remise différée|zustellung verzögert|entrega atrasada", RegexOptions.IgnoreCase)]
    private static partial Regex DelayWords();

    [GeneratedRegex(@"permanent(ly)? (fatal )?(error|failure|failed)|gave up|giving up|has failed|could not be delivered to|couldn't be delivered|delivery to the following recipients? failed|\b5\.\d{1,2}\.\d{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex PermanentFailure();

    [GeneratedRegex(@"(verify|confirm) (that )?(you are|you're) (a )?(human|person|real (person|sender)|not a robot)|placed in (\S+ )?guest list|held (until|pending) (you|your) (verify|verification|confirm)|sender verification|(click|use) the (link|button) (below )?to (verify|confirm) (yourself|your (address|message|e-?mail))|pending (your )?verification|to get your message delivered,? (please )?(verify|confirm)|(only|solely) from (senders|people|addresses) (i|we) have (already |previously )?approved|(accepts?|allows?) (incoming )?(e-?mail|mail|messages) only from approved senders|(list of|to my|to our) approved senders|(click|use|follow|visit) the (link|button) (below |above )?to (complete|finish) (the |this |a )?(one-time )?verification process|(message|e-?mail) (is being|has been|is|was) (held|queued|quarantined)[^\n]{0,80}(verify|confirm)|(message|e-?mail)\b[^\n]{0,200}?\bto [^\n]{1,80}? (has been|was|is being|is) held because you are not on (my|our|his|her|their|the) guest list|request approval by (clicking|following|visiting|using) the (link|button) below|(complete|finish) (a|the) one-time verification|(from|of) senders (i|we) (haven't|have not|don't|do not) (yet )?(approved|recogni[sz]ed?)|to have (it|your message|your e-?mail) delivered,? (please )?(click|verify|confirm|follow|visit)|if you do not (confirm|verify)[^\n]{0,40}your (message|e-?mail)[^\n]{0,20}(deleted|discarded|returned)", RegexOptions.IgnoreCase)]
    private static partial Regex ChallengeWords();

    [GeneratedRegex(@"\byour\s+message\s+(?:to\s+\S+\s+)?(?:has\s+been|was|is\s+being)\s+held\s+for\s+review\b(?=[\s\S]{0,400}\b(?:released|quarantine|administrator|will\s+be\s+delivered)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarantineWords();

    // "Your message to tlokken@... has been held in quarantine because it contains an attachment type that requires review ... It will be
    // delivered if an administrator releases it." (the thirty-second set's; not "release" of damages, a permit's word: a review's).
    [GeneratedRegex(@"\byour\s+message\s+(?:to\s+\S+\s+)?(?:has\s+been|was|is\s+being|is)\s+(?:held\s+in\s+(?:the\s+)?quarantine|quarantined|placed\s+in\s+(?:the\s+)?quarantine)\b(?=[\s\S]{0,400}\b(?:released|releases|administrator|will\s+be\s+delivered)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarantinedWords();

    // A mail system's own sender name or mailbox: "Mail Security Gateway <postmaster@...>", "Quarantine <noreply@...>".
    [GeneratedRegex(@"\b(?:gateway|quarantine|mail\s+security|email\s+security|spam\s+filter|no-?reply|do-?not-?reply)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailSystemSender();

    // "Your message to bob@aol.com was waitlisted", "Your message has been waitlisted" (the address named in the sentence before; a blind set's).
    [GeneratedRegex(@"\b(?:message|e-?mail)s? to \S+@\S+ (?:was|were|has been|have been) waitlisted\b|\byour (?:message|e-?mail) (?:was|has been|is) waitlisted\b|\byour (?:message|e-?mail)\b[^\n]{0,200}?\bto \S+@\S+ (?:was|has been|is) waitlisted\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WaitlistedWords();

    // "add yourself to my Guest List", "... to his Guest List", "... to Howard's Guest List".
    [GeneratedRegex(@"\badd yourself to (?:my|our|his|her|their|the recipient's|(?-i:\p{Lu})[\p{L}'-]*['’]s) guest list\b|\b(?:uses|is using) (?:a|the|boxbe's) guest list\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GuestListWords();

    [GeneratedRegex(@"^\s*(\[[^\]]*\]\s*)?(automatic reply|auto-?reply|auto response|autoresponse|automated response|out of (the )?office|vacation( reply| response| auto-?reply)?\b|on vacation|auto-replied|abwesenheit|abwesenheitsnotiz|automatische antwort|réponse automatique|réponse auto|absence du bureau|absent\b|respuesta automática|fuera de la oficina|resposta automática|ausente do escritório|ausência|.{1,80} is out of the office)", RegexOptions.IgnoreCase)]
    private static partial Regex AutoReplySubject();

    // An auto-reply that says it is one ("This is an automatic reply. I'm at the deer lease ... until about the 14th": a blind set's,
    // without the headers a mail server writes), and one whose writer is without phone or internet until a time.
    [GeneratedRegex(@"out of (the )?office|\bthis is an? (automatic|automated|auto-generated) (reply|response|message)\b|\b(without|no) (phone|cell|internet|e-?mail|service|signal)( (or|and) (phone|cell|internet|e-?mail|service|signal))? until\b|\b(i am|i'm|we are|we're) on (a|an|our|my) (\w+ ){0,2}(cruise|trip|vacation|holiday|honeymoon) (\w+ ){0,3}until\b|limited (access to|ability to (check|respond to)) (e-?mail|messages)|(will|shall) (respond|reply|get back to you|return your)[^.\n]{0,40}\b(upon|on|after|when) (my )?return|(i am|i'm|i will be|i'll be) (currently )?(away|on (annual |maternity |paternity |medical )?(leave|vacation|holiday))|away from (the office|my desk)|fuera de la oficina|ausente de la oficina|de vacaciones hasta|absente? (du bureau|jusqu)|en cong[ée]s? jusqu|nicht im b[üu]ro|abwesend|im urlaub|fora do escrit[óo]rio|de f[ée]rias at[ée]|ausente at[ée]", RegexOptions.IgnoreCase)]
    private static partial Regex Absence();

    // (A post stepped down from and a mailbox closed for good are a departure too: "After eleven years I have stepped down as church
    // secretary and this address will be closed at the end of the year. ... please write to our treasurer"; a blind set's.)
    [GeneratedRegex(@"no longer (with|employed|works?|at|in|part of)|no longer serv(e|es|ing) (as|on|with|at|for)\b(?![^.\n]{0,80}\b(until|temporarily|while|during|will be back|return|for the (holidays?|summer|winter|week|month))\b)|(have|has) (left|retired from) |(i|i have|i've|has|have) stepped down (as|from)\b(?![^.\n]{0,80}\bbut\b)|\b(completed|concluded|ended|finished) (his|her|my|their) (service|tenure|term) (as|with|at|on)\b(?![^.\n]{0,80}\b(will be back|until|return|back on|back in)\b)|\b(my|his|her) (term|tenure|service) (as|with|at|on) [^.\n]{1,60}? has (ended|concluded)\b|\b(this|my) (e-?mail )?(address|mailbox|account) (will be|is being|has been) (closed|deactivated|shut down|discontinued)\b(?![^.\n]{0,80}\b(for|while|until|during|over|temporarily|through|till|on (holidays?|weekends?|the holidays?|public holidays|fridays))\b)|i (have )?retired|i am retired|i'?m retired|has retired|(mailbox|address|account) is no longer (monitored|active|in use|read|checked)(?![^.\n]{0,80}\b(until|while|during|over|temporarily|through|till|daily|for now|on (holidays?|weekends?|the holidays?|leave|vacation))\b)|ya no (trabaj|labor|form|est)\w*|me jubilé|se jubiló|ne (travaill\w*|fai[st]) plus|ne (suis|sommes|est) plus (chez|au sein|au service|employée?|en poste)|a quitté|ai quitté|pris (ma|sa) retraite|nicht mehr (bei|für|im|in|tätig)|hat (das unternehmen|uns) verlassen|habe (das unternehmen|.{1,40}) verlassen|im ruhestand|não (trabalh\w*|faço|faz) mais|não (estou|está) mais (na|no|com|em)\b|deixou a empresa|deixei a empresa|me aposentei|se aposentou", RegexOptions.IgnoreCase)]
    private static partial Regex Left();

    [GeneratedRegex(@"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]?\d{4}\b")]
    private static partial Regex PhoneOnly();

    // A price of the sender's own as the only terms: "$150 a rod or no deal", "72 months or not at all".
    private const string PriceOrNothing = @"(?:\$\s?\d[\d,.]*(?:\s*k\b)?|\b\d[\d,.]*\s*(?:k\b|per (?:net )?(?:acre|rod)|an? (?:net )?(?:acre|rod)|/acre|/rod|%|percent|dollars|months|years))[^.?!\n]{0,30}?\bor (?:not at all|no deal|no sale|nothing|forget it)\b";

    [GeneratedRegex(@"\b(?:at|for|to|if you (?:can )?(?:do|pay|offer|make it)|make it|come up to|go to)\s+\$?\d[\d,.]*\s*(?:k\b)?(?:(?!\bbut\b)[^.?!\n]){0,40}?\b(?:i['’]?d|i would|we['’]?d|we would|i['’]?ll|we['’]?ll|i will|we will|i can|we can)\s+(?:sign|sell|take|do it|deal|consider|talk|listen)\b"
        // "At 25% I'd let you audit" (a blind set's, after "No sale. Ever."): terms for letting us do the work, only beside a share or money
        // (not an age: "At 87 I'd let you talk to my son").
        + @"|\b(?:at|for)\s+(?:\$\s?\d[\d,.]*\s*k?|\d{1,2}(?:\.\d+)?\s*(?:%|percent))[^.?!\n]{0,40}?\b(?:i['’]?d|i would|we['’]?d|we would|i['’]?ll|we['’]?ll|i will|we will)\s+let\s+(?:you|y['’]?all|them)\s+(?:audit|look|see|review|check|examine|do\s+(?:it|the)|have\s+(?:it|them|the)|go\s+ahead|proceed|survey|drill|lease|buy|handle|pursue|file|start|try)\b"
        // "Make it $3,000." as a sentence of its own (a review's, after "I wouldn't sell it for $1,500 an acre.").
        + @"|(?<=^|[.!?]\s+|\n)(?:then\s+|just\s+)?make\s+it\s+\$\s?\d[\d,.]*(?:\s*k\b)?(?:\s+(?:an|a|per)\s+(?:net\s+)?(?:acre|foot|rod|year))?\s*(?:[.!]|$)"
        // "I'll take my chances at the hearing unless you come up to $750 an acre": a price of the sender's own as the condition.
        + @"|\bunless\s+(?:you|y['’]?all|your\s+\w+|they)\s+(?:can\s+|will\s+)?(?:come\s+up\s+to|pay|offer|go\s+(?:up\s+)?to|make\s+it|raise\s+it\s+to|double\s+it\s+to)\s+\$\s?\d"
        // "At $90 a foot we could talk": a hedged yes only beside money ("At 85 I might sell, but not to you" is an age; a review).
        + @"|\b(?:at|for|to|make it)\s+\$\s?\d[\d,.]*\s*(?:k\b)?(?:\s+(?:an|a|per)\s+(?:foot|acre|rod|year))?[^.?!\n]{0,40}?\b(?:i|we)\s+(?:could|might)\s+(?:sign|sell|take|do it|deal|consider|talk|listen)\b(?![^.?!\n]*\bbut\s+not\b)"
        + @"|\b(?:beat|match|top|better)\s+(?:that|it|this|their|theirs|those|them|\$?\d[\d,.]*\s*k?)(?!\w)[^.?!\n]{0,40}?\b(?:talk|deal|sell|sign|consider|listen|business)\b"
        // "$4,000 an acre and you have a deal" (the amount looked behind for where the words stand, not at every digit)
        // ("Five cents a barrel, $40,000 for the pad, and I pick where the lease road goes, and you've got a deal"; a blind set's: 120 characters)
        + @"|\band you(?:['’]ve| have)? (?:got |have )?(?:a|yourself a) deal\b(?<=(?:\d|\b(?:cents?|nickel|dime|dollars?)\b)[^.?!\n]{0,120}?\band you(?:['’]ve| have)? (?:got |have )?(?:a|yourself a) deal)"
        // "Will you go to $3,500 an acre? If not, no deal": a price of the sender's own, the refusal only its condition.
        // (the price money-like: "Is this about the 2019 lease? If not, no deal" names none)
        + @"|\bif not,?\s+(?:then\s+)?(?:there's |there is )?no (?:deal|sale|go|dice)\b(?<=(?:\$\s?\d|\d[\d,.]*\s*(?:k\b|per (?:net )?acre|an acre|a (?:net )?acre|/acre|%|percent|dollars))[^\n]{0,160}?\bif not,?\s+(?:then\s+)?(?:there's |there is )?no (?:deal|sale|go|dice))"
        // "Sell at 72 months or not at all", "$150 a rod or no deal": the sender's own price as the only terms (not ours quoted back: "Your
        // letter says $400 an acre or nothing. Then nothing."; a review; "Tell your boss 25% royalty or nothing" is the sender's).
        // (The look behind is tried only where the price and its "or nothing" stand, not at every digit of a long line.)
        + @"|(?=" + PriceOrNothing + @")(?<!(?:[^.?!\n]|\.(?=\d))*\b(?:letter|says|said|wrote|told|offered|offering|asks?|asking|quoted?|terms|you (?:offer|say|said|wrote)|your (?:company|landman|letter|offer|terms|buyer|agent|man))\b(?:[^.?!\n]|\.(?=\d))*)" + PriceOrNothing
        // "If your buyer can pay five years of royalty up front, we can talk": terms of the sender's own, with no amount (terms,
        // not a threat: "If you put me on another list, we will talk to the attorney general").
        + @"|\bif (?:you|your \w+(?: \w+)?|they|the buyer) (?:can |could |will |would |are willing to )?(?:pay|offer|come up|beat|match|top|cover)\b(?=[^.?!\n]{0,80}?(?:\b(?:pay|offer|bonus|royalty|royalties|acre|acres|percent|up front|upfront|costs?|title work)\b|\$|%))[^.?!\n]{0,80}?,?\s*(?:then\s+)?(?:i|we)(?:['’]d| would|['’]ll| will| can| could| might) (?:talk(?! to)|deal|sign|sell|consider|listen|do business|be interested)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CounterOfferWords();

    // A sentence with its closing marks ("Sure, and I'd like a pony!", "$900?"); a line break ends one too.
    [GeneratedRegex(@"[^.!?\n]+[.!?]*")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"[\p{L}\p{N}$]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:(?:i['’]?d|i would|and i['’]?d) like a pony|when pigs fly|in your dreams|dream on|nice try|good luck with that|yeah,? right\b(?!\s+(?:away|now|here|there|on|after|before|then)))", RegexOptions.IgnoreCase)]
    private static partial Regex SarcasmWords();

    /// <summary>
    /// The interest said to be under lease to another already, in a statement ("We already have this tract under a top lease from all
    /// of the heirs", "The minerals are already under lease to Ascent": a blind set's competing land manager, read as interest); the
    /// words, or null. Not a question ("Isn't it already under lease?"), nor a belief ("I thought it was already leased").
    /// </summary>
    public static string? LeasedElsewhere(string newText)
    {
        var body = ReplyText.Body(newText);
        // Part of it leased and the rest offered ("My brother's share is already under lease, and I would like to do the same with
        // mine": a review) is no decline.
        return WantsTheRest().IsMatch(body) ? null : Stated(LeasedElsewhereWords(), body) ?? Stated(SignedWithAnother(), body);
    }

    // The whole of it, said at a sentence's start: "We already have this tract under a top lease", "The minerals are already under
    // lease", "It is already leased"; not another's share or a part ("My brother's share is", "Half of the interest is", "The north 40
    // is"), a belief ("I thought it was already leased") or a question.
    [GeneratedRegex(@"(?<=^|[.!?;:]\s*|\n\s*)(?:(?:and|so|but|well|sorry|unfortunately|as it happens),?\s+)?(?:(?:we|i)\s+already\s+(?:have|hold)\s+(?:this|that|the|these|those|it|them|your|all)(?:\s+(?:tract|tracts|land|lands|acreage|interest|interests|minerals?|property|section|lessors?|heirs?|of|the))*\s+(?:under\s+(?:a\s+)?(?:top\s+)?lease|leased)\b|(?:it|this|that|they|these|those|(?:the|our|my|this|that|these|those)\s+(?:tract|tracts|land|lands|acreage|interest|interests|minerals?|mineral rights|rights|property|section|royalty))\s+(?:is|are|was|were)\s+already\s+(?:under\s+(?:a\s+)?(?:top\s+)?lease|leased|committed)\b"
        // A right-of-way given to another pipeline already, and no more ("We already gave a right-of-way to Enable in 2013 ... We're done";
        // two blind sets'): the decline of an easement, as a lease to another is of a lease.
        + @"|(?:we|i)\s+already\s+(?:gave|granted|signed|sold)\s+(?:a|an|one|two|the)\s+(?:right[\s-]of[\s-]way|easement|pipeline\s+easement)\s+(?:to|with)\b(?=[^\n]*?(?:[.!?]\s+|\band\s+)(?:(?:we|i)['’](?:re|m)\s+done\b|(?:one|two|that)\s+(?:pipe|pipes|line|lines|pipeline|pipelines|is|are)\s+(?:is\s+|are\s+)?(?:plenty|enough)\b|that['’]s\s+(?:all|enough|plenty)\b|no\s+more(?:\s+(?:pipelines?|lines?|easements?))?\s*[.!])))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeasedElsewhereWords();

    // "Our family signed a lease with Yellowtail Land Services back in 2024 on all of that" (a blind set's): a lease to a company named.
    [GeneratedRegex(@"(?<=^|[.!?;:]\s*|\n\s*)(?:(?:we|i|our\s+family|the\s+family|my\s+family|the\s+estate|the\s+trust)\s+(?:already\s+)?signed\s+(?:a|an|the)\s+(?:new\s+)?(?:lease|option|agreement)\s+with\s+(?!(?:mr|mrs|ms|miss|dr)\b)(?-i:\p{Lu})[\w&'-]*(?:\s+(?-i:\p{Lu})[\w&'-]*)*(?!\s+(?:from|of|at|with|in)\s+(?:your|you|y['’]?all)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignedWithAnother();

    [GeneratedRegex(@"\b(?:the other|the rest|my (?:half|share|part|portion)|our (?:half|share|part|portion)|(?:would|'d) like to (?:lease|sell|sign|do the same)|(?:are|am|is|'re|'m) (?:still )?(?:open|available|interested)|interested in leasing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WantsTheRest();

    /// <summary>
    /// The matter handled by the sender without us (REPLY-LABELS.md step 5, "already ... handled in-house"): "I'll claim it myself",
    /// "We will record the affidavit ourselves", "I already got my money from the Comptroller", "We're done here" (a blind set's three,
    /// read as nothing or as interest); the words, or null. Not a question, nor beside a wish for more ("I'll file it myself, but send
    /// me the checklist").
    /// </summary>
    public static string? HandledWithoutUs(string newText)
    {
        var body = ReplyText.Body(newText);
        // Beside a yes, a request or a deal of the sender's own ("I'll do the paperwork myself. Just mail the lease"): no decline (a review).
        return Stated(HandledWords(), body) is { } handled && !AcceptsOrAsks().IsMatch(body.Replace(handled, " ", StringComparison.Ordinal)) ? handled : null;
    }

    /// <summary>The first of <paramref name="words"/>' matches in <paramref name="body"/> that stands in a statement, not a question; null when none does.</summary>
    private static string? Stated(Regex words, string body)
    {
        foreach (Match m in words.Matches(body))
            if (!InQuestion(body, m)) return m.Value;
        return null;
    }

    // (Not "whether I can claim it myself", "done here at the ranch", money got "for the old well": a review.)
    [GeneratedRegex(@"(?<!\b(?:if|whether|unless|can|could|should|do|did|would)\s+)\b(?:(?:i|we)(?:['’]ll|\s+will|\s+can|['’]d\s+rather|\s+would\s+rather|\s+prefer\s+to|['’]re\s+going\s+to|['’]m\s+going\s+to)\s+(?:claim|file|record|handle|take\s+care\s+of|manage)\s+(?:it|this|that|them|the\s+(?:claim|affidavit|filing|checks?|royalties))\s+(?:my|our)sel(?:f|ves)|(?:i|we)\s+already\s+(?:got|received|collected|claimed)\s+(?:my|our|the)\s+(?:money|royalt(?:y|ies)|checks?|funds?)\s+(?:back\s+)?from\s+(?:the\s+)?(?:comptroller|state|treasury|operator|unclaimed[\w\s]{0,20}|them|you)\b(?![^.!?\n]*\bfor\b)|(?:we['’]re|i['’]m|we\s+are|i\s+am)\s+done\s+here(?=\s*(?:[.!]|$))"
        // "We'll take our chances with the Commission on February 23" (a blind set's): the hearing chosen over the deal; "Caddo Timberlands
        // manages its mineral estate in-house" (another's, read as a referral).
        // "My lawyer is handling the estate and he told me not to sign anything from anybody" (a blind set's), "Our CPA is handling it. He's
        // aware of your letter." (another's), nobody named.
        + @"|\b(?:told|advised|instructed)\s+(?:me|us)\s+not\s+to\s+sign\b|\b(?:my|our)\s+(?:lawyer|attorney|cpa|accountant|trust\s+officer|trustee|banker|financial\s+(?:advis[oe]r|planner))\s+(?:is|are)\s+handling\s+(?:it|this|that|them|everything|the\s+(?:estate|matter|minerals|probate|royalt(?:y|ies)|whole\s+thing))\b(?!\s*[,:]?\s*(?-i:\p{Lu}))"
        + @"|(?:i|we)(?:['’]ll|\s+will|['’]d\s+rather|\s+would\s+rather)\s+take\s+(?:my|our)\s+chances\s+(?:with|at|in|before)\s+(?:the\s+)?(?:commission|hearing|board|court|judge|pooling|integration|conservation\s+commission|oil\s+and\s+gas\s+commission)\b"
        + @"|\b(?:manages?|handles?|administers?)\s+(?:its|our|their|all(?:\s+of)?\s+(?:its|our|their))\s+(?:own\s+)?(?:mineral|minerals|land|royalty|royalties|oil\s+and\s+gas)(?:\s+(?:estate|interests?|matters|holdings|rights|properties|leasing))?\s+in[\s-]house\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandledWords();

    /// <summary>
    /// What a reply says after taking back its question of who we are ("Who are you and how did you get my name? Never mind, I read it
    /// again. What would $6,500 an acre come to on my share?": a blind set's, read as the question it took back); null when it takes
    /// back none, or says too little after (under five words).
    /// </summary>
    public static string? AfterRetractedQuestion(string newText)
    {
        var body = ReplyText.Body(newText);
        if (RetractedQuestion().Match(body) is not { Success: true } m) return null;
        var rest = body[(m.Index + m.Length)..].Trim();
        return Words().Count(rest) >= 5 ? rest : null;
    }

    // A question, then "never mind" (or "scratch that", "disregard that") and what the sender read or found.
    // ("Who is this? Never heard of you. OK, I looked you up.": the sender found us; a blind set's. "... I never gave it to an oil company.
    // OK I read it again.": another's.)
    [GeneratedRegex(@"\?(?:[^?\n]{0,80}[.!])?\s*(?:(?:ok(?:ay)?|oh|well|wait),?\s+)?(?:never\s?mind|nevermind|scratch that|disregard that|forget (?:that|i asked))\b[^.!?\n]*[.!]|\?(?:[^?\n]{0,40}[.!])?\s*(?:ok(?:ay)?,?\s+|well,?\s+|alright,?\s+)?(?:i|we)\s+(?:just\s+)?(?:looked\s+you\s+(?:all\s+)?up|googled\s+you|found\s+you(?:r\s+(?:website|site|company))?\s+online|read\s+(?:it|your\s+letter|the\s+letter)\s+(?:again|over|through)|re-?read\s+(?:it|your\s+letter|the\s+letter))\b[.!,]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetractedQuestion();

    /// <summary>
    /// Whether <paramref name="text"/> says its answer is no in a sentence of its own ("So the answer is no. We will take care of the
    /// affidavit ourselves.": a blind set's closing after a family story, which the model read alone as a no the closing rule did
    /// not trust without a decline's words). Not "the answer is no longer simple", "the answer is no different".
    /// </summary>
    public static bool AnswerIsNo(string text) => AnswerIsNoWords().IsMatch(text);

    // ("So my answer is no, and I will be at your meeting on the 7th to say so out loud."; a blind set's story.)
    [GeneratedRegex(@"\b(?:my|our|the) (?:final )?answer (?:is|remains|will be|has to be)(?: still)? (?:no|nope|a no)\s*(?:[.!]|$|,\s*and\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerIsNoWords();

    [GeneratedRegex(@"\b(?:i|we)\s+(?:don['’]t|do\s+not|won['’]t|will\s+not|can['’]t|cannot|would\s+rather\s+not|['’]d\s+rather\s+not)\s+(?:want|wish|need|sign|lease|sell|do|let|allow|care)\b|\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+not\s+(?:interested|selling|leasing|signing)\b|\bnobody\b|\bno\s+one\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnNo();

    [GeneratedRegex(@"\b(?:like|love)\s+to\s+(?:hear|know|see|talk|learn|get)\b|\bmore\s+information\b|\binterested\b(?<!\bnot\s+interested)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WishToHear();

    // "... The answer is no." closes on a no too (a review: after a story it was Unknown).
    // ("If you ever get a processing plant built I might feel differently, but for now I'll pass." closes on a no: a blind set's.)
    [GeneratedRegex(@"(?:^|[.!?\n]|\p{So}|\b(?:lol|haha|lmao|so|then)|\b(?:but\s+)?(?:for\s+now|right\s+now|at\s+this\s+time|this\s+time)(?=,?\s+(?:i|we)(?:['’]ll|\s+will)\s+pass\b),?|\bbut(?=\s+(?:hell\s+no|no\s+way|no\s+thanks?|no\s+thank\s+you|the\s+answer)\b)|\band(?=\s+(?:it['’]s|it\s+is|that['’]s|the\s+answer\s+is)\s+still\b)|\b(?:my|our|the) (?:final )?answer (?:is|remains|will be|has to be)(?: still)?)\s*(?<no>no|nope|nah|no thanks|no thank you|hard pass|pass|not a chance|no chance|no way|not happening|hell no|absolutely not|never again|not ever|no[.!,]?\s+never|(?<!\?\s*)forget it|(?<!\?\s*)forget about it|(?:i|we)(?:['’]ll| will) pass(?: for now| on (?:it|this|that))?(?:,? (?:thanks|thank you))?|(?:that['’]s|that is|it['’]s|it is) a (?:hard |firm |definite |flat )?no|(?:that['’]s|that is|it['’]s|it is|the answer is) still (?:a )?no|(?:the answer|it) will still be (?:a )?no|thanks? (?:you )?anyway)\s*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingNoWords();

    // The relatives and advisers a reply sends us to.
    // A church's, a club's or a family company's officers too ("talk to our treasurer, Alma Jessup").
    private const string Relations = "son|daughter|brother|sister|wife|husband|nephew|niece|cousin|uncle|aunt|mother|father|mom|dad|grandson|granddaughter|kids|children|attorney|lawyer|accountant|cpa|agent|manager|trustee|banker|trust officer|executor|executrix|partner"
        + "|stepmother|stepfather|stepson|stepdaughter|grandmother|grandfather|grandma|grandpa|mother-in-law|father-in-law|son-in-law|daughter-in-law|brother-in-law|sister-in-law"
        + "|chairman|chairwoman|president|treasurer|bookkeeper";

    // The words that send us to someone, and the negation before them that sends us nowhere ("Don't call my son, he's not involved").
    private const string HandoffVerb = "call|contact|talk to|talk with|speak to|speak with|reach|write to|e-?mail|get (?:a )?hold of";
    // The words that send us to a relative or adviser named before them by a pronoun: "call him", "send it all to her", "Send anything
    // further to her", "Please send your information to her:", "Please send the lease and anything else to him:" (blind sets').
    // "Ask him" too, as a sentence of its own ("I sold that in 1998 to my cousin Pete Wold in Arnegard. Ask him, he's in the book."; a blind
    // set's), not "I'll ask him tonight", a wait.
    // "Send it all to her", "Send anything further to her", "Please send the lease and anything else to him:" (blind sets'): bidden, not the
    // sender's own plan ("If my brother wants in, I'll send your information to him"), a question, a negation ("Do not ever send anything
    // further to him") or a copy beside the sender ("... to him and to me", "to her too"; a review's).
    private const string SendToThem = @"(?<!\b(?:i|we)(?:['’]ll|['’]d|\s+will|\s+would|\s+can|\s+could|\s+should|\s+might|\s+may|\s+to)\s+)(?<!\b(?:not|never|n['’]t)\s+(?:\w+\s+)?)(?<!\b(?:said|says|told\s+me|asked\s+me|wants\s+me)\s+to\s+)"
        + @"send (?:(?:it|them|the\s+[\w-]+)\s+(?:and|&)\s+)?(?:it|it all|everything|them|all of it|the papers|the paperwork|the\s+[\w-]+|anything(?:\s+(?:further|else|more))?|(?:your|any|all|further|future)\s+(?:information|info|offers?|letters?|papers|paperwork|correspondence|mail|questions))\s+to\s+(?:him|her|them)\b"
        + @"(?!\s+(?:and\s+(?:to\s+)?(?:me|us)|too|as\s+well|also)\b)(?![^.!?\n]*\?)";
    private const string ToThem = "(?:" + HandoffVerb + @"|go through|deal with|work with|work through) (?:him|her|them)\b(?!\s+(?:first|before)\b)|" + SendToThem + @"|(?<=(?:^|[.!?]\s+))ask (?:him|her|them)\b(?!\s*\?)(?!\s+(?:for|why|about|if|whether|what|how|when|where|to)\b)"
        // "... he was talking about wanting in on the wind money, you might try him. Dwayne's cell is ..." (a blind set's).
        + @"|(?<=\byou\s+(?:might|could|can|may|should|ought\s+to)\s+)try (?:him|her|them)\b"
        // "Write her at 412 E 18th St" (a blind set's), bidden as a sentence of its own; not "I'll write him tonight".
        + @"|(?<=(?:^|[.!?]\s+)(?:please\s+|just\s+|you\s+can\s+|you\s+should\s+)?)write (?:him|her|them)\b(?=\s+(?:at|in\s+care\s+of|c/o)\b)";
    private const string NotNegated = @"(?<!\b(?:don'?t|do not|never|not|no need to|please don'?t|haven'?t|hasn'?t|hadn'?t|didn'?t|not yet|haven'?t yet|hasn'?t yet|never yet)\s+)";

    // (Not money's way, "The money goes through my wife's account", "Payment goes through our accountant ... but send the lease to me"; a review's.)
    // (Nor a way that ended: "Nothing goes through my son anymore, he moved to Alaska. Deal with me directly"; a review's.)
    [GeneratedRegex(NotNegated + @"(?<!\b(?:money|payments?|checks?|royalt(?:y|ies)|funds?|deposits?|it\s+all|taxes|nothing)\s+)\b(?:" + HandoffVerb + @"|go(?:es)? through|deal with)\s+(?:my|our)\s+(?:" + Relations + @")s?\b(?!['’])(?![^.!?\n]*\b(?:any\s?more|no\s+longer)\b)"
        // "my cousin Ronnie Lasyone might be interested", "she is the one you need to talk to": the other party as the one to deal with.
        + @"|\bmy (?:" + Relations + @")(?: (?-i:[A-Z])[\w'-]+){0,3},? (?:might|may|would|could) (?:well )?be interested\b(?! to (?:hear|know|see|learn))"
        + @"|\b(?:she|he|they)(?:'s| is| are) the (?:one|person|people|ones) (?:you (?:need|want|should|will need|'ll need|have|ought) to|to) (?:talk|speak|deal|contact|call|write|get in touch)\b"
        // "They're the ones you want for a pipeline", "You'd have to deal with her", "The owner is Mrs. Ruth Ash, 1147 Indian Creek Road"
        // (a blind set's: owners of the surface, or of the land a club only hunts on, named with a phone or an address).
        // "my cousin Delbert Haws owns the other half ... He might be your man. (928) 555-0121" (a blind set's).
        // (Not with a turn or a purpose after it: "He might be your man, but he's not mine", "He might be your man for the farm work, but I
        // own the minerals"; a review's.)
        + @"|\b(?:she|he|they)(?:\s+might\s+be|\s+may\s+be|\s+could\s+be|\s+would\s+be)\s+(?:probably\s+|likely\s+)?your\s+(?:man|woman|guy|gal|person|people|party)\b(?![^.!?\n]*\bbut\b)(?!\s+for\b)"
        + @"|\b(?:she|he|they)(?:['’]s|['’]re| is| are) the (?:one|ones|person|people) you (?:want|need)\b"
        + @"|" + NotNegated + @"\b(?:you|y['’]?all)(?:['’]d| would| will|['’]ll)? (?:have|need|want|ought) to (?:deal|talk|speak|work|get together|coordinate|check|sort (?:it|this|that) out) (?:with|to) (?:him|her|them)\b"
        // "You'd need to go through the estate's agent, Arlene Boone, 405-555-0179" (a blind set's grazing tenant): the one to deal with,
        // by their role, the way to reach them checked after.
        + @"|" + NotNegated + @"\b(?:you|y['’]?all)(?:['’]d| would| will|['’]ll)? (?:have|need|want|ought) to (?:go through|deal with|talk to|speak (?:to|with)|work with|contact|call) (?:the|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:agent|manager|attorney|lawyer|trustee|executor|executrix|landlord|owners?|bank|trust\s+officer|office|foreman)\b"
        // "My nephew Trent Pogue in Nowata looks after it for the family. His number is ..." (a blind set's): a relative who sees to the
        // land, named with his number.
        + @"|\b(?:my|our)\s+(?:" + Relations + @")(?:\s+(?-i:\p{Lu})[\w'’-]+){0,3}(?:\s+(?:in|at|from)\s+(?-i:\p{Lu})[\w'’-]+)?\s+(?:looks\s+after|takes\s+care\s+of|handles|manages|runs|sees\s+to|is\s+in\s+charge\s+of)\s+(?:it|that|things|everything|the\s+(?:place|land|ranch|farm|property|minerals?|leases?))\b(?=[^\n]{0,200}\b(?:his|her|their)\s+(?:\w+\s+)?(?:phone|number|cell|e-?mail|address)\b)"
        + @"|\bthe (?:(?:royalty|mineral|surface|record|actual|real|rightful|current)\s+)?(?:owners?|landowners?) (?:is|are) (?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?-i:[A-Z])[\w'-]+"
        // "Go through the BIA Fort Berthold Agency, Branch of Real Estate Services in New Town, 701-555-0181." (the thirty-second set's):
        // bidden, as a sentence of its own, to an office or a person named (not "go through the permit line by line"), the way to reach
        // them checked after.
        // (An office by its name's own word, "Agency", "Office", "Bureau": not a company or a person gone through or dealt with, "Go through
        // the BIA and it'll take two years. Deal with me instead", "Deal with Continental?", "Work with Dagny on the details"; nor advice, "Go
        // through the Farm Bureau if you want to talk to landowners around here"; a review's.)
        + @"|(?<=(?:^|[.!?]\s+|\n)(?:please\s+|just\s+|you['’]ll\s+(?:have|need)\s+to\s+|you\s+(?:have|need|must)\s+to\s+|you\s+must\s+)?)go\s+(?:through|thru)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}'’.&-]*\s+){0,6}?(?-i:Agency|Office|Bureau|Department|Division|Board|Commission|Council|Association|Services?)\b(?![^.!?\n]*(?:\?|\bif\s+you\s+(?:want|wish|like|need)\b|\bif\s+you['’]d\s+like\b))"
        // "My son-in-law Brady Hanson has my power of attorney and handles everything now. Brady Hanson, Billings, 406-..." (the
        // thirty-second set's, beside "Do not write to me again"): the relative who acts for the sender, the way to reach them checked after.
        // (A way to reach them given after, not a "but" of the sender's own nor the relative's no: "..., but I can sign this myself", "... and he
        // says no. Please stop writing."; a review's.)
        + @"|\b(?:my|our)\s+(?:" + Relations + @")(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,3},?\s+(?:has|holds)\s+(?:my|our|the)\s+(?:(?:durable|general|financial)\s+)?(?:power\s+of\s+attorney|poa)\b(?!,?\s+but\b)"
        + @"(?![^\n]{0,200}?\b(?:he|she|they)\s+(?:says?|said|would\s+say|['’]d\s+say|wants?)\s+no\b)(?=[^\n]{0,200}?(?:\d{3}\W{0,2}\d{3}\W\d{4}|@))"
        // Norwegian and Danish "Du kan nå ham på telefon 701-...", "Kontakt henne", "Ring ham" (the thirty-second set's, after "Min del av
        // farmen gikk til fetteren min, Ole Haugen"), Swedish "honom".
        // (A person, not "dem", a company named as a fact; not negated: "ikke ring ham", "ring honom inte"; a review's.)
        + @"|(?<!\b(?:ikke|ikkje|inte|ej)\s+)\b(?:du\s+kan\s+(?:nå|na|ringe|kontakte|skrive\s+til)|kontakt|ring|ta\s+kontakt\s+med|snakk\s+med|tal\s+med|prat\s+med)\s+(?:ham|henne|hende|honom)\b(?!\s+(?:ikke|ikkje|inte|ej)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HandoffWordsBidden();

        // "so she is the one who should be talking to you", "I have turned all of this over to my attorney" (not "have not turned").
        // "... my cousin Rhonda Tate in Eunice is the executor and the one who signs for the land" (a blind set's), and "The land is my
        // mother's, Eloisa Chavez. Her house phone is ..." (another's; with her way to reach her after it).
        // (Only of a relative the sender names, not negated, nor beside the relative's no: "My husband is the one who makes decisions and
        // he says absolutely not", "I am the one who signs", "Dale is not the one who signs"; a review.)
    [GeneratedRegex(@"(?=\b(?:is|['’]s)\s)(?<=\b(?:my|our|his|her)\s+(?:" + Relations + @")s?\b[^.!?\n]{0,60})\b(?:is|['’]s)\s+(?:(?!(?:not|i|am|me|we|us|myself)\b)[\w-]+\s+){0,5}?the\s+(?:one|person)\s+(?:who|that)\s+(?:signs|can\s+sign|decides|can\s+decide|makes\s+(?:the\s+)?decisions|would\s+know|knows|has\s+the\s+(?:deeds?|papers|records|abstracts?|paperwork)|keeps\s+the\s+(?:deeds?|papers|records|paperwork)|can\s+tell\s+you)\b(?![^.!?\n]*\b(?:says?|said|told)\s+(?:no|not|absolutely|never)\b)(?![^.!?\n]*\?)"
        + @"|(?:\b(?:land|property|place|ranch|farm|minerals?|surface|tract|acreage|interest)\s+(?:is|are|belongs?\s+to)|\b(?:it|that)['’]s|\bit\s+is)\s+(?:(?:all|really|actually|now)\s+)?(?:my|our)\s+(?:" + Relations + @")(?:['’]s)?\b(?=[^\n]{0,200}\b(?:her|his|their)\s+(?:\w+\s+)?(?:phone|number|cell|e-?mail|address|name)\b)(?![^\n]{0,200}\b(?:call|reach|contact|text|e-?mail|write(?:\s+to)?)\s+me\b)"
        // "I don't own any of the royalty, my brother does. Kurt Zimmerman, 21 Prairie View Dr" (a blind set's): the interest another's,
        // the relative who holds it named after.
        + @"|\b(?:i|we)\s+(?:don['’]t|do\s+not|no\s+longer)\s+own\s+[^.!?\n]{0,40}?[,;:]?\s*(?:(?:it['’]?s|that['’]?s)\s+)?(?:my|our)\s+(?:" + Relations + @")s?(?:['’]s|\s+(?:does|do|owns\s+(?:it|them|that|those)|own\s+(?:it|them|that|those)))(?=\s*[.;,!]|\s+now\b)"
        // (not with the relative's no after it: "..., my brother does, and he is not interested"; a review)
        + @"(?![^\n]*\b(?:not|no|never|won['’]?t|doesn['’]?t|isn['’]?t|wouldn['’]?t)\b)"
        // "Please do not contact me directly. My attorney is Gary Holm, 1600 Main St" (a review's): an adviser named, the way to reach
        // them checked after.
        // (Not where the sender stays in: "Send whatever you have to our attorney and to me; ... I'm interested. Our attorney is Jim Ross"; a review.)
        // (The look behind comes after the words it checks, so it is tried only where they stand, not at every place of a long line, and
        // reads at most 1,000 characters back, so that a line of "my attorney is" over and over is not read back to its start at each.)
        + @"|\b(?:my|our)\s+(?:attorney|lawyer|accountant|cpa|agent|trustee|trust\s+officer|executor|executrix|banker|land\s+manager)\s+is\s+(?<!(?:\b(?:and|&)\s+(?:to\s+)?(?:me|us)\b|\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:still\s+)?(?:the\s+one|interested))[^\n]{0,1000})(?:(?-i:Mr|Mrs|Ms|Dr)\.?\s+)?(?-i:\p{Lu})[\w'-]+(?:\s+(?-i:\p{Lu})\.?)?(?:\s+(?-i:\p{Lu})[\w'-]+)?"
        // "My grazing lease on the Toyah place ended October 31. Wade Sandoval has it now ... Wade's number is 432-555-0115." (a blind set's):
        // the one who holds it now, named, with their number or address after.
        + @"|\b(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+)?\s+(?:has|holds|runs|leases|rents)\s+(?:it|that|the\s+(?:lease|place|ranch|pasture|grazing(?:\s+lease)?|ground))\s+now\b(?=[^\n]{0,200}\b(?:number|phone|cell|e-?mail|address)\b)"
        // "She's the one who can sign anything" (an estate's personal representative, named with a number; a blind set's).
        + @"|\b(?:she|he|they)(?:['’]s| is| are) the (?:one|person|people|ones) (?:(?:who|that) (?:should|can|needs to|need to|has to|will|would)|who['’](?:d|ll)) (?:be )?(?:talk|talking|speak|speaking|deal|dealing|handle|handling|sign|signing|decide|deciding)\b(?![^.!?\n]*\bif\s+it\s+were\b)"
        // "My cousin Marvin Olsen ... he's the one who has the deeds and the probate papers. His number is ..." (a blind set's).
        + @"|\b(?:she|he|they)(?:['’]s| is| are) the (?:one|person|people|ones) (?:who|that) (?:has|have|keeps|keep|holds|hold) (?:all )?the (?:deeds?|papers|records|abstracts?|paperwork|probate papers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HandoffWordsHolder();

    [GeneratedRegex(NotNegated + @"\b(?:turned|handed|passed|given|gave) (?:all (?:of )?)?(?:this|it|everything|that|the matter|this matter|the whole thing|the papers|the paperwork|the letter|your letter) over to (?:my|our) (?:" + Relations + @")s?\b"
        // "She has asked that all correspondence about her minerals go to her son:", "please send the papers to my daughter", "Send
        // whatever you have about the affidavit to our lawyer's office at ..." (a blind set's): where the mail is to go, said by the owner
        // or by an adviser writing for them.
        // (not in a sentence that says no, never or don't: "make sure no correspondence goes to my son"; looked for within 1,000 characters
        // before the words, so that a long line of these words is not read back to its start at each)
        + @"|\b(?:correspondence|mail|paperwork|papers|documents|everything|communications?|checks|inquiries|enquiries|questions)\b(?<!\b(?:no|not|never|don'?t|do not|doesn'?t|nothing|stop)\b[^.?!\n]{0,1000})(?:(?!\b(?:not|never|no)\b)[^.?!\n]){0,60}?\b(?:go|goes|(?:be )?sent|(?:be )?directed|(?:be )?addressed|(?:be )?mailed|(?:be )?forwarded)(?: in writing| by (?:mail|post|letter))? to (?:my|our|her|his|their) (?:" + Relations + @")s?\b"
        + @"|" + NotNegated + @"\b(?:send|direct|address|forward|mail)\s+(?:all |any )?(?:further |future |more )?(?:correspondence|mail|paperwork|the papers|papers|documents|everything|anything|it|it all|them|whatever(?: (?:you have|you've got|you send))?|what you have|anything you have|all of it|(?:(?:your|the)\s+)?(?:next\s+)?(?:letters?|offers?))\s+(?:(?:about|on|for|regarding|concerning) [^.?!\n]{1,40}?\s)?to (?:my|our|her|his|their) (?:" + Relations + @")s?\b(?!['’]?s?\s+(?:and|&)\s+(?:to\s+)?(?:me|us|myself)\b)(?![^.!?\n]*\b(?:as\s+well|too|also)\b)"
        // "We have retained counsel ... Please send any further correspondence to:" with a name and a postal address below (a blind
        // set's): where the mail is to go, introduced by the colon; the address after it is checked to be no signature of the sender's.
        + @"|" + NotNegated + @"\b(?:send|direct|address|forward|mail)\s+(?:all\s+|any\s+)?(?:further\s+|future\s+)?(?:correspondence|mail|communications?|paperwork|papers|documents|notices)(?:\s+(?:about|on|for|regarding|concerning)\s+[^.?!\n:]{1,40}?)?\s+to\s*:(?=\s*\n)"
        // "Any request for access or an easement must go to the diocesan Office of Temporalities, Deacon Ray Benavidez, 806-555-0171"
        // (a blind set's): where requests are to go, the way to reach them checked after.
        + @"|\b(?:any|all)\s+(?:requests?|inquiries|enquiries|questions|correspondence)\b[^.!?\n]{0,60}?\b(?:must|should|needs?\s+to|has\s+to|have\s+to|will\s+have\s+to)\s+(?:go|be\s+(?:sent|directed|addressed|made))\s+(?:through|to)\b(?!\s+(?:me|us|myself|ourselves)\b)"
        // "He says if you have business with the family you should write to him by regular mail at: Eli M. Yoder, 52110 Bethel Ridge Road
        // ..." (a blind set's: a neighbour writing for a family without e-mail): where the letters are to go, by post.
        + @"|" + NotNegated + @"\b(?:you should|you can|you may|you(?:['’]ll| will) (?:have|need) to|you (?:need|have|ought) to|please|best to) (?:write|send (?:it|them|your letters?|everything|anything|the papers)|mail (?:it|them|the papers))(?: to)? (?:him|her|them)\b(?=[^.?!\n]{0,40}\b(?:mail|post|letter|at)\b)"
        // "Please direct your proposal to the Church's Real Estate Services Division, ..., 50 E. North Temple, Salt Lake City, UT 84150,
        // telephone 801-555-0117" (a blind set's): an office named as where the offer is to go, the way to reach it checked after.
        // (Or to the one just named, by a pronoun: "The successor trustee is Jacob Goertzen, 2207 Elm Ridge Dr., ..., 620-555-0116. Please direct
        // your offer to him."; a blind set's; only after a role or a relative: "Please direct your offer to him." over a signature names nobody; a review's.)
        // (Bidden, not the sender's own plan: "I'll forward your offer to Jim"; a review's.)
        + @"|(?<=(?:^|[.!?]\s+|\n)(?:please\s+|kindly\s+)?)(?:direct|submit|route)\s+(?:your|the|this|any|all)\s+(?:[\w-]+\s+){0,2}?(?:proposals?|offers?|leases?|letters?|inquir(?:y|ies)|requests?|correspondence|paperwork)\s+to\s+(?:(?:the\s+)?(?-i:\p{Lu})[\w'’.&-]*(?:['’]s)?(?:\s+(?-i:\p{Lu})[\w'’.&-]*){0,6}|(?:him|her|them)\b(?!\s+(?:and|&)\s+(?:to\s+)?(?:me|us)\b)(?<=\b(?:trustee|attorney|lawyer|executor|executrix|guardian|conservator|agent|manager|" + Relations + @")\b[^\n]{0,400}))"
        // "My son Curtis ... has handled our share of everything since Mother died, and I would rather you talked with him. He is at 405-...",
        // "Junior Ratzlaff rents our ground ... I'd rather you went thru him. 580-555-0124" (a blind set's two).
        + @"|\b(?:i|we)(?:['’]d|\s+would)\s+(?:rather|prefer(?:\s+that)?)\s+(?:you|y['’]?all)\s+(?:talked|spoke|dealt|went|worked|talk|speak|deal|go|work)\s+(?:to|with|thru|through)\s+(?:him|her|them)\b"
        // "Please send the spill report and your proposed release to the section's field representative for Reeves County, Teresa Galindo, ..."
        // (a blind set's: a state office's): bidden, to a role, the way to reach them checked after; not copied beside the sender ("to our
        // attorney and to me", "to my attorney as well"; earlier reviews').
        + @"|(?<=(?:^|[.!?]\s+|\n)(?:please\s+|kindly\s+)?)(?:send|mail|forward|direct)\s+(?:(?!\b(?:me|us)\b)[^.?!\n]){1,60}?\bto\s+(?:the\s+|our\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:representative|agent|section|department|division|officer|attorney|lawyer|trustee|manager)\b(?![^.!?\n]*\b(?:(?:and|&)\s+(?:to\s+)?(?:me|us)|as\s+well|too|also)\b)"
        // "Commissioner Hadley asked that any waiver or road-use question be sent to the District Attorney's civil division" (a blind set's).
        + @"|\b(?:asked|asks|requested|requests|prefers?)\s+that\s+(?:any|all)\s+[^.!?\n]{0,60}?\bbe\s+(?:sent|directed|addressed|forwarded)\s+to\b(?!\s+(?:me|us|myself|him\s+and\s+me)\b)"
        // "Notices go to the trustee:" over the trust department's address block (a blind set's, beside "take this e-mail address off your list").
        // ("Any papers about my land must go to him:" over a conservator's name and address, after "the court appointed a conservator"; a blind set's.)
        + @"|\b(?:notices|correspondence|mail|papers|paperwork|documents|inquiries)(?:\s+(?:about|on|for|regarding|concerning)\s+[^.?!\n:]{1,40}?)?\s+(?:should\s+|must\s+|need\s+to\s+)?(?:go|goes|be\s+sent|be\s+directed|be\s+addressed)\s+to\s+(?:(?:the|our|my|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:trustee|trust\s+(?:department|officer)|executor|executrix|attorney|lawyer|agent|bank|guardian|conservator|manager|office)|him|her|them)\s*:(?=\s*\n)"
        // "If you want to buy something you had better write to Earl Pickett, 1220 County Road 4, Pecos TX 79772" (a blind set's): one named
        // to write to, a street or box right after the name (not "You should write to Congress about your pipeline"; a review's).
        + @"|" + NotNegated + @"\b(?:you(?:['’]d|\s+had)\s+better|you\s+should|you(?:['’]ll|\s+will)\s+(?:have|need)\s+to|you\s+(?:need|have|ought)\s+to|best\s+to)\s+write(?:\s+to)?\s+(?:(?-i:Mr|Mrs|Ms|Dr)\.?\s+)?(?-i:\p{Lu})[\w'’-]+(?:\s+(?-i:\p{Lu})\.?)?(?:\s+(?-i:\p{Lu})[\w'’-]+)?(?=,?\s+(?:\d|p\.?\s*o\.?\s+box\b|box\s+\d|at\s+\d))", RegexOptions.IgnoreCase)]
    private static partial Regex HandoffWordsMailTo();

        // "I think you have me confused with my mother. The mineral interest is in her name, Park Soon-ja ... 405-555-0170" (a blind set's).
    [GeneratedRegex(@"\byou(?:['’]ve| have)? (?:got )?(?:me|us) (?:confused|mixed up|mistaken) (?:with|for) (?:my|our) (?:" + Relations + @")s?\b"
        // "I deeded my share to my nephew years ago. Call him, Dustin Pavlik, 361-...": a pronoun for a relative named before it.
        // (The look behind for the relative comes after the words it checks, so it is tried only where they stand.)
        // "I've got a lawyer for this pooling business. Meredith Cain, Enid, 580-555-0119. Send it all to her" (a blind set's): a relative
        // or adviser of the sender's, "my" or one they have, and where the papers are to go.
        + @"|" + NotNegated + @"\b(?:" + ToThem + @")\b"
        + @"(?<=\b(?:my|our|(?:i|we)(?:['’]ve| have)? (?:got|hired|retained) (?:a|an)) (?:" + Relations + @")s?\b[^\n]{0,200}?\b(?:" + ToThem + @"))"
        // "But Curt Rolfson on the section north of us was asking around about seismic money ... You might try him, 701-555-0158." (the
        // thirty-second set's, after the sender's own no): anyone named by first and last name before it, not only a relative.
        // (Offered as the one to deal with, nothing after it: not "try him and ask how that went", "try him to set up a time", "try him but he'll
        // say the same"; a review's.)
        + @"|(?<=\byou\s+(?:might|could|can|may|should|ought\s+to)\s+)try\s+(?:him|her)\b(?!\s+(?:and|to|but|if|for|about|on|at)\b)(?<=\b(?-i:\p{Lu})[\p{L}'’-]+\s+(?-i:\p{Lu})[\p{L}'’-]+\b[^\n]{0,200}?\btry\s+(?:him|her))", RegexOptions.IgnoreCase)]
    private static partial Regex HandoffWordsPronoun();

    /// <summary>
    /// The whole of it sold to someone named ("We sold that ranch to the Pfisters in 2019. Wes Pfister, 307-..."): the owner is another
    /// now, the words, or null. Not when the sender kept what we are after or still owns it ("sold the ranch ... and kept the minerals",
    /// "bought it back"), asks to be called or can sign, or sold only a part ("the east half").
    /// </summary>
    public static string? SoldToAnother(string newText) =>
        SoldWords().Match(newText) is { Success: true } sold && !StillTheOwner().IsMatch(newText) && CallMe(newText) is null ? sold.Value : null;

    // ("That royalty was sold to my cousin Bernie Lucchino in 2021", the passive too; a blind set's.)
    [GeneratedRegex(@"(?:" + NotNegated + @"\b(?:sold|deeded|conveyed|transferred)\s+(?:it(?:\s+all)?|them|all(?:\s+of\s+it)?|(?:that|this|those|these|the|our|my)\s+(?:ranch|place|land|farm|property|minerals?|mineral interest|interest|acreage|tract|royalty|royalties))"
        + @"|\b(?:that|this|those|these|the|our|my)\s+(?:ranch|place|land|farm|property|minerals?|mineral interest|interest|acreage|tract|royalty|royalties)\s+(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:all\s+)?(?:sold|deeded|conveyed|transferred))"
        + @"\s+(?:[^.?!\n]{0,30}?\s)?to\s+(?:the\s+)?"
        // "... to my neighbor, Ray Gallegos" (a blind set's): the buyer named after who they are.
        + @"(?:(?:my|our|a)\s+(?:(?:old|longtime|next-door)\s+)?(?:neighbou?r|friend|" + Relations + @")s?,?\s+)?(?-i:[A-Z])[\w'-]+", RegexOptions.IgnoreCase)]
    private static partial Regex SoldWords();

    // (And the chain of title that came down to the sender: "sold to Grandpa Joe in 1948 and came down to me", "Ray left it to me in his will";
    // a review's.)
    [GeneratedRegex(@"\b(?:kept|keep|reserved|retained|retain|still (?:own|have|hold)|bought (?:it|them|the \w+) back|came (?:down )?to (?:me|us)|left (?:it|them|the \w+) to (?:me|us)|(?:i|we) inherited|passed (?:it |them )?(?:down )?to (?:me|us)|(?:is|are|it['’]s|they['’]re) (?:mine|ours)|now (?:mine|ours)|back to (?:me|us)|(?:i|we) (?:am|are) (?:the )?(?:trustee|owners?|ones? to talk to)|i can sign|we can sign)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillTheOwner();

    [GeneratedRegex(@"(?<!\b(?:don'?t|do not|not|never|no need to)\s+)\b(?:call|text|ring|phone|try)\s+(?:me|my\s+(?:cell|mobile|number|phone|cell\s*phone))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallMeAtWords();

    // ... and "I'm not an heir" (a title-curative letter's: a blind set's "I'm not an heir. Walter was my late husband's uncle" read as a referral).
    [GeneratedRegex(@"\bnot the (?:right|correct|proper) (?:person|one|party|contact)\b|\bwrong (?:person|party|contact)\b|\bnot (?:the )?(?:person|one) you (?:want|need|should)|\b(?:i['’]?m|i am|we['’]?re|we are) not (?:an?|one of (?:the|his|her|their)|the) (?:heirs?|owners?|mineral owners?)\b"
        // "That well is on the neighbor's place, not mine" (a blind set's): the matter is another's, who is not named.
        + @"|\b(?:is|are|sits?|stands?)\s+on\s+(?:the|my|our)\s+neighbou?r(?:['’]s|s['’])?\s+(?:place|land|property|side|ground|pasture)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheRightPersonWords();

    // (Not negated: "Do not contact me directly about this" under an attorney's address asks for no contact; a blind set's.)
    [GeneratedRegex(@"(?<!\b(?:not|don['’]?t|never|no need to)\s+)\b(call|text|contact|reach|ring|phone) me\b|\bmy (cell|number|phone)\b|llámeme|llámame|contácteme|appelez-moi|rufen sie mich|me ligue|ligue-me", RegexOptions.IgnoreCase)]
    private static partial Regex CallMeWords();

    // With a laugh around the answer ("ha. nope", "lol no", "haha yes"), which changes it no more than thanks do.
    [GeneratedRegex(@"\b(thanks|thank you|thx|please|pls|gracias|por favor|merci|s'il vous plaît|danke|bitte|obrigad[oa]|por favor|ha|haha+|hah|lol|lmao|heh|cảm ơn|cám ơn)\b|&|\band\b", RegexOptions.IgnoreCase)]
    private static partial Regex Courtesy();

    // A no in a few words, and the set phrases of one ("Forget it.", "Take a hike.", "Not a chance.", "Jamais.": a review's, Unknown before;
    // Vietnamese "Không, cảm ơn.", a review's).
    [GeneratedRegex(@"^(no|nope|nah|never|pass|hard pass|stop|unsubscribe|remove|remove me|please remove|no thanks|no thank you|not interested|no way|no deal|no sale|not a chance|absolutely not|definitely not|certainly not|forget it|forget about it|take a hike|go away|get lost|buzz off|leave me alone|not for sale|not selling|baja|no gracias|no me interesa|nunca|jamás|jamas|ni loco|non|non merci|jamais|pas intéressé|pas intéressée|nein|nein danke|niemals|kein interesse|não|nao|não obrigado|não obrigada|nunca mais|não tenho interesse|nei|nei takk|nej|nej tak|nej tack|ikke interessert|ikke interesseret|inte intresserad|nee|nee dank u|nee dank je|nee bedankt|geen interesse|geen interesse dank u|không|không quan tâm|tôi không quan tâm)$")]
    private static partial Regex ShortDecline();

    // A yes in a few words, and the set phrases of one ("Absolutely.", "Count me in.", "Where do I sign", "Done.": a review's, Unknown or a
    // referral before).
    [GeneratedRegex(@"^(yes|yes please|yep|yeah|sure|sure thing|absolutely|absolutely yes|definitely|of course|by all means|count me in|count us in|i'm in|i am in|we're in|we are in|i'm all ears|all ears|where do i sign|where do we sign|deal|done|done deal|let's do it|lets do it|let's do this|go ahead|proceed|sounds good|sounds great|mail it|send it|send it over|send them|interested|i'm interested|i am interested|sí|si|claro|claro que sí|sí me interesa|oui|bien sûr|ja|gerne|sim|claro que sim|tenho interesse|me interesa|interesado|interesada|intéressé|intéressée|interessiert|ja takk|ja tak|ja tack|interessert|interesseret|intresserad)$")]
    private static partial Regex ShortYes();

    [GeneratedRegex(@"^(thanks|thank you|thx|ty|ok|okay|k|got it|received|noted|gracias|recibido|merci|bien reçu|danke|erhalten|obrigado|obrigada|recebido|\?+|\p{So}+)$")]
    private static partial Regex ShortAcknowledgement();

    [GeneratedRegex(@"\b(call|contact|reach|try|ping|email|write|check|circle)\w*\s+(me|us|back|out)\b|\b(get|come|reach|circle|check)\w*\s+back\b|follow(-| )up|touch base|revisit|ask (me )?again|llám(e|a)me|llámenos|contácte(me|nos)|escríba(me|nos)|vuelva a|rappelez|recontactez|contactez-moi|revenez|rufen sie (mich|uns)|melden sie sich|kontaktieren sie (mich|uns)|me (ligue|procure|contate)|entre em contato|volte a", RegexOptions.IgnoreCase)]
    private static partial Regex ComeBack();

    // "Don't call me", "do not contact us again", "please stop calling", "never email me": the sender asks us not to come back.
    // The negation stands right before the verb, so "don't hesitate to call me" still invites.
    [GeneratedRegex(@"\b(do\s*not|don['’]?t|never|stop|quit|no more)\s+(ever\s+)?(call|contact|email|e-mail|mail|writ|text|bother|phon)\w*|\bremove me\b|\btake (me|us) off\b|\bno (me |nos )?(llame|contacte)|ne (m'|nous )?(appelez|contactez|écrivez) (plus|pas)|nicht mehr (anrufen|kontaktieren|schreiben)|não (me |nos )?(ligue|contate|procure)", RegexOptions.IgnoreCase)]
    private static partial Regex StopContacting();

    [GeneratedRegex(@"\b(q[1-4]|(first|second|third|fourth) quarter|next (year|month|quarter|spring|summer|fall|autumn|winter|week)|(after|by|around|until|til|till|in|early|late|mid) (the )?(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|new year)\b|after (the )?(holidays|new year|first of the year|first|probate|closing|harvest|estate is settled|sale)|(in|after) (a )?(couple|few) (of )?(weeks|months|years)|in \d+ (weeks|months|years)|el (año|mes) que viene|el próximo (año|mes)|después de|l'année prochaine|le mois prochain|après (les fêtes|la succession|le)|nächstes jahr|nächsten monat|im (frühjahr|sommer|herbst|winter|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)|ano que vem|próximo ano|próximo mês|depois d[eo])", RegexOptions.IgnoreCase)]
    private static partial Regex DeferralTime();

    [GeneratedRegex(@"until|return|back|reopen|hasta|regres|jusqu|retour|bis |ab dem|até|retorno")]
    private static partial Regex ReturnAnchor();

    [GeneratedRegex(@"\b(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}))?\b")]
    private static partial Regex NumericDate();
}
