using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Pipes.Import;
using Pipes.Integrations;

namespace Pipes.Outlook;

// Attachments of any size up to Graph's 150 MB: small ones inline in the draft, large ones through an upload session.
public sealed partial class OutlookClient
{
    /// <summary>Graph refuses a request body over 4 MB (413); Pipes keeps every JSON request under this many bytes.</summary>
    public const int RequestBudget = 4_000_000;

    /// <summary>Files of this many bytes or more go through an upload session (Graph: "3 MB or larger"); base64 of a smaller one stays under <see cref="RequestBudget"/>.</summary>
    public const long UploadSessionThreshold = 3_000_000;

    /// <summary>Graph's limit for one file attachment through an upload session: 150 MB.</summary>
    public const long MaxAttachmentBytes = 150L * 1024 * 1024;

    /// <summary>Bytes per PUT of an upload session: a multiple of 320 KiB, as Graph requires of every range but the last (10 × 320 KiB = 3.2 MiB).</summary>
    public const int UploadRangeBytes = 10 * 320 * 1024;

    public const string MaxMessageSetting = "Outlook.MaxMessageMB";

    /// <summary>A file to attach, checked: its path, name as sent, size in bytes, and whether it goes inline in the draft.</summary>
    internal sealed record AttachmentFile(string Path, string Name, long Size, bool Inline);

    /// <summary>
    /// Checks every attachment before anything is created: each must be a regular file (a folder, FIFO,
    /// device or socket is <c>Pipes.NotAFile</c>, refused before it is opened), at most 150 MB
    /// (<c>Pipes.FileTooLarge</c>), and all together at most <c>Outlook.MaxMessageMB</c>
    /// (<c>Pipes.FileTooLarge</c> naming the file at which the total passes it). Decides which go inline:
    /// those under 3 MB while the draft's JSON stays under <see cref="RequestBudget"/> bytes.
    /// </summary>
    internal IReadOnlyList<AttachmentFile> PlanAttachments(IReadOnlyList<string>? paths, long draftJsonBytes)
    {
        if (paths is not { Count: > 0 }) return [];
        var maxTotal = Environment.Settings.GetValue<long>(MaxMessageSetting) * 1024 * 1024;
        var files = new List<AttachmentFile>(paths.Count);
        long total = 0, request = draftJsonBytes;
        foreach (var path in paths)
        {
            FileKind.RequireRegularFile(path, "attaches",
                "Attach a regular file; to send what a pipe or device gives, write it to a file first.");
            if (!File.Exists(path)) throw new FileAccessError(path, ErrorIds.FileNotFound, PipesErrorKind.NotFound, $"Cannot find the attachment '{path}'. Nothing was sent for this record.");
            long size;
            try { size = new FileInfo(path).Length; }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new FileAccessError(path, ErrorIds.AccessDenied, PipesErrorKind.PermissionDenied, $"Cannot read the attachment '{path}': {exception.Message} Nothing was sent for this record.", inner: exception);
            }
            if (size > MaxAttachmentBytes)
                throw TooLarge(path, $"The attachment '{path}' is {Megabytes(size)}; Graph takes at most {Megabytes(MaxAttachmentBytes)} per attachment. Nothing was sent for this record.",
                    "Send the file another way (a OneDrive or SharePoint link), or split it.");
            total += size;
            if (total > maxTotal)
                throw TooLarge(path, $"With the attachment '{path}' the attachments come to {Megabytes(total)}, over the {Megabytes(maxTotal)} a message may carry ({MaxMessageSetting}). Nothing was sent for this record.",
                    $"Attach fewer or smaller files; if the mailbox's send limit is higher (an Exchange admin may raise it to 150 MB), raise the setting with Set-PipesConfig {MaxMessageSetting} <MB>.");
            var inlineBytes = (size + 2) / 3 * 4 + 256 + Encoding.UTF8.GetByteCount(System.IO.Path.GetFileName(path)) * 6;
            var inline = size < UploadSessionThreshold && request + inlineBytes <= RequestBudget;
            if (inline) request += inlineBytes;
            files.Add(new AttachmentFile(path, System.IO.Path.GetFileName(path), size, inline));
        }
        return files;
    }

    private IntegrationError TooLarge(string path, string message, string advice) =>
        new(Name, "Attach", ErrorIds.FileTooLarge, PipesErrorKind.LimitExceeded, message, recommendedAction: advice, target: path);

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.##", CultureInfo.InvariantCulture) + " MB";

    private static JsonObject InlineAttachment(AttachmentFile file) => new()
    {
        ["@odata.type"] = "#microsoft.graph.fileAttachment",
        ["name"] = file.Name,
        ["contentBytes"] = Convert.ToBase64String(File.ReadAllBytes(file.Path)),
    };

    /// <summary>
    /// Attaches to draft <paramref name="id"/> the files that did not go inline: under 3 MB by one POST
    /// each, larger ones through an upload session. Throws the failing step's error, rewritten to say
    /// that the draft is kept and nothing was sent.
    /// </summary>
    private async Task AttachAsync(string id, IReadOnlyList<AttachmentFile> files, CancellationToken cancellationToken)
    {
        foreach (var file in files.Where(f => !f.Inline))
        {
            try
            {
                if (file.Size < UploadSessionThreshold)
                {
                    var json = InlineAttachment(file).ToJsonString();
                    using var _ = await SendAsync("Attach", HttpMethod.Post, MessageUrl(id) + "/attachments", json, RequestSafety.NotIdempotent, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await UploadAsync(id, file, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (IntegrationError error) when (error is not (AuthenticationError or NotConfiguredError))
            {
                throw new IntegrationError(Name, "Attach", error.ErrorId, error.Kind,
                    $"The attachment '{file.Path}' could not be added to draft {id}: {error.Message} Nothing was sent; the draft is kept in Drafts.",
                    error.StatusCode, error.RecommendedAction, file.Path, error);
            }
        }
    }

    /// <summary>
    /// One file through an upload session: <c>POST …/attachments/createUploadSession</c>, then the bytes
    /// PUT to the session's <c>uploadUrl</c> in ranges of <see cref="UploadRangeBytes"/> with
    /// <c>Content-Range</c>, until the last range answers 201. The upload URL carries its own token
    /// (and in Graph lives on another origin): no Authorization header goes there. One range is in
    /// memory at a time; each range is retried on a transient failure as any idempotent request is, and a
    /// repeat that Graph refuses as overlapping (416: the first try was taken, its answer lost) goes on from
    /// the session's <c>nextExpectedRanges</c>.
    /// </summary>
    private async Task UploadAsync(string id, AttachmentFile file, CancellationToken cancellationToken)
    {
        var item = new JsonObject
        {
            ["AttachmentItem"] = new JsonObject { ["attachmentType"] = "file", ["name"] = file.Name, ["size"] = file.Size },
        }.ToJsonString();
        var session = await SendJsonAsync("CreateUploadSession", HttpMethod.Post, MessageUrl(id) + "/attachments/createUploadSession",
            GraphJson.Default.GraphUploadSession, item, RequestSafety.Idempotent, cancellationToken).ConfigureAwait(false);
        if (!Uri.TryCreate(session.UploadUrl, UriKind.Absolute, out var uploadUrl) || (uploadUrl.Scheme != Uri.UriSchemeHttps && uploadUrl.Scheme != Graph.Origin.Scheme))
            throw new RemoteRejectedError(Name, "CreateUploadSession", "Graph's upload session has no usable uploadUrl (an absolute https address).", HttpStatusCode.Created);

        var buffer = new byte[(int)Math.Min(UploadRangeBytes, Math.Max(1, file.Size))];
        await using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var resumes = 0; // bounded: a session that keeps refusing ranges is not asked for ever
        for (long start = 0; start < file.Size;)
        {
            var length = (int)Math.Min(buffer.Length, file.Size - start);
            stream.Position = start;
            await stream.ReadExactlyAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            var range = new ContentRangeHeaderValue(start, start + length - 1, file.Size);
            // Http directly, not SendAsync: the integration's AuthorizeAsync must not put the Graph token on this URL.
            using var response = await Http.SendAsync("UploadRange", () => new HttpRequestMessage(HttpMethod.Put, uploadUrl)
            {
                Content = new ByteArrayContent(buffer, 0, length) { Headers = { ContentRange = range, ContentType = new MediaTypeHeaderValue("application/octet-stream") } },
            }, RequestSafety.Idempotent, r => r.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Created) return;
            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                // A range repeated after Graph took it (its answer was lost on a dropped connection): ask where the session is, and go on from there.
                using var status = await Http.SendAsync("UploadStatus", () => new HttpRequestMessage(HttpMethod.Get, uploadUrl), RequestSafety.Idempotent, cancellationToken: cancellationToken).ConfigureAwait(false);
                var at = NextExpected(await ReadJsonAsync(status, GraphJson.Default.GraphUploadSession, cancellationToken).ConfigureAwait(false));
                if (at is not { } resume || resume < 0 || resume >= file.Size || ++resumes > 3)
                    throw new RemoteRejectedError(Name, "UploadRange", $"Graph refused a range of '{file.Name}' as overlapping, and its session did not say where to go on.", HttpStatusCode.RequestedRangeNotSatisfiable);
                start = resume;
                continue;
            }
            var next = await ReadJsonAsync(response, GraphJson.Default.GraphUploadSession, cancellationToken).ConfigureAwait(false);
            start = NextExpected(next) ?? start + length;
        }
        throw new RemoteRejectedError(Name, "UploadRange", $"Graph took every byte of '{file.Name}' but did not say the attachment was complete (201).", HttpStatusCode.OK);
    }

    /// <summary>The first offset of Graph's <c>nextExpectedRanges</c> ("3276800-"), or null.</summary>
    private static long? NextExpected(GraphUploadSession session) =>
        session.NextExpectedRanges is [var first, ..] && long.TryParse(first.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var at) ? at : null;
}
