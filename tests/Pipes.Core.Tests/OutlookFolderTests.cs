using System.Text.Json.Nodes;
using Pipes.Integrations;
using Pipes.Outlook;
using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>
/// Get-PipesInbox across folders, over real HTTP against the Graph fake: a prospect's reply that left the Inbox before the
/// nightly poll (swiped to Archive, filed by a rule, put in Junk Email) was never read, with no sign.
/// </summary>
public sealed class OutlookFolderTests(FakeServerFixture fixture) : GraphTokenTests(fixture)
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-21T00:00:00Z");

    private static JsonObject Message(string subject, DateTimeOffset at) =>
        new() { ["subject"] = subject, ["receivedDateTime"] = at.ToString("yyyy-MM-ddTHH:mm:ssZ"), ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "Yes, call me." } };

    private async Task<List<InboxMessage>> Poll(int limit = 50, bool all = false, IReadOnlyList<string>? folders = null, Action<string>? warn = null) =>
        await Client.GetInboxAsync(null, limit, all, folders: folders, warn: warn).ToListAsync();

    private IEnumerable<string> MessageRequests(string folder) =>
        Server.Requests.Where(r => r.Path.EndsWith("/mailFolders/" + folder + "/messages", StringComparison.Ordinal)).Select(r => r.Path);

    [Fact]
    public async Task AReplyArchivedBeforeThePollIsReadOnceFromArchive()
    {
        Assert.Equal(12, (await Poll()).Count); // the watermark at the newest of the twelve
        var reply = Graph.AddInbox(Message("RE: Section 9", Start));
        Graph.MoveMessage((string)reply["id"]!, "archive"); // swiped to Archive on the phone in the morning

        var read = Assert.Single(await Poll());
        Assert.Equal("RE: Section 9", read.Subject);
        Assert.Equal("Archive", read.Folder);
        Assert.Empty(await Poll());
    }

    [Fact]
    public async Task AReplyReadAndThenArchivedIsNotReadAgain()
    {
        var first = await Poll();
        // The newest is at the watermark's very instant, where the query is "ge": only its key keeps it from being read again,
        // and the move gave it a new id. An older one is behind the watermark.
        Graph.MoveMessage(first[0].Id, "archive");
        Graph.MoveMessage(first[5].Id, "archive");

        Assert.Empty(await Poll());
    }

    [Fact]
    public async Task JunkIsReadAndSaysSo()
    {
        await Poll();
        Graph.AddMessage("junkemail", Message("RE: your offer", Start));

        var read = Assert.Single(await Poll());
        Assert.Equal("Junk Email", read.Folder);
    }

    [Fact]
    public async Task ABacklogAcrossFoldersLargerThanTheLimitIsWorkedThroughInOrderWithNothingSkippedOrRepeated()
    {
        await Poll(limit: 1); // watermark at the newest of the twelve
        string[] folders = ["inbox", "archive", "junkemail"];
        var expected = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            // Two in one second in two folders, where a cut of 3 falls between them (the 3rd and 4th, the 9th and 10th).
            var at = Start.AddMinutes(i is 3 or 9 ? i - 1 : i);
            Graph.AddMessage(folders[i % 3], Message($"Reply {i}", at));
            expected.Add($"Reply {i}");
        }

        var polls = new List<List<string>>();
        for (var poll = 0; poll < 5; poll++) polls.Add((await Poll(limit: 3)).Select(m => m.Subject).ToList());

        Assert.Equal([3, 3, 3, 1, 0], polls.Select(p => p.Count));
        var seen = polls.SelectMany(p => p).ToList();
        Assert.Equal(expected.Order(), seen.Order()); // each once
        var order = seen.Select(s => int.Parse(s["Reply ".Length..])).Select(i => i is 3 or 9 ? i - 1 : i).ToList();
        Assert.Equal(order.Order(), order); // oldest first across the folders and the polls
    }

    [Fact]
    public async Task AMessageMovedWhileThePagesAreReadIsGivenOnce()
    {
        await Poll();
        // The Inbox's new 99 and the one at the watermark fill one page of -All (100); Archive's 101 are two. X is in the
        // Inbox's page when it is read, and in Archive's second page, asked for only once the first is merged, after X was
        // moved there. (A message taken out of the part of a folder already read no longer skips one: see the test below.)
        var x = "";
        for (var i = 1; i <= 99; i++)
        {
            var added = Graph.AddInbox(Message($"Inbox {i}", Start.AddMinutes(i)));
            if (i == 50) x = (string)added["id"]!;
        }
        for (var i = 1; i <= 100; i++) Graph.AddMessage("archive", Message($"Archive {i}", Start.AddSeconds(i)));
        Graph.AddMessage("archive", Message("Archive newest", Start.AddMinutes(200)));

        var read = new List<InboxMessage>();
        await foreach (var message in Client.GetInboxAsync(null, 50, true))
        {
            if (read.Count == 0) Graph.MoveMessage(x, "archive");
            read.Add(message);
        }

        Assert.Equal(200, read.Count);
        Assert.Equal("Inbox", Assert.Single(read, m => m.Subject == "Inbox 50").Folder);
        Assert.Equal(2, MessageRequests("archive").Count() - 1); // X was there to be met again (the first poll's request is the other)
        Assert.True(read.Zip(read.Skip(1)).All(p => p.First.ReceivedDateTime <= p.Second.ReceivedDateTime), "oldest first");
    }

    [Fact]
    public async Task AMessageTakenOutOfTheReadPartWhileThePagesAreReadSkipsNoOther()
    {
        await Poll();
        // 150 new replies in the Inbox, a second apart: two pages of -All. While the first page is given out, the person deletes
        // one already read. Paged by Graph's $skip, every later message would move up a place and the first of the second page
        // be skipped, behind the watermark for good; paged from the first page's last receivedDateTime, none is.
        var ids = new List<string>();
        for (var i = 1; i <= 150; i++) ids.Add((string)Graph.AddInbox(Message($"Reply {i}", Start.AddHours(1).AddSeconds(i)))["id"]!);

        var read = new List<string>();
        await foreach (var message in Client.GetInboxAsync(null, 50, true, folders: ["Inbox"]))
        {
            if (read.Count == 10) Graph.MoveMessage(ids[0], "deleteditems");
            read.Add(message.Subject);
        }

        Assert.Equal(Enumerable.Range(1, 150).Select(i => $"Reply {i}"), read); // each once, in order
        Assert.Empty(await Poll(folders: ["Inbox"]));
    }

    [Fact]
    public async Task PagesOfOneSecondGoOnByGraphsLinkAndWithSinceNewestFirst()
    {
        // 120 replies in one second (a bulk import): a page from its own edge would be the same page; Graph's link goes on.
        for (var i = 1; i <= 120; i++) Graph.AddInbox(Message($"Bulk {i}", Start.AddHours(2)));
        for (var i = 1; i <= 130; i++) Graph.AddInbox(Message($"Later {i}", Start.AddHours(3).AddSeconds(i)));
        var since = await ToList(Client.GetInboxAsync(Start.AddHours(2), 50, true, folders: ["Inbox"]));
        Assert.Equal(250, since.Count);
        Assert.Equal(250, since.Select(m => m.Id).Distinct().Count());
        Assert.True(since.Zip(since.Skip(1)).All(p => p.First.ReceivedDateTime >= p.Second.ReceivedDateTime), "newest first");
    }

    private static async Task<List<InboxMessage>> ToList(IAsyncEnumerable<InboxMessage> messages)
    {
        var list = new List<InboxMessage>();
        await foreach (var message in messages) list.Add(message);
        return list;
    }

    [Fact]
    public async Task FolderInboxReadsOnlyTheInbox()
    {
        Graph.AddInbox(Message("In the Inbox", Start));
        Graph.AddMessage("archive", Message("Archived", Start));
        Graph.AddMessage("junkemail", Message("Junk", Start));

        Assert.Equal(["In the Inbox"], (await Client.GetInboxAsync(DateTimeOffset.Parse("2026-11-20T23:00:00Z"), 50, false, folders: ["Inbox"]).ToListAsync()).Select(m => m.Subject));
        Assert.DoesNotContain(Server.Requests, r => r.Path.Contains("/mailFolders/archive", StringComparison.Ordinal) || r.Path.Contains("/mailFolders/junkemail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownFolderIsNotFoundNamingItBeforeAnythingIsRead()
    {
        var error = await Assert.ThrowsAsync<IntegrationError>(() => Poll(folders: ["Inbox", "Leeds"]));

        Assert.Equal(ErrorIds.NotFound, error.ErrorId);
        Assert.Contains("'Leeds'", error.Message);
        Assert.Equal("Leeds", error.Target);
        Assert.DoesNotContain(Server.Requests, r => r.Path.EndsWith("/messages", StringComparison.Ordinal));
        Assert.Null(Env.Pipes.State.Get<OutlookClient.Watermark>(OutlookClient.WatermarkKey));
    }

    [Fact]
    public async Task ADefaultFolderTheMailboxLacksIsLeftOutWithAVerboseLine()
    {
        Assert.True(Graph.RemoveFolder("archive")); // Outlook makes Archive on the first archive
        var verbose = new List<string>();
        using (Env.Pipes.Log.Listen(verbose.Add))
            Assert.Equal(12, (await Poll()).Count);

        Assert.Contains(verbose, line => line.Contains("has no Archive folder", StringComparison.Ordinal));
        Assert.Empty(MessageRequests("archive"));
        Assert.Equal(["Inbox", "Junk Email"], Env.Pipes.State.Get<OutlookClient.Watermark>(OutlookClient.WatermarkKey)!.Folders!);

        // Named by the person, the same folder is an error: it was asked for.
        Env.Pipes.Settings.Set(OutlookClient.InboxFoldersSetting, "Inbox; Archive");
        Assert.Equal(ErrorIds.NotFound, (await Assert.ThrowsAsync<IntegrationError>(() => Poll())).ErrorId);
        Assert.Equal(ErrorIds.NotFound, (await Assert.ThrowsAsync<IntegrationError>(() => Poll(folders: ["archive"]))).ErrorId);
    }

    // Any other 404 is not "no such folder": a base URL without /v1.0 answers 404 for the Inbox itself, and a poll that skipped
    // it would read nothing, say nothing, and never fail.
    [Fact]
    public async Task A404ThatIsNotExchangesNoSuchFolderIsAnErrorNotASkip()
    {
        Env.Pipes.Settings.Set("Outlook.GraphBaseUrl", Server.BaseUrl.ToString().TrimEnd('/'));

        var error = await Assert.ThrowsAsync<RemoteRejectedError>(() => Poll());
        Assert.Equal(ErrorIds.NotFound, error.ErrorId);
    }

    [Fact]
    public async Task FoldersAreFoundByOutlooksNamesWellKnownNamesAndPaths()
    {
        await Poll();
        var prospects = Graph.AddFolder("Prospects", "inbox");
        var obrien = Graph.AddFolder("O'Brien leads");
        Graph.AddMessage(prospects.Id, Message("Filed by a rule", Start));
        Graph.AddMessage(obrien.Id, Message("Filed by another", Start.AddSeconds(30)));
        Graph.AddMessage("junkemail", Message("Filtered", Start.AddMinutes(1)));
        Graph.AddMessage("deleteditems", Message("Deleted", Start.AddMinutes(2)));

        var read = await Poll(folders: ["inbox/prospects", "JUNK EMAIL", "Deleted Items", "junkemail", "O'Brien leads"]);

        Assert.Equal([("Filed by a rule", "Inbox/Prospects"), ("Filed by another", "O'Brien leads"), ("Filtered", "Junk Email"), ("Deleted", "Deleted Items")],
            read.Select(m => (m.Subject, m.Folder)));
        Assert.Equal(2, MessageRequests("junkemail").Count()); // named twice, read once (the first poll's request is the other)
        Assert.Contains(Server.Requests, r => r.Path.EndsWith("/childFolders", StringComparison.Ordinal) && Uri.UnescapeDataString(r.QueryString).Contains("displayName eq 'prospects'", StringComparison.Ordinal));
        Assert.Contains(Server.Requests, r => Uri.UnescapeDataString(r.QueryString).Contains("displayName eq 'O''Brien leads'", StringComparison.Ordinal));
        var error = await Assert.ThrowsAsync<IntegrationError>(() => Poll(folders: ["Inbox/Leads"]));
        Assert.Contains("'Inbox/Leads'", error.Message);
    }

    [Fact]
    public async Task AFolderNameThatNamesNoFolderIsRefusedBeforeAnyRequest()
    {
        var error = await Assert.ThrowsAsync<InvalidInputError>(() => Poll(folders: ["Inbox", "Inbox//Prospects"]));
        Assert.Contains("empty folder name", error.Message);
        Assert.Empty(Server.Requests);
        Assert.Throws<InvalidSettingException>(() => Env.Pipes.Settings.Set(OutlookClient.InboxFoldersSetting, " ; "));
    }

    [Fact]
    public async Task TheFoldersSettingIsALineOfNamesAndAListGivenToItIsJoined()
    {
        var leads = Graph.AddFolder("Leads");
        Graph.AddMessage(leads.Id, Message("From the Leads folder", Start));
        Env.Pipes.Settings.Set(OutlookClient.InboxFoldersSetting, new object[] { "Inbox", "Leads" });
        Assert.Equal("Inbox; Leads", Env.Pipes.Settings.Get(OutlookClient.InboxFoldersSetting).Value);

        var read = await Client.GetInboxAsync(Start.AddHours(-1), 50, false).ToListAsync();
        Assert.Equal(["From the Leads folder"], read.Select(m => m.Subject));
        Assert.Equal("Leads", read[0].Folder);
    }

    [Fact]
    public async Task APollOfFewerFoldersThanTheLastWarnsThatItMovesTheirWatermark()
    {
        var warnings = new List<string>();
        await Poll(warn: warnings.Add);
        Assert.Empty(warnings);

        await Poll(folders: ["Inbox"], warn: warnings.Add);
        var warning = Assert.Single(warnings);
        Assert.Contains("Archive and Junk Email", warning);
        Assert.Contains("-WatermarkName", warning);

        await Poll(warn: warnings.Add); // more folders than the last: nothing is behind
        Assert.Single(warnings);

        // A reader of the Inbox alone under a name of its own, new: it has covered no folder yet (it says only that it is new).
        await Client.GetInboxAsync(null, 50, false, watermarkName: "inbox-only", folders: ["Inbox"], warn: warnings.Add).ToListAsync();
        Assert.Equal(2, warnings.Count);
        Assert.StartsWith("The watermark 'inbox-only' is new", warnings[1]);
    }

    // A watermark written before folders were read holds the Graph ids read at its instant, not internetMessageIds.
    [Fact]
    public async Task AWatermarkWrittenBeforeFoldersKeepsItsMessagesRead()
    {
        var newest = (await Client.GetInboxAsync(DateTimeOffset.Parse("2000-01-01T00:00:00Z"), 1, false).ToListAsync()).Single();
        Env.Pipes.State.Update<OutlookClient.Watermark>(OutlookClient.WatermarkKey, _ => new OutlookClient.Watermark(newest.ReceivedDateTime, [newest.Id]));

        Assert.Empty(await Poll());
    }
}
