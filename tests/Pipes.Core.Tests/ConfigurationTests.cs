using System.Diagnostics;
using Pipes.Configuration;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests;

public sealed class ConfigurationTests : IDisposable
{
    private readonly TestEnvironment _env = new();

    public void Dispose() => _env.Dispose();

    [Fact]
    public void ConfigDirectoryPrefersPipesConfigDir()
    {
        var variables = new Dictionary<string, string?> { ["PIPES_CONFIG_DIR"] = "/tmp/explicit", ["XDG_CONFIG_HOME"] = "/tmp/xdg", ["HOME"] = "/home/u" };
        Assert.Equal("/tmp/explicit", ConfigDirectory.Resolve(n => variables.GetValueOrDefault(n)).Path);
        // Only spaces is unset, as an empty value is (a review: it ended every command with an ArgumentException).
        variables["PIPES_CONFIG_DIR"] = "   ";
        Assert.Equal(ConfigDirectory.Resolve(n => n == "PIPES_CONFIG_DIR" ? null : variables.GetValueOrDefault(n)).Path, ConfigDirectory.Resolve(n => variables.GetValueOrDefault(n)).Path);
    }

    [Theory]
    [InlineData("~/pipes-nightly", "/home/u/pipes-nightly")]
    [InlineData("~", "/home/u")]
    [InlineData(" ~/x/y ", "/home/u/x/y")]
    [InlineData("/srv/~/pipes", "/srv/~/pipes")]
    public void APipesConfigDirUnderTildeIsUnderTheHomeDirectoryNotTheWorkingOne(string given, string expected)
    {
        // PowerShell's $env:, systemd's Environment= and a task's settings pass '~' as it is: it was a folder named '~' wherever the process started.
        if (OperatingSystem.IsWindows()) return;
        var variables = new Dictionary<string, string?> { ["PIPES_CONFIG_DIR"] = given, ["HOME"] = "/home/u" };
        Assert.Equal(expected, ConfigDirectory.Resolve(n => variables.GetValueOrDefault(n)).Path);
    }

    [Theory]
    [InlineData("Outlook.Mailbx", "(did you mean Outlook.Mailbox?)")]
    [InlineData("outlook_timezone", "(did you mean Outlook.TimeZone?)")]
    [InlineData("Http.MaxRetry", "(did you mean Http.MaxRetries?)")]
    [InlineData("Log.Levl", "(did you mean Log.Level?)")]
    [InlineData("Totally.Else", "which is not a Pipes setting; it is ignored")]
    [InlineData("Http.Timeout", "(did you mean Http.TimeoutSeconds?)")]
    [InlineData("ActiveCampaign.ApiToken", "which is no setting: it is the secret ActiveCampaign.ApiToken, which Set-PipesSecret stores. It is ignored there, and kept in plain text")]
    [InlineData("outlook_client_secret", "it is the secret Outlook.ClientSecret")]
    public void ANameInSettingsJsonThatIsNoSettingIsSaidWithTheSettingItMisspellsOrAsASecret(string name, string said)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_env.Pipes.Settings.FilePath)!);
        File.WriteAllText(_env.Pipes.Settings.FilePath, $$"""{ "{{name}}": "value-0123", "Http.MaxRetries": 2 }""");

        var warning = Assert.Single(_env.Pipes.Settings.UnknownNameWarnings());

        Assert.Contains($"'{name}'", warning);
        Assert.Contains(said, warning);
        Assert.DoesNotContain("value-0123", warning);
    }

    [Fact]
    public void ANameWrittenInAnotherCaseOrWithSpacesIsTheSettingAndSettingItReplacesTheVariant()
    {
        // A trial: 'outlook.mailbox' was neither read (the value looked up by its exact name) nor warned about (the catalogue reads
        // names case aside, so it was no unknown name): silently the default.
        Directory.CreateDirectory(Path.GetDirectoryName(_env.Pipes.Settings.FilePath)!);
        File.WriteAllText(_env.Pipes.Settings.FilePath, """{ "outlook.mailbox": "outreach@example.com", " Http.MaxRetries ": 5 }""");

        Assert.Equal("outreach@example.com", _env.Pipes.Settings.Get("Outlook.Mailbox").Value);
        Assert.Equal(5L, _env.Pipes.Settings.Get("Http.MaxRetries").Value);
        Assert.False(_env.Pipes.Settings.Get("Outlook.Mailbox").IsDefault);
        Assert.Empty(_env.Pipes.Settings.UnknownNameWarnings());

        _env.Pipes.Settings.Set("Outlook.Mailbox", "sales@example.com");
        var written = File.ReadAllText(_env.Pipes.Settings.FilePath);
        Assert.Contains("\"Outlook.Mailbox\"", written);
        Assert.DoesNotContain("outlook.mailbox", written);
        Assert.Equal("sales@example.com", _env.Pipes.Settings.Get("Outlook.Mailbox").Value);
    }

    [Fact]
    public void ConfigDirectoryFollowsXdgThenHomeOffWindows()
    {
        if (OperatingSystem.IsWindows()) return;
        Assert.Equal("/tmp/xdg/pipes", ConfigDirectory.Resolve(n => n == "XDG_CONFIG_HOME" ? "/tmp/xdg" : n == "HOME" ? "/home/u" : null).Path);
        Assert.Equal("/home/u/.config/pipes", ConfigDirectory.Resolve(n => n == "HOME" ? "/home/u" : null).Path);
    }

    [Fact]
    public void DefaultsApplyUntilSetAndComeBackOnNull()
    {
        var settings = _env.Pipes.Settings;
        Assert.Equal("https://graph.microsoft.com/v1.0", settings.Get("Outlook.GraphBaseUrl").Value);
        Assert.True(settings.Get("Outlook.GraphBaseUrl").IsDefault);

        settings.Set("outlook.graphbaseurl", "https://graph.microsoft.us/v1.0/");
        var changed = settings.Get("Outlook.GraphBaseUrl");
        Assert.Equal("https://graph.microsoft.us/v1.0", changed.Value);
        Assert.Equal("settings.json", changed.Source);

        settings.Set("Outlook.GraphBaseUrl", null);
        Assert.True(settings.Get("Outlook.GraphBaseUrl").IsDefault);
    }

    [Theory]
    [InlineData("Http.MaxRetries", "5", 5L)]
    [InlineData("Http.MaxRetries", 7, 7L)]
    [InlineData("ActiveCampaign.RequestsPerSecond", "2.5", 2.5)]
    [InlineData("Log.Level", "debug", "Debug")]
    [InlineData("Outlook.Mailbox", "land@example.com", "land@example.com")]
    // http to this machine (a fake, a proxy on loopback) is taken; a SearXNG, which is sent no secret, over http anywhere.
    [InlineData("ActiveCampaign.BaseUrl", "http://127.0.0.1:5301/", "http://127.0.0.1:5301")]
    [InlineData("Outlook.GraphBaseUrl", "http://localhost:8080/v1.0", "http://localhost:8080/v1.0")]
    [InlineData("Google.BaseUrl", "http://[::1]:9/customsearch/v1", "http://[::1]:9/customsearch/v1")]
    [InlineData("SearXNG.BaseUrl", "http://search.lan:8888", "http://search.lan:8888")]
    public void ValuesAreConvertedToTheirType(string name, object input, object expected)
    {
        _env.Pipes.Settings.Set(name, input);
        Assert.Equal(expected, _env.Pipes.Settings.Get(name).Value);
    }

    [Theory]
    [InlineData("Http.MaxRetries", "three")]
    [InlineData("Http.MaxRetries", "11")]
    [InlineData("Http.TimeoutSeconds", "0")]
    [InlineData("Outlook.GraphBaseUrl", "graph.microsoft.com")]
    [InlineData("Outlook.GraphBaseUrl", "ftp://graph.microsoft.com")]
    [InlineData("ActiveCampaign.BaseUrl", "https://user:pw@acct.api-us1.com")]
    // A trial: http to another machine took the token in the clear (ActiveCampaign's header, Google's key in the query, Graph's bearer).
    [InlineData("ActiveCampaign.BaseUrl", "http://acct.api-us1.com")]
    [InlineData("Google.BaseUrl", "http://192.0.2.2/customsearch/v1")]
    [InlineData("Brave.BaseUrl", "http://api.search.brave.com/res/v1/web/search")]
    [InlineData("Outlook.GraphBaseUrl", "http://graph.microsoft.com/v1.0")]
    // A trial: 44 dialled every US number as a UK one.
    [InlineData("Dialer.CountryCode", "44")]
    [InlineData("Dialer.CountryCode", "+1")]
    [InlineData("Outlook.Mailbox", "not an address")]
    [InlineData("Log.Level", "Chatty")]
    [InlineData("Outlook.TenantId", "  ")]
    public void BadValuesAreInvalidSettingAndNothingIsWritten(string name, object input)
    {
        var error = Assert.Throws<InvalidSettingException>(() => _env.Pipes.Settings.Set(name, input));
        Assert.Equal("Pipes.InvalidSetting", error.ErrorId);
        Assert.Contains(name, error.Message);
        Assert.False(File.Exists(_env.Pipes.Settings.FilePath));
    }

    [Fact]
    public void UnknownNamesAreUnknownSetting()
    {
        var error = Assert.Throws<UnknownSettingException>(() => _env.Pipes.Settings.Set("Outlook.Mailboxx", "a@b.com"));
        Assert.Equal("Pipes.UnknownSetting", error.ErrorId);
        Assert.Contains("Outlook.Mailbox", error.RecommendedAction);
        Assert.Throws<UnknownSettingException>(() => _env.Pipes.Settings.Get("Nope"));
    }

    [Fact]
    public void CorruptSettingsFileIsAClearErrorNamingTheFile()
    {
        Directory.CreateDirectory(_env.DirectoryPath);
        File.WriteAllText(_env.Pipes.Settings.FilePath, "{ \"Http.MaxRetries\": 3,, }");

        var error = Assert.Throws<FileFormatError>(() => _env.Pipes.Settings.GetAll());

        Assert.Equal("Pipes.CorruptConfigFile", error.ErrorId);
        Assert.Contains("settings.json", error.Message);
    }

    [Fact]
    public void ACommaAfterTheLastEntryOfAHandEditedSettingsFileIsReadAsMeant()
    {
        // A trial: a trailing comma stopped every command, Import-PipesFile too, as Pipes.CorruptConfigFile.
        Directory.CreateDirectory(_env.DirectoryPath);
        File.WriteAllText(_env.Pipes.Settings.FilePath, "{\n  \"Http.MaxRetries\": 5,\n  \"Http.TimeoutSeconds\": 40,\n}\n");
        Assert.Equal(5L, _env.Pipes.Settings.GetValue<long>("Http.MaxRetries"));
        Assert.Equal(40L, _env.Pipes.Settings.GetValue<long>("Http.TimeoutSeconds"));
        // Comments stay refused: the next write would drop them without a word.
        File.WriteAllText(_env.Pipes.Settings.FilePath, "{ // retries\n \"Http.MaxRetries\": 5 }");
        var comment = Assert.Throws<FileFormatError>(() => _env.Pipes.Settings.GetAll());
        Assert.Equal("Pipes.CorruptConfigFile", comment.ErrorId);
        Assert.Contains("Comments (// or /* */) are not kept", comment.Message);
    }

    [Fact]
    public void ACorruptStateFileSaysWhatDeletingItCostsNotHowToImportAFile()
    {
        Directory.CreateDirectory(_env.DirectoryPath);
        _env.Pipes.State.Set("Outlook.Inbox.Watermark", new { At = "2026-12-01T00:00:00Z", Ids = new[] { "a", "b" } });
        var text = File.ReadAllText(_env.Pipes.State.FilePath);
        File.WriteAllText(_env.Pipes.State.FilePath, text[..(text.Length / 2)]); // a crash mid-write, as a copy tool may leave it

        var error = Assert.Throws<FileFormatError>(() => _env.Pipes.State.Get<object>("Outlook.Inbox.Watermark"));

        Assert.Equal("Pipes.CorruptConfigFile", error.ErrorId);
        Assert.Contains(_env.Pipes.State.FilePath, error.Message);
        Assert.Contains("watermarks", error.RecommendedAction);
        Assert.DoesNotContain("import", error.RecommendedAction, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AConfigFileThatMayNotBeWrittenIsAccessDeniedNamingIt()
    {
        Directory.CreateDirectory(_env.DirectoryPath);
        // What the operating system answers for a directory this account may not write: access denied. A directory
        // standing where the lock file goes gets the same answer here, also for root, whom file modes do not stop.
        Directory.CreateDirectory(_env.Pipes.State.FilePath + ".lock");

        var error = Assert.Throws<PipesException>(() => _env.Pipes.State.Set("x", 1));

        Assert.Equal("Pipes.AccessDenied", error.ErrorId);
        Assert.Contains("state.json", error.Message);
        Assert.Contains(_env.DirectoryPath, error.RecommendedAction);
        Assert.IsType<UnauthorizedAccessException>(error.InnerException);
    }

    // A write that fails for a reason other than another process's lock (here a name the file system refuses: the lock
    // file's name is over 255 bytes; a read-only file system or a full disk alike) is not waited out as a lock for the
    // lock timeout and then called one (Pipes.ConfigLocked): it is said at once, with the file system's reason.
    [Fact]
    public void AWriteThatFailsForAnotherReasonThanALockIsNotWaitedOutAsOne()
    {
        Directory.CreateDirectory(_env.DirectoryPath);
        var file = new Pipes.Configuration.LockedJsonFile(Path.Combine(_env.DirectoryPath, new string('s', 250) + ".json"), lockTimeout: TimeSpan.FromSeconds(20));

        var error = Assert.Throws<PipesException>(() => file.Update(content => content["x"] = 1));

        Assert.Equal("Pipes.AccessDenied", error.ErrorId);
        Assert.Contains("Cannot write sss", error.Message);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }

    // Another process holds the lock (a hung run): Ctrl+C ends the wait at once, not after the 30 s lock timeout, and writes nothing.
    [Fact]
    public void AWaitForAnotherProcesssLockEndsWhenCancelled()
    {
        _env.Pipes.State.Set("x", 1);
        using var held = new FileStream(_env.Pipes.State.FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        using var ctrlC = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => _env.Pipes.State.Update<int>("x", _ => 2, ctrlC.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the wait went on for {clock.Elapsed} after Ctrl+C"); // only catches a wait that ignores it
        held.Dispose();
        Assert.Equal(1, _env.Pipes.State.Get<int>("x"));
    }

    // A request stopped by Ctrl+C records its end in pace.json on the way out: with another process holding the ledger, that
    // write gave up only after the 30 s lock timeout, long after the command had returned.
    [Fact]
    public async Task AStoppedRequestDoesNotWaitBehindAnotherProcessToRecordItsEnd()
    {
        var pace = _env.Pipes.Pace;
        using var ctrlC = new CancellationTokenSource();
        var stopped = await pace.EnterWindowAsync("ActiveCampaign", 5, TimeSpan.FromSeconds(1), ctrlC.Token);
        var clock = Stopwatch.StartNew();
        using (new FileStream(pace.FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            ctrlC.Cancel();
            stopped.Dispose();
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the end waited {clock.Elapsed} for the lock after Ctrl+C"); // only catches a wait that ignores it
        }
        // Not recorded: it counts as in flight (until MaxInFlight), on the slow side. A request not stopped records its end.
        using (var finished = await pace.EnterWindowAsync("ActiveCampaign", 5, TimeSpan.FromSeconds(1), CancellationToken.None)) { }
        var entries = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(pace.FilePath))!["ActiveCampaign"]!.AsArray();
        Assert.Equal(2, entries.Count);
        Assert.Null(entries[0]!["end"]);
        Assert.NotNull(entries[1]!["end"]);

        // Stopped, the ledger free: the end is still recorded.
        using var later = new CancellationTokenSource();
        var free = await pace.EnterWindowAsync("ActiveCampaign", 5, TimeSpan.FromSeconds(1), later.Token);
        later.Cancel();
        free.Dispose();
        Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(pace.FilePath))!["ActiveCampaign"]!.AsArray()[2]!["end"]);
    }

    [Fact]
    public void HandEditedValueOfTheWrongTypeNamesTheSetting()
    {
        Directory.CreateDirectory(_env.DirectoryPath);
        File.WriteAllText(_env.Pipes.Settings.FilePath, "{ \"Http.MaxRetries\": \"lots\" }");

        var error = Assert.Throws<InvalidSettingException>(() => _env.Pipes.Settings.Get("Http.MaxRetries"));
        Assert.Contains("Http.MaxRetries", error.Message);
    }

    [Theory]
    // A trial: Log.RetainedDays 0 failed every command with .NET's words, Http.MaxRetries 50 retried a send for over ten minutes.
    [InlineData("{ \"Log.RetainedDays\": 0 }", "Log.RetainedDays", "below the minimum of 1")]
    [InlineData("{ \"Http.TimeoutSeconds\": -1 }", "Http.TimeoutSeconds", "below the minimum of 1")]
    [InlineData("{ \"Http.MaxRetries\": 50 }", "Http.MaxRetries", "above the maximum of 10")]
    [InlineData("{ \"Log.Level\": \"Verbos\" }", "Log.Level", "not one of Verbose")]
    public void AHandEditedValueMeetsTheSettingsRulesWhenRead(string json, string name, string said)
    {
        Directory.CreateDirectory(_env.DirectoryPath);
        File.WriteAllText(_env.Pipes.Settings.FilePath, json);

        var error = Assert.Throws<InvalidSettingException>(() => _env.Pipes.Settings.Get(name));
        Assert.Contains(said, error.Message);
    }

    [Fact]
    public void ANameWrittenTwiceInsideAnEntryIsACorruptFileToo()
    {
        // A review: {"value": "a", "value": "b"} inside a secret's entry threw .NET's ArgumentException from the store that read it.
        Directory.CreateDirectory(_env.DirectoryPath);
        var path = Path.Combine(_env.DirectoryPath, "nested.json");
        File.WriteAllText(path, "{ \"ActiveCampaign.ApiToken\": { \"value\": \"abc\", \"protection\": \"none\", \"value\": \"def\" } }");

        var error = Assert.ThrowsAny<PipesException>(() => new LockedJsonFile(path).Read());

        Assert.Equal(ErrorIds.CorruptConfigFile, error.ErrorId);
        Assert.StartsWith("nested.json holds 'value' twice.", error.Message);
    }

    // A name that is no text ("a\uD800", a lone surrogate) was .NET's InvalidOperationException as Pipes.Unexpected (a review).
    [Fact]
    public void ANameThatIsNoTextIsACorruptFile()
    {
        Directory.CreateDirectory(_env.DirectoryPath);
        var path = Path.Combine(_env.DirectoryPath, "surrogate.json");
        File.WriteAllText(path, "{ \"a\\uD800\": 1 }");

        var error = Assert.ThrowsAny<PipesException>(() => new LockedJsonFile(path).Read());

        Assert.Equal(ErrorIds.CorruptConfigFile, error.ErrorId);
        Assert.StartsWith("surrogate.json holds text that is not valid", error.Message);
        File.WriteAllText(path, "{ \"Http.MaxRetries\": 4, \"Note\": \"x\\uD800\" }");
        Assert.Equal(ErrorIds.CorruptConfigFile, Assert.ThrowsAny<PipesException>(() => new LockedJsonFile(path).Read()).ErrorId); // in a value too (a review)
    }

    [Fact]
    public void ANameWrittenTwiceByHandIsACorruptFileNamingIt()
    {
        Directory.CreateDirectory(_env.DirectoryPath);
        File.WriteAllText(_env.Pipes.Settings.FilePath, "{ \"Http.MaxRetries\": 5, \"Http.MaxRetries\": 6 }");

        var error = Assert.ThrowsAny<PipesException>(() => _env.Pipes.Settings.Get("Http.MaxRetries"));
        Assert.Equal(ErrorIds.CorruptConfigFile, error.ErrorId);
        Assert.StartsWith("settings.json holds 'Http.MaxRetries' twice.", error.Message);
    }

    [Fact]
    public void AHandEditedHttpUrlToAnotherMachineForASecretIsRefusedWhenRead()
    {
        Directory.CreateDirectory(_env.DirectoryPath);
        File.WriteAllText(_env.Pipes.Settings.FilePath, "{ \"ActiveCampaign.BaseUrl\": \"http://acct.api-us1.com\" }");

        var error = Assert.Throws<InvalidSettingException>(() => _env.Pipes.Settings.Get("ActiveCampaign.BaseUrl"));
        Assert.Contains("unencrypted", error.Message);
    }

    [Fact]
    public void StateUpdatesPersistAndRoundTrip()
    {
        var state = _env.Pipes.State;
        Assert.Equal(0, state.Get<long>("count"));
        state.Update<long>("count", c => c + 1);
        state.Update<long>("count", c => c + 1);
        state.Set("Outlook.Watermark", new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

        var reopened = new StateStore(state.FilePath);
        Assert.Equal(2, reopened.Get<long>("count"));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), reopened.Get<DateTimeOffset>("Outlook.Watermark"));
        Assert.True(reopened.Remove("count"));
        Assert.Equal(0, reopened.Get<long>("count"));
    }

    [Fact]
    public async Task ThreadsUpdatingTheSameCounterLoseNothing()
    {
        var state = _env.Pipes.State;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++) state.Update<long>("count", c => c + 1);
        })));
        Assert.Equal(100, state.Get<long>("count"));
    }

    [Fact]
    public async Task TwoProcessesWritingSettingsAndOneCounterLoseNothing()
    {
        const int iterations = 60;
        var helper = Path.Combine(AppContext.BaseDirectory, "Pipes.Contention.dll");
        var first = Start(helper, "Outlook.TenantId", iterations);
        var second = Start(helper, "Google.SearchEngineId", iterations);

        await Task.WhenAll(Finish(first), Finish(second));

        var settings = new SettingsStore(_env.Pipes.Settings.FilePath);
        Assert.Equal(iterations.ToString(), settings.Get("Outlook.TenantId").Value);
        Assert.Equal(iterations.ToString(), settings.Get("Google.SearchEngineId").Value);
        Assert.Equal(2 * iterations, new StateStore(_env.Pipes.State.FilePath).Get<long>("test.counter"));
        Assert.Empty(Directory.GetFiles(_env.DirectoryPath, "*.tmp"));
    }

    private Process Start(string helper, string setting, int iterations)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { helper, _env.DirectoryPath, setting, iterations.ToString() }) start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }

    private static async Task Finish(Process process)
    {
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(process.ExitCode == 0, "helper failed: " + await error);
        }
    }
}
