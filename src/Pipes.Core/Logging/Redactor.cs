using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Pipes.Logging;

/// <summary>
/// Removes secrets from text before it reaches a log, an error or verbose output: every secret
/// value it has been told about, bearer tokens and Authorization/API-token headers, OAuth fields
/// in JSON, and credential-carrying query parameters such as <c>key=</c> in URLs.
/// </summary>
public sealed partial class Redactor
{
    public const string Mask = "***";

    // Shorter values would mask ordinary words; no real key or token is this short.
    private const int MinimumSecretLength = 6;

    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);

    /// <summary>Registers a value (a stored secret, a token just obtained) to be masked wherever it appears.</summary>
    public void AddSecret(string? value)
    {
        if (value is { Length: >= MinimumSecretLength }) _secrets.TryAdd(value, 0);
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        foreach (var secret in _secrets.Keys)
            if (text.Contains(secret, StringComparison.Ordinal)) text = text.Replace(secret, Mask, StringComparison.Ordinal);
        text = AuthorizationHeader().Replace(text, m => m.Groups[1].Value + Mask);
        text = BearerToken().Replace(text, m => m.Groups[1].Value + Mask);
        text = SecretQueryParameter().Replace(text, m => m.Groups[1].Value + Mask);
        text = SecretJsonField().Replace(text, m => m.Groups[1].Value + Mask + "\"");
        return text;
    }

    /// <summary>A URL fit for a log line: secret query values masked.</summary>
    public string RedactUrl(Uri? url) => url is null ? string.Empty : Redact(url.ToString());

    [GeneratedRegex(@"(?im)\b((?:authorization|proxy-authorization|api-token|x-api-key|x-subscription-token|ocp-apim-subscription-key)\s*[:=]\s*(?:(?:bearer|basic|token)\s+)?)[^\s,;""']+")]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex(@"(?i)\b(bearer\s+)[A-Za-z0-9\-._~+/]+=*")]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"(?i)([?&;](?:key|api_key|apikey|api-key|access_token|id_token|refresh_token|token|client_secret|client_assertion|code|password|sig|signature)=)[^&\s#""']*")]
    private static partial Regex SecretQueryParameter();

    [GeneratedRegex(@"(?i)(""(?:access_token|refresh_token|id_token|client_secret|password|api_key|apiKey|token)""\s*:\s*"")[^""]*""")]
    private static partial Regex SecretJsonField();
}
