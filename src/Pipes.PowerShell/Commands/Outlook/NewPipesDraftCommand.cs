using System.Management.Automation;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Saves a draft in Outlook for review and returns its id.</summary>
[Cmdlet(VerbsCommon.New, "PipesDraft", SupportsShouldProcess = true)]
[OutputType(typeof(MailResult))]
public sealed class NewPipesDraftCommand : MailCmdlet
{
    private protected override string NotDone => "Not drafted";

    private protected override string NothingDone => "No draft was made";

    protected override void ProcessRecord() => Deliver("Create a draft", (client, mail, token) => client.CreateDraftAsync(mail, token));
}
