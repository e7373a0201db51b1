using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.Bria;

/// <summary>Click-to-call through the Bria softphone: settings and client (no secrets).</summary>
public static class DialerDefinition
{
    public static IntegrationDefinition Definition { get; } = new("Dialer", environment => new BriaDialer(environment, new SystemDialerPlatform()))
    {
        Settings =
        [
            new("Dialer.Scheme", SettingType.Choice, "URI scheme the softphone is launched with: tel (RFC 3966), sip or callto.", "tel") { Choices = ["tel", "sip", "callto"] },
            new("Dialer.SipDomain", SettingType.String, "SIP domain for sip: URIs (sip:7135551234@<domain>)."),
            new("Dialer.OutsideLinePrefix", SettingType.String, "Digits dialed first to get an outside line (for example 9)."),
            new("Dialer.CountryCode", SettingType.String, "Country calling code of North American numbers.", "1"),
            new("Dialer.ProcessNames", SettingType.StringList, "Process names that mean Bria is running.",
                new[] { "Bria", "Bria5", "Bria6", "Bria Solo", "BriaSolo", "Bria Enterprise", "BriaEnterprise", "Bria Teams", "BriaTeams", "bria", "bria5", "bria6" }),
            new("Dialer.ConnectivityProbe", SettingType.HostPort, "host:port reached within a second to decide that the softphone is online (for example the SIP registrar); the OS network status when unset."),
        ],
        Secrets =
        [
        ],
    };
}
