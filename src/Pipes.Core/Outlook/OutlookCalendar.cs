using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Pipes.Integrations;

namespace Pipes.Outlook;

// The calendar: book, read, move and cancel meetings (the seed's create_event, get_events, update_event,
// delete_event) on the same sign-in, mailbox, request gate and retry layer as mail.
public sealed partial class OutlookClient
{
    private const string EventSelect = "id,subject,start,end,originalStartTimeZone,attendees,location,isOnlineMeeting,onlineMeetingProvider,onlineMeeting,webLink,organizer,type,seriesMasterId,isAllDay,isCancelled";

    /// <summary>Events asked for per calendarView page (Graph's default is 10).</summary>
    public const int EventPageSize = 100;

    /// <summary>The zone of wall-clock times: <paramref name="given"/> (-TimeZone), else Outlook.TimeZone, else the machine's. Throws <c>Pipes.UnknownTimeZone</c>.</summary>
    public TimeZoneInfo CalendarZone(string? given) =>
        CalendarTimeZones.Effective(given, () => Environment.Settings.GetValue<string>(CalendarTimeZones.Setting));

    /// <summary>
    /// The meeting's instants, zone and attendees as they will be sent, checked without any request:
    /// <c>Pipes.UnknownTimeZone</c>, <c>Pipes.InvalidInput</c> (a wall-clock time that does not exist or is
    /// ambiguous, an end not after the start, a duration under a minute, no subject, a negative reminder),
    /// <c>Pipes.InvalidRecipient</c> (an attendee that is not an address).
    /// </summary>
    public EventPlan PlanEvent(NewEvent meeting)
    {
        if (string.IsNullOrWhiteSpace(meeting.Subject)) throw Invalid("A meeting needs a subject (-Subject).", null);
        if (meeting.ReminderMinutes is < 0) throw Invalid($"-ReminderMinutes {meeting.ReminderMinutes} is negative; give the minutes before the start, 0 or more.", meeting.ReminderMinutes);
        var zone = CalendarZone(meeting.TimeZone);
        if (meeting.AllDay) return PlanAllDay(meeting, zone);
        var start = meeting.Start.Resolve(zone, "-Start");
        var end = meeting.End is { } given ? given.Resolve(zone, "-End") : start.AddMinutes(CheckDuration(meeting.DurationMinutes));
        CheckOrder(start, end);
        return new EventPlan(start, end, zone, MailRecipients.Parse(meeting.Attendees, "Attendee"));
    }

    /// <summary>
    /// An all-day event: from midnight of the start's date to midnight after the end's (the last day, inclusive, as Outlook shows it;
    /// the one day without an end), in the calendar's zone. Graph's rule for <c>isAllDay</c>: start and end at midnight in one zone, a
    /// whole number of days apart (anything else is its 400 ErrorPropertyValidationFailure); a day whose midnight the zone skips starts
    /// at its first minute (<see cref="FirstMoment"/>), and is still sent as that date at midnight. Throws <c>Pipes.InvalidInput</c> for
    /// a time of day or a last day before the first.
    /// </summary>
    private EventPlan PlanAllDay(NewEvent meeting, TimeZoneInfo zone)
    {
        var first = AllDayDate(meeting.Start, zone, "-Start");
        var last = meeting.End is { } end ? AllDayDate(end, zone, "-End") : first;
        if (last < first)
            throw Invalid($"-End {last:yyyy-MM-dd} is before -Start {first:yyyy-MM-dd}: an all-day event's -End is its last day. Nothing was sent.", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new EventPlan(FirstMoment(first, zone), FirstMoment(last.AddDays(1), zone), zone, MailRecipients.Parse(meeting.Attendees, "Attendee"), AllDay: true);
    }

    /// <summary>
    /// The instant a day begins in <paramref name="zone"/>: its midnight, or, where the clocks skip midnight (America/Santiago,
    /// America/Havana, Asia/Beirut on the day they go forward), the first minute that exists; the first of a midnight that comes twice.
    /// </summary>
    private static DateTimeOffset FirstMoment(DateOnly day, TimeZoneInfo zone)
    {
        var wall = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(wall)) wall = wall.AddMinutes(15);
        var offset = zone.IsAmbiguousTime(wall) ? zone.GetAmbiguousTimeOffsets(wall).Max() : zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset);
    }

    /// <summary>An all-day event's edge as Graph takes it: the day at midnight in the event's zone, whatever the zone's clocks do that night.</summary>
    private static JsonObject AllDayJson(DateTimeOffset dayStart, TimeZoneInfo zone) => new()
    {
        ["dateTime"] = TimeZoneInfo.ConvertTime(dayStart, zone).Date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        ["timeZone"] = CalendarTimeZones.GraphName(zone),
    };

    /// <summary>The date an all-day event's start or end names: a date (its midnight), as the calendar's zone or the machine's clock shows it; a time of day is refused.</summary>
    private static DateOnly AllDayDate(EventTime time, TimeZoneInfo zone, string what)
    {
        var wall = time.Instant is { } instant ? TimeZoneInfo.ConvertTime(instant, zone).DateTime : time.WallClock;
        if (wall.TimeOfDay != TimeSpan.Zero)
            throw Invalid($"{what} {wall.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({zone.Id}) has a time of day: an all-day event (-AllDay) takes dates, such as {wall:yyyy-MM-dd}. Nothing was sent.",
                wall.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        return DateOnly.FromDateTime(wall);
    }

    /// <summary>
    /// Books the meeting (POST …/events, 201) and returns it as Graph stored it. The request carries a
    /// <c>transactionId</c>, with which Graph drops a repeated create, so a request whose answer was lost is
    /// sent again safely. With <see cref="NewEvent.TeamsMeeting"/> the event is an online meeting
    /// (<c>teamsForBusiness</c>); a mailbox that cannot host Teams meetings gives an event without a join URL
    /// (<see cref="CalendarEvent.JoinUrl"/> null; the event is kept). Errors as <see cref="PlanEvent"/>, then
    /// those of the request (<see cref="IntegrationError"/>).
    /// </summary>
    public async Task<CalendarEvent> CreateEventAsync(NewEvent meeting, CancellationToken cancellationToken = default)
    {
        var plan = PlanEvent(meeting);
        var json = new JsonObject
        {
            ["subject"] = meeting.Subject,
            ["start"] = plan.AllDay ? AllDayJson(plan.Start, plan.Zone) : TimeJson(plan.Start, plan.Zone),
            ["end"] = plan.AllDay ? AllDayJson(plan.End, plan.Zone) : TimeJson(plan.End, plan.Zone),
            ["attendees"] = AttendeesJson(plan.Attendees),
            ["transactionId"] = Guid.NewGuid().ToString(),
        };
        if (plan.AllDay) json["isAllDay"] = true;
        if (meeting.Body is not null) json["body"] = BodyJson(meeting.Body, meeting.Html);
        if (!string.IsNullOrWhiteSpace(meeting.Location)) json["location"] = new JsonObject { ["displayName"] = meeting.Location };
        if (meeting.TeamsMeeting) AddTeams(json, true);
        if (meeting.ReminderMinutes is { } reminder)
        {
            json["isReminderOn"] = true;
            json["reminderMinutesBeforeStart"] = reminder;
        }
        // Idempotent thanks to the transactionId: a create whose answer was lost is repeated, and Graph keeps one event.
        GraphEvent created;
        try
        {
            created = await SendJsonAsync("CreateEvent", HttpMethod.Post, Root + "events", GraphJson.Default.GraphEvent, json.ToJsonString(),
                RequestSafety.Idempotent, cancellationToken).ConfigureAwait(false);
        }
        catch (IntegrationError error) when (error.AnAttemptMayHaveActed)
        {
            // Every repeat's answer was lost too: the event may well exist, and a new run would book it again
            // under a new transactionId. Say so, rather than "could not be reached ... try again".
            var from = plan.Start.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
            throw new OutcomeUnknownError(Name, "CreateEvent",
                $"Whether '{meeting.Subject}' at {from} was booked is not known: {error.Message} Graph may have made the event and lost only its answer.",
                error,
                $"Look before booking it again (a new New-PipesEvent is a new booking): Get-PipesEvent -Start '{plan.Start.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture)}' "
                + $"-End '{plan.End.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture)}' | Where-Object Subject -eq '{meeting.Subject.Replace("'", "''", StringComparison.Ordinal)}'",
                meeting.Subject, error.StatusCode);
        }
        return ToEvent(created, plan.Zone);
    }

    /// <summary>
    /// The events between <paramref name="start"/> and <paramref name="end"/> (those that overlap it), through
    /// calendarView, so that a recurring series comes as its occurrences; every page is followed, each page's
    /// events go out as it arrives. Times are shown in the zone of <paramref name="timeZone"/> (see
    /// <see cref="CalendarZone"/>). An end not after the start is <c>Pipes.InvalidInput</c> before any request.
    /// An all-day event is its dates in the zone shown, and Graph weighs it against the range in its booking zone
    /// (the range goes as UTC instants): Graph is asked for <see cref="AllDaySlack"/> more on each side, and every
    /// event is kept or left out here, an all-day one by its days so shown, the others by their instants.
    /// </summary>
    public async IAsyncEnumerable<CalendarEvent> GetEventsAsync(EventTime start, EventTime end, string? timeZone = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var zone = CalendarZone(timeZone);
        var from = start.Resolve(zone, "-Start");
        var to = end.Resolve(zone, "-End");
        CheckOrder(from, to);
        var url = Root + "calendarView?startDateTime=" + Uri.EscapeDataString(Iso(from - AllDaySlack)) + "&endDateTime=" + Uri.EscapeDataString(Iso(to + AllDaySlack))
            + "&$select=" + EventSelect + "&$orderby=" + Uri.EscapeDataString("start/dateTime") + "&$top=" + EventPageSize.ToString(CultureInfo.InvariantCulture);
        await foreach (var item in PagesAsync("ListEvents", url, GraphJson.Default.GraphPageGraphEvent, p => p.Value ?? [], p => p.NextLink, cancellationToken).ConfigureAwait(false))
        {
            var found = ToEvent(item, zone);
            // Graph answered for the widened range; an all-day event shown as its days at this zone's midnights may touch the
            // range asked for where its booking zone's days do not (the holiday of the 14th, booked in Chicago, for Tokyo's
            // early hours of the 14th), or not touch it where they do (for Tokyo's 15th). Overlap as calendarView's: an
            // event that ends at the range's start or starts at its end is not in it; one of no length is in it from its start.
            if (found.Start >= to || (found.End <= from && !(found.End == found.Start && found.Start == from))) continue;
            yield return found;
        }
    }

    /// <summary>
    /// How much more Graph is asked for on each side of a range: the most two zones' midnights lie apart (UTC-12 to UTC+14), so that an
    /// all-day event booked in any zone whose days, shown in another, touch the range comes back.
    /// </summary>
    private static readonly TimeSpan AllDaySlack = TimeSpan.FromHours(26);

    /// <summary>One event by id; <c>Pipes.NotFound</c> naming it when the calendar has none.</summary>
    public async Task<CalendarEvent> GetEventAsync(string id, string? timeZone = null, CancellationToken cancellationToken = default)
    {
        var zone = CalendarZone(timeZone);
        return ToEvent(await ReadEventAsync(id, cancellationToken).ConfigureAwait(false), zone);
    }

    /// <summary>
    /// Checks a change without any request (the zone, the times given, the duration, the attendees, that
    /// there is something to change); throws as <see cref="PlanEvent"/> does.
    /// </summary>
    public void CheckChange(EventChange change)
    {
        CheckEventId(change.Id);
        if (change.IsEmpty) throw Invalid($"Nothing to change in event {change.Id}: give -Subject, -Start, -End, -DurationMinutes, -Attendee, -Location, -Body or -TeamsMeeting.", change.Id);
        var zone = CalendarZone(change.TimeZone);
        // Without -TimeZone a wall-clock time is the event's own zone's, known only once the event is read (UpdateEventAsync checks
        // it then): here only instants, and times in a zone given, are checked.
        EventTime? Checkable(EventTime? time) => change.TimeZone is null && time is { InCalendarZone: true } ? null : time;
        var start = Checkable(change.Start)?.Resolve(zone, "-Start");
        var end = Checkable(change.End)?.Resolve(zone, "-End");
        if (change.DurationMinutes is { } minutes) CheckDuration(minutes);
        if (start is { } s && end is { } e) CheckOrder(s, e);
        if (change.Attendees is not null) MailRecipients.Parse(change.Attendees, "Attendee");
    }

    /// <summary>
    /// Changes what <paramref name="change"/> gives and nothing else (PATCH …/events/{id}, 200) and returns the
    /// event as Graph now has it. Moving the start alone keeps the meeting's length, and a duration alone
    /// counts from the current start: both need the event's current times, read first (a GET). A wall-clock time without
    /// <see cref="EventChange.TimeZone"/> is read in the event's own zone (<c>originalStartTimeZone</c>, read first too). Throws as
    /// <see cref="CheckChange"/>, <c>Pipes.NotFound</c> for an id the calendar does not have, and
    /// <c>Pipes.InvalidInput</c> for an end that would not be after the start.
    /// </summary>
    public async Task<CalendarEvent> UpdateEventAsync(EventChange change, CancellationToken cancellationToken = default)
    {
        CheckChange(change);
        var zone = CalendarZone(change.TimeZone);
        GraphEvent? current = null;
        // "Move it to 14:00" is 14:00 where the meeting was booked: without -TimeZone, a wall-clock time is read in the event's own
        // zone (originalStartTimeZone), as Outlook shows a meeting's times in its zone; one Pipes cannot name falls back to the calendar's.
        if (change.TimeZone is null && (change.Start is { Instant: null } || change.End is { Instant: null }))
        {
            current = await ReadEventAsync(change.Id, cancellationToken).ConfigureAwait(false);
            if (current.OriginalStartTimeZone is { Length: > 0 } booked && CalendarTimeZones.TryResolve(booked, out var own)) zone = own;
        }
        var start = change.Start?.Resolve(zone, "-Start");
        var end = change.End?.Resolve(zone, "-End");
        var json = new JsonObject();
        if (start is not null || end is not null || change.DurationMinutes is not null)
        {
            // Whole days with a new start may be an all-day event's length, which is counted in days: the event says whether it is one.
            if (start is null || (end is null && (change.DurationMinutes is null || change.DurationMinutes % MinutesPerDay == 0)))
            {
                current ??= await ReadEventAsync(change.Id, cancellationToken).ConfigureAwait(false);
                var (currentStart, currentEnd) = Times(current);
                if (current.IsAllDay == true) end ??= AllDayEnd(change, start, currentStart, currentEnd, zone);
                else if (change.DurationMinutes is { } minutes) end ??= (start ?? currentStart).AddMinutes(minutes);
                else end ??= start!.Value + (currentEnd - currentStart); // as Outlook moves a meeting: same length
                CheckOrder(start ?? currentStart, end.Value);
            }
            else
            {
                end ??= start.Value.AddMinutes(change.DurationMinutes!.Value);
                CheckOrder(start.Value, end.Value);
            }
            if (start is { } newStart) json["start"] = TimeJson(newStart, zone);
            json["end"] = TimeJson(end!.Value, zone);
        }
        if (change.Subject is not null) json["subject"] = change.Subject;
        if (change.Body is not null) json["body"] = BodyJson(change.Body, change.Html);
        if (change.Location is not null) json["location"] = new JsonObject { ["displayName"] = change.Location };
        if (change.Attendees is not null) json["attendees"] = AttendeesJson(MailRecipients.Parse(change.Attendees, "Attendee"));
        if (change.TeamsMeeting is { } teams) AddTeams(json, teams);
        var updated = await ForEventAsync(change.Id, () => SendJsonAsync("UpdateEvent", HttpMethod.Patch, EventUrl(change.Id), GraphJson.Default.GraphEvent,
            json.ToJsonString(), RequestSafety.Idempotent, cancellationToken)).ConfigureAwait(false);
        return ToEvent(updated, zone);
    }

    /// <summary>
    /// Deletes the event (DELETE …/events/{id}, 204); Graph sends the attendees a cancellation when the
    /// organizer deletes a meeting. <c>Pipes.NotFound</c> naming the id when the calendar has none. A delete
    /// whose answer was lost (a dropped connection, a timeout, a 500/502/504 from a gateway) is not repeated
    /// blind, since the repeat of a delete that happened meets 404 and would report a deleted event as
    /// missing: Graph is asked whether the event is still there, and it is deleted again only if it is.
    /// </summary>
    public async Task<bool> DeleteEventAsync(string id, CancellationToken cancellationToken = default)
    {
        CheckEventId(id);
        try
        {
            using var response = await ForEventAsync(id, () => SendAsync("DeleteEvent", HttpMethod.Delete, EventUrl(id), null, RequestSafety.NotIdempotent,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return true;
        }
        catch (IntegrationError error) when (error is OutcomeUnknownError
            || error.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout)
        {
            try
            {
                await ReadEventAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (RemoteRejectedError gone) when (gone.StatusCode == HttpStatusCode.NotFound)
            {
                return true; // the first delete happened; only its answer was lost
            }
            using var again = await ForEventAsync(id, () => SendAsync("DeleteEvent", HttpMethod.Delete, EventUrl(id), cancellationToken: cancellationToken)).ConfigureAwait(false);
            return true;
        }
    }

    private Task<GraphEvent> ReadEventAsync(string id, CancellationToken cancellationToken)
    {
        CheckEventId(id);
        return ForEventAsync(id, () => SendJsonAsync("GetEvent", HttpMethod.Get, EventUrl(id) + "?$select=" + EventSelect, GraphJson.Default.GraphEvent,
            cancellationToken: cancellationToken));
    }

    /// <summary>Graph's 404 (ErrorItemNotFound) for an event, said with the id and where it was looked for.</summary>
    private async Task<T> ForEventAsync<T>(string id, Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (RemoteRejectedError error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            throw new RemoteRejectedError(Name, error.Operation,
                $"The calendar of {MailboxNamed} has no event {id} (Graph answered 404 {error.RemoteCode ?? "Not Found"}): it was deleted, or the id is of another mailbox.",
                HttpStatusCode.NotFound, error.RemoteCode);
        }
    }

    /// <summary>
    /// The new end of an all-day event moved by its start (the same number of days, or the length given) or given a length
    /// (whole days: -DurationMinutes 2880 is two): midnight in <paramref name="zone"/>, counted in days, not hours,
    /// since a day that changes the clock has 23 or 25 (Graph keeps an all-day event from midnight to midnight;
    /// Exchange moves an end that is not midnight to the next one, a day longer). Throws Pipes.InvalidInput for a
    /// start that is not a midnight or a length that is not whole days.
    /// </summary>
    private static DateTimeOffset AllDayEnd(EventChange change, DateTimeOffset? start, DateTimeOffset currentStart, DateTimeOffset currentEnd, TimeZoneInfo zone)
    {
        if (start is { } moved && TimeZoneInfo.ConvertTime(moved, zone).TimeOfDay != TimeSpan.Zero)
            throw Invalid($"Event {change.Id} is an all-day event: give -Start as a date ('{TimeZoneInfo.ConvertTime(moved, zone):yyyy-MM-dd}').", change.Id);
        int days;
        if (change.DurationMinutes is { } minutes)
        {
            if (minutes % MinutesPerDay != 0)
                throw Invalid($"Event {change.Id} is an all-day event: its length is whole days (-DurationMinutes {MinutesPerDay} is one day); {minutes} minutes is not.", minutes);
            days = minutes / MinutesPerDay;
        }
        else days = (currentEnd.DateTime.Date - currentStart.DateTime.Date).Days;
        var firstDay = start is { } s ? TimeZoneInfo.ConvertTime(s, zone).DateTime.Date : currentStart.DateTime.Date;
        var endDay = firstDay.AddDays(Math.Max(1, days));
        return new DateTimeOffset(endDay, zone.GetUtcOffset(endDay));
    }

    private const int MinutesPerDay = 24 * 60;

    private string EventUrl(string id) => Root + "events/" + Uri.EscapeDataString(id);

    private (DateTimeOffset Start, DateTimeOffset End) Times(GraphEvent json)
    {
        var start = GraphTime.FromGraph(json.Start?.DateTime, json.Start?.TimeZone);
        var end = GraphTime.FromGraph(json.End?.DateTime, json.End?.TimeZone);
        if (start is null || end is null)
            throw new RemoteRejectedError(Name, "ReadEvent", $"Graph's answer for event {json.Id} has no readable start or end.", HttpStatusCode.OK);
        return (start.Value, end.Value);
    }

    private CalendarEvent ToEvent(GraphEvent json, TimeZoneInfo zone)
    {
        var (start, end) = Times(json);
        var allDay = json.IsAllDay == true;
        return new CalendarEvent(
            json.Id,
            json.Subject ?? "",
            allDay ? GraphTime.Midnight(start, zone) : TimeZoneInfo.ConvertTime(start, zone),
            allDay ? GraphTime.Midnight(end, zone) : TimeZoneInfo.ConvertTime(end, zone),
            json.OriginalStartTimeZone ?? json.Start?.TimeZone,
            new JoinedList<string>((json.Attendees ?? []).Select(a => a.EmailAddress?.Address).OfType<string>().ToList()),
            json.Location?.DisplayName is { Length: > 0 } place ? place : null,
            json.IsOnlineMeeting ?? false,
            json.OnlineMeeting?.JoinUrl,
            json.WebLink,
            json.Organizer?.EmailAddress?.Address)
        {
            Type = json.Type,
            SeriesMasterId = json.SeriesMasterId,
            IsAllDay = allDay,
            IsCancelled = json.IsCancelled == true,
            AttendeeResponses = new JoinedList<EventAttendee>((json.Attendees ?? [])
                .Where(a => a.EmailAddress?.Address is { Length: > 0 } || a.EmailAddress?.Name is { Length: > 0 })
                .Select(a => new EventAttendee(a.EmailAddress?.Address is { Length: > 0 } address ? address : null, a.EmailAddress?.Name,
                    a.Type ?? "required", a.Status?.Response ?? "none"))
                .ToList()),
        };
    }

    private static JsonObject TimeJson(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var (dateTime, timeZone) = GraphTime.ToGraph(instant, zone);
        return new JsonObject { ["dateTime"] = dateTime, ["timeZone"] = timeZone };
    }

    private static JsonArray AttendeesJson(IEnumerable<string> attendees) =>
        new(attendees.Select(a => (JsonNode)new JsonObject { ["emailAddress"] = MailRecipients.EmailAddressJson(a), ["type"] = "required" }).ToArray());

    private static JsonObject BodyJson(string content, bool html) => new() { ["contentType"] = html ? "html" : "text", ["content"] = content };

    private static void AddTeams(JsonObject json, bool on)
    {
        json["isOnlineMeeting"] = on;
        if (on) json["onlineMeetingProvider"] = "teamsForBusiness";
    }

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static int CheckDuration(int minutes) =>
        minutes < 1 ? throw Invalid($"-DurationMinutes {minutes} is not a length: a meeting lasts at least one minute.", minutes)
        // A typo's extra digits (a trial: 100000000 booked a meeting ending in 2217, with no word): a year is the most one books.
        : minutes > MaxDurationMinutes ? throw Invalid($"-DurationMinutes {minutes} is {minutes / MinutesPerDay:N0} days; a meeting lasts at most a year ({MaxDurationMinutes:N0} minutes). Nothing was sent.", minutes)
        : minutes;

    private const int MaxDurationMinutes = 366 * MinutesPerDay;

    private static void CheckOrder(DateTimeOffset start, DateTimeOffset end)
    {
        if (end > start) return;
        throw Invalid($"The end ({end:yyyy-MM-dd HH:mm zzz}) is not after the start ({start:yyyy-MM-dd HH:mm zzz}). Nothing was sent.", end);
    }

    /// <summary>
    /// Throws <c>Pipes.InvalidInput</c> for an empty id, or text no event id is: Graph's ids are one word of base64 (letters, digits,
    /// + / = - _). A contact piped to Remove-PipesEvent binds its text ("Jo Roe &lt;jo@x.com&gt;") as the id; it must not be sent as one.
    /// </summary>
    public static void CheckEventId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) throw Invalid("No event id (-Id).", null);
        if (!EventIdText().IsMatch(id))
            throw Invalid($"'{(id.Length > 80 ? id[..77] + "..." : id)}' is not an event id (Graph's are one word of letters, digits and + / = - _). "
                + "Pipe events of Get-PipesEvent or New-PipesEvent, or give -Id. Nothing was sent for it.", id);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9+/=_-]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EventIdText();

    private static InvalidInputError Invalid(string message, object? target) => new("Outlook", "Calendar", message, target);
}
