using Pipes.Replies;

namespace Pipes.Tests.Replies;

/// <summary>
/// A reply's request not to be contacted, apart from its class: written here, not taken from the labelled corpora, in the
/// shapes owners write it (and the shapes that look like it and are not).
/// </summary>
public sealed class ReplyOptOutTests
{
    private static ReplyClassification Classify(string body, string subject = "RE: Offer for your minerals in Reeves County", Dictionary<string, string>? headers = null) =>
        ReplyClassifier.Classify(subject, body, false, "Owner <owner@example.com>", headers, new DateTime(2026, 11, 25));

    [Theory]
    [InlineData("Not selling. Please take my name off your mailing list.", OptOutScope.All, "take my name off your mailing list")]
    [InlineData("Remove me.", OptOutScope.All, "Remove me")]
    [InlineData("Send the papers by mail but do not phone the house, my husband works nights.", OptOutScope.Calls, "do not phone the house")] // the household's line (was none)
    [InlineData("don't call the ranch", OptOutScope.Calls, "don't call the ranch")]
    [InlineData("Mom is not selling. Please don't call or email here again.", OptOutScope.All, "Please don't call or email here again")] // "here" (was none)
    [InlineData("stop", OptOutScope.All, "stop")]
    [InlineData("We've told your company twice. Cease and desist.", OptOutScope.All, "Cease and desist")]
    [InlineData("I want no further contact from your firm.", OptOutScope.All, "no further contact")]
    [InlineData("Don't ever contact this house again. My husband is dead.", OptOutScope.All, "Don't ever contact this house again")]
    // "Unsubscribe" names no channel: any contact, as the labelled sets (written apart) read it; "from your emails" names mail.
    [InlineData("Please unsubscribe owner@example.com", OptOutScope.All, "unsubscribe")]
    [InlineData("Unsubscribe me from your emails.", OptOutScope.Email, "Unsubscribe me from your emails")]
    [InlineData("quit sending me letters, I keep throwing them away", OptOutScope.Email, "quit sending me letters")]
    [InlineData("No more emails please. Not interested.", OptOutScope.Email, "No more emails")]
    [InlineData("Stop calling my cell phone at dinner time!", OptOutScope.Calls, "Stop calling")]
    [InlineData("Do not call this number again.", OptOutScope.Calls, "Do not call this number again")]
    [InlineData("Put me on your do not call list.", OptOutScope.Calls, "Put me on your do not call list")]
    [InlineData("Not interested, stop texting, calling and emailing me", OptOutScope.All, "stop texting, calling and emailing me")]
    [InlineData("DO NOT EMAIL OR CALL ME AGAIN", OptOutScope.All, "DO NOT EMAIL OR CALL ME AGAIN")]
    [InlineData("I asked you people not to contact me again.", OptOutScope.All, "not to contact me again")]
    // A request inside a reproach, asked as a question: the words asked for are the request (they were taken for an echo).
    [InlineData("How many more times must I ask you folks to remove me from your mailing list?", OptOutScope.All, "remove me from your mailing list")]
    [InlineData("Why do I keep having to tell y'all to stop calling me?", OptOutScope.Calls, "stop calling me")]
    [InlineData("Were you not listening when we said quit emailing us?", OptOutScope.Email, "quit emailing us")]
    [InlineData("Por favor, denme de baja de su lista.", OptOutScope.All, "de baja")]
    [InlineData("No me llamen más, no vendo.", OptOutScope.Calls, "No me llamen más")]
    [InlineData("Merci de ne plus m'écrire.", OptOutScope.Email, "de ne plus m'écrire")]
    [InlineData("Ne m’appelez plus, s'il vous plaît.", OptOutScope.Calls, "Ne m’appelez plus")]
    [InlineData("Bitte tragen Sie mich aus.", OptOutScope.All, "tragen Sie mich aus")]
    [InlineData("Rufen Sie mich nicht mehr an.", OptOutScope.Calls, "Rufen Sie mich nicht mehr")]
    [InlineData("Por favor não me liguem mais.", OptOutScope.Calls, "não me liguem mais")]
    [InlineData("Drop me from your mailing list.", OptOutScope.All, "Drop me from your mailing list")]
    [InlineData("No me vuelvan a llamar.", OptOutScope.Calls, "No me vuelvan a llamar")]
    [InlineData("Por favor no me envíe más correos.", OptOutScope.Email, "no me envíe más")]
    [InlineData("Remove me from your list before I report you.", OptOutScope.All, "Remove me from your list")] // not a time: a threat
    [InlineData("Take me off your list today.", OptOutScope.All, "Take me off your list")]
    [InlineData("Stop emailing me after I already said no.", OptOutScope.Email, "Stop emailing me")]
    [InlineData("Please don't reach out again.", OptOutScope.All, "don't reach out again")]
    // Families the held-out set B showed missing (written here in other words than B's).
    [InlineData("Not selling. I want off your mailing list.", OptOutScope.All, "want off your mailing list")]
    [InlineData("We'd like to be off the list, thanks.", OptOutScope.All, "'d like to be off the list")]
    [InlineData("unsub", OptOutScope.All, "unsub")]
    [InlineData("Stop. Stop. STOP!", OptOutScope.All, "Stop. Stop. STOP")]
    [InlineData("y'all quit textin me", OptOutScope.Calls, "quit textin")]
    [InlineData("Sáquenme de su base de datos y de su lista.", OptOutScope.All, "Sáquenme")]
    [InlineData("Por favor borren mis datos.", OptOutScope.All, "borren mis datos")]
    [InlineData("Cessez de m'appeler, je ne vends rien.", OptOutScope.Calls, "Cessez de m'appeler")]
    [InlineData("Je ne veux plus être contacté par votre société.", OptOutScope.All, "ne veux plus être contacté")]
    [InlineData("No quiero ser contactado otra vez.", OptOutScope.All, "No quiero ser contactado")]
    [InlineData("Ich möchte nicht mehr angerufen werden.", OptOutScope.Calls, "möchte nicht mehr angerufen werden")]
    [InlineData("Não quero ser procurado de novo.", OptOutScope.All, "Não quero ser procurado")]
    [InlineData("Please stop reaching out.", OptOutScope.All, "stop reaching out")]
    // Letters are written contact: Email (the sets' labelling), as "no more letters" was; this said All before set C.
    [InlineData("I don't want to receive any more letters from your company.", OptOutScope.Email, "don't want to receive any more letters")]
    // Families the held-out set C showed missing (written here in other words than C's).
    [InlineData("The Judge has asked me to tell you he does not wish to receive further correspondence.", OptOutScope.Email, "does not wish to receive further correspondence")]
    [InlineData("no contact", OptOutScope.All, "no contact")]
    [InlineData("STOPALL", OptOutScope.All, "STOPALL")]
    [InlineData("That's enough of your letters and postcards. Three in a month!", OptOutScope.Email, "enough of your letters and postcards")]
    [InlineData("Enough with the calls already.", OptOutScope.Calls, "Enough with the calls")]
    [InlineData("stop txting this number", OptOutScope.Calls, "stop txting")]
    [InlineData("Favor me tirar da sua lista.", OptOutScope.All, "me tirar da sua lista")]
    [InlineData("Tirem-me da lista, obrigado.", OptOutScope.All, "Tirem-me da lista")]
    [InlineData("Text me one more time and I'm reporting you to the FCC.", OptOutScope.Calls, "Text me one more time and I'm")]
    [InlineData("With respect, I ask that you not reach out to us again.", OptOutScope.All, "not reach out to us again")]
    [InlineData("Dad passed in June. Take him off whatever list he's on with you.", OptOutScope.All, "Take him off whatever list")]
    [InlineData("Please don't contact the family about the estate.", OptOutScope.All, "Please don't contact the family")]
    [InlineData("Mi tío ya no quiere que lo llamen.", OptOutScope.Calls, "ya no quiere que lo llamen")]
    [InlineData("Mi mamá no desea que la contacten por ningún medio.", OptOutScope.All, "no desea que la contacten")]
    [InlineData("No quiero recibir más cartas de ustedes.", OptOutScope.Email, "No quiero recibir más cartas")]
    [InlineData("Ya no quiero recibir sus cartas, gracias.", OptOutScope.Email, "no quiero recibir sus cartas")] // a determiner before the letters (was All)
    [InlineData("No quiero recibir esas llamadas.", OptOutScope.Calls, "No quiero recibir esas llamadas")]
    [InlineData("no me manden mas mensajes", OptOutScope.Calls, "no me manden mas mensajes")]
    [InlineData("ni me marquen, gracias", OptOutScope.Calls, "ni me marquen")]
    [InlineData("My father is 88 and these calls confuse him. Stop calling him.", OptOutScope.Calls, "Stop calling him")]
    [InlineData("We prefer not to receive offers by phone.", OptOutScope.Calls, "We prefer not to receive offers by phone")]
    [InlineData("Unsubscribe?", OptOutScope.All, "Unsubscribe")]
    [InlineData("Not selling - don't call - I'll write if that changes.", OptOutScope.Calls, "don't call")] // between dashes, as notes write it
    [InlineData("Please don't send any more letters or emails.", OptOutScope.Email, "Please don't send any more letters or emails")]
    // A channel joined to the one named stops too (a trial: 'No more calls or emails please' stopped calls only).
    [InlineData("No more calls or emails please", OptOutScope.All, "No more calls")]
    [InlineData("I do not want any more letters and phone calls from you people.", OptOutScope.All, "do not want any more letters")]
    [InlineData("no further e-mails / texts", OptOutScope.All, "no further e-mails")]
    [InlineData("Quit calling and emailing me", OptOutScope.All, "Quit calling and emailing")]
    [InlineData("No more calls or texts.", OptOutScope.Calls, "No more calls")]
    [InlineData("Don't call, email me the offer.", OptOutScope.Calls, "Don't call")] // a comma is no join: mail is asked for
    [InlineData("No more calls or email please", OptOutScope.All, "No more calls")]
    [InlineData("No more calls or e-mail.", OptOutScope.All, "No more calls")]
    [InlineData("Do not call me, and mail me the offer instead.", OptOutScope.Calls, "Do not call me")] // a review: after a comma
    [InlineData("Please stop calling and mail me the paperwork.", OptOutScope.Calls, "stop calling")] // mail as a verb: asked for
    [InlineData("No more calls and emails are fine with me.", OptOutScope.Calls, "No more calls")] // said of emails, not asked
    // Japanese, Korean and Vietnamese (blind sets' declines whose request went unrecorded; the wordings ours).
    [InlineData("売却には興味がありません。今後のご連絡はご遠慮ください。", OptOutScope.All, "ご連絡はご遠慮ください")]
    [InlineData("手紙を送らないでください。", OptOutScope.Email, "手紙を送らないでください")]
    [InlineData("電話しないでください。", OptOutScope.Calls, "電話しないでください")]
    [InlineData("관심 없습니다. 더 이상 보내지 말아 주세요.", OptOutScope.Email, "보내지 말아 주세요")]
    [InlineData("연락하지 마세요.", OptOutScope.All, "연락하지 마세요")]
    [InlineData("Cảm ơn, nhưng xin đừng gửi thư nữa.", OptOutScope.Email, "đừng gửi thư")]
    [InlineData("Tôi không bán. Đừng gọi điện cho tôi nữa.", OptOutScope.Calls, "Đừng gọi điện")]
    [InlineData("Xin đừng liên lạc nữa.", OptOutScope.All, "đừng liên lạc")]
    public void FindsTheRequestAndWhatItStops(string body, OptOutScope scope, string words)
    {
        var optOut = Classify(body).OptOut;
        Assert.NotNull(optOut);
        Assert.Equal(scope, optOut.Scope);
        Assert.StartsWith(words, optOut.Words, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Not interested right now, but keep us in mind for next year.")] // a decline is no opt-out
    [InlineData("No thanks.")]
    [InlineData("Don't call me before noon, I work nights. What's the offer?")] // when, not whether
    [InlineData("No me llame antes de las 5, por favor. ¿Cuánto ofrecen?")]
    [InlineData("No need to remove me, I'm still thinking it over.")] // undone by the words before it
    [InlineData("You don't have to unsubscribe me, just send the number.")]
    [InlineData("Who asked you to remove me? Send me the lease form.")] // a reproach the other way round: turns the words over
    [InlineData("My brother said remove me? No, call me at 432-555-0188.")]
    // Whether it was asked, not a reproach for asking again (a review of the reproach rule: each was read as an opt-out).
    [InlineData("Did my wife ask you to remove me? She shouldn't have. Send the numbers.")]
    [InlineData("Should we tell you to stop calling? No, call any time after 5.")]
    [InlineData("Did I say take me off your list? No. I said send me the lease.")]
    [InlineData("When did I ever say stop emailing? Keep them coming.")]
    [InlineData("Someone asked you to remove me? That was not me, keep me on.")]
    [InlineData("Stop by the office Tuesday and we can talk.")]
    [InlineData("I opted out of the pooling order in 2019, so I own the interest outright. Make an offer.")] // a pooling election
    [InlineData("We signed a quit claim deed to my brother. He owns it now: bob@example.com")]
    [InlineData("Please don't hesitate to call me at 432-555-0199.")]
    [InlineData("Remove the post-production deductions and we can talk about a lease.")]
    [InlineData("Ich melde mich aus dem Urlaub, dann reden wir.")]
    [InlineData("Not interested. Do not contact my kids either.")] // about other people: theirs to say
    [InlineData("Sounds good. Feel free to drop me a line next week with the numbers.")] // "drop me" a line is an invitation
    [InlineData("Interested. Drop me an email with your offer.")]
    [InlineData("Please do not remove me from your list, I may sell next year.")] // a request the sender is not making
    [InlineData("I don't want to unsubscribe, just send fewer letters.")]
    [InlineData("No me llamo Carlos, soy Juan. Me interesa la oferta.")] // "my name is not", not "do not call me"
    [InlineData("No me envió el contrato todavía. ¿Me lo manda?")] // "you did not send me", a past tense
    [InlineData("No nos contactaron la semana pasada como dijeron. ¿Sigue en pie la oferta?")]
    [InlineData("Ele não me ligou mais depois da reunião. Ainda querem comprar?")]
    [InlineData("Please remove me from this thread, my brother handles it.")] // the conversation, not the list
    [InlineData("Remove me from the cc on these, just send to my office.")]
    [InlineData("Please delete my email from yesterday, the number in it was wrong.")]
    [InlineData("We don't want to receive the check before January.")]
    [InlineData("We don't want any more delays, send the contract.")]
    [InlineData("No quiero más de 5000 por acre.")]
    [InlineData("Ich muss mich für das Webinar abmelden.")]
    [InlineData("Please don't call me Mr. Smith, call me Bob. What's your number?")]
    // When, not whether, in the other languages too: days and parts of the day.
    [InlineData("No me llamen los domingos, estoy en misa. Entre semana sí.")]
    [InlineData("Por favor no me llame por la noche, trabajo temprano.")]
    [InlineData("Ne m'appelez pas le dimanche, merci. En semaine c'est possible.")]
    [InlineData("Bitte rufen Sie mich nicht am Wochenende an, unter der Woche gern.")]
    [InlineData("Não me ligue aos domingos. De segunda a sexta pode ligar.")]
    // Set C's kinds, in other words: to whom or where, with the same channel asked for elsewhere; another person's request reported
    // by a sender who wants to be contacted; "de baja" of a line or a leave; a price or a tract taken off.
    [InlineData("Quit mailing offers to my late mother's house, nobody lives there. Send them to me at PO Box 12, Midland.")]
    [InlineData("Stop sending the letters to my old office address; email me the offer instead.")]
    [InlineData("Dejen de enviarle ofertas a mi esposo, ya falleció. Envíenmelas a mí.")]
    [InlineData("No me llamen al trabajo, mejor al celular 432-555-0110.")]
    [InlineData("My brother asked you to take him off your list. I'm the other owner and I'm interested, call me at 432-555-0111.")]
    [InlineData("My wife doesn't want to be contacted, but you can email me the offer.")]
    [InlineData("Ya di de baja mi número viejo, este es el nuevo, llámeme.")]
    [InlineData("Estuve de baja por enfermedad, por eso no contesté. ¿Sigue en pie la oferta?")]
    [InlineData("Take 5% off the list price and we have a deal.")]
    [InlineData("Remove the Smith tract from the list, it sold in 2019; the rest is available.")]
    [InlineData("My phone is dead so don't text. Call the house.")]
    [InlineData("Please stop calling my husband too. He doesn't handle the minerals.")]
    [InlineData("Mom passed in May. Please don't send any more mail to her house; her attorney is at dlee@law.example.")]
    [InlineData("ご遠慮なくご連絡ください。")] // feel free to contact me
    [InlineData("연락 주세요. 관심 있습니다.")] // please contact me
    [InlineData("Đừng ngại gọi cho tôi.")] // don't hesitate to call me
    [InlineData("Đừng gọi điện buổi sáng, tôi đi làm. Gọi cho tôi sau 6 giờ chiều.")] // not in the morning: when, not whether
    [InlineData("Đúng, gửi cho tôi giấy tờ.")] // "right, send me the papers": no "đừng"
    public void IsNoneWhenTheWordsDoNotAskIt(string body) => Assert.Null(Classify(body).OptOut);

    // Nothing typed above the quote: the subject says it.
    [Theory]
    [InlineData("Unsubscribe", OptOutScope.All)]
    [InlineData("RE: Remove", OptOutScope.All)]
    [InlineData("Re: STOP", OptOutScope.All)]
    public void ASubjectAloneAsks(string subject, OptOutScope scope) =>
        Assert.Equal(scope, Classify("\n\nOn Tue, Sep 16, 2025 Travis wrote:\n> Hi, we buy minerals.", subject).OptOut?.Scope);

    [Fact]
    public void ASubjectDoesNotCountWhenTheReplyHasText() =>
        Assert.Null(Classify("What's the offer?\n\nOn Tue, Sep 16, 2025 Travis wrote:\n> Hi", "Re: Unsubscribe from our list? Not yet").OptOut);

    // Words of a request that ask nothing (measured on tests/data/replies-optout set A: each was a false mark): a past action
    // reported, a request undone in another language with a "que" or a pronoun between, the words turned over as a question.
    [Theory]
    [InlineData("I already unsubscribed from the newsletter, but the offer is worth a look. What's the price?")]
    [InlineData("No es necesario que nos quiten de su lista; tal vez vendamos en el verano.")]
    [InlineData("No hace falta que me borren de su lista, nada más no vendo este año.")]
    [InlineData("Inutile de me retirer de votre liste, je vendrai peut-être plus tard.")]
    [InlineData("Unsubscribe? Not a chance, I want to hear the number.")]
    [InlineData("Take me off your list? No way, I've been waiting for an offer like this.")]
    public void IsNoneWhenTheRequestIsReportedUndoneOrEchoed(string body) => Assert.Null(Classify(body).OptOut);

    [Theory]
    [InlineData("Could you please take me off your list?", OptOutScope.All, "take me off your list")]
    [InlineData("Can you unsubscribe me? Thanks.", OptOutScope.All, "unsubscribe")]
    [InlineData("Please take me off your list?", OptOutScope.All, "take me off your list")]
    [InlineData("Please remove me from your mailing list?", OptOutScope.All, "Please remove me from your mailing list")]
    [InlineData("Hi, remove me from your mailing list? Thanks.", OptOutScope.All, "remove me from your mailing list")]
    public void AQuestionThatAsksIsARequest(string body, OptOutScope scope, string words)
    {
        var optOut = Classify(body).OptOut;
        Assert.NotNull(optOut);
        Assert.Equal(scope, optOut.Scope);
        Assert.StartsWith(words, optOut.Words, StringComparison.OrdinalIgnoreCase);
    }

    // What a request stops, and when a place makes it one of where (set A: a do-not-text beside "calls are ok" marked Calls; a
    // "don't call me at home ... write to me" and a "please don't call, I don't pick up" missed).
    [Theory]
    [InlineData("Please don't text me, I never look at them. You can call me on the house phone.")] // the calls asked for would stop
    [InlineData("Stop sending me letters, email me the offer instead.")] // the email asked for would stop
    [InlineData("Please don't call me at work; my cell is 806-555-0134.")] // where: another line given
    [InlineData("Why don't you call, and we can talk numbers?")]
    [InlineData("If I don't call, it means I'm not interested.")]
    [InlineData("Most buyers don't call. You did, so what's your offer?")] // a subject before it: a statement
    [InlineData("The landmen from Midland never email; they just show up.")]
    public void IsNoneWhenItStopsOnlyWhatTheSenderAlsoInvitesOrSaysWhere(string body) => Assert.Null(Classify(body).OptOut);

    [Theory]
    [InlineData("Don't call me at home anymore, my husband is ill. Put it in a letter.", OptOutScope.Calls, "Don't call me")] // no other line
    [InlineData("Not selling. Please don't call, I have nothing to add.", OptOutScope.Calls, "don't call")]
    [InlineData("Not selling, so don't call.", OptOutScope.Calls, "don't call")]
    [InlineData("I would like to be removed from the company's mailing list.", OptOutScope.All, "would like to be removed")]
    [InlineData("Don't call me, text me the offer.", OptOutScope.Calls, "Don't call me")] // Pipes calls; it sends no texts
    [InlineData("Don't email me. Mail me a letter if you must.", OptOutScope.Email, "Don't email me")] // Pipes writes email
    // Every request counts toward the scope, not only the first one found.
    [InlineData("Quit writing to me. And quit ringing my house too.", OptOutScope.All, "Quit writing to me")]
    [InlineData("No me escriban más. Tampoco me llamen, por favor.", OptOutScope.All, "No me escriban más")]
    [InlineData("No me escriban más, ni me llamen.", OptOutScope.All, "No me escriban más")] // "ni", "tampoco": Spanish's other noes
    [InlineData("Stop emailing me. Also, do not call this number again.", OptOutScope.All, "Stop emailing me")]
    public void StopsTheChannelItNames(string body, OptOutScope scope, string words)
    {
        var optOut = Classify(body).OptOut;
        Assert.NotNull(optOut);
        Assert.Equal(scope, optOut.Scope);
        Assert.StartsWith(words, optOut.Words, StringComparison.OrdinalIgnoreCase);
    }

    // Phrasings set A missed, as families: the noun ("cease all contact", "refrain from"), wish and the passive ("does not wish to
    // receive", "don't want to be contacted", "would like to be removed"), a bare "delete my info", "opt out", a threat that turns on
    // further contact, and a request for the person written to from someone who speaks for them.
    [Theory]
    [InlineData("Please stop all further correspondence to this address.", OptOutScope.Email, "stop all further correspondence")]
    [InlineData("Kindly refrain from contacting our family about the royalties.", OptOutScope.All, "refrain from contacting")]
    [InlineData("The estate does not wish to receive offers of any kind.", OptOutScope.All, "does not wish to receive offers")]
    [InlineData("I don't want to be called about this ever again.", OptOutScope.Calls, "don't want to be called")]
    [InlineData("I'd like to be removed, I've had enough of these.", OptOutScope.All, "'d like to be removed")]
    [InlineData("We would prefer not to receive any more mailings from your company.", OptOutScope.Email, "would prefer not to receive any more mailings")]
    [InlineData("Erase my details and forget you ever had them.", OptOutScope.All, "Erase my details")]
    [InlineData("OPT-OUT", OptOutScope.All, "OPT-OUT")]
    [InlineData("Not for sale. Take us off please.", OptOutScope.All, "Take us off please")]
    [InlineData("If you email me one more time I will file a complaint.", OptOutScope.Email, "If you email me one more time")]
    [InlineData("Text this number again and we're blocking you and reporting it.", OptOutScope.Calls, "Text this number again and we're")]
    [InlineData("One more letter and I'm calling my lawyer.", OptOutScope.Email, "One more letter and I'm")]
    [InlineData("As her guardian I'm asking you not to contact her again.", OptOutScope.All, "not to contact her again")]
    [InlineData("I am his attorney. Please cease all direct contact with Mr. Alvarez.", OptOutScope.All, "cease all direct contact with Mr. Alvarez")]
    public void FindsTheRequestInItsOtherPhrasings(string body, OptOutScope scope, string words)
    {
        var optOut = Classify(body).OptOut;
        Assert.NotNull(optOut);
        Assert.Equal(scope, optOut.Scope);
        Assert.StartsWith(words, optOut.Words, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Do not call my husband either, he is not the owner.")] // another person, nobody speaking for them
    [InlineData("Call me again tomorrow and I'll have the deed ready.")] // no threat
    [InlineData("If you call me back tomorrow I can talk.")]
    [InlineData("I want to be removed from the title on the old lease, can you help?")]
    [InlineData("I asked to be removed as trustee last year; my sister is trustee now.")]
    [InlineData("I need to be taken off the mortgage first, then I can sell.")] // not a list: nothing asked of the buyer
    [InlineData("My brother wants to be removed from the joint tenancy before we sign.")]
    [InlineData("Please stop all drilling traffic on the lease road.")]
    public void IsNoneForTheSameWordsAskingSomethingElse(string body) => Assert.Null(Classify(body).OptOut);

    // "Stop doing" in Spanish, French, German and Portuguese, and "no vuelvan a ..." with no pronoun before the verb (set A missed
    // "dejen de contactarme" and "no vuelvan a llamar"); text-speak and a slip of the keys in the words that decide (set A missed
    // "pls remvoe me from ur list"), reported as the sender wrote them.
    [Theory]
    [InlineData("Deje de llamarme a todas horas, por favor.", OptOutScope.Calls, "Deje de llamarme")]
    [InlineData("Ya no vuelvan a escribir a esta dirección.", OptOutScope.Email, "no vuelvan a escribir")]
    [InlineData("Deixem de me ligar, por favor.", OptOutScope.Calls, "Deixem de me ligar")]
    [InlineData("Dejen de mandar cartas, por favor.", OptOutScope.Email, "Dejen de mandar cartas")]
    [InlineData("Favor de dejar de llamarme.", OptOutScope.Calls, "dejar de llamarme")]
    [InlineData("Parem de ligar, já disse que não vendo.", OptOutScope.Calls, "Parem de ligar")]
    [InlineData("Arrêtez de m'envoyer ces lettres.", OptOutScope.Email, "Arrêtez de m'envoyer")]
    [InlineData("Hören Sie bitte auf, mich anzurufen.", OptOutScope.Calls, "Hören Sie bitte auf, mich anzurufen")]
    [InlineData("plz take me off ur mailing list", OptOutScope.All, "take me off ur mailing list")] // as written, not as spelled out
    [InlineData("Unsubcribe me now", OptOutScope.All, "Unsubcribe")]
    [InlineData("Please reomve me from your list.", OptOutScope.All, "Please reomve me from your list")]
    public void FindsTheRequestInOtherLanguagesAndAsTyped(string body, OptOutScope scope, string words)
    {
        var optOut = Classify(body).OptOut;
        Assert.NotNull(optOut);
        Assert.Equal(scope, optOut.Scope);
        Assert.StartsWith(words, optOut.Words, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Mi hermano dejó de llamarme hace años; yo sí quiero oír la oferta.")] // a past tense
    [InlineData("Ele parou de me ligar, mas eu quero ouvir a proposta.")]
    [InlineData("¿El operador va a dejar de enviar los cheques? Quiero vender.")] // sending something else, not to the sender
    [InlineData("Voy a dejar de buscar otras ofertas si me mejoran el precio.")]
    [InlineData("Vou parar de procurar comprador se a oferta for boa.")]
    [InlineData("I removed the old well from the list of assets we sent you.")] // another word, not a slip
    [InlineData("The remote tract in Section 9 is the one I own, make an offer.")]
    public void IsNoneForAPastTenseOrAnotherWord(string body) => Assert.Null(Classify(body).OptOut);

    [Fact]
    public void IsKeptBesideAnotherClassAndTheClassStands()
    {
        // A do-not-call request inside an interested reply: the class stays Interested, and calls stop.
        var interested = Classify("Put your offer in writing and quit calling my house. Mail it or email it, I'll read it.");
        Assert.Equal(ReplyClass.Interested, interested.Classification);
        Assert.Equal(OptOutScope.Calls, interested.OptOut!.Scope);
        // A referral that asks to be taken off: the son is the one to write to, the sender is not.
        var referral = Classify("I'm not selling, talk to my son Carl at carl.poe@example.com. And take me off your list.");
        Assert.Equal(ReplyClass.Referral, referral.Classification);
        Assert.Equal(OptOutScope.All, referral.OptOut!.Scope);
        Assert.Equal("All: \"take me off your list\"", referral.OptOut.ToString());
    }

    [Fact]
    public void OnlyTheSendersNewTextCountsAndMachinesMakeNone()
    {
        // The quoted outreach's own "reply STOP to unsubscribe" is ours, not the sender's.
        Assert.Null(Classify("Yes, send it.\n\n-----Original Message-----\nFrom: Pat\n\nReply STOP to unsubscribe.").OptOut);
        // An automatic reply is nobody's request, whatever its footer says.
        Assert.Null(Classify("I am out of the office until Monday. To stop receiving these notices, unsubscribe from the list.",
            "Automatic reply: Offer", new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" }).OptOut);
    }

    // A footer the sender's mail system or newsletter adds under the reply is no word of theirs: its Unsubscribe link is no request.
    [Theory]
    [InlineData("Send me the numbers, I have 12 NRA.\n\n---\nPermian Basin Royalty Owners Assn. newsletter\nUnsubscribe from this list | Update preferences")]
    [InlineData("Call me Tuesday.\n=====\nYou are receiving this because you joined the Lea County Landowners list.\nTo stop receiving these emails, click here.")]
    [InlineData("Me interesa. ¿Cuánto ofrecen?\n\nGestionar suscripción | Darse de baja")]
    [InlineData("Interested.\nManage your subscription · Unsubscribe")]
    public void IsNoneForAMailingListsFooter(string body) => Assert.Null(Classify(body).OptOut);

    // The same words written by the person, not under a rule or in a footer's company, are a request.
    [Theory]
    [InlineData("Not selling.\nUnsubscribe from all your mailings please.", OptOutScope.Email)]
    [InlineData("Not interested.\n---\nPlease take me off your list.", OptOutScope.All)]
    public void TheFootersWordsWrittenByThePersonStillAsk(string body, OptOutScope scope) => Assert.Equal(scope, Classify(body).OptOut?.Scope);

    // The exemptions for a stop aimed elsewhere and for another's request reported hold only for what they are: a place named in a
    // later clause is not where the stop was aimed; a reported request whose object is the sender ("me", "us"), or one relayed by
    // someone who speaks for the person written to (POA), is the sender's own.
    [Theory]
    [InlineData("Unsubscribe me from your list, write to me at my office if it's legal paperwork only.", OptOutScope.All)]
    [InlineData("My lawyer told you to stop contacting me. Call him at 713-555-0100 if you have questions.", OptOutScope.All)]
    [InlineData("My husband asked you to stop calling us. You can email me the paperwork.", OptOutScope.Calls)]
    [InlineData("She requested that you remove her from your list. I am her son and POA. Email me at son@example.com", OptOutScope.All)]
    public void TheElsewhereAndReportedExemptionsLetNoOwnRequestThrough(string body, OptOutScope scope) => Assert.Equal(scope, Classify(body).OptOut?.Scope);

    // "Dar de baja" a number or a phone from a list is the request; of a line or a service (IsNoneWhenTheWordsDoNotAskIt) it is not.
    [Theory]
    [InlineData("Favor de dar de baja mi número de su lista.")]
    [InlineData("Quiero dar de baja mi teléfono de sus registros, no me interesa.")]
    public void DeBajaOfANumberFromTheListAsks(string body) => Assert.Equal(OptOutScope.All, Classify(body).OptOut?.Scope);

    // A stop at one place is where, not whether, only when the same channel is asked for elsewhere: when the other line or address is
    // stopped too, in the next sentence or the same clause, every place is stopped and so is the channel.
    [Theory]
    [InlineData("Don't call me at work. And don't ring my cell either, I'm done.", OptOutScope.Calls)]
    [InlineData("Don't call me at the office or on my cell.", OptOutScope.Calls)]
    [InlineData("Please don't email my business address. Not my home address either.", OptOutScope.Email)]
    [InlineData("No me marquen al trabajo. Al celular tampoco.", OptOutScope.Calls)]
    [InlineData("Ne me téléphonez pas au travail, ni sur mon portable.", OptOutScope.Calls)]
    [InlineData("Bitte rufen Sie mich nicht im Büro an und auch nicht auf dem Handy.", OptOutScope.Calls)]
    [InlineData("Não me liguem no trabalho. No celular também não.", OptOutScope.Calls)]
    public void EveryPlaceStoppedStopsTheChannel(string body, OptOutScope scope) => Assert.Equal(scope, Classify(body).OptOut?.Scope);

    // ... and a stop at one place with another of the same channel offered stays where, not whether, in each language.
    [Theory]
    [InlineData("Quit emailing me at the office. Email me at home instead: pat@example.net")]
    [InlineData("Don't call my office number, call my cell 281-555-0142.")]
    [InlineData("Don't call me at work; if I don't answer, try my cell.")]
    [InlineData("Ne m'appelez pas au bureau, plutôt sur mon portable.")]
    [InlineData("Rufen Sie mich nicht im Büro an, lieber auf dem Handy.")]
    [InlineData("Não me liguem no escritório, liguem no celular.")]
    [InlineData("I don't want any more mail at the ranch, send it to my PO Box 31 in Kermit.")]
    public void AStopAtOnePlaceWithAnotherOfferedIsWhere(string body) => Assert.Null(Classify(body).OptOut);

    // "Don't call me" without "any more" in French, German and Portuguese, and its when-not-whether forms.
    [Theory]
    [InlineData("Ne m'appelez pas, je ne vends rien.", OptOutScope.Calls)]
    [InlineData("Rufen Sie uns bitte nicht an.", OptOutScope.Calls)]
    [InlineData("Não me liguem, obrigado.", OptOutScope.Calls)]
    [InlineData("Don't call my number again.", OptOutScope.Calls)]
    public void APlainDoNotCallInEachLanguage(string body, OptOutScope scope) => Assert.Equal(scope, Classify(body).OptOut?.Scope);

    [Theory]
    [InlineData("Ne m'appelez pas avant midi, ensuite je suis libre.")]
    [InlineData("Rufen Sie mich nicht vor Mittag an.")]
    [InlineData("Não me liguem antes das 9, por favor.")]
    [InlineData("Ne m'appelez pas Madame, appelez-moi Claire. Quelle est votre offre ?")] // how, not whether
    [InlineData("Ne m'appelez pas au bureau, appelez-moi le soir à la maison.")] // where: a call invited
    [InlineData("Rufen Sie mich nicht zu Hause an, mein Handy: 0171 5550123.")]
    public void APlainDoNotCallWithATimeIsWhen(string body) => Assert.Null(Classify(body).OptOut);

    // A list that holds nobody to write to or call (waiting, guest, short, price lists) is no mailing list.
    [Theory]
    [InlineData("Take us off the wait list, we found another rig.")]
    [InlineData("Please remove me from the guest list for the owners' dinner.")]
    [InlineData("I'd like to be taken off the short list, my cousin will bid instead.")]
    [InlineData("Me saquen de la lista de espera, ya conseguí turno.")]
    [InlineData("Quítenme de la lista de precios, ya no compro.")]
    [InlineData("Podem me tirar da lista de espera.")]
    [InlineData("Merci de me retirer de la liste d'attente.")]
    public void IsNoneForAListOfNobodyToContact(string body) => Assert.Null(Classify(body).OptOut);

    [Theory]
    [InlineData("Sáquenme de su lista de correos.")]
    [InlineData("Podem me tirar da lista de vocês.")]
    [InlineData("Take me off the mailing list.")]
    public void AContactListStillAsks(string body) => Assert.Equal(OptOutScope.All, Classify(body).OptOut?.Scope);

    // Mail at a house is paper mail: written contact, Email, as the labelled sets read "letters" and "mail" (and as "no more mail" was).
    [Theory]
    [InlineData("We don't want any more mail at this address.")]
    [InlineData("I don't want any more of your letters, thank you.")]
    public void NoMoreMailIsEmail(string body) => Assert.Equal(OptOutScope.Email, Classify(body).OptOut?.Scope);
}
