using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipes.Fakes;

/// <summary>
/// Microsoft Graph v1.0 mail under <c>/v1.0</c>, for <c>/me</c> and <c>/users/{id}</c>: create draft (201, the
/// message), send a draft (202, empty), sendMail (202, empty), get a message (with ImmutableId the id stays
/// valid after sending), list a folder's messages with <c>$filter=receivedDateTime ge|gt</c>, <c>$orderby</c>, <c>$top</c>
/// (default 10) and absolute <c>@odata.nextLink</c> (the folders, and moving a message between them, are in
/// <c>GraphFake.Folders.cs</c>), find messages by a single-value extended property, and
/// Graph's error JSON; the calendar is in <c>GraphCalendarFake.cs</c>. Bearer tokens: <see cref="ValidToken"/> works, <see cref="ExpiredToken"/> is 401, and
/// so do the tokens the Entra part (<c>GraphFake.Entra.cs</c>) issues until they expire.
/// </summary>
public sealed partial class GraphFake : IFakeService
{
    public const string ValidToken = "fake-graph-access-token-0123456789";
    public const string ExpiredToken = "fake-graph-expired-token-0123456789";

    private readonly ConcurrentDictionary<string, JsonObject> _messages = new();
    private long _sequence;
    private Uri? _base;

    public GraphFake() => Reset();

    public string Name => "Graph";

    public string BasePath => "/v1.0";

    /// <summary>Messages sent through the fake (drafts sent and sendMail), in order.</summary>
    public ConcurrentQueue<JsonObject> Sent { get; } = new();

    public void Map(WebApplication app)
    {
        foreach (var prefix in new[] { "/v1.0/me", "/v1.0/users/{user}" })
        {
            var group = app.MapGroup(prefix).AddEndpointFilter(async (context, next) =>
            {
                _base ??= new Uri($"{context.HttpContext.Request.Scheme}://{context.HttpContext.Request.Host}/");
                if (TooLarge(context.HttpContext) is { } tooLarge) return tooLarge;
                var auth = context.HttpContext.Request.Headers.Authorization.ToString();
                if (auth == "Bearer " + ValidToken || (auth.StartsWith("Bearer ", StringComparison.Ordinal) && _issued.TryGetValue(auth[7..], out var live) && live)) return await WithinMailboxLimits(context, next);
                var code = auth == "Bearer " + ExpiredToken ? "InvalidAuthenticationToken" : "InvalidAuthenticationToken";
                var message = auth == "Bearer " + ExpiredToken ? "Lifetime validation failed, the token is expired." : "Access token is empty.";
                return Error(401, code, message);
            });
            group.MapPost("/messages", (Func<HttpContext, Task<IResult>>)CreateDraft);
            group.MapGet("/messages", FindMessages);
            group.MapGet("/messages/{id}", (string id) => _messages.TryGetValue(id, out var m) ? Results.Json(m) : Error(404, "ErrorItemNotFound", "The specified object was not found in the store."));
            group.MapPost("/messages/{id}/send", (string id) =>
            {
                if (!_messages.TryGetValue(id, out var m)) return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
                // Graph answers a send of a message that is no longer a draft (already sent) with 404, as for an unknown id.
                if (m["isDraft"]?.GetValue<bool>() != true) return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
                m["isDraft"] = false;
                m["parentFolderId"] = RequireFolder("sentitems").Id;
                m["sentDateTime"] = Now();
                Sent.Enqueue(m);
                return Results.StatusCode(202);
            });
            group.MapPost("/sendMail", async Task<IResult> (HttpContext context) =>
            {
                var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
                if (body?["message"] is not JsonObject message) return Error(400, "ErrorInvalidRequest", "The message is missing.");
                Sent.Enqueue((JsonObject)message.DeepClone());
                return Results.StatusCode(202);
            });
            MapFolders(group);
            MapUploads(group);
            MapCalendar(group);
        }
        MapCalendarControl(app);
        MapUploadSessions(app);
        app.MapGet("/_fake/graph/throttled", () => Results.Json(new { count = Throttled }));
        MapEntra(app);
        MapFolderControl(app);
        app.MapPost("/_fake/graph/inbox", async Task<IResult> (HttpContext context) =>
        {
            var message = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            AddInbox(message);
            return Results.Ok(new { id = (string?)message["id"] });
        });
        app.MapGet("/_fake/graph/sent", () => Results.Json(Sent.ToArray()));
    }

    public void Reset()
    {
        _issued.Clear();
        _deviceCodes.Clear();
        _refreshTokens.Clear();
        _messages.Clear();
        ResetFolders();
        _uploads.Clear();
        ResetCalendar();
        ResetMailboxLimits();
        Sent.Clear();
        var start = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
        string[] replies =
        [
            "Yes, I'd be interested. What's your price per net mineral acre?",
            "Not interested. Please remove me from your list.",
            "I'm not the right person, talk to Jane Foster (jane.foster@doeenergy.com).",
        ];
        for (var i = 0; i < 12; i++)
        {
            AddInbox(new JsonObject
            {
                ["subject"] = $"RE: Mineral rights in Section {i + 1}",
                ["from"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = $"Owner {i}", ["address"] = $"owner{i}@example.com" } },
                ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = replies[i % 3] + "\r\n\r\n-----Original Message-----\r\nFrom: Pat Landman\r\nSent: Thursday\r\n\r\nLet me know if you're interested. Reply STOP to unsubscribe." },
                ["receivedDateTime"] = start.AddHours(i).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            });
        }
    }

    /// <summary>Adds a message to the inbox, filling what Graph would.</summary>
    public JsonObject AddInbox(JsonObject message) => AddMessage("inbox", message);

    private async Task<IResult> CreateDraft(HttpContext context)
    {
        JsonObject? message;
        try { message = await JsonNode.ParseAsync(context.Request.Body) as JsonObject; }
        catch (JsonException) { return Error(400, "BadRequest", "Unable to read JSON request payload."); }
        if (message is null) return Error(400, "BadRequest", "Empty payload.");
        message["id"] = NewId();
        message["isDraft"] = true;
        message["parentFolderId"] = RequireFolder("drafts").Id;
        message["createdDateTime"] = Now();
        message["internetMessageId"] = $"<{Guid.NewGuid():N}@fake.outlook.com>";
        message["conversationId"] = "AAQk" + Guid.NewGuid().ToString("N");
        _messages[(string)message["id"]!] = message;
        return Results.Json(message, statusCode: 201);
    }

    private IResult FindMessages(HttpContext context)
    {
        var filter = context.Request.Query["$filter"].ToString();
        var match = ExtendedPropertyFilter().Match(filter);
        if (!match.Success) return Error(400, "ErrorInvalidUrlQueryFilter", "This fake supports only singleValueExtendedProperties filters here.");
        var found = _messages.Values.Where(m => m["singleValueExtendedProperties"] is JsonArray props
            && props.Any(p => string.Equals((string?)p?["id"], match.Groups["id"].Value, StringComparison.OrdinalIgnoreCase) && (string?)p?["value"] == match.Groups["value"].Value));
        return Results.Json(new JsonObject { ["value"] = new JsonArray(found.Select(m => (JsonNode)m.DeepClone()).ToArray()) });
    }

    private static DateTimeOffset Received(JsonObject m) => DateTimeOffset.Parse((string)m["receivedDateTime"]!, CultureInfo.InvariantCulture);

    private string NewId() => "AAMkAGI2" + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..12];

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message, innerError = new Dictionary<string, object> { ["date"] = Now(), ["request-id"] = Guid.NewGuid().ToString(), ["client-request-id"] = Guid.NewGuid().ToString() } } }, statusCode: status);

    [GeneratedRegex(@"singleValueExtendedProperties/Any\(\w+:\s*\w+/id eq '(?<id>[^']+)' and \w+/value eq '(?<value>[^']+)'\)", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedPropertyFilter();

    [GeneratedRegex(@"^receivedDateTime (?<op>ge|gt|le|lt) (?<at>\S+)$")]
    private static partial Regex DateFilter();
}
