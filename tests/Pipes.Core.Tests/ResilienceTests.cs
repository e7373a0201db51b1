using System.Net;
using Microsoft.Extensions.Time.Testing;
using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>The shared retry pipeline, over real HTTP against the loopback fake.</summary>
public sealed class ResilienceTests : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly FakeServer _server;
    private readonly SteppingClock _clock = new();
    private readonly TestEnvironment _env;

    public ResilienceTests(FakeServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _env = new TestEnvironment(_clock);
    }

    public void Dispose() => _env.Dispose();

    private IntegrationHttp Http(ResilienceOptions? options = null, TimeProvider? clock = null) =>
        new("Test", _env.Pipes.HttpClient, options ?? new ResilienceOptions(), clock ?? _clock, _env.Pipes.Log, _env.Pipes.Redactor);

    private Func<HttpRequestMessage> Get(string path = "echo/item") => () => new HttpRequestMessage(HttpMethod.Get, new Uri(_server.BaseUrl, path));

    private Func<HttpRequestMessage> Post(string path = "echo/send") =>
        () => new HttpRequestMessage(HttpMethod.Post, new Uri(_server.BaseUrl, path)) { Content = new StringContent("{\"to\":\"a@b.c\"}") };

    [Fact]
    public async Task Two503sThenSuccessSucceedsAfterTwoRetries()
    {
        _server.Faults.Add(Fault.Status(503, times: 2));

        using var response = await Http().SendAsync("Get", Get());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(2, _clock.Waits.Count);
    }

    [Fact]
    public async Task BackoffGrowsExponentiallyWithoutJitter()
    {
        _server.Faults.Add(Fault.Status(500, times: 3));

        using var response = await Http(new ResilienceOptions { UseJitter = false, BaseDelay = TimeSpan.FromSeconds(1) }).SendAsync("Get", Get());

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], _clock.Waits.ToArray());
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task TransientStatusesAreRetried(int status)
    {
        _server.Faults.Add(Fault.Status(status));

        using var response = await Http().SendAsync("Get", Get());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task RetryAfterInSecondsSchedulesAtLeastThatDelay()
    {
        _server.Faults.Add(Fault.Status(429, retryAfter: "2"));

        using var response = await Http().SendAsync("Get", Get());

        Assert.True(_clock.Waits.Single() >= TimeSpan.FromSeconds(2), $"waited {_clock.Waits.Single()}");
        Assert.True(_clock.Elapsed >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task DecimalRetryAfterAsGraphSendsIsHonoured()
    {
        _server.Faults.Add(Fault.Status(429, retryAfter: "2.128"));

        using var response = await Http().SendAsync("Get", Get());

        Assert.Equal(TimeSpan.FromSeconds(2.128), _clock.Waits.Single());
    }

    [Fact]
    public async Task RetryAfterAsHttpDateWaitsUntilThatTime()
    {
        var at = _clock.GetUtcNow().AddSeconds(7);
        _server.Faults.Add(Fault.Status(503, retryAfter: at.ToString("R")));

        using var response = await Http().SendAsync("Get", Get());

        Assert.Equal(TimeSpan.FromSeconds(7), _clock.Waits.Single());
    }

    [Fact]
    public async Task RetryAfterLongerThanTheCapFailsAtOnceCarryingIt()
    {
        _server.Faults.Add(Fault.Status(429, retryAfter: "3600"));

        var error = await Assert.ThrowsAsync<RateLimitedError>(() => Http().SendAsync("Get", Get()));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Equal("Pipes.RateLimited", error.ErrorId);
        Assert.Single(_server.Requests);
        Assert.Empty(_clock.Waits);
        // Why it did not wait, and the setting that would (a trial: "Wait 3600 s" alone).
        Assert.Contains("asked for a wait of 3600 s, longer than Pipes waits by itself (120 s, Http.MaxRetryAfterSeconds), so it did not wait", error.Message);
        Assert.Contains("Set-PipesConfig Http.MaxRetryAfterSeconds 3600", error.RecommendedAction);

        // Past the setting's own maximum no setting waits it: none is advised (a review: 7200 s advised 3600).
        _server.Faults.Add(Fault.Status(429, retryAfter: "7200"));
        var longer = await Assert.ThrowsAsync<RateLimitedError>(() => Http().SendAsync("Get", Get()));
        Assert.DoesNotContain("Set-PipesConfig", longer.RecommendedAction);
        Assert.Contains("Try again after 7200 s", longer.RecommendedAction);
    }

    [Theory]
    [InlineData(400, typeof(RemoteRejectedError), "Pipes.RemoteRejected")]
    [InlineData(401, typeof(AuthenticationError), "Pipes.AuthenticationFailed")]
    [InlineData(403, typeof(AuthenticationError), "Pipes.AuthenticationFailed")]
    [InlineData(404, typeof(RemoteRejectedError), "Pipes.NotFound")]
    public async Task ClientErrorsAreNotRetried(int status, Type errorType, string errorId)
    {
        _server.Faults.Add(Fault.Status(status, times: 5));

        var error = await Assert.ThrowsAsync(errorType, () => Http().SendAsync("Get", Get()));

        Assert.Single(_server.Requests);
        Assert.Equal(errorId, ((IntegrationError)error).ErrorId);
        Assert.Equal((HttpStatusCode)status, ((IntegrationError)error).StatusCode);
    }

    [Fact]
    public async Task A403SaysTheCredentialMayLackAPermissionNotOnlyThatItWasRefused()
    {
        // A trial: Graph's 403 for a missing Mail.Send read "refused the credentials", and sent the reader to replace a good token.
        _server.Faults.Add(Fault.Status(403));

        var error = await Assert.ThrowsAsync<AuthenticationError>(() => Http().SendAsync("SendMail", Post()));

        Assert.StartsWith("Test refused the send-mail request: the credential is not valid for it, or lacks a permission it needs (HTTP 403", error.Message);
        Assert.Contains("which credential Test used", error.RecommendedAction);
        Assert.DoesNotContain("Mail.Send", error.RecommendedAction); // Graph's permissions only for Outlook (a review)
    }

    [Fact]
    public async Task ExhaustedBudgetRaisesErrorWithLastStatus()
    {
        _server.Faults.Add(Fault.Status(503, times: 10));

        var error = await Assert.ThrowsAsync<UnavailableError>(() => Http(new ResilienceOptions { MaxRetries = 3 }).SendAsync("ListInbox", Get()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(4, _server.Requests.Count);
        Assert.Contains("Injected fault 503", error.Message);
        Assert.StartsWith("The Test list-inbox request failed after 4 attempts", error.Message); // words, not the log's operation id
    }

    [Fact]
    public async Task AConnectionDroppedAfterTheRequestIsNotCalledUnreachableNorNamedByDotNetsEnum()
    {
        // The service took the request and closed the connection without an answer: it was reached.
        _server.Faults.Add(Fault.DropAfterProcessing(times: 10));

        var error = await Assert.ThrowsAsync<UnavailableError>(() => Http(new ResilienceOptions { MaxRetries = 1 }).SendAsync("ListInbox", Get()));

        Assert.Equal(2, error.Attempts);
        Assert.StartsWith("The Test list-inbox request got no complete answer after 2 attempt(s): ", error.Message);
        Assert.DoesNotContain("could not be reached", error.Message);
        Assert.DoesNotContain("(ResponseEnded)", error.Message);
    }

    [Fact]
    public async Task ExhaustedBudgetOn429IsRateLimitedWithRetryAfter()
    {
        _server.Faults.Add(Fault.Status(429, retryAfter: "1", times: 10));

        var error = await Assert.ThrowsAsync<RateLimitedError>(() => Http(new ResilienceOptions { MaxRetries = 2 }).SendAsync("Get", Get()));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task CancellationStopsARetryWaitAtOnce()
    {
        var frozen = new FakeTimeProvider(); // never advances: the 30 s wait can only end by cancellation
        _server.Faults.Add(Fault.Status(429, retryAfter: "30"));
        using var cancellation = new CancellationTokenSource();

        var call = Http(clock: frozen).SendAsync("Get", Get(), cancellationToken: cancellation.Token);
        await WaitUntil(() => _server.Requests.Count == 1);
        Assert.False(call.IsCompleted);
        cancellation.Cancel();

        // The bound only keeps a broken build from hanging the run; it is not a timing assertion.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task CallsAtALimitAreSpreadOverTheInjectedClock()
    {
        const int calls = 6;
        const double perSecond = 2;
        var http = Http(new ResilienceOptions { RequestsPerSecond = perSecond });

        for (var i = 0; i < calls; i++)
            using (await http.SendAsync("Get", Get())) { }

        Assert.True(_clock.Elapsed >= TimeSpan.FromSeconds((calls - 1) / perSecond), $"elapsed {_clock.Elapsed}");
        Assert.Equal(calls, _server.Requests.Count);
    }

    [Fact]
    public async Task ConcurrentCallsAtALimitTakeDistinctSlots()
    {
        const int calls = 8;
        const double perSecond = 4;
        var http = Http(new ResilienceOptions { RequestsPerSecond = perSecond });

        await Task.WhenAll(Enumerable.Range(0, calls).Select(async _ => { using var r = await http.SendAsync("Get", Get()); }));

        Assert.True(_clock.Elapsed >= TimeSpan.FromSeconds((calls - 1) / perSecond), $"elapsed {_clock.Elapsed}");
    }

    [Fact]
    public async Task ARequestStoppedWhileItWaitsForThePaceIsOneThatNeverLeft()
    {
        // Real time: one request every 5 s; the second is stopped while it waits for its turn (Ctrl+C).
        var http = Http(new ResilienceOptions { RequestsPerSecond = 0.2 }, TimeProvider.System);
        var neverSent = new List<HttpRequestMessage>();
        using (await http.SendAsync("Get", Get(), neverSent: neverSent.Add)) { }
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => http.SendAsync("Get", Get(), cancellationToken: cancel.Token, neverSent: neverSent.Add));

        Assert.Single(_server.Requests);
        Assert.Single(neverSent); // a metered request (a search) gives its query back
    }

    [Fact]
    public async Task SlowAnswerTimesOutAndIsRetried()
    {
        _server.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(5)));

        var said = new List<string>();
        HttpResponseMessage response;
        using (_env.Pipes.Log.Listen(said.Add))
            // 1 s, not less: on a loaded machine the second, prompt answer took over 300 ms once (a third request).
            response = await Http(new ResilienceOptions { Timeout = TimeSpan.FromSeconds(1) }).SendAsync("Get", Get());

        using (response) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _server.Requests.Count);
        // The retry says what happened, not the cancellation inside the timeout ("The operation was canceled.").
        Assert.Contains(said, line => line.Contains("No answer within 1 s; retrying in", StringComparison.Ordinal));
        Assert.DoesNotContain(said, line => line.Contains("canceled", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AnswersSlowerThanTheTimeoutEveryTimeGiveTimeoutError()
    {
        _server.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(5), times: 2));

        var error = await Assert.ThrowsAsync<IntegrationTimeoutError>(() =>
            Http(new ResilienceOptions { Timeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 }).SendAsync("Get", Get()));

        Assert.Equal("Pipes.Timeout", error.ErrorId);
        Assert.Equal(2, error.Attempts);
    }

    [Fact]
    public async Task DroppedConnectionIsRetriedForIdempotentRequests()
    {
        _server.Faults.Add(Fault.DropAfterProcessing());

        using var response = await Http().SendAsync("Get", Get());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task DroppedConnectionAfterProcessingIsNeverRepeatedForNonIdempotentRequests()
    {
        _server.Faults.Add(Fault.DropAfterProcessing());

        var error = await Assert.ThrowsAsync<OutcomeUnknownError>(() => Http().SendAsync("Send", Post(), RequestSafety.NotIdempotent));

        Assert.Single(_server.Requests);
        Assert.Equal("Pipes.OutcomeUnknown", error.ErrorId);
        // .NET's own sentence ("The response ended prematurely.") ends with its full stop: not doubled before ours.
        Assert.DoesNotContain("..", error.Message);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task NonIdempotentRequestsAreRetriedWhenTheServiceSaysItDidNotAct(int status)
    {
        _server.Faults.Add(Fault.Status(status));

        using var response = await Http().SendAsync("Send", Post(), RequestSafety.NotIdempotent);

        Assert.Equal(2, _server.Requests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task NonIdempotentRequestsAreNotRetriedAfterAmbiguousFailures(int status)
    {
        _server.Faults.Add(Fault.Status(status));

        await Assert.ThrowsAsync<UnavailableError>(() => Http().SendAsync("Send", Post(), RequestSafety.NotIdempotent));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task RefusedConnectionIsRetriedEvenForNonIdempotentRequestsThenReportedUnavailable()
    {
        var closedPort = ClosedLoopbackPort();
        var http = Http(new ResilienceOptions { MaxRetries = 2 });

        var error = await Assert.ThrowsAsync<UnavailableError>(() => http.SendAsync("Send",
            () => new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{closedPort}/send"), RequestSafety.NotIdempotent));

        Assert.Equal(3, error.Attempts);
        Assert.Null(error.StatusCode);
        Assert.Equal(2, _clock.Waits.Count);
        // The address tried is named, without path or query (a key may sit there), and the settings that hold it.
        Assert.StartsWith($"Test could not be reached at http://127.0.0.1:{closedPort} after 3 attempt(s): ", error.Message);
        Assert.DoesNotContain("/send", error.Message);
        Assert.Contains("Get-PipesConfig Test.*", error.RecommendedAction);
    }

    [Fact]
    public async Task AConnectionNotMadeInTimeIsAConnectionNeverMadeRetriedEvenForASendAndGivenBack()
    {
        // A host that drops the connect (a firewall, a dead VPN) was a time-out: 100 s an attempt, a send "may have taken effect"
        // and not repeated, a metered search's query counted. Http.ConnectTimeoutSeconds bounds the connect alone.
        using var hole = new BlackHole();
        _env.Pipes.Settings.Set("Http.ConnectTimeoutSeconds", 1);
        var http = Http(new ResilienceOptions { MaxRetries = 1 });
        var neverSent = new List<HttpRequestMessage>();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<UnavailableError>(() => http.SendAsync("Send",
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(hole.BaseUrl, "send")) { Content = new StringContent("{}") }, RequestSafety.NotIdempotent,
            neverSent: neverSent.Add));

        Assert.Equal(2, error.Attempts);
        Assert.Equal(2, neverSent.Count);
        Assert.False(error.AnAttemptMayHaveActed);
        Assert.Equal($"Test could not be reached at http://127.0.0.1:{hole.Port} after 2 attempt(s): No connection was made within 1 s (Http.ConnectTimeoutSeconds).", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"a hang: {watch.Elapsed}");
    }

    [Fact]
    public async Task AShortHttpTimeoutShortensTheConnectsSoItIsStillSaidAsNoConnection()
    {
        // A review: Http.TimeoutSeconds 5 under the default 20 s connect left the attempt's time-out to end every dropped connect.
        using var hole = new BlackHole();
        // The connect's 8 s end two seconds before the attempt's (2 s left 0.4 s, and 5 s left 1 s: both flaky under a clean clone's load).
        _env.Pipes.Settings.Set("Http.TimeoutSeconds", 10);
        var http = Http(_env.Pipes.DefaultResilience() with { MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<UnavailableError>(() => http.SendAsync("Get", () => new HttpRequestMessage(HttpMethod.Get, hole.BaseUrl)));

        Assert.Contains("No connection was made within 8 s (Http.ConnectTimeoutSeconds)", error.Message);
    }

    [Fact]
    public async Task TheAttemptsOwnTimeOutStillEndsAConnectThatOutlastsIt()
    {
        using var hole = new BlackHole();
        _env.Pipes.Settings.Set("Http.ConnectTimeoutSeconds", 60);
        var http = Http(new ResilienceOptions { MaxRetries = 0, Timeout = TimeSpan.FromSeconds(1) });

        var error = await Assert.ThrowsAsync<IntegrationTimeoutError>(() => http.SendAsync("Get", () => new HttpRequestMessage(HttpMethod.Get, hole.BaseUrl)));

        Assert.Contains("No answer within 1 s", error.Message);
    }

    [Fact]
    public async Task AnHttpsAddressThatAnswersHttpIsSaidOnceNotRetriedAsANetworkFault()
    {
        // A trial: https to a port that speaks http was retried four times and ended in .NET's "corrupted frame" wording.
        var http = Http(new ResilienceOptions { MaxRetries = 3 });
        var https = new UriBuilder(_server.BaseUrl) { Scheme = "https" }.Uri;

        var error = await Assert.ThrowsAsync<UnavailableError>(() => http.SendAsync("ListInbox", () => new HttpRequestMessage(HttpMethod.Get, new Uri(https, "echo/item"))));

        Assert.Equal(1, error.Attempts);
        Assert.Empty(_clock.Waits);
        Assert.StartsWith($"Test at https://127.0.0.1:{https.Port} gave no secure (https) connection: ", error.Message);
        Assert.Contains("not retried", error.RecommendedAction);
    }

    [Fact]
    public async Task AConnectionCutDuringTheTlsHandshakeIsANetworkFaultAndRetried()
    {
        // A review: every failed handshake was taken for a refused one (not retried, advice about certificates); a reset is not.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        using var stop = new CancellationTokenSource();
        var server = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref connections);
                _ = await client.GetStream().ReadAsync(new byte[4096], stop.Token); // the ClientHello, however much of it came
                client.Client.LingerState = new System.Net.Sockets.LingerOption(true, 0);
                client.Close(); // a reset
            }
        });
        var http = Http(new ResilienceOptions { MaxRetries = 2 });

        var error = await Assert.ThrowsAsync<UnavailableError>(() => http.SendAsync("ListInbox", () => new HttpRequestMessage(HttpMethod.Get, $"https://127.0.0.1:{port}/item")));
        stop.Cancel();

        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, Volatile.Read(ref connections));
        Assert.DoesNotContain("secure (https)", error.Message);
    }

    // A security trial: an endless chunked body and a 4 MB gzip bomb (4 GB of spaces) took pwsh past 4 GB of memory, once an attempt.
    // Past PipesEnvironment.MaxResponseBytes the answer is read no further: Pipes.ResponseTooLarge, not retried.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnAnswerPastTheLimitIsReadNoFurtherAndNotRetried(bool gzipBomb)
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        using var stop = new CancellationTokenSource();
        var zeros = new byte[1 << 20];
        var bomb = new Lazy<byte[]>(() =>
        {
            using var packed = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
                for (var i = 0; i < 256; i++) gzip.Write(zeros);
            return packed.ToArray();
        });
        var server = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref connections);
                var stream = client.GetStream();
                _ = await stream.ReadAsync(new byte[8192], stop.Token);
                var head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n" + (gzipBomb ? "Content-Encoding: gzip\r\n" : "") + "\r\n";
                await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head), stop.Token);
                try
                {
                    // Chunks of 1 MB for ever, or one gzip stream of 256 MB of zeros (about 250 KB on the wire).
                    var chunks = gzipBomb ? [bomb.Value] : Enumerable.Repeat(zeros, 4096);
                    foreach (var chunk in chunks)
                    {
                        if (stop.IsCancellationRequested) break;
                        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n"), stop.Token);
                        await stream.WriteAsync(chunk, stop.Token);
                        await stream.WriteAsync("\r\n"u8.ToArray(), stop.Token);
                    }
                    await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), stop.Token);
                }
                catch (Exception exception) when (exception is IOException or OperationCanceledException or System.Net.Sockets.SocketException) { }
            }
        });
        var http = new IntegrationHttp("Test", _env.Pipes.HttpClient, new ResilienceOptions { MaxRetries = 2, Timeout = TimeSpan.FromSeconds(60) }, _clock, _env.Pipes.Log, _env.Pipes.Redactor);

        var error = await Assert.ThrowsAsync<IntegrationError>(() => http.SendAsync("Get", () => new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/big")));
        stop.Cancel();

        Assert.Equal(ErrorIds.ResponseTooLarge, error.ErrorId);
        Assert.Equal(1, Volatile.Read(ref connections));
        Assert.Contains("64 MB", error.Message);
    }

    [Fact]
    public async Task MalformedJsonBodyIsDeliveredAndDescribedWithoutCrashing()
    {
        _server.Faults.Add(Fault.MalformedJson());

        using var response = await Http().SendAsync("Get", Get());
        var body = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("{", body);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(body));
        Assert.Equal((null, body), ErrorBody.Describe(body));
    }

    [Fact]
    public async Task WithRetryRetriesTransientExceptionsOnly()
    {
        var integration = new EchoIntegration(_env.Pipes, _server);
        var calls = 0;

        var result = await integration.WithRetryAsync(_ =>
        {
            calls++;
            if (calls < 3) throw new HttpRequestException("connection reset");
            return Task.FromResult(42);
        });

        Assert.Equal(42, result);
        Assert.Equal(3, calls);

        calls = 0;
        await Assert.ThrowsAsync<RemoteRejectedError>(() => integration.WithRetryAsync<int>(_ =>
        {
            calls++;
            throw new RemoteRejectedError("Echo", "Op", "bad request", HttpStatusCode.BadRequest);
        }));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task WithRetryHonoursTheRetryBudget()
    {
        var integration = new EchoIntegration(_env.Pipes, _server);
        var calls = 0;

        await Assert.ThrowsAsync<TimeoutException>(() => integration.WithRetryAsync<int>(_ =>
        {
            calls++;
            throw new TimeoutException();
        }, maxRetries: 2));

        Assert.Equal(3, calls);
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition(), "condition not reached within 10 s");
    }
}
