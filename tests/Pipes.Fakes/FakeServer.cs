using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Pipes.Fakes;

/// <summary>
/// The host every service fake lives in: Kestrel on 127.0.0.1 (a free port unless one is given),
/// recording each request and applying injected faults before the service's own handler.
/// Control endpoints under <c>/_fake</c> let another process (Pester) inject faults and read the
/// record: POST /_fake/faults (a <see cref="Fault"/> as JSON), GET /_fake/requests, POST /_fake/reset.
/// </summary>
public sealed class FakeServer : IAsyncDisposable
{
    private const string ControlPrefix = "/_fake";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeServer(WebApplication app, IReadOnlyList<IFakeService> services)
    {
        _app = app;
        Services = services;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<IFakeService> Services { get; }

    public FaultQueue Faults { get; } = new();

    /// <summary>Cancelled when the host is asked to stop (SIGTERM, Ctrl+C).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    private int _inFlight;
    private int _maxInFlight;

    /// <summary>The most requests the fake has handled at once since the last reset.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    public T Service<T>() where T : IFakeService => Services.OfType<T>().Single();

    /// <summary>The URL a client setting should hold to reach <paramref name="service"/>.</summary>
    public string UrlOf(IFakeService service) => new Uri(BaseUrl, service.BasePath).ToString().TrimEnd('/');

    /// <summary>The https address, when the fake was started with a certificate (MSAL accepts only https authorities).</summary>
    public Uri? HttpsUrl { get; private set; }

    public static async Task<FakeServer> StartAsync(int port = 0, string? activeCampaignToken = null, CancellationToken cancellationToken = default,
        System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null, IEnumerable<IFakeService>? extraServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(System.Net.IPAddress.Loopback, port);
            if (certificate is not null) options.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        // One fake per integration, and any a test brings for an integration of its own.
        IFakeService[] services = [.. FakeCatalog.CreateAll(activeCampaignToken ?? ActiveCampaignFake.DefaultToken), .. extraServices ?? []];
        var server = new FakeServer(app, services);
        app.Use(server.HandleAsync);
        server.MapControl();
        foreach (var service in services) service.Map(app);
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.BaseUrl = new Uri(addresses.First(a => a.StartsWith("http:", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        if (addresses.FirstOrDefault(a => a.StartsWith("https:", StringComparison.Ordinal)) is { } https)
            server.HttpsUrl = new Uri(https.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public void Reset()
    {
        Faults.Clear();
        _requests.Clear();
        Interlocked.Exchange(ref _maxInFlight, 0);
        foreach (var service in Services) service.Reset();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(ControlPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var inFlight = Interlocked.Increment(ref _inFlight);
        int seen;
        while (inFlight > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, inFlight, seen) != seen) { }
        try
        {
            await HandleServiceRequestAsync(context, next, path);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task HandleServiceRequestAsync(HttpContext context, RequestDelegate next, string path)
    {
        context.Request.EnableBuffering();
        // Bytes (an upload's ranges) are recorded by their length only: a test may send 150 MB.
        var binary = context.Request.ContentType?.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) == true;
        string body;
        if (binary)
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            body = $"<{context.Request.Body.Length} bytes>";
        }
        else body = await new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true).ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        var fault = Faults.Take(path);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            path,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            DateTimeOffset.UtcNow,
            fault?.Kind.ToString()));

        switch (fault?.Kind)
        {
            case null:
                await next(context);
                break;
            case FaultKind.Status:
                context.Response.StatusCode = fault.StatusCode;
                if (fault.RetryAfter is { } retryAfter) context.Response.Headers.RetryAfter = retryAfter;
                if (fault.Location is { } location) context.Response.Headers.Location = location;
                context.Response.ContentType = fault.ContentType ?? "application/json";
                await context.Response.WriteAsync(fault.Body ?? JsonSerializer.Serialize(new
                {
                    error = new { code = fault.StatusCode == 429 ? "TooManyRequests" : "serviceNotAvailable", message = "Injected fault " + fault.StatusCode + "." },
                }));
                break;
            case FaultKind.Delay:
                await Task.Delay(fault.DelayMs, context.RequestAborted);
                await next(context);
                break;
            case FaultKind.DropAfterProcessing:
                // Let the handler act in full, keep its answer from the wire, then cut the connection.
                context.Response.Body = new MemoryStream();
                await next(context);
                context.Abort();
                break;
            case FaultKind.CloseAfterProcessing:
                context.Response.Body = new MemoryStream();
                await next(context);
                // A graceful shutdown before any byte of the answer, as a server closing an idle-looking keep-alive connection does.
                context.Features.Get<Microsoft.AspNetCore.Connections.Features.IConnectionSocketFeature>()?.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Both);
                context.Abort();
                break;
            case FaultKind.StatusAfterProcessing:
                var real = context.Response.Body;
                context.Response.Body = new MemoryStream();
                await next(context);
                context.Response.Body = real;
                context.Response.Clear();
                context.Response.StatusCode = fault.StatusCode;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync($"<html><body><h1>{fault.StatusCode}</h1>Injected gateway answer after processing.</body></html>");
                break;
            case FaultKind.MalformedJson:
                var wire = context.Response.Body;
                context.Response.Body = new MemoryStream();
                await next(context);
                context.Response.Body = wire;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength = null;
                await context.Response.WriteAsync("{\"value\": [{\"id\": \"truncated");
                break;
        }
    }

    private void MapControl()
    {
        _app.MapPost(ControlPrefix + "/faults", (Fault fault) =>
        {
            Faults.Add(fault);
            return Results.Ok(new { pending = Faults.Count });
        });
        _app.MapGet(ControlPrefix + "/requests", () => Results.Json(Requests));
        _app.MapPost(ControlPrefix + "/reset", () =>
        {
            Reset();
            return Results.Ok();
        });
    }
}
