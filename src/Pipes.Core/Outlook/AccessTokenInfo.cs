using System.Text;
using System.Text.Json;

namespace Pipes.Outlook;

/// <summary>What an access token says about itself, read without validating it (Graph does that).</summary>
public static class AccessTokenInfo
{
    /// <summary>The "exp" claim of a JWT, or null for a token that is not a readable JWT.</summary>
    public static DateTimeOffset? Expiry(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return null;
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return json.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>What Connect-PipesOutlook established.</summary>
public sealed record OutlookConnection(string Mode, string Mailbox, DateTimeOffset? ExpiresOn, string Message);
