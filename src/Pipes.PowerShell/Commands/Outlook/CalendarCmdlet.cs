using System.Management.Automation;
using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>What the calendar commands share: one client per invocation (one sign-in, token and request gate for a piped list), and the times as Core takes them.</summary>
public abstract class CalendarCmdlet : PipesCmdlet
{
    private OutlookClient? _client;

    private protected OutlookClient Client => _client ??= new OutlookClient(Environment);

    /// <summary>A bound -Start/-End (after <see cref="EventTimeTransformationAttribute"/>) as Core's <see cref="EventTime"/>.</summary>
    private protected static EventTime? ToTime(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => EventTime.From(instant),
        DateTime time => EventTime.From(time),
        UnreadTime unread => throw new PipesException(ErrorIds.InvalidInput, PipesErrorKind.InvalidInput, unread.Reason + " Nothing was sent.", null, value),
        _ => throw new PipesException(ErrorIds.InvalidInput, PipesErrorKind.InvalidInput, $"'{value}' is not a date and time.", null, value),
    };

    private bool _saidMachineClock;

    /// <summary>
    /// A [DateTime] of Kind Local (Get-Date, [datetime]::Today) read on the machine's clock for a calendar whose zone keeps another
    /// (-TimeZone, Outlook.TimeZone, or the event's own): it is the machine's clock, as documented, and said once (a trial:
    /// "(Get-Date).Date.AddHours(9) -TimeZone America/Chicago" on a UTC server booked 03:00 Central without a word).
    /// </summary>
    private protected void WarnOfMachineClock(EventTime? time, string parameter, string? zoneName, bool done = false)
    {
        if (_saidMachineClock || time is not { MachineLocal: true } local || !CalendarTimeZones.TryResolve(zoneName, out var zone)) return;
        var wall = local.WallClock;
        DateTimeOffset instant;
        try { instant = new DateTimeOffset(wall, TimeZoneInfo.Local.GetUtcOffset(wall)); }
        catch (ArgumentException) { return; } // the ends of the calendar: Resolve says so
        var there = TimeZoneInfo.ConvertTime(instant, zone);
        if (there.DateTime == wall) return;
        _saidMachineClock = true;
        var shown = wall.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        WriteWarning($"{parameter} {shown} is a [DateTime] of Kind Local (Get-Date, [datetime]::Today, .AddHours): the machine's clock ({TimeZoneInfo.Local.Id}), "
            + $"so {Shown(there)} in {zoneName}, not {wall:HH:mm} there{(done ? " (the event is changed so)" : "")}. For {wall:HH:mm} in {zoneName}, give the time as text ('{shown}') "
            + "or as [datetime]::SpecifyKind($time, 'Unspecified').");
    }

    /// <summary>Was the parameter typed (a switch given as -TeamsMeeting:$false counts)?</summary>
    private protected bool Given(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);

    /// <summary>An unknown -TimeZone would fail every record alike: it ends the command, as a missing setting does.</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) =>
        everyItemWouldFail || errorId == ErrorIds.UnknownTimeZone;

    /// <summary>The warning for a Teams meeting Graph gave no join URL.</summary>
    private protected void WarnWithoutJoinUrl(string id) =>
        WriteWarning($"Event {id} was kept, but Graph gave it no Teams join URL: the mailbox cannot host Teams meetings (no Teams licence, or Teams is not its online-meeting provider). Add a link to the body, or ask an admin.");

    /// <summary>"2027-03-14 09:00 -05:00".</summary>
    private protected static string Shown(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
}
