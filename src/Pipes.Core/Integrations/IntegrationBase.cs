using System.Diagnostics;
using Pipes.Logging;
using Polly;

namespace Pipes.Integrations;

/// <summary>
/// What every integration is: it can say whether it is configured (no network), check its health
/// with one cheap real call, and run work under the shared retry policy.
/// </summary>
public abstract partial class IntegrationBase
{
    private IntegrationHttp? _http;

    protected IntegrationBase(PipesEnvironment environment)
    {
        Environment = environment;
    }

    /// <summary>The name used in Test-PipesIntegration, settings and logs (e.g. <c>ActiveCampaign</c>).</summary>
    public abstract string Name { get; }

    protected PipesEnvironment Environment { get; }

    /// <summary>Settings and secrets that are required but missing. Makes no network call.</summary>
    public abstract IReadOnlyList<string> MissingConfiguration();

    /// <summary>True when every required setting and secret is present. Makes no network call.</summary>
    public bool IsConfigured => MissingConfiguration().Count == 0;

    /// <summary>The seed's <c>health_check()</c>: true when configured and one cheap real call succeeds.</summary>
    public async Task<bool> HealthCheckAsync(CancellationToken cancellationToken = default) =>
        (await CheckAsync(cancellationToken).ConfigureAwait(false)).IsHealthy;

    /// <summary>
    /// Configuration and health with the reason when unhealthy. Never throws but for cancellation:
    /// a broken setting, a refused sign-in or a fault of ours is the status's message and ErrorId
    /// (<c>Pipes.Unexpected</c> for what Pipes did not foresee), so Test-PipesIntegration always has a row.
    /// </summary>
    public Task<IntegrationStatus> CheckAsync(CancellationToken cancellationToken = default) => CheckAsync(null, cancellationToken);

    /// <summary>
    /// The longest a health check waits for its answer unless told otherwise, in seconds (less when Http.TimeoutSeconds is less):
    /// short, so that a dead network is reported in seconds rather than after a command's full wait.
    /// </summary>
    public const int DefaultCheckTimeoutSeconds = 10;

    /// <summary>
    /// As <see cref="CheckAsync(CancellationToken)"/>, waiting at most <paramref name="timeout"/> for each attempt's answer
    /// (null: <see cref="DefaultCheckTimeoutSeconds"/>, or Http.TimeoutSeconds when that is less). A check that runs out of it
    /// says so, and how to give a slow service longer.
    /// </summary>
    public async Task<IntegrationStatus> CheckAsync(TimeSpan? timeout, CancellationToken cancellationToken = default)
    {
        try
        {
            return await CheckOrThrowAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is not PipesException)
        {
            return Failed(Name, PipesException.Unexpected("The check", exception, Environment.Redactor), null, Environment.Redactor);
        }
        catch (PipesException error)
        {
            // Reading the configuration itself failed (a corrupt settings.json, an unreadable secret).
            return Failed(Name, error, null, Environment.Redactor);
        }
    }

    /// <summary>The row of an integration whose check failed with <paramref name="error"/>.</summary>
    public static IntegrationStatus Failed(string name, PipesException error, TimeSpan? latency, Redactor redactor, bool configured = true)
    {
        var advice = error.RecommendedAction is { } action ? " " + action : string.Empty;
        return new IntegrationStatus(name, configured, false, latency, redactor.Redact(error.Message + advice), [])
            { ErrorId = error.ErrorId, FailedOperation = (error as IntegrationError)?.Operation };
    }

    private async Task<IntegrationStatus> CheckOrThrowAsync(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var missing = MissingConfiguration();
        if (missing.Count > 0)
            return new IntegrationStatus(Name, false, false, null, "Not configured: missing " + string.Join(", ", missing) + $" (config directory {Environment.WhereConfigured}).", missing)
                { ErrorId = ErrorIds.NotConfigured };
        // A health check is one cheap call: at most one retry and a short timeout, so a dead
        // network is reported in seconds rather than after the full retry budget.
        var usual = Resilience; // read from settings.json on each use
        var wait = timeout ?? TimeSpan.FromSeconds(Math.Min(DefaultCheckTimeoutSeconds, usual.Timeout.TotalSeconds));
        var started = Stopwatch.GetTimestamp();
        try
        {
            var options = usual with { MaxRetries = Math.Min(CheckRetries, usual.MaxRetries), Timeout = wait };
            var detail = await ProbeAsync(CreateHttp(options), cancellationToken).ConfigureAwait(false);
            return new IntegrationStatus(Name, true, true, Stopwatch.GetElapsedTime(started), detail ?? "OK", missing);
        }
        catch (IntegrationTimeoutError timedOut)
        {
            // The usual advice (raise Http.TimeoutSeconds) does not reach the check's own, shorter wait.
            var advice = $"The check waits {wait.TotalSeconds:0.###} s for an answer (a command waits Http.TimeoutSeconds, {usual.Timeout.TotalSeconds:0} s): "
                + "Test-PipesIntegration -TimeoutSeconds gives a slow service longer; a dead network or a wrong URL stays slow whatever the wait.";
            return Failed(Name, new IntegrationTimeoutError(timedOut.Integration, timedOut.Operation, timedOut.Message, timedOut, advice),
                Stopwatch.GetElapsedTime(started), Environment.Redactor);
        }
        catch (PipesException error)
        {
            // A probe may find that nothing was set up to check (no softphone on a server): not configured, rather than unhealthy.
            return Failed(Name, error, Stopwatch.GetElapsedTime(started), Environment.Redactor, configured: error is not NotSetUpError);
        }
    }

    /// <summary>
    /// The seed's <c>with_retry(func, max_retries)</c>: runs <paramref name="work"/> and retries it on
    /// transient failures with the shared policy (backoff with jitter, Retry-After honoured).
    /// </summary>
    public Task<T> WithRetryAsync<T>(Func<CancellationToken, Task<T>> work, int maxRetries = 3, CancellationToken cancellationToken = default)
    {
        var options = Resilience with { MaxRetries = maxRetries };
        var pipeline = ResilienceBuilder.ForOperation(options, Environment.Clock, (attempt, delay, status, exception) =>
            Environment.Log.Write(new OperationRecord(Name, "WithRetry", null, OperationOutcome.Retrying, TimeSpan.Zero, attempt, (int?)status,
                $"{exception?.Message}; retrying in {delay.TotalSeconds:0.###} s")));
        return pipeline.ExecuteAsync(async token => await work(token).ConfigureAwait(false), cancellationToken).AsTask();
    }

    /// <summary>How many times a health check's call is tried again after a transient failure: once, unless each try costs something (a metered search).</summary>
    protected virtual int CheckRetries => 1;

    /// <summary>One cheap real call proving credentials and reachability; returns a short detail or throws an <see cref="IntegrationError"/>.</summary>
    protected abstract Task<string?> ProbeAsync(IntegrationHttp http, CancellationToken cancellationToken);

    /// <summary>This integration's retry, pacing and timeout; override to add its rate limit.</summary>
    protected virtual ResilienceOptions Resilience => Environment.DefaultResilience();

    /// <summary>The integration's HTTP sender, built on first use.</summary>
    protected IntegrationHttp Http => _http ??= CreateHttp(Resilience);

    private IntegrationHttp CreateHttp(ResilienceOptions options) =>
        new(Name, Environment.HttpClient, options, Environment.Clock, Environment.Log, Environment.Redactor, Environment.Gate(Name, Account, options));

    /// <summary>The account whose limits a request counts against (a mailbox, an API host); one shared gate each.</summary>
    protected virtual string Account => "default";

    /// <summary>Throws <see cref="NotConfiguredError"/> naming what is missing.</summary>
    protected void EnsureConfigured(string operation)
    {
        var missing = MissingConfiguration();
        if (missing.Count > 0) throw new NotConfiguredError(Name, operation, missing, Environment.WhereConfigured);
    }
}
