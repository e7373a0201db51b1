using System.Management.Automation;
using System.Net;
using System.Security;
using Pipes.Configuration;
using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Signs Pipes in to Microsoft Graph for Outlook mail.</summary>
[Cmdlet(VerbsCommunications.Connect, "PipesOutlook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = AccessTokenSet)]
[OutputType(typeof(OutlookConnection))]
public sealed class ConnectPipesOutlookCommand : PipesCmdlet
{
    private const string AccessTokenSet = "AccessToken";
    private const string AppOnlySet = "AppOnly";
    private const string DeviceCodeSet = "DeviceCode";

    /// <summary>A Graph access token obtained elsewhere (Get-AzAccessToken ...). Used as is, never refreshed.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    public SecureString? AccessToken { get; set; }

    /// <summary>The Entra tenant (id or domain) of the app registration.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AppOnlySet)]
    [Parameter(Mandatory = true, ParameterSetName = DeviceCodeSet)]
    public string TenantId { get; set; } = "";

    /// <summary>The application (client) id of the app registration.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AppOnlySet)]
    [Parameter(Mandatory = true, ParameterSetName = DeviceCodeSet)]
    public string ClientId { get; set; } = "";

    /// <summary>Signs a person in with a device code (a URL and a code to enter in a browser); refresh tokens keep them signed in.</summary>
    [Parameter(Mandatory = true, ParameterSetName = DeviceCodeSet)]
    public SwitchParameter DeviceCode { get; set; }

    /// <summary>The app's client secret; stored like any Pipes secret.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AppOnlySet)]
    public SecureString? ClientSecret { get; set; }

    /// <summary>The mailbox to send from and read: required for app-only (it has no "me"); for a person, another mailbox they may use.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AppOnlySet)]
    [Parameter(ParameterSetName = DeviceCodeSet)]
    public string? Mailbox { get; set; }

    protected override void ProcessRecord() => ForItem(null, Connect);

    private void Connect()
    {
        // Spaces and a line end around them (read with Get-Content -Raw) are not part of them, as for every stored secret; a line
        // break inside is Pipes.InvalidSecret, before anything is sent or changed.
        var token = ParameterSetName == AccessTokenSet
            ? SecretStore.Checked(OutlookClient.TokenSecret, new NetworkCredential(string.Empty, AccessToken).Password, "Connect-PipesOutlook -AccessToken") : null;
        var secret = ParameterSetName == AppOnlySet
            ? SecretStore.Checked(GraphConnection.ClientSecretName, new NetworkCredential(string.Empty, ClientSecret).Password, "Connect-PipesOutlook -ClientSecret") : null;
        // The candidate sign-in is checked first; settings, secrets and the stored token change only once it works.
        var candidate = token is not null
            ? new GraphCredentials(token, Mailbox: Environment.Settings.GetValue<string>("Outlook.Mailbox"))
            : new GraphCredentials(null, TenantId, ClientId, secret, Mailbox, DeviceCode);
        var client = new OutlookClient(Environment, candidate);
        // The sign-in replaces the stored one. A device-code sign-in keeps MSAL's tokens as it completes, so -WhatIf stops it before;
        // a token or an app's secret is checked against the mailbox first (a read), and -WhatIf then keeps nothing.
        var what = token is not null ? "Store this access token, replacing the stored Outlook sign-in"
            : $"Store the {(DeviceCode ? "delegated" : "app-only")} sign-in (tenant {TenantId}, client {ClientId}{(Mailbox is null ? "" : ", mailbox " + Mailbox)}), replacing the stored Outlook sign-in";
        var target = $"Outlook sign-in in {Environment.Directory.Path}";
        if (DeviceCode && !ShouldProcessOrSayHow(target, what)) return;
        if (DeviceCode) SignInWithDeviceCode(client);
        var status = Run(client.CheckAsync);
        if (!status.IsHealthy)
        {
            // Say what Graph, or Entra before it, said; blame the credentials only when they were refused, and name the settings of
            // the one that failed (a trial: Entra unreachable was advised to check Outlook.GraphBaseUrl and Outlook.Mailbox).
            var refused = status.ErrorId is ErrorIds.AuthenticationFailed or ErrorIds.AuthenticationRequired;
            var entra = status.FailedOperation == "SignIn";
            ThrowTerminatingError(new PipesException(status.ErrorId ?? ErrorIds.AuthenticationFailed, refused ? PipesErrorKind.Authentication : PipesErrorKind.RemoteRejected,
                (refused ? $"{(entra ? "Microsoft Entra" : "Microsoft Graph")} did not accept the sign-in: "
                    : entra ? "The sign-in could not be made: " : "The sign-in could not be checked against the mailbox: ") + status.Message + " The previous sign-in, if any, is unchanged.",
                refused ? (token is not null ? "Get a new token for https://graph.microsoft.com and try again." : "Check the tenant, client id, secret and the app's permissions, then try again.")
                    : entra ? "Try again later; if it persists, check the network and Outlook.AuthorityHost (Get-PipesConfig Outlook.AuthorityHost)."
                    : "Check Outlook.GraphBaseUrl (it ends in /v1.0) and Outlook.Mailbox with Get-PipesConfig Outlook.*, then try again."));
        }
        if (!DeviceCode && !ShouldProcessOrSayHow(target, what)) return;
        // Ctrl+C ends a wait for another process's lock on the first write, which leaves the sign-in as it was; once one is
        // written the others follow, so that no half of a new sign-in stands beside half of the old.
        if (token is not null)
        {
            Environment.Secrets.Set(OutlookClient.TokenSecret, token, CancellationToken);
        }
        else
        {
            Environment.Settings.Set("Outlook.TenantId", TenantId, CancellationToken);
            Environment.Settings.Set("Outlook.ClientId", ClientId);
            Environment.Settings.Set("Outlook.Mailbox", Mailbox);
            Environment.Settings.Set("Outlook.SignIn", DeviceCode ? "Delegated" : "AppOnly");
            if (secret is not null) Environment.Secrets.Set(GraphConnection.ClientSecretName, secret);
            Environment.Secrets.Remove(OutlookClient.TokenSecret); // a given token would otherwise win
        }
        if (token is null)
        {
            WriteObject(DeviceCode
                ? new OutlookConnection("Delegated", Mailbox ?? "me", null, "Signed in; refresh tokens keep this sign-in until it lapses.")
                : new OutlookConnection("AppOnly", Mailbox!, null, "Connected as the app; tokens are renewed as needed."));
            return;
        }
        var expires = AccessTokenInfo.Expiry(token);
        WriteObject(new OutlookConnection("AccessToken", Environment.Settings.GetValue<string>("Outlook.Mailbox") ?? "me", expires,
            expires is { } at ? $"Connected until {at.LocalDateTime:g}; the token is not refreshed." : "Connected; the token is not refreshed."));
    }

    /// <summary>Runs the device-code sign-in, showing its instructions (from MSAL's thread) as warnings as they come.</summary>
    private void SignInWithDeviceCode(OutlookClient client) =>
        Stream<bool>(async (feed, token) => await client.SignInWithDeviceCodeAsync(feed.Warning, token).ConfigureAwait(false), _ => { });

    /// <summary>Signing in is one piece of work: any failure ends the command.</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) => true;
}
