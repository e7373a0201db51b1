using System.Collections.Concurrent;

namespace Pipes.Fakes;

/// <summary>
/// Graph's Outlook limits per mailbox (throttling-limits, "Limits per mailbox"): four concurrent
/// requests and 10,000 requests in ten minutes; past either the request is answered 429 with
/// Retry-After and Outlook's ApplicationThrottled body, and counted in <see cref="Throttled"/>
/// (GET /_fake/graph/throttled), so a benchmark can report the 429s a run provoked.
/// </summary>
public sealed partial class GraphFake
{
    public const int MaxConcurrentPerMailbox = 4;
    public const int MaxRequestsPerTenMinutes = 10_000;

    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> _recent = new();
    private int _throttled;

    /// <summary>429s the fake answered for Outlook's per-mailbox limits since the last reset.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    private async ValueTask<object?> WithinMailboxLimits(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var mailbox = context.HttpContext.Request.RouteValues["user"]?.ToString()?.ToLowerInvariant() ?? "me";
        var now = DateTimeOffset.UtcNow;
        var recent = _recent.GetOrAdd(mailbox, _ => new ConcurrentQueue<DateTimeOffset>());
        while (recent.TryPeek(out var oldest) && now - oldest > TimeSpan.FromMinutes(10)) recent.TryDequeue(out _);
        var inFlight = _inFlight.AddOrUpdate(mailbox, 1, (_, n) => n + 1);
        try
        {
            if (inFlight > MaxConcurrentPerMailbox)
                return Throttle("Application is over its MailboxConcurrency limit.");
            if (recent.Count >= MaxRequestsPerTenMinutes)
                return Throttle("Application is over its request limit for this mailbox (10,000 in 10 minutes).");
            recent.Enqueue(now);
            return await next(context);
        }
        finally
        {
            _inFlight.AddOrUpdate(mailbox, 0, (_, n) => n - 1);
        }

        IResult Throttle(string message)
        {
            Interlocked.Increment(ref _throttled);
            context.HttpContext.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "ApplicationThrottled", message } }, statusCode: 429);
        }
    }

    private void ResetMailboxLimits()
    {
        _recent.Clear();
        Interlocked.Exchange(ref _throttled, 0);
    }
}
