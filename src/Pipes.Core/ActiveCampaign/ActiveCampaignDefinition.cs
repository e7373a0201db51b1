using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.ActiveCampaign;

/// <summary>ActiveCampaign API v3: settings, secret and client.</summary>
public static class ActiveCampaignDefinition
{
    public static IntegrationDefinition Definition { get; } = new("ActiveCampaign", environment => new ActiveCampaignClient(environment))
    {
        Settings =
        [
            new("ActiveCampaign.BaseUrl", SettingType.Url, "Your account's API URL from ActiveCampaign Settings > Developer (https://<account>.api-us1.com).") { CarriesSecret = true },
            new("ActiveCampaign.RequestsPerSecond", SettingType.Number, "Request pace; ActiveCampaign allows 5 per second per account.", 5.0) { Minimum = 0.1, Maximum = 5 },
        ],
        Secrets =
        [
            new(ActiveCampaignClient.TokenSecret, "PIPES_AC_API_TOKEN", "ActiveCampaign API key (Settings > Developer)."),
        ],
    };
}
