using System.Text.Json.Serialization;

namespace Pipes.Outlook;

// Microsoft Graph v1.0 calendar resources as Pipes reads them (learn.microsoft.com/graph/api/resources/event,
// .../datetimetimezone, .../attendee, .../location, .../onlinemeetinginfo), and the records the calendar
// commands take and return.

/// <summary>A <c>dateTimeTimeZone</c>: a wall-clock <c>dateTime</c> (Graph writes seven fractional digits) in <c>timeZone</c>.</summary>
public sealed record GraphDateTimeZone(string? DateTime, string? TimeZone);

/// <summary>A <c>responseStatus</c>: none, organizer, tentativelyAccepted, accepted, declined or notResponded, and when.</summary>
public sealed record GraphResponseStatus(string? Response, string? Time);

/// <summary>An <c>attendee</c>: address, <c>type</c> required, optional or resource, and the answer (<c>status</c>).</summary>
public sealed record GraphAttendee(GraphEmailAddress? EmailAddress, string? Type, GraphResponseStatus? Status = null);

/// <summary>
/// An attendee and their answer, as Graph has it: <see cref="Response"/> is none, organizer,
/// tentativelyAccepted, accepted, declined or notResponded; <see cref="Type"/> is required, optional or
/// resource (a room). <see cref="Address"/> may be null (an attendee known by name only).
/// </summary>
public sealed record EventAttendee(string? Address, string? Name, string Type, string Response)
{
    public override string ToString() => $"{Address ?? Name} ({Response})";
}

/// <summary>A <c>location</c> (only its display name is read).</summary>
public sealed record GraphLocation(string? DisplayName);

/// <summary>An <c>onlineMeetingInfo</c>: the Teams join URL.</summary>
public sealed record GraphOnlineMeeting(string? JoinUrl);

/// <summary>An <c>event</c>, as far as Pipes reads one.</summary>
public sealed record GraphEvent(
    string Id,
    string? Subject = null,
    GraphDateTimeZone? Start = null,
    GraphDateTimeZone? End = null,
    string? OriginalStartTimeZone = null,
    IReadOnlyList<GraphAttendee>? Attendees = null,
    GraphLocation? Location = null,
    bool? IsOnlineMeeting = null,
    string? OnlineMeetingProvider = null,
    GraphOnlineMeeting? OnlineMeeting = null,
    string? WebLink = null,
    GraphRecipient? Organizer = null,
    string? Type = null,
    string? SeriesMasterId = null,
    bool? IsAllDay = null,
    bool? IsCancelled = null);

/// <summary>
/// A calendar event as the calendar commands return it. <see cref="Start"/> and <see cref="End"/> are the
/// real instants, shown at the offset of the zone the command read them in; <see cref="TimeZone"/> is the
/// zone the event was booked in (Graph's <c>originalStartTimeZone</c>).
/// </summary>
public sealed record CalendarEvent(
    string Id,
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? TimeZone,
    IReadOnlyList<string> Attendees,
    string? Location,
    bool IsOnlineMeeting,
    string? JoinUrl,
    string? WebLink,
    string? Organizer)
{
    /// <summary>singleInstance, occurrence (of a recurring series, from a range read), exception or seriesMaster.</summary>
    public string? Type { get; init; }

    /// <summary>The series an occurrence belongs to.</summary>
    public string? SeriesMasterId { get; init; }

    /// <summary>
    /// An all-day event: <see cref="Start"/> and <see cref="End"/> are midnights of its first day and of the day
    /// after its last, in the zone the command read them in (Graph keeps all-day events as dates, not instants).
    /// </summary>
    public bool IsAllDay { get; init; }

    /// <summary>The organizer cancelled the meeting; it stays in an attendee's calendar until removed.</summary>
    public bool IsCancelled { get; init; }

    /// <summary>Every attendee with their answer (accepted, declined, …) and type; <see cref="Attendees"/> holds the addresses alone.</summary>
    public IReadOnlyList<EventAttendee> AttendeeResponses { get; init; } = [];

    public TimeSpan Duration => End - Start;
}

/// <summary>
/// A meeting to book. <see cref="End"/> wins over <see cref="DurationMinutes"/>; <see cref="TimeZone"/>
/// (IANA or Windows) is the zone of wall-clock times and the zone the event is booked in, else the
/// Outlook.TimeZone setting, else the machine's. Attendees are parsed as mail recipients are.
/// <see cref="AllDay"/>: an all-day event on the dates of <see cref="Start"/> through <see cref="End"/> (its last day, inclusive;
/// without it, the one day), each a date at midnight; <see cref="DurationMinutes"/> is then not read.
/// </summary>
public sealed record NewEvent(
    string Subject,
    EventTime Start,
    EventTime? End = null,
    int DurationMinutes = 30,
    IReadOnlyList<string>? Attendees = null,
    bool TeamsMeeting = false,
    string? Body = null,
    bool Html = false,
    string? Location = null,
    string? TimeZone = null,
    int? ReminderMinutes = null,
    bool AllDay = false);

/// <summary>
/// What to change in an event: only the values that are not null are sent (a PATCH). A new
/// <see cref="Start"/> alone keeps the meeting's length; <see cref="DurationMinutes"/> counts from the
/// (new or current) start. <see cref="Attendees"/> replaces the list (Graph's own rule for PATCH).
/// </summary>
public sealed record EventChange(string Id)
{
    public string? Subject { get; init; }
    public EventTime? Start { get; init; }
    public EventTime? End { get; init; }
    public int? DurationMinutes { get; init; }
    public IReadOnlyList<string>? Attendees { get; init; }
    public string? Location { get; init; }
    public string? Body { get; init; }
    public bool Html { get; init; }
    public bool? TeamsMeeting { get; init; }
    public string? TimeZone { get; init; }

    /// <summary>Whether anything would be sent.</summary>
    public bool IsEmpty => Subject is null && Start is null && End is null && DurationMinutes is null && Attendees is null
        && Location is null && Body is null && TeamsMeeting is null;
}

/// <summary>A meeting's times as they will be sent: the instants, and the zone they are booked in;
/// <see cref="AllDay"/>: an all-day event, from midnight of its first day to midnight after its last, in <see cref="Zone"/>.</summary>
public sealed record EventPlan(DateTimeOffset Start, DateTimeOffset End, TimeZoneInfo Zone, IReadOnlyList<string> Attendees, bool AllDay = false);
