using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Pipes.Logging;
using Polly;

namespace Pipes.Integrations;

/// <summary>
/// Sends an integration's HTTP requests through the shared resilience pipeline, paced by its rate
/// limiter and concurrency cap, each attempt under the per-call timeout, and logs one event per
/// operation (plus one per retry). Failures come back as <see cref="IntegrationError"/>s.
/// </summary>
public sealed partial class IntegrationHttp
{
    private readonly string _integration;
    private readonly HttpClient _client;
    private readonly ResilienceOptions _options;
    private readonly TimeProvider _clock;
    private readonly OperationLog _log;
    private readonly Redactor _redactor;
    private readonly RequestGate _gate;

    /// <summary>One sender for <paramref name="integration"/>; <paramref name="gate"/> is the account's shared pace and concurrency limits (a private one from <paramref name="options"/> when null).</summary>
    public IntegrationHttp(string integration, HttpClient client, ResilienceOptions options, TimeProvider clock, OperationLog log, Redactor redactor, RequestGate? gate = null)
    {
        _integration = integration;
        _client = client;
        _options = options;
        _clock = clock;
        _log = log;
        _redactor = redactor;
        _gate = gate ?? new RequestGate(options.RequestsPerSecond, options.MaxConcurrency, clock);
    }

    public ResilienceOptions Options => _options;

    /// <summary>
    /// Sends the request made by <paramref name="createRequest"/> (called once per attempt) and
    /// returns the answer when it succeeded or <paramref name="accept"/> takes it; otherwise throws.
    /// An answer <paramref name="accept"/> takes is the caller's to read and is never retried (a 429
    /// that is a daily quota refusal, not a pace one).
    /// The caller disposes the response.
    /// </summary>
    /// <remarks><paramref name="neverSent"/> hears of each attempt whose request never reached the service (<see cref="TransientFaults.NeverReachedService"/>, or stopped while it waited for the pace or a concurrency place).</remarks>
    public async Task<HttpResponseMessage> SendAsync(string operation, Func<HttpRequestMessage> createRequest,
        RequestSafety safety = RequestSafety.Idempotent, Func<HttpResponseMessage, bool>? accept = null,
        CancellationToken cancellationToken = default, Action<HttpRequestMessage>? neverSent = null)
    {
        var started = Stopwatch.GetTimestamp();
        var attempt = 0;
        string? target = null;
        Uri? address = null;
        var earlierMayHaveActed = false;
        var pipeline = ResilienceBuilder.ForHttp(_options, _clock, safety, (failed, delay, status, exception) =>
        {
            earlierMayHaveActed |= MayHaveActed(status, exception);
            _log.Write(new OperationRecord(_integration, operation, target, OperationOutcome.Retrying, Stopwatch.GetElapsedTime(started), failed,
                (int?)status, string.Create(CultureInfo.InvariantCulture, $"{Describe(status, exception).TrimEnd('.')}; retrying in {delay.TotalSeconds:0.###} s")));
        }, accept);

        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(async token =>
            {
                attempt++;
                using var request = createRequest();
                target = $"{request.Method} {_redactor.RedactUrl(request.RequestUri)}";
                address = request.RequestUri;
                return await AttemptAsync(operation, request, neverSent, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _log.Write(new OperationRecord(_integration, operation, target, OperationOutcome.Cancelled, Stopwatch.GetElapsedTime(started), attempt));
            throw;
        }
        catch (IntegrationError error) when (error is OutcomeUnknownError || error.ErrorId is ErrorIds.UnsafeRedirect or ErrorIds.ResponseTooLarge)
        {
            // A redirect not followed (AttemptAsync): to another origin, of a write, or in a loop.
            _log.Write(new OperationRecord(_integration, operation, target, OperationOutcome.Failed, Stopwatch.GetElapsedTime(started), attempt, Detail: error.Message));
            throw;
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or IOException)
        {
            var error = MapException(operation, exception, safety, attempt, address);
            error.AnAttemptMayHaveActed = earlierMayHaveActed || MayHaveActed(null, exception);
            _log.Write(new OperationRecord(_integration, operation, target, OperationOutcome.Failed, Stopwatch.GetElapsedTime(started), attempt, Detail: error.Message));
            throw error;
        }

        if (response.IsSuccessStatusCode)
        {
            _log.Write(new OperationRecord(_integration, operation, target, OperationOutcome.Succeeded, Stopwatch.GetElapsedTime(started), attempt, (int)response.StatusCode));
            return response;
        }
        if (accept?.Invoke(response) ?? false)
        {
            // An error answer the caller reads itself (a search engine's quota refusal): what it meant is the caller's to log, with
            // this request's target, time and attempts (logged here it was "Succeeded, status 400", and the failure had no target).
            response.RequestMessage?.Options.Set(TakenAnswerKey, new TakenAnswer(target, Stopwatch.GetElapsedTime(started), attempt));
            return response;
        }

        using (response)
        {
            var error = await MapStatusAsync(operation, response, attempt, cancellationToken).ConfigureAwait(false);
            error.AnAttemptMayHaveActed = earlierMayHaveActed || MayHaveActed(response.StatusCode, null);
            _log.Write(new OperationRecord(_integration, operation, target, OperationOutcome.Failed, Stopwatch.GetElapsedTime(started), attempt, (int)response.StatusCode, error.Message));
            throw error;
        }
    }

    /// <summary>Where an error answer that <c>accept</c> took says which request it answered, for the caller's log record (see <see cref="TakenAnswer"/>).</summary>
    public static readonly HttpRequestOptionsKey<TakenAnswer> TakenAnswerKey = new("Pipes.TakenAnswer");

    /// <summary>An error answer the caller took to read itself: the request as the log names it (method and redacted URL), the time from the first attempt (ms precision), and the attempts made.</summary>
    public sealed record TakenAnswer(string? Target, TimeSpan Elapsed, int Attempts);

    /// <summary>Redirects followed for one attempt before it fails, as browsers and .NET stop a loop.</summary>
    private const int MaxRedirects = 5;

    private async Task<HttpResponseMessage> AttemptAsync(string operation, HttpRequestMessage request, Action<HttpRequestMessage>? neverSent, CancellationToken cancellationToken)
    {
        IDisposable? place;
        try
        {
            place = await _gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            neverSent?.Invoke(request); // stopped while it waited for its turn: it never left
            throw;
        }
        using (place)
        {
            // The timeout bounds real network time; retry waits and pacing run on the injected clock.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                for (var hops = 0; IsRedirect(response.StatusCode) && response.Headers.Location is { } location; hops++)
                {
                    var from = response.RequestMessage?.RequestUri ?? request.RequestUri!;
                    var target = location.IsAbsoluteUri ? location : new Uri(from, location);
                    var status = response.StatusCode;
                    response.Dispose();
                    // Only a read is repeated at the new address, and only within the origin its credential belongs to.
                    if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head) throw RedirectedWrite(operation, request.Method, target, status);
                    if (hops == MaxRedirects)
                        throw new IntegrationError(_integration, operation, ErrorIds.UnsafeRedirect, PipesErrorKind.RemoteRejected,
                            $"{Request(operation)} was redirected {MaxRedirects} times within its own address without an answer (a redirect loop); the last pointed to {Shown(target)}.", status,
                            recommendedAction: $"Check {_integration}'s base URL (Get-PipesConfig {_integration}.*) and the proxy in front of the service.");
                    if (!IntegrationBase.SameOrigin(target, from)) throw Redirected(operation, target, status);
                    using var next = new HttpRequestMessage(request.Method, target);
                    foreach (var header in request.Headers) next.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    try
                    {
                        response = await _client.SendAsync(next, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                    }
                    catch (HttpRequestException exception)
                    {
                        // The first request reached the service: what it counted stays counted (no NeverSent for a hop).
                        throw new IOException($"The redirect's address could not be reached: {exception.Message}", exception);
                    }
                }
                return response;
            }
            catch (HttpRequestException exception) when (TransientFaults.IsTooLarge(exception))
            {
                throw new IntegrationError(_integration, operation, ErrorIds.ResponseTooLarge, PipesErrorKind.LimitExceeded,
                    $"{Request(operation)} was answered with more than {PipesEnvironment.MaxResponseBytes / (1024 * 1024)} MB (once decompressed); it was read no further and not repeated.",
                    recommendedAction: $"Check {_integration}'s base URL (Get-PipesConfig {_integration}.*) and any proxy in front of the service: no answer of the service is that long.");
            }
            catch (HttpRequestException exception) when (TransientFaults.NeverReachedService(exception))
            {
                // The first request only (a redirect hop's failure is an IOException): the service never saw it.
                neverSent?.Invoke(request);
                throw;
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No answer within {_options.Timeout.TotalSeconds:0.###} s.", exception);
            }
        }
    }

    /// <summary>
    /// Whether an attempt that failed so may still have been carried out: a timeout, a connection that broke after
    /// it was made, a 5xx other than 503 (a gateway's 500/502/504). Not a 429 or 503, nor a connection never made.
    /// </summary>
    private static bool MayHaveActed(HttpStatusCode? status, Exception? exception) => status is { } code
        ? (int)code >= 500 && !TransientFaults.ProvesNotProcessed(code)
        : exception is TimeoutException || (exception is HttpRequestException or IOException && !TransientFaults.NeverReachedService(exception));

    private IntegrationError MapException(string operation, Exception exception, RequestSafety safety, int attempts, Uri? address)
    {
        if (safety == RequestSafety.NotIdempotent && !TransientFaults.NeverReachedService(exception))
            return new OutcomeUnknownError(_integration, operation,
                $"{Request(operation)} may or may not have taken effect: {Sentence(Describe(null, exception))} It was not repeated.", exception) { Attempts = attempts };
        if (exception is TimeoutException)
            return new IntegrationTimeoutError(_integration, operation,
                $"{Request(operation)} timed out after {attempts} attempt(s): {exception.Message}", exception) { Attempts = attempts };
        // A connection that was made and then closed before the whole answer came did reach the service: "could not be reached" would be untrue.
        var at = Origin(address);
        // No secure connection: .NET's words ("Cannot determine the frame size or a corrupted frame was received") say nothing to the reader.
        if (TransientFaults.IsSecureConnectionFailure(exception))
            return new UnavailableError(_integration, operation, $"{_integration}{(at is null ? "" : " at " + at)} gave no secure (https) connection: {Sentence(Describe(null, exception))}",
                inner: exception, recommendedAction: $"An address that answers only http is not the service's https one, and a certificate this machine does not trust (a proxy's, a "
                    + $"self-signed one) must be trusted in its certificate store; check the address (Get-PipesConfig {_integration}.*). It was not retried.") { Attempts = attempts };
        // Never reached: the address tried is named (a mistyped base URL, a host that does not resolve), and the settings that hold it.
        if (TransientFaults.NeverReachedService(exception))
        {
            return new UnavailableError(_integration, operation, $"{_integration} could not be reached{(at is null ? "" : " at " + at)} after {attempts} attempt(s): {Sentence(Describe(null, exception))}",
                inner: exception, recommendedAction: $"Check the network, that {(at ?? "the address")} is {_integration}'s (Get-PipesConfig {_integration}.*), and the service's status, then try again.") { Attempts = attempts };
        }
        return new UnavailableError(_integration, operation, $"{Request(operation)} got no complete answer after {attempts} attempt(s): {Sentence(Describe(null, exception))}", inner: exception) { Attempts = attempts };
    }

    // Http.MaxRetryAfterSeconds' maximum, as its definition gives it: a longer wait is no setting's to make.
    private static readonly double MaxRetryAfterLimit = Configuration.GeneralSettings.All.Single(s => s.Name == "Http.MaxRetryAfterSeconds").Maximum!.Value;

    /// <summary>
    /// Pipes.RateLimited; a Retry-After longer than Http.MaxRetryAfterSeconds was not waited out, and says so and which setting
    /// would wait it (a trial: "Wait 1000 s" alone read as if Pipes had given up for no reason).
    /// </summary>
    private RateLimitedError Throttled(string operation, HttpStatusCode status, string said, string retried, TimeSpan? wait, int attempts)
    {
        if (wait is not { } asked || asked <= _options.MaxRetryAfter)
            return new RateLimitedError(_integration, operation, $"{_integration} is throttling requests{retried} ({said}).", status, wait) { Attempts = attempts };
        var seconds = Math.Ceiling(asked.TotalSeconds);
        return new RateLimitedError(_integration, operation,
            $"{_integration} is throttling requests{retried} ({said}) and asked for a wait of {seconds:0} s, longer than Pipes waits by itself ({_options.MaxRetryAfter.TotalSeconds:0} s, Http.MaxRetryAfterSeconds), so it did not wait.",
            status, wait,
            // The setting goes to 3600 s: a longer wait is no setting's to make (a review: 7200 s advised 3600, which would not wait it).
            seconds <= MaxRetryAfterLimit ? $"Try again after {seconds:0} s, or let Pipes wait that long: Set-PipesConfig Http.MaxRetryAfterSeconds {seconds:0}."
                : $"Try again after {seconds:0} s ({TimeSpan.FromSeconds(seconds):g}); Pipes waits at most {MaxRetryAfterLimit} s by itself (Http.MaxRetryAfterSeconds).") { Attempts = attempts };
    }

    private async Task<IntegrationError> MapStatusAsync(string operation, HttpResponseMessage response, int attempts, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        string? body = null;
        try { body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false); }
        catch (Exception exception) when (exception is HttpRequestException or IOException) { }
        var (code, message) = ErrorBody.Describe(body);
        var said = _redactor.Redact(message is null ? $"HTTP {(int)status} {response.ReasonPhrase}" : $"HTTP {(int)status}: {message}");
        var retried = attempts > 1 ? $" after {attempts} attempts" : string.Empty;
        return status switch
        {
            HttpStatusCode.TooManyRequests => Throttled(operation, status, said, retried, RetryAfter.Parse(response, _clock.GetUtcNow()), attempts),
            HttpStatusCode.Unauthorized => new AuthenticationError(_integration, operation,
                $"{_integration} refused the credentials ({said}).", status),
            // 403: Graph's for a token that may not do this (an app or account without Mail.Send, Calendars.ReadWrite or the mailbox's
            // access; a trial: "refused the credentials" sent the reader to replace a good token), ActiveCampaign's for a bad Api-Token.
            HttpStatusCode.Forbidden => new AuthenticationError(_integration, operation,
                $"{_integration} refused the {RequestName(operation)}: the credential is not valid for it, or lacks a permission it needs ({said}).", status,
                recommendedAction: $"Check that the account or app has the permission this needs{(_integration == "Outlook" ? " (Graph's Mail.Send, Mail.ReadWrite or Calendars.ReadWrite, and access to the mailbox)" : "")}, "
                    + $"and which credential {_integration} used (Get-PipesSecretInfo); replace a stale one with Set-PipesSecret."),
            _ when TransientFaults.IsTransient(status) => new UnavailableError(_integration, operation,
                $"{Request(operation)} failed{retried} ({said}).", status) { Attempts = attempts },
            _ => new RemoteRejectedError(_integration, operation, $"{Request(operation)} was rejected ({said}).", status, code),
        };
    }

    /// <summary>
    /// A write answered with a redirect: a 307 or 308 says it was not done (repeat it there), but a 301, 302 or 303
    /// may follow a write that was done (Post/Redirect/Get): then whether it took effect is unknown, and it is not repeated.
    /// </summary>
    private IntegrationError RedirectedWrite(string operation, HttpMethod method, Uri target, HttpStatusCode status) =>
        (int)status is 307 or 308
            ? Redirected(operation, target, status)
            : new OutcomeUnknownError(_integration, operation,
                $"{Request(operation)} ({method}) was answered with a redirect (HTTP {(int)status}) to {Shown(target)}: it may or may not have taken effect, and it was not repeated.");

    private IntegrationError Redirected(string operation, Uri target, HttpStatusCode status) =>
        new(_integration, operation, ErrorIds.UnsafeRedirect, PipesErrorKind.RemoteRejected,
            $"{Request(operation)} was answered with a redirect (HTTP {(int)status}) to {Shown(target)}; it was not followed, so no credential went there.", status,
            recommendedAction: $"If that is where the service now lives, set {_integration}'s base URL to it (Get-PipesConfig {_integration}.*); a proxy or gateway may be redirecting.");

    /// <summary>
    /// The request as a message names it, in words rather than the log's operation id: "ListInbox" is
    /// "The Outlook list-inbox request".
    /// </summary>
    private string Request(string operation) => $"The {_integration} {RequestName(operation)}";

    /// <summary>"send-mail request" for "SendMail".</summary>
    private static string RequestName(string operation) => $"{string.Join('-', SplitWords().Split(operation).Select(w => w.ToLowerInvariant()))} request";

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex SplitWords();

    /// <summary>A request's origin as messages show it: scheme, host and port, no user name, path or query (where a key may sit).</summary>
    private string? Origin(Uri? address) =>
        address is { IsAbsoluteUri: true } ? _redactor.Redact(address.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped)) : null;

    /// <summary>A redirect's address as messages show it: without its query (where a key may sit), redacted.</summary>
    private string Shown(Uri target) => _redactor.RedactUrl(new Uri(target.GetLeftPart(UriPartial.Path)));

    // A timeout is said by its own words ("No answer within 100 s."), not by the cancellation inside it ("The operation was canceled.").
    private string Describe(HttpStatusCode? status, Exception? exception) =>
        status is { } s ? $"HTTP {(int)s}" : _redactor.Redact(WithoutErrorName(exception is TimeoutException ? exception : exception?.GetBaseException() ?? exception));

    /// <summary>
    /// An exception's message without the <see cref="HttpRequestError"/> name .NET appends to an <see cref="HttpIOException"/>'s
    /// ("The response ended prematurely. (ResponseEnded)"): an enum name means nothing to the reader.
    /// </summary>
    private static string WithoutErrorName(Exception? exception)
    {
        var message = exception?.Message ?? "unknown failure";
        return exception is HttpIOException io && message.EndsWith($" ({io.HttpRequestError})", StringComparison.Ordinal)
            ? message[..^($" ({io.HttpRequestError})".Length)] : message;
    }

    // .NET's socket messages have no full stop ("Connection refused (127.0.0.1:5302)"); the error's advice follows as a sentence.
    private static string Sentence(string text) => text.TrimEnd().EndsWith('.') ? text.TrimEnd() : text.TrimEnd() + ".";

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;
}
