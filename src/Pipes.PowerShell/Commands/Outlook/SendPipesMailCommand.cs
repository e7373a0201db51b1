using System.Management.Automation;
using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Sends mail through Outlook, exactly once, and returns the sent message's id.</summary>
[Cmdlet(VerbsCommunications.Send, "PipesMail", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(MailResult))]
public sealed class SendPipesMailCommand : MailCmdlet
{
    protected override void ProcessRecord()
    {
        if (BuildMail() is not { } mail) return;
        if (!ShouldProcess(string.Join("; ", mail.To), $"Send '{mail.Subject}'")) return;
        try
        {
            WriteObject(Run(token => new OutlookClient(Environment).SendMailAsync(mail, token)));
        }
        catch (PipesException error) when (error.Kind is PipesErrorKind.Authentication or PipesErrorKind.NotConfigured)
        {
            ThrowTerminatingError(error);
        }
        catch (PipesException error)
        {
            WriteError(error, mail.To);
        }
    }
}
