using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>Outlook mail and calendar through Microsoft Graph: settings, secrets and client.</summary>
public static class OutlookDefinition
{
    public static IntegrationDefinition Definition { get; } = new("Outlook", environment => new OutlookClient(environment))
    {
        Settings =
        [
            new("Outlook.GraphBaseUrl", SettingType.Url, "Microsoft Graph endpoint.", "https://graph.microsoft.com/v1.0") { CarriesSecret = true },
            new("Outlook.AuthorityHost", SettingType.Url, "Microsoft Entra sign-in host (https).", "https://login.microsoftonline.com") { HttpsOnly = true },
            new("Outlook.TenantId", SettingType.String, "Entra tenant id (a GUID) or domain (contoso.onmicrosoft.com), or organizations/common.")
                { Rule = (SettingRules.TenantId(), "a tenant id (a GUID) or a domain name such as contoso.onmicrosoft.com") },
            new("Outlook.ClientId", SettingType.String, "Application (client) id of the Entra app registration (a GUID).")
                { Rule = (SettingRules.Guid(), "an application (client) id, a GUID such as 11111111-2222-3333-4444-555555555555") },
            new("Outlook.SignIn", SettingType.Choice, "How Pipes signs in to Graph when no token was given: AppOnly (client credentials) or Delegated (device code, then refresh tokens). Set by Connect-PipesOutlook.", "AppOnly")
                { Choices = ["AppOnly", "Delegated"] },
            new("Outlook.Mailbox", SettingType.Email, "Mailbox used by app-only sign-in, and the address that counts as 'me'."),
            new(OutlookClient.MaxMessageSetting, SettingType.Integer, "Largest total of the attachments of one message, in MB, checked before anything is created (Exchange Online's default send limit is 35 MB; an admin may raise a mailbox's to 150).", 35L) { Minimum = 1, Maximum = 150 },
            new(OutlookClient.MessagesPerMinuteSetting, SettingType.Integer, "Messages a minute Send-PipesMail sends from one mailbox, shared by every process on this config directory (Exchange Online accepts 30 a minute).", 30L) { Minimum = 1, Maximum = 10000 },
            new(CalendarTimeZones.Setting, SettingType.String, "Time zone of wall-clock meeting times (a [datetime] without Kind), and of email exports' dates without an offset (Import-PipesEmail), when -TimeZone is not given: an IANA name (America/Chicago) or a Windows name (Central Standard Time). Unset: the machine's zone.")
                { Check = name => CalendarTimeZones.TryResolve(name, out _) ? null : $"'{name}' is not a time zone known here; use an IANA name such as America/Chicago or a Windows name such as Central Standard Time." },
            new(OutlookClient.InboxFoldersSetting, SettingType.String, "Folders Get-PipesInbox reads when -Folder is not given, separated by '; ': names as Outlook shows them (Junk Email), well-known names (junkemail) or paths from the top (Inbox/Prospects). A reply swiped to Archive or filtered to Junk Email before the poll is read there. Of the default, a folder the mailbox lacks is left out; a folder named here that it lacks is Pipes.NotFound.", OutlookClient.DefaultInboxFolders)
                { Check = OutlookClient.CheckFolderList, JoinWith = "; " },
            new("Outlook.PollIntervalMinutes", SettingType.Integer, "Minutes between inbox polls in Get-PipesInbox -Watch.", 30L) { Minimum = 1, Maximum = 1440 },
        ],
        Secrets =
        [
            new(GraphConnection.ClientSecretName, "PIPES_OUTLOOK_CLIENT_SECRET", "Client secret of the Entra app registration (app-only sign-in)."),
            new(GraphConnection.TokenSecret, "PIPES_OUTLOOK_ACCESS_TOKEN", "A Graph access token obtained elsewhere (Connect-PipesOutlook -AccessToken); used as is, never refreshed."),
        ],
    };
}
