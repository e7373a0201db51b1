using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.Search;

/// <summary>
/// Web search (Search-Google): one integration whose engine is the <c>Search.Provider</c> setting.
/// Each provider's settings and secrets are declared by its own definition (<see cref="GoogleDefinition"/>,
/// <see cref="BraveDefinition"/>, <see cref="SearXNGDefinition"/>), so Get-PipesConfig and
/// Set-PipesSecret know all of them; Test-PipesIntegration checks the one in use, as the row "Search".
/// </summary>
public static class SearchDefinition
{
    public const string ProviderSetting = "Search.Provider";

    /// <summary>The providers, in the order the setting lists them.</summary>
    public static IReadOnlyList<string> Providers { get; } = ["Google", "Brave", "SearXNG"];

    public static IntegrationDefinition Definition { get; } = new("Search", environment => new SearchClient(environment))
    {
        Settings =
        [
            new(ProviderSetting, SettingType.Choice,
                "The engine behind Search-Google: Google (Custom Search JSON API; closed to new customers, retired on 2027-01-01), Brave (Brave Search API) or SearXNG (a self-hosted instance).",
                "Google") { Choices = Providers },
        ],
        AlsoKnownAs = Providers,
    };
}
