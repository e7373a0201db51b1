namespace Pipes.Fakes;

/// <summary>Faults waiting to be applied, each to a number of matching requests. Thread-safe.</summary>
public sealed class FaultQueue
{
    private readonly object _gate = new();
    private readonly List<(Fault Fault, int Remaining)> _pending = [];

    public void Add(Fault fault)
    {
        if (fault.Times < 1) throw new ArgumentOutOfRangeException(nameof(fault), "Times must be at least 1.");
        lock (_gate) _pending.Add((fault, fault.Times));
    }

    public void Clear()
    {
        lock (_gate) _pending.Clear();
    }

    public int Count
    {
        get { lock (_gate) return _pending.Sum(p => p.Remaining); }
    }

    /// <summary>Takes the first fault that matches <paramref name="path"/>, or null.</summary>
    public Fault? Take(string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _pending.Count; i++)
            {
                var (fault, remaining) = _pending[i];
                if (fault.PathPrefix is { } prefix && !path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                if (fault.PathSuffix is { } suffix && !path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) continue;
                if (remaining <= 1) _pending.RemoveAt(i);
                else _pending[i] = (fault, remaining - 1);
                return fault;
            }
            return null;
        }
    }
}
