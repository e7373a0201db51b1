using System.Runtime.CompilerServices;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipes.Replies;

/// <summary>
/// A reply split into the sender's new text and the quoted history under, above or around it.
/// <see cref="NewText"/> is what decides a class; <see cref="Quoted"/> is kept only so that the
/// addresses and numbers it holds (ours, the thread's) are never taken for a referral contact.
/// </summary>
public sealed record ReplyParts(string NewText, string Quoted);

/// <summary>
/// The new text of a reply. HTML becomes text with its quote containers marked (blockquotes, Outlook's
/// reply divider and Word header border, Yahoo's quoted div); then each line is new or quoted:
/// <list type="bullet">
/// <item>"&gt;" lines, and the lines inside a blockquote, are quoted; new lines after them (bottom-posting)
/// or between them (inline answers) are new text again;</item>
/// <item>an attribution ("On … wrote:", "El … escribió:", "Le … a écrit :", "Am … schrieb …:", "Em … escreveu:", "Vào … đã viết:", Gmail's Japanese
/// "2026年12月16日(水) 2:12 … &lt;…&gt;:" and Korean "2026년 12월 16일 (수) 오후 11:42, … &lt;…&gt;님이 작성:",
/// also wrapped over up to three lines) starts a quote; when the original under it is not "&gt;"-quoted
/// (Yahoo, Thunderbird's plain layout), everything below is quoted;</item>
/// <item>an Outlook header block ("From:" then "Sent:"/"Date:" within the next lines, in English, Spanish,
/// French, German, Portuguese, Italian, Dutch, Japanese ("差出人:" then "送信日時:") and Korean ("보낸 사람:", "보낸 날짜:"), with "De :"
/// spacing, full-width colons and wrapped header lines), an "Original Message" separator in any of those languages, Outlook on the
/// web's underscore rule, and
/// "Begin forwarded message" quote everything below: those clients do not mark the original line by line;</item>
/// <item>a signature ("--", "Sent from my iPhone", "Get Outlook for …") or confidentiality footer ends the
/// new text until the next quote, so a bottom-posted answer's own signature is dropped too.</item>
/// </list>
/// </summary>
public static partial class ReplyText
{
    private const char BlockOpen = '\u0002', BlockClose = '\u0003', QuoteToEnd = '\u0004';

    /// <summary>The sender's new text (see <see cref="Split(string?, bool)"/>); "" for an empty body.</summary>
    public static string Extract(string? body, bool isHtml) => Split(body, isHtml).NewText;

    /// <summary>The new text and the quoted history of a reply body (text, or HTML when <paramref name="isHtml"/> or when it looks like HTML).</summary>
    public static ReplyParts Split(string? body, bool isHtml) => Split(body, isHtml, out _);

    /// <summary>As <see cref="Split(string?, bool)"/>, and the whole body as text (HTML as <see cref="HtmlToText"/> gives it), from one reading of the HTML.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ReplyParts Split(string? body, bool isHtml, out string wholeText)
    {
        wholeText = body ?? "";
        if (string.IsNullOrEmpty(body)) return new ReplyParts("", "");
        var html = isHtml || LooksLikeHtml(body);
        var text = html ? HtmlToMarkedText(body) : body;
        if (html) wholeText = Unmark(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var kept = new StringBuilder();
        var quoted = new StringBuilder();
        var depth = 0;               // blockquote nesting
        var toEnd = false;           // an unmarked original runs to the end
        var inSignature = false;     // a signature or footer, until the next quote
        var afterAttribution = false; // the attribution was seen; the next non-empty line says how the original is quoted
        var originalAt = -1;         // where an unmarked original starts
        var attributionAt = -1;      // the last attribution's line
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = raw.Trim();
            if (line.Length == 1 && line[0] == BlockOpen) { depth++; inSignature = false; afterAttribution = false; continue; }
            if (line.Length == 1 && line[0] == BlockClose) { depth = Math.Max(0, depth - 1); continue; }
            if (line.Length == 1 && line[0] == QuoteToEnd) toEnd = true;
            if (toEnd || depth > 0) { quoted.Append(raw).Append('\n'); continue; }
            if (line.Length == 0)
            {
                if (!inSignature && !afterAttribution) kept.Append('\n');
                continue;
            }
            if (line[0] == '>')
            {
                quoted.Append(raw).Append('\n');
                inSignature = false;
                afterAttribution = false;
                continue;
            }
            if (afterAttribution)
            {
                // "On … wrote:" over an original that is not quoted line by line (Yahoo, some webmail): all of it is history.
                toEnd = true;
                originalAt = attributionAt;
                quoted.Append(raw).Append('\n');
                continue;
            }
            if (AttributionLength(lines, i) is var span and > 0)
            {
                attributionAt = i;
                for (var j = i; j < i + span; j++) quoted.Append(lines[j]).Append('\n');
                i += span - 1;
                afterAttribution = true;
                continue;
            }
            if (IntroducesQuote(lines, i))
            {
                // "15. marts 2017 kl. 11.00 skrev John <john@example.com>:" over ">" lines: an attribution in any language.
                quoted.Append(raw).Append('\n');
                continue;
            }
            if (StartsUnmarkedOriginal(lines, i)) { toEnd = true; originalAt = i; quoted.Append(raw).Append('\n'); continue; }
            if (line == "--" || line == "-- " || MobileSignature().IsMatch(line) || Disclaimer().IsMatch(line)) { inSignature = true; continue; }
            if (!inSignature && WireFraudFooter().IsMatch(line) && kept.ToString().Trim().Length > 0) { inSignature = true; continue; }
            // A mailing list's or newsletter's footer under a short rule ("___", "----", "==="), as a sender's mail system adds it: its
            // "Unsubscribe" or "Manage subscription" is a link the sender did not write, and read as theirs it made an opt-out.
            if (!inSignature && ShortRule().IsMatch(line) && ListFooterBelow(lines, i)) { inSignature = true; continue; }
            if (!inSignature && ListFooter().IsMatch(line) && kept.ToString().Trim().Length > 0) { inSignature = true; continue; }
            // A closing on a line of its own ("Thanks,", "Best regards", "Saludos cordiales") after some text: what follows is the signature.
            if (!inSignature && Closing().IsMatch(line) && kept.ToString().Trim().Length > 0) { inSignature = true; continue; }
            if (inSignature) continue;
            kept.Append(raw.TrimEnd()).Append('\n');
        }
        var newText = MultipleBlankLines().Replace(kept.ToString().Trim(), "\n\n");
        // Nothing typed above an unmarked original: the answer may be typed under it (bottom-posting in Yahoo's or Thunderbird's
        // plain layout), after the original's last line that holds its sender's address (the original's signature).
        if (newText.Length == 0 && originalAt >= 0 && !html && AnswerBelowOriginal(lines, originalAt) is { } below)
            return new ReplyParts(Split(below, false, out _).NewText, quoted.ToString());
        return new ReplyParts(newText, quoted.ToString());
    }

    /// <summary>
    /// The lines under an unmarked original (from <paramref name="originalAt"/>) after the last one that holds the address its
    /// attribution or "From:" line names, when something stands there; else null. The original's own signature ends on that
    /// address, so what follows it is the sender's answer ("yes please send paperwork. Wilma").
    /// </summary>
    private static string? AnswerBelowOriginal(string[] lines, int originalAt)
    {
        string? sender = null;
        for (var j = originalAt; j < Math.Min(lines.Length, originalAt + 8) && sender is null; j++)
            if (ReplyFeatures.Email().Match(lines[j]) is { Success: true } address) sender = address.Value;
        if (sender is null) return null;
        var last = -1;
        for (var j = lines.Length - 1; j > originalAt + 1 && last < 0; j--)
            if (lines[j].Contains(sender, StringComparison.OrdinalIgnoreCase)) last = j;
        if (last < 0) return null;
        // The original's signature may go on under its address with more of its contact lines ("405-555-0182", "www.x.com"): those
        // are the outreach's, not an answer typed under it (a reply with nothing typed read as "a typed phone number as the whole reply").
        while (last + 1 < lines.Length && lines[last + 1].Trim() is { Length: > 0 } next && OnlyContact(next)) last++;
        if (last + 1 >= lines.Length) return null;
        var below = string.Join('\n', lines, last + 1, lines.Length - last - 1);
        // Not the original's own footer under its signature ("Rather not hear from us? Reply NO CONTACT and we'll take your name
        // off our list"): an outreach's opt-out line read as the sender's would be a request they never made.
        return below.Trim().Length > 0 && !below.TrimStart().StartsWith('>') && !OutreachFooter().IsMatch(below) && !ListFooter().IsMatch(below.Trim()) ? below : null;
    }

    /// <summary>A signature's contact line and nothing else: numbers, addresses and links with their labels ("Cell: 405-555-0136 | x@y.com"), no words.</summary>
    private static bool OnlyContact(string line) =>
        line.Length <= 80 && ContactInLine().IsMatch(line) && !ContactWords().Replace(line, "").Any(char.IsLetter);

    [GeneratedRegex(@"[\w.+'-]+@[\w.-]+|https?://\S+|www\.\S+|\b(?:tel|phone|office|mobile|cell|fax|direct|main|ext|x|t|m|f|o|c)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactWords();

    [GeneratedRegex(@"\breply\s+[""'“]?(?:stop|no\s+contact|remove|unsubscribe|no)\b|\brather\s+not\s+hear\s+from\s+us\b|\b(?:off|from)\s+(?:our|this)\s+(?:mailing\s+)?list\b|\bto\s+(?:stop|opt\s+out\s+of)\s+receiving\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutreachFooter();


    /// <summary>
    /// What the person said in a reply's new text: without a greeting line ("Hi Travis,", "Bonjour Brandon,",
    /// "Mr. Barrientos:") and without the signature under it (trailing lines of names, titles, firms, addresses and
    /// numbers: "Julia Farris / Land Manager / Sandhills Energy Company / Office: 432-555-0100"). A signature's phone
    /// number is no request to call, and a greeting's name is no referral. The text as given when that would leave nothing.
    /// </summary>
    public static string Body(string newText)
    {
        if (newText.IndexOf('\n') < 0) return newText;
        var lines = newText.Split('\n');
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0) first++;
        var last = lines.Length - 1;
        while (last >= first && lines[last].Trim().Length == 0) last--;
        if (last <= first) return newText;
        if (IsGreeting(lines[first].Trim())) first++;
        // From the end: signature lines (and the blank lines between them) while some text stays above.
        var end = last;
        while (end > first)
        {
            var line = lines[end].Trim();
            if (line.Length == 0 || IsSignatureLine(line)) { end--; continue; }
            break;
        }
        // A line that ends in a colon introduces what follows ("Direct all correspondence to my attorney:", "We deeded it to my
        // brother's company:"): the name, firm, address and numbers under it are what the reply says, not its signature.
        if (end < last && lines[end].TrimEnd().EndsWith(':')) end = last;
        while (end >= first && lines[end].Trim().Length == 0) end--;
        if (end < first) return newText;
        if (first == 0 && end == lines.Length - 1) return newText;
        return string.Join('\n', lines, first, end - first + 1).Trim();
    }

    /// <summary>
    /// A new text that is only a signature block: three lines or more, a name of two to four capitalised words first, every line a
    /// signature's (names, titles, firms, addresses, numbers; see <see cref="Body"/>), one of them a way to reach the writer. A name and
    /// a number alone ("Bud Hale / 432-555-0177") is a typed request to call, not this.
    /// </summary>
    public static bool SignatureAlone(string newText)
    {
        var lines = newText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 3) return false;
        var name = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (name.Length is < 2 or > 4 || name.Any(w => !char.IsUpper(w[0])) || AnswerWord().IsMatch(lines[0])) return false;
        // A firm's motto may close it, below its numbers or web address ("SAFETY FIRST - Every job, every day."; a blind set's).
        var lastContact = Array.FindLastIndex(lines, l => ContactInLine().IsMatch(l) || WebAddressLine().IsMatch(l));
        if (lastContact < 0) return false;
        var motto = lines.Length - 1 - lastContact <= 2 ? lastContact + 1 : lines.Length;
        return lines.Take(motto).All(IsSignatureLine) && lines.Skip(motto).All(l => IsSignatureLine(l) || IsMotto(l));
    }

    /// <summary>A firm's motto under its signature: a short line that answers nothing, asks nothing and speaks for no one ("I", "we").</summary>
    /// <remarks>Four words at least, and no cue of an answer (a review: "Already leased.", "Hard pass.", "Let's talk." under a signature were swallowed).</remarks>
    /// <remarks>In quotes, as a firm writes its slogan ("\"Your taxes, done right, since 1979\"": a blind set's), it may speak to "you" or for "we".</remarks>
    private static bool IsMotto(string line) =>
        line.Length <= 80 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 4 and <= 10 && !line.Contains('?')
        && !AnswerWord().IsMatch(line.TrimStart('"', '“')) && !(Quoted(line) ? QuotedMottoExcludes() : MottoExcludes()).IsMatch(line)
        && !ReplyFeatures.Extract(line, false).Any(f => f.Kind == "cue");

    private static bool Quoted(string line) => line.Length > 2 && line[0] is '"' or '“' && line[^1] is '"' or '”';

    private const string MottoFirstPerson = "i|i['’]m|i['’]ll|me|my";
    private const string MottoOthers = "we|we['’]re|we['’]ll|us|our|you|your";
    private const string MottoAnswers = "send|call|sign|lease|sell|offer|interested|please|thanks?|thank|go|away|stop|remove|unsubscribe|leave|quit|no|not|never|don['’]?t|won['’]?t|wrong|sorry|already|pass|talk|open|offers?|sold|leased|luck";

    [GeneratedRegex(@"\b(?:" + MottoFirstPerson + "|" + MottoOthers + "|" + MottoAnswers + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex MottoExcludes();

    [GeneratedRegex(@"\b(?:" + MottoFirstPerson + "|" + MottoAnswers + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedMottoExcludes();

    private static bool IsGreeting(string line)
    {
        if (line.Length == 0 || line.Length > 60) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6) return false;
        if (Greeting().IsMatch(line)) return true;
        // "Travis,", "Lacey -", "Mr. Barrientos:": a name or two and a mark, no answer word ("No," is an answer).
        var lastChar = line[^1];
        if (words.Length > 3 || lastChar is not (',' or ':' or '-' or '–' or '—')) return false;
        if (AnswerWord().IsMatch(line)) return false;
        foreach (var word in words)
            if (!char.IsUpper(word[0]) && word is not ("-" or "–" or "—")) return false;
        return true;
    }

    private static bool IsSignatureLine(string line)
    {
        if (line.Length > 80) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8) return false;
        if (line[^1] is '?' or '!') return false;
        if (ContactInLine().IsMatch(line) || StreetAddress().IsMatch(line) || StreetLine().IsMatch(line) || WebAddressLine().IsMatch(line)) return true;
        // Parts a signature joins on one line ("P.O. Box 214 | Pelican, LA 71063"): each is a signature's line.
        if (line.Contains('|'))
            return line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts && Array.TrueForAll(parts, IsSignatureLine);
        if (words.Length > 5) return false;
        var lower = false;
        foreach (var word in words)
        {
            var c = word[0];
            if (char.IsLower(c) && !SignatureConnector().IsMatch(word)) return false;
            foreach (var ch in word) lower |= char.IsLower(ch);
        }
        // A Title Case line ("Land Manager", "Sosa Insurance Agency", "P", "T. Lu") and not a shouted sentence.
        // A firm's or a name's abbreviation ends it with a full stop ("Procell & Sons Logging, Inc.", "Guidry & Poole, L.L.C."): no sentence.
        return (lower || words.Length == 1 && line.Length <= 3) && !AnswerWord().IsMatch(line)
            && !(line.EndsWith('.') && words.Length > 2 && !NameAbbreviation().IsMatch(words[^1]));
    }

    [GeneratedRegex(@"^(?:Inc|Co|Corp|Ltd|L\.?L\.?C|L\.?L\.?P|L\.?P|P\.?C|P\.?A|P\.?L\.?L\.?C|Jr|Sr|Esq|Bros|Assoc|Intl|Cos)\.$", RegexOptions.IgnoreCase)]
    private static partial Regex NameAbbreviation();

    // A street address with its ZIP code, as a signature writes it: "210 E. Calvert, Karnes City, Texas 78118".
    [GeneratedRegex(@"^\d+\s+[^,\n]{2,40},\s*[^\n]{2,40}\b\d{5}(?:-\d{4})?$")]
    private static partial Regex StreetAddress();

    // A street line whose city and ZIP are on the next line: "2200 N. Classen Blvd., Suite 410", "P.O. Box 1187". Its words are
    // capitalised, as a signature writes them ("40 acres off county road" is no address).
    [GeneratedRegex(@"^(?:\d+\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'.-]*\s+){0,4}(?i:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Hwy|Highway|Pkwy|Parkway|Way|Ct|Court|Pl|Place|Cir|Circle|Trl|Trail|Fwy|Freeway|Loop|Plaza|Sq|Square|Ter|Terrace)\b\.?,?(?:\s+(?i:Suite|Ste\.?|#|Apt\.?|Unit|Floor|Fl\.?|Bldg\.?|Building|Room|Rm\.?)\s*[\w-]+)?|(?i:P\.?\s?O\.?\s+Box)\s+\d+)$")]
    private static partial Regex StreetLine();

    public static bool LooksLikeHtml(string body) => HtmlTag().IsMatch(body.AsSpan(0, Math.Min(body.Length, 2000)));

    /// <summary>Text of an HTML body with nothing cut: what a person sees, line by line.</summary>
    public static string HtmlToText(string html) => Unmark(HtmlToMarkedText(html));

    private static string Unmark(string marked) =>
        marked.Replace(BlockOpen.ToString(), "").Replace(BlockClose.ToString(), "").Replace(QuoteToEnd.ToString(), "");

    /// <summary>HTML as text, with a line of its own marking each blockquote's start and end and the start of an unmarked original.</summary>
    private static string HtmlToMarkedText(string html)
    {
        html = HeadAndScripts().Replace(html, "");
        html = QuoteToEndHtml().Replace(html, m => "\n" + QuoteToEnd + "\n" + m.Value);
        html = BlockquoteOpen().Replace(html, "\n" + BlockOpen + "\n");
        html = BlockquoteClose().Replace(html, "\n" + BlockClose + "\n");
        html = LineBreakTags().Replace(html, "\n");
        html = Tags().Replace(html, "");
        var text = WebUtility.HtmlDecode(html).Replace('\u00a0', ' ');
        // Word HTML breaks source lines anywhere; a lone line of spaces is no paragraph.
        return text;
    }

    /// <summary>How many lines (1 to 3) an attribution at line i spans, 0 when there is none.</summary>
    private static int AttributionLength(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (!AttributionStart().IsMatch(line)) return 0;
        var joined = line;
        for (var n = 1; n <= 3 && i + n - 1 < lines.Length; n++)
        {
            if (n > 1)
            {
                var next = lines[i + n - 1].Trim();
                if (next.Length == 0) return 0;
                joined += " " + next;
            }
            if (joined.Length > 400) return 0;
            if (WroteLine().IsMatch(joined)) return n;
        }
        return 0;
    }

    /// <summary>A line that ends with ':', names an address or a date or time, and stands right above "&gt;" lines (blank lines between).</summary>
    private static bool IntroducesQuote(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (line.Length < 8 || line.Length > 300 || line[^1] != ':' || !(line.Contains('@') || line.Any(char.IsDigit))) return false;
        for (var j = i + 1; j < lines.Length; j++)
        {
            var next = lines[j].TrimStart();
            if (next.Length == 0) continue;
            return next[0] == '>';
        }
        return false;
    }

    /// <summary>Whether one of the few lines under <paramref name="i"/> is a mailing list's footer (<see cref="ListFooter"/>, <see cref="ListFooterWords"/>).</summary>
    private static bool ListFooterBelow(string[] lines, int i)
    {
        for (var j = i + 1; j < Math.Min(lines.Length, i + 5); j++)
            if (lines[j].Trim() is var below && (ListFooter().IsMatch(below) || ListFooterWords().IsMatch(below))) return true;
        return false;
    }

    // A line of rule characters shorter than Outlook on the web's (20 or more underscores quote everything below: StartsUnmarkedOriginal).
    [GeneratedRegex(@"^[_\-=*~—–]{3,19}$")]
    private static partial Regex ShortRule();

    // What a mailing list's footer says, and a person writing does not: the subscription's links and why the mail came. Alone on a line
    // under some text, it starts the footer.
    [GeneratedRegex(@"^(.{0,40}\b)?(manage (your )?(subscription|preferences|email preferences)|update (your )?(email |subscription )?preferences|unsubscribe \||\| unsubscribe|you (are|were) receiving this|you received this (e-?mail|message) because|view (this email )?in (your )?browser|gestionar (la |mi |su )?suscripci[óo]n|g[ée]rer (mon |votre )?abonnement|abonnement verwalten|gerenciar (a |sua )?assinatura)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListFooter();

    // A footer's weaker words, which a person could write too ("unsubscribe from all mailings"): a footer only under a short rule.
    [GeneratedRegex(@"^(.{0,40}\b)?(unsubscribe from (all|this|these|our)\b|to stop receiving (these|this)|darse de baja de (esta|este|estas|estos)\b|se d[ée]sabonner de (cette|ce|cet)\b|newsletter abbestellen|cancelar (a )?inscri[çc][ãa]o (desta|deste)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListFooterWords();

    /// <summary>An Outlook-style header block, an "Original Message" separator, Outlook on the web's rule or a forward banner.</summary>
    private static bool StartsUnmarkedOriginal(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (OriginalMessage().IsMatch(line) || ForwardBanner().IsMatch(line)) return true;
        if (line.Length >= 20 && line.Trim('_').Length == 0)
            return true;
        if (!FromHeader().IsMatch(line)) return false;
        // "From:" followed by "Sent:"/"Date:" within the block; wrapped header lines (a long To: list) sit between.
        for (var j = i + 1; j < Math.Min(lines.Length, i + 8); j++)
        {
            var next = lines[j].Trim();
            if (SentHeader().IsMatch(next)) return true;
        }
        return false;
    }

    // The tag's name ends there: an address in angle brackets ("Pat <pat@example.com>", "<brenda@...>") is no tag.
    [GeneratedRegex(@"<\s*(html|div|p|br|span|table|body|a)(?=[\s/>])[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    // Outlook desktop (Word HTML header div with a top border), Outlook on the web (divRplyFwdMsg, after the
    // appendonsend marker and its rule), Yahoo (yahoo_quoted): the original under them is not a blockquote.
    [GeneratedRegex(@"<div[^>]*id=""?(divRplyFwdMsg|appendonsend)[^>]*>|<div[^>]*style=""[^""]*border-top:\s*solid\s*#(E1E1E1|B5C4DF)[^>]*>|<div[^>]*class=""?[^"">]*yahoo_quoted[^>]*>|<hr[^>]*id=""?stopSpelling[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteToEndHtml();

    [GeneratedRegex(@"<blockquote[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockquoteOpen();

    [GeneratedRegex(@"</blockquote\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockquoteClose();

    [GeneratedRegex(@"<(head|style|script)[^>]*>.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HeadAndScripts();

    // A table cell ends a line too: a signature's cells side by side ("Land Manager" | "Harlan Family Office") ran together into one
    // line that was no signature line ("Land ManagerHarlan Family Office").
    [GeneratedRegex(@"<\s*(br\s*/?|/p|/div|/li|/tr|/td|/th|/h\d|hr[^>]*)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTags();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex MultipleBlankLines();

    [GeneratedRegex(@"^-{2,}\s*(Original Message|Original message|Mensaje original|Message d'origine|Message original|Ursprüngliche Nachricht|Mensagem original|Messaggio originale|Oorspronkelijk bericht|Forwarded message|Mensaje reenviado|Message transféré|Weitergeleitete Nachricht|Mensagem encaminhada)\s*-{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^(Begin forwarded message|Inicio del mensaje reenviado|Début du message (réexpédié|transféré)|Anfang der weitergeleiteten Nachricht|Início da mensagem reencaminhada)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardBanner();

    [GeneratedRegex(@"^(?:(On|El|Le|Am|Em|Op|Il|Den|W dniu|Vào)\s|\d{4}年\d{1,2}月\d{1,2}日|\d{4}년\s*\d{1,2}월\s*\d{1,2}일)", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"^(On\s.+\bwrote\s?:|El\s.+\bescribió\s?:|Le\s.+\ba écrit\s?:|Am\s.+\bschrieb\b.*:|Em\s.+\bescreveu\s?:|Op\s.+\bschreef\b.*:|Il\s.+\bha scritto\s?:|Den\s.+\bskrev\b.*:|Vào\s.+\bđã viết\s?:|\d{4}年\d{1,2}月\d{1,2}日.*\d{1,2}:\d{2}.*<[^<>\s]+@[^<>\s]+>\s*[:：]|\d{4}년\s*\d{1,2}월\s*\d{1,2}일.*\d{1,2}:\d{2}.*<[^<>\s]+@[^<>\s]+>\s*님이\s*작성\s*:)$", RegexOptions.IgnoreCase)]
    private static partial Regex WroteLine();

    [GeneratedRegex(@"^\*?(?:(From|De|Von|Da|Van|Från|Fra)\s?:\*?\s|(差出人|送信者|보낸\s?사람)\s?[:：]\s?)", RegexOptions.IgnoreCase)]
    private static partial Regex FromHeader();

    [GeneratedRegex(@"^\*?(?:(Sent|Date|Enviado|Enviado el|Enviada em|Envoyé|Date d'envoi|Gesendet|Datum|Fecha|Data|Inviato|Verzonden|Skickat|Sendt)\s?:\*?\s|(?:送信日時|送信日|日付|보낸\s?날짜|날짜)\s?[:：]\s?)", RegexOptions.IgnoreCase)]
    private static partial Regex SentHeader();

    [GeneratedRegex(@"^(Sent from my \w+|Sent from (Mail|Outlook|Yahoo Mail)|Get Outlook for \w+|Enviado desde mi \w+|Enviado desde (Outlook|Correo)|Envoyé de mon \w+|Envoyé depuis|Von meinem \w+ gesendet|Gesendet von|Enviado do meu \w+|Enviado do (Outlook|Yahoo))", RegexOptions.IgnoreCase)]
    private static partial Regex MobileSignature();

    [GeneratedRegex(@"^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|hola|buen(os)? d[ií]as?|buenas( tardes)?|estimad[oa]s?|bonjour|bonsoir|cher|ch[èe]re|madame|monsieur|hallo|guten (tag|morgen|abend)|sehr geehrte[rn]?|liebe[rn]?|prezad[oa]s?|ol[áa]|bom dia|boa (tarde|noite)|car[oa])\b.{0,50}[,:!.\-–—]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(no|yes|ok|okay|sure|thanks|thank|not|stop|remove|si|sí|oui|non|nein|ja|sim|não|nao|gracias|merci|danke|obrigad[oa]|call|please|send)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerWord();

    [GeneratedRegex(@"^(of|and|the|at|for|de|del|la|las|los|y|e|et|du|des|und|der|von|do|da|dos|das|&|-|–|—|\||/)$")]
    private static partial Regex SignatureConnector();

    [GeneratedRegex(@"@|https?://|www\.|\d{3}[\s.)-]+\d{3}[\s.-]?\d{2,4}|^(tel|phone|office|mobile|cell|fax|direct|t|m|f|o|c)\s?[.:]", RegexOptions.IgnoreCase)]
    private static partial Regex ContactInLine();

    /// <summary>Whether a line is a closing alone ("Thanks,", "Saludos cordiales", "Med venlig hilsen / Kind regards").</summary>
    internal static bool IsClosingLine(string line) => Closing().IsMatch(line.Trim());

    // A closing alone on its line, also after another language's ("Med venlig hilsen / Kind regards", "Saludos / Regards").
    [GeneratedRegex(@"^([^/]{1,40}/\s*)?(thanks|thank you|many thanks|thanks again|thx|regards|best|best regards|kind regards|warm regards|sincerely|respectfully|cheers|all the best|saludos|saludos cordiales|atentamente|un saludo|cordialement|bien cordialement|bien à vous|salutations|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|gruß|grüße|atenciosamente|abraços|cumprimentos|obrigado|obrigada|gracias|merci|danke)\s*[,.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^(CONFIDENTIALITY NOTICE|CONFIDENTIAL|DISCLAIMER|PRIVILEGED|Please consider the environment before printing|Think before you print|This (e-?mail|message|communication|transmission)\b.{0,80}\b(confidential|intended|privileged|recipient|information purposes)|Este (mensaje|correo)( y sus anexos)? (es|son) confidencial|AVISO DE CONFIDENCIALIDAD|Ce (message|courriel)( et ses pièces jointes)? (est|sont) confidentiel|AVIS DE CONFIDENTIALITÉ|Diese E-Mail (enthält|ist) vertraulich|Vertraulichkeitshinweis|Esta mensagem( e seus anexos)? (é|são) confidencia|AVISO DE CONFIDENCIALIDADE)", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();

    // Real estate and title firms' wire-fraud warning under every signature (a blind set's signature alone read as interest): a footer
    // only below some text, and not a sentence of the sender's own ("Wire fraud is real, so before we go any further I want to verify
    // who you are. Call me": a review; its first person says so).
    [GeneratedRegex(@"^(?:WIRE FRAUD (?:ALERT|WARNING|NOTICE)|Wire fraud is real|Beware of (?:wire )?fraud|Never trust wiring instructions|Always (?:call|verify)\b.{0,60}\bwir(?:e|ing) instructions)(?!.*\b(?:I|I'm|I've|I'll|I'd|we|we're|we've|we'll|my|me)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WireFraudFooter();

    // A firm's web address alone on its line, as signatures give it ("hillcountryrealtygroup.com", "www.cobbhaney.law/team").
    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|us|biz|info|co|io|law|legal|realty|energy|land)(?:/\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddressLine();
}
