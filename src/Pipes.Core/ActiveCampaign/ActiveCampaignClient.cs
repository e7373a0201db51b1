using Pipes.Integrations;

namespace Pipes.ActiveCampaign;

/// <summary>
/// ActiveCampaign API v3 (<c>{BaseUrl}/api/3</c>, header <c>Api-Token</c>, 5 requests per second per
/// account). For now it proves configuration and credentials; contacts and pipelines come with the
/// ActiveCampaign issue.
/// </summary>
public sealed class ActiveCampaignClient(PipesEnvironment environment) : IntegrationBase(environment)
{
    public const string BaseUrlSetting = "ActiveCampaign.BaseUrl";
    public const string TokenSecret = "ActiveCampaign.ApiToken";

    public override string Name => "ActiveCampaign";

    public override IReadOnlyList<string> MissingConfiguration()
    {
        var missing = new List<string>();
        if (Environment.Settings.GetValue<string>(BaseUrlSetting) is null) missing.Add(BaseUrlSetting);
        if (Environment.Secrets.Get(TokenSecret) is null) missing.Add(TokenSecret);
        return missing;
    }

    protected override ResilienceOptions Resilience => Environment.DefaultResilience() with
    {
        RequestsPerSecond = Environment.Settings.GetValue<double>("ActiveCampaign.RequestsPerSecond"),
    };

    protected override string Account => ApiRoot();

    protected override Uri? ApiOrigin => new(new Uri(ApiRoot()).GetLeftPart(UriPartial.Authority));

    protected override ValueTask AuthorizeAsync(HttpRequestMessage request, bool renew, CancellationToken cancellationToken)
    {
        request.Headers.Add("Api-Token", Environment.Secrets.Get(TokenSecret)!);
        return ValueTask.CompletedTask;
    }

    protected override void Prepare(HttpRequestMessage request) => request.Headers.Accept.ParseAdd("application/json");

    protected override async Task<string?> ProbeAsync(IntegrationHttp http, CancellationToken cancellationToken)
    {
        EnsureConfigured("HealthCheck");
        // users/me is the cheapest authenticated call: one small object, no paging.
        using var response = await SendAsync(http, "HealthCheck", HttpMethod.Get, ApiRoot() + "users/me", cancellationToken: cancellationToken).ConfigureAwait(false);
        return "Signed in to " + new Uri(ApiRoot()).Host + ".";
    }

    /// <summary>The API root with exactly one <c>/api/3/</c>, whether or not the user pasted it into the setting.</summary>
    private string ApiRoot()
    {
        var baseUrl = Environment.Settings.GetValue<string>(BaseUrlSetting)!.TrimEnd('/');
        if (baseUrl.EndsWith("/api/3", StringComparison.OrdinalIgnoreCase)) baseUrl = baseUrl[..^"/api/3".Length];
        return baseUrl + "/api/3/";
    }
}
