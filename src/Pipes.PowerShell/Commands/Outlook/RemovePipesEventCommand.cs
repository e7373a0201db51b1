using System.Management.Automation;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Deletes (cancels) Outlook events by id; asks first unless -Confirm:$false.</summary>
[OutputType(typeof(void))]
[Cmdlet(VerbsCommon.Remove, "PipesEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
public sealed class RemovePipesEventCommand : CalendarCmdlet
{
    /// <summary>The events; binds Id from piped events. Each id is its own item: a missing one is Pipes.NotFound and the next goes on.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] Id { get; set; } = [];

    protected override void ProcessRecord()
    {
        foreach (var id in Id)
        {
            if (!ShouldProcessOrSayHow(id, "Delete the event (Outlook sends its attendees a cancellation)")) continue;
            ForItem(id, () => Run(token => Client.DeleteEventAsync(id, token)));
        }
    }
}
