using System.Collections.Concurrent;

namespace Pipes.Tests.Support;

/// <summary>
/// A clock on which every wait ends at once: a timer due in d moves the clock to (its creation time
/// + d) if that is later, then fires. Tests read the waits the code asked for, and the clock's
/// elapsed time, without sleeping.
/// </summary>
public sealed class SteppingClock : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now;

    public SteppingClock(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        Start = _now;
    }

    public DateTimeOffset Start { get; }

    /// <summary>Every wait requested, in order.</summary>
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public TimeSpan Elapsed => GetUtcNow() - Start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SteppingTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(SteppingTimer timer, TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan) return;
        Waits.Enqueue(dueTime);
        lock (_gate)
        {
            var due = _now + dueTime;
            if (due > _now) _now = due;
        }
        ThreadPool.QueueUserWorkItem(_ => timer.Fire());
    }

    private sealed class SteppingTimer(SteppingClock clock, TimerCallback callback, object? state) : ITimer
    {
        private int _version;
        private volatile bool _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _version);
            clock.Schedule(this, dueTime);
            return true;
        }

        public void Fire()
        {
            if (!_disposed) callback(state);
        }

        public void Dispose() => _disposed = true;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
