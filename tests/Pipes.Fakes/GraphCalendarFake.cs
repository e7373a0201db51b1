using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipes.Fakes;

/// <summary>
/// Graph's calendar as its v1.0 documentation describes it (user-post-events, user-list-events,
/// user-list-calendarview, event-get, event-update, event-delete, datetimetimezone):
/// <c>POST …/events</c> answers 201 with the event and the server's fields (id, changeKey, webLink,
/// originalStartTimeZone, organizer, attendees' status, type, and for <c>isOnlineMeeting</c> with
/// <c>teamsForBusiness</c> an <c>onlineMeeting.joinUrl</c>); a repeated <c>transactionId</c> gives back the
/// event it made. <c>GET …/events</c> lists single events and series masters, never occurrences;
/// <c>GET …/calendarView</c> needs both <c>startDateTime</c> and <c>endDateTime</c> (400 otherwise; no offset
/// means UTC), lists the events overlapping that window with each recurring series expanded into its
/// occurrences (type occurrence, seriesMasterId), by start. Recurrence supported: pattern <c>daily</c> or
/// <c>weekly</c> (interval, daysOfWeek), range <c>numbered</c>, <c>endDate</c> or <c>noEnd</c>, expanded in the
/// series' own zone (a 9:00 weekly meeting stays at 9:00 across a daylight-saving change); monthly and yearly
/// patterns are 400, and occurrences cannot be changed or deleted one by one. Lists page with <c>$top</c>
/// (default 10) and an absolute <c>@odata.nextLink</c>; a page that ends exactly at the last event still
/// carries a link, to an empty page, as Graph's sometimes do. <c>GET|PATCH|DELETE …/events/{id}</c> (200,
/// 200 with the event, 204); an unknown id is 404 ErrorItemNotFound. <c>start</c>/<c>end</c> are written with
/// seven fractional digits in the zone of <c>Prefer: outlook.timezone</c> (UTC without it), echoed in
/// <c>Preference-Applied</c>; zones may be Windows or IANA names, an unknown one is 400
/// TimeZoneNotSupportedException. <c>$select</c> keeps the properties named (and id). 429s come from the
/// shared fault switches and the per-mailbox limits. <see cref="TeamsAvailable"/> false (POST
/// /_fake/graph/teams?enabled=false) plays a mailbox that cannot host Teams meetings: the event is made
/// without a join URL (what Graph then answers exactly is UNVERIFIED; this fake answers isOnlineMeeting false).
/// An event with <c>isAllDay</c> is read back as midnight to midnight of its dates in any preferred zone, as Graph does.
/// </summary>
public sealed partial class GraphFake
{
    private const int MaxOccurrences = 5000;
    private readonly ConcurrentDictionary<string, JsonObject> _events = new();
    private volatile bool _teamsAvailable = true;

    /// <summary>Whether the mailbox can host Teams meetings (false: events are made without a join URL).</summary>
    public bool TeamsAvailable { get => _teamsAvailable; set => _teamsAvailable = value; }

    /// <summary>The events stored (single events and series masters), by id.</summary>
    public IReadOnlyDictionary<string, JsonObject> Events => _events;

    private void MapCalendar(RouteGroupBuilder group)
    {
        group.MapPost("/events", (Func<HttpContext, Task<IResult>>)CreateEvent);
        group.MapGet("/events", (HttpContext context) => Page(context, _events.Values.OrderBy(e => Instant(e, "start")).ToList()));
        group.MapGet("/events/{id}", (HttpContext context, string id) =>
            FindEvent(id) is { } found ? Render(context, found) : NotFoundError());
        group.MapMethods("/events/{id}", ["PATCH"], (Func<HttpContext, string, Task<IResult>>)UpdateEvent);
        group.MapDelete("/events/{id}", (string id) =>
        {
            if (_events.TryRemove(id, out _)) return Results.StatusCode(204);
            return FindEvent(id) is null ? NotFoundError() : Error(400, "ErrorInvalidRequest", "This fake does not delete single occurrences of a series.");
        });
        group.MapGet("/calendarView", CalendarView);
    }

    private void MapCalendarControl(WebApplication app) =>
        app.MapPost("/_fake/graph/teams", (bool enabled) =>
        {
            TeamsAvailable = enabled;
            return Results.Ok(new { teams = enabled });
        });

    private void ResetCalendar()
    {
        _events.Clear();
        TeamsAvailable = true;
    }

    private static IResult NotFoundError() => Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    private async Task<IResult> CreateEvent(HttpContext context)
    {
        JsonObject? body;
        try { body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject; }
        catch (JsonException) { return Error(400, "BadRequest", "Unable to read JSON request payload."); }
        if (body is null) return Error(400, "BadRequest", "Empty payload.");
        body = Lowered(body);
        if ((string?)body["transactionId"] is { } transaction && _events.Values.FirstOrDefault(e => (string?)e["transactionId"] == transaction) is { } made)
            return Render(context, made, 201);
        if (Times(body, null) is { Error: { } bad }) return bad;
        var id = NewId();
        var mailbox = context.Request.RouteValues["user"]?.ToString() ?? "landman@permianpipes.com";
        var now = Now();
        var stored = new JsonObject
        {
            ["id"] = id,
            ["@odata.etag"] = $"W/\"{Guid.NewGuid():N}\"",
            ["createdDateTime"] = now,
            ["lastModifiedDateTime"] = now,
            ["changeKey"] = Guid.NewGuid().ToString("N"),
            ["categories"] = new JsonArray(),
            ["transactionId"] = body["transactionId"]?.DeepClone(),
            ["originalStartTimeZone"] = (string?)body["start"]?["timeZone"],
            ["originalEndTimeZone"] = (string?)body["end"]?["timeZone"],
            ["iCalUId"] = "040000008200E00074C5B7101A82E008" + Guid.NewGuid().ToString("N").ToUpperInvariant(),
            ["reminderMinutesBeforeStart"] = 15,
            ["isReminderOn"] = true,
            ["hasAttachments"] = false,
            ["subject"] = "",
            ["bodyPreview"] = "",
            ["importance"] = "normal",
            ["sensitivity"] = "normal",
            ["isAllDay"] = false,
            ["isCancelled"] = false,
            ["isOrganizer"] = true,
            ["responseRequested"] = true,
            ["seriesMasterId"] = null,
            ["showAs"] = "busy",
            ["type"] = "singleInstance",
            ["webLink"] = $"https://outlook.office365.com/owa/?itemid={Uri.EscapeDataString(id)}&exvsurl=1&path=/calendar/item",
            ["onlineMeetingUrl"] = null,
            ["isOnlineMeeting"] = false,
            ["onlineMeetingProvider"] = "unknown",
            ["onlineMeeting"] = null,
            ["responseStatus"] = new JsonObject { ["response"] = "organizer", ["time"] = "0001-01-01T00:00:00Z" },
            ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "" },
            ["location"] = new JsonObject { ["displayName"] = "", ["locationType"] = "default" },
            ["locations"] = new JsonArray(),
            ["recurrence"] = null,
            ["attendees"] = new JsonArray(),
            ["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = "Pat Landman", ["address"] = mailbox == "me" ? "landman@permianpipes.com" : mailbox } },
        };
        if (Apply(stored, body) is { } refused) return refused;
        if (stored["recurrence"] is JsonObject) stored["type"] = "seriesMaster";
        _events[id] = stored;
        return Render(context, stored, 201);
    }

    private async Task<IResult> UpdateEvent(HttpContext context, string id)
    {
        if (!_events.TryGetValue(id, out var stored))
            return FindEvent(id) is null ? NotFoundError() : Error(400, "ErrorInvalidRequest", "This fake does not change single occurrences of a series.");
        JsonObject? body;
        try { body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject; }
        catch (JsonException) { return Error(400, "BadRequest", "Unable to read JSON request payload."); }
        if (body is null) return Error(400, "BadRequest", "Empty payload.");
        body = Lowered(body);
        var candidate = (JsonObject)stored.DeepClone();
        if (Times(body, candidate) is { Error: { } bad }) return bad;
        if (Apply(candidate, body) is { } refused) return refused;
        candidate["lastModifiedDateTime"] = Now();
        candidate["changeKey"] = Guid.NewGuid().ToString("N");
        _events[id] = candidate;
        return Render(context, candidate);
    }

    /// <summary>Copies the writable properties of <paramref name="body"/> onto <paramref name="stored"/>; start and end are kept as UTC instants (<c>_start</c>, <c>_end</c>) and the zone they were given in.</summary>
    private IResult? Apply(JsonObject stored, JsonObject body)
    {
        foreach (var name in new[] { "subject", "location", "reminderMinutesBeforeStart", "isReminderOn", "showAs", "importance", "sensitivity", "recurrence", "onlineMeetingProvider", "isOnlineMeeting", "isAllDay" })
            if (body.ContainsKey(name)) stored[name] = body[name]?.DeepClone();
        if (body["body"] is JsonObject text)
        {
            stored["body"] = text.DeepClone();
            var content = (string?)text["content"] ?? "";
            stored["bodyPreview"] = content.Length > 255 ? content[..255] : content;
        }
        if (body["attendees"] is JsonArray attendees)
        {
            stored["attendees"] = new JsonArray(attendees.OfType<JsonObject>().Select(a => (JsonNode)new JsonObject
            {
                ["type"] = (string?)a["type"] ?? "required",
                ["status"] = new JsonObject { ["response"] = "none", ["time"] = "0001-01-01T00:00:00Z" },
                ["emailAddress"] = a["emailAddress"]?.DeepClone(),
            }).ToArray());
        }
        foreach (var edge in new[] { "start", "end" })
        {
            if (body[edge] is not JsonObject given) continue;
            stored["_" + edge] = Parse(given)!.Value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            stored["_" + edge + "Zone"] = (string?)given["timeZone"];
            stored["_" + edge + "Wall"] = (string?)given["dateTime"];
        }
        // Graph's rule for an all-day event: start and end at midnight, in one zone, a whole number of days apart (the end the day after the
        // last); anything else is refused with its generic validation error (microsoft-graph-docs issues 6129 and 7919).
        if ((bool?)stored["isAllDay"] == true && !WholeDays(stored)) return Error(400, "ErrorPropertyValidationFailure", "At least one property failed validation.");
        if (stored["recurrence"] is JsonObject recurrence && (string?)recurrence["pattern"]?["type"] is { } pattern && pattern is not ("daily" or "weekly"))
            return Error(400, "ErrorInvalidRequest", $"This fake expands only daily and weekly recurrence, not {pattern}.");
        if ((bool?)stored["isOnlineMeeting"] == true && (string?)stored["onlineMeetingProvider"] == "teamsForBusiness")
        {
            if (TeamsAvailable)
                stored["onlineMeeting"] ??= new JsonObject { ["joinUrl"] = $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{Guid.NewGuid():N}%40thread.v2/0?context=%7b%22Tid%22%3a%22fake%22%7d" };
            else
            {
                stored["isOnlineMeeting"] = false;
                stored["onlineMeetingProvider"] = "unknown";
                stored["onlineMeeting"] = null;
            }
        }
        else if ((bool?)stored["isOnlineMeeting"] != true) stored["onlineMeeting"] = null;
        return null;
    }

    private static bool WholeDays(JsonObject stored)
    {
        if ((string?)stored["_startZone"] != (string?)stored["_endZone"]) return false;
        if (!DateTime.TryParse((string?)stored["_startWall"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateTime.TryParse((string?)stored["_endWall"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)) return false;
        return start.TimeOfDay == TimeSpan.Zero && end.TimeOfDay == TimeSpan.Zero && end >= start.AddDays(1);
    }

    /// <summary>Checks the start and end of a create or update (each a dateTimeTimeZone in a known zone, the end after the start).</summary>
    private static (IResult? Error, bool Ok) Times(JsonObject body, JsonObject? current)
    {
        DateTimeOffset? start = current is null ? null : Instant(current, "start"), end = current is null ? null : Instant(current, "end");
        foreach (var edge in new[] { "start", "end" })
        {
            if (body[edge] is null) continue;
            if (body[edge] is not JsonObject given || (string?)given["dateTime"] is null)
                return (Error(400, "ErrorInvalidRequest", $"'{edge}' must be a dateTimeTimeZone with dateTime and timeZone."), false);
            if (!ZoneOf((string?)given["timeZone"], out _))
                return (Error(400, "TimeZoneNotSupportedException", $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{(string?)given["timeZone"]}'."), false);
            var instant = Parse(given);
            if (instant is null) return (Error(400, "ErrorInvalidRequest", $"'{edge}.dateTime' is not a date and time."), false);
            if (edge == "start") start = instant; else end = instant;
        }
        if (current is null && (start is null || end is null)) return (Error(400, "ErrorInvalidRequest", "An event needs a start and an end."), false);
        if (start is { } s && end is { } e && e < s) return (Error(400, "ErrorInvalidRequest", "The end time must not be before the start time."), false);
        return (null, true);
    }

    private IResult CalendarView(HttpContext context)
    {
        var query = context.Request.Query;
        var from = ParseBound(query["startDateTime"].ToString());
        var to = ParseBound(query["endDateTime"].ToString());
        if (from is null || to is null)
            return Error(400, "ErrorInvalidParameter", "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.");
        var items = new List<JsonObject>();
        foreach (var stored in _events.Values)
        {
            if (stored["recurrence"] is JsonObject) items.AddRange(Occurrences(stored).TakeWhile(o => Instant(o, "start") < to).Where(o => Instant(o, "end") > from));
            else if (Instant(stored, "start") < to && Instant(stored, "end") > from) items.Add(stored);
        }
        return Page(context, items.OrderBy(e => Instant(e, "start")).ToList());
    }

    /// <summary>A list's page: $top (default 10), $skip, $select, times in the preferred zone, and a next link while a page was full.</summary>
    private IResult Page(HttpContext context, List<JsonObject> all)
    {
        var query = context.Request.Query;
        var top = int.TryParse(query["$top"], out var t) ? Math.Clamp(t, 1, 1000) : 10;
        var skip = int.TryParse(query["$skip"], out var s) ? Math.Max(0, s) : 0;
        var zone = PreferredZone(context, out var applied);
        var page = all.Skip(skip).Take(top).Select(e => (JsonNode)Shape(e, zone, applied, query["$select"].ToString())).ToArray();
        var result = new JsonObject
        {
            ["@odata.context"] = new Uri(_base!, "v1.0/$metadata#users('me')/events").ToString(),
            ["value"] = new JsonArray(page),
        };
        // Graph may link to one more (empty) page when the last page is exactly full: a client must stop on an empty page with no link.
        if (page.Length == top)
        {
            var next = query.ToDictionary(q => q.Key, q => q.Value.ToString());
            next["$skip"] = (skip + top).ToString(CultureInfo.InvariantCulture);
            result["@odata.nextLink"] = new Uri(_base!, context.Request.Path.Value!.TrimStart('/')) + "?" + string.Join("&", next.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        }
        if (applied is not null) context.Response.Headers["Preference-Applied"] = $"outlook.timezone=\"{applied}\"";
        return Results.Json(result);
    }

    private IResult Render(HttpContext context, JsonObject stored, int status = 200)
    {
        var zone = PreferredZone(context, out var applied);
        if (applied is not null) context.Response.Headers["Preference-Applied"] = $"outlook.timezone=\"{applied}\"";
        return Results.Json(Shape(stored, zone, applied, context.Request.Query["$select"].ToString()), statusCode: status);
    }

    /// <summary>The event as Graph writes it: start/end in <paramref name="zone"/> with seven fractional digits, internal fields dropped, $select applied.</summary>
    private static JsonObject Shape(JsonObject stored, TimeZoneInfo zone, string? zoneName, string select)
    {
        var shaped = new JsonObject();
        var wanted = select.Length == 0 ? null : new HashSet<string>(select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase) { "id" };
        foreach (var (name, value) in stored)
        {
            if (name.StartsWith('_') || (wanted is not null && !wanted.Contains(name) && name != "@odata.etag")) continue;
            shaped[name] = value?.DeepClone();
        }
        foreach (var edge in new[] { "start", "end" })
        {
            if (wanted is not null && !wanted.Contains(edge)) continue;
            // An all-day event is a span of dates: midnight to midnight in whatever zone is asked for (Graph's
            // documented answer, microsoftgraph/microsoft-graph-docs#1802 and #6003), not the instants converted.
            var local = (bool?)stored["isAllDay"] == true && (string?)stored["_" + edge + "Wall"] is { } wall
                ? DateTime.Parse(wall, CultureInfo.InvariantCulture).Date
                : TimeZoneInfo.ConvertTime(Instant(stored, edge), zone).DateTime;
            shaped[edge] = new JsonObject { ["dateTime"] = local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = zoneName ?? "UTC" };
        }
        return shaped;
    }

    /// <summary>The zone of Prefer: outlook.timezone="…" (UTC when absent or unknown); <paramref name="applied"/> is its name as asked, or null.</summary>
    private static TimeZoneInfo PreferredZone(HttpContext context, out string? applied)
    {
        applied = null;
        foreach (var header in context.Request.Headers["Prefer"])
        {
            foreach (var part in (header ?? "").Split(','))
            {
                var match = PreferTimeZone().Match(part);
                if (match.Success && ZoneOf(match.Groups["zone"].Value, out var zone))
                {
                    applied = match.Groups["zone"].Value;
                    return zone;
                }
            }
        }
        return TimeZoneInfo.Utc;
    }

    /// <summary>A series' occurrences in order, each an event of type occurrence with its own id (the master's and the date).</summary>
    private static IEnumerable<JsonObject> Occurrences(JsonObject master)
    {
        var pattern = master["recurrence"]!["pattern"]!;
        var range = master["recurrence"]!["range"]!;
        ZoneOf((string?)master["_startZone"], out var zone);
        var first = TimeZoneInfo.ConvertTime(Instant(master, "start"), zone);
        var length = Instant(master, "end") - Instant(master, "start");
        var interval = Math.Max(1, (int?)pattern["interval"] ?? 1);
        var days = ((pattern["daysOfWeek"] as JsonArray) ?? []).Select(d => Enum.Parse<DayOfWeek>((string)d!, ignoreCase: true)).ToHashSet();
        if (days.Count == 0) days.Add(first.DayOfWeek);
        var count = (string?)range["type"] == "numbered" ? (int?)range["numberOfOccurrences"] ?? 1 : int.MaxValue;
        var last = (string?)range["type"] == "endDate" && DateOnly.TryParse((string?)range["endDate"], CultureInfo.InvariantCulture, out var endDate) ? endDate : DateOnly.MaxValue;
        var made = 0;
        for (var day = DateOnly.FromDateTime(first.DateTime); made < Math.Min(count, MaxOccurrences) && day <= last; day = day.AddDays(1))
        {
            var daysIn = day.DayNumber - DateOnly.FromDateTime(first.DateTime).DayNumber;
            var due = (string?)pattern["type"] == "daily"
                ? daysIn % interval == 0
                : days.Contains(day.DayOfWeek) && (daysIn + (int)first.DayOfWeek) / 7 % interval == 0;
            if (!due) continue;
            made++;
            var wall = day.ToDateTime(TimeOnly.FromDateTime(first.DateTime));
            var start = new DateTimeOffset(wall, zone.GetUtcOffset(wall));
            var occurrence = (JsonObject)master.DeepClone();
            occurrence["id"] = (string)master["id"]! + "_" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            occurrence["type"] = "occurrence";
            occurrence["seriesMasterId"] = (string)master["id"]!;
            occurrence["recurrence"] = null;
            occurrence["_start"] = start.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            occurrence["_end"] = (start + length).UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            yield return occurrence;
        }
    }

    /// <summary>A stored event, or an occurrence of a stored series by its id.</summary>
    private JsonObject? FindEvent(string id)
    {
        if (_events.TryGetValue(id, out var stored)) return stored;
        var cut = id.LastIndexOf('_');
        if (cut < 0 || !_events.TryGetValue(id[..cut], out var master) || master["recurrence"] is not JsonObject) return null;
        return Occurrences(master).FirstOrDefault(o => (string?)o["id"] == id);
    }

    private static DateTimeOffset Instant(JsonObject stored, string edge) =>
        DateTimeOffset.Parse((string)stored["_" + edge]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>A dateTimeTimeZone as an instant: the wall clock read in its zone.</summary>
    private static DateTimeOffset? Parse(JsonObject given)
    {
        if (!ZoneOf((string?)given["timeZone"], out var zone)) return null;
        if (!DateTime.TryParse((string?)given["dateTime"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall)) return null;
        wall = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
    }

    /// <summary>calendarView's bounds: ISO 8601, with an offset or Z; without one it is UTC.</summary>
    private static DateTimeOffset? ParseBound(string text) =>
        text.Length > 0 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>Windows or IANA zone names, as Graph takes them.</summary>
    private static bool ZoneOf(string? name, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(name)) return false;
        if (name is "UTC" or "tzone://Microsoft/Utc") return true;
        try { zone = TimeZoneInfo.FindSystemTimeZoneById(name); return true; }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return false;
        }
    }

    /// <summary>Graph matches property names in any case (the SDK sends PascalCase for some); the fake reads them camelCased.</summary>
    private static JsonObject Lowered(JsonObject body) =>
        new(body.Select(p => KeyValuePair.Create(p.Key.Length > 0 ? char.ToLowerInvariant(p.Key[0]) + p.Key[1..] : p.Key, p.Value?.DeepClone())));

    [GeneratedRegex("^\\s*outlook\\.timezone\\s*=\\s*\"(?<zone>[^\"]+)\"\\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PreferTimeZone();
}
