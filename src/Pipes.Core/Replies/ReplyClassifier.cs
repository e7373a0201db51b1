using System.Globalization;
using System.Text.RegularExpressions;
using Pipes.Import.Normalization;

namespace Pipes.Replies;

/// <summary>
/// The seed's classify_reply, deterministic and offline. Order of decision, each rule on purpose:
/// <list type="number">
/// <item>Bounce: a non-delivery report, known by two of: its sender (mailer-daemon, postmaster,
/// Exchange), its subject ("Undeliverable", "Unzustellbar", "Non remis" …), its headers
/// (report-type=delivery-status, X-Failed-Recipients) and its wording ("550 5.1.1", "could not be
/// delivered" …). It is never read as interest.</item>
/// <item>Automatic replies (headers Auto-Submitted, X-Autoreply, X-Auto-Response-Suppress,
/// Precedence; "Automatic reply:" subjects in five languages; out-of-office wording) are OutOfOffice,
/// even when they name a colleague for urgent matters — the person is coming back. The exception:
/// "I have left the company, contact …" is a Referral, since the right move is to follow the new
/// person, and without a contact it is NotInterested (stop mailing a dead address).</item>
/// <item>For a person's reply, only its new text decides (see <see cref="ReplyText"/>). A refusal
/// outranks interest, so "not interested now, call me in Q3" is NotInterested, with FollowUp "Q3"
/// so the team can come back then. Sending us to someone else ("not the right person, talk to
/// Jane") is a Referral. Interest is a yes, a request to call or send, or a question that shows
/// intent ("what's your price per net mineral acre?").</item>
/// <item>One-word replies: "yes" is Interested, "no", "stop" and "unsubscribe" NotInterested, "thanks"
/// and "ok" Unknown (an acknowledgement is not interest). Anything else is Unknown.</item>
/// </list>
/// </summary>
public static partial class ReplyClassifier
{
    public static ReplyClassification Classify(string? subject, string? body, bool isHtml = false, string? from = null,
        IReadOnlyDictionary<string, string>? headers = null, DateTime? received = null)
    {
        subject ??= "";
        var reply = ReplyText.Extract(body, isHtml);
        var whole = isHtml || ReplyText.LooksLikeHtml(body ?? "") ? ReplyText.HtmlToText(body ?? "") : body ?? "";
        var lower = reply.ToLowerInvariant();
        var evidence = new List<string>();
        var reference = received ?? DateTime.UtcNow;

        // 1. Non-delivery reports.
        var bounceScore = 0;
        if (from is not null && BounceSender().IsMatch(from)) { bounceScore++; evidence.Add("sender: " + from); }
        if (BounceSubject().Match(subject) is { Success: true } bs) { bounceScore += 2; evidence.Add("subject: " + bs.Value); }
        if (Header(headers, "Content-Type") is { } contentType && contentType.Contains("delivery-status", StringComparison.OrdinalIgnoreCase)) { bounceScore += 2; evidence.Add("header Content-Type: " + contentType); }
        if (Header(headers, "X-Failed-Recipients") is { } failed) { bounceScore += 2; evidence.Add("header X-Failed-Recipients: " + failed); }
        if (BounceBody().Match(whole) is { Success: true } bb) { bounceScore++; evidence.Add("report: " + bb.Value); }
        if (bounceScore >= 2)
            return new ReplyClassification(ReplyClass.Bounce, bounceScore >= 4 ? 0.98 : 0.9, evidence, reply);
        evidence.Clear();

        var (email, phone, name) = Contacts(reply, from);

        // 2. Automatic replies.
        var automatic = AutoReplyEvidence(subject, headers);
        var oooWording = OutOfOfficeWords().Match(reply);
        var leftCompany = LeftCompany().Match(reply);
        if (automatic.Count > 0 || oooWording.Success)
        {
            evidence.AddRange(automatic);
            if (leftCompany.Success)
            {
                evidence.Add("phrase: " + leftCompany.Value);
                return email is not null || phone is not null
                    ? new ReplyClassification(ReplyClass.Referral, 0.9, evidence, reply, name, email, phone)
                    : new ReplyClassification(ReplyClass.NotInterested, 0.75, evidence, reply);
            }
            if (oooWording.Success) evidence.Add("phrase: " + oooWording.Value);
            var confidence = automatic.Count > 0 && oooWording.Success ? 0.97 : automatic.Count > 0 ? 0.9 : 0.8;
            return new ReplyClassification(ReplyClass.OutOfOffice, confidence, evidence, reply, name, email, phone, ReturnDate(reply, reference));
        }

        // 3. A person's reply: refusal, then referral, then interest.
        var trimmed = lower.Trim().TrimEnd('.', '!');
        if (OneWordRefusal().IsMatch(trimmed))
            return new ReplyClassification(ReplyClass.NotInterested, 0.95, ["reply: " + trimmed], reply);
        if (NotInterested().Match(lower) is { Success: true } refusal)
        {
            evidence.Add("phrase: " + refusal.Value);
            var followUp = FollowUp().Match(reply) is { Success: true } later ? later.Groups["when"].Value : null;
            if (followUp is not null) evidence.Add("later: " + followUp);
            return new ReplyClassification(ReplyClass.NotInterested, Unsubscribe().IsMatch(lower) ? 0.97 : 0.9, evidence, reply, FollowUp: followUp);
        }
        if (leftCompany.Success)
        {
            evidence.Add("phrase: " + leftCompany.Value);
            return email is not null || phone is not null
                ? new ReplyClassification(ReplyClass.Referral, 0.85, evidence, reply, name, email, phone)
                : new ReplyClassification(ReplyClass.NotInterested, 0.7, evidence, reply);
        }
        // A hand-off phrase is a referral; a weaker one ("forward this to", "cc'ing") only with someone to follow.
        var referral = Referral().Match(reply);
        if (!referral.Success && WeakReferral().Match(reply) is { Success: true } weak && (email is not null || phone is not null || name is not null)) referral = weak;
        if (referral.Success)
        {
            evidence.Add("phrase: " + referral.Value);
            return new ReplyClassification(ReplyClass.Referral, email is not null || phone is not null ? 0.9 : 0.7, evidence, reply, name, email, phone);
        }
        if (OneWordYes().IsMatch(trimmed))
            return new ReplyClassification(ReplyClass.Interested, 0.85, ["reply: " + trimmed], reply);
        if (Interested().Match(lower) is { Success: true } interest)
        {
            evidence.Add("phrase: " + interest.Value);
            return new ReplyClassification(ReplyClass.Interested, 0.85, evidence, reply, ReferralPhone: null);
        }
        return new ReplyClassification(ReplyClass.Unknown, Acknowledgement().IsMatch(trimmed) ? 0.6 : 0.4,
            Acknowledgement().IsMatch(trimmed) ? ["acknowledgement: " + trimmed] : ["no deciding phrase"], reply);
    }

    private static List<string> AutoReplyEvidence(string subject, IReadOnlyDictionary<string, string>? headers)
    {
        var found = new List<string>();
        if (Header(headers, "Auto-Submitted") is { } auto && !auto.Equals("no", StringComparison.OrdinalIgnoreCase)) found.Add("header Auto-Submitted: " + auto);
        foreach (var name in new[] { "X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress" })
            if (Header(headers, name) is { } value) found.Add($"header {name}: {value}");
        if (Header(headers, "Precedence") is { } precedence && precedence.Contains("auto", StringComparison.OrdinalIgnoreCase)) found.Add("header Precedence: " + precedence);
        if (AutoReplySubject().Match(subject) is { Success: true } s) found.Add("subject: " + s.Value);
        return found;
    }

    private static string? Header(IReadOnlyDictionary<string, string>? headers, string name)
    {
        if (headers is null) return null;
        foreach (var (key, value) in headers)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }

    /// <summary>The first address and phone number in the reply that are not the sender's own, and a name after a referral phrase.</summary>
    private static (string? Email, string? Phone, string? Name) Contacts(string reply, string? from)
    {
        var sender = from is null ? null : EmailInText().Match(from) is { Success: true } m ? m.Value.ToLowerInvariant() : null;
        string? email = null;
        foreach (Match match in EmailInText().Matches(reply))
        {
            var candidate = match.Value.ToLowerInvariant().TrimEnd('.');
            if (candidate != sender) { email = candidate; break; }
        }
        string? phone = null;
        foreach (Match match in PhoneInText().Matches(reply))
        {
            var result = PhoneNormalizer.Normalize(match.Value);
            if (result.IsUsable) { phone = result.Number; break; }
        }
        var name = NameAfterTrigger().Match(reply) is { Success: true } n ? n.Groups["name"].Value.Trim() : null;
        return (email, phone, name);
    }

    // Full names first, then abbreviations ("Dec", "déc.", "Dez."), in the five languages.
    private static readonly string[] MonthNames =
    [
        "january|enero|janvier|januar|janeiro|jan|ene|janv", "february|febrero|février|fevrier|februar|fevereiro|feb|févr|fev", "march|marzo|mars|märz|marz|março|marco|mar|mär",
        "april|abril|avril|apr|abr|avr", "may|mayo|mai|maio", "june|junio|juin|juni|junho|jun", "july|julio|juillet|juli|julho|jul|juil", "august|agosto|août|aout|aug|ago",
        "september|septiembre|septembre|setembro|sept|sep|set", "october|octubre|octobre|oktober|outubro|oct|okt|out", "november|noviembre|novembre|novembro|nov",
        "december|diciembre|décembre|decembre|dezember|dezembro|dec|dic|déc|dez",
    ];

    /// <summary>The return date an out-of-office names ("until Monday, December 7", "back on 12/2/2026", "bis zum 4. Dezember", "hasta el 3 de diciembre").</summary>
    internal static DateTime? ReturnDate(string text, DateTime reference)
    {
        var lower = text.ToLowerInvariant();
        var anchor = ReturnAnchor().Match(lower);
        var region = anchor.Success ? lower[anchor.Index..] : lower;
        int? month = null, day = null, year = null;
        if (NumericDate().Match(region) is { Success: true } numeric)
        {
            var a = int.Parse(numeric.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(numeric.Groups[3].Value, CultureInfo.InvariantCulture);
            // "12/2/2026" is month/day (US); "30.11.2026" with dots is day.month (Europe).
            (month, day) = numeric.Groups[2].Value == "." ? (b, a) : (a, b);
            if (numeric.Groups[4].Success) year = int.Parse(numeric.Groups[4].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            for (var m = 0; m < 12 && month is null; m++)
            {
                var named = Regex.Match(region, $@"(?:(?<day>\d{{1,2}})(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?(?:{MonthNames[m]})\b\.?|\b(?:{MonthNames[m]})\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?:de\s+)?(?<year>\d{{4}}))?");
                if (!named.Success) continue;
                month = m + 1;
                day = int.Parse(named.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (named.Groups["year"].Success) year = int.Parse(named.Groups["year"].Value, CultureInfo.InvariantCulture);
            }
        }
        if (month is null || day is null || month > 12 || day > 31) return null;
        var resolvedYear = year ?? (new DateTime(reference.Year, month.Value, Math.Min(day.Value, DateTime.DaysInMonth(reference.Year, month.Value))) < reference.Date.AddDays(-1) ? reference.Year + 1 : reference.Year);
        return day <= DateTime.DaysInMonth(resolvedYear, month.Value) ? new DateTime(resolvedYear, month.Value, day.Value) : null;
    }

    [GeneratedRegex(@"mailer-daemon|postmaster@|mail delivery (subsystem|system)|^microsoft outlook <microsoftexchange|microsoftexchange[0-9a-f]{10,}@", RegexOptions.IgnoreCase)]
    private static partial Regex BounceSender();

    [GeneratedRegex(@"^(undeliverable|undelivered mail|delivery status notification|mail delivery failed|returned mail|delivery failure|failure notice|message not delivered|mail system error|non remis|échec de la remise|unzustellbar|no se puede entregar|notificación de estado de entrega|não é possível entregar|mensagem não entregue)", RegexOptions.IgnoreCase)]
    private static partial Regex BounceSubject();

    [GeneratedRegex(@"delivery has failed|could not be delivered|couldn't be delivered|wasn't delivered|was undeliverable|unable to deliver|permanent (fatal )?error|5\.\d\.\d|user unknown|address (couldn't be|could not be|not) found|no such user|mailbox (unavailable|full|does not exist)|no se pudo entregar|no se ha entregado|échec de la remise|n'a pas pu être remis|übermittlung an folgende empfänger|konnte nicht zugestellt|falha na entrega|não pôde ser entregue", RegexOptions.IgnoreCase)]
    private static partial Regex BounceBody();

    [GeneratedRegex(@"^(automatic reply|auto-?reply|auto response|out of (the )?office|vacation reply|automatische antwort|abwesenheitsnotiz|réponse automatique|absence du bureau|respuesta automática|fuera de la oficina|resposta automática|ausente do escritório)", RegexOptions.IgnoreCase)]
    private static partial Regex AutoReplySubject();

    [GeneratedRegex(@"out of (the )?office|out until|on vacation|on (medical )?leave|away from (the office|my desk)|currently away|traveling with limited|limited access to (e-?mail|my e-?mail)|office is closed|will (return|be back|respond|reply) (on|when|upon|tomorrow)|back on \d|fuera de la oficina|de vacaciones|estaré fuera|acceso limitado|absente? (du bureau|jusqu)|actuellement absente?|en congés?|de retour le|nicht im büro|im urlaub|derzeit abwesend|wieder erreichbar|fora do escritório|ausente do escritório|de férias|acesso limitado", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfOfficeWords();

    [GeneratedRegex(@"no longer (with|employed|work)|(have|has) left (the company|\w+ (oil|energy|\w+))|mailbox is no longer monitored|ya no trabajo|no longer at|ne travaille plus|nicht mehr bei|arbeite nicht mehr|não trabalho mais", RegexOptions.IgnoreCase)]
    private static partial Regex LeftCompany();

    [GeneratedRegex(@"^(no|nope|stop|unsubscribe|remove|remove me|please remove|no thanks|no thank you)$")]
    private static partial Regex OneWordRefusal();

    [GeneratedRegex(@"unsubscribe|\bstop\b")]
    private static partial Regex Unsubscribe();

    [GeneratedRegex(@"not interested|no interest|no thank|no thanks|not sell|not for sale|not sellers|not looking to sell|remove me|remove my|take me off|unsubscribe|do not contact|don't contact|stop emailing|leave me alone|already sold|we will pass|we'll pass|decided to keep|hold on to (our|my)|no me interesa|no estamos vendiendo|no vendemos|quítenme|no me escriban|no gracias|pas intéressée?|ne suis pas intéressée?|non merci|ne plus me contacter|ne vendons pas|retirer de votre liste|kein interesse|nicht verkaufen|verkaufen nicht|entfernen sie mich|nein danke|nicht mehr kontaktieren|kontaktieren sie mich nicht|não tenho interesse|não estamos vendendo|não vendemos|me remova|não quero mais|não, obrigad")]
    private static partial Regex NotInterested();

    [GeneratedRegex(@"\b(?<when>q[1-4]|next (year|month|quarter|spring|summer|fall|winter)|in a (couple of|few) (years|months)|in \d+ (years|months))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"forward (this|it) to|passed this along|cc'?ing", RegexOptions.IgnoreCase)]
    private static partial Regex WeakReferral();

    [GeneratedRegex(@"not the right person|wrong person|you (should|want|'ll want|will want)|talk (to|with)|speak (to|with)|please contact (?!me\b|us\b)|you should contact|contact (our|my|the)|reach out to|direct all correspondence|not my department|handles (our|all|the)|manages the|managed by|in charge of|is the executor|the trustee is|trustee,|the mineral owner is|land department|instead\.|(my|our) (husband|wife|son|daughter|brother|sister|father|mother|aunt|uncle|cousin|partner|attorney|lawyer) (handles|manages|makes|is the|richard|who)|no soy la persona|comuníquese con|hable con|contacte a|se encarga|je ne suis pas la bonne personne|veuillez contacter|contactez|qui gère|nicht zuständig|wenden sie sich an|kümmert sich|sprechen sie mit|kontaktieren sie bitte|não sou a pessoa certa|fale com|entre em contato com|quem cuida", RegexOptions.IgnoreCase)]
    private static partial Regex Referral();

    [GeneratedRegex(@"^(yes|yes please|yep|sure|interested|ok,? call me|sí|si|oui|ja|sim)$")]
    private static partial Regex OneWordYes();

    [GeneratedRegex(@"interested|\byes\b|\bsure\b|sounds good|call me|contact me|reach me|give me a call|please call|let's talk|let's set up|schedule a call|\bsend me|\bsend over|\bsend the|tell me more|more information|hear more|what's your price|what is your price|what would you pay|how much|what are the terms|open to an offer|entertain an offer|consider selling|would you buy|is your offer|move forward|put together an offer|depends on the number|cash offer|a number|willing to do|can we schedule|like to hear|me interesa|interesad[ao]|llámeme|envíeme|más información|podemos hablar|cuánto|cuál es su oferta|intéressée?|combien|appelez-moi|envoyez-moi|quelle est votre offre|en discuter|interessiert|interesse an|rufen sie mich|schicken sie mir|wie viel|angebot\?|was wäre ihr angebot|tenho interesse|me ligue|envie a proposta|quanto|qual é a sua oferta|podemos conversar")]
    private static partial Regex Interested();

    [GeneratedRegex(@"^(thanks|thank you|thx|ok|okay|got it|received|noted|gracias|merci|danke|obrigad[oa])")]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailInText();

    [GeneratedRegex(@"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{2,4})[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?:[\s.-]?\d{2})?")]
    private static partial Regex PhoneInText();

    [GeneratedRegex(@"(?:talk (?:to|with)|speak (?:to|with)|contact|reach out to|you want|is|with|trustee,|executor|comuníquese con|hable con|contacte a|contacter|contactez|wenden sie sich an|sprechen sie mit|fale com|contato com|my (?:brother|sister|son|daughter|husband|wife|aunt|uncle|cousin|partner|father|mother)(?:-in-law)?,?|mi (?:hermana|hermano|esposo|esposa)|mon (?:frère|notaire)|meinen bruder|meiner schwester|meu irmão)\s+(?:Mr\.|Mrs\.|Ms\.|Dr\.|Maître|Herrn|Frau|Lic\.)?\s*(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)")]
    private static partial Regex NameAfterTrigger();

    [GeneratedRegex(@"until|return|back|reopen|hasta|regres|jusqu|retour|bis |ab dem|até|retorno")]
    private static partial Regex ReturnAnchor();

    [GeneratedRegex(@"\b(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}))?\b")]
    private static partial Regex NumericDate();
}
