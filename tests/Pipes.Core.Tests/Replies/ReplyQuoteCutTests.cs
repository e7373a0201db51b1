using Pipes.Replies;

namespace Pipes.Tests.Replies;

/// <summary>
/// The quoted-history cut on the field cases (shared/cases/replies) and on more inputs of each kind: Outlook
/// header blocks in every language promised, wrapped header and attribution lines, bottom-posted and inline answers.
/// </summary>
public sealed class ReplyQuoteCutTests
{
    private const string OurLetter = "\n\nDear Ms. Quintero,\n\nIf you are interested in selling your mineral interest, please call me at 713-555-0120.\nWe would like to send you a cash offer.";

    private static string Case(string name) => File.ReadAllText(Path.Combine(ReplyCorpus.FindShared("cases"), "replies", name));

    private static ReplyClassification Classify(string body, string from = "Owner <owner@example.org>") =>
        ReplyClassifier.Classify("RE: Offer for your minerals in Section 12", body, false, from, null, new DateTime(2025, 3, 4));

    [Theory]
    [InlineData("07a-outlook-es.txt", "Recibido, gracias.")]
    [InlineData("07b-outlook-fr.txt", "Bien reçu, merci.")]
    [InlineData("07c-outlook-ptbr.txt", "Recebido, obrigado.")]
    [InlineData("07d-outlook-en-control.txt", "Received, thanks.")]
    public void FieldCasesLocalisedOutlookHeadersAreCut(string file, string newText)
    {
        var result = Classify(Case(file));
        Assert.Equal(newText, result.ReplyText);
        Assert.Equal(ReplyClass.Unknown, result.Classification);
    }

    [Fact]
    public void FieldCaseBottomPostIsNewText()
    {
        var result = Classify(Case("09-bottom-post.txt"));
        Assert.Equal("No thanks, we are keeping them.", result.ReplyText);
        Assert.Equal(ReplyClass.NotInterested, result.Classification);
    }

    [Theory]
    [InlineData("Ricevuto, grazie.\n\nDa: Landman Team <landman@example.com>\nInviato: lunedì 3 marzo 2025 09:14\nA: Rosa <rosa@example.org>\nOggetto: Offer" + OurLetter, "Ricevuto, grazie.")]
    [InlineData("Danke, erhalten.\n\nVon: Landman Team <landman@example.com>\nGesendet: Montag, 3. März 2025 09:14\nAn: Rosa <rosa@example.org>\nBetreff: Offer" + OurLetter, "Danke, erhalten.")]
    [InlineData("Gracias.\n\nDe: Landman Team <landman@example.com>\nPara: Rosa Quintero <rosa.quintero@example.org>; Juan Quintero\n<juan.quintero@example.org>; Ana Quintero <ana@example.org>\nEnviado el: lunes, 3 de marzo de 2025 9:14\nAsunto: Offer" + OurLetter, "Gracias.")]
    [InlineData("Merci.\n\n-----Message d'origine-----\nDe : Landman Team [mailto:landman@example.com]\nEnvoyé : lundi 3 mars 2025 09:14" + OurLetter, "Merci.")]
    [InlineData("Obrigado.\n\nEm seg., 3 de mar. de 2025 às 09:14, Landman Team <\nlandman@example.com> escreveu:\n\n> Se tiver interesse, ligue para mim.", "Obrigado.")]
    [InlineData("Thanks.\n\nOn Mon, Mar 3, 2025 at 9:14 AM Landman Team\n<landman@example.com>\nwrote:\n\n> If you are interested, call me.", "Thanks.")]
    [InlineData("Gracias\n\n    El lunes, 3 de marzo de 2025, 09:14:00 CST, Landman Team <landman@example.com> escribió:\n\n    If you are interested, call me.", "Gracias")]
    public void EveryLayoutAndLanguageIsCutIncludingWrappedLines(string body, string newText) => Assert.Equal(newText, Classify(body).ReplyText);

    // More of each kind, written for issue 15: every header block, separator and attribution the docs promise, in the
    // five languages and Italian, with wrapped lines; an HTML body of each web and Apple client.
    [Theory]
    [InlineData("Sí, llámeme.\n\n-----Mensaje original-----\nDe: Landman Team [mailto:landman@example.com]\nEnviado el: lunes, 3 de marzo de 2025 9:14\nPara: Rosa" + OurLetter, "Sí, llámeme.")]
    [InlineData("Ja, gerne.\n\n-----Ursprüngliche Nachricht-----\nVon: Landman Team <landman@example.com>\nGesendet: Montag, 3. März 2025 09:14" + OurLetter, "Ja, gerne.")]
    [InlineData("Sim.\n\n-----Mensagem original-----\nDe: Landman Team\nEnviada em: segunda-feira, 3 de março de 2025 09:14" + OurLetter, "Sim.")]
    [InlineData("Sì, grazie.\n\n-----Messaggio originale-----\nDa: Landman Team\nInviato: lunedì 3 marzo 2025 09:14" + OurLetter, "Sì, grazie.")]
    [InlineData("Oui.\n\n-------- Message d'origine --------\nDe : Landman Team <landman@example.com>\nDate : 03/03/2025 09:14 (GMT-06:00)" + OurLetter, "Oui.")]
    [InlineData("Yes please.\n\n-------- Original message --------\nFrom: Landman Team <landman@example.com>\nDate: 3/3/25 9:14 AM (GMT-06:00)" + OurLetter, "Yes please.")]
    [InlineData("Nein danke.\n\nVon: Landman Team <landman@example.com>\nGesendet: Montag, 3. März 2025 09:14\nAn: Klaus Berger <klaus@example.org>; Anna Berger\n<anna@example.org>\nBetreff: Offer" + OurLetter, "Nein danke.")]
    [InlineData("Non merci.\n\n________________________________\nDe : Landman Team <landman@example.com>\nEnvoyé : lundi 3 mars 2025 09:14\nÀ : Luc <luc@example.org>\nObjet : Offer" + OurLetter, "Non merci.")]
    [InlineData("No thanks.\n\nFrom: Landman Team <landman@example.com>\nDate: Monday, March 3, 2025 at 9:14 AM\nTo: Ann <ann@example.org>\nSubject: Offer" + OurLetter, "No thanks.")]
    [InlineData("Pas intéressé.\n\nLe lun. 3 mars 2025 à 09:14, Landman Team <landman@example.com> a\nécrit :\n\n> Si vous êtes intéressé, appelez-moi.", "Pas intéressé.")]
    [InlineData("No me interesa.\n\nEl lun, 3 mar 2025 a las 9:14, Landman Team (<landman@example.com>)\nescribió:\n\n> Si le interesa, llámeme.", "No me interesa.")]
    [InlineData("Kein Interesse.\n\nAm Mo., 3. März 2025 um 09:14 Uhr schrieb Landman Team <\nlandman@example.com>:\n\n> Bei Interesse rufen Sie mich an.", "Kein Interesse.")]
    [InlineData("Não, obrigado.\n\nEm seg., 3 de mar. de 2025 às 09:14, Landman Team <landman@example.com>\nescreveu:\n\n> Se tiver interesse, ligue.", "Não, obrigado.")]
    [InlineData("Nee, dank je.\n\nOp ma 3 mrt 2025 om 09:14 schreef Landman Team <landman@example.com>:\n\n> Interesse? Bel me.", "Nee, dank je.")]
    [InlineData("Nej tak.\n\nDen 3. mar. 2025 kl. 09.14 skrev Landman Team <landman@example.com>:\n\n> Interesseret? Ring til mig.", "Nej tak.")]
    [InlineData("Sounds good, call me.\n\nSent from my iPhone\n\n> On Mar 3, 2025, at 9:14 AM, Landman Team <landman@example.com> wrote:\n>\n> If you are interested, call me.", "Sounds good, call me.")]
    [InlineData("Not now.\n\nBegin forwarded message:\n\nFrom: Landman Team <landman@example.com>\nDate: March 3, 2025 at 9:14:00 AM CST" + OurLetter, "Not now.")]
    public void MoreLayoutsOfEachKindAreCut(string body, string newText) => Assert.Equal(newText, Classify(body).ReplyText);

    [Theory]
    [InlineData("<div dir=\"ltr\">No thanks, we are keeping them.</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, Mar 3, 2025 at 9:14 AM Landman Team &lt;landman@example.com&gt; wrote:<br></div><blockquote class=\"gmail_quote\">If you are interested, call me at 713-555-0120.</blockquote></div>", "No thanks, we are keeping them.")]
    [InlineData("<html><body><div>Sí, me interesa.</div><div><br><blockquote type=\"cite\">El 3 mar 2025, a las 9:14, Landman Team &lt;landman@example.com&gt; escribió:<br><br>If you are interested, call me.</blockquote></div></body></html>", "Sí, me interesa.")]
    [InlineData("<p class=MsoNormal>Ja, bitte rufen Sie mich an.</p><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>Von:</b> Landman Team<br><b>Gesendet:</b> Montag, 3. März 2025 09:14</p></div><p>If you are interested, call me.</p>", "Ja, bitte rufen Sie mich an.")]
    [InlineData("<div>Received, thanks.</div><div class=\"yahoo_quoted\"><div>On Monday, March 3, 2025, 09:14:00 AM CST, Landman Team wrote:</div><div>If you are interested, call me.</div></div>", "Received, thanks.")]
    public void HtmlQuotesOfEachClientAreCut(string html, string newText) => Assert.Equal(newText, ReplyText.Extract(html, isHtml: true));

    [Fact]
    public void ABottomPostedAnswerUnderAnOutlookStyleQuoteInGermanIsNewText()
    {
        var body = "Am Mo., 3. März 2025 um 09:14 Uhr schrieb Landman Team <landman@example.com>:\n> Möchten Sie verkaufen?\n> Rufen Sie mich an: 713-555-0120.\n\nNein, wir behalten sie.\n\n--\nKlaus Berger";
        var result = Classify(body);
        Assert.Equal("Nein, wir behalten sie.", result.ReplyText);
        Assert.Equal(ReplyClass.NotInterested, result.Classification);
    }

    [Fact]
    public void AnAddressOnlyInTheQuotedHistoryIsNeverTheReferral()
    {
        // The new text names nobody's address: the quote's (ours, a colleague copied on the outreach) are not followed.
        var body = "Please talk to my brother, he handles it.\n\nFrom: Landman Team <landman@example.com>\nSent: Monday, March 3, 2025 9:14 AM\nTo: Rosa <rosa@example.org>\nCc: deals@example.com\nSubject: Offer" + OurLetter;
        var result = ReplyClassifier.Classify("RE: Offer", body, false, "Rosa <rosa@example.org>", null, new DateTime(2025, 3, 4), ["landman@example.com"]);
        Assert.Null(result.ReferralEmail);
        Assert.Null(result.ReferralPhone);
        Assert.DoesNotContain("landman@example.com", string.Join(" ", result.Evidence));
    }

    [Fact]
    public void InlineAnswersBetweenQuotedParagraphsAreNewText()
    {
        var body = "On Mon, Mar 3, 2025 at 9:14 AM Landman Team <landman@example.com> wrote:\n> Would you sell?\n\nNo, we are keeping them.\n\n> Who else owns an interest?\n\nMy sister, and she is not selling either.\n\n> Please call me at 713-555-0120.";
        var result = Classify(body);
        Assert.Equal("No, we are keeping them.\n\nMy sister, and she is not selling either.", result.ReplyText);
        Assert.Equal(ReplyClass.NotInterested, result.Classification);
    }

    [Theory]
    // Nothing typed above an Outlook block whose original signs off with its address and then more contact lines of its own:
    // those lines are the outreach's, not an answer typed under it (read as "a typed phone number as the whole reply").
    [InlineData("\n\nFrom: Landman Team <landman@example.com>\nSent: Monday, March 3, 2025 9:14 AM\nTo: Rosa <rosa@example.org>\nSubject: Offer\n\nIf you are interested, call me.\n\nJoe Landman\nlandman@example.com\n713-555-0120", "")]
    [InlineData("From: Landman Team <landman@example.com>\nSent: Monday, March 3, 2025 9:14 AM\nSubject: Offer\n\nCall me.\nlandman@example.com\nCell: 713-555-0120 | www.example.com\nFax 713.555.0121", "")]
    // An answer under it is still read, a number with words too; and a bare number after a blank line is the sender's.
    [InlineData("From: Landman Team <landman@example.com>\nSent: Monday, March 3, 2025 9:14 AM\nSubject: Offer\n\nCall me.\nlandman@example.com\n713-555-0120\nCall me at 432-555-0188 after 5.", "Call me at 432-555-0188 after 5.")]
    [InlineData("From: Landman Team <landman@example.com>\nSent: Monday, March 3, 2025 9:14 AM\nSubject: Offer\n\nCall me.\nlandman@example.com\n713-555-0120\n\n432-555-0188", "432-555-0188")]
    public void TheOriginalsOwnContactLinesUnderItsAddressAreNoAnswerBelowIt(string body, string newText)
    {
        var result = Classify(body);
        Assert.Equal(newText, result.ReplyText);
        if (newText.Length == 0) Assert.Equal(ReplyClass.Unknown, result.Classification);
    }

    [Fact]
    public void HtmlBlockquoteWithABottomPostedAnswer()
    {
        var html = "<div>On Mon, Mar 3, 2025 Landman Team wrote:</div><blockquote type=\"cite\">If you are interested, call me.</blockquote><div>No thanks, keeping them.</div>";
        Assert.Equal("No thanks, keeping them.", ReplyText.Extract(html, isHtml: true));
    }

    [Fact]
    public void AReferralContactIsNeverTheSendersNorOursNorFromTheQuote()
    {
        var body = "Talk to my son Carl, carl.ortiz@example.net, he handles the minerals now.\n\nThanks,\nRosa Ortiz\nrosa@example.org\n\nFrom: Landman Team <landman@example.com>\nSent: Monday, March 3, 2025 9:14 AM\nTo: Rosa Ortiz <rosa@example.org>\nSubject: Offer" + OurLetter;
        var result = ReplyClassifier.Classify("RE: Offer", body, false, "Rosa Ortiz <rosa@example.org>", null, new DateTime(2025, 3, 4), ["landman@example.com"]);
        Assert.Equal("carl.ortiz@example.net", result.ReferralEmail);
        Assert.NotEqual("7135550120", result.ReferralPhone);

        // Only the sender's and our own address in the new text: no contact to follow.
        var own = ReplyClassifier.Classify("RE: Offer", "Write to me at rosa@example.org or landman@example.com, whichever.", false, "Rosa Ortiz <rosa@example.org>", null, null, ["landman@example.com"]);
        Assert.Null(own.ReferralEmail);
    }
}
