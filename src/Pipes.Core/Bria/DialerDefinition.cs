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
            // 10-digit numbers are read as North American (NANP), whose calling code is 1: another value dialled every US number as
            // that country's (a trial: 44 made 713-555-1234 tel:+447135551234). Another country's number is dialled as written with + and its code.
            new("Dialer.CountryCode", SettingType.String, "Country calling code of North American numbers: 1, the only one (10-digit numbers are NANP; dial another country's number written with + and its code).", "1")
            {
                Check = text => text == "1" ? null
                    : $"'{text}' cannot be the calling code of North American numbers, which is 1: 10-digit numbers are read as North American (NANP). "
                        + "A number of another country is dialled as written with + and its country code (+44 20 7946 0958).",
            },
            new("Dialer.ProcessNames", SettingType.StringList, "Process names that mean Bria is running.",
                new[] { "Bria", "Bria5", "Bria6", "Bria Solo", "BriaSolo", "Bria Enterprise", "BriaEnterprise", "Bria Teams", "BriaTeams", "bria", "bria5", "bria6" }),
            new("Dialer.ConnectivityProbe", SettingType.HostPort, "host:port reached within a second to decide that the softphone is online (for example the SIP registrar); the OS network status when unset."),
        ],
        Secrets =
        [
        ],
    };
}
