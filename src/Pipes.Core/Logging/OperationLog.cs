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
        Unwritable = CannotWrite(logDirectory);
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(LogEventLevel.Verbose)
            // Which process wrote each event: a nightly task's and a prompt's events interleave in one day's file.
            .Enrich.WithProperty("ProcessId", System.Environment.ProcessId)
            .WriteTo.Sink(new ListenerSink(this), LogEventLevel.Verbose);
        // Without the file the work goes on, its events still reach -Verbose; Unwritable says why to whoever shows warnings.
        if (Unwritable is null)
            configuration = configuration.WriteTo.File(new CompactJsonFormatter(), Path.Combine(logDirectory, "pipes-.log"),
                restrictedToMinimumLevel: minimumLevel,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: retainedDays,
                shared: true,
                flushToDiskInterval: null);
        _logger = configuration.CreateLogger();
    }

    public string LogDirectory { get; }

    /// <summary>
    /// Why the daily file cannot be written (the folder cannot be made, or is not writable; today's file is read-only), with what
    /// to do; null when it can. Serilog's file sink drops what it cannot write without a word, so this is found out first.
    /// </summary>
    public string? Unwritable { get; }

    private static string? CannotWrite(string logDirectory)
    {
        try
        {
            Configuration.OwnerOnlyDirectory.Create(logDirectory);
            // Today's file as the sink names it (local date), else a probe beside it, created and removed.
            var today = Path.Combine(logDirectory, $"pipes-{DateTime.Now:yyyyMMdd}.log");
            if (Directory.Exists(today)) throw new IOException($"'{today}' is a folder, where today's log file should be");
            var probe = File.Exists(today) ? today : Path.Combine(logDirectory, $".pipes-probe-{System.Environment.ProcessId}");
            using (new FileStream(probe, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete)) { }
            if (probe != today) File.Delete(probe);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"The operation log cannot be written in {logDirectory} ({exception.Message}): this command's events go to -Verbose only, not to pipes-*.log. "
                + "Let the account this runs as write that folder and its files, or point PIPES_CONFIG_DIR at a directory it may write.";
        }
    }

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
