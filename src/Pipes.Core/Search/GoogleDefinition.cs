using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.Search;

/// <summary>Google Custom Search: its settings and key are known already; the client comes with the search issue.</summary>
public static class GoogleDefinition
{
    public static IntegrationDefinition Definition { get; } = new("Google", null)
    {
        Settings =
        [
            new("Google.BaseUrl", SettingType.Url, "Custom Search JSON API endpoint.", "https://www.googleapis.com/customsearch/v1"),
            new("Google.SearchEngineId", SettingType.String, "Programmable Search Engine id (cx)."),
            new("Google.DailyQuota", SettingType.Integer, "Searches allowed per day (the free tier is 100).", 100L) { Minimum = 0, Maximum = 10000 },
        ],
        Secrets =
        [
            new("Google.ApiKey", "PIPES_GOOGLE_API_KEY", "Google Cloud API key for the Custom Search JSON API."),
        ],
    };
}
