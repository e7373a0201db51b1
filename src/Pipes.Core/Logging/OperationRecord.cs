namespace Pipes.Logging;

/// <summary>How an operation ended.</summary>
public enum OperationOutcome
{
    Succeeded,
    Retrying,
    Failed,
    Cancelled,
}

/// <summary>One operation of one integration, as written to the log and to -Verbose.</summary>
public sealed record OperationRecord(
    string Integration,
    string Operation,
    string? Target,
    OperationOutcome Outcome,
    TimeSpan Duration,
    int Attempt,
    int? StatusCode = null,
    string? Detail = null);
