using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.Search;

/// <summary>
/// Google Custom Search's settings and key. It has no client of its own: the Search integration
/// (<see cref="SearchDefinition"/>) uses it when <c>Search.Provider</c> is Google.
/// </summary>
public static class GoogleDefinition
{
    public const string BaseUrlSetting = "Google.BaseUrl";
    public const string EngineSetting = "Google.SearchEngineId";
    public const string DailyQuotaSetting = "Google.DailyQuota";
    public const string KeySecret = "Google.ApiKey";

    public static IntegrationDefinition Definition { get; } = new("Google", null)
    {
        Settings =
        [
            new(BaseUrlSetting, SettingType.Url, "Custom Search JSON API endpoint.", "https://www.googleapis.com/customsearch/v1") { CarriesSecret = true },
            new(EngineSetting, SettingType.String, "Programmable Search Engine id (cx)."),
            new(DailyQuotaSetting, SettingType.Integer, "Google queries (of up to 10 results each) allowed per Pacific day, counted across processes in quota.json (the free tier is 100).", 100L) { Minimum = 0, Maximum = 10000 },
        ],
        Secrets =
        [
            new(KeySecret, "PIPES_GOOGLE_API_KEY", "Google Cloud API key for the Custom Search JSON API."),
        ],
    };
}
