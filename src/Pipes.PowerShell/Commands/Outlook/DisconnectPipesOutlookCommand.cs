using System.Management.Automation;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Forgets the Outlook sign-in: the stored token and the cached app-only tokens are deleted.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "PipesOutlook", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class DisconnectPipesOutlookCommand : PipesCmdlet
{
    protected override void ProcessRecord() => ForItem("Outlook", Disconnect);

    private void Disconnect()
    {
        if (!ShouldProcessOrSayHow("Outlook", "Forget the stored sign-in")) return;
        var removed = Environment.Secrets.Remove(GraphConnection.TokenSecret, CancellationToken);
        removed |= GraphConnection.ForgetCachedSignIns(Environment); // cached tokens and accounts
        if (!removed) WriteVerbose("There was no stored Outlook sign-in.");
        WriteVerbose("The app registration's settings and client secret are kept; Remove-PipesSecret Outlook.ClientSecret deletes the secret.");
        if (System.Environment.GetEnvironmentVariable("PIPES_OUTLOOK_ACCESS_TOKEN") is { Length: > 0 })
            WriteWarning("$env:PIPES_OUTLOOK_ACCESS_TOKEN is set in this session and still signs Pipes in.");
    }
}
