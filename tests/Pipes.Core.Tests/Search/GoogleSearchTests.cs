using System.Net;
using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Search;
using Pipes.Tests.Support;

namespace Pipes.Tests.Search;

/// <summary>Google Custom Search through the fake: paging, empty answers, and Google's refusals.</summary>
public sealed class GoogleSearchTests(FakeServerFixture fixture) : SearchTestBase(fixture)
{
    private const string Path = "/customsearch/v1";

    [Theory]
    [InlineData(25, new[] { 10, 10, 5 }, new[] { 1, 11, 21 })]
    [InlineData(10, new[] { 10 }, new[] { 1 })]
    [InlineData(3, new[] { 3 }, new[] { 1 })]
    [InlineData(11, new[] { 10, 1 }, new[] { 1, 11 })]
    public async Task ACountIsAskedForInPagesOfTenOneQueryEach(int count, int[] nums, int[] starts)
    {
        var client = new SearchClient(Process());

        var results = await Collect(client, new SearchQuery("mineral rights Reeves County", count));

        Assert.Equal(Enumerable.Range(1, count), results.Select(r => r.Rank));
        Assert.Equal(Enumerable.Range(1, count).Select(i => $"Result {i} for mineral rights Reeves County"), results.Select(r => r.Title));
        Assert.Equal(nums, Requests(Path).Select(r => int.Parse(Param(r, "num"))));
        Assert.Equal(starts, Requests(Path).Select(r => int.Parse(Param(r, "start"))));
        Assert.All(results, r => Assert.Equal(("mineral rights Reeves County", "Google"), (r.Query, r.Provider)));
        Assert.Equal(nums.Length, client.GetQuota().Used);
    }

    [Fact]
    public async Task OneHundredIsNinetyNineBecauseStartPlusNumMayNotPassOneHundred()
    {
        var client = new SearchClient(Process());

        var results = await Collect(client, new SearchQuery("owners", 100));

        Assert.Equal(99, results.Count);
        var last = Requests(Path)[^1];
        Assert.Equal(("91", "9"), (Param(last, "start"), Param(last, "num")));
        Assert.All(Requests(Path), r => Assert.True(int.Parse(Param(r, "start")) + int.Parse(Param(r, "num")) <= 100));
        Assert.Equal(10, Requests(Path).Count);
    }

    [Fact]
    public async Task APageShortenedByGooglesDuplicateFilterIsNotTheLastWhenGoogleGivesANextPage()
    {
        // Google left one result out of the first page (9 of num=10) and said the next page starts at 11:
        // -Count 25 gave those 9 and stopped, with no error, as if the query had no more results.
        var client = new SearchClient(Process());
        var all = await Collect(client, new SearchQuery("owners", 30));
        var before = Requests(Path).Count;
        Fake.GoogleFilteredRanks.Add(5);

        var results = await Collect(client, new SearchQuery("owners", 25));

        Assert.Equal(all.Where((_, i) => i != 4).Take(25).Select(r => r.Link), results.Select(r => r.Link));
        Assert.Equal(Enumerable.Range(1, 25), results.Select(r => r.Rank));
        var sent = Requests(Path).Skip(before).Select(r => (Param(r, "start"), Param(r, "num"))).ToList();
        Assert.Equal([("1", "10"), ("11", "10"), ("21", "6")], sent);
    }

    // A web page sent with 200 where JSON was asked for (a proxy's or captive portal's) is named as one, not in the JSON parser's words.
    [Fact]
    public async Task AnHtmlPageInsteadOfJsonIsSaidToBeOne()
    {
        Server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 200, ContentType = "text/html", Body = "<html><body>Please sign in to the network</body></html>", PathPrefix = Path });
        var client = new SearchClient(Process());

        var error = await Assert.ThrowsAsync<RemoteRejectedError>(() => Collect(client, new SearchQuery("owners", 5)));

        Assert.Contains("answered with a text/html page, not JSON", error.Message);
        Assert.DoesNotContain("invalid start of a value", error.Message);
    }

    [Fact]
    public async Task NoResultsIsNoOutputAndNoErrorAndOneQuery()
    {
        var client = new SearchClient(Process());

        var results = await Collect(client, new SearchQuery("noresults at all", 30));

        Assert.Empty(results);
        Assert.Single(Requests(Path));
    }

    [Fact]
    public async Task SiteLanguageAndSafeSearchGoAsGoogleParameters()
    {
        var client = new SearchClient(Process());

        var results = await Collect(client, new SearchQuery("Smith Trust", 2, "rrc.texas.gov", "en", SafeSearch: true));

        var request = Requests(Path).Single();
        Assert.Equal(("rrc.texas.gov", "i", "lang_en", "active"), (Param(request, "siteSearch"), Param(request, "siteSearchFilter"), Param(request, "lr"), Param(request, "safe")));
        Assert.All(results, r => Assert.Equal("rrc.texas.gov", r.DisplayLink));
    }

    [Fact]
    public async Task TheDailyQuotaOfTheLedgerGivesThePagesItCoversThenSaysWhatWasNotFetched()
    {
        var client = new SearchClient(Process(dailyQuota: 2));
        var results = new List<SearchResult>();

        var error = await Assert.ThrowsAsync<QuotaExceededError>(() => Collect(client, new SearchQuery("Permian owners", 25), results));

        Assert.Equal(20, results.Count);
        Assert.Equal(2, Requests(Path).Count);
        Assert.Equal(ErrorIds.QuotaExceeded, error.ErrorId);
        Assert.Contains("5 of the 25 results", error.Message);
        Assert.Contains("midnight Pacific", error.Message);
        Assert.Equal(PacificDay.NextMidnight(DateTimeOffset.UtcNow).Date, error.ResetsAt!.Value.Date);

        // The next query is refused without a request.
        await Assert.ThrowsAsync<QuotaExceededError>(() => Collect(client, new SearchQuery("another", 1)));
        Assert.Equal(2, Requests(Path).Count);
        Assert.Equal(new SearchQuota(2, 0, 2, client.GetQuota().ResetsAt, "Google"), client.GetQuota());
    }

    [Theory]
    [InlineData(false, HttpStatusCode.TooManyRequests)]
    [InlineData(true, HttpStatusCode.Forbidden)]
    public async Task GooglesOwnDailyRefusalMarksTodaySpentAndIsNotRetried(bool legacy, HttpStatusCode expected)
    {
        Fake.GoogleDailyLimit = 1;
        Fake.LegacyQuotaAnswer = legacy;
        var client = new SearchClient(Process());
        var results = new List<SearchResult>();

        var error = await Assert.ThrowsAsync<QuotaExceededError>(() => Collect(client, new SearchQuery("owners", 25), results));

        Assert.Equal(10, results.Count);
        Assert.Equal(2, Requests(Path).Count); // the refused page once: a quota refusal is not transient
        Assert.Contains("15 of the 25 results", error.Message);
        Assert.Contains(((int)expected).ToString(), error.Message);
        var quota = client.GetQuota();
        Assert.Equal((2L, 0L), (quota.Used, quota.Remaining));
        await Assert.ThrowsAsync<QuotaExceededError>(() => Collect(client, new SearchQuery("more", 1)));
        Assert.Equal(2, Requests(Path).Count);
    }

    [Fact]
    public async Task APerMinute429IsAPaceWaitedOutAndEachAttemptIsAQuery()
    {
        var clock = new SteppingClock(DateTimeOffset.UtcNow);
        var client = new SearchClient(Process(clock: clock));
        Server.Faults.Add(new Fault(FaultKind.Status)
        {
            StatusCode = 429, PathPrefix = Path,
            Body = """{"error":{"code":429,"message":"Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' of service 'customsearch.googleapis.com'.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"RATE_LIMIT_EXCEEDED","metadata":{"quota_limit":"DefaultPerMinutePerProject"}}]}}""",
        });

        var results = await Collect(client, new SearchQuery("owners", 5));

        Assert.Equal(5, results.Count);
        Assert.Equal(2, Requests(Path).Count);
        Assert.Equal(2, client.GetQuota().Used); // Google may count the refused attempt: so does the ledger
    }

    // A 429 that says no day (a proxy's page, a limit worded otherwise) is a pace: waited out, and the day stays open (a trial: it
    // was taken for the daily refusal and closed the day for every process until midnight Pacific).
    [Theory]
    [InlineData("text/html", "<html>Too many requests</html>")]
    [InlineData("application/json", """{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}""")]
    public async Task A429ThatNamesNoDayIsAPaceAndLeavesTheDayOpen(string contentType, string body)
    {
        var clock = new SteppingClock(DateTimeOffset.UtcNow);
        var client = new SearchClient(Process(clock: clock));
        Server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 429, PathPrefix = Path, RetryAfter = "5", ContentType = contentType, Body = body });

        var results = await Collect(client, new SearchQuery("owners", 5));

        Assert.Equal(5, results.Count);
        Assert.Equal(2, Requests(Path).Count);
        Assert.True(client.GetQuota().Remaining > 0);
        Assert.Equal(5, (await Collect(client, new SearchQuery("again", 5))).Count);
    }

    // A page without queries ("{}") read as the last page ended a query at 10 of 30 results without a word (a trial).
    [Fact]
    public async Task APageWithoutItsQueriesPartIsRejectedAfterTheResultsBeforeIt()
    {
        var client = new SearchClient(Process());
        Server.Faults.Add(new Fault(FaultKind.Delay) { DelayMs = 1, PathPrefix = Path });
        Server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 200, Body = "{}", PathPrefix = Path });
        var results = new List<SearchResult>();

        var error = await Assert.ThrowsAsync<RemoteRejectedError>(() => Collect(client, new SearchQuery("owners", 30), results));

        Assert.Equal(10, results.Count);
        Assert.Contains("without its queries part", error.Message);
    }

    [Fact]
    public async Task AttemptsThatNeverReachGoogleSpendNoQuery()
    {
        // A port nothing listens on: every attempt's connection is refused, so Google counted none of them.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var environment = Process(dailyQuota: 5);
        environment.Settings.Set(GoogleDefinition.BaseUrlSetting, $"http://127.0.0.1:{port}/customsearch/v1");
        var client = new SearchClient(environment);

        var error = await Assert.ThrowsAsync<UnavailableError>(() => Collect(client, new SearchQuery("owners", 5)));

        Assert.True(error.Attempts > 1, "the refused connection is retried");
        Assert.Equal(0, client.GetQuota().Used);
    }

    [Fact]
    public async Task ABadKeyIsAuthenticationFailedOnceAndTheKeyIsInNoMessageOrLog()
    {
        var environment = Process();
        environment.Secrets.Set(GoogleDefinition.KeySecret, "AIzaWrongKey0123456789abcdefghij");
        var client = new SearchClient(environment);

        var error = await Assert.ThrowsAsync<AuthenticationError>(() => Collect(client, new SearchQuery("owners", 5)));

        Assert.Equal(ErrorIds.AuthenticationFailed, error.ErrorId);
        Assert.Contains("API key not valid", error.Message);
        Assert.Contains("Set-PipesSecret Google.ApiKey", error.RecommendedAction);
        Assert.Single(Requests(Path));
        // A key that names no project cannot have been counted against one: the ledger gives the query back.
        Assert.Equal(0, client.GetQuota().Used);
        environment.Dispose();
        var logs = string.Concat(System.IO.Directory.GetFiles(System.IO.Path.Combine(Directory, "logs")).Select(File.ReadAllText));
        Assert.Contains("key=***", logs);
        Assert.DoesNotContain("AIzaWrongKey", logs);
        // The refusal is a failed search in the log, not only the request layer's "Succeeded, status 400" (a trial).
        Assert.Contains(logs.Split('\n'), line => line.Contains("\"Outcome\":\"Failed\"", StringComparison.Ordinal) && line.Contains("Pipes.AuthenticationFailed", StringComparison.Ordinal));
        // ... once, with its request as the target, and no "Succeeded" for it (a later trial).
        var searches = logs.Split('\n').Where(line => line.Contains("\"Operation\":\"Search\"", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(searches, line => line.Contains("\"Outcome\":\"Succeeded\"", StringComparison.Ordinal));
        Assert.Single(searches, line => line.Contains("\"Outcome\":\"Failed\"", StringComparison.Ordinal));
        Assert.Contains("\"Target\":\"GET ", Assert.Single(searches, line => line.Contains("\"Outcome\":\"Failed\"", StringComparison.Ordinal)));
        Assert.DoesNotContain("AIzaWrongKey", error.Message + error.RecommendedAction);
    }

    [Fact]
    public async Task AProjectClosedToNewCustomersIsServiceClosedNamingSearchProvider()
    {
        var environment = Process();
        environment.Secrets.Set(GoogleDefinition.KeySecret, SearchFake.ClosedProjectKey);
        var client = new SearchClient(environment);

        var error = await Assert.ThrowsAsync<IntegrationError>(() => Collect(client, new SearchQuery("owners", 5)));

        Assert.Equal(ErrorIds.ServiceClosed, error.ErrorId);
        Assert.Equal(PipesErrorKind.NotConfigured, error.Kind); // every further query would meet it: the command stops
        Assert.Contains("2027-01-01", error.Message);
        Assert.Contains("Set-PipesConfig Search.Provider Brave", error.RecommendedAction);
        Assert.Contains("SearXNG", error.RecommendedAction);
        Assert.Single(Requests(Path));
    }

    [Fact]
    public async Task BadInputIsRefusedBeforeAnyRequest()
    {
        var client = new SearchClient(Process());
        Assert.Equal(ErrorIds.InvalidInput, (await Assert.ThrowsAsync<InvalidInputError>(() => Collect(client, new SearchQuery("  ", 5)))).ErrorId);
        await Assert.ThrowsAsync<InvalidInputError>(() => Collect(client, new SearchQuery("x", 101)));
        await Assert.ThrowsAsync<InvalidInputError>(() => Collect(client, new SearchQuery("x", 0)));
        Assert.Empty(Requests(Path));
    }

    [Fact]
    public async Task AMissingKeyOrEngineIsNotConfiguredWithoutARequest()
    {
        var environment = Process();
        environment.Secrets.Remove(GoogleDefinition.KeySecret);
        environment.Settings.Set(GoogleDefinition.EngineSetting, null);
        var error = Assert.Throws<NotConfiguredError>(() => new SearchClient(environment).SearchAsync(new SearchQuery("x")));
        Assert.Equal(new[] { GoogleDefinition.EngineSetting, GoogleDefinition.KeySecret }, error.Missing);
        var status = await SearchDefinition.Definition.Create!(environment).CheckAsync();
        Assert.Equal(("Google", false), (status.Name, status.IsConfigured));
        Assert.Empty(Requests(Path));
    }

    [Fact]
    public async Task AConnectionDroppedAfterGoogleAnsweredIsRetriedAndCountedTwice()
    {
        var client = new SearchClient(Process(clock: new SteppingClock(DateTimeOffset.UtcNow)));
        Server.Faults.Add(Fault.DropAfterProcessing(Path));

        var results = await Collect(client, new SearchQuery("owners", 10));

        Assert.Equal(10, results.Count);
        Assert.Equal(2, Requests(Path).Count);
        Assert.Equal(2, client.GetQuota().Used);
        Assert.Equal(2, Fake.GoogleUsed);
    }

    [Fact]
    public async Task TheHealthCheckIsOneOneResultQueryAndSaysWhatIsLeft()
    {
        var environment = Process(dailyQuota: 50);
        var status = await SearchDefinition.Definition.Create!(environment).CheckAsync();

        Assert.True(status.IsHealthy, status.Message);
        Assert.Equal("Google", status.Name);
        Assert.Contains("Search.Provider is Google", status.Message);
        Assert.Contains("49 of 50", status.Message);
        Assert.Equal("1", Param(Requests(Path).Single(), "num"));
    }

    [Fact]
    public async Task AHealthCheckWithTheDaysQuotaSpentSaysSoNotThatItsProbeLostResults()
    {
        // A trial: the row read "1 of the 1 results for 'pipes' were not fetched", naming a search nobody asked for.
        var environment = Process(dailyQuota: 1);
        var client = new SearchClient(environment);
        await foreach (var _ in client.SearchAsync(new SearchQuery("royalty owners Grady County", 1))) { }

        var status = await SearchDefinition.Definition.Create!(environment).CheckAsync();

        Assert.False(status.IsHealthy);
        Assert.Equal(ErrorIds.QuotaExceeded, status.ErrorId);
        Assert.StartsWith("The check needs one query, and none is left today: today's 1 Google queries", status.Message);
        Assert.DoesNotContain("'pipes'", status.Message);
        Assert.Contains("resets at", status.Message);
        Assert.Single(Requests(Path)); // the check sent nothing
    }

    [Fact]
    public async Task TheHealthCheckIsTriedOnceASecondTryWouldSpendAnotherQuery()
    {
        // A trial: a check whose first answer was lost spent two of the day's 100 queries.
        var environment = Process(dailyQuota: 50);
        Server.Faults.Add(Fault.DropAfterProcessing(Path));

        var status = await SearchDefinition.Definition.Create!(environment).CheckAsync();

        Assert.False(status.IsHealthy);
        Assert.Single(Requests(Path));
        Assert.Equal(1, new SearchClient(environment).GetQuota().Used);
    }

    [Fact]
    public async Task AQueryGoogleDidNotAnswerInTimeIsNotTriedAgain()
    {
        // A trial: a hung engine took four 100 s waits and four of the day's queries for each query.
        var environment = Process();
        environment.Settings.Set("Http.TimeoutSeconds", 1);
        var client = new SearchClient(environment);
        Server.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(4), Path, times: 4));

        var error = await Assert.ThrowsAsync<IntegrationTimeoutError>(() => Collect(client, new SearchQuery("owners", 5)));

        Assert.Equal(1, error.Attempts);
        Assert.Single(Requests(Path));
        Assert.Equal(1, client.GetQuota().Used);
    }

    [Fact]
    public async Task AQueryThatGotNoConnectionIsTriedAgainAndNotCounted()
    {
        // The review of the time-out rule: a connect that timed out was a time-out too, not retried and its query kept counted.
        using var hole = new BlackHole();
        var environment = Process();
        environment.Settings.Set("Http.ConnectTimeoutSeconds", 1);
        environment.Settings.Set("Http.MaxRetries", 1);
        environment.Settings.Set(GoogleDefinition.BaseUrlSetting, hole.BaseUrl + "customsearch/v1");
        var client = new SearchClient(environment);

        var error = await Assert.ThrowsAsync<UnavailableError>(() => Collect(client, new SearchQuery("owners", 5)));

        Assert.Equal(2, error.Attempts);
        Assert.Contains("No connection was made within 1 s", error.Message);
        Assert.Equal(0, client.GetQuota().Used);
    }

    [Fact]
    public async Task CancellingWhileAPageIsAwaitedStopsWithinASecond()
    {
        var client = new SearchClient(Process());
        Server.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(30), Path));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.SearchAsync(new SearchQuery("owners", 5), cancel.Token)) { }
        });

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "a hang, not a cancel");
    }

    [Fact]
    public async Task AfterGooglesRefusalTheLedgerSaysGoogleSaidSo()
    {
        Fake.GoogleDailyLimit = 0;
        var client = new SearchClient(Process());
        await Assert.ThrowsAsync<QuotaExceededError>(() => Collect(client, new SearchQuery("owners", 5)));

        var error = await Assert.ThrowsAsync<QuotaExceededError>(() => Collect(client, new SearchQuery("again", 5)));

        Assert.Contains("Google answered earlier today", error.Message);
        Assert.Single(Requests(Path));
    }
}
