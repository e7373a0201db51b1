using System.Management.Automation;
using System.Net;
using System.Security;
using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Signs Pipes in to Microsoft Graph for Outlook mail.</summary>
[Cmdlet(VerbsCommunications.Connect, "PipesOutlook", DefaultParameterSetName = AccessTokenSet)]
[OutputType(typeof(OutlookConnection))]
public sealed class ConnectPipesOutlookCommand : PipesCmdlet
{
    private const string AccessTokenSet = "AccessToken";

    /// <summary>A Graph access token obtained elsewhere (Get-AzAccessToken ...). Used as is, never refreshed.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    public SecureString? AccessToken { get; set; }

    protected override void ProcessRecord()
    {
        var token = new NetworkCredential(string.Empty, AccessToken).Password;
        try
        {
            Environment.Secrets.Set(OutlookClient.TokenSecret, token);
            var client = new OutlookClient(Environment);
            var status = Run(client.CheckAsync);
            if (!status.IsHealthy)
            {
                Environment.Secrets.Remove(OutlookClient.TokenSecret);
                ThrowTerminatingError(new PipesException(status.ErrorId ?? "Pipes.AuthenticationFailed", PipesErrorKind.Authentication,
                    "Microsoft Graph did not accept the token: " + status.Message, "Get a new token for https://graph.microsoft.com and try again."));
            }
            var expires = AccessTokenInfo.Expiry(token);
            WriteObject(new OutlookConnection("AccessToken", client.MailboxPath, expires,
                expires is { } at ? $"Connected until {at.LocalDateTime:g}; the token is not refreshed." : "Connected; the token is not refreshed."));
        }
        catch (PipesException error)
        {
            ThrowTerminatingError(error);
        }
    }
}
