namespace Pipes.Replies;

/// <summary>
/// Trains the intent model: a multiclass averaged perceptron over <see cref="ReplyClassifier.FeaturesOf"/>.
/// Deterministic: examples are sorted by id, visited in an order drawn from a fixed-seed xorshift generator,
/// and every update is ±1, so the same examples always give the same integer weights, on any machine.
/// Every labelled reply is used, the machine ones too: the rules decide those first, but their words teach the
/// model what an absence or a report reads like when the headers are missing.
/// </summary>
public static class ReplyModelTrainer
{
    /// <summary>Passes over the data (5 and 20 gave the same figures within a point).</summary>
    public const int DefaultEpochs = 10;

    /// <summary>Trains a model.</summary>
    /// <param name="examples">Labelled replies, each with a stable id (the order of training follows the ids, not the sequence).</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <exception cref="ArgumentException">No examples, or two with the same id.</exception>
    public static ReplyModel Train(IEnumerable<(string Id, ReplyMessage Message, ReplyClass Label)> examples, int epochs = DefaultEpochs)
    {
        if (epochs < 1) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "At least one pass.");
        var sorted = examples.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (sorted.Count == 0) throw new ArgumentException("No examples to train on.", nameof(examples));
        for (var i = 1; i < sorted.Count; i++)
            if (sorted[i].Id == sorted[i - 1].Id) throw new ArgumentException("Two examples share the id " + sorted[i].Id, nameof(examples));

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

    private static long[] Row(Dictionary<uint, long[]> table, uint feature, int width)
    {
        if (!table.TryGetValue(feature, out var row)) table[feature] = row = new long[width];
        return row;
    }
}
