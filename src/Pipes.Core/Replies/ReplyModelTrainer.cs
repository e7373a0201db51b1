namespace Pipes.Replies;

/// <summary>How the intent model is trained (<see cref="ReplyModelTrainer.Train"/>).</summary>
/// <param name="L2">L2 regularisation: the penalty per unit of squared weight.</param>
/// <param name="Steps">Full-batch AdaGrad steps from zero weights.</param>
/// <param name="Rate">AdaGrad's step size.</param>
/// <param name="GramWeight">The value of a letters feature beside a word's 1: letters generalise across languages and
/// misspellings, but they also learn a corpus's style; weighed down, words and cues lead.</param>
/// <param name="PairWeight">The value of a word pair's feature.</param>
/// <param name="CueWeight">The value of a policy cue's feature (<see cref="ReplyFeatures"/>).</param>
/// <param name="Balanced">Whether each class weighs as much as the others in the loss whatever its count.</param>
/// <param name="Scale">Fixed-point units per unit of weight in the model file.</param>
public sealed record ReplyTrainingOptions(double L2 = 1e-4, int Steps = 150, double Rate = 0.5, double GramWeight = 0.3,
    double PairWeight = 0.5, double CueWeight = 2, bool Balanced = true, long Scale = 10_000);

/// <summary>
/// Trains the intent model over <see cref="ReplyClassifier.FeaturesOf"/>: a multinomial logistic regression
/// (<see cref="Train"/>, the shipped one), or the averaged perceptron it replaced (<see cref="TrainPerceptron"/>, kept
/// so the benchmark can compare them). Deterministic: examples are sorted by id and every sum runs in one order, so
/// the same examples always give the same weights. Every labelled reply is used, the machine ones too: the rules
/// decide those first, but their words teach the model what an absence or a report reads like when headers are missing.
/// </summary>
public static class ReplyModelTrainer
{
    /// <summary>The perceptron's passes over the data (5 and 20 gave the same figures within a point).</summary>
    public const int DefaultEpochs = 10;

    /// <summary>Trains an averaged perceptron (integer weights; the model shipped before the logistic regression).</summary>
    /// <param name="examples">Labelled replies, each with a stable id (the order of training follows the ids, not the sequence).</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <exception cref="ArgumentException">No examples, or two with the same id.</exception>
    public static ReplyModel TrainPerceptron(IEnumerable<(string Id, ReplyMessage Message, ReplyClass Label)> examples, int epochs = DefaultEpochs)
    {
        if (epochs < 1) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "At least one pass.");
        var sorted = Sorted(examples);

        var classes = Enum.GetValues<ReplyClass>();
        var data = sorted.Select(e => (Features: ReplyClassifier.FeaturesOf(e.Message).Select(f => f.Hash).ToArray(), Label: Array.IndexOf(classes, e.Label))).ToList();
        var weights = new Dictionary<uint, long[]>();   // current weights
        var totals = new Dictionary<uint, long[]>();    // sum over steps of each update times its step
        long step = 1;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = 0x9E3779B97F4A7C15UL;
        var scores = new long[classes.Length];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                random ^= random << 13; random ^= random >> 7; random ^= random << 17;
                var j = (int)(random % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            foreach (var index in order)
            {
                var (features, label) = data[index];
                Array.Clear(scores);
                foreach (var f in features)
                    if (weights.TryGetValue(f, out var row))
                        for (var c = 0; c < scores.Length; c++) scores[c] += row[c];
                // The best other class; a tie with the label counts as a mistake, so an untrained feature set is never "right".
                var rival = label == 0 ? 1 : 0;
                for (var c = 0; c < scores.Length; c++)
                    if (c != label && scores[c] > scores[rival]) rival = c;
                if (scores[rival] >= scores[label])
                {
                    foreach (var f in features)
                    {
                        var row = Row(weights, f, classes.Length);
                        var total = Row(totals, f, classes.Length);
                        row[label]++; row[rival]--;
                        total[label] += step; total[rival] -= step;
                    }
                }
                step++;
            }
        }
        // Averaged weights times the step count: w·step − Σ(update·its step), integers throughout.
        var averaged = new Dictionary<uint, long[]>();
        foreach (var (f, row) in weights)
        {
            var total = totals[f];
            var result = new long[classes.Length];
            var any = false;
            for (var c = 0; c < result.Length; c++) { result[c] = row[c] * step - total[c]; any |= result[c] != 0; }
            if (any) averaged[f] = result;
        }
        return new ReplyModel(classes, averaged, step, sorted.Count);
    }

    /// <summary>
    /// Trains a multinomial logistic regression: each reply's features valued by kind (<see cref="ReplyTrainingOptions"/>)
    /// and scaled to unit length, class weights inverse to each class's count, L2 regularisation, full-batch AdaGrad from
    /// zero for a fixed number of steps. Weights are written as fixed point, with each kind's value folded in, so that
    /// scoring is a plain sum of a reply's weights.
    /// </summary>
    /// <param name="examples">Labelled replies, each with a stable id (the order of training follows the ids, not the sequence).</param>
    /// <param name="options">Hyperparameters; the defaults are the shipped model's.</param>
    /// <exception cref="ArgumentException">No examples, or two with the same id.</exception>
    public static ReplyModel Train(IEnumerable<(string Id, ReplyMessage Message, ReplyClass Label)> examples, ReplyTrainingOptions? options = null)
    {
        var (l2, steps, rate, gramWeight, pairWeight, cueWeight, balanced, scale) = options ?? new ReplyTrainingOptions();
        var sorted = Sorted(examples);
        var classes = Enum.GetValues<ReplyClass>();
        var width = classes.Length;
        var index = new Dictionary<uint, int>();
        var data = new List<(int[] Features, int Label, double Value)>();
        var kindWeight = new List<double>();
        foreach (var e in sorted)
        {
            var found = ReplyClassifier.FeaturesOf(e.Message);
            var ids = new int[found.Count];
            var norm = 0.0;
            for (var i = 0; i < found.Count; i++)
            {
                if (!index.TryGetValue(found[i].Hash, out ids[i]))
                {
                    index[found[i].Hash] = ids[i] = index.Count;
                    kindWeight.Add(found[i].Kind switch { "c" => gramWeight, "w2" => pairWeight, "cue" => cueWeight, _ => 1.0 });
                }
                norm += kindWeight[ids[i]] * kindWeight[ids[i]];
            }
            data.Add((ids, Array.IndexOf(classes, e.Label), 1 / Math.Sqrt(Math.Max(1, norm))));
        }
        var counts = new double[width];
        foreach (var d in data) counts[d.Label]++;
        var present = counts.Count(c => c > 0);
        var classWeight = counts.Select(c => c == 0 ? 0 : balanced ? data.Count / (present * c) : 1.0).ToArray();
        var total = data.Sum(d => classWeight[d.Label]);
        var w = new double[index.Count * width];
        var g2 = new double[w.Length];
        var grad = new double[w.Length];
        var p = new double[width];
        for (var step = 0; step < steps; step++)
        {
            Array.Clear(grad);
            foreach (var (features, label, value) in data)
            {
                Array.Clear(p);
                foreach (var f in features)
                    for (var c = 0; c < width; c++) p[c] += w[f * width + c] * value * kindWeight[f];
                var max = p.Max();
                var sum = 0.0;
                for (var c = 0; c < width; c++) sum += p[c] = Math.Exp(p[c] - max);
                var weight = classWeight[label] / total;
                for (var c = 0; c < width; c++)
                {
                    var delta = (p[c] / sum - (c == label ? 1 : 0)) * weight * value;
                    if (delta == 0) continue;
                    foreach (var f in features) grad[f * width + c] += delta * kindWeight[f];
                }
            }
            for (var k = 0; k < w.Length; k++)
            {
                var gk = grad[k] + l2 * w[k];
                if (gk == 0) continue;
                g2[k] += gk * gk;
                w[k] -= rate * gk / (Math.Sqrt(g2[k]) + 1e-12);
            }
        }
        var weights = new Dictionary<uint, long[]>();
        foreach (var (hash, f) in index)
        {
            var row = new long[width];
            var any = false;
            // The kind's weight is folded into the stored weight, so that scoring is a plain sum.
            for (var c = 0; c < width; c++) { row[c] = (long)Math.Round(w[f * width + c] * kindWeight[f] * scale); any |= row[c] != 0; }
            if (any) weights[hash] = row;
        }
        return new ReplyModel(classes, weights, scale, sorted.Count,
            new Dictionary<string, double> { ["c"] = gramWeight, ["w2"] = pairWeight, ["cue"] = cueWeight });
    }

    private static List<(string Id, ReplyMessage Message, ReplyClass Label)> Sorted(IEnumerable<(string Id, ReplyMessage Message, ReplyClass Label)> examples)
    {
        var sorted = examples.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (sorted.Count == 0) throw new ArgumentException("No examples to train on.", nameof(examples));
        for (var i = 1; i < sorted.Count; i++)
            if (sorted[i].Id == sorted[i - 1].Id) throw new ArgumentException("Two examples share the id " + sorted[i].Id, nameof(examples));
        return sorted;
    }

    private static long[] Row(Dictionary<uint, long[]> table, uint feature, int width)
    {
        if (!table.TryGetValue(feature, out var row)) table[feature] = row = new long[width];
        return row;
    }
}
