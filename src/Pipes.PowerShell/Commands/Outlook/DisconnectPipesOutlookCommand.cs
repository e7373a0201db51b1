using System.Management.Automation;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Forgets the Outlook sign-in: the stored token is deleted.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "PipesOutlook", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class DisconnectPipesOutlookCommand : PipesCmdlet
{
    protected override void ProcessRecord()
    {
        if (!ShouldProcess("Outlook", "Forget the stored sign-in")) return;
        if (!Environment.Secrets.Remove(OutlookClient.TokenSecret)) WriteVerbose("There was no stored Outlook sign-in.");
        if (System.Environment.GetEnvironmentVariable("PIPES_OUTLOOK_ACCESS_TOKEN") is { Length: > 0 })
            WriteWarning("$env:PIPES_OUTLOOK_ACCESS_TOKEN is set in this session and still signs Pipes in.");
    }
}
