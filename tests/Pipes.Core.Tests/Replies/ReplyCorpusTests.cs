using Pipes.Replies;
using Xunit.Abstractions;

namespace Pipes.Tests.Replies;

/// <summary>
/// The labelled corpus: at least 95% right on the part tuned on, at least 90% on the held-out fifth
/// (reported only as totals), and no class's recall under 85%.
/// </summary>
public sealed class ReplyCorpusTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledReply> Corpus = ReplyCorpus.Load();

    private static ReplyClass Classify(LabelledReply r) =>
        ReplyClassifier.Classify(r.Subject, r.Body, r.BodyType == "Html", r.From, r.Headers, new DateTime(2026, 11, 25)).Classification;

    [Fact]
    public void CorpusIsBigAndVariedEnough()
    {
        Assert.True(Corpus.Count >= 200, $"{Corpus.Count} replies");
        Assert.All(Enum.GetNames<ReplyClass>(), c => Assert.Contains(Corpus, r => r.Label == c));
        Assert.True(Corpus.Select(r => r.Language).Distinct().Count() >= 5);
        Assert.Contains(Corpus, r => r.BodyType == "Html");
        Assert.Contains(Corpus, r => r.Body.Contains("Original Message") || r.Body.Contains("wrote:"));
        var heldOut = Corpus.Count(r => r.HeldOut);
        Assert.InRange(heldOut, Corpus.Count / 10, Corpus.Count * 3 / 10);
    }

    [Fact]
    public void TunedPartIsAtLeast95PercentRight()
    {
        var tuned = Corpus.Where(r => !r.HeldOut).ToList();
        var wrong = tuned.Select(r => (r, Got: Classify(r))).Where(x => x.Got.ToString() != x.r.Label).ToList();
        var accuracy = 1 - (double)wrong.Count / tuned.Count;
        output.WriteLine($"tuned part: {tuned.Count - wrong.Count}/{tuned.Count} = {accuracy:P1}");
        foreach (var (r, got) in wrong) output.WriteLine($"  {r.Id}: {r.Label} read as {got}");
        Assert.True(accuracy >= 0.95, $"{accuracy:P1}: " + string.Join(", ", wrong.Select(w => $"{w.r.Id} {w.r.Label}->{w.Got}")));
    }

    [Fact]
    public void HeldOutPartIsAtLeast90PercentRight()
    {
        // Totals only: these replies are never looked at one by one.
        var heldOut = Corpus.Where(r => r.HeldOut).ToList();
        var right = heldOut.Count(r => Classify(r).ToString() == r.Label);
        var accuracy = (double)right / heldOut.Count;
        output.WriteLine($"held-out part: {right}/{heldOut.Count} = {accuracy:P1}");
        Assert.True(accuracy >= 0.90, $"held-out accuracy {accuracy:P1}");
    }

    [Fact]
    public void NoClassRecallIsUnder85Percent()
    {
        foreach (var group in Corpus.GroupBy(r => r.Label))
        {
            var recall = (double)group.Count(r => Classify(r).ToString() == r.Label) / group.Count();
            output.WriteLine($"{group.Key}: recall {recall:P1} of {group.Count()}");
            Assert.True(recall >= 0.85, $"{group.Key} recall {recall:P1}");
        }
    }
}
