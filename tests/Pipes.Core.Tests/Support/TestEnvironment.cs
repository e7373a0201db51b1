using Pipes.Configuration;
using Pipes.Fakes;

namespace Pipes.Tests.Support;

/// <summary>A temporary config directory and a Pipes environment on it; deleted on dispose.</summary>
public sealed class TestEnvironment : IDisposable
{
    public TestEnvironment(TimeProvider? clock = null, IDictionary<string, string>? environmentVariables = null, Func<HttpMessageHandler>? handlerFactory = null,
        PipesCatalog? catalog = null)
    {
        DirectoryPath = Path.Combine(Path.GetTempPath(), "pipes-tests", Guid.NewGuid().ToString("N"));
        var variables = environmentVariables ?? new Dictionary<string, string>();
        Pipes = new PipesEnvironment(new ConfigDirectory(DirectoryPath), clock, handlerFactory, name => variables.TryGetValue(name, out var v) ? v : null, catalog);
    }

    public string DirectoryPath { get; }

    public PipesEnvironment Pipes { get; }

    public string ReadLogs()
    {
        Pipes.Dispose(); // flushes and closes the log file
        var logs = Path.Combine(DirectoryPath, "logs");
        return Directory.Exists(logs) ? string.Concat(Directory.GetFiles(logs).Select(File.ReadAllText)) : string.Empty;
    }

    public void Dispose()
    {
        Pipes.Dispose();
        try { Directory.Delete(DirectoryPath, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>
/// Sends requests for one host (the real sign-in host, which MSAL insists on: it refuses http
/// authorities) to the loopback fake instead, over real HTTP. Test-only: production code never
/// redirects or skips certificate checks.
/// </summary>
public sealed class RedirectHandler(string host, Uri target) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase))
            request.RequestUri = new UriBuilder(uri) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>One fake server for all tests of a class (xunit class fixture); reset before each test.</summary>
public sealed class FakeServerFixture : IAsyncLifetime
{
    public FakeServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
