using Pipes.Outlook;

namespace Pipes.PowerShell.Completers;

/// <summary>Completes -TimeZone with the zones this machine knows, by IANA and by Windows name.</summary>
public sealed class TimeZoneCompleter : NameCompleter
{
    private protected override IEnumerable<(string, string)> Candidates() => CalendarTimeZones.Names();
}
