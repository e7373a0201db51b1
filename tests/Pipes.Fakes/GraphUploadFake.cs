using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipes.Fakes;

/// <summary>
/// Graph's limits on request size and its large-attachment uploads, from the documentation
/// (message-post-attachments, attachment-createuploadsession, uploadsession): a request body over
/// 4 MB is 413; <c>POST …/messages/{id}/attachments</c> adds a fileAttachment (201);
/// <c>POST …/messages/{id}/attachments/createUploadSession</c> with an <c>AttachmentItem</c> answers 201
/// with an <c>uploadUrl</c> on another path (<c>/upload/…</c>, as Graph's is on another origin) that
/// carries its own token and refuses an Authorization header (401). Each <c>PUT</c> to it must carry
/// <c>Content-Range: bytes a-b/size</c> starting where the last one ended, of a multiple of 320 KiB
/// except the last, at most 60 MiB; it answers 200 with <c>nextExpectedRanges</c>, and 201 once the
/// last byte arrived, when the attachment joins the message (with its size and a SHA-256 of the bytes
/// as <c>contentSha256</c>, a fake-only field for tests). A range that overlaps is 416 invalidRange.
/// </summary>
public sealed partial class GraphFake
{
    /// <summary>Graph's request limit: 4 MB.</summary>
    public const long MaxRequestBytes = 4L * 1024 * 1024;

    private const int RangeUnit = 320 * 1024;
    private const long MaxRangeBytes = 60L * 1024 * 1024;
    private const string UploadPath = "/upload/outlook/sessions";

    private readonly ConcurrentDictionary<string, UploadSession> _uploads = new();

    /// <summary>Upload sessions created since the last reset, by id.</summary>
    public IReadOnlyDictionary<string, UploadSession> Uploads => _uploads;

    /// <summary>413 for a Graph request whose body is over 4 MB, else null (called by the mail routes' filter).</summary>
    private static IResult? TooLarge(HttpContext context) =>
        context.Request.ContentLength is > MaxRequestBytes
            ? Error(413, "RequestEntityTooLarge", $"The request body is {context.Request.ContentLength} bytes; the limit is {MaxRequestBytes}. Use an upload session for attachments of 3 MB or more.")
            : null;

    private void MapUploads(RouteGroupBuilder group)
    {
        group.MapPost("/messages/{id}/attachments", async Task<IResult> (string id, HttpContext context) =>
        {
            if (!_messages.TryGetValue(id, out var message)) return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
            if (await JsonNode.ParseAsync(context.Request.Body) is not JsonObject attachment || attachment["contentBytes"] is null || attachment["name"] is null)
                return Error(400, "ErrorInvalidRequest", "A fileAttachment needs name and contentBytes.");
            attachment["id"] = "AAMkAtt" + Guid.NewGuid().ToString("N")[..12];
            Attachments(message).Add(attachment.DeepClone());
            return Results.Json(attachment, statusCode: 201);
        });
        group.MapPost("/messages/{id}/attachments/createUploadSession", async Task<IResult> (string id, HttpContext context) =>
        {
            if (!_messages.TryGetValue(id, out var message)) return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
            var item = (await JsonNode.ParseAsync(context.Request.Body))?["AttachmentItem"];
            if ((string?)item?["attachmentType"] != "file" || item?["name"] is null || item?["size"] is null)
                return Error(400, "ErrorInvalidRequest", "AttachmentItem needs attachmentType 'file', name and size.");
            var size = (long)item["size"]!;
            if (size is <= 0 or > 150L * 1024 * 1024) return Error(400, "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize", "The attachment size must be between 1 byte and 150 MB.");
            var session = new UploadSession(Guid.NewGuid().ToString("N"), "fake-upload-token-" + Guid.NewGuid().ToString("N"), id, (string)item["name"]!, size);
            _uploads[session.Id] = session;
            var request = context.Request;
            return Results.Json(new JsonObject
            {
                ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.uploadSession",
                ["uploadUrl"] = $"{request.Scheme}://{request.Host}{UploadPath}/{session.Id}?authtoken={session.Token}",
                ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(6).ToString("O", CultureInfo.InvariantCulture),
                ["nextExpectedRanges"] = new JsonArray("0-"),
            }, statusCode: 201);
        });
    }

    private void MapUploadSessions(WebApplication app)
    {
        app.MapGet(UploadPath + "/{session}", (string session, HttpContext context) =>
            FindSession(session, context, out var upload) ?? Results.Json(Status(upload!)));
        app.MapPut(UploadPath + "/{session}", async Task<IResult> (string session, HttpContext context) =>
        {
            if (FindSession(session, context, out var upload) is { } refused) return refused;
            var range = ContentRange().Match(context.Request.Headers.ContentRange.ToString());
            if (!range.Success) return Error(400, "InvalidContentRange", "Content-Range must be 'bytes first-last/size'.");
            var (first, last, size) = (long.Parse(range.Groups["first"].Value, CultureInfo.InvariantCulture), long.Parse(range.Groups["last"].Value, CultureInfo.InvariantCulture),
                long.Parse(range.Groups["size"].Value, CultureInfo.InvariantCulture));
            var length = last - first + 1;
            if (size != upload!.Size) return Error(400, "InvalidContentRange", $"The total size {size} is not the session's {upload.Size}.");
            if (last >= size || length <= 0 || length > MaxRangeBytes) return Error(400, "InvalidContentRange", "The range is outside the file or over 60 MiB.");
            if (context.Request.ContentLength != length) return Error(400, "InvalidContentLength", "Content-Length does not match Content-Range.");
            if (last != size - 1 && length % RangeUnit != 0) return Error(400, "InvalidContentRange", "Every range but the last must be a multiple of 320 KiB.");
            lock (upload)
            {
                if (upload.Complete || first < upload.Received) return Error(416, "invalidRange", "Uploaded fragment overlaps with existing data.");
                if (first > upload.Received) return Error(416, "invalidRange", $"The next expected range starts at {upload.Received}.");
            }
            var bytes = new byte[length];
            context.Request.Body.Position = 0;
            var read = 0;
            while (read < length && (read += context.Request.Body.ReadAtLeast(bytes.AsSpan(read), 1, throwOnEndOfStream: false)) is var n && n > 0 && read < length) { }
            if (read != length) return Error(400, "InvalidContentLength", "The body is shorter than Content-Range says.");
            lock (upload)
            {
                if (first != upload.Received) return Error(416, "invalidRange", "Uploaded fragment overlaps with existing data.");
                upload.Hash.AppendData(bytes);
                upload.Received += length;
                upload.Ranges++;
                if (upload.Received < upload.Size) return Results.Json(Status(upload));
                upload.Complete = true;
                if (_messages.TryGetValue(upload.MessageId, out var message))
                    Attachments(message).Add(new JsonObject
                    {
                        ["@odata.type"] = "#microsoft.graph.fileAttachment",
                        ["id"] = "AAMkAtt" + upload.Id[..12],
                        ["name"] = upload.Name,
                        ["size"] = upload.Size,
                        ["contentSha256"] = Convert.ToHexString(upload.Hash.GetHashAndReset()),
                    });
            }
            context.Response.Headers.Location = $"https://graph.microsoft.com/v1.0/me/messages/{upload.MessageId}/attachments";
            return Results.StatusCode(201);
        });
    }

    private IResult? FindSession(string id, HttpContext context, out UploadSession? upload)
    {
        upload = null;
        // The upload URL carries its own token; Graph refuses one that also carries the Graph token.
        if (context.Request.Headers.Authorization.Count > 0) return Error(401, "InvalidAuthenticationToken", "An upload URL takes no Authorization header.");
        if (!_uploads.TryGetValue(id, out upload) || context.Request.Query["authtoken"] != upload.Token) return Error(404, "ErrorItemNotFound", "The upload session was not found or has expired.");
        return null;
    }

    private static JsonObject Status(UploadSession upload) => new()
    {
        ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(6).ToString("O", CultureInfo.InvariantCulture),
        ["nextExpectedRanges"] = new JsonArray(upload.Received.ToString(CultureInfo.InvariantCulture) + "-"),
    };

    private static JsonArray Attachments(JsonObject message) => message["attachments"] as JsonArray ?? (JsonArray)(message["attachments"] = new JsonArray())!;

    /// <summary>One upload session: the message it attaches to, the file's name and size, and what has arrived.</summary>
    public sealed class UploadSession(string id, string token, string messageId, string name, long size)
    {
        public string Id { get; } = id;
        public string Token { get; } = token;
        public string MessageId { get; } = messageId;
        public string Name { get; } = name;
        public long Size { get; } = size;
        public long Received { get; set; }
        public int Ranges { get; set; }
        public bool Complete { get; set; }
        internal IncrementalHash Hash { get; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    }

    [GeneratedRegex(@"^bytes (?<first>\d+)-(?<last>\d+)/(?<size>\d+)$")]
    private static partial Regex ContentRange();
}
