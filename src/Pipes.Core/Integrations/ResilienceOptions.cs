namespace Pipes.Integrations;

/// <summary>How one integration retries, paces and times out its calls.</summary>
public sealed record ResilienceOptions
{
    /// <summary>Retries after the first attempt (the retry budget). 0 turns retrying off.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff step; later steps double, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of a computed backoff step.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest Retry-After we wait out. A service asking for more gets a RateLimited error at
    /// once, carrying its Retry-After, rather than a scheduled task that sleeps for an hour.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest wait for one attempt's answer (real network time).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Calls per second this integration may start; null for no pacing.</summary>
    public double? RequestsPerSecond { get; init; }

    /// <summary>
    /// When set, <see cref="RequestsPerSecond"/> is kept across processes in the pace ledger (pace.json)
    /// under this key, not only within this process.
    /// </summary>
    public string? SharedPaceKey { get; init; }

    /// <summary>Calls that may be in flight at once; null for no limit.</summary>
    public int? MaxConcurrency { get; init; }

    /// <summary>Randomises backoff steps so that many clients do not retry in lockstep.</summary>
    public bool UseJitter { get; init; } = true;

    /// <summary>
    /// Whether an attempt that got no answer within <see cref="Timeout"/> is tried again. Off for a metered search: the engine may
    /// have counted the query it did not answer, and one that hangs hangs again (a trial: a hung engine took 4 x 100 s and four
    /// queries of a day of 100 for each query).
    /// </summary>
    public bool RetryTimeouts { get; init; } = true;
}

/// <summary>Whether a request may be repeated without checking first.</summary>
public enum RequestSafety
{
    /// <summary>Repeating it has no further effect (GET, PUT, DELETE, a search).</summary>
    Idempotent,

    /// <summary>
    /// Repeating it could do it twice (sending mail). Retried only when the service certainly did
    /// not act: the connection was never made, or it answered 429/503.
    /// </summary>
    NotIdempotent,
}
