using System.Management.Automation;
using Pipes.Integrations;
using Pipes.Outlook;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Changes an Outlook event: only what is given is sent; moving -Start alone keeps the meeting's length.</summary>
[Cmdlet(VerbsCommon.Set, "PipesEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Duration")]
[OutputType(typeof(CalendarEvent))]
public sealed class SetPipesEventCommand : CalendarCmdlet
{
    /// <summary>The event; binds Id from piped events.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string Id { get; set; } = "";

    [Parameter]
    public string? Subject { get; set; }

    /// <summary>The new start; alone, it keeps the meeting's length.</summary>
    [Parameter]
    [EventTimeTransformation]
    public object? Start { get; set; }

    /// <summary>The new end.</summary>
    [Parameter(ParameterSetName = "End")]
    [EventTimeTransformation]
    public object? End { get; set; }

    /// <summary>The new length, from the (new or current) start.</summary>
    [Parameter(ParameterSetName = "Duration")]
    public int? DurationMinutes { get; set; }

    /// <summary>The new attendee list (it replaces the old one).</summary>
    [Parameter]
    [AllowEmptyCollection]
    public string[]? Attendee { get; set; }

    [Parameter]
    public string? Location { get; set; }

    [Parameter]
    public string? Body { get; set; }

    [Parameter]
    [ValidateSet("Text", "Html")]
    public string BodyType { get; set; } = "Text";

    /// <summary>-TeamsMeeting makes it a Teams meeting; -TeamsMeeting:$false makes it an ordinary one.</summary>
    [Parameter]
    public SwitchParameter TeamsMeeting { get; set; }

    /// <summary>The zone of wall-clock times and of the times sent (IANA or Windows name).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(TimeZoneCompleter))]
    // Bound to $null (a variable that is not set) it is "", refused by CalendarTimeZones.Effective, not taken for "not given".
    public string? TimeZone { get => _timeZone; set => _timeZone = value ?? ""; }
    private string? _timeZone;

    /// <summary>Writes the event as it is after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        EventChange change;
        try
        {
            change = new EventChange(Id)
            {
                Subject = Subject,
                Start = ToTime(Start),
                End = ToTime(End),
                DurationMinutes = DurationMinutes,
                Attendees = Given(nameof(Attendee)) ? Attendee ?? [] : null,
                Location = Location,
                Body = Body,
                Html = BodyType == "Html",
                TeamsMeeting = Given(nameof(TeamsMeeting)) ? TeamsMeeting.IsPresent : null,
                TimeZone = TimeZone,
            };
            Client.CheckChange(change);
            if (TimeZone is not null)
            {
                WarnOfMachineClock(change.Start, "-Start", TimeZone);
                WarnOfMachineClock(change.End, "-End", TimeZone);
            }
        }
        catch (PipesException error)
        {
            Fail(error, Id);
            return;
        }
        if (!ShouldProcessOrSayHow(Id, Describe(change))) return;
        ForItem(Id, () =>
        {
            var updated = Run(token => Client.UpdateEventAsync(change, token));
            // Without -TimeZone the times are read against the event's own zone, known once it is read.
            if (TimeZone is null)
            {
                WarnOfMachineClock(change.Start, "-Start", updated.TimeZone, done: true);
                WarnOfMachineClock(change.End, "-End", updated.TimeZone, done: true);
            }
            if (change.TeamsMeeting == true && updated.JoinUrl is null) WarnWithoutJoinUrl(updated.Id);
            if (PassThru) WriteObject(updated);
        });
    }

    private static string Describe(EventChange change)
    {
        var parts = new List<string>();
        if (change.Subject is not null) parts.Add($"subject '{change.Subject}'");
        var ownZone = change.TimeZone is null ? " in the event's own zone" : $" in {change.TimeZone}";
        if (change.Start is { } start) parts.Add($"start {start}" + (start.InCalendarZone ? ownZone : "") + (change.End is null && change.DurationMinutes is null ? " (same length)" : ""));
        if (change.End is { } end) parts.Add($"end {end}" + (end.InCalendarZone ? ownZone : ""));
        if (change.DurationMinutes is { } minutes) parts.Add($"{minutes} minutes long");
        if (change.Attendees is { } attendees) parts.Add(attendees.Count == 0 ? "no attendees" : $"attendees {string.Join("; ", attendees)}");
        if (change.Location is not null) parts.Add($"location '{change.Location}'");
        if (change.Body is not null) parts.Add("the body");
        if (change.TeamsMeeting is { } teams) parts.Add(teams ? "a Teams meeting" : "not a Teams meeting");
        return "Change the event: " + string.Join(", ", parts);
    }
}
