using System.Management.Automation;
using Pipes.Outlook;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Reads the Outlook calendar: the events of a range (recurring series as their occurrences), or events by id.</summary>
[Cmdlet(VerbsCommon.Get, "PipesEvent", DefaultParameterSetName = "Range")]
[OutputType(typeof(CalendarEvent))]
public sealed class GetPipesEventCommand : CalendarCmdlet
{
    /// <summary>The start of the range.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Range")]
    [EventTimeTransformation]
    public object? Start { get; set; }

    /// <summary>The end of the range.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = "Range")]
    [EventTimeTransformation]
    public object? End { get; set; }

    /// <summary>Event ids; binds Id from piped events.</summary>
    [Parameter(Mandatory = true, ParameterSetName = "Id", ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] Id { get; set; } = [];

    /// <summary>The zone of wall-clock -Start/-End and of the times shown (IANA or Windows name).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(TimeZoneCompleter))]
    // Bound to $null (a variable that is not set) it is "", refused by CalendarTimeZones.Effective, not taken for "not given".
    public string? TimeZone { get => _timeZone; set => _timeZone = value ?? ""; }
    private string? _timeZone;

    protected override void ProcessRecord()
    {
        if (ParameterSetName == "Range")
        {
            ForItem(null, () => Stream(token => Client.GetEventsAsync(ToTime(Start)!.Value, ToTime(End)!.Value, TimeZone, token), e => WriteObject(e), "Get-PipesEvent"));
            return;
        }
        foreach (var id in Id) ForItem(id, () => WriteObject(Run(token => Client.GetEventAsync(id, TimeZone, token))));
    }

    /// <summary>A range is one piece of work: any failure ends it. Ids are items: a missing one is its own error.</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) =>
        ParameterSetName == "Range" || base.StopsCommand(errorId, everyItemWouldFail);
}
