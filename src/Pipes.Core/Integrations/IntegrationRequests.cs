using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Pipes.Integrations;

/// <summary>
/// The request layer every integration shares: one way to send a request and read a typed JSON
/// answer, one way to walk pages, and the hooks in which integrations differ (how a request is
/// authorised, which headers it carries, what a refused credential means). Answers are read with
/// source-generated <see cref="JsonTypeInfo{T}"/>s (one <c>JsonSerializerContext</c> per integration).
/// </summary>
public abstract partial class IntegrationBase
{
    /// <summary>
    /// Puts the credential on a request: a bearer token, an <c>Api-Token</c> header, a key in the
    /// query. <paramref name="renew"/> is true on the one repeat after a 401, when
    /// <see cref="CanRenewCredentials"/> said a fresh credential may help.
    /// </summary>
    protected virtual ValueTask AuthorizeAsync(HttpRequestMessage request, bool renew, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Whether a 401 may be cured by a fresh credential (an expiring token); then the request is repeated once, which is safe since a 401 means nothing was done.</summary>
    protected virtual bool CanRenewCredentials => false;

    /// <summary>
    /// Headers every request of this integration carries (<c>Prefer</c>, <c>Accept</c>), and what an attempt must take before it is sent (a unit
    /// of a daily quota); <paramref name="cancellationToken"/> is the call's, for a wait that taking involves (a ledger's lock).
    /// </summary>
    protected virtual void Prepare(HttpRequestMessage request, CancellationToken cancellationToken) { }

    /// <summary>An attempt prepared by <see cref="Prepare"/> never reached the service (the connection refused): what Prepare counted may be given back.</summary>
    protected virtual void NeverSent(HttpRequestMessage request) { }

    /// <summary>The error to report when the service still refuses the credential (after any renewal); the default keeps the generic one.</summary>
    protected virtual IntegrationError CredentialsRefused(string operation, AuthenticationError error) => error;

    /// <summary>
    /// The origin (scheme, host and port) this integration's credentials belong to. Next-page links
    /// are followed only there: a link to anywhere else would carry the credential to a stranger.
    /// </summary>
    protected virtual Uri? ApiOrigin => null;

    /// <summary>
    /// Sends one request, authorised, through the shared resilience pipeline, and returns the answer
    /// when it succeeded or <paramref name="accept"/> takes it. <paramref name="json"/> is the body
    /// (UTF-8 JSON), rebuilt for every attempt. The caller disposes the response.
    /// Throws an <see cref="IntegrationError"/> (see <see cref="IntegrationHttp.SendAsync"/>).
    /// </summary>
    protected Task<HttpResponseMessage> SendAsync(string operation, HttpMethod method, string url, string? json = null,
        RequestSafety safety = RequestSafety.Idempotent, Func<HttpResponseMessage, bool>? accept = null, CancellationToken cancellationToken = default) =>
        SendAsync(Http, operation, method, url, json, safety, accept, cancellationToken);

    /// <inheritdoc cref="SendAsync(string, HttpMethod, string, string?, RequestSafety, Func{HttpResponseMessage, bool}?, CancellationToken)"/>
    protected async Task<HttpResponseMessage> SendAsync(IntegrationHttp http, string operation, HttpMethod method, string url, string? json = null,
        RequestSafety safety = RequestSafety.Idempotent, Func<HttpResponseMessage, bool>? accept = null, CancellationToken cancellationToken = default)
    {
        for (var renew = false; ; renew = true)
        {
            // The credential is fetched once per call (or renewal), not per retry of the same call.
            using var template = new HttpRequestMessage(method, url);
            await AuthorizeSendableAsync(template, renew, operation, cancellationToken).ConfigureAwait(false);
            try
            {
                return await http.SendAsync(operation, () =>
                {
                    var request = new HttpRequestMessage(method, template.RequestUri);
                    foreach (var header in template.Headers) request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    Prepare(request, cancellationToken);
                    if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
                    // An empty body (Content-Length: 0), not none: SocketsHttpHandler replays a request without a body
                    // on a new connection by itself when a reused keep-alive connection closes before any answer byte,
                    // whatever its method (dotnet/runtime#86714), so a delete or send the service had already done would
                    // be done again, unseen by the retry policy. A request with a body is never replayed.
                    else if (safety == RequestSafety.NotIdempotent) request.Content = new ByteArrayContent([]);
                    return request;
                }, safety, accept, cancellationToken, NeverSent).ConfigureAwait(false);
            }
            catch (AuthenticationError error) when (error.StatusCode == HttpStatusCode.Unauthorized && !renew && CanRenewCredentials)
            {
                // The credential expired or was revoked mid-run: one more try with a fresh one.
            }
            catch (AuthenticationError error) when (error.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw CredentialsRefused(operation, error);
            }
        }
    }

    /// <summary>
    /// <see cref="AuthorizeAsync"/>, then a check that every header it put on the request can be sent. A credential
    /// copied with a line break, a no-break space or a zero-width character is refused by .NET: a line break as a
    /// FormatException while it is set, any other character outside printable ASCII only when the request is sent,
    /// as an HttpRequestException that looks like a network failure (retried, and counted against a search quota,
    /// though nothing left the machine). Throws <see cref="AuthenticationError"/> naming the header and the
    /// character's code point and place, never the value; nothing is sent.
    /// </summary>
    private async ValueTask AuthorizeSendableAsync(HttpRequestMessage request, bool renew, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await AuthorizeAsync(request, renew, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException exception)
        {
            throw UnsendableCredential(operation, "a line break or NUL", exception);
        }
        foreach (var header in request.Headers)
        {
            foreach (var value in header.Value)
            {
                var bad = value.AsSpan().IndexOfAnyExceptInRange(' ', '~');
                if (bad >= 0)
                    throw UnsendableCredential(operation, $"U+{(int)value[bad]:X4} at character {bad + 1} of its {header.Key} header", null);
            }
        }
    }

    private AuthenticationError UnsendableCredential(string operation, string what, Exception? inner) =>
        new(Name, operation,
            $"The {Name} credential cannot be sent: it holds a character an HTTP header cannot carry ({what}); a copied key or token often brings a line break or a no-break space along. Nothing was sent.",
            recommendedAction: "Store the credential again without that character (Set-PipesSecret, or the environment variable that holds it); Get-PipesSecretInfo shows which one was used.",
            inner: inner);

    /// <summary>Sends a request and reads its answer as <typeparamref name="T"/>.</summary>
    protected async Task<T> SendJsonAsync<T>(string operation, HttpMethod method, string url, JsonTypeInfo<T> answer, string? json = null,
        RequestSafety safety = RequestSafety.Idempotent, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(operation, method, url, json, safety, null, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, answer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads an answer's JSON body; anything that is not the JSON expected is <see cref="RemoteRejectedError"/>, never a raw JsonException.</summary>
    protected async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> answer, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await JsonSerializer.DeserializeAsync(body, answer, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("the answer is null");
        }
        catch (JsonException exception)
        {
            // A web page where JSON was asked for (a proxy's, a captive portal's or the service's own error page, sent with 200)
            // is said as such: the JSON parser's words about its first '<' tell a reader nothing.
            var type = response.Content.Headers.ContentType?.MediaType;
            throw new RemoteRejectedError(Name, "Read", type is not null && !type.Contains("json", StringComparison.OrdinalIgnoreCase)
                ? $"{Name} answered with a {type} page, not JSON: a proxy's, a sign-in or an error page stood where the service's answer should be."
                : $"{Name} answered with something that is not JSON of the expected shape: {JsonProblem(exception)}.", response.StatusCode);
        }
    }

    /// <summary>
    /// What was wrong with an answer's JSON, in a user's words and with where (its JSON path): the parser's own message names .NET's
    /// types and byte positions ("The JSON value could not be converted to Pipes.ActiveCampaign.AcContactPage. Path: $ | LineNumber: 0
    /// | BytePositionInLine: 28."), which a trial found told a user nothing.
    /// </summary>
    internal static string JsonProblem(JsonException exception)
    {
        var message = exception.Message;
        // .NET's words for an answer cut short: "Expected depth to be zero at the end of the JSON payload" (an object or array left
        // open), "... reached end of data" (inside a value), "... is incomplete"; for none at all, "does not contain any JSON tokens".
        var what = message.Contains("could not be converted", StringComparison.Ordinal) ? "a value of another kind than the API's"
            : message.Contains("does not contain any JSON tokens", StringComparison.Ordinal) ? "an empty answer"
            : message.Contains("after a single JSON value", StringComparison.Ordinal) ? "text after the end of its JSON"
            : message.Contains("end of data", StringComparison.Ordinal) || message.Contains("depth to be zero", StringComparison.Ordinal)
                || message.Contains("end of the JSON payload", StringComparison.Ordinal) || message.Contains("incomplete", StringComparison.OrdinalIgnoreCase)
                ? "the answer ends before its JSON does (cut short)"
            : message.Contains("the answer is null", StringComparison.Ordinal) ? "the answer is null"
            : "text that is not valid JSON";
        return what == "an empty answer" ? what : exception.Path is { Length: > 1 } path ? $"{what}, at {path}" : exception.LineNumber is { } line ? $"{what}, on line {line + 1}" : what;
    }

    /// <summary>
    /// Walks pages joined by a next-page link (Graph's <c>@odata.nextLink</c>), yielding each page's
    /// items as the page arrives. A link to another origin than <see cref="ApiOrigin"/> is refused with
    /// <c>Pipes.UnsafeNextLink</c> before any request goes there; a link already followed ends the walk
    /// (a server that loops would otherwise be asked for ever).
    /// </summary>
    protected async IAsyncEnumerable<TItem> PagesAsync<TPage, TItem>(string operation, string firstUrl, JsonTypeInfo<TPage> page,
        Func<TPage, IEnumerable<TItem>> items, Func<TPage, string?> nextLink, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var followed = new HashSet<string>(StringComparer.Ordinal) { firstUrl };
        for (string? url = firstUrl; url is not null;)
        {
            var current = await SendJsonAsync(operation, HttpMethod.Get, url, page, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var item in items(current)) yield return item;
            url = nextLink(current);
            if (url is null) break;
            CheckNextLink(operation, url);
            if (!followed.Add(url))
            {
                Environment.Log.Write(new Logging.OperationRecord(Name, operation, Environment.Redactor.RedactUrl(new Uri(url)), Logging.OperationOutcome.Succeeded,
                    TimeSpan.Zero, 1, Detail: "the next-page link points at a page already read; stopped there"));
                break;
            }
        }
    }

    private void CheckNextLink(string operation, string url)
    {
        if (ApiOrigin is { } origin && Uri.TryCreate(url, UriKind.Absolute, out var next) && SameOrigin(next, origin)) return;
        // The link's origin, through the redactor: a link may carry a credential as its user-info (a security trial:
        // http://<token>@host came out whole in the error). "/path" is a file: URI to .NET on Unix, and no origin at all.
        var shown = Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
            ? Environment.Redactor.RedactUrl(new Uri(parsed.GetLeftPart(UriPartial.Authority)))
            : "a relative or malformed link";
        throw new IntegrationError(Name, operation, ErrorIds.UnsafeNextLink, PipesErrorKind.RemoteRejected,
            $"{Name} answered with a next-page link to {shown}, not to {ApiOrigin?.GetLeftPart(UriPartial.Authority) ?? "its own service"}; it was not followed, so no credential went there.",
            recommendedAction: "Check the base URL setting of " + Name + " (Get-PipesConfig " + Name + ".*); a proxy or gateway may be rewriting links.");
    }

    /// <summary>Whether two URLs share scheme, host and port: where a credential may go.</summary>
    internal static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
