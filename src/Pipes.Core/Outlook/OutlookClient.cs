using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipes.Integrations;
using Pipes.Replies;

namespace Pipes.Outlook;

/// <summary>
/// Outlook mail through Microsoft Graph v1.0, over the shared resilience pipeline (one retry layer:
/// no SDK retry handler beneath it), at most four requests in flight per mailbox (Graph's Outlook
/// limit). Sending is exactly once: a draft is created with <c>Prefer: IdType="ImmutableId"</c> and a
/// send id in a single-value extended property, then sent; when the outcome of either step is unknown
/// (a timeout, a dropped connection), Graph is asked whether it happened before anything is repeated.
/// Sign-in: a token given to Connect-PipesOutlook -AccessToken (used as is, never refreshed), or
/// through MSAL, renewed as needed: app-only (client credentials) or delegated (device code once,
/// then refresh tokens).
/// </summary>
public sealed partial class OutlookClient(PipesEnvironment environment) : IntegrationBase(environment)
{
    public const string TokenSecret = GraphConnection.TokenSecret;
    private const string SendIdProperty = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name PipesSendId";
    private const string InboxSelect = "id,internetMessageId,conversationId,from,toRecipients,replyTo,subject,receivedDateTime,body,bodyPreview,internetMessageHeaders";
    /// <summary>The state.json key of the unnamed poll watermark; a named one is this key, a space and its name (<see cref="WatermarkKeyOf"/>).</summary>
    public const string WatermarkKey = "Outlook.Inbox.Watermark";

    /// <summary>The state.json key of the poll watermark <paramref name="name"/> (null: the unnamed one).</summary>
    public static string WatermarkKeyOf(string? name) => string.IsNullOrWhiteSpace(name) ? WatermarkKey : WatermarkKey + " " + name.Trim();

    private GraphConnection? _graph;

    /// <summary>A client on a <paramref name="candidate"/> sign-in rather than the stored one: to check it before it is stored.</summary>
    public OutlookClient(PipesEnvironment environment, GraphCredentials candidate) : this(environment) => _graph = new GraphConnection(environment, candidate);

    public override string Name => "Outlook";

    /// <summary>The Graph sign-in and mailbox, read from the settings once per client.</summary>
    public GraphConnection Graph => _graph ??= new GraphConnection(Environment);

    /// <summary>The sign-in in force, or null when something it needs is missing.</summary>
    public GraphSignIn? SignIn => Graph.Mode;

    /// <summary>"AccessToken", "Delegated" or "AppOnly" (<see cref="SignIn"/> as text), else null.</summary>
    public string? Mode => SignIn?.ToString();

    public override IReadOnlyList<string> MissingConfiguration() => Graph.Missing;

    /// <summary>Device-code sign-in (delegated); <paramref name="show"/> gets the URL and code for the person.</summary>
    public Task SignInWithDeviceCodeAsync(Action<string> show, CancellationToken cancellationToken = default) =>
        Graph.SignInWithDeviceCodeAsync(show, cancellationToken);

    /// <summary>"users/{mailbox}" when Outlook.Mailbox is set, else "me".</summary>
    public string MailboxPath => Graph.MailboxPath;

    /// <summary>The mailbox as a message names it: "the signed-in mailbox (me)" for a token's or a sign-in's own, else "the mailbox users/x@y.com".</summary>
    internal string MailboxNamed => MailboxPath == "me" ? "the signed-in mailbox (me)" : $"the mailbox {MailboxPath}";

    protected override ResilienceOptions Resilience => Environment.DefaultResilience() with { MaxConcurrency = 4 };

    // Graph's Outlook limits (4 concurrent requests, 10,000 per 10 minutes) are per mailbox.
    protected override string Account => Graph.MailboxPath;

    protected override Uri ApiOrigin => Graph.Origin;

    protected override bool CanRenewCredentials => Graph.CanRenew;

    protected override ValueTask AuthorizeAsync(HttpRequestMessage request, bool renew, CancellationToken cancellationToken) =>
        Graph.AuthorizeAsync(request, renew, "Request", cancellationToken);

    protected override void Prepare(HttpRequestMessage request, CancellationToken cancellationToken) => GraphConnection.Prepare(request);

    protected override IntegrationError CredentialsRefused(string operation, AuthenticationError error) => Graph.Refused(operation, error);

    private string Root => Graph.Root;

    protected override async Task<string?> ProbeAsync(IntegrationHttp http, CancellationToken cancellationToken)
    {
        if (Graph.Mode is null) throw new NotConfiguredError(Name, "HealthCheck", Graph.Missing, Environment.WhereConfigured);
        // The credentials stored now, not a token MSAL cached under earlier ones; within the check's wait, as its request is.
        using (var signIn = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            signIn.CancelAfter(http.Options.Timeout);
            try
            {
                await Graph.RenewAsync("HealthCheck", signIn.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new IntegrationTimeoutError(Name, "SignIn", $"Microsoft Entra gave no answer within {http.Options.Timeout.TotalSeconds:0.###} s.", exception);
            }
        }
        using var response = await SendAsync(http, "HealthCheck", HttpMethod.Get, Root + "mailFolders/inbox?$select=id,displayName", cancellationToken: cancellationToken).ConfigureAwait(false);
        return $"Signed in ({Graph.Mode}); {MailboxNamed}.";
    }

    /// <summary>Creates a draft with its attachments (see <see cref="PlanAttachments"/>: small ones inline, 3 MB or more through upload sessions); returns its immutable id.</summary>
    /// <remarks>Recipients are parsed by <see cref="MailRecipients"/>; one that is not an address is <c>Pipes.InvalidRecipient</c> before any request.</remarks>
    public async Task<MailResult> CreateDraftAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        mail = WithParsedRecipients(mail);
        var sendId = Guid.NewGuid().ToString("N");
        // Every attachment is checked (kind, size, total) before anything is created.
        var bare = DraftJson(mail, sendId, []);
        var files = PlanAttachments(mail.Attachments, Encoding.UTF8.GetByteCount(bare));
        var payload = files.Any(f => f.Inline) ? DraftJson(mail, sendId, files) : bare;
        GraphMessage created;
        try
        {
            created = await PostDraftAsync(payload, cancellationToken).ConfigureAwait(false);
        }
        catch (OutcomeUnknownError)
        {
            // Did the draft get created? Look it up by its send id before trying again.
            created = await FindBySendIdAsync(sendId, cancellationToken).ConfigureAwait(false) ?? await PostDraftAsync(payload, cancellationToken).ConfigureAwait(false);
        }
        await AttachAsync(created.Id, files, cancellationToken).ConfigureAwait(false);
        return Result(created, mail, sent: false);
    }

    /// <summary>
    /// The seed's send_email: creates a draft, waits for the mailbox's pace (<see cref="PaceSendAsync"/>), sends it exactly once (see <see cref="SendDraftAsync"/>), and
    /// returns the id (valid in Sent Items). Throws <see cref="OutcomeUnknownError"/> carrying the draft id
    /// when Graph could not say whether it went out.
    /// </summary>
    public async Task<MailResult> SendMailAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var draft = await CreateDraftAsync(mail, cancellationToken).ConfigureAwait(false);
        await PaceSendAsync(cancellationToken).ConfigureAwait(false);
        await SendDraftAsync(draft.Id, cancellationToken).ConfigureAwait(false);
        return draft with { Sent = true };
    }

    /// <summary>The message with its recipient lists parsed and checked; throws <see cref="InvalidInputError"/> (<c>Pipes.InvalidRecipient</c>) when one is not an address or there is no recipient.</summary>
    public static OutgoingMail WithParsedRecipients(OutgoingMail mail)
    {
        var to = MailRecipients.Parse(mail.To, "To");
        if (to.Count == 0) throw new InvalidInputError("Outlook", "Recipients", "No recipient: the message has no email address to go to. Nothing was sent.", null, ErrorIds.InvalidRecipient);
        return mail with { To = to, Cc = mail.Cc is null ? null : MailRecipients.Parse(mail.Cc, "Cc"), Bcc = mail.Bcc is null ? null : MailRecipients.Parse(mail.Bcc, "Bcc") };
    }

    /// <summary>
    /// The messages of the folders a poll reads (<see cref="ResolveFoldersAsync"/>: <paramref name="folders"/>, else
    /// Outlook.InboxFolders, by default Inbox, Archive and Junk Email), streamed page by page and merged by receivedDateTime, each
    /// with the folder it was read from. A reply that left the Inbox before the poll (swiped to Archive on a phone, filed by a
    /// rule, put in Junk Email by Exchange's filter) is read where it went. With <paramref name="since"/>: those received since
    /// then, newest first. Without it: those that arrived since the last successful poll (a receivedDateTime watermark kept in the
    /// state store with the keys, internetMessageId or else id, of those read at that instant, so a message arriving in the same
    /// second is neither lost nor repeated), oldest first up to <paramref name="limit"/> across the folders, so that a backlog is
    /// worked through in order and nothing is skipped; the watermark moves only once the whole batch has been read; with
    /// <paramref name="deferMove"/>, not then but when the caller commits the <see cref="PendingWatermark"/> handed to it (after the
    /// messages were stored). The watermark is one across the folders: a move between folders keeps a message's receivedDateTime
    /// and internetMessageId (its id may change), so a reply read from the Inbox and archived later is not read again from Archive.
    /// A message met in two folders within one poll (moved while the pages were read) is given once.
    /// <paramref name="watermarkName"/> names a watermark of its own, so that two readers of one mailbox (a scheduled task that
    /// stores the replies, an admin looking at the prompt) do not take each other's messages; a name used for the first time
    /// starts as a first poll does (the newest <paramref name="limit"/>, or every message with <paramref name="all"/>), whatever
    /// other readers have read: starting where the unnamed watermark stood gave a new task nothing an admin's poll at the prompt
    /// had taken. <paramref name="warn"/> says so when the unnamed watermark stands ahead (a task that moves to a name from it
    /// reads again what it read).
    /// <paramref name="warn"/> is told when this poll leaves out a folder the watermark covered last time: what reached that
    /// folder meanwhile is behind the watermark once this poll moves it.
    /// <paramref name="firstPollSince"/>: where a poll with no watermark yet (the first, a new name, or after state.json was lost)
    /// starts: the messages received since then, oldest first up to <paramref name="limit"/> as a backlog is read, rather than the
    /// newest <paramref name="limit"/> (or, with <paramref name="all"/>, every message the mailbox ever had: a scheduled task's first
    /// night read years of mail). Once the watermark exists it is not used.
    /// </summary>
    public async IAsyncEnumerable<InboxMessage> GetInboxAsync(DateTimeOffset? since, int limit, bool all, [EnumeratorCancellation] CancellationToken cancellationToken = default,
        Action<PendingWatermark>? deferMove = null, string? watermarkName = null, IReadOnlyList<string>? folders = null, Action<string>? warn = null,
        DateTimeOffset? firstPollSince = null)
    {
        var polling = since is null;
        var key = WatermarkKeyOf(watermarkName);
        var watermark = polling ? Environment.State.Get<Watermark>(key) : null;
        // A poll with no watermark of its own yet: where it starts, what it warns of, and what its held-back move says.
        var firstPoll = polling && watermark is null;
        var firstFrom = firstPoll ? firstPollSince : null;
        if (firstPoll && key != WatermarkKey && Environment.State.Get<Watermark>(WatermarkKey) is { } unnamed)
            warn?.Invoke($"The watermark '{watermarkName!.Trim()}' is new: this poll starts as a first poll does ({(firstFrom is { } start ? $"the messages received since {Instant(start)}" : all ? "every message" : $"the newest {limit}")}), "
                + $"not where the unnamed watermark stands ({Instant(unnamed.At)}), so it gets the messages other readers took too. "
                + "A task that used the unnamed watermark before reads again what it read.");
        var from = since ?? watermark?.At ?? firstFrom;
        // A poll from a watermark, or from where a first poll starts, reads oldest first, so that -Limit works through a backlog.
        var ascending = polling && from is not null;
        // Every folder is found before any message is read: one named that the mailbox lacks ends the poll here, nothing moved.
        var reading = await ResolveFoldersAsync(folders, cancellationToken).ConfigureAwait(false);
        var names = reading.Select(f => f.Name).ToArray();
        // Only this watermark's own last poll counts: a new name has covered no folder yet.
        if (polling && watermark?.Folders is { } covered && covered.Except(names, StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } left)
            warn?.Invoke($"This poll reads {JoinedNames(names)} and moves the watermark{(watermarkName is null ? "" : $" '{watermarkName.Trim()}'")} that last covered {JoinedNames(left)} too: "
                + $"a message that reached {JoinedNames(left)} meanwhile and was not read is behind it, and a later poll of {(left.Count == 1 ? "that folder" : "those folders")} will not read it. "
                + "A reader of other folders should have a watermark of its own (-WatermarkName).");
        var pageSize = all ? 100 : Math.Clamp(limit, 1, 100);
        var read = 0;
        static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        // The listing of messages from the start (or, for a further page, from the edge of the one before) in the poll's order.
        string Query(DateTimeOffset? edge)
        {
            var range = new List<string>();
            // A poll's further page starts at its edge, past the start; newest first, the start stays the range's other end.
            if (from is { } at && (edge is null || !ascending)) range.Add("receivedDateTime ge " + Instant(at));
            // Newest first the edge's second is taken whole by "lt" the next one: were Exchange to keep fractions of a second that
            // it does not show, "le" the shown second would leave out the rest of it.
            if (edge is { } e) range.Add(ascending ? $"receivedDateTime ge {Instant(e)}" : $"receivedDateTime lt {Instant(e.AddSeconds(1))}");
            return "/messages?$select=" + InboxSelect + "&$top=" + pageSize.ToString(CultureInfo.InvariantCulture)
                + (range.Count > 0 ? "&$filter=" + Uri.EscapeDataString(string.Join(" and ", range)) : "")
                + "&$orderby=" + Uri.EscapeDataString("receivedDateTime " + (ascending ? "asc" : "desc"));
        }
        // A further page starts at the last one's edge (its last receivedDateTime), not at Graph's next link: that link counts
        // messages by place ($skip), and a message moved or deleted out of the part already read (a reply archived on a phone
        // while the nightly poll pages) would move every later one up a place, and the first of the next page would be skipped,
        // for good, as it is older than the watermark the poll then moves to. The messages of the edge's second are asked for
        // again and given once (the merge's keys of an instant). A page all of one second can only go on by Graph's link.
        string? NextPage(GraphPage<GraphMessage> page, InboxFolder folder)
        {
            if (!(all || read < limit) || page.NextLink is null || page.Value is not { Count: > 0 } items) return null;
            var edge = Received(items[^1]);
            return Received(items[0]) == edge ? page.NextLink : Root + "mailFolders/" + folder.UrlSegment + Query(edge);
        }
        var newest = DateTimeOffset.MinValue;
        var keysAtNewest = new List<string>();
        var seenAtWatermark = watermark?.Ids.ToHashSet(StringComparer.Ordinal) ?? [];
        // Each folder's pages are read as the merge reaches them, and its messages go out as they are merged: a k-way merge by
        // receivedDateTime, oldest first for a poll, so that -Limit counts across the folders and a backlog larger than it is
        // worked through in order, nothing skipped. Next-page links are followed only on Graph's own origin, and never twice.
        var streams = reading.Select(folder => (Folder: folder, Pages: PagesAsync("ListInbox", Root + "mailFolders/" + folder.UrlSegment + Query(null),
            GraphJson.Default.GraphPageGraphMessage, p => p.Value ?? [], p => NextPage(p, folder), cancellationToken).GetAsyncEnumerator(cancellationToken))).ToList();
        try
        {
            var heads = new GraphMessage?[streams.Count];
            for (var i = 0; i < streams.Count; i++) heads[i] = await streams[i].Pages.MoveNextAsync().ConfigureAwait(false) ? streams[i].Pages.Current : null;
            // The keys given at the instant being merged: a message moved while the folders' pages were read is met twice, at
            // the same receivedDateTime, and every message of one instant comes out of the merge together.
            DateTimeOffset? instant = null;
            var givenAtInstant = new HashSet<string>(StringComparer.Ordinal);
            while (all || read < limit)
            {
                var next = -1;
                for (var i = 0; i < heads.Length; i++)
                {
                    if (heads[i] is not { } head) continue;
                    // Ties go to the folder named first (the Inbox, by default), so the order is the same on every run.
                    if (next < 0 || (ascending ? Received(head) < Received(heads[next]!) : Received(head) > Received(heads[next]!))) next = i;
                }
                if (next < 0) break;
                var message = ToInbox(heads[next]!, streams[next].Folder.Name);
                var messageKey = KeyOf(message);
                if (message.ReceivedDateTime != instant) { instant = message.ReceivedDateTime; givenAtInstant.Clear(); }
                // A watermark written before folders were read holds ids, not internetMessageIds: either one is a message read.
                var readBefore = watermark is not null && message.ReceivedDateTime == watermark.At && (seenAtWatermark.Contains(messageKey) || seenAtWatermark.Contains(message.Id));
                if (!readBefore && givenAtInstant.Add(messageKey))
                {
                    read++;
                    if (message.ReceivedDateTime > newest) { newest = message.ReceivedDateTime; keysAtNewest.Clear(); }
                    if (message.ReceivedDateTime == newest) keysAtNewest.Add(messageKey);
                    yield return message;
                    // The cut: the next page of this folder is not asked for. What lies past it, also in the same second as the
                    // last message given, is read by the next poll (the watermark's keys tell which of that second were read).
                    if (!all && read >= limit) break;
                }
                heads[next] = await streams[next].Pages.MoveNextAsync().ConfigureAwait(false) ? streams[next].Pages.Current : null;
            }
        }
        finally
        {
            foreach (var stream in streams) await stream.Pages.DisposeAsync().ConfigureAwait(false);
        }
        // Reached only when the caller read the whole batch: a poll stopped half way (Ctrl+C,
        // Select-Object -First) leaves the watermark where it was, so nothing is lost. Another poll
        // (a second scheduled task) may have moved it further meanwhile: it never moves back, or the
        // next poll would hand out again what that one read.
        // Where the watermark stands after the move (null: nothing to move); the command that commits it logs it.
        DateTimeOffset? Move(CancellationToken token)
        {
            if (!polling || read == 0) return null;
            var movedTo = newest;
            Environment.State.Update<Watermark>(key, current => current is not null && current.At > newest ? Kept(current) : new Watermark(newest,
                [.. (current is not null && current.At == newest ? current.Ids : []), .. keysAtNewest.Where(id => current is null || current.At != newest || !current.Ids.Contains(id))],
                names), token);
            return movedTo;

            // Another reader of this watermark moved it further meanwhile: it stays there.
            Watermark Kept(Watermark current)
            {
                movedTo = current.At;
                return current;
            }
        }
        // Move says itself that a read with -Since, or of nothing, has no watermark to move. A deferred move comes after this
        // read, and its command, have ended: it gets the token of whoever commits it (this read's source is disposed by then).
        if (deferMove is not null) deferMove(new PendingWatermark(Name, key, read, Move, from, firstPoll));
        else Move(cancellationToken);
    }

    private static DateTimeOffset Received(GraphMessage message) => message.ReceivedDateTime ?? DateTimeOffset.UnixEpoch;

    /// <summary>What tells a message from another across folders: its internetMessageId, which a move keeps (the id may change), else its id.</summary>
    private static string KeyOf(InboxMessage message) => message.InternetMessageId is { Length: > 0 } id ? id : message.Id;

    private static string JoinedNames(IReadOnlyList<string> names) =>
        names.Count switch { 0 => "no folder", 1 => names[0], _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1] };

    /// <summary>
    /// The poll watermark: the newest receivedDateTime read, the keys (internetMessageId, else id; ids in a watermark written
    /// before folders were read) of the messages read at that instant, and the folders the poll that moved it read (null before).
    /// </summary>
    public sealed record Watermark(DateTimeOffset At, string[] Ids, string[]? Folders = null);

    private async Task<GraphMessage?> FindBySendIdAsync(string sendId, CancellationToken cancellationToken)
    {
        var filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{SendIdProperty}' and ep/value eq '{sendId}')";
        var found = await SendJsonAsync("FindDraft", HttpMethod.Get, Root + "messages?$select=id,internetMessageId&$filter=" + Uri.EscapeDataString(filter),
            GraphJson.Default.GraphPageGraphMessage, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.Value?.FirstOrDefault();
    }

    private Task<GraphMessage> PostDraftAsync(string payload, CancellationToken cancellationToken) =>
        SendJsonAsync("CreateDraft", HttpMethod.Post, Root + "messages", GraphJson.Default.GraphMessage, payload, RequestSafety.NotIdempotent, cancellationToken);

    private string MessageUrl(string id) => Root + "messages/" + Uri.EscapeDataString(id);

    private static string DraftJson(OutgoingMail mail, string sendId, IReadOnlyList<AttachmentFile> files)
    {
        JsonArray Recipients(IEnumerable<string>? recipients) =>
            new((recipients ?? []).Select(r => (JsonNode)new JsonObject { ["emailAddress"] = MailRecipients.EmailAddressJson(r) }).ToArray());
        var message = new JsonObject
        {
            ["subject"] = mail.Subject,
            ["body"] = new JsonObject { ["contentType"] = mail.Html ? "html" : "text", ["content"] = mail.Body },
            ["toRecipients"] = Recipients(mail.To),
            ["ccRecipients"] = Recipients(mail.Cc),
            ["bccRecipients"] = Recipients(mail.Bcc),
            ["singleValueExtendedProperties"] = new JsonArray(new JsonObject { ["id"] = SendIdProperty, ["value"] = sendId }),
        };
        if (files.Any(f => f.Inline))
            message["attachments"] = new JsonArray(files.Where(f => f.Inline).Select(f => (JsonNode)InlineAttachment(f)).ToArray());
        return message.ToJsonString();
    }

    private static MailResult Result(GraphMessage created, OutgoingMail mail, bool sent) =>
        new(created.Id, string.Join("; ", mail.To), mail.Subject, sent, created.InternetMessageId);

    private static InboxMessage ToInbox(GraphMessage json, string folder)
    {
        var bodyType = string.Equals(json.Body?.ContentType, "html", StringComparison.OrdinalIgnoreCase) ? "Html" : "Text";
        var body = json.Body?.Content ?? "";
        var headers = new JoinedDictionary((json.InternetMessageHeaders ?? []).GroupBy(h => h.Name ?? "", StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.First().Value ?? "")));
        var subject = json.Subject ?? "";
        var fromName = json.From?.EmailAddress?.Name;
        var fromAddress = json.From?.EmailAddress?.Address;
        var received = json.ReceivedDateTime ?? DateTimeOffset.UnixEpoch;
        return new InboxMessage
        {
            Id = json.Id,
            Folder = folder,
            InternetMessageId = json.InternetMessageId,
            ConversationId = json.ConversationId,
            FromName = fromName,
            FromAddress = fromAddress,
            ToRecipients = string.Join("; ", (json.ToRecipients ?? []).Select(r => r.EmailAddress?.Address)),
            ReplyTo = string.Join("; ", (json.ReplyTo ?? []).Select(r => r.EmailAddress?.Address).Where(a => !string.IsNullOrWhiteSpace(a))),
            Subject = subject,
            ReceivedDateTime = received,
            Body = body,
            BodyType = bodyType,
            BodyPreview = json.BodyPreview,
            Headers = headers,
            Reply = ReplyClassifier.Classify(subject, body, bodyType == "Html", fromName is null ? fromAddress : $"{fromName} <{fromAddress}>", headers, received.UtcDateTime),
        };
    }
}
