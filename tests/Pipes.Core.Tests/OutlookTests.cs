using System.Text.Json.Nodes;
using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Outlook;
using Pipes.Replies;
using Pipes.Tests.Support;

namespace Pipes.Tests;

public sealed class OutlookTests(FakeServerFixture fixture) : GraphTokenTests(fixture)
{

    private static OutgoingMail Mail => new(["owner@example.com"], "Mineral rights in Section 4", "Dear owner, we would like to make an offer.");

    private int Posts(string suffix) => Server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith(suffix, StringComparison.Ordinal));

    [Fact]
    public async Task SendCreatesADraftWithAnImmutableIdAndSendsIt()
    {
        var result = await Client.SendMailAsync(Mail with { Cc = ["cc@example.com"] });

        Assert.True(result.Sent);
        var sent = Assert.Single(Graph.Sent);
        Assert.Equal(result.Id, (string?)sent["id"]);
        Assert.Equal("owner@example.com", (string?)sent["toRecipients"]![0]!["emailAddress"]!["address"]);
        var create = Server.Requests.First(r => r.Method == "POST" && r.Path == "/v1.0/me/messages");
        Assert.Contains("IdType=\"ImmutableId\"", create.Headers["Prefer"]);
        Assert.Equal("Bearer " + GraphFake.ValidToken, create.Headers["Authorization"]);
    }

    [Fact]
    public async Task ADroppedConnectionAfterTheSendWasProcessedSendsExactlyOnce()
    {
        Server.Faults.Add(new Fault(FaultKind.DropAfterProcessing) { PathSuffix = "/send" });

        var result = await Client.SendMailAsync(Mail);

        Assert.True(result.Sent);
        Assert.Single(Graph.Sent);
        Assert.Equal(1, Posts("/send"));
        Assert.Contains(Server.Requests, r => r.Method == "GET" && r.Path.EndsWith("/messages/" + result.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADroppedConnectionAfterTheDraftWasCreatedFindsItInsteadOfCreatingTwo()
    {
        Server.Faults.Add(new Fault(FaultKind.DropAfterProcessing) { PathSuffix = "/v1.0/me/messages" });

        await Client.SendMailAsync(Mail);

        Assert.Equal(1, Posts("/v1.0/me/messages"));
        Assert.Single(Graph.Sent);
        Assert.Contains(Server.Requests, r => r.Method == "GET" && r.QueryString.Contains("singleValueExtendedProperties", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThrottledSendHonoursGraphsDecimalRetryAfterAndSendsOnce()
    {
        Server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 429, RetryAfter = "2.128", PathSuffix = "/send" });

        await Client.SendMailAsync(Mail);

        Assert.Single(Graph.Sent);
        Assert.Contains(TimeSpan.FromSeconds(2.128), Clock.Waits);
    }

    [Fact]
    public async Task AnExpiredTokenAsksForANewSignIn()
    {
        Env.Pipes.Secrets.Set(OutlookClient.TokenSecret, GraphFake.ExpiredToken);

        var error = await Assert.ThrowsAsync<AuthenticationError>(() => Client.SendMailAsync(Mail));

        Assert.Equal("Pipes.AuthenticationRequired", error.ErrorId);
        Assert.Contains("Connect-PipesOutlook -AccessToken", error.RecommendedAction);
        Assert.DoesNotContain(GraphFake.ExpiredToken, error.Message);
    }

    [Fact]
    public async Task AttachmentsTravelAsFileAttachments()
    {
        var file = Path.Combine(Env.DirectoryPath, "plat map.pdf");
        Directory.CreateDirectory(Env.DirectoryPath);
        File.WriteAllBytes(file, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31]);

        await Client.SendMailAsync(Mail with { Attachments = [file], Html = true, Body = "<p>See the plat.</p>" });

        var attachment = Graph.Sent.Single()["attachments"]![0]!;
        Assert.Equal("#microsoft.graph.fileAttachment", (string?)attachment["@odata.type"]);
        Assert.Equal("plat map.pdf", (string?)attachment["name"]);
        Assert.Equal(Convert.ToBase64String([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31]), (string?)attachment["contentBytes"]);
        Assert.Equal("html", (string?)Graph.Sent.Single()["body"]!["contentType"]);
    }

    [Fact]
    public async Task DraftsAreNotSent()
    {
        var draft = await Client.CreateDraftAsync(Mail);

        Assert.False(draft.Sent);
        Assert.Empty(Graph.Sent);
        Assert.StartsWith("AAMk", draft.Id);
    }

    [Fact]
    public async Task PollingSeesEachMessageOnceAcrossTheWatermark()
    {
        var first = await Client.GetInboxAsync(null, 50, false).ToListAsync();
        Assert.Equal(12, first.Count);
        Assert.True(first.Zip(first.Skip(1)).All(p => p.First.ReceivedDateTime >= p.Second.ReceivedDateTime), "newest first");

        Assert.Empty(await Client.GetInboxAsync(null, 50, false).ToListAsync());

        // Two arrive in the same second as the newest one read, one later.
        var newest = first[0].ReceivedDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ");
        Graph.AddInbox(new JsonObject { ["subject"] = "Same second A", ["receivedDateTime"] = newest, ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "yes" } });
        Graph.AddInbox(new JsonObject { ["subject"] = "Same second B", ["receivedDateTime"] = newest, ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "no" } });
        Graph.AddInbox(new JsonObject { ["subject"] = "Later", ["receivedDateTime"] = first[0].ReceivedDateTime.AddMinutes(5).ToString("yyyy-MM-ddTHH:mm:ssZ"), ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "ok" } });

        var second = await Client.GetInboxAsync(null, 50, false).ToListAsync();
        Assert.Equal(["Later", "Same second B", "Same second A"], second.Select(m => m.Subject).OrderByDescending(s => s == "Later").ThenByDescending(s => s));
        Assert.Empty(await Client.GetInboxAsync(null, 50, false).ToListAsync());
    }

    // A trial: the nightly task's first run (-All, no watermark yet) read every message the mailbox ever had.
    [Fact]
    public async Task AFirstPollSinceATimeReadsFromThereOldestFirstAndIsNotUsedOnceTheWatermarkExists()
    {
        var everything = await Client.GetInboxAsync(DateTimeOffset.MinValue, 50, true).ToListAsync();
        Assert.Equal(12, everything.Count);
        var times = everything.Select(m => m.ReceivedDateTime).Distinct().Order().ToList();
        Assert.True(times.Count >= 6, "the seeded messages have several times");
        var start = times[^5];
        var expected = everything.Where(m => m.ReceivedDateTime >= start).OrderBy(m => m.ReceivedDateTime).Select(m => m.ReceivedDateTime).ToList();

        // -Limit 2 at a time, oldest first, as a backlog is read; the rest on the next polls.
        // The held-back move says where each read started (a scheduled task's log says which window its first run read).
        PendingWatermark? pending = null;
        var first = await Client.GetInboxAsync(null, 2, false, deferMove: p => pending = p, watermarkName: "nightly", firstPollSince: start).ToListAsync();
        Assert.Equal(expected.Take(2), first.Select(m => m.ReceivedDateTime));
        Assert.True(pending!.FirstRead);
        Assert.Equal(start, pending.From);
        Assert.True(pending.Commit());
        var rest = await Client.GetInboxAsync(null, 50, true, deferMove: p => pending = p, watermarkName: "nightly", firstPollSince: start).ToListAsync();
        Assert.Equal(expected.Skip(2), rest.Select(m => m.ReceivedDateTime));
        Assert.False(pending.FirstRead);
        Assert.Equal(expected[1], pending.From);
        pending.Commit();

        // The watermark exists now: the same start reads nothing again, and a new message is read.
        Assert.Empty(await Client.GetInboxAsync(null, 50, true, watermarkName: "nightly", firstPollSince: start).ToListAsync());
        Graph.AddInbox(new JsonObject { ["subject"] = "New", ["receivedDateTime"] = times[^1].AddMinutes(1).ToString("yyyy-MM-ddTHH:mm:ssZ"), ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "x" } });
        Assert.Equal(["New"], (await Client.GetInboxAsync(null, 50, true, watermarkName: "nightly", firstPollSince: start).ToListAsync()).Select(m => m.Subject));

        // Without it, a first poll with -All is every message, as before.
        Assert.Equal(13, (await Client.GetInboxAsync(null, 50, true, watermarkName: "other").ToListAsync()).Count);
    }

    // A scheduled task and an admin at the prompt polling one mailbox: with one watermark, each took the other's messages.
    [Fact]
    public async Task ANamedWatermarkIsItsReadersOwnAndStartsAsAFirstPoll()
    {
        Assert.Equal(12, (await Client.GetInboxAsync(null, 50, false).ToListAsync()).Count); // the unnamed watermark at the newest
        var newest = Env.Pipes.State.Get<OutlookClient.Watermark>(OutlookClient.WatermarkKey)!.At;
        JsonObject Message(string subject, DateTimeOffset at) =>
            new() { ["subject"] = subject, ["receivedDateTime"] = at.ToString("yyyy-MM-ddTHH:mm:ssZ"), ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "x" } };

        // The task's first poll under its name is a first poll of its own: the twelve the admin read too, and the same-second
        // message; said, since a task that used the unnamed watermark before gets them again.
        Graph.AddInbox(Message("Same second", newest));
        var warnings = new List<string>();
        Assert.Equal(13, (await Client.GetInboxAsync(null, 50, false, watermarkName: "nightly", warn: warnings.Add).ToListAsync()).Count);
        Assert.Contains("The watermark 'nightly' is new: this poll starts as a first poll does (the newest 50)", Assert.Single(warnings));

        // The admin looks at the prompt (the unnamed watermark) and takes what came since; the task still gets it.
        Graph.AddInbox(Message("Later", newest.AddMinutes(5)));
        Assert.Equal(["Same second", "Later"], (await Client.GetInboxAsync(null, 50, false).ToListAsync()).Select(m => m.Subject).Order().Reverse());
        Assert.Equal(["Later"], (await Client.GetInboxAsync(null, 50, false, watermarkName: "nightly", warn: warnings.Add).ToListAsync()).Select(m => m.Subject));
        Assert.Empty(await Client.GetInboxAsync(null, 50, false, watermarkName: "nightly").ToListAsync());
        Assert.Single(warnings); // said once, on the name's first poll
        Assert.Equal(newest.AddMinutes(5), Env.Pipes.State.Get<OutlookClient.Watermark>(OutlookClient.WatermarkKeyOf("nightly"))!.At);
    }

    // A new user's trial: an admin's first look at the prompt (the README's Get-PipesInbox -Limit 5) moved the unnamed watermark
    // past the other seven, and the nightly task's first run under its own name, which started there, got none of them.
    [Fact]
    public async Task ATasksFirstPollUnderItsNameGetsWhatAnAdminsFirstLookLeft()
    {
        Assert.Equal(5, (await Client.GetInboxAsync(null, 5, false).ToListAsync()).Count);
        PendingWatermark? pending = null;
        Assert.Equal(12, (await Client.GetInboxAsync(null, 50, true, deferMove: p => pending = p, watermarkName: "nightly").ToListAsync()).Count);
        Assert.True(pending!.Commit());
        Assert.Empty(await Client.GetInboxAsync(null, 50, true, watermarkName: "nightly").ToListAsync());
        // The admin's own watermark goes on from where the admin's look left it.
        Assert.Empty(await Client.GetInboxAsync(null, 5, false).ToListAsync());
    }

    [Fact]
    public async Task APollThatEndsAfterANewerPollLeavesTheWatermarkWhereTheNewerOneMovedIt()
    {
        await Client.GetInboxAsync(null, 1, false).ToListAsync(); // watermark at the newest
        var start = DateTimeOffset.Parse("2026-11-21T00:00:00Z");
        for (var i = 0; i < 4; i++)
            Graph.AddInbox(new JsonObject { ["subject"] = $"New {i}", ["receivedDateTime"] = start.AddMinutes(i).ToString("yyyy-MM-ddTHH:mm:ssZ"), ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "x" } });

        // A slow poll reads the first two; meanwhile another process's poll reads all four and moves the watermark past them.
        var slow = new List<string>();
        await foreach (var message in Client.GetInboxAsync(null, 2, false))
        {
            slow.Add(message.Subject);
            if (slow.Count == 1) Assert.Equal(4, (await Client.GetInboxAsync(null, 50, false).ToListAsync()).Count);
        }

        Assert.Equal(["New 0", "New 1"], slow);
        Assert.Equal(start.AddMinutes(3), Env.Pipes.State.Get<OutlookClient.Watermark>(OutlookClient.WatermarkKey)!.At);
        Assert.Empty(await Client.GetInboxAsync(null, 50, false).ToListAsync()); // nothing handed out a second time
    }

    [Fact]
    public async Task ABacklogLargerThanTheLimitIsWorkedThroughOldestFirstWithNothingSkipped()
    {
        await Client.GetInboxAsync(null, 1, false).ToListAsync(); // watermark at the newest
        var start = DateTimeOffset.Parse("2026-11-21T00:00:00Z");
        for (var i = 0; i < 7; i++)
            Graph.AddInbox(new JsonObject { ["subject"] = $"New {i}", ["receivedDateTime"] = start.AddMinutes(i).ToString("yyyy-MM-ddTHH:mm:ssZ"), ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "x" } });

        var seen = new List<string>();
        for (var poll = 0; poll < 4; poll++) seen.AddRange((await Client.GetInboxAsync(null, 3, false).ToListAsync()).Select(m => m.Subject));

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"New {i}").Order(), seen.Order());
    }

    [Fact]
    public async Task AllFollowsNextLinksAndMessagesCarryTheirClassification()
    {
        for (var i = 0; i < 110; i++) Graph.AddInbox(new JsonObject { ["subject"] = $"Bulk {i}", ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "thanks" } });

        var all = await Client.GetInboxAsync(DateTimeOffset.Parse("2000-01-01T00:00:00Z"), 50, true).ToListAsync();

        Assert.Equal(122, all.Count);
        Assert.True(Server.Requests.Count(r => r.Path.EndsWith("/mailFolders/inbox/messages", StringComparison.Ordinal)) >= 2);
        Assert.Contains(all, m => m.Classification == ReplyClass.Interested);
        Assert.Contains(all, m => m.Classification == ReplyClass.NotInterested);
        Assert.Contains(all, m => m.Classification == ReplyClass.Referral && m.Reply.ReferralEmail == "jane.foster@doeenergy.com");
    }

    [Fact]
    public async Task InboxReadsSurviveA503AndASlowAnswer()
    {
        // 2 s, not 1: on a loaded 2-core machine an ordinary answer once took over a second, timed out, and made a fourth request.
        Env.Pipes.Settings.Set("Http.TimeoutSeconds", 2);
        Server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 503, PathSuffix = "/mailFolders/inbox/messages" });
        Server.Faults.Add(new Fault(FaultKind.Delay) { DelayMs = 5000, PathSuffix = "/mailFolders/inbox/messages" });

        var messages = await Client.GetInboxAsync(DateTimeOffset.Parse("2000-01-01T00:00:00Z"), 50, false).ToListAsync();

        Assert.Equal(12, messages.Count);
        Assert.Equal(3, Server.Requests.Count(r => r.Path.EndsWith("/mailFolders/inbox/messages", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MalformedJsonFromGraphIsAClearErrorAndTheWatermarkStays()
    {
        await Client.GetInboxAsync(null, 50, false).ToListAsync();
        var before = Env.Pipes.State.Get<OutlookClient.Watermark>(OutlookClient.WatermarkKey);
        Server.Faults.Add(new Fault(FaultKind.MalformedJson) { PathSuffix = "/mailFolders/inbox/messages" });

        var error = await Assert.ThrowsAsync<RemoteRejectedError>(() => Client.GetInboxAsync(null, 50, false).ToListAsync().AsTask());

        Assert.Contains("not JSON", error.Message);
        Assert.Equal(before, Env.Pipes.State.Get<OutlookClient.Watermark>(OutlookClient.WatermarkKey), new WatermarkComparer());
    }

    private sealed class WatermarkComparer : IEqualityComparer<OutlookClient.Watermark?>
    {
        public bool Equals(OutlookClient.Watermark? x, OutlookClient.Watermark? y) => x?.At == y?.At && (x?.Ids ?? []).SequenceEqual(y?.Ids ?? []);
        public int GetHashCode(OutlookClient.Watermark? obj) => obj?.At.GetHashCode() ?? 0;
    }

    [Fact]
    public async Task AtMostFourRequestsAreInFlightForTheMailbox()
    {
        Server.Faults.Add(new Fault(FaultKind.Delay) { DelayMs = 300, Times = 40 });
        var client = Client;

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.SendMailAsync(Mail with { Subject = $"Offer {i}" })));

        Assert.Equal(12, Graph.Sent.Count);
        Assert.InRange(Server.MaxConcurrentRequests, 2, 4);
    }

    [Fact]
    public async Task HealthCheckAgainstTheFake()
    {
        Assert.True((await Client.CheckAsync()).IsHealthy);
        Env.Pipes.Secrets.Remove(OutlookClient.TokenSecret);
        var status = await Client.CheckAsync();
        Assert.False(status.IsConfigured);
        Assert.Contains("Connect-PipesOutlook", status.Message);
    }
}
