using Microsoft.Extensions.Time.Testing;
using Pipes.Integrations;
using Pipes.Search;
using Pipes.Tests.Support;

namespace Pipes.Tests.Search;

/// <summary>The quota ledger: Pacific days, the midnight reset on an injected clock, and exact shares between processes.</summary>
public sealed class SearchQuotaTests(FakeServerFixture fixture) : SearchTestBase(fixture)
{
    private const string Path = "/customsearch/v1";

    [Theory]
    // 23:59 Pacific standard time is 07:59 UTC the next day; the reset is 00:00 -08:00.
    [InlineData("2026-11-30T07:59:00Z", "2026-11-29", "2026-11-30T00:00:00-08:00")]
    [InlineData("2026-11-30T08:00:00Z", "2026-11-30", "2026-12-01T00:00:00-08:00")]
    // In daylight saving time midnight is 07:00 UTC.
    [InlineData("2026-07-04T06:59:59Z", "2026-07-03", "2026-07-04T00:00:00-07:00")]
    [InlineData("2026-07-04T07:00:00Z", "2026-07-04", "2026-07-05T00:00:00-07:00")]
    // The night the clocks go back (2026-11-01) and forward (2026-03-08): midnight keeps the offset of its own date.
    [InlineData("2026-11-01T12:00:00Z", "2026-11-01", "2026-11-02T00:00:00-08:00")]
    [InlineData("2026-03-08T12:00:00Z", "2026-03-08", "2026-03-09T00:00:00-07:00")]
    public void ThePacificDayAndItsMidnight(string utc, string day, string midnight)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(day, PacificDay.Of(now));
        var reset = PacificDay.NextMidnight(now);
        var expected = DateTimeOffset.Parse(midnight, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, reset);
        Assert.Equal(expected.Offset, reset.Offset);
    }

    [Fact]
    public async Task TheLedgerStartsAgainAtMidnightPacificTime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T07:58:00Z")); // 23:58 Pacific, Nov 30
        var client = new SearchClient(Process(clock: clock, dailyQuota: 1));

        Assert.Single(await Collect(client, new SearchQuery("owners", 1)));
        var refused = await Assert.ThrowsAsync<QuotaExceededError>(() => Collect(client, new SearchQuery("owners", 1)));
        Assert.Equal(DateTimeOffset.Parse("2026-12-01T00:00:00-08:00"), refused.ResetsAt);
        Assert.Contains("2026-12-01 00:00 -08:00", refused.Message);
        // The advice says what can be done besides waiting: the cap this ledger keeps, or another engine.
        Assert.Contains("Google.DailyQuota", refused.RecommendedAction);
        Assert.Contains("Search.Provider", refused.RecommendedAction);
        Assert.Equal(new SearchQuota(1, 0, 1, DateTimeOffset.Parse("2026-12-01T00:00:00-08:00"), "Google"), client.GetQuota());

        clock.Advance(TimeSpan.FromMinutes(1)); // 23:59: still the same day
        await Assert.ThrowsAsync<QuotaExceededError>(() => Collect(client, new SearchQuery("owners", 1)));

        clock.Advance(TimeSpan.FromMinutes(1)); // midnight
        Assert.Equal(new SearchQuota(0, 1, 1, DateTimeOffset.Parse("2026-12-02T00:00:00-08:00"), "Google"), client.GetQuota());
        Assert.Single(await Collect(client, new SearchQuery("owners", 1)));
        Assert.Equal(2, Requests(Path).Count);
    }

    [Fact]
    public async Task ADayGoogleMarkedSpentIsOpenAgainTheNextDay()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T12:00:00Z"));
        Fake.GoogleDailyLimit = 0;
        var client = new SearchClient(Process(clock: clock));
        await Assert.ThrowsAsync<QuotaExceededError>(() => Collect(client, new SearchQuery("owners", 1)));
        Assert.Equal(0, client.GetQuota().Remaining);

        Fake.GoogleDailyLimit = 100;
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Single(await Collect(client, new SearchQuery("owners", 1)));
    }

    [Fact]
    public async Task EightProcessesSharingAQuotaOfTwentySendExactlyTwenty()
    {
        const int processes = 8, searchesEach = 6, quota = 20;
        var clients = Enumerable.Range(0, processes).Select(_ => new SearchClient(Process(dailyQuota: quota))).ToList();
        var found = 0;
        var refused = 0;
        using var start = new Barrier(processes);

        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            start.SignalAndWait();
            for (var i = 0; i < searchesEach; i++)
            {
                try { Interlocked.Add(ref found, (await Collect(client, new SearchQuery("owners " + i, 1))).Count); }
                catch (QuotaExceededError) { Interlocked.Increment(ref refused); }
            }
        })));

        Assert.Equal(quota, Requests(Path).Count);
        Assert.Equal(quota, found);
        Assert.Equal(processes * searchesEach - quota, refused);
        Assert.Equal(quota, clients[0].GetQuota().Used);
    }

    [Fact]
    public void TheLedgerKeepsKeysAndPeriodsApart()
    {
        var ledger = Process().Quota;
        Assert.True(ledger.TryReserve("Google", "2026-11-30", 1));
        Assert.False(ledger.TryReserve("Google", "2026-11-30", 1));
        Assert.True(ledger.TryReserve("Brave", "2026-11-30", null));
        Assert.True(ledger.TryReserve("Google", "2026-12-01", 1));
        Assert.Equal(new QuotaUse(1, false), ledger.Read("Google", "2026-12-01"));
        Assert.Equal(new QuotaUse(0, false), ledger.Read("Google", "2026-11-30")); // the newer day replaced it
        ledger.MarkExhausted("Brave", "2026-12-01");
        Assert.False(ledger.TryReserve("Brave", "2026-12-01", null));
    }
}
