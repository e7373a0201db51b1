using System.Net;
using System.Text.Json.Serialization.Metadata;
using Pipes.Integrations;

namespace Pipes.ActiveCampaign;

/// <summary>
/// ActiveCampaign API v3 (<c>{BaseUrl}/api/3</c>, header <c>Api-Token</c>): contacts, pipelines and
/// deals, read under the account's limit of 5 requests a second, kept across every process on the
/// config directory through the pace ledger (pace.json). A 429 or 503 that still comes is waited out
/// (Retry-After) and the same request repeated; a refused key (403) is <c>Pipes.AuthenticationFailed</c>
/// naming <c>ActiveCampaign.ApiToken</c>; a base URL that does not answer as the API is <c>Pipes.NotConfigured</c>
/// naming <c>ActiveCampaign.BaseUrl</c>.
/// </summary>
public sealed partial class ActiveCampaignClient(PipesEnvironment environment) : IntegrationBase(environment)
{
    public const string BaseUrlSetting = "ActiveCampaign.BaseUrl";
    public const string TokenSecret = "ActiveCampaign.ApiToken";
    public const string RequestsPerSecondSetting = "ActiveCampaign.RequestsPerSecond";

    /// <summary>
    /// The pace runs this much under the setting, so that clocks that count a little differently (ours and
    /// the service's) still agree: the window of five requests is 1.01 s.
    /// </summary>
    private const double PaceMargin = 0.99;

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
        RequestsPerSecond = Environment.Settings.GetValue<double>(RequestsPerSecondSetting) * PaceMargin,
        // ActiveCampaign's limit is per account, shared by every key and process: the pace is kept in pace.json.
        SharedPaceKey = "ActiveCampaign " + Account,
    };

    protected override string Account => new Uri(ApiRoot()).GetLeftPart(UriPartial.Authority);

    protected override Uri? ApiOrigin => new(new Uri(ApiRoot()).GetLeftPart(UriPartial.Authority));

    protected override ValueTask AuthorizeAsync(HttpRequestMessage request, bool renew, CancellationToken cancellationToken)
    {
        request.Headers.Add("Api-Token", Environment.Secrets.Get(TokenSecret)!);
        return ValueTask.CompletedTask;
    }

    protected override void Prepare(HttpRequestMessage request, CancellationToken cancellationToken) => request.Headers.Accept.ParseAdd("application/json");

    protected override async Task<string?> ProbeAsync(IntegrationHttp http, CancellationToken cancellationToken)
    {
        EnsureConfigured("HealthCheck");
        // users/me is the cheapest authenticated call: one small object, no paging.
        try
        {
            using var response = await SendAsync(http, "HealthCheck", HttpMethod.Get, ApiRoot() + "users/me", cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!IsJson(response)) throw NotTheApi("HealthCheck", $"answered users/me with {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not JSON");
        }
        catch (IntegrationError error) when (Translate("HealthCheck", error) is { } better)
        {
            throw better;
        }
        return "Signed in to " + new Uri(ApiRoot()).Host + ".";
    }

    /// <summary>
    /// GETs <paramref name="url"/> and reads its JSON, with ActiveCampaign's meaning put on failures (see the
    /// class); returns the answer and the service's clock (the Date header) when it sent one.
    /// </summary>
    private async Task<(T Answer, DateTimeOffset? ServerTime)> GetAsync<T>(string operation, string url, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await SendAsync(operation, HttpMethod.Get, url, cancellationToken: cancellationToken).ConfigureAwait(false);
            var what = $"answered with {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not JSON";
            if (!IsJson(response)) throw _answeredJson ? NotJsonThisTime(operation, what) : NotTheApi(operation, what);
            var answer = await ReadJsonAsync(response, type, cancellationToken).ConfigureAwait(false);
            _answeredJson = true;
            return (answer, response.Headers.Date);
        }
        catch (IntegrationError error) when (Translate(operation, error) is { } better)
        {
            throw better;
        }
    }

    /// <summary>A refused key and a URL that is not the API, said in ActiveCampaign's terms; null to keep the error as it is.</summary>
    private IntegrationError? Translate(string operation, IntegrationError error) => error switch
    {
        AuthenticationError { StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized } => new AuthenticationError(Name, operation,
            $"ActiveCampaign refused the API key ({TokenSecret}) for {new Uri(ApiRoot()).Host} (HTTP {(int)error.StatusCode!}).", error.StatusCode,
            recommendedAction: $"Copy the key from ActiveCampaign Settings > Developer. {Environment.Secrets.ReplaceAdvice(TokenSecret)} Check that {BaseUrlSetting} is the API URL of the same account.",
            inner: error),
        RemoteRejectedError { StatusCode: HttpStatusCode.NotFound } when operation is not "GetContact" => NotTheApi(operation, "answered 404 Not Found for an API path every account has"),
        _ => null,
    };

    /// <summary>Whether this client had an answer in JSON from the API URL: a web page after it is not a wrong setting.</summary>
    private bool _answeredJson;

    /// <summary>
    /// A page that is not JSON (a proxy's or the service's own error page, sent with 200) from the URL that answered as the API
    /// earlier in the same command: <c>Pipes.Unavailable</c>, not a misconfigured base URL.
    /// </summary>
    private UnavailableError NotJsonThisTime(string operation, string what) =>
        new(Name, operation, $"ActiveCampaign {what}, where the same API URL answered JSON earlier in this command: a proxy's or the service's error page, not a wrong {BaseUrlSetting}.",
            recommendedAction: "Try again later; an -Incremental pull keeps its watermark, so nothing is lost.");

    private IntegrationError NotTheApi(string operation, string what) =>
        new(Name, operation, ErrorIds.NotConfigured, PipesErrorKind.NotConfigured,
            $"{BaseUrlSetting} ({Environment.Redactor.Redact(Environment.Settings.GetValue<string>(BaseUrlSetting) ?? "")}) is not an ActiveCampaign API URL: it {what}.",
            recommendedAction: $"Set it to the API URL from ActiveCampaign Settings > Developer: Set-PipesConfig {BaseUrlSetting} https://<account>.api-us1.com");

    private static bool IsJson(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is not { } type || type.Contains("json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The API root with exactly one <c>/api/3/</c>, whether or not the user pasted it into the setting.
    /// A URL with any other path (the web app's <c>/app/contacts</c>, a docs page) is not the API:
    /// <c>Pipes.NotConfigured</c> naming the setting, before any request.
    /// </summary>
    private string ApiRoot()
    {
        var setting = Environment.Settings.GetValue<string>(BaseUrlSetting) ?? throw new NotConfiguredError(Name, "Request", MissingConfiguration(), Environment.WhereConfigured); // every missing one, not only the first met
        var uri = new Uri(setting);
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/api/3", StringComparison.OrdinalIgnoreCase)) path = path[..^"/api/3".Length];
        if (path.Length > 0 || uri.Query.Length > 0)
            throw NotTheApi("Request", $"has the path {uri.AbsolutePath}{uri.Query}, where the API URL has none (https://<account>.api-us1.com)");
        return uri.GetLeftPart(UriPartial.Authority) + "/api/3/";
    }
}
