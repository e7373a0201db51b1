using System.Management.Automation;
using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Saves a draft in Outlook for review and returns its id.</summary>
[Cmdlet(VerbsCommon.New, "PipesDraft", SupportsShouldProcess = true)]
[OutputType(typeof(MailResult))]
public sealed class NewPipesDraftCommand : MailCmdlet
{
    protected override void ProcessRecord()
    {
        if (BuildMail() is not { } mail) return;
        if (!ShouldProcess(string.Join("; ", mail.To), $"Create draft '{mail.Subject}'")) return;
        try
        {
            WriteObject(Run(token => new OutlookClient(Environment).CreateDraftAsync(mail, token)));
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
