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

    [Fact]
    public void InlineAnswersBetweenQuotedParagraphsAreNewText()
    {
        var body = "On Mon, Mar 3, 2025 at 9:14 AM Landman Team <landman@example.com> wrote:\n> Would you sell?\n\nNo, we are keeping them.\n\n> Who else owns an interest?\n\nMy sister, and she is not selling either.\n\n> Please call me at 713-555-0120.";
        var result = Classify(body);
        Assert.Equal("No, we are keeping them.\n\nMy sister, and she is not selling either.", result.ReplyText);
        Assert.Equal(ReplyClass.NotInterested, result.Classification);
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
