using System.Net;
using Polly;
using Polly.Retry;

namespace Pipes.Integrations;

/// <summary>
/// The one place retry policy is defined. Every integration's HTTP calls (through
/// <see cref="IntegrationHttp"/>) and every <see cref="IntegrationBase.WithRetryAsync{T}"/> use a
/// pipeline built here: transient faults only, exponential backoff with jitter, Retry-After
/// honoured, a retry budget, all on the injected clock.
/// </summary>
public static class ResilienceBuilder
{
    /// <summary>Called before each retry's wait: the attempt that failed (1-based), the wait, and what failed.</summary>
    public delegate void RetryObserver(int failedAttempt, TimeSpan delay, HttpStatusCode? status, Exception? exception);

    /// <summary>The pipeline for one HTTP call; answers <paramref name="taken"/> accepts (the caller reads them itself, such as a 429 that is a daily quota refusal) are never retried.</summary>
    public static ResiliencePipeline<HttpResponseMessage> ForHttp(ResilienceOptions options, TimeProvider clock, RequestSafety safety, RetryObserver? onRetry = null,
        Func<HttpResponseMessage, bool>? taken = null)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        if (options.MaxRetries <= 0) return builder.Build();
        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = options.UseJitter,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(!(args.Outcome.Result is { } answer && (taken?.Invoke(answer) ?? false))
                && ShouldRetry(args.Outcome, options, clock, safety)),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter.Parse(response, clock.GetUtcNow()) : null),
            OnRetry = args =>
            {
                onRetry?.Invoke(args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Result?.StatusCode, args.Outcome.Exception);
                args.Outcome.Result?.Dispose();
                return default;
            },
        }).Build();
    }

    /// <summary>For non-HTTP work: retries transient exceptions and retryable integration errors.</summary>
    public static ResiliencePipeline ForOperation(ResilienceOptions options, TimeProvider clock, RetryObserver? onRetry = null)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = clock };
        if (options.MaxRetries <= 0) return builder.Build();
        return builder.AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = options.UseJitter,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception switch
            {
                RateLimitedError limited => limited.RetryAfter is not { } wait || wait <= options.MaxRetryAfter,
                UnavailableError or IntegrationTimeoutError => true,
                IntegrationError => false,
                OperationCanceledException => false,
                { } other => TransientFaults.IsTransient(other),
                null => false,
            }),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is RateLimitedError { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
            OnRetry = args =>
            {
                onRetry?.Invoke(args.AttemptNumber + 1, args.RetryDelay, (args.Outcome.Exception as IntegrationError)?.StatusCode, args.Outcome.Exception);
                return default;
            },
        }).Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceOptions options, TimeProvider clock, RequestSafety safety)
    {
        if (outcome.Exception is { } exception)
        {
            if (exception is OperationCanceledException) return false;
            if (!TransientFaults.IsTransient(exception)) return false;
            if (exception is TimeoutException && !options.RetryTimeouts) return false;
            return safety == RequestSafety.Idempotent || TransientFaults.NeverReachedService(exception);
        }
        if (outcome.Result is not { } response || !TransientFaults.IsTransient(response.StatusCode)) return false;
        if (safety == RequestSafety.NotIdempotent && !TransientFaults.ProvesNotProcessed(response.StatusCode)) return false;
        // A wait longer than we are willing to sleep is reported to the caller instead.
        return RetryAfter.Parse(response, clock.GetUtcNow()) is not { } wait || wait <= options.MaxRetryAfter;
    }
}
