using System.Management.Automation;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Sends mail through Outlook, exactly once, and returns the sent message's id.</summary>
[Cmdlet(VerbsCommunications.Send, "PipesMail", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(MailResult))]
public sealed class SendPipesMailCommand : MailCmdlet
{
    protected override void ProcessRecord() => Deliver("Send mail", (client, mail, token) => client.SendMailAsync(mail, token));
}
