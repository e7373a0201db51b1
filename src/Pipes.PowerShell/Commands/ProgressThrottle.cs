using System.Diagnostics;
using System.Management.Automation;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// One progress bar for work that lasts: nothing for the first half second (a quick command shows
/// no bar flashing by), then at most four updates a second, and a Completed record at the end only
/// if a bar was shown. Used on the pipeline thread only.
/// </summary>
internal sealed class ProgressThrottle(string activity)
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly ProgressRecord _record = new(1, activity, activity);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _last;

    /// <summary>True when an update now would be shown.</summary>
    public bool Due => _clock.Elapsed >= Delay && (_last is null || _clock.Elapsed - _last >= Interval);

    /// <summary>The record to write for this update (status line, fraction 0..1 when known), or null when it is not yet due.</summary>
    public ProgressRecord? Update(string status, double? fraction)
    {
        if (!Due) return null;
        _last = _clock.Elapsed;
        _record.StatusDescription = status;
        _record.PercentComplete = fraction is { } f ? (int)Math.Clamp(f * 100, 0, 100) : -1;
        return _record;
    }

    /// <summary>The record that removes the bar, or null when none was shown.</summary>
    public ProgressRecord? Completed()
    {
        if (_last is null) return null;
        _record.RecordType = ProgressRecordType.Completed;
        return _record;
    }
}
