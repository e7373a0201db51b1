using System.Security;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>
/// Time-zone names as people write them, on every platform: IANA (<c>America/Chicago</c>) and Windows
/// (<c>Central Standard Time</c>), any case, through .NET's own tables (ICU on Linux and macOS):
/// <see cref="TimeZoneInfo.FindSystemTimeZoneById"/>, then the other naming through
/// <see cref="TimeZoneInfo.TryConvertIanaIdToWindowsId(string, out string)"/> /
/// <see cref="TimeZoneInfo.TryConvertWindowsIdToIanaId(string, out string)"/>.
/// Graph is sent the Windows name: its <c>dateTimeTimeZone.timeZone</c> takes "any of the time zones
/// currently supported by Windows" and only a listed subset of IANA names, which create and update may
/// not all support (learn.microsoft.com/graph/api/resources/datetimetimezone).
/// </summary>
public static class CalendarTimeZones
{
    /// <summary>The setting that names the zone of wall-clock times when <c>-TimeZone</c> is not given.</summary>
    public const string Setting = "Outlook.TimeZone";

    /// <summary>The zone named <paramref name="name"/>, or false (never throws).</summary>
    public static bool TryResolve(string? name, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        var text = name?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 100) return false;
        if (Find(text) is { } found) { zone = found; return true; }
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(text, out var iana) && Find(iana) is { } fromWindows) { zone = fromWindows; return true; }
        if (TimeZoneInfo.TryConvertIanaIdToWindowsId(text, out var windows) && Find(windows) is { } fromIana) { zone = fromIana; return true; }
        // Another case than the table's ("america/chicago", "central standard time"): the lookups above are exact.
        var spelled = Names().Select(n => n.Name).FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return spelled is not null && !string.Equals(spelled, text, StringComparison.Ordinal) && TryResolve(spelled, out zone);
    }

    /// <summary>
    /// The zone named <paramref name="name"/>; throws <see cref="InvalidInputError"/> (<c>Pipes.UnknownTimeZone</c>, target: the name) when there is none,
    /// naming <paramref name="source"/> (-TimeZone, or the setting) and ending with <paramref name="nothingDone"/> ("Nothing was sent.", "Nothing was read.").
    /// </summary>
    public static TimeZoneInfo Resolve(string name, string source = "-TimeZone", string nothingDone = NothingSent) =>
        TryResolve(name, out var zone) ? zone : throw new InvalidInputError("Outlook", "TimeZone",
            $"{source}: '{name}' is not a time zone known here. Use an IANA name such as America/Chicago or a Windows name such as Central Standard Time (Tab completes them). {nothingDone}",
            name, ErrorIds.UnknownTimeZone);

    private const string NothingSent = "Nothing was sent.";

    /// <summary>
    /// The zone of wall-clock times: <paramref name="given"/> (-TimeZone; null when not given), else the
    /// <c>Outlook.TimeZone</c> setting (<paramref name="setting"/>, read only then: a broken setting does not stop a
    /// command that names its zone), else the machine's zone. Throws <c>Pipes.UnknownTimeZone</c> for a name that is
    /// neither IANA nor Windows, and <c>Pipes.InvalidInput</c> for an empty or blank -TimeZone (a variable that is not set,
    /// which would put every time in the machine's zone unsaid).
    /// </summary>
    public static TimeZoneInfo Effective(string? given, Func<string?> setting, string nothingDone = NothingSent)
    {
        if (given is not null)
            return !string.IsNullOrWhiteSpace(given) ? Resolve(given, nothingDone: nothingDone)
                : throw new InvalidInputError("Outlook", "TimeZone",
                    $"-TimeZone is empty, most likely a variable that is not set. Name a zone (America/Chicago, Central Standard Time), or leave -TimeZone out to use the {Setting} setting, else this machine's zone. {nothingDone}",
                    given);
        return setting() is { } named && !string.IsNullOrWhiteSpace(named) ? Resolve(named, Setting, nothingDone) : TimeZoneInfo.Local;
    }

    /// <summary>The name Graph is sent for <paramref name="zone"/>: "UTC", else its Windows name, else (no Windows equivalent) its IANA id.</summary>
    public static string GraphName(TimeZoneInfo zone)
    {
        if (zone.Id is "UTC" or "Etc/UTC" or "Etc/Universal" or "Etc/Zulu" || (zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime && zone.Id.StartsWith("Etc/", StringComparison.Ordinal)))
            return "UTC";
        if (!zone.HasIanaId) return zone.Id;
        return TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out var windows) ? windows : zone.Id;
    }

    /// <summary>
    /// Whether the Windows zone Graph is sent for <paramref name="zone"/> (<see cref="GraphName"/>) keeps the same clock at
    /// <paramref name="instant"/>. Not always: ICU maps some IANA zones to a Windows zone whose rules differ (America/Ojinaga, on
    /// Central time since 2022, to Mountain Standard Time; America/Mazatlan, Asia/Urumqi), and Graph reads the wall-clock time by the
    /// Windows zone's rules (a trial: a meeting at 10:00 was booked at 11:00). Judged by the Windows zone's own IANA zone
    /// (CLDR's territory 001), the one Windows' rules follow.
    /// </summary>
    public static bool GraphKeepsTheClock(TimeZoneInfo zone, DateTimeOffset instant)
    {
        var name = GraphName(zone);
        if (name == "UTC" || name == zone.Id || !TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var primary) || primary == zone.Id) return true;
        return Find(primary) is not { } windows || windows.GetUtcOffset(instant) == zone.GetUtcOffset(instant);
    }

    /// <summary>Every name <see cref="TryResolve"/> takes exactly: the system's zone ids and their other naming (what -TimeZone completes).</summary>
    public static IEnumerable<(string Name, string Description)> Names()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            if (seen.Add(zone.Id)) yield return (zone.Id, zone.DisplayName);
            var other = zone.HasIanaId
                ? TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out var windows) ? windows : null
                : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
            if (other is not null && seen.Add(other)) yield return (other, zone.DisplayName);
        }
    }

    private static TimeZoneInfo? Find(string id)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or SecurityException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
