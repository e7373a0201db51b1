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

    public RequestGate(double? requestsPerSecond, int? maxConcurrency, TimeProvider clock)
    {
        _pace = requestsPerSecond is { } rps ? new PacingRateLimiter(rps, clock) : null;
        _concurrency = maxConcurrency is { } max ? new SemaphoreSlim(max, max) : null;
    }

    /// <summary>Waits for this account's next slot (pace first, then a concurrency place); dispose the result to free the place.</summary>
    public async ValueTask<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (_pace is not null) await _pace.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_concurrency is null) return null;
        await _concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_concurrency);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }
}
