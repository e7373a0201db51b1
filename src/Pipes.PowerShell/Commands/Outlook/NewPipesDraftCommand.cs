using System.Management.Automation;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Saves a draft in Outlook for review and returns its id.</summary>
[Cmdlet(VerbsCommon.New, "PipesDraft", SupportsShouldProcess = true)]
[OutputType(typeof(MailResult))]
public sealed class NewPipesDraftCommand : MailCmdlet
{
    protected override void ProcessRecord() => Deliver("Create a draft", (client, mail, token) => client.CreateDraftAsync(mail, token));
}
