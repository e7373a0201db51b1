using System.Management.Automation;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// One progress bar for work that lasts: nothing for the first half second (a quick command shows
/// no bar flashing by), then at most four updates a second, and a Completed record at the end only
/// if a bar was shown. Used on the pipeline thread only.
/// </summary>
internal sealed class ProgressThrottle(string activity)
{
    private const long DelayMs = 500;
    private const long IntervalMs = 250;
    // Environment.TickCount64 (a coarse monotonic clock, a few nanoseconds to read) rather than a
    // Stopwatch: cheap enough to ask after every record, so a bar comes on time behind a slow consumer.
    private long _due = Environment.TickCount64 + DelayMs;
    private ProgressRecord? _shown;

    /// <summary>True when an update now would be shown.</summary>
    public bool Due => Environment.TickCount64 >= _due;

    /// <summary>
    /// The record to write for this update (status line, fraction 0..1 when known), or null when it
    /// is not yet due. A new record each time: the host (or $ps.Streams.Progress) keeps what it was given.
    /// </summary>
    public ProgressRecord? Update(string status, double? fraction)
    {
        if (!Due) return null;
        _due = Environment.TickCount64 + IntervalMs;
        _shown = new ProgressRecord(1, activity, status) { PercentComplete = Percent(fraction) };
        return _shown;
    }

    /// <summary>The record that removes the bar, with the final status when given, or null when no bar was shown.</summary>
    public ProgressRecord? Completed(string? status = null, double? fraction = null)
    {
        if (_shown is null) return null;
        return new ProgressRecord(1, activity, status ?? _shown.StatusDescription)
        {
            PercentComplete = status is null ? _shown.PercentComplete : Percent(fraction),
            RecordType = ProgressRecordType.Completed,
        };
    }

    private static int Percent(double? fraction) => fraction is { } f ? (int)Math.Clamp(f * 100, 0, 100) : -1;
}
