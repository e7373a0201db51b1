using Pipes.Configuration;
using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Logging;
using Pipes.Tests.Support;

namespace Pipes.Tests;

public sealed class SecretAndLoggingTests : IClassFixture<FakeServerFixture>
{
    private const string Secret = "AIzaSyD-very-secret-key_0123456789";
    private readonly FakeServer _server;

    public SecretAndLoggingTests(FakeServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
    }

    [Fact]
    public async Task StoredSecretSentAsBearerAndUrlKeyNeverReachesLogOrVerbose()
    {
        using var env = new TestEnvironment(new SteppingClock());
        // Stored the way Set-PipesSecret stores it, then read back by a fresh environment.
        env.Pipes.Secrets.Set("Google.ApiKey", Secret);
        using var fresh = new PipesEnvironment(new ConfigDirectory(env.DirectoryPath), new SteppingClock());
        var integration = new EchoIntegration(fresh, _server);
        _server.Faults.Add(Fault.Status(503)); // a retry event too, with the same URL in it
        var verbose = new List<string>();

        using (fresh.Log.Listen(verbose.Add))
            await integration.SearchAsync("mineral rights");
        fresh.Dispose();
        var logs = string.Concat(Directory.GetFiles(Path.Combine(env.DirectoryPath, "logs")).Select(File.ReadAllText));

        // The secret really went out, both ways.
        var sent = _server.Requests.Last();
        Assert.Equal("Bearer " + Secret, sent.Headers["Authorization"]);
        Assert.Contains("key=" + Secret, sent.QueryString);
        // The operation is logged and mirrored, the secret is not.
        Assert.Contains("\"Operation\":\"Search\"", logs);
        Assert.Contains("key=***", logs);
        Assert.Contains(verbose, line => line.Contains("Echo Search GET") && line.Contains("Succeeded"));
        Assert.Contains(verbose, line => line.Contains("Retrying"));
        Assert.DoesNotContain(Secret, logs);
        Assert.DoesNotContain(verbose, line => line.Contains(Secret));
        // Only the secrets file holds it.
        var holders = Directory.GetFiles(env.DirectoryPath, "*", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).Contains(Secret));
        Assert.Equal([env.Pipes.Secrets.FilePath], holders);
    }

    [Fact]
    public void SecretsFileIsOwnerOnlyAndSettingsNeverHoldSecrets()
    {
        using var env = new TestEnvironment();
        env.Pipes.Settings.Set("Google.SearchEngineId", "cx-123");
        env.Pipes.Secrets.Set("Google.ApiKey", Secret);

        Assert.Equal(Secret, env.Pipes.Secrets.Get("Google.ApiKey"));
        Assert.DoesNotContain(Secret, File.ReadAllText(env.Pipes.Settings.FilePath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(env.Pipes.Secrets.FilePath));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(env.DirectoryPath));
        }
    }

    [Fact]
    public void EnvironmentVariableWinsOverTheStoredSecret()
    {
        using var env = new TestEnvironment(environmentVariables: new Dictionary<string, string> { ["PIPES_GOOGLE_API_KEY"] = "from-environment-123" });
        env.Pipes.Secrets.Set("Google.ApiKey", Secret);

        Assert.Equal("from-environment-123", env.Pipes.Secrets.Get("Google.ApiKey"));
        var info = env.Pipes.Secrets.Describe().Single(s => s.Name == "Google.ApiKey");
        Assert.Equal("$env:PIPES_GOOGLE_API_KEY", info.Source);
        Assert.DoesNotContain("from-environment-123", info.ToString());
    }

    [Fact]
    public void AnEnvironmentVariableOfOnlySpacesIsUnsetAndSpacesAroundAValueAreNotPartOfIt()
    {
        // A trial: $env:PIPES_AC_API_TOKEN = ' ' overrode the stored key, and a key read from a file kept its "\r\n",
        // both refused by the service as a wrong key, with advice to store the key again (which changed nothing).
        using var blank = new TestEnvironment(environmentVariables: new Dictionary<string, string> { ["PIPES_AC_API_TOKEN"] = " " });
        blank.Pipes.Secrets.Set("ActiveCampaign.ApiToken", Secret + "\r\n");
        Assert.Equal(Secret, blank.Pipes.Secrets.Get("ActiveCampaign.ApiToken"));
        Assert.Equal("secrets.json", blank.Pipes.Secrets.Describe().Single(s => s.Name == "ActiveCampaign.ApiToken").Source);
        Assert.False(blank.Pipes.Secrets.FromEnvironment("ActiveCampaign.ApiToken"));
        Assert.Contains("Set-PipesSecret ActiveCampaign.ApiToken", blank.Pipes.Secrets.ReplaceAdvice("ActiveCampaign.ApiToken"));

        using var padded = new TestEnvironment(environmentVariables: new Dictionary<string, string> { ["PIPES_AC_API_TOKEN"] = "  from-environment-123\n" });
        Assert.Equal("from-environment-123", padded.Pipes.Secrets.Get("ActiveCampaign.ApiToken"));
        // A refused key from the environment: storing another changes nothing while the variable is set, so the advice says so.
        Assert.Contains("$env:PIPES_AC_API_TOKEN, which overrides the stored secret", padded.Pipes.Secrets.ReplaceAdvice("ActiveCampaign.ApiToken"));

        var inside = Assert.Throws<PipesException>(() => blank.Pipes.Secrets.Set("ActiveCampaign.ApiToken", "first-key-123\nsecond-key-456"));
        Assert.Equal("Pipes.InvalidSecret", inside.ErrorId);
        Assert.DoesNotContain("first-key", inside.Message);
        Assert.Equal(Secret, blank.Pipes.Secrets.Get("ActiveCampaign.ApiToken"));   // nothing stored
        Assert.Equal("Pipes.InvalidSecret", Assert.Throws<PipesException>(() => blank.Pipes.Secrets.Set("ActiveCampaign.ApiToken", " \t\r\n")).ErrorId);
    }

    [Fact]
    public void RemovingASecretForgetsIt()
    {
        using var env = new TestEnvironment();
        env.Pipes.Secrets.Set("ActiveCampaign.ApiToken", Secret);
        Assert.True(env.Pipes.Secrets.Remove("activecampaign.apitoken"));
        Assert.Null(env.Pipes.Secrets.Get("ActiveCampaign.ApiToken"));
        Assert.False(env.Pipes.Secrets.Remove("ActiveCampaign.ApiToken"));
        Assert.Equal("Pipes.UnknownSecret", Assert.Throws<PipesException>(() => env.Pipes.Secrets.Set("Nope", "x")).ErrorId);
    }

    [Theory]
    [InlineData("GET https://www.googleapis.com/customsearch/v1?key=AIzaXYZ123456&cx=abc&q=oil", "GET https://www.googleapis.com/customsearch/v1?key=***&cx=abc&q=oil")]
    [InlineData("Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOi.eyJzdWIiOiIx.sig", "Authorization: Bearer ***")]
    [InlineData("Api-Token: 0123456789abcdef", "Api-Token: ***")]
    [InlineData("{\"access_token\":\"eyJabc\",\"refresh_token\":\"0.AAA\",\"expires_in\":3599}", "{\"access_token\":\"***\",\"refresh_token\":\"***\",\"expires_in\":3599}")]
    [InlineData("POST /token client_id=abc&client_secret=s3cr3t~value&grant_type=client_credentials", "POST /token client_id=abc&client_secret=***&grant_type=client_credentials")]
    [InlineData("nothing secret here: key lime pie", "nothing secret here: key lime pie")]
    // Graph's upload session URL (attachment-createuploadsession) carries its own token as authtoken=; paging cursors are no credential.
    [InlineData("PUT https://outlook.office.com/api/v2.0/Users('a8e8')/Messages('AAMk=')/AttachmentSessions('AAMk=')?authtoken=eyJhbGciOiJSUzI1NiIsImtpZCI6IktmYUNI",
        "PUT https://outlook.office.com/api/v2.0/Users('a8e8')/Messages('AAMk=')/AttachmentSessions('AAMk=')?authtoken=***")]
    [InlineData("GET https://x.test/up?upload_token=abc123&sessionToken=def456&x=1", "GET https://x.test/up?upload_token=***&sessionToken=***&x=1")]
    [InlineData("GET https://graph.microsoft.com/v1.0/me/messages?$skiptoken=GwcBoTmP&$deltatoken=a1b2", "GET https://graph.microsoft.com/v1.0/me/messages?$skiptoken=GwcBoTmP&$deltatoken=a1b2")]
    public void RedactorMasksCredentialShapes(string input, string expected) => Assert.Equal(expected, new Redactor().Redact(input));

    // A security trial: MSAL's exception kept the token endpoint's answer (which echoed the form and its client_secret) as a
    // property Get-Error and Export-Clixml show; a URL's user-info is a credential by its place.
    [Fact]
    public void AnMsalExceptionIsKeptWithoutTheServicesAnswer()
    {
        var msal = new Microsoft.Identity.Client.MsalServiceException("service_not_available", "AADSTS: client_secret=CSECRET-4711 echoed") { ResponseBody = "client_id=1&client_secret=CSECRET-4711" };
        var error = new UnavailableError("Outlook", "SignIn", "Microsoft Entra is unavailable.", System.Net.HttpStatusCode.InternalServerError, msal);
        var inner = Assert.IsType<RemoteServiceFailure>(error.InnerException);
        Assert.Equal("service_not_available", inner.ErrorCode);
        Assert.DoesNotContain("CSECRET", inner.ToString());
    }

    [Fact]
    public void AUrlsUserInfoIsMaskedWhateverItHolds() =>
        Assert.Equal("https://***@example.org/x?a=1", new Redactor().RedactUrl(new Uri("https://user:never-registered@example.org/x?a=1")));

    [Fact]
    public void RedactorMasksKnownValuesAnywhere()
    {
        var redactor = new Redactor();
        redactor.AddSecret("plain-secret-value");
        Assert.Equal("error: token *** was refused (***)", redactor.Redact("error: token plain-secret-value was refused (plain-secret-value)"));
    }

    [Fact]
    public async Task FailedOperationIsLoggedAsWarningWithStatusAndNoSecret()
    {
        using var env = new TestEnvironment(new SteppingClock());
        env.Pipes.Secrets.Set("Google.ApiKey", Secret);
        _server.Faults.Add(Fault.Status(400, times: 1));

        await Assert.ThrowsAsync<RemoteRejectedError>(() => new EchoIntegration(env.Pipes, _server).SearchAsync("x"));
        var logs = env.ReadLogs();

        Assert.Contains("\"@l\":\"Warning\"", logs);
        Assert.Contains("\"Outcome\":\"Failed\"", logs);
        Assert.Contains("status 400", logs);
        Assert.DoesNotContain(Secret, logs);
    }

    [Fact]
    public void ALogFolderThatCannotBeMadeIsSaidAndTheEventsStillReachTheListener()
    {
        var root = Directory.CreateTempSubdirectory("pipes-log-").FullName;
        try
        {
            var folder = Path.Combine(root, "logs");
            File.WriteAllText(folder, "a file where the folder should be");
            using var log = new OperationLog(folder, new Redactor());
            var heard = new List<string>();

            using (log.Listen(heard.Add)) log.Note("Import", "read a file");

            Assert.Contains(folder, log.Unwritable);
            Assert.Single(heard, h => h.Contains("read a file"));
            // Today's file a folder: Serilog's sink would drop every event, unsaid.
            var dayFolder = Path.Combine(root, "day");
            Directory.CreateDirectory(Path.Combine(dayFolder, $"pipes-{DateTime.Now:yyyyMMdd}.log"));
            using var dayLog = new OperationLog(dayFolder, new Redactor());
            Assert.Contains("is a folder", dayLog.Unwritable);
            using var writable = new OperationLog(Path.Combine(root, "other"), new Redactor());
            Assert.Null(writable.Unwritable);
            Assert.Empty(Directory.GetFiles(Path.Combine(root, "other"))); // the probe leaves nothing behind
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
