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

    /// <summary>The model as the text of reply-model.tsv.</summary>
    public static string ModelText(ReplyModel model)
    {
        var writer = new StringWriter { NewLine = "\n" };
        model.Write(writer);
        return writer.ToString();
    }
}
