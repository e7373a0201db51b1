using Pipes.Replies;
using Xunit.Abstractions;

namespace Pipes.Tests.Replies;

/// <summary>
/// The intent model: the shipped file is exactly what build/Train-ReplyModel.ps1 writes from the two corpora
/// (tests/data/replies and ../shared/replies-dev), training is deterministic, and the generalisation figures:
/// trained on one corpus, measured on the other, both ways.
/// </summary>
public sealed class ReplyModelTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledReply> Project = ReplyCorpus.Load();
    private static readonly IReadOnlyList<LabelledReply> Dev = ReplyCorpus.LoadDev();

    [Fact]
    public void ShippedModelIsReproducibleFromTheTrainingTool()
    {
        var retrained = ReplyTraining.ModelText(ReplyTraining.TrainShipped(Project, Dev));
        var shipped = ReplyTraining.ModelText(ReplyModel.Default);
        Assert.True(retrained == shipped, "src/Pipes.Core/Replies/reply-model.tsv is stale: run build/Train-ReplyModel.ps1 and rebuild.");
        Assert.Equal(Project.Count + Dev.Count, ReplyModel.Default.Examples);
    }

    [Fact]
    public void TrainingIsDeterministicWhateverTheOrderOfTheExamples()
    {
        var examples = ReplyTraining.Examples("project", Project);
        var a = ReplyTraining.ModelText(ReplyModelTrainer.Train(examples));
        examples.Reverse();
        Assert.Equal(a, ReplyTraining.ModelText(ReplyModelTrainer.Train(examples)));
    }

    [Fact]
    public void EvidenceNamesTheFeaturesThatDecided()
    {
        var result = ReplyClassifier.Classify("RE: Minerals", "What's the number? Call me Monday.");
        Assert.Equal(ReplyClass.Interested, result.Classification);
        Assert.StartsWith("model: Interested over ", result.Evidence[0]);
        Assert.Contains(result.Evidence, e => e.StartsWith("word ", StringComparison.Ordinal) || e.StartsWith("words ", StringComparison.Ordinal) || e.StartsWith("letters ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Project", "Dev")]
    [InlineData("Dev", "Project")]
    public void TrainedOnOneCorpusMeasuredOnTheOther(string trainOn, string measureOn)
    {
        var train = trainOn == "Project" ? Project : Dev;
        var test = measureOn == "Project" ? Project : Dev;
        var classifier = new ReplyClassifier(ReplyModelTrainer.Train(ReplyTraining.Examples(trainOn, train)));
        var pairs = test.Select(r => (r.Label, Got: classifier.Classify(ReplyTraining.ToMessage(r)).Classification.ToString())).ToList();
        var accuracy = pairs.Count(p => p.Label == p.Got) / (double)pairs.Count;
        output.WriteLine($"trained on {trainOn} ({train.Count}), measured on {measureOn} ({test.Count}): {accuracy:P1}");
        foreach (var g in pairs.GroupBy(p => p.Label).OrderBy(g => g.Key))
            output.WriteLine($"  {g.Key,-14} recall {g.Count(p => p.Got == g.Key) / (double)g.Count():P1} of {g.Count()}");
        // The goal is 90% with no class recall under 85%; this model reaches 80-85% (see the README).
        // The bound here only catches a regression below what was measured when the model was chosen.
        Assert.True(accuracy >= 0.75, $"cross-corpus accuracy {accuracy:P1}");
    }

    [Fact]
    public void ShippedModelFitsEveryCorpusItWasTrainedOn()
    {
        foreach (var (name, corpus) in new[] { ("project", Project), ("dev", Dev) })
        {
            var right = corpus.Count(r => ReplyClassifier.Default.Classify(ReplyTraining.ToMessage(r)).Classification.ToString() == r.Label);
            output.WriteLine($"{name}: {right}/{corpus.Count} (in sample)");
            Assert.True(right >= corpus.Count * 0.9, $"{name}: {right}/{corpus.Count}");
        }
    }
}
