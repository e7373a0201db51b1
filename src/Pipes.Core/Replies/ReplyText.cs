using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipes.Replies;

/// <summary>
/// The new text of a reply: HTML turned into text, then quoted history (Outlook's "Original Message"
/// and From/Sent header blocks, Gmail's "On … wrote:" with "&gt;" lines, HTML blockquotes and Outlook's
/// reply divider, in five languages), signatures, "Sent from my iPhone" lines and legal disclaimers
/// cut away. Our own outreach, quoted below a reply, must never decide its class.
/// </summary>
public static partial class ReplyText
{
    public static string Extract(string? body, bool isHtml)
    {
        if (string.IsNullOrEmpty(body)) return "";
        var text = isHtml || LooksLikeHtml(body) ? HtmlToText(body) : body;
        text = text.ReplaceLineEndings("\n");
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (IsQuoteStart(lines, i) || Disclaimer().IsMatch(line)) break;
            if (line == "--" || MobileSignature().IsMatch(line)) break;
            kept.Add(lines[i].TrimEnd());
        }
        return Regex.Replace(string.Join("\n", kept).Trim(), @"\n{3,}", "\n\n");
    }

    public static bool LooksLikeHtml(string body) => HtmlTag().IsMatch(body.AsSpan(0, Math.Min(body.Length, 2000)).ToString());

    /// <summary>Text of an HTML body, cut at the first quoted-history marker.</summary>
    public static string HtmlToText(string html)
    {
        var cut = QuoteMarkerHtml().Match(html);
        if (cut.Success) html = html[..cut.Index];
        html = HeadAndScripts().Replace(html, "");
        html = LineBreakTags().Replace(html, "\n");
        html = Tags().Replace(html, "");
        return WebUtility.HtmlDecode(html).Replace('\u00a0', ' ');
    }

    private static bool IsQuoteStart(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (line.Length == 0) return false;
        if (line.StartsWith('>')) return true;
        if (OriginalMessage().IsMatch(line) || WroteLine().IsMatch(line) || line.StartsWith("________________________________", StringComparison.Ordinal)) return true;
        // An Outlook header block: "From:" followed within two lines by "Sent:" / "Date:" (in any of the five languages).
        if (FromHeader().IsMatch(line))
            for (var j = i + 1; j < Math.Min(lines.Length, i + 4); j++)
                if (SentHeader().IsMatch(lines[j].Trim())) return true;
        return false;
    }

    [GeneratedRegex(@"<\s*(html|div|p|br|span|table|body|a\s)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<blockquote|<div[^>]*(id=""?(divRplyFwdMsg|appendonsend)|class=""?gmail_quote)|<hr[^>]*>\s*<div[^>]*id=""?divRplyFwdMsg|<div[^>]*border-top:\s*solid\s*#E1E1E1", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteMarkerHtml();

    [GeneratedRegex(@"<(head|style|script)[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HeadAndScripts();

    [GeneratedRegex(@"<\s*(br\s*/?|/p|/div|/li|/tr|/h\d|hr[^>]*)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTags();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^-{2,}\s*(Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Mensagem original|Forwarded message|Mensaje reenviado)\s*-{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^(On\s.+\bwrote:|El\s.+\bescribió:|Le\s.+\ba écrit\s?:|Am\s.+\bschrieb\b.*:|Em\s.+\bescreveu:)$", RegexOptions.IgnoreCase)]
    private static partial Regex WroteLine();

    [GeneratedRegex(@"^\*?(From|De|Von|Da):\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex FromHeader();

    [GeneratedRegex(@"^\*?(Sent|Date|Enviado|Envoyé|Gesendet|Fecha|Data|Datum):\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex SentHeader();

    [GeneratedRegex(@"^(Sent from my \w+|Get Outlook for \w+|Enviado desde mi \w+|Envoyé de mon \w+|Von meinem \w+ gesendet|Enviado do meu \w+)", RegexOptions.IgnoreCase)]
    private static partial Regex MobileSignature();

    [GeneratedRegex(@"^(CONFIDENTIALITY NOTICE|CONFIDENTIAL|DISCLAIMER|This (e-?mail|message) and any attachments|Este mensaje (y sus anexos )?es confidencial|Ce message (et ses pièces jointes )?est confidentiel|Diese E-Mail (enthält|ist) vertraulich|Esta mensagem (e seus anexos )?é confidencial)", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();
}
