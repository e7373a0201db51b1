using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Pipes.Replies;
using Xunit;

namespace Pipes.Tests.Replies;

/// <summary>
/// A reply of one long line, the words a rule looks for over and over and no sentence mark to stop at: classifying it takes time in
/// proportion to its length, not to its square. The bound is a hang's, not a speed: at 200,000 characters these took 1-2 s here,
/// and before their fixes 26 s ("my attorney is", a look behind read back to the line's start at each), 45 s (spaces, a trim's
/// regex trying every space of the run again) and 90 s ("mail", the same as the attorney's); a line of the corpus's own replies
/// took 20 s of the JIT compiling one generated matcher of 12,000 pattern characters again at each loop made hot.
/// </summary>
public sealed class ReplyLongLineTests
{
    private const int Length = 200_000;
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("my attorney is ")]
    [InlineData("mail ")]
    [InlineData(" ")]
    [InlineData("my son ")]
    [InlineData("call him ")]
    [InlineData("my brother is ")]
    [InlineData("let ")]
    [InlineData("no ")]
    [InlineData("$5 ")]
    [InlineData("5 acres or nothing ")]
    [InlineData("send it to him ")]
    [InlineData("your letter says ")]
    [InlineData("right after you give me back ")]
    [InlineData("i will sign ")]
    // (2026-12-05: a review timed "A lease is another matter but maybe but maybe ..." at 10.5 s at 160,000 characters, a look ahead for a
    // "but" then a negation read to the sentence's end at each; and "stop calling me" over and over at 3.8 s, the opt-out weighing the
    // whole reply again for each request.)
    [InlineData("a lease is another matter but maybe ")]
    [InlineData("we'd lease but maybe ")]
    [InlineData("stop calling me ")]
    [InlineData("đừng gọi ")]
    [InlineData("電話しないでください")]
    public void ALineOfOneRulesWordsOverAndOverIsReadInTime(string words)
    {
        var body = "yes " + Repeat(words) + " no";

        AssertReadInTime(body, words);
    }

    [Fact]
    public void TheCorpusRepliesOnOneLineAreReadInTime()
    {
        // Every labelled reply's own text, sentence marks and line breaks taken out, joined on one line: every rule's words once each.
        // (Repeated to the length: the corpus's 205 replies give about 23,000 characters.)
        var joined = string.Join(" ", ReplyCorpus.Load().Select(r => Regex.Replace(r.Body.Split("-----Original")[0], @"[.!?\r\n]+", " ")));

        Assert.True(joined.Length > 20_000, $"the corpus gave {joined.Length} characters");
        AssertReadInTime(Repeat(joined + " "), "the corpus on one line");
    }

    private static string Repeat(string words)
    {
        var text = new StringBuilder(Length + words.Length);
        while (text.Length < Length) text.Append(words);
        return text.ToString();
    }

    private static void AssertReadInTime(string body, string what)
    {
        var clock = Stopwatch.StartNew();
        var result = ReplyClassifier.Classify("RE: Mineral rights", body, false, "Joe Smith <joe@example.com>", null, new DateTime(2026, 11, 20));
        clock.Stop();

        Assert.True(clock.Elapsed < HangBound, $"{body.Length:N0} characters of \"{what}\" took {clock.Elapsed.TotalSeconds:N1} s to classify ({result.Classification})");
    }
}
