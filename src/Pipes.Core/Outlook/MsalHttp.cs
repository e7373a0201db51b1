using Microsoft.Identity.Client;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>What MSAL needs from Pipes: the environment's HTTP client (so tests reach the fake through it) and the authority.</summary>
internal static class MsalHttp
{
    public static IMsalHttpClientFactory Factory(PipesEnvironment environment) => new SharedHttpClientFactory(environment.HttpClient);

    /// <summary>{Outlook.AuthorityHost}/{tenant}: national clouds and the test fakes need only the setting.</summary>
    public static string Authority(PipesEnvironment environment, string tenant) =>
        environment.Settings.GetValue<string>("Outlook.AuthorityHost")!.TrimEnd('/') + "/" + tenant;

    /// <summary>MSAL lets network failures through as they are; both sign-ins report them as Pipes.Unavailable.</summary>
    public static UnavailableError Unreachable(HttpRequestException exception) =>
        new("Outlook", "SignIn", "Microsoft Entra could not be reached: " + exception.Message, inner: exception);

    private sealed class SharedHttpClientFactory(HttpClient client) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => client;
    }
}
