using System.Text.Json;
using Pipes.ActiveCampaign;
using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>Get-ACContact's Core against the ActiveCampaign fake over real HTTP: paging, pipelines, incremental pulls, faults.</summary>
public sealed class ActiveCampaignContactTests : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly FakeServer _server;
    private readonly ActiveCampaignFake _fake;
    private readonly TestEnvironment _env = new(new SteppingClock());

    public ActiveCampaignContactTests(FakeServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _fake = _server.Service<ActiveCampaignFake>();
        // The client paces on the stepping clock (no real waits): the fake's real-time limit is lifted here
        // and kept in the tests that run on the real clock.
        _fake.RequestsPerSecond = 10_000;
        Configure(_env.Pipes);
    }

    public void Dispose() => _env.Dispose();

    private void Configure(PipesEnvironment pipes)
    {
        pipes.Settings.Set("ActiveCampaign.BaseUrl", _server.BaseUrl.ToString());
        pipes.Secrets.Set("ActiveCampaign.ApiToken", ActiveCampaignFake.DefaultToken);
    }

    private ContactPull Pull(ContactQuery query, PipesEnvironment? pipes = null) => new ActiveCampaignClient(pipes ?? _env.Pipes).PullContacts(query);

    private static async Task<List<ActiveCampaignContact>> ReadAll(ContactPull pull, bool commit = true)
    {
        var list = new List<ActiveCampaignContact>();
        await foreach (var contact in pull.ReadAsync()) list.Add(contact);
        if (commit) pull.Commit();
        return list;
    }

    private List<RecordedRequest> ApiRequests(string path) => _server.Requests.Where(r => r.Path == "/api/3/" + path).ToList();

    [Fact]
    public async Task PagesByIdWithOrdersAndIdGreaterAndNormalisesLikeTheImporter()
    {
        var contacts = await ReadAll(Pull(new ContactQuery()));

        Assert.Equal(Enumerable.Range(1, 30).Select(i => i.ToString()), contacts.Select(c => c.Id));
        var first = contacts[0];
        Assert.Equal("7135551001", first.Phone);
        Assert.Equal(TimeSpan.FromHours(-5), first.Updated!.Value.Offset); // the account's summer offset
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 16, 0, 0, TimeSpan.Zero), first.Updated);
        Assert.Equal("Ann Baker", first.FullName);
        var badPhone = contacts.Single(c => c.Id == "7");
        Assert.Null(badPhone.Phone);
        Assert.Equal("call the office", badPhone.PhoneRaw);
        Assert.StartsWith("Phone 'call the office' is not usable", badPhone.Issues);
        Assert.Equal("hal.reyes8@example.com", contacts.Single(c => c.Id == "8").Email);
        Assert.Equal("+442079460958", contacts.Single(c => c.Id == "9").Phone);
        Assert.Null(contacts.Single(c => c.Id == "10").FullName);
        Assert.Equal(("7135551011", "2815550111"), (contacts.Single(c => c.Id == "11").Phone, contacts.Single(c => c.Id == "11").ExtraPhones));
        Assert.Equal("Basin Royalty 4 LLC", contacts.Single(c => c.Id == "4").Company);
        var request = Assert.Single(ApiRequests("contacts"));
        Assert.Contains("limit=100", request.QueryString);
        Assert.Contains("orders%5Bid%5D=ASC", request.QueryString);
    }

    [Fact]
    public async Task AContactThatUnsubscribedOrBouncedOnAListHasItsAddressWithheldNotInEmail()
    {
        var contacts = await ReadAll(Pull(new ContactQuery()));

        // Unsubscribed from list 1, with the reason the contact gave: nothing binds the address as one to write to.
        var unsubscribed = contacts.Single(c => c.Id == "12");
        Assert.Null(unsubscribed.Email);
        Assert.Null(unsubscribed.ExtraEmails);
        Assert.Equal("bo.lee12@example.com", unsubscribed.WithheldEmails);
        Assert.Equal("Email bo.lee12@example.com is not taken as an address to write to: unsubscribed from ActiveCampaign list 1 on 2026-08-10 ('Not selling, please stop').", unsubscribed.Issues);
        // Bounced on list 1.
        var bounced = contacts.Single(c => c.Id == "13");
        Assert.Null(bounced.Email);
        Assert.Equal("cy.lee13@example.com", bounced.WithheldEmails);
        Assert.EndsWith("bounced on ActiveCampaign list 1 on 2026-08-11.", bounced.Issues);
        // Unsubscribed from list 2 while still active on list 1: the safe side.
        var mixed = contacts.Single(c => c.Id == "15");
        Assert.Null(mixed.Email);
        Assert.Contains("unsubscribed from ActiveCampaign list 2", mixed.Issues);
        Assert.DoesNotContain("list 1", mixed.Issues);
        // Not yet confirmed (double opt-in) is no opt-out; nor is an active subscription.
        Assert.Equal("dee.lee14@example.com", contacts.Single(c => c.Id == "14").Email);
        Assert.Equal("flo.lee16@example.com", contacts.Single(c => c.Id == "16").Email);
        Assert.Null(contacts.Single(c => c.Id == "16").WithheldEmails);
        Assert.Equal(3, contacts.Count(c => c.WithheldEmails is not null));
        Assert.Contains("include=contactLists", Assert.Single(ApiRequests("contacts")).QueryString);
    }

    [Fact]
    public async Task OptOutsAreReadWithCustomFieldsByIdAndInPipelinesToo()
    {
        // With -IncludeFields both side-loads go in one include; by id and through a pipeline the contacts come by ids[].
        var withFields = await ReadAll(Pull(new ContactQuery { IncludeFields = true, Ids = ["12", "14"] }));
        Assert.Equal([null, "dee.lee14@example.com"], withFields.Select(c => c.Email));
        Assert.Equal("bo.lee12@example.com", withFields[0].WithheldEmails);
        Assert.Equal("Reeves", withFields[0].Fields!["Mineral County"]);
        Assert.Contains("include=contactLists,fieldValues", ApiRequests("contacts").Last().QueryString);

        var inPipeline = await ReadAll(Pull(new ContactQuery { PipelineIds = [1] })); // deal 6's primary contact is 12
        Assert.Equal("bo.lee12@example.com", inPipeline.Single(c => c.Id == "12").WithheldEmails);
        Assert.Null(inPipeline.Single(c => c.Id == "12").Email);
    }

    [Fact]
    public async Task AnAddressThatIsSeveralIsWithheldWhole()
    {
        lock (_fake.Data.Gate)
        {
            _fake.Data.Contacts[12].Email = "bo@example.com; bo.lee@example.net";
            _fake.Data.Contacts[12].Lists[1] = new ActiveCampaignData.Subscription(3, _fake.Data.Contacts[12].Created);
        }
        var contact = Assert.Single(await ReadAll(Pull(new ContactQuery { Ids = ["12"] })));
        Assert.Equal((null, null), (contact.Email, contact.ExtraEmails));
        Assert.Equal("bo@example.com; bo.lee@example.net", contact.WithheldEmails);
    }

    [Fact]
    public async Task LargePullsFollowIdGreaterAndStopAtTheTotal()
    {
        _fake.Data.Generate(250);
        var progress = new List<(string Status, double? Fraction)>();
        var pull = Pull(new ContactQuery());
        var contacts = new List<ActiveCampaignContact>();
        await foreach (var contact in pull.ReadAsync((s, f) => progress.Add((s, f)))) contacts.Add(contact);

        Assert.Equal(250, contacts.Select(c => c.Id).Distinct().Count());
        var queries = ApiRequests("contacts").Select(r => r.QueryString).ToList();
        Assert.Equal(3, queries.Count);
        Assert.DoesNotContain("id_greater", queries[0]);
        Assert.Contains("id_greater=100", queries[1]);
        Assert.Contains("id_greater=200", queries[2]);
        Assert.Equal([0.4, 0.8, 1.0], progress.Select(p => Math.Round(p.Fraction!.Value, 2)));
        Assert.Equal("250 of 250 contacts read", progress[^1].Status);
    }

    [Fact]
    public async Task APipelineBringsItsDealsContactsInBatchesNeverOnePerContact()
    {
        // 240 more deals in pipeline 2, each with its own contact: 252 contacts to fetch.
        _fake.Data.Generate(400);
        lock (_fake.Data.Gate)
            for (var d = 13; d <= 252; d++)
                _fake.Data.Deals.Add(new ActiveCampaignData.Deal(d, 50 + d, 2, 5, $"Deal {d}", 99_999, 0, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));

        var contacts = await ReadAll(Pull(new ContactQuery { PipelineIds = [2] }));

        // Deals 9-12 (contacts 18..24) plus contactDeal 3 (deal 9 -> contact 27) plus the 240 new ones.
        Assert.Equal(4 + 1 + 240, contacts.Count);
        Assert.Equal(contacts.Count, contacts.Select(c => c.Id).Distinct().Count());
        var contactRequests = ApiRequests("contacts");
        Assert.Equal(3, contactRequests.Count); // 245 ids, 100 a request
        Assert.All(contactRequests, r => Assert.True(r.QueryString.Split("ids%5B%5D=").Length - 1 <= 100));
        Assert.Equal(3, ApiRequests("deals").Count); // 244 deals, 100 a page
        var deal = Assert.Single(contacts.Single(c => c.Id == "18").Deals!);
        Assert.Equal("Royalty Owners", deal.Pipeline);
        Assert.Equal("New Lead", deal.Stage);
        Assert.Equal(1344.50m, deal.Value); // 134450 cents
        Assert.Equal("Open", deal.Status);
        Assert.Contains(contacts, c => c.Id == "27" && c.Deals!.Single().Id == "9"); // a further contact of deal 9
    }

    [Fact]
    public async Task ADealDeletedWhileTheDealsArePagedSkipsNoOtherDeal()
    {
        // Deal 14 (contact 64, on the first page) is deleted after the first page of deals was read: every later
        // deal moves down one place, and offset 100 then starts one deal late.
        var contacts = await PipelineDealsChangingAfterTheFirstPage(deals => deals.RemoveAll(d => d.Id == 14));

        List<long> stillThere;
        lock (_fake.Data.Gate) stillThere = _fake.Data.Deals.Where(d => d.Group == 2).Select(d => d.Contact).ToList();
        var ids = contacts.Select(c => long.Parse(c.Id)).ToHashSet();
        Assert.All(stillThere, contact => Assert.Contains(contact, ids));
        Assert.DoesNotContain(64L, ids);
        Assert.Equal(contacts.Count, ids.Count);
    }

    [Fact]
    public async Task ADealDeletedAndAnotherAddedWhileTheDealsArePagedSkipsNoOtherDeal()
    {
        // Deal 14 deleted, deal 999 added at the end: meta.total stays 240, and offset 100 would still start one deal late.
        var contacts = await PipelineDealsChangingAfterTheFirstPage(deals =>
        {
            deals.RemoveAll(d => d.Id == 14);
            deals.Add(new ActiveCampaignData.Deal(999, 390, 2, 5, "Deal 999", 1, 0, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        });

        var ids = contacts.Select(c => long.Parse(c.Id)).ToHashSet();
        Assert.All(Enumerable.Range(15, 238), d => Assert.Contains(50L + d, ids));
        Assert.Contains(390L, ids);
        Assert.DoesNotContain(64L, ids);
        Assert.Equal(contacts.Count, ids.Count);
        Assert.Contains("did not start where the last one ended", _env.ReadLogs());
    }

    /// <summary>Pipeline 2's contacts, its 240 deals (13 to 252, contact 50 + id) changed by <paramref name="change"/> once the first page of deals was read.</summary>
    private async Task<List<ActiveCampaignContact>> PipelineDealsChangingAfterTheFirstPage(Action<List<ActiveCampaignData.Deal>> change)
    {
        _fake.Data.Generate(400);
        lock (_fake.Data.Gate)
            for (var d = 13; d <= 252; d++)
                _fake.Data.Deals.Add(new ActiveCampaignData.Deal(d, 50 + d, 2, 5, $"Deal {d}", 99_999, 0, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        var pull = Pull(new ContactQuery { PipelineIds = [2] });
        var pagesAsked = 0;
        var contacts = new List<ActiveCampaignContact>();
        await foreach (var contact in pull.ReadAsync((status, _) =>
        {
            if (status.EndsWith(" deals read", StringComparison.Ordinal) && ++pagesAsked == 2)
                lock (_fake.Data.Gate) change(_fake.Data.Deals);
        })) contacts.Add(contact);
        return contacts;
    }

    [Fact]
    public async Task ADealAddedWhileTheDealsArePagedNeedsNoSecondReading()
    {
        // A deal added after the first page: later deals move up a place, so a page may repeat one, and none is lost.
        var contacts = await PipelineDealsChangingAfterTheFirstPage(deals =>
            deals.Insert(0, new ActiveCampaignData.Deal(999, 390, 2, 5, "Deal 999", 1, 0, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow)));

        var ids = contacts.Select(c => long.Parse(c.Id)).ToHashSet();
        Assert.All(Enumerable.Range(13, 240), d => Assert.Contains(50L + d, ids));
        Assert.Equal(contacts.Count, ids.Count);
        Assert.Equal(3, ApiRequests("deals").Count); // 241 deals, 100 a page, read once: a list that grew is not read again
    }

    [Fact]
    public async Task ADealDeletedAfterThePartReadNeedsNoSecondReading()
    {
        // Deal 252 (contact 302, the last) is deleted after the first page: meta.total falls, but no deal read or to be
        // read moved. Before, a fall alone read the list again, and deletions at that pace failed a nightly pull.
        var contacts = await PipelineDealsChangingAfterTheFirstPage(deals => deals.RemoveAll(d => d.Id == 252));

        var ids = contacts.Select(c => long.Parse(c.Id)).ToHashSet();
        Assert.All(Enumerable.Range(13, 239), d => Assert.Contains(50L + d, ids));
        Assert.DoesNotContain(302L, ids);
        Assert.Equal(3, ApiRequests("deals").Count); // 243 deals, 100 a page, read once
    }

    [Fact]
    public async Task ADealThatMovesIntoThePartAlreadyReadIsNotLost()
    {
        // Deal 252 (contact 302, not read yet) moves to the front of the pipeline's list after the first page: the deals
        // read move up one place while meta.total stays 240, so offset 99 starts on an item already read but not on the
        // last one, and deal 252 would never be on a page.
        var contacts = await PipelineDealsChangingAfterTheFirstPage(deals =>
        {
            var index = deals.FindIndex(d => d.Id == 252);
            var moved = deals[index];
            deals.RemoveAt(index);
            deals.Insert(0, moved);
        });

        var ids = contacts.Select(c => long.Parse(c.Id)).ToHashSet();
        Assert.All(Enumerable.Range(13, 240), d => Assert.Contains(50L + d, ids));
        Assert.Equal(contacts.Count, ids.Count);
        Assert.Contains("did not start where the last one ended", _env.ReadLogs());
    }

    [Fact]
    public async Task TwoDealsThatChangePlacesAcrossThePagesAreBothRead()
    {
        // Deals 50 (read on the first page) and 150 (not read yet) change places after the first page: the second page
        // brings 50 again, and 150 sits in the part already read.
        var contacts = await PipelineDealsChangingAfterTheFirstPage(deals =>
        {
            int a = deals.FindIndex(d => d.Id == 50), b = deals.FindIndex(d => d.Id == 150);
            (deals[a], deals[b]) = (deals[b], deals[a]);
        });

        var ids = contacts.Select(c => long.Parse(c.Id)).ToHashSet();
        Assert.All(Enumerable.Range(13, 240), d => Assert.Contains(50L + d, ids));
        Assert.Equal(contacts.Count, ids.Count);
    }

    [Fact]
    public async Task AServiceThatIgnoresOffsetIsAnErrorNamingTheListNotAShortList()
    {
        // 150 fields: the second page (offset 99) brings the first 100 again, and meta.total (150) says the list ends there.
        lock (_fake.Data.Gate)
            for (var f = 3; f <= 150; f++) _fake.Data.Fields.Add((f.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Field {f}", $"FIELD_{f}", "text"));
        _fake.IgnoresOffset = true;

        var error = await Assert.ThrowsAsync<UnavailableError>(() => ReadAll(Pull(new ContactQuery { IncludeFields = true, First = 2 })));

        Assert.Contains("custom fields", error.Message);
        Assert.Equal(6, ApiRequests("fields").Count); // three readings of two pages, then the error: no hang
    }

    [Fact]
    public async Task ADealMovedIntoAStageAddedWhileThePullRanHasThatStagesTitle()
    {
        // Once the pipelines were read, stage 99 is added to pipeline 1 and deal 1 moved into it: its Stage was empty.
        var pull = Pull(new ContactQuery { PipelineIds = [1] });
        var contacts = new List<ActiveCampaignContact>();
        await foreach (var contact in pull.ReadAsync((status, _) =>
        {
            if (!status.EndsWith(" deals read", StringComparison.Ordinal)) return;
            lock (_fake.Data.Gate)
            {
                if (_fake.Data.Stages.Any(s => s.Id == 99)) return;
                _fake.Data.Stages.Add(new ActiveCampaignData.Stage(99, 1, "Due Diligence", 4));
                var index = _fake.Data.Deals.FindIndex(d => d.Id == 1);
                _fake.Data.Deals[index] = _fake.Data.Deals[index] with { Stage = 99 };
            }
        })) contacts.Add(contact);

        var deal = contacts.SelectMany(c => c.Deals!).First(d => d.Id == "1");
        Assert.Equal("99", deal.StageId);
        Assert.Equal("Due Diligence", deal.Stage);
        Assert.Equal("Mineral Buyers", deal.Pipeline);
        Assert.Equal(2, ApiRequests("dealGroups").Count); // read again once, for the stage it did not know
    }

    [Fact]
    public async Task AStageNarrowsThePipelineAndDealsReadAsText()
    {
        var contacts = await ReadAll(Pull(new ContactQuery { PipelineIds = [1], StageIds = [2] }));

        // Pipeline 1's deals in stage 2 ("Contacted"): deals 1, 4, 7 -> contacts 2, 8, 14, and 25 through deal 1.
        Assert.Equal(["2", "8", "14", "25"], contacts.Select(c => c.Id));
        Assert.All(contacts, c => Assert.All(c.Deals!, d => Assert.Equal("2", d.StageId)));
        Assert.Equal("Section 1 minerals (Mineral Buyers / Contacted, 1260.5 USD)", contacts[0].Deals!.ToString());
    }

    [Fact]
    public async Task DealsWhoseContactWasDeletedAreNamedNotDroppedSilently()
    {
        // ActiveCampaign keeps a deal when its contact is deleted: the contact no longer comes back by id, and the
        // deal would be in nobody's Deals without a word.
        lock (_fake.Data.Gate) _fake.Data.Contacts.Remove(8); // deal 4's contact
        var pull = Pull(new ContactQuery { PipelineIds = [1], StageIds = [2] });

        var contacts = await ReadAll(pull);

        Assert.Equal(["2", "14", "25"], contacts.Select(c => c.Id));
        var note = Assert.Single(pull.Notes);
        Assert.StartsWith("1 deal(s) in the pipelines asked for name a contact ActiveCampaign no longer has (contact 8)", note);
        Assert.Contains("deal 4 '", note);

        var byStage = Pull(new ContactQuery { StageIds = [2] });
        await ReadAll(byStage);
        Assert.StartsWith("1 deal(s) in the stages asked for name a contact", Assert.Single(byStage.Notes));

        // Narrowed to some contacts, one missing is the filter's doing: no note.
        var searched = Pull(new ContactQuery { PipelineIds = [1], StageIds = [2], Search = "Ann" });
        await ReadAll(searched);
        Assert.Empty(searched.Notes);
    }

    [Fact]
    public async Task ADealThatLostOnlyOneOfItsContactsIsNotNamedAsInNoContactsDeals()
    {
        // Deal 1's primary contact is 2 and contact 25 is a further one (contactDeals). With 25 deleted, deal 1 is
        // still in contact 2's Deals: only deal 4, whose one contact (8) is gone, is in nobody's.
        lock (_fake.Data.Gate) { _fake.Data.Contacts.Remove(25); _fake.Data.Contacts.Remove(8); }
        var pull = Pull(new ContactQuery { PipelineIds = [1], StageIds = [2] });

        var contacts = await ReadAll(pull);

        Assert.Contains(contacts.Single(c => c.Id == "2").Deals!, d => d.Id == "1");
        var note = Assert.Single(pull.Notes);
        Assert.StartsWith("1 deal(s) in the pipelines asked for name a contact ActiveCampaign no longer has (contact 8)", note);
        Assert.DoesNotContain("deal 1 '", note);

        // Only the further contact gone: every deal is in a contact's Deals, so there is nothing to say.
        _fake.Data.Seed();
        lock (_fake.Data.Gate) _fake.Data.Contacts.Remove(25);
        var further = Pull(new ContactQuery { PipelineIds = [1], StageIds = [2] });
        await ReadAll(further);
        Assert.Empty(further.Notes);
    }

    [Theory]
    [InlineData(UpdatedAfterComparison.Strict)]
    [InlineData(UpdatedAfterComparison.Inclusive)]
    [InlineData(UpdatedAfterComparison.ByDay)]
    public async Task IncrementalBringsOnlyWhatChangedAndASameSecondUpdateOnce(UpdatedAfterComparison comparison)
    {
        _fake.UpdatedAfter = comparison;
        var query = new ContactQuery { Incremental = true };
        // The first pull says it read every contact (a scheduled task's log says so); the next, where it started.
        var firstPull = Pull(query);
        Assert.Equal(30, (await ReadAll(firstPull)).Count);
        Assert.True(firstPull.FirstRead);
        Assert.Null(firstPull.From);
        var nextPull = Pull(query);
        Assert.Empty(await ReadAll(nextPull));
        Assert.False(nextPull.FirstRead);
        Assert.Equal(firstPull.Position, nextPull.From);

        // Contact 3 changed; then contact 4 changed in the very same second, after the pull that read 3.
        var second = ActiveCampaignData.Now().AddMinutes(-10);
        _fake.Data.Touch([3], second);
        Assert.Equal(["3"], (await ReadAll(Pull(query))).Select(c => c.Id));
        _fake.Data.Touch([4], second);
        Assert.Equal(["4"], (await ReadAll(Pull(query))).Select(c => c.Id));
        Assert.Empty(await ReadAll(Pull(query)));

        // The filter went out as the date one day before the watermark, in the account's offset.
        var last = ApiRequests("contacts")[^1].QueryString;
        Assert.Contains("filters%5Bupdated_after%5D=" + TimeZoneInfo.ConvertTime(second, ActiveCampaignData.AccountZone).AddDays(-1).ToString("yyyy-MM-dd"), last);
    }

    [Fact]
    public async Task AWatermarkTakenFromTheServersClockIsKeptInTheAccountsOffset()
    {
        // A contact changed as the pull starts: the watermark is the server's time less a margin, not the contact's.
        // Kept in UTC, its date (the filter's 'day before') would run ahead of the account's between midnight UTC and
        // midnight in Chicago, and a service comparing by day would skip the contacts changed in those hours.
        var query = new ContactQuery { Incremental = true };
        _fake.Data.Touch([3], ActiveCampaignData.Now());
        var pull = Pull(query);
        await ReadAll(pull, commit: false);
        Assert.True(pull.Commit());
        var mark = _env.Pipes.State.Get<PullWatermark>(pull.WatermarkKey)!;
        Assert.Equal(ActiveCampaignData.AccountZone.GetUtcOffset(DateTimeOffset.UtcNow), mark.At.Offset);
    }

    [Fact]
    public async Task AContactChangedWhileThePullPagedPastItIsReadNextTime()
    {
        _fake.Data.Generate(250);
        var query = new ContactQuery { Incremental = true };
        var pull = Pull(query);
        var read = new List<string>();
        await foreach (var contact in pull.ReadAsync())
        {
            read.Add(contact.Id);
            // Once the second page is being read: contact 5 (already passed) and 240 (ahead) change.
            if (contact.Id == "150") _fake.Data.Touch([5, 240]);
        }
        Assert.True(pull.Commit());
        Assert.Equal(250, read.Count);

        // 5 is new to us; 240 was read with its new time and is not repeated.
        Assert.Equal(["5"], (await ReadAll(Pull(query))).Select(c => c.Id));
    }

    [Fact]
    public async Task APullStoppedHalfWayOrFailingLeavesTheWatermarkAndLosesNothing()
    {
        _fake.Data.Generate(250);
        var query = new ContactQuery { Incremental = true };
        var stopped = Pull(query);
        await foreach (var contact in stopped.ReadAsync()) if (contact.Id == "150") break;
        Assert.False(stopped.Commit());

        // A failure (the retry budget spent) ends the pull with nothing committed.
        _env.Pipes.Settings.Set("Http.MaxRetries", 0);
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 500, PathPrefix = "/api/3/contacts", Times = 1 });
        var failing = Pull(query);
        var seen = 0;
        await Assert.ThrowsAsync<UnavailableError>(async () => { await foreach (var _ in failing.ReadAsync()) seen++; });
        Assert.Equal(0, seen);
        Assert.False(failing.Commit());
        _env.Pipes.Settings.Set("Http.MaxRetries", 3);

        Assert.Equal(250, (await ReadAll(Pull(query))).Count);
        Assert.Empty(await ReadAll(Pull(query)));
    }

    [Fact]
    public async Task FirstCutsAnIncrementalPullShortWithoutMovingTheWatermark()
    {
        var query = new ContactQuery { Incremental = true, First = 5 };
        var pull = Pull(query);
        Assert.Equal(5, (await ReadAll(pull)).Count);
        Assert.Null(_env.Pipes.State.Get<PullWatermark>(pull.WatermarkKey));
        Assert.Equal(30, (await ReadAll(Pull(query with { First = null }))).Count);
    }

    [Theory]
    [InlineData(UpdatedAfterComparison.Strict)]
    [InlineData(UpdatedAfterComparison.ByDay)]
    public async Task SinceCutsExactlyAfterTheInstant(UpdatedAfterComparison comparison)
    {
        _fake.UpdatedAfter = comparison;
        var since = new DateTimeOffset(2026, 7, 20, 16, 0, 0, TimeSpan.Zero); // contact 19 was updated at exactly this instant
        var contacts = await ReadAll(Pull(new ContactQuery { Since = since }));
        Assert.Equal(Enumerable.Range(20, 11).Select(i => i.ToString()), contacts.Select(c => c.Id));
        Assert.Contains("filters%5Bupdated_after%5D=2026-07-19", ApiRequests("contacts")[0].QueryString);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task ThrottlingIsWaitedOutAndNothingIsLostOrRepeated(int status)
    {
        _fake.Data.Generate(250);
        _server.Faults.Add(Fault.Status(status, retryAfter: "1", pathPrefix: "/api/3/contacts", times: 2));
        var contacts = await ReadAll(Pull(new ContactQuery()));
        Assert.Equal(250, contacts.Count);
        Assert.Equal(250, contacts.Select(c => c.Id).Distinct().Count());
        Assert.Contains(TimeSpan.FromSeconds(1), ((SteppingClock)_env.Pipes.Clock).Waits);
    }

    [Fact]
    public async Task ARefusedKeyNamesTheSecretAndIsNotRetried()
    {
        _env.Pipes.Secrets.Set("ActiveCampaign.ApiToken", "wrong-token-0123456789");
        var error = await Assert.ThrowsAsync<AuthenticationError>(() => ReadAll(Pull(new ContactQuery())));
        Assert.Equal(ErrorIds.AuthenticationFailed, error.ErrorId);
        Assert.Contains("ActiveCampaign.ApiToken", error.Message + error.RecommendedAction);
        Assert.DoesNotContain("wrong-token", error.Message + error.RecommendedAction);
        Assert.Single(ApiRequests("contacts"));
    }

    [Theory]
    [InlineData("/app/contacts")]
    [InlineData("/v1.0")]
    [InlineData("/?page=1")]
    public async Task ABaseUrlWithAPathIsNotTheApi(string path)
    {
        _env.Pipes.Settings.Set("ActiveCampaign.BaseUrl", _server.BaseUrl.ToString().TrimEnd('/') + path);
        var error = await Assert.ThrowsAsync<IntegrationError>(() => ReadAll(Pull(new ContactQuery())));
        Assert.Equal(ErrorIds.NotConfigured, error.ErrorId);
        Assert.Contains("ActiveCampaign.BaseUrl", error.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AUrlThatAnswers404ForTheApiIsNotTheApi()
    {
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 404, Body = "<html><body>Not Found</body></html>", PathPrefix = "/api/3/" });
        var error = await Assert.ThrowsAsync<IntegrationError>(() => ReadAll(Pull(new ContactQuery())));
        Assert.Equal(ErrorIds.NotConfigured, error.ErrorId);
        Assert.Contains("ActiveCampaign.BaseUrl", error.Message);
    }

    [Fact]
    public async Task AProxysErrorPageMidPullIsUnavailableNotAWrongBaseUrl()
    {
        // The pipelines came as JSON; then a proxy answers the deals with its own page, status 200.
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 200, ContentType = "text/html", Body = "<html><body><h1>502 Bad Gateway</h1></body></html>", PathPrefix = "/api/3/deals" });

        var error = await Assert.ThrowsAsync<UnavailableError>(() => ReadAll(Pull(new ContactQuery { PipelineIds = [1] })));

        Assert.Equal(ErrorIds.Unavailable, error.ErrorId);
        Assert.Contains("text/html", error.Message);
        Assert.DoesNotContain("Set-PipesConfig", error.RecommendedAction);
    }

    // A page without its list ("{}", a proxy's or a failing service's 200) read as an empty list ended a pull of 300 at 100 without a
    // word (a trial): it is Pipes.RemoteRejected, what was read before it given. Pages that end short of the first page's count say so.
    [Fact]
    public async Task APageWithoutItsListFailsThePullAndPagesEndingShortOfTheCountAreSaid()
    {
        _fake.Data.Generate(300);
        _server.Faults.Add(new Fault(FaultKind.Delay) { DelayMs = 1, PathPrefix = "/api/3/contacts" }); // the first page as it is
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 200, Body = "{}", PathPrefix = "/api/3/contacts" });
        var read = new List<ActiveCampaignContact>();

        var error = await Assert.ThrowsAsync<RemoteRejectedError>(async () => { await foreach (var contact in Pull(new ContactQuery()).ReadAsync()) read.Add(contact); });

        Assert.Equal(100, read.Count);
        Assert.Contains("without its list of items", error.Message);

        // A short page that is a page (its list there, and meta.total) ends the pull, and the shortfall is said.
        _server.Faults.Add(new Fault(FaultKind.Delay) { DelayMs = 1, PathPrefix = "/api/3/contacts" });
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 200, Body = """{"contacts":[],"meta":{"total":"300"}}""", PathPrefix = "/api/3/contacts" });
        var pull = Pull(new ContactQuery());
        Assert.Equal(100, (await ReadAll(pull)).Count);
        Assert.StartsWith("ActiveCampaign counted 300 contacts matching on its first page, and 100 were read", Assert.Single(pull.Notes));

        // The whole account read: no note.
        var whole = Pull(new ContactQuery());
        Assert.Equal(300, (await ReadAll(whole)).Count);
        Assert.Empty(whole.Notes);
    }

    // JSON of another shape, or cut short, is said in a user's words with where, not the parser's (a trial: "could not be converted to
    // Pipes.ActiveCampaign.AcContactPage ... Path: $ | LineNumber: 0 | BytePositionInLine: 28").
    [Theory]
    [InlineData("""{"contacts":"none"}""", "a value of another kind than the API's, at $.contacts")]
    [InlineData("""{"contacts":[{"id":"1",""", "the answer ends before its JSON does (cut short)")]
    [InlineData("""{"contacts":[{"id":"1"}""", "the answer ends before its JSON does (cut short)")] // .NET: "Expected depth to be zero" (a review)
    [InlineData("""{"contacts":[""", "the answer ends before its JSON does (cut short)")]
    [InlineData("", "an empty answer.")]
    [InlineData("""{"contacts":[]}}""", "text after the end of its JSON")]
    public async Task JsonOfAnotherShapeIsSaidInAUsersWords(string body, string said)
    {
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 200, Body = body, PathPrefix = "/api/3/contacts" });

        var error = await Assert.ThrowsAsync<RemoteRejectedError>(() => ReadAll(Pull(new ContactQuery())));

        Assert.Contains("not JSON of the expected shape: " + said, error.Message);
        Assert.DoesNotContain("BytePosition", error.Message);
        Assert.DoesNotContain("Pipes.ActiveCampaign", error.Message);
    }

    [Fact]
    public async Task AWebPageForTheFirstRequestStillNamesTheBaseUrl()
    {
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 200, ContentType = "text/html", Body = "<html><body>Sign in</body></html>", PathPrefix = "/api/3/" });
        var error = await Assert.ThrowsAsync<IntegrationError>(() => ReadAll(Pull(new ContactQuery { PipelineIds = [1] })));
        Assert.Equal(ErrorIds.NotConfigured, error.ErrorId);
        Assert.Contains("ActiveCampaign.BaseUrl", error.Message);
    }

    [Fact]
    public async Task ARedirectToAnotherOriginIsRefusedAndTheKeyGoesNowhereElse()
    {
        // 127.0.0.1 and localhost are the same server but not the same origin: the key must not follow.
        var other = $"http://localhost:{_server.BaseUrl.Port}/api/3/contacts";
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 302, Location = other, Body = "", PathPrefix = "/api/3/contacts" });

        var error = await Assert.ThrowsAsync<IntegrationError>(() => ReadAll(Pull(new ContactQuery())));

        Assert.Equal(ErrorIds.UnsafeRedirect, error.ErrorId);
        Assert.Contains("redirect (HTTP 302) to http://localhost:", error.Message);
        Assert.DoesNotContain(_server.Requests, r => r.Headers.TryGetValue("Host", out var host) && host.StartsWith("localhost", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ARedirectWithinTheApisOriginIsFollowed()
    {
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 301, Location = "/api/3/contacts?limit=100&orders%5Bid%5D=ASC", Body = "", PathPrefix = "/api/3/contacts" });
        var contacts = await ReadAll(Pull(new ContactQuery()));
        Assert.Equal(30, contacts.Count);
        Assert.All(ApiRequests("contacts"), r => Assert.Equal(ActiveCampaignFake.DefaultToken, r.Headers["Api-Token"]));
    }

    [Fact]
    public async Task CustomFieldsComeByTheirTitles()
    {
        var contacts = await ReadAll(Pull(new ContactQuery { IncludeFields = true, First = 2 }));
        Assert.Equal("Loving", contacts[0].CustomFields()!["Mineral County"]);
        Assert.Equal("20", contacts[1].CustomFields()!["Net Acres"]);
        Assert.Contains("include=contactLists,fieldValues", ApiRequests("contacts")[0].QueryString);
    }

    [Fact]
    public async Task EveryContactCarriesEveryFieldAndFieldsSharingATitleKeepBothValues()
    {
        // The trial's account: the first contact has no field values (Export-Csv took its columns from it and
        // dropped every field), and "Notes" and "notes" are two fields (one's value overwrote the other's).
        lock (_fake.Data.Gate)
        {
            _fake.Data.Fields.Add(("3", "Notes", "NOTES", "textarea"));
            _fake.Data.Fields.Add(("4", "notes", "NOTES_2", "text"));
            _fake.Data.Contacts[1].Fields.Clear();
            _fake.Data.Contacts[2].Fields["3"] = "big";
            _fake.Data.Contacts[2].Fields["4"] = "small";
        }
        var contacts = await ReadAll(Pull(new ContactQuery { IncludeFields = true, First = 2 }));

        string[] all = ["Mineral County", "Net Acres", "Notes", "notes (NOTES_2)"];
        Assert.All(contacts, c => Assert.Equal(all, c.CustomFields()!.Keys));
        Assert.All(contacts[0].CustomFields()!.Values, Assert.Null);
        Assert.Equal("big", contacts[1].CustomFields()!["Notes"]);
        Assert.Equal("small", contacts[1].CustomFields()!["notes (NOTES_2)"]);
    }

    [Fact]
    public async Task CheckboxAndMultiSelectFieldsGiveTheirOptionsNotTheStoredBars()
    {
        // ActiveCampaign stores the options ticked as "||Oil||Gas||"; a dropdown, radio or text field holds one value,
        // bars and all, as typed.
        lock (_fake.Data.Gate)
        {
            _fake.Data.Fields.Add(("3", "Interests", "INTERESTS", "checkbox"));
            _fake.Data.Fields.Add(("4", "Counties", "COUNTIES", "listbox"));
            _fake.Data.Fields.Add(("5", "Remark", "REMARK", "text"));
            _fake.Data.Contacts[1].Fields["3"] = "||Oil||Gas||";
            _fake.Data.Contacts[1].Fields["4"] = "||Reeves||";
            _fake.Data.Contacts[1].Fields["5"] = "||as typed||";
            _fake.Data.Contacts[2].Fields["3"] = "Oil"; // one option, without the bars
            _fake.Data.Contacts[2].Fields["4"] = "||||"; // none ticked
        }
        var contacts = await ReadAll(Pull(new ContactQuery { IncludeFields = true, First = 3 }));

        var interests = Assert.IsType<JoinedList<string>>(contacts[0].CustomFields()!["Interests"]);
        Assert.Equal(["Oil", "Gas"], interests);
        Assert.Equal("Oil; Gas", interests.ToString());
        Assert.Equal(["Reeves"], Assert.IsType<JoinedList<string>>(contacts[0].CustomFields()!["Counties"]));
        Assert.Equal("||as typed||", contacts[0].CustomFields()!["Remark"]);
        Assert.Equal(["Oil"], Assert.IsType<JoinedList<string>>(contacts[1].CustomFields()!["Interests"]));
        Assert.Null(contacts[1].CustomFields()!["Counties"]);
        Assert.Null(contacts[2].CustomFields()!["Interests"]);
        Assert.Equal("Reeves", contacts[1].CustomFields()!["Mineral County"]); // a dropdown is its one value
    }

    [Fact]
    public async Task AValueForAFieldTheListDoesNotHaveIsKeptAndSaidSo()
    {
        // A field created (or deleted) while the pull ran: its value comes on a contact, the field list read at the
        // start has no title for it. Kept on that contact under the field's id; Export-Csv would leave it out, so the
        // pull says so.
        lock (_fake.Data.Gate) _fake.Data.Contacts[3].Fields["999"] = "late";
        var pull = Pull(new ContactQuery { IncludeFields = true, First = 5 });
        var contacts = await ReadAll(pull);
        Assert.Equal("late", contacts[2].CustomFields()!["999"]);
        Assert.Empty(pull.Notes); // cut short by -First: the end was not reached

        var whole = Pull(new ContactQuery { IncludeFields = true });
        await ReadAll(whole);
        Assert.StartsWith("1 contact(s) (3) have values for field(s) 999 that ActiveCampaign's field list did not have", Assert.Single(whole.Notes));
    }

    [Fact]
    public async Task TwoProcessesPullingAtOnceShareTheAccountsPaceAndProvokeNo429()
    {
        // Real time here: two environments on one config directory stand for two processes (each has its own
        // gates; only pace.json joins them). 400 contacts = 4 requests each, 8 in all at 5 a second.
        _fake.RequestsPerSecond = 5;
        _fake.Data.Generate(400);
        using var first = new TestEnvironment();
        using var sameDirectory = new PipesEnvironment(new Configuration.ConfigDirectory(first.DirectoryPath));
        Configure(first.Pipes);
        Configure(sameDirectory);
        var counts = await Task.WhenAll(Task.Run(() => ReadAll(Pull(new ContactQuery(), first.Pipes))), Task.Run(() => ReadAll(Pull(new ContactQuery(), sameDirectory))));
        Assert.Equal([400, 400], counts.Select(c => c.Count));
        Assert.Equal(0, _fake.Throttled);

    }

    [Fact]
    public async Task PipelinesComeWithTheirStagesInOrder()
    {
        var pipelines = await new ActiveCampaignClient(_env.Pipes).GetPipelinesAsync();
        Assert.Equal(["Mineral Buyers", "Royalty Owners"], pipelines.Select(p => p.Title));
        Assert.Equal(["New Lead", "Contacted", "Offer Made"], pipelines[0].Stages.Select(s => s.Title));
        Assert.Equal([1, 2, 3], pipelines[0].Stages.Select(s => s.Order!.Value));
        Assert.Equal("usd", pipelines[0].Currency);
    }

    [Fact]
    public async Task PipelinesReadAgainAfterOneWasDeletedBetweenPagesHaveTheirStagesAsTheyAreNow()
    {
        // 150 pipelines, two pages. After the first, pipeline 5 is deleted (the list moves down: read again) and a stage
        // of pipeline 1 renamed: the stages the stale first reading side-loaded are not the ones kept.
        lock (_fake.Data.Gate)
            for (var p = 3; p <= 150; p++)
            {
                _fake.Data.Pipelines.Add(new ActiveCampaignData.Pipeline(p, $"Pipeline {p}", "usd"));
                _fake.Data.Stages.Add(new ActiveCampaignData.Stage(1000 + p, p, $"Stage of {p}", 1));
            }
        var changed = false;
        _fake.PageServed = (list, offset) =>
        {
            if (list != "dealGroups" || offset == 0 || changed) return;
            changed = true;
            lock (_fake.Data.Gate)
            {
                _fake.Data.Pipelines.RemoveAll(p => p.Id == 5);
                var index = _fake.Data.Stages.FindIndex(s => s.Group == 1 && s.Title == "New Lead");
                _fake.Data.Stages[index] = _fake.Data.Stages[index] with { Title = "Fresh Lead" };
            }
        };

        var pipelines = await new ActiveCampaignClient(_env.Pipes).GetPipelinesAsync();

        Assert.Equal(149, pipelines.Count);
        Assert.DoesNotContain(pipelines, p => p.Id == "5");
        Assert.Equal(["Fresh Lead", "Contacted", "Offer Made"], pipelines.Single(p => p.Id == "1").Stages.Select(s => s.Title));
        Assert.All(pipelines.Where(p => long.Parse(p.Id) >= 3), p => Assert.Equal($"Stage of {p.Id}", Assert.Single(p.Stages).Title));
    }

    [Fact]
    public void IdsAndNumbersParseAsStringsOrNumbersAndZeroDatesAreNull()
    {
        var page = JsonSerializer.Deserialize("""
            {"contacts":[{"id":5,"email":"a@b.co","phone":7135551234,"udate":"0000-00-00 00:00:00","cdate":"2018-09-12T16:53:50-05:00","organization":{"id":"1"}}],
             "meta":{"total":3}}
            """, AcJson.Default.AcContactPage)!;
        Assert.Equal("5", page.Contacts![0].Id);
        Assert.Equal("7135551234", page.Contacts[0].Phone);
        Assert.Equal(3, page.Meta!.TotalCount);
        Assert.Null(ActiveCampaignDates.Parse(page.Contacts[0].Udate));
        Assert.Null(ActiveCampaignDates.Parse("0000-00-00"));
        Assert.Equal(TimeSpan.FromHours(-5), ActiveCampaignDates.Parse(page.Contacts[0].Cdate)!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2018, 9, 12, 21, 53, 50, TimeSpan.Zero), ActiveCampaignDates.Parse("2018-09-12T15:53:50-06:00"));
    }
}
