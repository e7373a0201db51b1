using System.Collections.Concurrent;
using System.Text.Json;

namespace Pipes.Fakes;

/// <summary>
/// The Microsoft Entra part of the Graph fake: the endpoints MSAL calls under an authority
/// (<c>{tenant}/oauth2/v2.0/devicecode</c> and <c>/token</c> for client credentials, device code and
/// refresh tokens), with Entra's OAuth error bodies (AADSTS codes). The tokens it issues are the
/// ones the Graph part accepts, so both live in one class, in two files.
/// </summary>
public sealed partial class GraphFake
{
    public const string ClientId = "11111111-2222-3333-4444-555555555555";
    public const string ClientSecret = "fake-client-secret-0123456789";

    private readonly ConcurrentDictionary<string, bool> _issued = new();
    private long _tokens;

    /// <summary>Tokens issued by the fake's token endpoint, in order.</summary>
    public IReadOnlyCollection<string> IssuedTokens => _issued.Keys.ToArray();

    private readonly ConcurrentDictionary<string, int> _deviceCodes = new();
    private readonly ConcurrentDictionary<string, bool> _refreshTokens = new();

    /// <summary>Makes every refresh token issued so far invalid, as when a sign-in lapses or is revoked.</summary>
    public void RevokeRefreshTokens()
    {
        foreach (var token in _refreshTokens.Keys) _refreshTokens[token] = false;
    }

    private IResult DelegatedTokens(string tenant)
    {
        var access = $"fake-graph-user-token-{Interlocked.Increment(ref _tokens)}-{Guid.NewGuid():N}";
        _issued[access] = true;
        var refresh = "fake-refresh-token-" + Guid.NewGuid().ToString("N");
        _refreshTokens[refresh] = true;
        const string uid = "00000000-0000-0000-66f3-3332eca7ea81";
        const string utid = "9188040d-6c67-4c5b-b112-36a304b66dad";
        static string Base64Url(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var idToken = Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Base64Url(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["aud"] = ClientId, ["iss"] = $"https://login.microsoftonline.com/{utid}/v2.0", ["iat"] = now, ["nbf"] = now, ["exp"] = now + 3600,
            ["name"] = "Pat Landman", ["oid"] = uid, ["preferred_username"] = "landman@permianpipes.com", ["sub"] = "fake-subject", ["tid"] = utid, ["ver"] = "2.0",
        })) + ".";
        return Results.Json(new Dictionary<string, object>
        {
            // The scopes an app whose delegated permissions were consented is granted (Entra returns them in full; a token
            // whose scope lacks one asked for is not served from MSAL's cache, and every call would refresh).
            ["token_type"] = "Bearer", ["scope"] = "https://graph.microsoft.com/Mail.ReadWrite https://graph.microsoft.com/Mail.Send https://graph.microsoft.com/Calendars.ReadWrite openid profile offline_access",
            ["expires_in"] = 3599, ["ext_expires_in"] = 3599, ["access_token"] = access, ["refresh_token"] = refresh, ["id_token"] = idToken,
            ["client_info"] = Base64Url($"{{\"uid\":\"{uid}\",\"utid\":\"{utid}\"}}"),
        });
    }

    /// <summary>Makes every token issued so far expire at once, as a long run meets its token's end.</summary>
    public void ExpireIssuedTokens()
    {
        foreach (var token in _issued.Keys) _issued[token] = false;
    }

    private void MapEntra(WebApplication app)
    {
        // The Entra token endpoint MSAL calls for client credentials: {authority}/oauth2/v2.0/token.
        app.MapPost("/{tenant}/oauth2/v2.0/devicecode", (string tenant) =>
        {
            var deviceCode = "fake-device-code-" + Guid.NewGuid().ToString("N");
            _deviceCodes[deviceCode] = 0;
            return Results.Json(new
            {
                user_code = "FAKE-CODE",
                device_code = deviceCode,
                verification_uri = "https://microsoft.com/devicelogin",
                expires_in = 900,
                interval = 1,
                message = "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FAKE-CODE to authenticate.",
            });
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", async Task<IResult> (HttpContext context, string tenant) =>
        {
            var form = await context.Request.ReadFormAsync();
            var grant = form["grant_type"].ToString();
            if (grant is "device_code" or "urn:ietf:params:oauth:grant-type:device_code")
            {
                var code = form["device_code"].ToString();
                if (!_deviceCodes.TryGetValue(code, out var polls)) return Results.Json(new { error = "expired_token", error_description = "AADSTS70019: The code has expired." }, statusCode: 400);
                // The person approves the sign-in after the first poll.
                if (polls == 0)
                {
                    _deviceCodes[code] = 1;
                    return Results.Json(new { error = "authorization_pending", error_description = "AADSTS70016: Pending end-user authorization." }, statusCode: 400);
                }
                _deviceCodes.TryRemove(code, out _);
                return DelegatedTokens(tenant);
            }
            if (grant == "refresh_token")
            {
                var refresh = form["refresh_token"].ToString();
                if (!_refreshTokens.TryGetValue(refresh, out var valid) || !valid)
                    return Results.Json(new { error = "invalid_grant", error_description = "AADSTS700082: The refresh token has expired due to inactivity." }, statusCode: 400);
                return DelegatedTokens(tenant);
            }
            if (grant != "client_credentials")
                return Results.Json(new { error = "unsupported_grant_type", error_description = "AADSTS70003: This fake does not serve " + grant + "." }, statusCode: 400);
            if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
                return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided.", error_codes = new[] { 7000215 } }, statusCode: 401);
            var token = $"fake-graph-app-token-{Interlocked.Increment(ref _tokens)}-{Guid.NewGuid():N}";
            _issued[token] = true;
            return Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = token });
        });
    }
}
