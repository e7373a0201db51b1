using System.Globalization;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>
/// A meeting's start or end as it was given: an instant (a <see cref="DateTimeOffset"/>, or a
/// <see cref="DateTime"/> of Kind Utc), the machine's wall-clock time (Kind Local), or a wall-clock
/// time in the calendar's zone (Kind Unspecified: -TimeZone, else Outlook.TimeZone, else the machine's).
/// A wall-clock time is never shifted silently: one that does not exist in its zone (the hour skipped
/// when clocks go forward) or exists twice (the hour repeated when they go back) is refused, naming
/// the offsets to choose from, before any request.
/// </summary>
public readonly record struct EventTime
{
    private EventTime(DateTimeOffset? instant, DateTime wallClock, bool machineLocal)
    {
        Instant = instant;
        WallClock = wallClock;
        MachineLocal = machineLocal;
    }

    /// <summary>The instant, when one was given; else null and <see cref="WallClock"/> holds the time.</summary>
    public DateTimeOffset? Instant { get; }

    /// <summary>A wall-clock time (Kind Unspecified) read in the calendar's zone, or the machine's when <see cref="MachineLocal"/>.</summary>
    public DateTime WallClock { get; }

    /// <summary>The wall-clock time is the machine's (the DateTime given was Kind Local).</summary>
    public bool MachineLocal { get; }

    /// <summary>A wall-clock time read in the zone of the calendar (or the event) it is for: neither an instant nor the machine's clock.</summary>
    public bool InCalendarZone => Instant is null && !MachineLocal;

    public static EventTime From(DateTimeOffset instant) => new(instant, default, false);

    /// <summary>Kind Utc is that instant; Local is the machine's wall clock; Unspecified is the calendar zone's wall clock.</summary>
    public static EventTime From(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => new(new DateTimeOffset(value), default, false),
        DateTimeKind.Local => new(null, DateTime.SpecifyKind(value, DateTimeKind.Unspecified), true),
        _ => new(null, value, false),
    };

    public static implicit operator EventTime(DateTimeOffset instant) => From(instant);

    public static implicit operator EventTime(DateTime value) => From(value);

    /// <summary>
    /// The instant this time names, wall-clock times read in <paramref name="zone"/> (or the machine's
    /// zone for Kind Local). Throws <see cref="InvalidInputError"/> (<c>Pipes.InvalidInput</c>, naming
    /// <paramref name="what"/>) for a wall-clock time that does not exist or is ambiguous there.
    /// </summary>
    public DateTimeOffset Resolve(TimeZoneInfo zone, string what = "-Start")
    {
        // At the ends of the calendar (9999-12-31 23:50 in Chicago) the instant falls outside what a time can hold: .NET's words,
        // as System.ArgumentOutOfRangeException, reached the user (a trial).
        var wall = Instant?.DateTime ?? WallClock;
        var shown = wall.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (wall.Year is 1 or 9999)
            throw new InvalidInputError("Outlook", "Time", $"{what} {shown} is at the very end of the calendar, outside the times Pipes and Graph can book. Nothing was sent.", shown);
        if (Instant is { } instant) return instant;
        var where = MachineLocal ? TimeZoneInfo.Local : zone;
        if (where.IsInvalidTime(wall))
        {
            var before = where.GetUtcOffset(wall.AddHours(-3));
            var after = where.GetUtcOffset(wall.AddHours(3));
            throw new InvalidInputError("Outlook", "Time",
                $"{what} {shown} does not exist in {where.Id}: the clocks skip that hour (from {Offset(before)} to {Offset(after)}). "
                + $"Give a time outside it, or an instant such as {wall:yyyy-MM-dd'T'HH:mm}{Offset(before)} ([DateTimeOffset]). Nothing was sent.", shown);
        }
        if (where.IsAmbiguousTime(wall))
        {
            var offsets = where.GetAmbiguousTimeOffsets(wall).OrderByDescending(o => o).ToArray();
            throw new InvalidInputError("Outlook", "Time",
                $"{what} {shown} happens twice in {where.Id} (the clocks go back): at {string.Join(" and at ", offsets.Select(Offset))}. "
                + $"Say which with an instant such as {wall:yyyy-MM-dd'T'HH:mm}{Offset(offsets[0])} ([DateTimeOffset]). Nothing was sent.", shown);
        }
        return new DateTimeOffset(wall, where.GetUtcOffset(wall));
    }

    /// <summary>"-05:00".</summary>
    internal static string Offset(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    public override string ToString() =>
        Instant is { } instant ? instant.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)
        : WallClock.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (MachineLocal ? " (local)" : "");
}

/// <summary>Graph's <c>dateTimeTimeZone</c> both ways.</summary>
public static class GraphTime
{
    /// <summary>
    /// <paramref name="instant"/> as Graph's <c>dateTimeTimeZone</c> in <paramref name="zone"/> (its Windows
    /// name). An instant in the hour a zone repeats (clocks going back) has a wall-clock time that names
    /// two instants, so it is sent in UTC instead: the meeting stays at the instant asked for. So is one in a zone whose Windows name
    /// keeps another clock then (<see cref="CalendarTimeZones.GraphKeepsTheClock"/>).
    /// </summary>
    public static (string DateTime, string TimeZone) ToGraph(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var wall = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        if (zone.IsAmbiguousTime(wall) || !CalendarTimeZones.GraphKeepsTheClock(zone, instant)) return (Format(instant.UtcDateTime), "UTC");
        return (Format(wall), CalendarTimeZones.GraphName(zone));
    }

    /// <summary>
    /// The instant a <c>dateTimeTimeZone</c> names. Pipes reads in UTC (<c>Prefer: outlook.timezone="UTC"</c>),
    /// where no wall-clock time is ambiguous; in another zone an ambiguous time is read as standard time.
    /// Null when the value is missing or unreadable.
    /// </summary>
    public static DateTimeOffset? FromGraph(string? dateTime, string? timeZone)
    {
        if (dateTime is null || !DateTime.TryParse(dateTime, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
            return null;
        if (string.IsNullOrEmpty(timeZone) || string.Equals(timeZone, "UTC", StringComparison.OrdinalIgnoreCase)
            || !CalendarTimeZones.TryResolve(timeZone, out var zone) || zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime)
            return new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        var wall = DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
    }

    /// <summary>
    /// An all-day event's bound as Graph gives it (<paramref name="read"/>: midnight of a date, in whatever zone
    /// was asked for, since Graph keeps all-day events as dates) as midnight of that date in <paramref name="zone"/>,
    /// at the zone's offset then. Converting it as an instant would move the day (midnight UTC is 18:00 the day
    /// before in Chicago).
    /// </summary>
    public static DateTimeOffset Midnight(DateTimeOffset read, TimeZoneInfo zone)
    {
        var date = read.DateTime.Date;
        return new DateTimeOffset(date, zone.GetUtcOffset(date));
    }

    /// <summary>Graph's own form: seven fractional digits, no offset.</summary>
    public static string Format(DateTime wall) => wall.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
}
