namespace Pipes.Integrations;

/// <summary>
/// The pace and concurrency limits of one account of one integration (ActiveCampaign's 5 requests
/// a second per account, Graph's 4 concurrent requests per mailbox). One gate per account lives on
/// <see cref="PipesEnvironment"/>, so every client of a command, and every record piped through it,
/// share it: <c>$contacts | Send-PipesMail</c> is paced as one stream, not one client at a time.
/// </summary>
public sealed class RequestGate
{
    private readonly PacingRateLimiter? _pace;
    private readonly SemaphoreSlim? _concurrency;
    private readonly PaceLedger? _ledger;
    private readonly string? _ledgerKey;
    private readonly int _windowCount;
    private readonly TimeSpan _window;

    /// <summary>
    /// A gate for one account. With <paramref name="ledger"/> and <paramref name="ledgerKey"/>, the pace is
    /// kept in the cross-process <see cref="PaceLedger"/> under that key (every process on the config
    /// directory shares it: ActiveCampaign's 5 a second is per account, not per process) as a sliding window:
    /// at most ceil(R) requests in any ceil(R)/R seconds, each counted from its start until that long after its
    /// answer (<see cref="PaceLedger.EnterWindowAsync"/>), the reading of "R requests a second" that a service
    /// counting arrivals in a window enforces; otherwise spaced 1/R apart in this process.
    /// </summary>
    public RequestGate(double? requestsPerSecond, int? maxConcurrency, TimeProvider clock, PaceLedger? ledger = null, string? ledgerKey = null)
    {
        if (ledger is not null && ledgerKey is not null && requestsPerSecond is { } shared && shared > 0)
        {
            _ledger = ledger;
            _ledgerKey = ledgerKey;
            _windowCount = Math.Max(1, (int)Math.Ceiling(shared - 1e-9));
            _window = TimeSpan.FromSeconds(_windowCount / shared);
        }
        else _pace = requestsPerSecond is { } rps ? new PacingRateLimiter(rps, clock) : null;
        _concurrency = maxConcurrency is { } max ? new SemaphoreSlim(max, max) : null;
    }

    /// <summary>Waits for this account's next slot (pace first, then a concurrency place); dispose the result to free the place.</summary>
    public async ValueTask<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (_pace is not null) await _pace.WaitAsync(cancellationToken).ConfigureAwait(false);
        var window = _ledger is null ? null : await _ledger.EnterWindowAsync(_ledgerKey!, _windowCount, _window, cancellationToken).ConfigureAwait(false);
        if (_concurrency is null) return window;
        try
        {
            await _concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            window?.Dispose();
            throw;
        }
        return new Release(_concurrency, window);
    }

    private sealed class Release(SemaphoreSlim semaphore, IDisposable? window) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            semaphore.Release();
            window?.Dispose();
        }
    }
}
