namespace Pipes.Integrations;

/// <summary>
/// Spaces call starts at least 1/R seconds apart on the injected clock, so N calls take at least
/// (N-1)/R seconds. A slot is reserved before waiting, so concurrent callers queue fairly.
/// </summary>
public sealed class PacingRateLimiter
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _interval;
    private readonly object _gate = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;

    public PacingRateLimiter(double requestsPerSecond, TimeProvider clock)
    {
        if (!(requestsPerSecond > 0)) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), "Must be greater than 0.");
        _interval = TimeSpan.FromSeconds(1 / requestsPerSecond);
        _clock = clock;
    }

    public TimeSpan Interval => _interval;

    /// <summary>Waits for this caller's slot; returns how long it waited.</summary>
    public async Task<TimeSpan> WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            var slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + _interval;
            wait = slot - now;
        }
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _clock, cancellationToken).ConfigureAwait(false);
        return wait;
    }
}
