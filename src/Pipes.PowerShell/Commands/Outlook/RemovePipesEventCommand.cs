using System.Management.Automation;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Deletes (cancels) Outlook events by id; asks first unless -Confirm:$false.</summary>
[OutputType(typeof(void))]
[Cmdlet(VerbsCommon.Remove, "PipesEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
public sealed class RemovePipesEventCommand : CalendarCmdlet
{
    /// <summary>The events; binds Id from piped events. Each id is its own item: a missing one is Pipes.NotFound and the next goes on.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] Id { get; set; } = [];

    /// <summary>A piped event's subject, named beside its id in -WhatIf and -Confirm: which meeting is cancelled, not only its id.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? Subject { get; set; }

    /// <summary>A piped event's start, named beside its subject in -WhatIf and -Confirm.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public DateTimeOffset? Start { get; set; }

    /// <summary>-Id typed: a piped object's Subject and Start are not that event's, and must not name it.</summary>
    private bool _idTyped;

    protected override void BeginProcessing()
    {
        _idTyped = MyInvocation.BoundParameters.ContainsKey(nameof(Id)); // pipeline values are not bound yet
        base.BeginProcessing();
    }

    protected override void ProcessRecord()
    {
        // Only for one piped event: its Subject and Start are its own, not those of a list of ids, nor of an -Id typed beside it.
        var described = !_idTyped && Id.Length == 1 && (Subject is not null || Start is not null)
            ? $"{Id[0]} ('{Subject}'{(Start is { } start ? ", " + Shown(start) : "")})"
            : null;
        foreach (var id in Id)
        {
            // Before -WhatIf and -Confirm: a piped contact's text is no event to ask about.
            try { Pipes.Outlook.OutlookClient.CheckEventId(id); }
            catch (PipesException error) { Fail(error, id); continue; }
            if (!ShouldProcessOrSayHow(described ?? id, "Delete the event (Outlook sends its attendees a cancellation)")) continue;
            ForItem(id, () => Run(token => Client.DeleteEventAsync(id, token)));
        }
    }
}
