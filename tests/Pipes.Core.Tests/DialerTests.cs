using Pipes.Bria;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests;

public sealed class DialerTests : IDisposable
{
    private readonly TestEnvironment _env = new();
    private readonly FakePlatform _platform = new();

    public void Dispose() => _env.Dispose();

    /// <summary>The operating system as the dialer sees it; there is no wire to test the decisions through.</summary>
    private sealed class FakePlatform : IDialerPlatform
    {
        public string? Handler = "bria5.desktop";
        public string[] Processes = ["bash", "Bria"];
        public bool Reachable = true;
        public bool Network = true;
        public string? ClipboardProblem;
        public List<string> Launched = [];
        public List<string> Clipboard = [];

        public Task<string?> DefaultHandlerAsync(string scheme, CancellationToken cancellationToken) => Task.FromResult(Handler);
        public IEnumerable<string> RunningProcessNames() => Processes;
        public Task<bool> CanConnectAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken) => Task.FromResult(Reachable);
        public bool NetworkAvailable() => Network;
        public void Launch(string uri) => Launched.Add(uri);

        public string? CopyToClipboard(string text, CancellationToken cancellationToken)
        {
            if (ClipboardProblem is null) Clipboard.Add(text);
            return ClipboardProblem;
        }
    }

    private BriaDialer Dialer => new(_env.Pipes, _platform);

    [Theory]
    [InlineData("tel", null, null, "(713) 555-1234", "204", "tel:+17135551234;ext=204")]
    [InlineData("tel", null, null, "+44 20 7946 0958", null, "tel:+442079460958")]
    [InlineData("tel", null, "9", "713-555-1234", null, "tel:917135551234;phone-context=+1")]
    [InlineData("sip", "pbx.example.com", null, "1-713-555-1234", null, "sip:7135551234@pbx.example.com")]
    [InlineData("sip", "pbx.example.com", "9", "713.555.1234", null, "sip:97135551234@pbx.example.com")]
    [InlineData("callto", null, null, "7135551234", null, "callto:+17135551234")]
    [InlineData("tel", null, null, "713-555-1234 x77", null, "tel:+17135551234;ext=77")]
    public void BuildsTheUriForEachScheme(string scheme, string? domain, string? prefix, string phone, string? extension, string uri) =>
        Assert.Equal(uri, DialPlan.Build(phone, extension, scheme, domain, prefix, "1").Uri);

    [Fact]
    public void UnusableNumbersAndAMissingSipDomainAreErrors()
    {
        Assert.Equal("Pipes.InvalidPhoneNumber", Assert.Throws<InvalidInputError>(() => DialPlan.Build("555-12", null, "tel", null, null, "1")).ErrorId);
        // A number marked not to be called is refused by the dialer as by the importer.
        var marked = Assert.Throws<InvalidInputError>(() => DialPlan.Build("432-555-0104 do not call", null, "tel", null, null, "1"));
        Assert.Equal("Pipes.InvalidPhoneNumber", marked.ErrorId);
        Assert.Contains("marked 'do not call'", marked.Message);
        Assert.Equal("Pipes.NotConfigured", Assert.Throws<NotConfiguredError>(() => DialPlan.Build("7135551234", null, "sip", null, null, "1")).ErrorId);
    }

    [Fact]
    public async Task AvailableBriaIsDialled()
    {
        var result = await Dialer.DialAsync("(713) 555-1234", null);

        Assert.Equal(DialMethod.Dialed, result.Method);
        Assert.Equal("Dialing…", result.Message);
        Assert.Equal(["tel:+17135551234"], _platform.Launched);
        Assert.Empty(_platform.Clipboard);
    }

    [Theory]
    [InlineData("firefox.desktop", true, true, "not installed")]
    [InlineData(null, true, true, "not installed")]
    [InlineData("bria5.desktop", false, true, "not running")]
    [InlineData("bria5.desktop", true, false, "offline")]
    public async Task OtherwiseTheNumberGoesToTheClipboard(string? handler, bool running, bool network, string reason)
    {
        _platform.Handler = handler;
        _platform.Processes = running ? ["Bria"] : ["bash"];
        _platform.Network = network;

        var result = await Dialer.DialAsync("713-555-1234", "204");

        Assert.Equal(DialMethod.CopiedToClipboard, result.Method);
        Assert.Equal("Copied to clipboard", result.Message);
        Assert.Contains(reason, result.Reason);
        Assert.Equal(["7135551234,204"], _platform.Clipboard);
        Assert.Empty(_platform.Launched);
    }

    [Fact]
    public async Task TheProbeDecidesOnlineWhenSet()
    {
        _env.Pipes.Settings.Set("Dialer.ConnectivityProbe", "sip.example.com:5060");
        _platform.Reachable = false;

        var status = await Dialer.StatusAsync();

        Assert.False(status.Online);
        Assert.Contains("sip.example.com:5060", status.OnlineDetail);
    }

    [Fact]
    public async Task WhenTheClipboardFailsTooTheNumberIsStillInTheResult()
    {
        _platform.Processes = [];
        _platform.ClipboardProblem = "xclip is not installed";

        var result = await Dialer.DialAsync("7135551234", null);

        Assert.Equal(DialMethod.NotDialed, result.Method);
        Assert.Equal("7135551234", result.Number);
        Assert.Contains("xclip is not installed", result.Reason);
    }

    [Fact]
    public async Task HealthCheckSaysWhyCallsFallBack()
    {
        _platform.Processes = [];

        var status = await Dialer.CheckAsync();

        Assert.True(status.IsConfigured);
        Assert.False(status.IsHealthy);
        Assert.Contains("no Bria process", status.Message);
    }

    [Fact]
    public async Task NoSoftphoneAtAllIsNotConfiguredSoAHealthSuiteOfWhatIsConfiguredLeavesItOut()
    {
        // A trial: on the server that runs the nightly pull, the Dialer row was always unhealthy, failing a suite of every row.
        _platform.Handler = null;
        _platform.Processes = [];

        var status = await Dialer.CheckAsync();

        Assert.False(status.IsConfigured);
        Assert.False(status.IsHealthy);
        Assert.Equal("Pipes.NotConfigured", status.ErrorId);
        Assert.Contains("no softphone on this machine", status.Message);
        Assert.Contains("Install Bria, or set Dialer.Scheme", status.Message);

        _platform.Processes = ["Bria"];   // running, though no handler is registered: set up, and broken
        status = await Dialer.CheckAsync();
        Assert.True(status.IsConfigured);
        Assert.False(status.IsHealthy);

        // Nothing running and no handler, but a Dialer setting of this machine's own: set up, and broken (a review).
        _platform.Processes = [];
        _env.Pipes.Settings.Set("Dialer.Scheme", "sip");
        _env.Pipes.Settings.Set("Dialer.SipDomain", "pbx.example.com");
        status = await Dialer.CheckAsync();
        Assert.True(status.IsConfigured);
        Assert.False(status.IsHealthy);
        Assert.Equal("Pipes.Unavailable", status.ErrorId);
    }
}
