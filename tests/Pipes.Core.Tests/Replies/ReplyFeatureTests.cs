using Pipes.Replies;
using Xunit;

namespace Pipes.Tests.Replies;

/// <summary>The features the intent model reads: the label policy's cues over the words, negated words marked '~'.</summary>
public sealed class ReplyFeatureTests
{
    [Theory]
    // A cue that starts with a negation: the words after "no" and "not" carry '~', which the cue must allow for
    // (a blind corpus's "No thanks, we are keeping them" had no decline cue).
    [InlineData("No thanks, we are keeping them.", "decline")]
    [InlineData("no thank you", "decline")]
    [InlineData("No more emails please.", "decline")]
    [InlineData("Not sure yet, my brother has a say.", "wait")]
    // A negated wish, as before.
    [InlineData("We are not interested in selling.", "decline")]
    [InlineData("I don't know.", "wait")]
    public void ACueIsFoundWhateverTheNegationMarksItsWordsCarry(string text, string cue)
    {
        var names = ReplyFeatures.Extract(text, otherAddress: false).Select(f => f.Name).ToList();

        Assert.Contains("cue:" + cue, names);
    }

    [Theory]
    [InlineData("Thanks, we will think about it.", "decline")]
    [InlineData("I am sure. Call me.", "wait")]
    public void ACueIsNotFoundWhereItsWordsAreNot(string text, string cue) =>
        Assert.DoesNotContain("cue:" + cue, ReplyFeatures.Extract(text, otherAddress: false).Select(f => f.Name));

    [Theory]
    // A refusal in so many words: "declin…" as the writer's verb, and its kind in the other four languages (a blind corpus's
    // "The Trust … respectfully declines" had no decline cue).
    [InlineData("I must respectfully decline.")]
    [InlineData("We are declining all offers at this time.")]
    [InlineData("Declined.")]
    [InlineData("The Trust has reviewed your unsolicited offer and respectfully declines.")]
    [InlineData("We have declined your offer.")]
    [InlineData("Rechazamos su oferta.")]
    [InlineData("Rechazo la propuesta, gracias.")]
    [InlineData("Je décline votre offre.")]
    [InlineData("Nous refusons.")]
    [InlineData("Wir lehnen Ihr Angebot dankend ab.")]
    [InlineData("Ich lehne ab.")]
    [InlineData("Recuso a oferta.")]
    public void ARefusalInSoManyWordsIsADecline(string text) => Assert.Contains("cue:decline", Cues(text));

    [Theory]
    // "decline" as the oil field's noun, or as something the writer would not do, is no refusal.
    [InlineData("Please send the PDP decline curves for the last 24 months.")]
    [InlineData("Production has declined a lot since 2019.")]
    [InlineData("I would not decline a good offer.")]
    public void DeclineAsANounOrNegatedIsNoRefusal(string text) => Assert.DoesNotContain("cue:decline", Cues(text));

    [Theory]
    // Asking about the money in other words than "price" and "how much" (a blind corpus's "what kind of money we talking"
    // had no ask cue), in the five languages.
    [InlineData("who is this? nvm saw the letter, what kind of money we talking")]
    [InlineData("What kind of offer are we talking about?")]
    [InlineData("Maybe, depends on the number. What are you offering?")]
    [InlineData("what are you paying per acre")]
    [InlineData("What bonus and royalty are you offering?")]
    [InlineData("Give me a ballpark figure.")]
    [InlineData("What's it worth to you?")]
    [InlineData("What would my share be worth?")]
    [InlineData("Name your price.")]
    [InlineData("¿Qué tipo de oferta?")]
    [InlineData("¿Qué ofrecen?")]
    [InlineData("Quelle offre ?")]
    [InlineData("Que proposez-vous ?")]
    [InlineData("Was bieten Sie?")]
    [InlineData("Was ist es Ihnen wert?")]
    [InlineData("O que vocês oferecem?")]
    [InlineData("Tenho interesse, qual é o valor da oferta?")]
    public void AskingAboutTheMoneyInOtherWordsIsAnAsk(string text) => Assert.Contains("cue:ask", Cues(text));

    [Theory]
    // A wish negated with only adverbs, verbs of wanting or the writer's pronouns between: still a decline, in the five languages.
    [InlineData("Not really interested.")]
    [InlineData("We are not at all interested.")]
    [InlineData("Don't ever call me again.")]
    [InlineData("We do not wish to sell.")]
    [InlineData("We won't be selling.")]
    [InlineData("No longer interested.")]
    [InlineData("Please do not call or email.")]
    [InlineData("Please don't add me to any mailing lists.")]
    [InlineData("Do not put us on your list.")]
    [InlineData("No estamos interesados.")]
    [InlineData("Por favor no nos vuelvan a escribir.")]
    [InlineData("No me llamen.")]
    [InlineData("Je ne suis pas du tout intéressée.")]
    [InlineData("Ne nous contactez plus.")]
    [InlineData("Ne m'écrivez plus.")]
    [InlineData("Wir sind nicht an einem Verkauf interessiert.")]
    [InlineData("Bitte nicht mehr kontaktieren.")]
    [InlineData("Não tenho interesse.")]
    [InlineData("Não quero mais vender.")]
    [InlineData("Não me ligue.")]
    public void ANegatedWishAboutUsIsADecline(string text) => Assert.Contains("cue:decline", Cues(text));

    [Theory]
    // A negation whose scope (four words) reaches a decline word through a verb of its own negates that verb, not a wish
    // about us (a blind corpus's "doesn't read her email" had the decline cue), in the five languages.
    [InlineData("My mother doesn't read her email, call me.")]
    [InlineData("I am out of the office and will not be checking email.")]
    [InlineData("I don't do email much, mail it to PO Box 12.")]
    [InlineData("Mi madre no usa el email, llámeme.")]
    [InlineData("Ma mère ne lit pas ses emails, appelez-moi.")]
    [InlineData("Ich kann nicht gut schreiben, rufen Sie mich an.")]
    [InlineData("Minha mãe não lê o email dela, me ligue.")]
    public void ANegatedVerbOfItsOwnIsNoDecline(string text) => Assert.DoesNotContain("cue:decline", Cues(text));

    private static IEnumerable<string> Cues(string text) =>
        ReplyFeatures.Extract(text, otherAddress: false).Where(f => f.Kind == "cue").Select(f => f.Name);
}
