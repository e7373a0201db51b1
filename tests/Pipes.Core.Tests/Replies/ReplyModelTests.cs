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
        var recalls = pairs.GroupBy(p => p.Label).OrderBy(g => g.Key).Select(g => (Class: g.Key, Recall: g.Count(p => p.Got == g.Key) / (double)g.Count(), N: g.Count())).ToList();
        foreach (var (label, recall, n) in recalls) output.WriteLine($"  {label,-14} recall {recall:P1} of {n}");
        // The goal: at least 90% and no class recall under 85% on the corpus the model never saw, both ways
        // (measured 93.7% project to dev, 96.6% dev to project when the logistic model with policy cues was chosen).
        Assert.True(accuracy >= 0.90, $"cross-corpus accuracy {accuracy:P1}");
        Assert.All(recalls, r => Assert.True(r.Recall >= 0.85, $"{r.Class} recall {r.Recall:P1}"));
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
