using Pipes.Configuration;
using Pipes.Fakes;
using Pipes.Outlook;
using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>Outlook.MessagesPerMinute: one pace per mailbox, held across processes through the config directory's pace ledger.</summary>
public sealed class OutlookPaceTests : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly FakeServer _server;
    private readonly GraphFake _graph;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pipes-tests", Guid.NewGuid().ToString("N"));
    private readonly List<PipesEnvironment> _environments = [];

    public OutlookPaceTests(FakeServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _graph = _server.Service<GraphFake>();
    }

    public void Dispose()
    {
        _environments.ForEach(e => e.Dispose());
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>A "process": its own environment (stores, ledger, gates) and clock on the shared config directory.</summary>
    private OutlookClient Process(TimeProvider clock)
    {
        var environment = new PipesEnvironment(new ConfigDirectory(_directory), clock);
        _environments.Add(environment);
        environment.Settings.Set("Outlook.GraphBaseUrl", _server.UrlOf(_graph));
        environment.Secrets.Set(OutlookClient.TokenSecret, GraphFake.ValidToken);
        return new OutlookClient(environment);
    }

    private static OutgoingMail Mail(int i) => new([$"owner{i}@example.com"], "Offer", "Dear owner, ...");

    [Fact]
    public async Task SendsFromOneMailboxAreSpacedByTheDefault30AMinute()
    {
        var clock = new SteppingClock();
        var client = Process(clock);

        for (var i = 0; i < 4; i++) await client.SendMailAsync(Mail(i));

        Assert.Equal(4, _graph.Sent.Count);
        Assert.Equal(3, clock.Waits.Count(w => w == TimeSpan.FromSeconds(2)));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task TheSettingSetsThePace()
    {
        var clock = new SteppingClock();
        var client = Process(clock);
        _environments[0].Settings.Set(OutlookClient.MessagesPerMinuteSetting, 120L);

        for (var i = 0; i < 3; i++) await client.SendMailAsync(Mail(i));

        Assert.Equal(2, clock.Waits.Count(w => w == TimeSpan.FromSeconds(0.5)));
        Assert.DoesNotContain(clock.Waits, w => w == TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task TheSecondProcessWaitsForTheSlotsTheFirstReserved()
    {
        var start = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var first = new SteppingClock(start);
        var second = new SteppingClock(start); // the same wall time, another process
        var one = Process(first);
        var two = Process(second);

        await one.SendMailAsync(Mail(1));
        await one.SendMailAsync(Mail(2)); // slot start + 2 s
        await two.SendMailAsync(Mail(3)); // slot start + 4 s, not start: it shares the mailbox's pace

        Assert.Contains(TimeSpan.FromSeconds(4), second.Waits);
        Assert.Equal(3, _graph.Sent.Count);
        Assert.True(File.Exists(Path.Combine(_directory, "pace.json")));
    }

    [Fact]
    public async Task AnotherMailboxHasItsOwnPaceAndAStaleLedgerIsIgnored()
    {
        var clock = new SteppingClock();
        var client = Process(clock);
        var ledger = _environments[0].Pace;
        // A slot an hour ahead (a clock set back, a run that died) is stale, not a wait of an hour.
        Assert.Equal(TimeSpan.Zero, ledger.Reserve("Outlook.Send me", TimeSpan.FromHours(1)));
        await client.SendMailAsync(Mail(1));
        Assert.DoesNotContain(clock.Waits, w => w > TimeSpan.FromMinutes(15));

        Assert.Equal(TimeSpan.Zero, ledger.Reserve("Outlook.Send users/other@example.com", TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task CtrlCWhileWaitingForThePaceStopsAtOnceAndSendsNothing()
    {
        var client = Process(TimeProvider.System);
        _environments[0].Pace.Reserve("Outlook.Send me", TimeSpan.FromMinutes(10)); // the next send waits ten minutes
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendMailAsync(Mail(1), cancel.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "a hang, not a cancel");
        Assert.Empty(_graph.Sent);
        Assert.Equal(0, _server.Requests.Count(r => r.Path.EndsWith("/send", StringComparison.Ordinal)));
    }
}
