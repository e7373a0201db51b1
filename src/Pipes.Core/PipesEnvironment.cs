using Pipes.Configuration;
using Pipes.Integrations;
using Pipes.Logging;
using Serilog.Events;

namespace Pipes;

/// <summary>
/// Everything an integration needs from its surroundings: the config directory with its settings,
/// secrets and state, the log, the clock and the HTTP connection pool. One per config directory;
/// tests make their own with a temporary directory, a fake clock and a fake server.
/// </summary>
public sealed class PipesEnvironment : IDisposable
{
    private readonly Lazy<OperationLog> _log;
    private readonly Lazy<HttpMessageHandler> _handler;
    private readonly Lazy<HttpClient> _http;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Integration, string Account), RequestGate> _gates = new();

    public PipesEnvironment(ConfigDirectory directory, TimeProvider? clock = null, Func<HttpMessageHandler>? handlerFactory = null,
        Func<string, string?>? environment = null, PipesCatalog? catalog = null)
    {
        Catalog = catalog ?? PipesCatalog.Shipped;
        Directory = directory;
        Clock = clock ?? TimeProvider.System;
        Redactor = new Redactor();
        Settings = new SettingsStore(directory.SettingsFile, Catalog);
        Secrets = new SecretStore(directory.SecretsFile, Redactor, environment, Catalog);
        Redactor.LearnOnFirstUse(Secrets.AllValues);
        State = new StateStore(directory.StateFile);
        Pace = new PaceLedger(new LockedJsonFile(directory.PaceFile), Clock);
        Quota = new QuotaLedger(new LockedJsonFile(directory.QuotaFile, whenCorrupt: "it is safe to delete: today's count of search queries then starts again from zero."));
        _log = new Lazy<OperationLog>(() =>
        {
            directory.EnsureExists();
            var level = Enum.Parse<LogEventLevel>(Settings.GetValue<string>("Log.Level") ?? "Information", ignoreCase: true);
            return new OperationLog(directory.LogDirectory, Redactor, level, (int)Settings.GetValue<long>("Log.RetainedDays"));
        });
        _handler = new Lazy<HttpMessageHandler>(() => handlerFactory?.Invoke() ?? new ConnectTimeoutHandler(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            // .NET follows a redirect to any host with every header but Authorization: an Api-Token or a key would go
            // along. IntegrationHttp follows same-origin redirects of reads itself and refuses the others (Pipes.UnsafeRedirect).
            AllowAutoRedirect = false,
            // The TCP connect and the TLS handshake: a time-out here is a connection never made (ConnectTimeoutHandler). Within
            // four fifths of Http.TimeoutSeconds, so that it ends first: a connect ended by the attempt's own time-out is said as
            // "no answer", which may have been carried out (a review: Http.TimeoutSeconds 5 left the 20 s connect unused).
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(Settings.GetValue<long>("Http.ConnectTimeoutSeconds"), Math.Max(1, 0.8 * DefaultResilience().Timeout.TotalSeconds))),
        }));
        _http = new Lazy<HttpClient>(() => new HttpClient(_handler.Value, disposeHandler: false)
        {
            // Each attempt has its own timeout (ResilienceOptions.Timeout); this one must never fire first.
            Timeout = Timeout.InfiniteTimeSpan,
            MaxResponseContentBufferSize = MaxResponseBytes,
        });
    }

    public static PipesEnvironment FromEnvironment() => new(ConfigDirectory.Resolve());

    public ConfigDirectory Directory { get; }

    /// <summary>
    /// The config directory, for a <c>Pipes.NotConfigured</c> message, and whether it holds nothing at all: a scheduled task
    /// that runs as another account (another HOME) or with PIPES_CONFIG_DIR misspelt looks in a directory nobody configured.
    /// </summary>
    public string WhereConfigured =>
        Directory.Path + (File.Exists(Directory.SettingsFile) || File.Exists(Directory.SecretsFile) ? ""
            : System.IO.Directory.Exists(Directory.Path) ? ", which holds no settings.json or secrets.json" : ", which does not exist");

    /// <summary>
    /// Whether something of an integration's own was set on this machine: a setting named "&lt;name&gt;.*" for one of
    /// <paramref name="names"/> (case aside) holding a value of its own, one that does not fit its setting included, or such a
    /// secret set (from secrets.json or its environment variable). A settings or secrets file that cannot be read counts as set
    /// up: something was written there. Reads the files; makes no network call.
    /// </summary>
    public bool SetUpHere(IEnumerable<string> names)
    {
        var prefixes = names.Select(n => n + ".").ToList();
        bool Own(string name) => prefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        try
        {
            var unfit = new List<string>();
            return Settings.GetAll(error => unfit.Add(error.Name)).Any(s => !s.IsDefault && Own(s.Name)) || unfit.Any(Own)
                || Secrets.Describe().Any(s => s.IsSet && Own(s.Name));
        }
        catch (PipesException)
        {
            return true;
        }
    }

    /// <summary>The integrations, settings and secrets this environment knows.</summary>
    public PipesCatalog Catalog { get; }

    public TimeProvider Clock { get; }

    public Redactor Redactor { get; }

    public SettingsStore Settings { get; }

    public SecretStore Secrets { get; }

    public StateStore State { get; }

    /// <summary>Paces shared by every process on this config directory (Outlook's messages a minute per mailbox, ActiveCampaign's requests a second per account).</summary>
    public PaceLedger Pace { get; }

    /// <summary>Quotas shared by every process on this config directory (Google's search queries a day).</summary>
    public QuotaLedger Quota { get; }

    public OperationLog Log => _log.Value;

    public HttpClient HttpClient => _http.Value;

    /// <summary>
    /// A client on the same connections as <see cref="HttpClient"/> whose every request, its answer's body included,
    /// ends after <paramref name="timeout"/>: for a library that sends its own requests outside <c>IntegrationHttp</c>
    /// (MSAL's calls to Microsoft Entra), so a sign-in server that never answers, or trickles its answer, cannot hold
    /// a command past Http.TimeoutSeconds. Its timeout is a <see cref="TaskCanceledException"/> whose inner exception is
    /// a <see cref="TimeoutException"/>. Disposing it leaves the shared connections open (this environment closes them).
    /// </summary>
    public HttpClient BoundedHttpClient(TimeSpan timeout) => new(_handler.Value, disposeHandler: false) { Timeout = timeout, MaxResponseContentBufferSize = MaxResponseBytes };

    /// <summary>
    /// The longest answer read, in bytes once decompressed (64 MB): .NET's default is 2 GB, and a gzip bomb of 4 MB or an endless
    /// chunked body took pwsh past 4 GB of memory, once an attempt (a security trial). A page of Graph, ActiveCampaign or a search
    /// engine is a few hundred KB. Past it: <see cref="Integrations.ErrorIds.ResponseTooLarge"/>.
    /// </summary>
    public const int MaxResponseBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The pace and concurrency limits of one account of an integration, shared by every client this
    /// environment (one command invocation) builds; made from <paramref name="options"/> on first use.
    /// </summary>
    public RequestGate Gate(string integration, string account, ResilienceOptions options) =>
        _gates.GetOrAdd((integration, account), _ => new RequestGate(options.RequestsPerSecond, options.MaxConcurrency, Clock, Pace, options.SharedPaceKey));

    /// <summary>The retry budget, timeout and Retry-After cap from the Http.* settings.</summary>
    public ResilienceOptions DefaultResilience() => new()
    {
        MaxRetries = (int)Settings.GetValue<long>("Http.MaxRetries"),
        Timeout = TimeSpan.FromSeconds(Settings.GetValue<long>("Http.TimeoutSeconds")),
        MaxRetryAfter = TimeSpan.FromSeconds(Settings.GetValue<long>("Http.MaxRetryAfterSeconds")),
    };

    public void Dispose()
    {
        if (_log.IsValueCreated) _log.Value.Dispose();
        if (_http.IsValueCreated) _http.Value.Dispose();
        if (_handler.IsValueCreated) _handler.Value.Dispose();
    }
}
