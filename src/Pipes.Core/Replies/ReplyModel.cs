using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace Pipes.Replies;

/// <summary>
/// The intent model: a linear score per class over <see cref="ReplyFeatures"/>, the weights of a logistic
/// regression trained by <see cref="ReplyModelTrainer"/> (or of the averaged perceptron it replaced), held as
/// fixed-point integers so that scoring gives the same numbers on every machine. The shipped model is the embedded
/// resource <c>reply-model.tsv</c>, written by <c>build/Train-ReplyModel.ps1</c> from the labelled corpora
/// and loaded on first use, never at module import.
/// </summary>
public sealed class ReplyModel
{
    private const string ResourceName = "Pipes.Replies.reply-model.tsv";
    private static readonly Lazy<ReplyModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    // The weights as one open-addressing table: _slots holds (hash << 32 | r + 1) at (hash & mask) onward by linear
    // probing (0 = empty), so a probe reads one array; the weights of row r are _rows[r * width .. r * width + width).
    // A Dictionary<uint, long[]> held 20,000 small arrays and cost two hash lookups per feature. Weights are held as
    // int when every one fits (the shipped model's largest is about 120,000), halving what a reply's rows touch.
    // The loops that run per feature or per character (here, and in ReplyFeatures, ReplyRules and ReplyText) are
    // compiled optimised at once: a pipeline of 20,000 replies after import runs mostly before the runtime's tiering has
    // optimised them (with tiering off the same bench ran about 3x faster); this took back a little of that.
    private readonly uint[] _keys;
    private readonly int[]? _rows;
    private readonly long[]? _wideRows;
    private readonly ulong[] _slots;
    private readonly int _width;

    internal ReplyModel(IReadOnlyList<ReplyClass> classes, Dictionary<uint, long[]> weights, long scale, int examples,
        IReadOnlyDictionary<string, double>? kindValues = null)
    {
        KindValues = kindValues ?? new Dictionary<string, double>();
        Classes = classes;
        Scale = Math.Max(1, scale);
        Examples = examples;
        _width = classes.Count;
        _keys = new uint[weights.Count];
        var narrow = weights.Values.All(row => row.All(w => w is >= int.MinValue and <= int.MaxValue));
        if (narrow) _rows = new int[weights.Count * _width];
        else _wideRows = new long[weights.Count * _width];
        var size = 16;
        while (size < weights.Count * 2) size <<= 1;
        _slots = new ulong[size];
        var r = 0;
        foreach (var (hash, row) in weights.OrderBy(p => p.Key))
        {
            _keys[r] = hash;
            for (var c = 0; c < _width; c++)
                if (_rows is not null) _rows[r * _width + c] = (int)row[c];
                else _wideRows![r * _width + c] = row[c];
            var slot = (int)(hash & (uint)(size - 1));
            while (_slots[slot] != 0) slot = (slot + 1) & (size - 1);
            _slots[slot] = (ulong)hash << 32 | (uint)(r + 1);
            r++;
        }
    }

    /// <summary>The row of a feature hash, or -1 when the feature carries no weight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int RowOf(uint hash)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0) return -1;
            if ((uint)(entry >> 32) == hash) return (int)(uint)entry - 1;
        }
    }

    private long Weight(int row, int column) => _rows is not null ? _rows[row * _width + column] : _wideRows![row * _width + column];

    /// <summary>The model shipped in Pipes.Core, trained on every labelled reply; loaded once, on first use.</summary>
    public static ReplyModel Default => Shipped.Value;

    /// <summary>The classes the model scores, in the order of its weight columns.</summary>
    public IReadOnlyList<ReplyClass> Classes { get; }

    /// <summary>What the summed weights are divided by to give the averaged perceptron's score (the number of training steps).</summary>
    public long Scale { get; }

    /// <summary>How many labelled replies the model was trained on.</summary>
    public int Examples { get; }

    /// <summary>
    /// The value each kind of feature had in training ("c" letters, "w2" pairs, "cue" policy cues; 1 when absent), folded
    /// into its weights. A logistic model's scores are divided by the length of a reply's feature vector, as in training,
    /// so that its confidence is the probability it learned; empty for the perceptron, whose confidence is only a reading of its margin.
    /// </summary>
    public IReadOnlyDictionary<string, double> KindValues { get; }

    /// <summary>How many features carry a weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>The decision for a set of features: the best class, a confidence in [0, 1] and the features that decided it (most decisive first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReplyModelDecision Decide(IReadOnlyList<ReplyFeatures.Feature> features, int evidenceCount = 5)
    {
        var width = _width;
        Span<long> scores = stackalloc long[width];
        scores.Clear();
        var rented = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, features.Count));
        try
        {
            var rows = rented.AsSpan(0, features.Count);
            for (var i = 0; i < rows.Length; i++)
            {
                var r = rows[i] = RowOf(features[i].Hash);
                if (r < 0) continue;
                if (_rows is not null)
                {
                    var row = _rows.AsSpan(r * width, width);
                    for (var c = 0; c < width; c++) scores[c] += row[c];
                }
                else
                {
                    var row = _wideRows.AsSpan(r * width, width);
                    for (var c = 0; c < width; c++) scores[c] += row[c];
                }
            }
            var best = 0;
            var second = -1;
            for (var c = 1; c < width; c++)
                if (scores[c] > scores[best]) best = c;
            for (var c = 0; c < width; c++)
                if (c != best && (second < 0 || scores[c] > scores[second])) second = c;

            // Softmax over the scores: for a logistic model the probability it learned (scores over the length of the
            // feature vector, as in training); for the perceptron a monotone, bounded reading of its margin.
            var divisor = (double)Scale;
            if (KindValues.Count > 0)
            {
                var norm = 0.0;
                foreach (var feature in features)
                {
                    var value = KindValues.TryGetValue(feature.Kind, out var v) ? v : 1.0;
                    norm += value * value;
                }
                divisor *= Math.Sqrt(Math.Max(1, norm));
            }
            var max = scores[best] / divisor;
            var sum = 0.0;
            foreach (var s in scores) sum += Math.Exp(s / divisor - max);
            var confidence = 1 / sum;

            // The most decisive features: weight for the best class over the runner-up, descending; ties fall to the
            // feature met first in the text. Kept as a small sorted array, names built for those shown only.
            var top = new (int Index, long Weight)[Math.Max(0, evidenceCount)];
            var kept = 0;
            for (var i = 0; i < rows.Length && top.Length > 0; i++)
            {
                if (rows[i] < 0) continue;
                var weight = Weight(rows[i], best) - Weight(rows[i], second);
                if (weight <= 0) continue;
                if (kept == top.Length && weight <= top[kept - 1].Weight) continue;
                var at = kept < top.Length ? kept++ : kept - 1;
                while (at > 0 && top[at - 1].Weight < weight) { top[at] = top[at - 1]; at--; }
                top[at] = (i, weight);
            }
            var evidence = new List<string>(kept);
            for (var k = 0; k < kept; k++) evidence.Add(Describe(features[top[k].Index].Name, top[k].Weight / (double)Scale));
            return new ReplyModelDecision(Classes[best], Classes[second], Math.Round(confidence, 3), evidence);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(rented);
        }
    }

    private static string Describe(string feature, double weight)
    {
        var colon = feature.IndexOf(':');
        if (colon < 0) return string.Create(CultureInfo.InvariantCulture, $"{feature} +{weight:0.0}");
        var (kind, value) = (feature[..colon], feature[(colon + 1)..]);
        var text = kind switch
        {
            "w" => $"word \"{value}\"",
            "w2" => $"words \"{value.Replace("^ ", "", StringComparison.Ordinal).Replace(" $", "", StringComparison.Ordinal)}\"" + (value.StartsWith("^ ", StringComparison.Ordinal) ? " (first)" : value.EndsWith(" $", StringComparison.Ordinal) ? " (last)" : ""),
            "c" => $"letters \"{value.Trim()}\"",
            "len" => $"length {value} words",
            "shape" => value,
            "cue" => $"cue \"{value}\"",
            _ => feature,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{text} +{weight:0.0}");
    }

    /// <summary>Writes the model as tab-separated text: a header, the class names, then one line per feature hash (ascending) with its integer weights.</summary>
    public void Write(TextWriter writer)
    {
        writer.Write("# Pipes reply intent model: a linear model over ReplyFeatures. Generated by build/Train-ReplyModel.ps1; do not edit.\n");
        writer.Write("classes\t" + string.Join('\t', Classes) + "\n");
        if (KindValues.Count > 0)
            writer.Write("kinds" + string.Concat(KindValues.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => string.Create(CultureInfo.InvariantCulture, $"\t{k.Key}={k.Value:R}"))) + "\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"scale\t{Scale}\n"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"examples\t{Examples}\n"));
        for (var r = 0; r < _keys.Length; r++)
        {
            writer.Write(_keys[r].ToString("x8", CultureInfo.InvariantCulture));
            for (var c = 0; c < _width; c++) writer.Write("\t" + Weight(r, c).ToString(CultureInfo.InvariantCulture));
            writer.Write("\n");
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not a model.</exception>
    public static ReplyModel Read(TextReader reader)
    {
        ReplyClass[]? classes = null;
        long scale = 1;
        var examples = 0;
        var weights = new Dictionary<uint, long[]>();
        var kinds = new Dictionary<string, double>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "classes": classes = parts.Skip(1).Select(Enum.Parse<ReplyClass>).ToArray(); break;
                case "kinds":
                    foreach (var pair in parts.Skip(1))
                    {
                        var at = pair.IndexOf('=');
                        if (at <= 0) throw new InvalidDataException($"Reply model line {lineNumber}: expected kind=value.");
                        kinds[pair[..at]] = double.Parse(pair[(at + 1)..], CultureInfo.InvariantCulture);
                    }
                    break;
                case "scale": scale = long.Parse(parts[1], CultureInfo.InvariantCulture); break;
                case "examples": examples = int.Parse(parts[1], CultureInfo.InvariantCulture); break;
                default:
                    if (classes is null || parts.Length != classes.Length + 1)
                        throw new InvalidDataException($"Reply model line {lineNumber}: expected a feature hash and {classes?.Length} weights.");
                    weights[uint.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = parts.Skip(1).Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                    break;
            }
        }
        return classes is null ? throw new InvalidDataException("Reply model has no classes line.") : new ReplyModel(classes, weights, scale, examples, kinds);
    }

    private static ReplyModel LoadShipped()
    {
        using var stream = typeof(ReplyModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The reply model resource {ResourceName} is missing from Pipes.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }
}

/// <summary>What the model decided: the class, the runner-up, a confidence in [0, 1] and the features that weighed most for the class against the runner-up.</summary>
public sealed record ReplyModelDecision(ReplyClass Class, ReplyClass RunnerUp, double Confidence, IReadOnlyList<string> Evidence);
