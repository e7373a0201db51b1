using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pipes.Configuration;
using Pipes.Fakes;
using Pipes.Integrations;

namespace Pipes.Tests.Kit;

// A throwaway integration, added through the steps of docs/ARCHITECTURE.md ("Adding an
// integration") and nothing else: a definition, a client on the kit, typed answers read through a
// source-generated context, and a fake. It proves the steps are enough, and exercises the kit.

/// <summary>Step 1: the definition (name, settings, secrets, client).</summary>
public static class NotesDefinition
{
    public static IntegrationDefinition Definition { get; } = new("Notes", environment => new NotesClient(environment))
    {
        Settings = [new("Notes.BaseUrl", SettingType.Url, "The notes service.")],
        Secrets = [new("Notes.ApiKey", "PIPES_NOTES_API_KEY", "The notes service's key.")],
    };
}

/// <summary>Step 2: the answers, as records, read by a source-generated context.</summary>
public sealed record Note(int Id, string Text);

public sealed record NotesPage(IReadOnlyList<Note> Items, string? Next);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NotesPage))]
internal sealed partial class NotesJson : JsonSerializerContext;

/// <summary>Step 3: the client: its credential hook, its URLs, its health probe; the kit does the rest.</summary>
public sealed class NotesClient(PipesEnvironment environment) : IntegrationBase(environment)
{
    public override string Name => "Notes";

    private string BaseUrl => Environment.Settings.GetValue<string>("Notes.BaseUrl")!;

    public override IReadOnlyList<string> MissingConfiguration() =>
        new[] { ("Notes.BaseUrl", Environment.Settings.GetValue<string>("Notes.BaseUrl")), ("Notes.ApiKey", Environment.Secrets.Get("Notes.ApiKey")) }
            .Where(s => s.Item2 is null).Select(s => s.Item1).ToList();

    protected override Uri? ApiOrigin => new(new Uri(BaseUrl).GetLeftPart(UriPartial.Authority));

    protected override ValueTask AuthorizeAsync(HttpRequestMessage request, bool renew, CancellationToken cancellationToken)
    {
        request.Headers.Add("X-Api-Key", Environment.Secrets.Get("Notes.ApiKey")!);
        return ValueTask.CompletedTask;
    }

    /// <summary>Every note, page by page, starting at <paramref name="path"/> (a fake route).</summary>
    public IAsyncEnumerable<Note> ListAsync(string path = "notes/items", CancellationToken cancellationToken = default)
    {
        EnsureConfigured("List");
        return PagesAsync("List", BaseUrl + "/" + path, NotesJson.Default.NotesPage, p => p.Items, p => p.Next, cancellationToken);
    }

    /// <summary>Adds a note (a write: never repeated blind).</summary>
    public async Task AddAsync(string text, string path = "notes/items", CancellationToken cancellationToken = default)
    {
        EnsureConfigured("Add");
        using var response = await SendAsync("Add", HttpMethod.Post, BaseUrl + "/" + path, $"{{\"text\":\"{text}\"}}", RequestSafety.NotIdempotent, cancellationToken: cancellationToken);
    }

    protected override async Task<string?> ProbeAsync(IntegrationHttp http, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(http, "HealthCheck", HttpMethod.Get, BaseUrl + "/notes/items?page=1", cancellationToken: cancellationToken);
        return "Notes answered.";
    }
}

/// <summary>Step 4: the fake, with the faults the kit must survive: links to another origin, links that loop.</summary>
public sealed class NotesFake : IFakeService
{
    public const string Key = "notes-key-0123456789";

    public string Name => "Notes";

    public string BasePath => "/";

    public void Map(WebApplication app)
    {
        // Seven notes, three a page; "next" is absolute, as Graph's @odata.nextLink is.
        app.MapGet("/notes/items", (HttpContext context, int? page) =>
        {
            if (context.Request.Headers["X-Api-Key"] != Key) return Results.StatusCode(401);
            var number = page ?? 1;
            var items = Enumerable.Range((number - 1) * 3 + 1, 3).Where(i => i <= 7).Select(i => new Note(i, "note " + i)).ToList();
            var next = number * 3 < 7 ? $"{Origin(context)}/notes/items?page={number + 1}" : null;
            return Results.Json(new { items, next });
        });
        // The next link names another origin (localhost instead of 127.0.0.1: the same server, so a leak would be seen).
        app.MapGet("/notes/cross", (HttpContext context) =>
            Results.Json(new { items = new[] { new Note(1, "one") }, next = $"http://localhost:{context.Request.Host.Port}/notes/items?page=2" }));
        // A next link carrying a credential as its user-info (a security trial: it came out whole in the error), and a relative one.
        app.MapGet("/notes/userinfo", (HttpContext context) =>
            Results.Json(new { items = new[] { new Note(1, "one") }, next = $"http://tok-en.Secret-4711@127.0.0.1:{context.Request.Host.Port + 1}/notes/items?page=2" }));
        app.MapGet("/notes/relative", () => Results.Json(new { items = new[] { new Note(1, "one") }, next = "/notes/items?page=2" }));
        // A redirect to another origin (a gateway moved, or a hostile one): following it would carry the key there.
        app.MapGet("/notes/moved", (HttpContext context) => Results.Redirect($"http://localhost:{context.Request.Host.Port}/notes/items?page=2"));
        // Post/Redirect/Get: the note is kept, then the answer sends the client to see it.
        app.MapPost("/notes/items", (HttpContext context) => Results.Redirect($"{Origin(context)}/notes/items?page=1"));
        // A redirect to itself, for ever.
        app.MapGet("/notes/spin", (HttpContext context) => Results.Redirect($"{Origin(context)}/notes/spin"));
        // The next link is the page itself.
        app.MapGet("/notes/loop", (HttpContext context) =>
            Results.Json(new { items = new[] { new Note(1, "one") }, next = $"{Origin(context)}/notes/loop" }));
    }

    public void Reset() { }

    private static string Origin(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";
}
