using System.Management.Automation;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// Moves a held-back watermark (what -CommitVariable of Get-PipesInbox or Get-ACContact gave) once the records are stored:
/// the cmdlet form of its Commit(), whose failures reach a script as a Pipes.* error (Pipes.ConfigLocked, Pipes.AccessDenied,
/// Pipes.CorruptConfigFile) rather than as PowerShell's MethodInvocationException around one.
/// </summary>
[Cmdlet(VerbsLifecycle.Complete, "PipesWatermark", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(PendingWatermark))]
public sealed class CompletePipesWatermarkCommand : PipesCmdlet
{
    /// <summary>The held-back move: the PendingWatermark that -CommitVariable put in its variable.</summary>
    /// <remarks>Typed object, not PendingWatermark: a Core type in a public signature would load Core when the module is imported.</remarks>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowNull] // a mistyped variable is $null: Pipes.InvalidInput saying what to pass, not the binder's NullNotAllowed
    public object? Watermark { get; set; }

    /// <summary>Writes the watermark (Key, Count, Committed) to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var given = Watermark is PSObject wrapped ? wrapped.BaseObject : Watermark;
        ForItem(given, () => Complete(given));
    }

    private void Complete(object? given)
    {
        if (given is not PendingWatermark pending)
            throw new PipesException(ErrorIds.InvalidInput, PipesErrorKind.InvalidInput,
                $"-Watermark takes the held-back move that -CommitVariable of Get-PipesInbox or Get-ACContact puts in its variable, not {(given is null ? "$null" : "a " + given.GetType().Name)}.",
                "Pass the variable -CommitVariable named: Get-PipesInbox -CommitVariable inboxPull ...; Complete-PipesWatermark $inboxPull.", given);
        if (pending.Committed)
        {
            WriteVerbose($"{pending.Key}: already committed; nothing to do.");
        }
        else if (ShouldProcessOrSayHow(pending.Key, $"Move the watermark past the {pending.Count:N0} record(s) read"))
        {
            WriteVerbose(Commit(pending)
                ? $"{pending.Key}: moved past the {pending.Count:N0} record(s) read."
                : $"{pending.Key}: no new position to move to (nothing was read, or the read was cut short); it stays where it was.");
        }
        if (PassThru) WriteObject(pending);
    }
}
