using System.Management.Automation;
using System.Text;
using Pipes.Integrations;
using Pipes.Outlook;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Books a meeting in the Outlook calendar (a Teams meeting with -TeamsMeeting) and returns the event.</summary>
[Cmdlet(VerbsCommon.New, "PipesEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Duration")]
[OutputType(typeof(CalendarEvent))]
public sealed class NewPipesEventCommand : CalendarCmdlet
{
    /// <summary>The subject; {Property} placeholders take values from the piped record.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    public string Subject { get; set; } = "";

    /// <summary>When it starts: an instant ([DateTimeOffset], a Utc [DateTime]) or a wall-clock time.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [EventTimeTransformation]
    public object? Start { get; set; }

    /// <summary>How long it lasts (default 30 minutes).</summary>
    [Parameter(ParameterSetName = "Duration")]
    public int DurationMinutes { get; set; } = 30;

    /// <summary>When it ends, instead of -DurationMinutes.</summary>
    [Parameter(Mandatory = true, ParameterSetName = "End")]
    [EventTimeTransformation]
    public object? End { get; set; }

    /// <summary>Who is invited; binds Email (and EmailAddress) from piped records.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Email", "EmailAddress", "Attendees")]
    [AllowNull]
    [AllowEmptyCollection]
    [AllowEmptyString]
    public string[]? Attendee { get; set; }

    /// <summary>
    /// An all-day event: -Start is its first day and -End its last (inclusive; without it, the one day), each a date such as
    /// 2027-03-15 in the calendar's zone. Not with -DurationMinutes.
    /// </summary>
    [Parameter]
    public SwitchParameter AllDay { get; set; }

    /// <summary>Makes it a Teams meeting; the join URL is in the result's JoinUrl.</summary>
    [Parameter]
    public SwitchParameter TeamsMeeting { get; set; }

    /// <summary>The invitation's text; {Property} placeholders take values from the piped record.</summary>
    [Parameter]
    public string? Body { get; set; }

    [Parameter]
    [ValidateSet("Text", "Html")]
    public string BodyType { get; set; } = "Text";

    [Parameter]
    public string? Location { get; set; }

    /// <summary>The zone of wall-clock times and of the booking (IANA or Windows name).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(TimeZoneCompleter))]
    // Bound to $null (a variable that is not set) it is "", refused by CalendarTimeZones.Effective, not taken for "not given".
    public string? TimeZone { get => _timeZone; set => _timeZone = value ?? ""; }
    private string? _timeZone;

    /// <summary>Minutes before the start at which Outlook reminds (Outlook's default is 15).</summary>
    [Parameter]
    public int? ReminderMinutes { get; set; }

    /// <summary>The piped record the placeholders read from.</summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    private long _position;

    /// <summary>-Attendee typed on the command line (PowerShell then binds no piped record's Email to it), and whether that was said.</summary>
    private bool _attendeeTyped, _saidAttendeeTyped;

    protected override void BeginProcessing()
    {
        _attendeeTyped = MyInvocation.BoundParameters.ContainsKey(nameof(Attendee)); // pipeline values are not bound yet
        base.BeginProcessing();
    }

    private const string NothingBooked = "Nothing was booked for it.";

    protected override void ProcessRecord()
    {
        _position++;
        var record = InputObject?.BaseObject is string ? null : InputObject;
        var which = record is null ? "the meeting" : RecordLabel.Describe(record, _position);
        if (record is not null && (Attendee is null || Attendee.All(string.IsNullOrWhiteSpace)))
        {
            Fail(new PipesException(ErrorIds.InvalidRecipient, PipesErrorKind.InvalidInput, $"No attendee: {RecordLabel.NoEmail(record, which)}. Nothing was booked for it.",
                "Pipe records whose Email holds an address, or filter the others out with Where-Object Email.", which), which);
            return;
        }
        // "-Attendee boss@x.com" beside piped owners invites the boss alone: a parameter given by name is not bound from the pipeline.
        if (_attendeeTyped && !_saidAttendeeTyped && record?.Properties["Email"]?.Value?.ToString() is { Length: > 0 } email
            && Attendee?.Any(a => a?.Contains(email, StringComparison.OrdinalIgnoreCase) == true) != true)
        {
            _saidAttendeeTyped = true;
            WriteWarning($"-Attendee was given, so the piped records' Email ({email}, ...) is not invited: PowerShell binds a parameter given by name, not the record's property. "
                + "To invite each record and others too: -Attendee { $_.Email; 'boss@example.com' }.");
        }
        if (InboxSender.Refusal(record) is { } refusal)
        {
            Fail(new PipesException(ErrorIds.InvalidRecipient, PipesErrorKind.InvalidInput, $"Not booked: {refusal}. {NothingBooked}", InboxSender.Advice, which), which);
            return;
        }
        if (AllDay && Given(nameof(DurationMinutes)))
        {
            ThrowTerminatingError(new InvalidInputError("Outlook", "Calendar",
                "-AllDay books whole days: give its last day with -End (or none for one day), not -DurationMinutes. Nothing was booked.", DurationMinutes));
            return;
        }
        NewEvent meeting;
        EventPlan plan;
        try
        {
            var html = BodyType == "Html";
            var named = record is null ? null : which; // a piped record's label in a template's errors
            meeting = new NewEvent(RecordTemplate.Fill(Subject, record, null, NothingBooked, emptyNeedsText: true, which: named), ToTime(Start)!.Value, ToTime(End), DurationMinutes, Attendee,
                TeamsMeeting, Body is null ? null : RecordTemplate.Fill(Body, record, html ? System.Net.WebUtility.HtmlEncode : null, NothingBooked, emptyNeedsText: true, which: named), html,
                Location is null ? null : RecordTemplate.Fill(Location, record, null, NothingBooked, emptyNeedsText: true, which: named), TimeZone, ReminderMinutes, AllDay);
            // Checked before -WhatIf and before any request: the zone, the times, the attendees.
            plan = Client.PlanEvent(meeting);
            if (!AllDay)
            {
                // The zone the times are read against: -TimeZone, else Outlook.TimeZone (the setting a nightly task on a UTC server has).
                WarnOfMachineClock(meeting.Start, "-Start", plan.Zone.Id);
                WarnOfMachineClock(meeting.End, "-End", plan.Zone.Id);
            }
        }
        catch (PipesException error)
        {
            Fail(record is null ? error : RecordLabel.Named(error, which), which);
            return;
        }
        // Booked all the same (a meeting logged after the fact is one), but a date typed without its time, or last year's, is said.
        if ((plan.AllDay ? plan.End : plan.Start) <= Environment.Clock.GetUtcNow())
            WriteWarning(plan.AllDay
                ? $"{(record is null ? "The event" : which)} is all day on days already past (from {TimeZoneInfo.ConvertTime(plan.Start, plan.Zone):yyyy-MM-dd}, {plan.Zone.Id}): check -Start and -End."
                : $"{(record is null ? "The meeting" : which)} starts in the past ({Shown(TimeZoneInfo.ConvertTime(plan.Start, plan.Zone))}, {plan.Zone.Id}): check -Start"
                    + (TimeZoneInfo.ConvertTime(plan.Start, plan.Zone).TimeOfDay == TimeSpan.Zero ? ", and give its time of day." : "'s date."));
        if (!ShouldProcessTextOrSayHow($"the meeting '{meeting.Subject}'", WhatIfText(meeting, plan))) return;
        ForItem(which, () =>
        {
            var created = Run(token => Client.CreateEventAsync(meeting, token));
            if (TeamsMeeting && created.JoinUrl is null) WarnWithoutJoinUrl(created.Id);
            WriteObject(created);
        });
    }

    private static string WhatIfText(NewEvent meeting, EventPlan plan)
    {
        var zone = plan.Zone;
        var text = new StringBuilder($"Book '{meeting.Subject}' ");
        if (plan.AllDay)
        {
            // The plan's instants are each day's first minute in the zone: their local dates are the first day and the day after the last.
            var firstDay = TimeZoneInfo.ConvertTime(plan.Start, zone).Date;
            var dayAfter = TimeZoneInfo.ConvertTime(plan.End, zone).Date;
            var days = (dayAfter - firstDay).Days;
            var first = firstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var last = dayAfter.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            text.Append(days == 1 ? $"all day on {first} ({zone.Id})" : $"all day from {first} to {last}, {days} days ({zone.Id})");
        }
        else text.Append($"from {Shown(TimeZoneInfo.ConvertTime(plan.Start, zone))} to {Shown(TimeZoneInfo.ConvertTime(plan.End, zone))} ({zone.Id})");
        text.Append(plan.Attendees.Count > 0 ? $" with {string.Join("; ", plan.Attendees)}" : " with no attendees");
        if (meeting.TeamsMeeting) text.Append(", as a Teams meeting");
        if (meeting.Location is { Length: > 0 } place) text.Append($", at {place}");
        return text.ToString();
    }
}
