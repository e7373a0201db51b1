using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Pipes.Logging;

/// <summary>
/// The module's log: one structured event per operation in a daily file under the config
/// directory's <c>logs/</c> folder, mirrored to whoever listens on the current async flow (a
/// cmdlet's -Verbose). Every string is redacted before any sink sees it.
/// </summary>
public sealed class OperationLog : IDisposable
{
    private const string Template =
        "{Integration} {Operation} {Target}: {Outcome} after {DurationMs} ms, attempt {Attempt}{StatusText}{DetailText}";

    private readonly Logger _logger;
    private readonly Redactor _redactor;
    private readonly AsyncLocal<Action<string>?> _listener = new();

    public OperationLog(string logDirectory, Redactor redactor, LogEventLevel minimumLevel = LogEventLevel.Information, int retainedDays = 14)
    {
        _redactor = redactor;
        LogDirectory = logDirectory;
        Configuration.OwnerOnlyDirectory.Create(logDirectory);
        _logger = new LoggerConfiguration()
            .MinimumLevel.Is(LogEventLevel.Verbose)
            // Which process wrote each event: a nightly task's and a prompt's events interleave in one day's file.
            .Enrich.WithProperty("ProcessId", System.Environment.ProcessId)
            .WriteTo.Sink(new ListenerSink(this), LogEventLevel.Verbose)
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(logDirectory, "pipes-.log"),
                restrictedToMinimumLevel: minimumLevel,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: retainedDays,
                shared: true,
                flushToDiskInterval: null)
            .CreateLogger();
    }

    public string LogDirectory { get; }

    /// <summary>Sends every message logged on this async flow to <paramref name="listener"/> until disposed.</summary>
    public IDisposable Listen(Action<string> listener)
    {
        var previous = _listener.Value;
        _listener.Value = listener;
        return new Restore(() => _listener.Value = previous);
    }

    public void Write(OperationRecord record)
    {
        var level = record.Outcome switch
        {
            OperationOutcome.Failed => LogEventLevel.Warning,
            OperationOutcome.Retrying => LogEventLevel.Information,
            _ => LogEventLevel.Information,
        };
        _logger.Write(level, Template,
            record.Integration,
            record.Operation,
            _redactor.Redact(record.Target),
            record.Outcome,
            (long)record.Duration.TotalMilliseconds,
            record.Attempt,
            record.StatusCode is { } s ? $", status {s}" : string.Empty,
            record.Detail is { Length: > 0 } d ? ": " + _redactor.Redact(d) : string.Empty);
    }

    /// <summary>A free-form note (a fallback taken, a setting repaired), redacted like everything else.</summary>
    public void Note(string integration, string message) =>
        _logger.Information("{Integration}: {Note}", integration, _redactor.Redact(message));

    public void Dispose() => _logger.Dispose();

    private sealed class ListenerSink(OperationLog owner) : ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
            if (owner._listener.Value is { } listen)
                listen(owner._redactor.Redact(logEvent.RenderMessage().Replace("\"", string.Empty)));
        }
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
