using Pipes.Fakes;
using Pipes.Integrations;

namespace Pipes.Tests.Support;

/// <summary>
/// A test integration against the fake's echo service, sending the Google API key the ways real
/// integrations send credentials: as a bearer token and as <c>key=</c> in the URL.
/// </summary>
public sealed class EchoIntegration(PipesEnvironment environment, FakeServer server) : IntegrationBase(environment)
{
    public override string Name => "Echo";

    public override IReadOnlyList<string> MissingConfiguration() =>
        Environment.Secrets.Get("Google.ApiKey") is null ? ["Google.ApiKey"] : [];

    public async Task<string> SearchAsync(string query, CancellationToken cancellationToken = default)
    {
        EnsureConfigured("Search");
        var key = Environment.Secrets.Get("Google.ApiKey")!;
        using var response = await Http.SendAsync("Search", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl, $"echo/search?key={Uri.EscapeDataString(key)}&q={Uri.EscapeDataString(query)}"));
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            return request;
        }, cancellationToken: cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    protected override async Task<string?> ProbeAsync(IntegrationHttp http, CancellationToken cancellationToken)
    {
        await SearchAsync("health", cancellationToken);
        return null;
    }
}
