using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.Search;

/// <summary>A self-hosted SearXNG (or searx) instance, used by the Search integration when <c>Search.Provider</c> is SearXNG.</summary>
public static class SearXNGDefinition
{
    public const string BaseUrlSetting = "SearXNG.BaseUrl";

    public static IntegrationDefinition Definition { get; } = new("SearXNG", null)
    {
        Settings =
        [
            new(BaseUrlSetting, SettingType.Url, "Your SearXNG instance (https://search.example.org); its settings.yml must list json under search.formats."),
        ],
    };
}
