using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.Search;

/// <summary>The Brave Search API's settings and key, used by the Search integration when <c>Search.Provider</c> is Brave.</summary>
public static class BraveDefinition
{
    public const string BaseUrlSetting = "Brave.BaseUrl";
    public const string KeySecret = "Brave.ApiKey";

    public static IntegrationDefinition Definition { get; } = new("Brave", null)
    {
        Settings =
        [
            new(BaseUrlSetting, SettingType.Url, "Brave Search API web search endpoint.", "https://api.search.brave.com/res/v1/web/search") { CarriesSecret = true },
        ],
        Secrets =
        [
            new(KeySecret, "PIPES_BRAVE_API_KEY", "Brave Search API subscription token (api-dashboard.search.brave.com)."),
        ],
    };
}
