using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipes.Fakes;

/// <summary>
/// A mailbox's folders, as Graph v1.0 serves them (resources/mailfolder, api/user-list-mailfolders,
/// api/mailfolder-list-childfolders, api/mailfolder-list-messages): <c>GET mailFolders</c> lists the folders under the
/// top of the information store (<c>msgfolderroot</c>), <c>GET mailFolders/{id}/childFolders</c> those under a folder, both
/// with <c>$filter=displayName eq '…'</c> (a quote doubled inside, compared without regard to case, as Exchange does),
/// <c>$top</c> (default 10), <c>$skip</c> and an absolute <c>@odata.nextLink</c>; <c>GET mailFolders/{id}</c> and
/// <c>GET mailFolders/{id}/messages</c> take a folder id or a well-known name (<c>inbox</c>, <c>archive</c>,
/// <c>junkemail</c>, …, in any case). A folder the mailbox does not have, a well-known one never created (Outlook makes
/// the Archive folder on the first archive) or an id of nothing, is 404 <c>ErrorFolderNotFound</c>, "The specified folder
/// could not be found in the store.", as Exchange answers it. Folder ids are opaque, with the '=' padding Graph's carry, and
/// a message's <c>parentFolderId</c> is its folder's id. Controls: <c>POST /_fake/graph/folders</c> (<c>{ displayName,
/// parent }</c>) makes a folder, <c>DELETE /_fake/graph/folders/{folder}</c> takes one away with what is in it,
/// <c>POST /_fake/graph/folders/{folder}/messages</c> delivers a message into one, and <c>POST
/// /_fake/graph/messages/{id}/move</c> (<c>{ destination }</c>) moves one as a person does (a swipe to Archive, a rule, the
/// junk filter): it keeps its receivedDateTime and internetMessageId and gets a new id, as a message moved into another store
/// (an archive mailbox) or read without ImmutableId does.
/// </summary>
public sealed partial class GraphFake
{
    /// <summary>The well-known folders every fake mailbox starts with, and their display names in an English mailbox.</summary>
    private static readonly (string WellKnown, string DisplayName)[] StandardFolders =
    [
        ("inbox", "Inbox"), ("drafts", "Drafts"), ("sentitems", "Sent Items"), ("deleteditems", "Deleted Items"),
        ("junkemail", "Junk Email"), ("archive", "Archive"), ("outbox", "Outbox"), ("conversationhistory", "Conversation History"),
    ];

    private const string RootName = "msgfolderroot";

    private readonly ConcurrentDictionary<string, FakeFolder> _folders = new(StringComparer.Ordinal);
    private long _folderSequence;

    /// <summary>A folder of the fake mailbox: its opaque id, name, parent (null for the root) and well-known name, if it has one.</summary>
    public sealed record FakeFolder(string Id, string DisplayName, string? ParentId, string? WellKnownName);

    private void ResetFolders()
    {
        _folders.Clear();
        var root = NewFolder("Top of Information Store", null, RootName);
        foreach (var (wellKnown, name) in StandardFolders) NewFolder(name, root.Id, wellKnown);
    }

    private FakeFolder NewFolder(string displayName, string? parentId, string? wellKnown)
    {
        // Shaped like Graph's: base64 with its '=' padding, so a client that does not escape an id in a path is caught.
        var id = "AQMkADAwATM0MDAAMS1" + Interlocked.Increment(ref _folderSequence).ToString("D4", CultureInfo.InvariantCulture)
            + Guid.NewGuid().ToString("N")[..10] + "AAAEMAAA=";
        var folder = new FakeFolder(id, displayName, parentId, wellKnown);
        _folders[id] = folder;
        return folder;
    }

    /// <summary>The folder a path segment names: a well-known name (any case) or an id; null when the mailbox has none.</summary>
    public FakeFolder? FindFolder(string idOrWellKnownName) =>
        _folders.TryGetValue(idOrWellKnownName, out var byId) ? byId
        : _folders.Values.FirstOrDefault(f => string.Equals(f.WellKnownName, idOrWellKnownName, StringComparison.OrdinalIgnoreCase));

    private FakeFolder RequireFolder(string idOrWellKnownName) =>
        FindFolder(idOrWellKnownName) ?? throw new ArgumentException($"The fake mailbox has no folder '{idOrWellKnownName}'.", nameof(idOrWellKnownName));

    /// <summary>Makes a folder under <paramref name="parent"/> (a well-known name or an id; the top of the store by default).</summary>
    public FakeFolder AddFolder(string displayName, string parent = RootName) => NewFolder(displayName, RequireFolder(parent).Id, null);

    /// <summary>Takes a folder away with its subfolders and their messages (an Archive never created, a folder deleted); false when there was none.</summary>
    public bool RemoveFolder(string idOrWellKnownName)
    {
        if (FindFolder(idOrWellKnownName) is not { } folder || folder.ParentId is null) return false;
        var gone = new HashSet<string>(StringComparer.Ordinal) { folder.Id };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var f in _folders.Values) if (f.ParentId is { } p && gone.Contains(p) && gone.Add(f.Id)) grew = true;
        }
        foreach (var id in gone) _folders.TryRemove(id, out _);
        foreach (var message in _messages.Values.Where(m => gone.Contains((string?)m["parentFolderId"] ?? "")).ToList()) _messages.TryRemove((string)message["id"]!, out _);
        return true;
    }

    /// <summary>Delivers a message into a folder (a well-known name or an id), filling what Graph would.</summary>
    public JsonObject AddMessage(string folder, JsonObject message)
    {
        message["id"] ??= NewId();
        message["parentFolderId"] = RequireFolder(folder).Id;
        message["isDraft"] = false;
        message["receivedDateTime"] ??= Now();
        message["internetMessageId"] ??= $"<{Guid.NewGuid():N}@mail.example.com>";
        message["conversationId"] ??= "AAQk" + Guid.NewGuid().ToString("N");
        message["bodyPreview"] ??= (message["body"]?["content"]?.GetValue<string>() ?? "") is var content && content.Length > 255 ? content[..255] : content;
        message["toRecipients"] ??= new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = "Pat Landman", ["address"] = "landman@permianpipes.com" } });
        message["replyTo"] ??= new JsonArray();
        message["internetMessageHeaders"] ??= new JsonArray();
        _messages[(string)message["id"]!] = message;
        return message;
    }

    /// <summary>
    /// Moves a message to <paramref name="destination"/> (a well-known name or an id) as a person or a rule does: the same
    /// receivedDateTime and internetMessageId, a new id. Returns the message as it now is, or null when there is no such message.
    /// </summary>
    public JsonObject? MoveMessage(string id, string destination)
    {
        var folder = RequireFolder(destination);
        if (!_messages.TryRemove(id, out var message)) return null;
        message["id"] = NewId();
        message["parentFolderId"] = folder.Id;
        _messages[(string)message["id"]!] = message;
        return message;
    }

    private void MapFolders(RouteGroupBuilder group)
    {
        group.MapGet("/mailFolders", (HttpContext context) => ListFolders(context, RequireFolder(RootName)));
        group.MapGet("/mailFolders/{folder}", (string folder) => FindFolder(folder) is { } f ? Results.Json(FolderJson(f)) : FolderNotFound());
        group.MapGet("/mailFolders/{folder}/childFolders", (HttpContext context, string folder) => FindFolder(folder) is { } f ? ListFolders(context, f) : FolderNotFound());
        group.MapGet("/mailFolders/{folder}/messages", (HttpContext context, string folder) => FindFolder(folder) is { } f ? ListMessages(context, f) : FolderNotFound());
    }

    private void MapFolderControl(WebApplication app)
    {
        app.MapPost("/_fake/graph/folders", async Task<IResult> (HttpContext context) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            var parent = (string?)body["parent"] ?? RootName;
            if (FindFolder(parent) is null) return Results.NotFound(new { error = $"no folder '{parent}'" });
            return Results.Json(FolderJson(AddFolder((string)body["displayName"]!, parent)));
        });
        app.MapDelete("/_fake/graph/folders/{folder}", (string folder) => RemoveFolder(folder) ? Results.NoContent() : Results.NotFound());
        app.MapPost("/_fake/graph/folders/{folder}/messages", async Task<IResult> (HttpContext context, string folder) =>
        {
            if (FindFolder(folder) is null) return Results.NotFound(new { error = $"no folder '{folder}'" });
            var message = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            AddMessage(folder, message);
            return Results.Ok(new { id = (string?)message["id"] });
        });
        app.MapPost("/_fake/graph/messages/{id}/move", async Task<IResult> (HttpContext context, string id) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            var destination = (string?)body["destination"] ?? "";
            if (FindFolder(destination) is null) return Results.NotFound(new { error = $"no folder '{destination}'" });
            return MoveMessage(id, destination) is { } moved ? Results.Ok(new { id = (string?)moved["id"] }) : Results.NotFound(new { error = $"no message '{id}'" });
        });
    }

    private JsonObject FolderJson(FakeFolder folder) => new()
    {
        ["id"] = folder.Id,
        ["displayName"] = folder.DisplayName,
        ["parentFolderId"] = folder.ParentId,
        ["childFolderCount"] = _folders.Values.Count(f => f.ParentId == folder.Id),
        ["unreadItemCount"] = 0,
        ["totalItemCount"] = _messages.Values.Count(m => (string?)m["parentFolderId"] == folder.Id),
        ["isHidden"] = false,
    };

    private IResult ListFolders(HttpContext context, FakeFolder parent)
    {
        var query = context.Request.Query;
        IEnumerable<FakeFolder> folders = _folders.Values.Where(f => f.ParentId == parent.Id).OrderBy(f => f.Id, StringComparer.Ordinal);
        var filter = query["$filter"].ToString();
        if (filter.Length > 0)
        {
            var match = DisplayNameFilter().Match(filter);
            if (!match.Success) return Error(400, "ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes.");
            var name = match.Groups["name"].Value.Replace("''", "'", StringComparison.Ordinal);
            folders = folders.Where(f => string.Equals(f.DisplayName, name, StringComparison.OrdinalIgnoreCase));
        }
        return Page(context, folders.Select(f => (JsonNode)FolderJson(f)).ToList(), "mailFolders");
    }

    private IResult ListMessages(HttpContext context, FakeFolder folder)
    {
        var query = context.Request.Query;
        IEnumerable<JsonObject> items = _messages.Values.Where(m => (string?)m["parentFolderId"] == folder.Id);
        var filter = query["$filter"].ToString();
        // Comparisons of receivedDateTime joined by 'and' ("receivedDateTime ge X and receivedDateTime le Y"), as OData writes a range.
        foreach (var part in filter.Length == 0 ? [] : filter.Split(" and ", StringSplitOptions.TrimEntries))
        {
            var f = DateFilter().Match(part);
            if (!f.Success) return Error(400, "ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes.");
            var at = DateTimeOffset.Parse(f.Groups["at"].Value, CultureInfo.InvariantCulture);
            var op = f.Groups["op"].Value;
            items = items.Where(m => Received(m) is var r && op switch { "ge" => r >= at, "gt" => r > at, "le" => r <= at, _ => r < at }).ToList();
        }
        var order = query["$orderby"].ToString();
        if (order.Length > 0 && !order.StartsWith("receivedDateTime", StringComparison.Ordinal))
            return Error(400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
        // Ties in a second are given in the order they were delivered (Exchange keeps the milliseconds it does not show).
        items = order.EndsWith("asc", StringComparison.Ordinal) ? items.OrderBy(Received).ThenBy(Sequence) : items.OrderByDescending(Received).ThenByDescending(Sequence);
        return Page(context, items.Select(m => (JsonNode)m.DeepClone()).ToList(), $"mailFolders('{folder.Id}')/messages");
    }

    private static string Sequence(JsonObject m) => (string)m["id"]!;

    /// <summary>One page of <paramref name="all"/> by <c>$top</c> (default 10) and <c>$skip</c>, with an absolute nextLink while more remain.</summary>
    private IResult Page(HttpContext context, List<JsonNode> all, string what)
    {
        var query = context.Request.Query;
        var top = int.TryParse(query["$top"], out var t) ? Math.Clamp(t, 1, 1000) : 10;
        var skip = int.TryParse(query["$skip"], out var s) ? s : 0;
        var result = new JsonObject
        {
            ["@odata.context"] = new Uri(_base!, $"v1.0/$metadata#users('me')/{what}").ToString(),
            ["value"] = new JsonArray(all.Skip(skip).Take(top).ToArray()),
        };
        if (skip + top < all.Count)
        {
            var next = new Dictionary<string, string?>(query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString())) { ["$skip"] = (skip + top).ToString(CultureInfo.InvariantCulture) };
            result["@odata.nextLink"] = new Uri(_base!, context.Request.Path.Value!.TrimStart('/')) + "?" + string.Join("&", next.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value ?? "")}"));
        }
        return Results.Json(result);
    }

    private static IResult FolderNotFound() => Error(404, "ErrorFolderNotFound", "The specified folder could not be found in the store.");

    [GeneratedRegex(@"^displayName eq '(?<name>(?:[^']|'')*)'$")]
    private static partial Regex DisplayNameFilter();
}
