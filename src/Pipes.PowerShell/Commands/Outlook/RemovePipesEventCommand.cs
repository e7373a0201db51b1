using System.Management.Automation;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Deletes (cancels) Outlook events by id; asks first unless -Confirm:$false.</summary>
[OutputType(typeof(void))]
[Cmdlet(VerbsCommon.Remove, "PipesEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
public sealed class RemovePipesEventCommand : CalendarCmdlet
{
    /// <summary>The event; binds Id from piped events.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string Id { get; set; } = "";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess(Id, "Delete the event (Outlook sends its attendees a cancellation)")) return;
        ForItem(Id, () => Run(token => Client.DeleteEventAsync(Id, token)));
    }
}
