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
