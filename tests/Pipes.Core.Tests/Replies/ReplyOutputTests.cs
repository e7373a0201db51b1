using System.Globalization;
using Pipes.Replies;

namespace Pipes.Tests.Replies;

/// <summary>
/// The whole output (class, confidence, evidence, reply text, contacts, return date, follow-up) of replies of the kinds
/// the classifier's shortcuts pass over: a long reply that is courtesy around a one-word answer, a sign-off line, the
/// report wording with and without another bounce sign, the delay wording in the subject or the text, addresses and
/// numbers that are also in the quote, HTML cut once, return dates. The expected lines were written by the classifier
/// before it was made faster (commit 101fae5) and written again when the perceptron gave way to the logistic model with
/// policy cues (issue 15; reviewed: the classes stayed but for "courtesy around a long no", now Unknown at 0.50, a
/// contrived text the model is unsure of), and again when the decline and ask cues were widened and the model retrained
/// (no class changed; confidences moved by at most 0.026, "courtesy around a long no" to 0.495), and again when the cues learnt
/// a fifth blind set's kinds (no class changed; confidences moved by at most 0.01; the closing "no" named without its stop), and again for a ninth's
/// (no class changed; confidences moved by at most 0.002), and again for an eleventh's (no class changed; confidences moved by at
/// most 0.002): a change made for speed
/// must leave them as they are. A change of the
/// model or the policy made on purpose moves them; review the differences, then write the new lines.
/// </summary>
public sealed class ReplyOutputTests
{
    private static readonly DateTime Received = new(2026, 11, 25);
    private static readonly string[] Own = ["pat@permianpipes.example.com"];

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["courtesy around a long no"] = "NotInterested ¦ 0.495 ¦ policy: closes on a bare \"no\" | model: Unknown over NotInterested | bias:1 +2.9 | word \"you\" +2.5 | words \"thanks\" (first) +0.6 | word \"thanks\" +0.6 | letters \"th\" +0.4 ¦ Thanks, thanks, thank you, thanks again and thanks, please... no ¦  ¦  ¦  ¦  ¦ ",
        ["courtesy only around a no"] = "NotInterested ¦ 0.95 ¦ whole reply: \"no\" ¦ Thanks, thanks, thank you, thanks and thanks, please... no ¦  ¦  ¦  ¦  ¦ ",
        ["three words and courtesy"] = "NotInterested ¦ 0.95 ¦ whole reply: \"not interested\" ¦ Thank you thank you thank you thanks, please: not interested!! ¦  ¦  ¦  ¦  ¦ ",
        ["four words past forty letters"] = "NotInterested ¦ 0.74 ¦ model: NotInterested over Unknown | word \"no\" +4.1 | word \"not\" +3.3 | word \"but\" +1.2 | word \"for\" +1.1 | word \"much\" +0.8 ¦ Thanks so much for the letter but no, not now, thank you ¦  ¦  ¦  ¦  ¦ ",
        ["yes and a name"] = "Interested ¦ 0.95 ¦ whole reply: \"yes\" ¦ Yes\\n  Jo Ann ¦  ¦  ¦  ¦  ¦ ",
        ["yes and three words"] = "Interested ¦ 0.872 ¦ model: Interested over Unknown | word \"yes\" +4.4 | words \"yes\" (first) +0.9 | words \"yes\" (last) +0.8 | letters \"es\" +0.8 | letters \"ye\" +0.5 ¦ Yes\\nJo Ann Smith ¦  ¦  ¦  ¦  ¦ ",
        ["yes over three lines"] = "Interested ¦ 0.872 ¦ model: Interested over Unknown | word \"yes\" +4.4 | words \"yes\" (first) +0.9 | words \"yes\" (last) +0.8 | letters \"es\" +0.8 | letters \"ye\" +0.5 ¦ Yes\\n\\nJo\\nSmith ¦  ¦  ¦  ¦  ¦ ",
        ["a long text of courtesy only"] = "Unknown ¦ 0.909 ¦ model: Unknown over NotInterested | bias:1 +2.9 | words \"thanks\" (last) +0.6 | words \"thanks\" (first) +0.6 | word \"thanks\" +0.6 | letters \"th\" +0.4 ¦ thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks thanks ¦  ¦  ¦  ¦  ¦ ",
        ["report wording and a daemon sender"] = "Bounce ¦ 0.9 ¦ sender: MAILER-DAEMON <mailer-daemon@mx.example.net> | report: could not be delivered ¦ Your message could not be delivered to bob@x.example.com. ¦  ¦  ¦  ¦  ¦ ",
        ["report wording alone"] = "Interested ¦ 0.551 ¦ model: Interested over Referral | cue \"call\" +10.1 | word \"me\" +3.6 | word \"the\" +1.3 | word \"it\" +1.2 | bias:1 +1.1 ¦ I wrote to him but it could not be delivered, he says. Call me at 432-555-0177 about the minerals. ¦  ¦  ¦  ¦  ¦ ",
        ["delay in the subject"] = "Unknown ¦ 0.9 ¦ machine message: delivery delayed, not failed: Delivery delayed ¦ We will keep trying. ¦  ¦  ¦  ¦  ¦ ",
        ["delay in the body"] = "Unknown ¦ 0.9 ¦ machine message: delivery delayed, not failed: has not been delivered yet ¦ This message has not been delivered yet. The server will keep trying. ¦  ¦  ¦  ¦  ¦ ",
        ["a referral past the quoted addresses"] = "Referral ¦ 0.989 ¦ model: Referral over NotInterested | cue \"handoff\" +11.3 | other-address +6.7 | word \"<email>\" +6.1 | word \"at\" +3.5 | word \"my\" +2.1 ¦ Please write to my son at tom.mabry@example.net, not to me. ¦  ¦ tom.mabry@example.net ¦  ¦  ¦ ",
        ["a referral whose address is in the quote"] = "Referral ¦ 0.973 ¦ model: Referral over OutOfOffice | cue \"handoff\" +7.4 | word \"<email>\" +3.6 | word \"to\" +1.4 | words \"<email>\" (last) +0.9 | bias:1 +0.9 ¦ Write to tom@example.net. ¦  ¦  ¦  ¦  ¦ ",
        ["a phone also in the quote"] = "Interested ¦ 0.911 ¦ model: Interested over Unknown | cue \"call\" +9.7 | word \"<phone>\" +3.9 | word \"me\" +3.0 | words \"<phone>\" (last) +0.9 | letters \"me\" +0.3 ¦ Call me at 432-555-0177 or 432-555-0199. ¦  ¦  ¦  ¦  ¦ ",
        ["html with a blockquote"] = "NotInterested ¦ 0.95 ¦ whole reply: \"not interested\" ¦ Not interested, thanks. ¦  ¦  ¦  ¦  ¦ ",
        ["html Outlook divider"] = "Unknown ¦ 0.94 ¦ model: Unknown over NotInterested | bias:1 +2.9 | word \"gracias\" +1.2 | word \"recibido\" +0.7 | letters \"rec\" +0.4 | letters \"rec\" +0.4 ¦ Recibido, gracias ¦  ¦  ¦  ¦  ¦ ",
        ["out of office with a date"] = "OutOfOffice ¦ 0.95 ¦ header Auto-Submitted: auto-replied | subject: Automatic reply ¦ I am out of the office until Monday, December 7 with limited access to e-mail. ¦  ¦  ¦  ¦ 2026-12-07 ¦ ",
        ["out of office in German"] = "OutOfOffice ¦ 0.95 ¦ subject: Abwesenheit ¦ ich bin bis zum 4. Dezember im Urlaub. ¦  ¦  ¦  ¦ 2026-12-04 ¦ ",
        ["a departure naming someone"] = "Referral ¦ 0.9 ¦ subject: Automatic reply | departure: I have retired | names: Dana Ruiz ¦ I have retired. Please contact Dana Ruiz at dana.ruiz@example.com. ¦ Dana Ruiz ¦ dana.ruiz@example.com ¦  ¦  ¦ ",
        ["a deferral with a time"] = "Interested ¦ 0.911 ¦ model: Interested over NotInterested | cue \"call\" +9.7 | word \"the\" +2.1 | word \"me\" +1.8 | word \"~right\" +0.7 | word \"call\" +0.7 ¦ Not right now, we're in probate. Call me after the first of the year. ¦  ¦  ¦  ¦  ¦ after the first of the year",
        ["a long letter"] = "Interested ¦ 0.903 ¦ model: Interested over OutOfOffice | word \"offer\" +3.2 | word \"would\" +2.0 | bias:1 +2.0 | word \"<phone>\" +1.6 | word \"an\" +1.2 ¦ We are the owners of the minerals under the NW/4 of Section 12 and would consider an offer of $2,500 per acre if you can close by March 3, 2027. Call 432-555-0123.\\nWe are the owners of the minerals under the NW/4 of Section 12 and would consider an offer of $2,500 per acre if you can close by March 3, 2027. Call 432-555-0123.\\nWe are the owners of the minerals under the NW/4 of Section 12 and would consider an offer of $2,500 per acre if you can close by March 3, 2027. Call 432-555-0123. ¦  ¦  ¦  ¦  ¦ ",
        ["empty"] = "Unknown ¦ 0.7 ¦ no new text ¦  ¦  ¦  ¦  ¦  ¦ ",
    };

    public static TheoryData<string> Names() => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void TheWholeOutputIsAsBefore(string name)
    {
        var message = All().Single(c => c.Name == name).Message;
        Assert.Equal(Expected[name], Format(ReplyClassifier.Default.Classify(message)));
    }

    [Fact]
    public void EveryCaseHasAnExpectedOutput() => Assert.Equal(Expected.Keys.Order(), All().Select(c => c.Name).Order());

    private static IEnumerable<(string Name, ReplyMessage Message)> All()
    {
        ReplyMessage M(string body, string subject = "RE: Mineral rights", string? from = "Owner <owner@example.net>", bool html = false, Dictionary<string, string>? headers = null) =>
            new(subject, body, html, from, headers, Received, Own);
        yield return ("courtesy around a long no", M("Thanks, thanks, thank you, thanks again and thanks, please... no"));
        yield return ("courtesy only around a no", M("Thanks, thanks, thank you, thanks and thanks, please... no"));
        yield return ("three words and courtesy", M("Thank you thank you thank you thanks, please: not interested!!"));
        yield return ("four words past forty letters", M("Thanks so much for the letter but no, not now, thank you"));
        yield return ("yes and a name", M("Yes\n  Jo Ann  "));
        yield return ("yes and three words", M("Yes\nJo Ann Smith"));
        yield return ("yes over three lines", M("Yes\n\nJo\nSmith"));
        yield return ("a long text of courtesy only", M(string.Join(" ", System.Linq.Enumerable.Repeat("thanks", 30))));
        yield return ("report wording and a daemon sender", M("Your message could not be delivered to bob@x.example.com.", "Hello", "MAILER-DAEMON <mailer-daemon@mx.example.net>"));
        yield return ("report wording alone", M("I wrote to him but it could not be delivered, he says. Call me at 432-555-0177 about the minerals."));
        yield return ("delay in the subject", M("We will keep trying.", "Delivery delayed: RE: Minerals", "postmaster@example.net"));
        yield return ("delay in the body", M("This message has not been delivered yet. The server will keep trying.", "Warning", "postmaster@example.net"));
        yield return ("a referral past the quoted addresses", M("Please write to my son at tom.mabry@example.net, not to me.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Pat <pat@permianpipes.example.com> wrote:\n> Reply to owner@example.net or tom.mabry@example.org"));
        yield return ("a referral whose address is in the quote", M("Write to tom@example.net.\n\n-----Original Message-----\nFrom: Pat\nSent: Monday\nTo: tom@example.net\n\nAre you interested?"));
        yield return ("a phone also in the quote", M("Call me at 432-555-0177 or 432-555-0199.\n\n> Our office: (432) 555-0177"));
        yield return ("html with a blockquote", M("<div>Not interested, thanks.</div><blockquote><p>Call 214-555-0178 or write deals@ourco.example.com, we are interested</p></blockquote>", html: true));
        yield return ("html Outlook divider", M("<p>Recibido, gracias</p><div id=\"divRplyFwdMsg\"><b>De:</b> Pat<br><b>Enviado el:</b> lunes<br>Are you interested in selling?</div>", html: true));
        yield return ("out of office with a date", M("I am out of the office until Monday, December 7 with limited access to e-mail.", "Automatic reply: Minerals", headers: new() { ["Auto-Submitted"] = "auto-replied" }));
        yield return ("out of office in German", M("ich bin bis zum 4. Dezember im Urlaub.", "Abwesenheitsnotiz: Minerals"));
        yield return ("a departure naming someone", M("I have retired. Please contact Dana Ruiz at dana.ruiz@example.com.", "Automatic reply: Minerals"));
        yield return ("a deferral with a time", M("Not right now, we're in probate. Call me after the first of the year."));
        yield return ("a long letter", M(string.Join("\n", System.Linq.Enumerable.Repeat("We are the owners of the minerals under the NW/4 of Section 12 and would consider an offer of $2,500 per acre if you can close by March 3, 2027. Call 432-555-0123.", 3))));
        yield return ("empty", M(""));
    }

    private static string Format(ReplyClassification c) =>
        string.Join(" ¦ ", c.Classification, c.Confidence.ToString("R", CultureInfo.InvariantCulture), string.Join(" | ", c.Evidence), c.ReplyText.Replace("\n", "\\n"),
            c.ReferralName, c.ReferralEmail, c.ReferralPhone, c.ReturnDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.FollowUp);
}
