using System.Net;
using System.Net.Http.Headers;
using Pipes.Configuration;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>How Pipes signs in to Microsoft Graph.</summary>
public enum GraphSignIn
{
    /// <summary>A token given to Connect-PipesOutlook -AccessToken: used as is, never refreshed.</summary>
    AccessToken,

    /// <summary>The Entra app itself (client credentials); needs Outlook.Mailbox, since an app has no "me".</summary>
    AppOnly,

    /// <summary>A person, signed in once by device code, then kept signed in by MSAL's refresh tokens.</summary>
    Delegated,
}

/// <summary>
/// A sign-in to try before anything is stored (Connect-PipesOutlook checks it, then saves it): a given
/// access token, or the Entra app's tenant, client id and secret (app-only), or tenant and client id
/// with <paramref name="Delegated"/> (device code). Null values are absent.
/// </summary>
public sealed record GraphCredentials(string? AccessToken, string? TenantId = null, string? ClientId = null, string? ClientSecret = null,
    string? Mailbox = null, bool Delegated = false);

/// <summary>
/// What every Graph integration (mail now, the calendar next) shares: the sign-in (mode, token
/// sources, renewal), the mailbox addressed (<c>me</c> or <c>users/{mailbox}</c>), the root URL and
/// the headers Graph requests carry. Built once per command; reads the settings once.
/// </summary>
public sealed class GraphConnection
{
    public const string TokenSecret = "Outlook.AccessToken";

    /// <summary>The secret holding the Entra app registration's client secret (app-only sign-in).</summary>
    public const string ClientSecretName = "Outlook.ClientSecret";

    /// <summary>Delegated permissions asked for at sign-in: mail now, and the calendar's already, so nobody signs in again when it ships.</summary>
    public static readonly IReadOnlyList<string> DelegatedScopes =
        ["https://graph.microsoft.com/Mail.ReadWrite", "https://graph.microsoft.com/Mail.Send", "https://graph.microsoft.com/Calendars.ReadWrite"];

    /// <summary>MSAL's token caches in the config directory (or the keyring entries named after them).</summary>
    public const string AppCacheFile = "msal-app-cache.bin";

    /// <inheritdoc cref="AppCacheFile"/>
    public const string UserCacheFile = "msal-user-cache.bin";

    private readonly PipesEnvironment _environment;
    private readonly string? _givenToken;
    private readonly string? _tenant;
    private readonly string? _clientId;
    private readonly string? _mailbox;
    private readonly string? _clientSecret;
    private readonly bool _delegated;
    private AppOnlyTokenSource? _appOnly;
    private DelegatedTokenSource? _delegatedSource;

    /// <summary>The stored sign-in, or <paramref name="candidate"/> instead of it (nothing is read from or written to the stored one then, but Outlook.GraphBaseUrl).</summary>
    public GraphConnection(PipesEnvironment environment, GraphCredentials? candidate = null)
    {
        _environment = environment;
        if (candidate is null)
        {
            _givenToken = environment.Secrets.Get(TokenSecret);
            _tenant = environment.Settings.GetValue<string>("Outlook.TenantId");
            _clientId = environment.Settings.GetValue<string>("Outlook.ClientId");
            _mailbox = environment.Settings.GetValue<string>("Outlook.Mailbox");
            _clientSecret = environment.Secrets.Get(ClientSecretName);
            _delegated = environment.Settings.GetValue<string>("Outlook.SignIn") == "Delegated";
        }
        else
        {
            (_givenToken, _tenant, _clientId, _clientSecret, _mailbox, _delegated) =
                (candidate.AccessToken, candidate.TenantId, candidate.ClientId, candidate.ClientSecret, candidate.Mailbox, candidate.Delegated);
            // Not stored yet, so not known to the redactor through the secret store.
            environment.Redactor.AddSecret(_givenToken);
            environment.Redactor.AddSecret(_clientSecret);
        }
        var baseUrl = environment.Settings.GetValue<string>("Outlook.GraphBaseUrl")!.TrimEnd('/');
        Origin = new Uri(new Uri(baseUrl).GetLeftPart(UriPartial.Authority));
        MailboxPath = _mailbox is { } m ? "users/" + Uri.EscapeDataString(m) : "me";
        Root = baseUrl + "/" + MailboxPath + "/";
        Missing = FindMissing();
        Mode = Missing.Count > 0 ? null : _givenToken is not null ? GraphSignIn.AccessToken : _delegated ? GraphSignIn.Delegated : GraphSignIn.AppOnly;
    }

    /// <summary>The sign-in in force, or null when something it needs is missing.</summary>
    public GraphSignIn? Mode { get; }

    /// <summary>Settings and secrets the sign-in needs but lacks (no network).</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>"users/{mailbox}" when Outlook.Mailbox is set, else "me".</summary>
    public string MailboxPath { get; }

    /// <summary>{Outlook.GraphBaseUrl}/{MailboxPath}/, the root of every mailbox URL.</summary>
    public string Root { get; }

    /// <summary>The origin of Outlook.GraphBaseUrl: the only one the token is sent to.</summary>
    public Uri Origin { get; }

    /// <summary>Whether a 401 may be cured by a fresh token (MSAL sign-ins; a given token is never refreshed).</summary>
    public bool CanRenew => Mode is GraphSignIn.AppOnly or GraphSignIn.Delegated;

    private List<string> FindMissing()
    {
        if (_givenToken is not null) return [];
        if (_delegated) return new[] { ("Outlook.TenantId", _tenant), ("Outlook.ClientId", _clientId) }.Where(s => s.Item2 is null).Select(s => s.Item1).ToList();
        (string Name, string? Value)[] appOnly =
        [
            ("Outlook.TenantId", _tenant), ("Outlook.ClientId", _clientId),
            (ClientSecretName, _clientSecret), ("Outlook.Mailbox", _mailbox),
        ];
        if (appOnly.All(s => s.Value is null)) return ["a sign-in (run Connect-PipesOutlook)"];
        return appOnly.Where(s => s.Value is null).Select(s => s.Name).ToList();
    }

    /// <summary>Puts a bearer token on the request (a fresh one when <paramref name="renew"/>) and Graph's headers.</summary>
    public async ValueTask AuthorizeAsync(HttpRequestMessage request, bool renew, string operation, CancellationToken cancellationToken)
    {
        var mode = Mode ?? throw new NotConfiguredError("Outlook", operation, Missing, _environment.WhereConfigured);
        var token = mode switch
        {
            GraphSignIn.AccessToken => _givenToken!,
            GraphSignIn.Delegated => await Delegated().GetTokenAsync(renew, cancellationToken).ConfigureAwait(false),
            _ => await AppOnly().GetTokenAsync(renew, cancellationToken).ConfigureAwait(false),
        };
        _environment.Redactor.AddSecret(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>
    /// Gets a fresh token from Microsoft Entra, past MSAL's cache, for a sign-in Pipes renews (app-only, device code); a given
    /// token is left as it is. A health check calls it first: MSAL's cache is keyed by the app and the account, not the secret,
    /// so a token cached under the last good client secret would pass a check for up to an hour after a wrong one was stored,
    /// and the first failure would come when it expired, at night. The token is cached for the request that follows.
    /// </summary>
    /// <exception cref="AuthenticationError">Entra refused the sign-in (a wrong secret, a revoked or expired refresh token).</exception>
    /// <exception cref="IntegrationError">Entra could not be reached or did not answer in time.</exception>
    public async Task RenewAsync(string operation, CancellationToken cancellationToken)
    {
        if (!CanRenew) return;
        using var probe = new HttpRequestMessage();
        await AuthorizeAsync(probe, renew: true, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Graph's per-request preferences: immutable ids (valid across folders), text bodies, and events'
    /// start and end in UTC: a wall-clock time in a zone with daylight saving names two instants for one
    /// hour a year, a UTC one never does, so what is read is the instant that was written.
    /// </summary>
    public static void Prepare(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("Prefer", "IdType=\"ImmutableId\"");
        request.Headers.TryAddWithoutValidation("Prefer", "outlook.body-content-type=\"text\"");
        request.Headers.TryAddWithoutValidation("Prefer", "outlook.timezone=\"UTC\"");
    }

    /// <summary>Device-code sign-in (delegated); <paramref name="show"/> gets the URL and code for the person.</summary>
    public async Task SignInWithDeviceCodeAsync(Action<string> show, CancellationToken cancellationToken)
    {
        if (Missing.Count > 0) throw new NotConfiguredError("Outlook", "SignIn", Missing, _environment.WhereConfigured);
        var token = await Delegated().SignInAsync(show, cancellationToken).ConfigureAwait(false);
        _environment.Redactor.AddSecret(token);
    }

    /// <summary>What to say when Graph refuses even a fresh token: the advice depends on how Pipes signed in.</summary>
    public AuthenticationError Refused(string operation, AuthenticationError error) => Mode switch
    {
        GraphSignIn.Delegated => new AuthenticationError("Outlook", operation, "Microsoft Graph refused a fresh token for the signed-in person.", error.StatusCode,
            ErrorIds.AuthenticationRequired, "Run Connect-PipesOutlook -DeviceCode again; check the app's delegated Mail.ReadWrite and Mail.Send permissions.", error),
        GraphSignIn.AppOnly => new AuthenticationError("Outlook", operation, "Microsoft Graph refused a fresh app-only token.", error.StatusCode,
            ErrorIds.AuthenticationRequired, "Check the app's Mail.ReadWrite and Mail.Send application permissions and admin consent, and the application access policy for Outlook.Mailbox.", error),
        _ => new AuthenticationError("Outlook", operation,
            "Microsoft Graph refused the access token (HTTP 401): it has expired, was revoked or is not for Graph. A token given to Connect-PipesOutlook -AccessToken is used as is and never refreshed.",
            error.StatusCode, ErrorIds.AuthenticationRequired, _environment.Secrets.FromEnvironment(TokenSecret)
                ? $"The token used is $env:{_environment.Secrets.Require(TokenSecret).EnvironmentVariable}, which overrides Connect-PipesOutlook -AccessToken: put a new token in it, in the environment of the account that runs this, or remove it."
                : "Get a new token and run Connect-PipesOutlook -AccessToken again.", error),
    };

    /// <summary>Forgets MSAL's cached tokens and accounts (files, or keyring entries); true when there was something to forget.</summary>
    public static bool ForgetCachedSignIns(PipesEnvironment environment) =>
        TokenCacheStore.Forget(environment, AppCacheFile) | TokenCacheStore.Forget(environment, UserCacheFile);

    private AppOnlyTokenSource AppOnly() =>
        _appOnly ??= new AppOnlyTokenSource(_environment, _tenant!, _clientId!, _clientSecret!);

    private DelegatedTokenSource Delegated() => _delegatedSource ??= new DelegatedTokenSource(_environment, _tenant!, _clientId!);
}
