using System.Text.Json.Serialization;

namespace Pipes.Fakes;

[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>Answer with <see cref="Fault.StatusCode"/> (and Retry-After) without running the handler.</summary>
    Status,

    /// <summary>Wait <see cref="Fault.DelayMs"/> before running the handler.</summary>
    Delay,

    /// <summary>Run the handler (the request takes effect), then drop the connection before any answer.</summary>
    DropAfterProcessing,

    /// <summary>
    /// Run the handler, then close the connection gracefully (FIN, no answer byte): on a reused
    /// keep-alive connection .NET's SocketsHttpHandler replays the request on a new connection by itself.
    /// </summary>
    CloseAfterProcessing,

    /// <summary>Run the handler (the request takes effect), then answer <see cref="Fault.StatusCode"/> instead, as a gateway in front of the service may.</summary>
    StatusAfterProcessing,

    /// <summary>Run the handler, then answer 200 with a body that is not valid JSON.</summary>
    MalformedJson,
}

/// <summary>
/// One injected fault. It applies to the next <see cref="Times"/> requests whose path starts with
/// <see cref="PathPrefix"/> (any path when null), in the order faults were added.
/// </summary>
public sealed record Fault(FaultKind Kind)
{
    public int StatusCode { get; init; } = 503;

    /// <summary>Sent verbatim as the Retry-After header: seconds ("2", "2.128") or an HTTP date.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>Sent verbatim as the Location header of a Status fault (a redirect: 301, 302, 307).</summary>
    public string? Location { get; init; }

    /// <summary>Body for a Status fault; a Graph-style error JSON when null.</summary>
    public string? Body { get; init; }

    /// <summary>Content type of a Status fault's body (a proxy's error page is text/html); application/json when null.</summary>
    public string? ContentType { get; init; }

    public int DelayMs { get; init; }

    public string? PathPrefix { get; init; }

    /// <summary>Only paths ending so ("/send"), for requests whose full path is not known in advance.</summary>
    public string? PathSuffix { get; init; }

    public int Times { get; init; } = 1;

    public static Fault Status(int statusCode, string? retryAfter = null, string? pathPrefix = null, int times = 1) =>
        new(FaultKind.Status) { StatusCode = statusCode, RetryAfter = retryAfter, PathPrefix = pathPrefix, Times = times };

    public static Fault Delay(TimeSpan delay, string? pathPrefix = null, int times = 1) =>
        new(FaultKind.Delay) { DelayMs = (int)delay.TotalMilliseconds, PathPrefix = pathPrefix, Times = times };

    public static Fault DropAfterProcessing(string? pathPrefix = null, int times = 1) =>
        new(FaultKind.DropAfterProcessing) { PathPrefix = pathPrefix, Times = times };

    public static Fault MalformedJson(string? pathPrefix = null, int times = 1) =>
        new(FaultKind.MalformedJson) { PathPrefix = pathPrefix, Times = times };
}

/// <summary>A request as the fake received it.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt,
    string? FaultApplied);
