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
}
