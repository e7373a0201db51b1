using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Outlook;
using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>Attachments of every size against the Graph fake, which enforces the 4 MB request limit and serves upload sessions.</summary>
public sealed class OutlookAttachmentTests : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly FakeServer _server;
    private readonly GraphFake _graph;
    private readonly TestEnvironment _env;

    public OutlookAttachmentTests(FakeServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _graph = _server.Service<GraphFake>();
        _env = new TestEnvironment(new SteppingClock());
        _env.Pipes.Settings.Set("Outlook.GraphBaseUrl", _server.UrlOf(_graph));
        _env.Pipes.Secrets.Set(OutlookClient.TokenSecret, GraphFake.ValidToken);
        Directory.CreateDirectory(_env.DirectoryPath);
    }

    public void Dispose() => _env.Dispose();

    private OutlookClient Client => new(_env.Pipes);

    private static OutgoingMail Mail => new(["owner@example.com"], "Plats for Section 4", "Dear owner, the plats are attached.");

    private string NewFile(string name, long size, int seed = 1)
    {
        var path = Path.Combine(_env.DirectoryPath, name);
        var random = new Random(seed);
        var buffer = new byte[64 * 1024];
        using var file = File.Create(path);
        for (long left = size; left > 0; left -= buffer.Length)
        {
            random.NextBytes(buffer);
            file.Write(buffer, 0, (int)Math.Min(buffer.Length, left));
        }
        return path;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private IEnumerable<RecordedRequest> Uploads => _server.Requests.Where(r => r.Method == "PUT");

    [Theory]
    [InlineData(5L * 1024 * 1024)]           // the 5 MB: two ranges
    [InlineData(3_000_000L)]                 // the threshold itself: one range, the last
    [InlineData(10 * 320 * 1024 * 3L + 1)]   // three full ranges and a one-byte fourth
    public async Task AFileOfThreeMegabytesOrMoreGoesThroughAnUploadSessionInRangesOf320KiB(long size)
    {
        var file = NewFile("survey.pdf", size);

        var result = await Client.SendMailAsync(Mail with { Attachments = [file] });

        var sent = Assert.Single(_graph.Sent);
        Assert.Equal(result.Id, (string?)sent["id"]);
        var attachment = Assert.Single(sent["attachments"]!.AsArray())!;
        Assert.Equal("survey.pdf", (string?)attachment["name"]);
        Assert.Equal(size, (long)attachment["size"]!);
        Assert.Equal(Sha256(file), (string?)attachment["contentSha256"]);
        var puts = Uploads.ToList();
        Assert.Equal((int)((size + OutlookClient.UploadRangeBytes - 1) / OutlookClient.UploadRangeBytes), puts.Count);
        Assert.All(puts.SkipLast(1), put => Assert.Equal(0, long.Parse(put.Headers["Content-Length"]) % (320 * 1024)));
        Assert.All(puts, put => Assert.StartsWith("/upload/", put.Path));
        // The upload URL carries its own token: the Graph credential never goes there.
        Assert.All(puts, put => Assert.False(put.Headers.ContainsKey("Authorization")));
        Assert.DoesNotContain(_server.Requests, r => r.Headers.TryGetValue("Content-Length", out var length) && long.Parse(length) > GraphFake.MaxRequestBytes);
        // Draft first, then the upload, then the send.
        var order = _server.Requests.Select(r => r.Path).ToList();
        Assert.True(order.FindIndex(p => p == "/v1.0/me/messages") < order.FindIndex(p => p.StartsWith("/upload/", StringComparison.Ordinal)));
        Assert.True(order.FindLastIndex(p => p.StartsWith("/upload/", StringComparison.Ordinal)) < order.FindIndex(p => p.EndsWith("/send", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheUploadSessionsOwnTokenIsNotWrittenToTheLog()
    {
        // Graph's uploadUrl carries its own credential (?authtoken=...): the log names the range's PUT without it.
        var file = NewFile("plat.pdf", 3_500_000);

        await Client.SendMailAsync(Mail with { Attachments = [file] });

        var logs = _env.ReadLogs();
        Assert.Contains("\"Operation\":\"UploadRange\"", logs);
        Assert.Contains("authtoken=***", logs);
        Assert.DoesNotContain("fake-upload-token-", logs);
    }

    [Fact]
    public async Task ARangeThatFailsOnceWith503IsSentAgainAndTheMailGoesOutOnce()
    {
        var file = NewFile("lease.pdf", 5L * 1024 * 1024);
        _server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 503, PathPrefix = "/upload/" });

        await Client.SendMailAsync(Mail with { Attachments = [file] });

        var sent = Assert.Single(_graph.Sent);
        Assert.Equal(Sha256(file), (string?)sent["attachments"]![0]!["contentSha256"]);
        var puts = Uploads.ToList();
        Assert.Equal(3, puts.Count);
        Assert.Equal("Status", puts[0].FaultApplied);
        Assert.Equal(puts[0].Headers["Content-Range"], puts[1].Headers["Content-Range"]);
    }

    [Fact]
    public async Task ARangeWhoseAnswerWasLostIsNotCountedTwiceTheUploadGoesOnFromWhereGraphSaysItIs()
    {
        var file = NewFile("deed.pdf", 7L * 1024 * 1024);
        // Graph takes the first range, then the connection drops before its answer; the repeat meets 416.
        _server.Faults.Add(new Fault(FaultKind.DropAfterProcessing) { PathPrefix = "/upload/" });

        await Client.SendMailAsync(Mail with { Attachments = [file] });

        var sent = Assert.Single(_graph.Sent);
        Assert.Equal(Sha256(file), (string?)sent["attachments"]![0]!["contentSha256"]);
        Assert.Contains(_server.Requests, r => r.Method == "GET" && r.Path.StartsWith("/upload/", StringComparison.Ordinal));
        Assert.DoesNotContain(_server.Requests, r => r.Path.StartsWith("/upload/", StringComparison.Ordinal) && r.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task SmallFilesThatTogetherPassTheRequestLimitAreAddedOneByOneInsteadOfInline()
    {
        var first = NewFile("a.pdf", 2_500_000, 1);
        var second = NewFile("b.pdf", 2_500_000, 2);
        var third = NewFile("c.txt", 10, 3);

        await Client.SendMailAsync(Mail with { Attachments = [first, second, third] });

        var attachments = Assert.Single(_graph.Sent)["attachments"]!.AsArray();
        Assert.Equal(["a.pdf", "b.pdf", "c.txt"], attachments.Select(a => (string?)a!["name"]).Order());
        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(second)), (string?)attachments.Single(a => (string?)a!["name"] == "b.pdf")!["contentBytes"]);
        Assert.Single(_server.Requests, r => r.Method == "POST" && r.Path.EndsWith("/attachments", StringComparison.Ordinal));
        Assert.DoesNotContain(_server.Requests, r => r.Headers.TryGetValue("Content-Length", out var length) && long.Parse(length) > GraphFake.MaxRequestBytes);
        Assert.Empty(Uploads);
    }

    [Fact]
    public async Task AFileOver150MegabytesIsRefusedBeforeAnythingIsCreated()
    {
        var path = Path.Combine(_env.DirectoryPath, "huge.iso");
        using (var file = File.Create(path)) file.SetLength(OutlookClient.MaxAttachmentBytes + 1); // sparse: no 150 MB written

        var error = await Assert.ThrowsAsync<IntegrationError>(() => Client.SendMailAsync(Mail with { Attachments = [path] }));

        Assert.Equal(ErrorIds.FileTooLarge, error.ErrorId);
        Assert.Contains("huge.iso", error.Message);
        Assert.Contains("150 MB", error.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AttachmentsOverTheMessageLimitTogetherAreRefusedNamingTheFileThatPassedIt()
    {
        _env.Pipes.Settings.Set(OutlookClient.MaxMessageSetting, 1L);
        var first = NewFile("one.pdf", 600_000, 1);
        var second = NewFile("two.pdf", 600_000, 2);

        var error = await Assert.ThrowsAsync<IntegrationError>(() => Client.SendMailAsync(Mail with { Attachments = [first, second] }));

        Assert.Equal(ErrorIds.FileTooLarge, error.ErrorId);
        Assert.Equal(second, error.Target);
        Assert.Contains("1 MB", error.Message);
        Assert.Contains(OutlookClient.MaxMessageSetting, error.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AMissingAttachmentIsFileNotFoundEvenWhenTheOthersAreFine()
    {
        var present = NewFile("present.pdf", 10);
        var missing = Path.Combine(_env.DirectoryPath, "gone.pdf");

        var error = await Assert.ThrowsAsync<FileAccessError>(() => Client.SendMailAsync(Mail with { Attachments = [present, missing] }));

        Assert.Equal(ErrorIds.FileNotFound, error.ErrorId);
        Assert.Equal(missing, error.Target);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task APathThatIsNotARegularFileIsRefusedBeforeItIsRead()
    {
        var folder = Path.Combine(_env.DirectoryPath, "plats");
        Directory.CreateDirectory(folder);
        var cases = new List<(string Path, string What)> { (folder, "a folder") };
        if (!OperatingSystem.IsWindows())
        {
            cases.Add(("/dev/zero", "a character device"));
            var fifo = Path.Combine(_env.DirectoryPath, "pipe");
            using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
            cases.Add((fifo, "a named pipe"));
        }
        foreach (var (path, what) in cases)
        {
            var started = Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<FileAccessError>(() => Client.SendMailAsync(Mail with { Attachments = [path] }));
            Assert.Equal(ErrorIds.NotAFile, error.ErrorId);
            Assert.Contains(what, error.Message);
            Assert.Contains("attaches only regular files", error.Message);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), "refused at once, not read");
        }
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task TheFakeRefusesARequestOver4MegabytesAndAnUploadRangeThatBreaksGraphsRules()
    {
        using var http = new HttpClient();
        var baseUrl = _server.UrlOf(_graph);
        using var big = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/me/messages")
        {
            Content = new StringContent("{\"subject\":\"" + new string('x', 4 * 1024 * 1024) + "\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        big.Headers.Authorization = new("Bearer", GraphFake.ValidToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.SendAsync(big)).StatusCode);

        var draft = await Client.CreateDraftAsync(Mail);
        using var create = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/me/messages/{draft.Id}/attachments/createUploadSession")
        {
            Content = new StringContent("{\"AttachmentItem\":{\"attachmentType\":\"file\",\"name\":\"x.bin\",\"size\":700000}}", System.Text.Encoding.UTF8, "application/json"),
        };
        create.Headers.Authorization = new("Bearer", GraphFake.ValidToken);
        var session = JsonNode.Parse(await (await http.SendAsync(create)).Content.ReadAsStringAsync())!;
        var url = (string)session["uploadUrl"]!;

        HttpRequestMessage Put(long first, int length, bool withToken = false)
        {
            var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(new byte[length]) };
            put.Content.Headers.ContentRange = new(first, first + length - 1, 700_000);
            if (withToken) put.Headers.Authorization = new("Bearer", GraphFake.ValidToken);
            return put;
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(Put(0, 327_680, withToken: true))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(Put(0, 300_000))).StatusCode);     // not a multiple of 320 KiB
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Put(0, 327_680))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, (await http.SendAsync(Put(0, 327_680))).StatusCode); // overlaps
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Put(327_680, 327_680))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(Put(655_360, 700_000 - 655_360))).StatusCode);
    }
}
