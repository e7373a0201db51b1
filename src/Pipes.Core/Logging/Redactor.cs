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

    // Base64 text shorter than this could occur by chance in ordinary base64 (an id, a hash).
    private const int MinimumEncodedLength = 8;

    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);

    // The base64 forms (whole 3-byte groups): the characters beside one in a longer base64 text encode the secret's first and
    // last bytes too ("***dWU=" showed its last two), and are masked with it.
    private readonly ConcurrentDictionary<string, byte> _base64 = new(StringComparer.Ordinal);
    private Func<IEnumerable<string>>? _knownSecrets;

    /// <summary>
    /// Registers a value (a stored secret, a token just obtained) to be masked wherever it appears,
    /// and the forms a server may echo it in: URL-encoded (both conventions, hex digits in either case), JSON-escaped, and base64
    /// (standard and URL-safe, at each of the three alignments it can take inside a longer base64 text).
    /// </summary>
    public void AddSecret(string? value)
    {
        if (value is not { Length: >= MinimumSecretLength }) return;
        if (!_secrets.TryAdd(value, 0)) return;
        foreach (var (form, base64) in EncodedForms(value)) (base64 ? _base64 : _secrets).TryAdd(form, 0);
    }

    /// <summary>
    /// Secrets to learn on first use: every stored secret, so that a value this command never read
    /// (a server echoing another integration's key) is still masked. Called at most once.
    /// </summary>
    public void LearnOnFirstUse(Func<IEnumerable<string>> knownSecrets) => _knownSecrets = knownSecrets;

    private static IEnumerable<(string Form, bool Base64)> EncodedForms(string value)
    {
        foreach (var encoded in new[] { Uri.EscapeDataString(value), System.Net.WebUtility.UrlEncode(value) })
        {
            yield return (encoded, false);
            // HttpUtility.UrlEncode, and servers built on it, write the escapes' hex digits in lower case: "%2b", not "%2B".
            var lower = PercentEscape().Replace(encoded, escape => escape.Value.ToLowerInvariant());
            if (lower != encoded) yield return (lower, false);
        }
        // A JSON body echoing it: System.Text.Json's writer escapes '+', '&', '<', '>' and quotes ("ab\u002Bcd").
        var json = System.Text.Json.JsonEncodedText.Encode(value).ToString();
        if (json != value) yield return (json, false);
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        for (var skip = 0; skip < 3 && bytes.Length - skip >= 6; skip++)
        {
            // From byte `skip` on, whole 3-byte groups encode to the same 4 characters wherever they sit in a longer text.
            var whole = (bytes.Length - skip) / 3 * 3;
            var core = Convert.ToBase64String(bytes, skip, whole);
            if (core.Length < MinimumEncodedLength) continue;
            yield return (core, true);
            yield return (core.Replace('+', '-').Replace('/', '_'), true);
        }
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        if (Interlocked.Exchange(ref _knownSecrets, null) is { } learn)
        {
            try { foreach (var secret in learn()) AddSecret(secret); }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Integrations.PipesException) { } // an unreadable store masks what it can
        }
        foreach (var secret in _secrets.Keys)
            if (text.Contains(secret, StringComparison.Ordinal)) text = text.Replace(secret, Mask, StringComparison.Ordinal);
        foreach (var form in _base64.Keys)
            if (text.Contains(form, StringComparison.Ordinal)) text = MaskBase64(text, form);
        text = AuthorizationHeader().Replace(text, m => m.Groups[1].Value + Mask);
        text = BearerToken().Replace(text, m => m.Groups[1].Value + Mask);
        text = SecretQueryParameter().Replace(text, m => m.Groups[1].Value + Mask);
        text = SecretJsonField().Replace(text, m => m.Groups[1].Value + Mask + "\"");
        return text;
    }

    /// <summary>
    /// Each occurrence of a base64 form masked with up to 3 base64 characters before it and 3 after it (and their padding): the
    /// partial groups that hold the secret's first and last bytes.
    /// </summary>
    private static string MaskBase64(string text, string form)
    {
        var built = new System.Text.StringBuilder(text.Length);
        var from = 0;
        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, from, StringComparison.Ordinal))
        {
            var start = at;
            while (start > from && at - start < 3 && IsBase64(text[start - 1])) start--;
            var end = at + form.Length;
            for (var n = 0; n < 3 && end < text.Length && IsBase64(text[end]); n++) end++;
            while (end < text.Length && text[end] == '=') end++;
            built.Append(text, from, start - from).Append(Mask);
            from = end;
        }
        return built.Append(text, from, text.Length - from).ToString();
    }

    private static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '-' or '_';

    /// <summary>A URL fit for a log line: secret query values masked.</summary>
    /// <remarks>A user-info part (<c>https://user:password@host/</c>) is masked whatever it holds: it is a credential by its place.</remarks>
    public string RedactUrl(Uri? url)
    {
        if (url is null) return string.Empty;
        var text = url.ToString();
        if (url.IsAbsoluteUri && url.UserInfo.Length > 0)
            text = new UriBuilder(url) { UserName = Mask, Password = "" }.Uri.ToString();
        return Redact(text);
    }

    [GeneratedRegex("%[0-9A-F]{2}")]
    private static partial Regex PercentEscape();

    [GeneratedRegex(@"(?im)\b((?:authorization|proxy-authorization|api-token|x-api-key|x-subscription-token|ocp-apim-subscription-key)\s*[:=]\s*(?:(?:bearer|basic|token)\s+)?)[^\s,;""']+")]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex(@"(?i)\b(bearer\s+)[A-Za-z0-9\-._~+/]+=*")]
    private static partial Regex BearerToken();

    /// <summary>
    /// A query parameter that carries a credential: a key, a code, a signature, or any name ending in token, secret or password
    /// (Graph's upload sessions put their own token in <c>?authtoken=</c>, on another origin, with no other mark). OData's paging
    /// cursors (<c>$skiptoken</c>, <c>$deltatoken</c>) are no credential and stay readable.
    /// </summary>
    [GeneratedRegex(@"(?i)([?&;](?!\$)(?:key|api_key|apikey|api-key|client_assertion|code|sig|signature|[a-z0-9_.\-]*(?:token|secret|password))=)[^&\s#""']*")]
    private static partial Regex SecretQueryParameter();

    [GeneratedRegex(@"(?i)(""(?:access_token|refresh_token|id_token|client_secret|password|api_key|apiKey|token)""\s*:\s*"")[^""]*""")]
    private static partial Regex SecretJsonField();
}
