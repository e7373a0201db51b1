// Shared by the xunit project (compiled in), build/Train-ReplyModel.ps1 and tests/bench/replies.ps1 (Add-Type):
// the one definition of what the shipped reply model is trained on and how a labelled reply becomes a ReplyMessage.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Pipes.Replies;

namespace Pipes.Tests.Replies;

public static class ReplyTraining
{
    /// <summary>The date the project's corpus is read at (its replies carry none).</summary>
    public static readonly DateTime ProjectReceived = new(2026, 11, 25);

    public static ReplyMessage ToMessage(LabelledReply r) =>
        new(r.Subject, r.Body, r.BodyType == "Html", r.From, r.Headers, r.Received ?? ProjectReceived, r.To is null ? null : new[] { r.To });

    public static ReplyClass LabelOf(LabelledReply r) => Enum.Parse<ReplyClass>(r.Label);

    /// <summary>Training examples from labelled replies; ids are prefixed with the corpus so the two never collide.</summary>
    public static List<(string Id, ReplyMessage Message, ReplyClass Label)> Examples(string corpus, IEnumerable<LabelledReply> replies) =>
        replies.Select(r => (corpus + "/" + r.Id, ToMessage(r), LabelOf(r))).ToList();

    /// <summary>The shipped model: every labelled reply of both corpora.</summary>
    public static ReplyModel TrainShipped(IReadOnlyList<LabelledReply> project, IReadOnlyList<LabelledReply> dev) =>
        ReplyModelTrainer.Train(Examples("project", project).Concat(Examples("dev", dev)));

    /// <summary>
    /// Hyperparameters chosen by 5-fold cross-validation inside one corpus only (folds by position, fixed): the nested
    /// protocol, so that a cross-corpus figure measured with them never saw the other corpus, not even to choose them.
    /// </summary>
    public static (ReplyTrainingOptions Options, double Accuracy) ChooseOptions(string corpus, IReadOnlyList<LabelledReply> replies)
    {
        var best = (Options: new ReplyTrainingOptions(), Accuracy: -1.0);
        foreach (var l2 in new[] { 1e-4, 1e-3 })
        foreach (var grams in new[] { 0.3, 0.5, 1.0 })
        foreach (var cues in new[] { 1.0, 2.0, 3.0 })
        {
            var options = new ReplyTrainingOptions(L2: l2, GramWeight: grams, CueWeight: cues);
            var right = 0;
            for (var k = 0; k < 5; k++)
            {
                var train = replies.Where((_, i) => i % 5 != k).ToList();
                var classifier = new ReplyClassifier(ReplyModelTrainer.Train(Examples(corpus, train), options));
                for (var i = k; i < replies.Count; i += 5)
                    if (classifier.Classify(ToMessage(replies[i])).Classification == LabelOf(replies[i])) right++;
            }
            var accuracy = right / (double)replies.Count;
            if (accuracy > best.Accuracy) best = (options, accuracy);
        }
        return best;
    }

    /// <summary>The model as the text of reply-model.tsv.</summary>
    public static string ModelText(ReplyModel model)
    {
        var writer = new StringWriter { NewLine = "\n" };
        model.Write(writer);
        return writer.ToString();
    }
}
