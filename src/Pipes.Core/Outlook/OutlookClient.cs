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
public sealed class OutlookClient(PipesEnvironment environment) : IntegrationBase(environment)
{
    public const string TokenSecret = "Outlook.AccessToken";
    private const string SendIdProperty = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name PipesSendId";
    private const string ImmutableId = "IdType=\"ImmutableId\"";
    private const string InboxSelect = "id,internetMessageId,conversationId,from,toRecipients,subject,receivedDateTime,body,bodyPreview,internetMessageHeaders";
    public const string WatermarkKey = "Outlook.Inbox.Watermark";

    public override string Name => "Outlook";

    private AppOnlyTokenSource? _appOnly;
    private DelegatedTokenSource? _delegated;

    private bool IsDelegated => Environment.Settings.GetValue<string>("Outlook.SignIn") == "Delegated";

    /// <summary>"AccessToken" when a token was given to Connect-PipesOutlook, "Delegated" or "AppOnly" when MSAL signs in, else null.</summary>
    public string? Mode => Environment.Secrets.Get(TokenSecret) is not null ? "AccessToken"
        : MissingConfiguration().Count > 0 ? null
        : IsDelegated ? "Delegated" : "AppOnly";

    public override IReadOnlyList<string> MissingConfiguration()
    {
        if (Environment.Secrets.Get(TokenSecret) is not null) return [];
        if (IsDelegated)
            return new[] { "Outlook.TenantId", "Outlook.ClientId" }.Where(n => Environment.Settings.GetValue<string>(n) is null).ToList();
        var appOnly = AppOnlySettings();
        if (appOnly.All(s => s.Value is null)) return ["a sign-in (run Connect-PipesOutlook)"];
        return appOnly.Where(s => s.Value is null).Select(s => s.Name).ToList();
    }

    /// <summary>What app-only sign-in needs; it has no "me", so the mailbox is one of them.</summary>
    private (string Name, string? Value)[] AppOnlySettings() =>
    [
        ("Outlook.TenantId", Environment.Settings.GetValue<string>("Outlook.TenantId")),
        ("Outlook.ClientId", Environment.Settings.GetValue<string>("Outlook.ClientId")),
        ("Outlook.ClientSecret", Environment.Secrets.Get("Outlook.ClientSecret")),
        ("Outlook.Mailbox", Environment.Settings.GetValue<string>("Outlook.Mailbox")),
    ];

    private async Task<string> TokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (Environment.Secrets.Get(TokenSecret) is { } given) return given;
        string token;
        if (IsDelegated)
        {
            token = await Delegated().GetTokenAsync(forceRefresh, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            _appOnly ??= new AppOnlyTokenSource(Environment, Environment.Settings.GetValue<string>("Outlook.TenantId")!,
                Environment.Settings.GetValue<string>("Outlook.ClientId")!, Environment.Secrets.Get("Outlook.ClientSecret")!);
            token = await _appOnly.GetTokenAsync(forceRefresh, cancellationToken).ConfigureAwait(false);
        }
        Environment.Redactor.AddSecret(token);
        return token;
    }

    private DelegatedTokenSource Delegated() => _delegated ??= new DelegatedTokenSource(Environment,
        Environment.Settings.GetValue<string>("Outlook.TenantId")!, Environment.Settings.GetValue<string>("Outlook.ClientId")!);

    /// <summary>Device-code sign-in (delegated); <paramref name="show"/> gets the URL and code for the person.</summary>
    public async Task SignInWithDeviceCodeAsync(Action<string> show, CancellationToken cancellationToken = default)
    {
        EnsureConfigured("SignIn");
        var token = await Delegated().SignInAsync(show, cancellationToken).ConfigureAwait(false);
        Environment.Redactor.AddSecret(token);
    }

    protected override ResilienceOptions Resilience => Environment.DefaultResilience() with { MaxConcurrency = 4 };

    /// <summary>"users/{mailbox}" when Outlook.Mailbox is set, else "me".</summary>
    public string MailboxPath => Environment.Settings.GetValue<string>("Outlook.Mailbox") is { } mailbox ? "users/" + Uri.EscapeDataString(mailbox) : "me";

    private string Root => Environment.Settings.GetValue<string>("Outlook.GraphBaseUrl")!.TrimEnd('/') + "/" + MailboxPath + "/";

    protected override async Task<string?> ProbeAsync(IntegrationHttp http, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(http, "HealthCheck", HttpMethod.Get, Root + "mailFolders/inbox?$select=id,displayName", null, RequestSafety.Idempotent, null, cancellationToken).ConfigureAwait(false);
        return $"Signed in; mailbox {MailboxPath}.";
    }

    /// <summary>Creates a draft; returns its immutable id.</summary>
    public async Task<MailResult> CreateDraftAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var sendId = Guid.NewGuid().ToString("N");
        var payload = DraftJson(mail, sendId);
        JsonObject created;
        try
        {
            created = await PostDraftAsync(payload, cancellationToken).ConfigureAwait(false);
        }
        catch (OutcomeUnknownError)
        {
            // Did the draft get created? Look it up by its send id before trying again.
            created = await FindBySendIdAsync(sendId, cancellationToken).ConfigureAwait(false) ?? await PostDraftAsync(payload, cancellationToken).ConfigureAwait(false);
        }
        return Result(created, mail, sent: false);
    }

    /// <summary>The seed's send_email: creates a draft, sends it, and returns the id (valid in Sent Items).</summary>
    public async Task<MailResult> SendMailAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var draft = await CreateDraftAsync(mail, cancellationToken).ConfigureAwait(false);
        try
        {
            await PostSendAsync(draft.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (OutcomeUnknownError)
        {
            // The connection dropped after the request went out: is the message still a draft?
            if (await IsStillDraftAsync(draft.Id, cancellationToken).ConfigureAwait(false))
                await PostSendAsync(draft.Id, cancellationToken).ConfigureAwait(false);
        }
        return draft with { Sent = true };
    }

    /// <summary>
    /// Inbox messages, streamed page by page. With <paramref name="since"/>: those received since then,
    /// newest first. Without it: those that arrived since the last successful poll (a receivedDateTime
    /// watermark kept in the state store with the ids seen at that instant, so a message arriving in
    /// the same second is neither lost nor repeated), oldest first up to <paramref name="limit"/>, so
    /// that a backlog is worked through in order and nothing is skipped; the watermark moves only once
    /// the whole batch has been read.
    /// </summary>
    public async IAsyncEnumerable<InboxMessage> GetInboxAsync(DateTimeOffset? since, int limit, bool all, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var polling = since is null;
        var watermark = polling ? Environment.State.Get<Watermark>(WatermarkKey) : null;
        var from = since ?? watermark?.At;
        var ascending = polling && watermark is not null;
        var pageSize = all ? 100 : Math.Clamp(limit, 1, 100);
        var url = Root + "mailFolders/inbox/messages?$select=" + InboxSelect + "&$top=" + pageSize.ToString(CultureInfo.InvariantCulture)
            + (from is { } at ? "&$filter=" + Uri.EscapeDataString("receivedDateTime ge " + at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)) : "")
            + "&$orderby=" + Uri.EscapeDataString("receivedDateTime " + (ascending ? "asc" : "desc"));
        var read = 0;
        var newest = DateTimeOffset.MinValue;
        var idsAtNewest = new List<string>();
        var seenAtWatermark = watermark?.Ids.ToHashSet() ?? [];
        string? next = url;
        // Each page's messages go out as the page arrives; a poll reads oldest first, so that a backlog
        // larger than -Limit is worked through in order and nothing is skipped.
        while (next is not null && (all || read < limit))
        {
            using var response = await SendAsync(Http, "ListInbox", HttpMethod.Get, next, null, RequestSafety.Idempotent, null, cancellationToken).ConfigureAwait(false);
            var page = await ReadObjectAsync(response, cancellationToken).ConfigureAwait(false);
            foreach (var item in page["value"]?.AsArray() ?? [])
            {
                if (item is not JsonObject json || (!all && read >= limit)) continue;
                var message = ToInbox(json);
                if (watermark is not null && message.ReceivedDateTime == watermark.At && seenAtWatermark.Contains(message.Id)) continue;
                read++;
                if (message.ReceivedDateTime > newest) { newest = message.ReceivedDateTime; idsAtNewest.Clear(); }
                if (message.ReceivedDateTime == newest) idsAtNewest.Add(message.Id);
                yield return message;
            }
            next = page["@odata.nextLink"]?.GetValue<string>();
        }
        // Reached only when the caller read the whole batch: a poll stopped half way (Ctrl+C,
        // Select-Object -First) leaves the watermark where it was, so nothing is lost.
        if (polling && read > 0)
        {
            Environment.State.Update<Watermark>(WatermarkKey, current => new Watermark(newest,
                [.. (current is not null && current.At == newest ? current.Ids : []), .. idsAtNewest]));
        }
    }

    /// <summary>The poll watermark: the newest receivedDateTime read, and the ids read at that instant.</summary>
    public sealed record Watermark(DateTimeOffset At, string[] Ids);

    private async Task<JsonObject?> FindBySendIdAsync(string sendId, CancellationToken cancellationToken)
    {
        var filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{SendIdProperty}' and ep/value eq '{sendId}')";
        using var response = await SendAsync(Http, "FindDraft", HttpMethod.Get, Root + "messages?$filter=" + Uri.EscapeDataString(filter), null, RequestSafety.Idempotent, null, cancellationToken).ConfigureAwait(false);
        return (await ReadObjectAsync(response, cancellationToken).ConfigureAwait(false))["value"]?.AsArray().FirstOrDefault() as JsonObject;
    }

    private async Task<JsonObject> PostDraftAsync(string payload, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Http, "CreateDraft", HttpMethod.Post, Root + "messages", payload, RequestSafety.NotIdempotent, null, cancellationToken).ConfigureAwait(false);
        return await ReadObjectAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private async Task PostSendAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Http, "Send", HttpMethod.Post, MessageUrl(id) + "/send", null, RequestSafety.NotIdempotent, null, cancellationToken).ConfigureAwait(false);
    }

    private string MessageUrl(string id) => Root + "messages/" + Uri.EscapeDataString(id);

    private async Task<bool> IsStillDraftAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Http, "CheckSent", HttpMethod.Get, MessageUrl(id) + "?$select=id,isDraft", null, RequestSafety.Idempotent,
            r => r.StatusCode == HttpStatusCode.NotFound, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound) return false; // moved on: sent
        return (await ReadObjectAsync(response, cancellationToken).ConfigureAwait(false))["isDraft"]?.GetValue<bool>() == true;
    }

    private async Task<HttpResponseMessage> SendAsync(IntegrationHttp http, string operation, HttpMethod method, string url, string? json, RequestSafety safety,
        Func<HttpResponseMessage, bool>? accept, CancellationToken cancellationToken)
    {
        // Mode is null exactly when something is missing: asking it alone reads the configuration once, not twice.
        var mode = Mode ?? throw new NotConfiguredError(Name, operation, MissingConfiguration());
        var token = await TokenAsync(false, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await http.SendAsync(operation, () =>
                {
                    var request = new HttpRequestMessage(method, url);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    request.Headers.TryAddWithoutValidation("Prefer", ImmutableId);
                    request.Headers.TryAddWithoutValidation("Prefer", "outlook.body-content-type=\"text\"");
                    if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
                    return request;
                }, safety, accept, cancellationToken).ConfigureAwait(false);
            }
            catch (AuthenticationError error) when (error.StatusCode == HttpStatusCode.Unauthorized && mode is "AppOnly" or "Delegated" && attempt == 1)
            {
                // The token expired or was revoked mid-run: a 401 means Graph did nothing, so a new token and one more try are safe.
                token = await TokenAsync(true, cancellationToken).ConfigureAwait(false);
            }
            catch (AuthenticationError error) when (error.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw mode == "Delegated"
                    ? new AuthenticationError(Name, operation, "Microsoft Graph refused a fresh token for the signed-in person.", error.StatusCode, ErrorIds.AuthenticationRequired,
                        "Run Connect-PipesOutlook -DeviceCode again; check the app's delegated Mail.ReadWrite and Mail.Send permissions.", error)
                    : mode == "AppOnly"
                    ? new AuthenticationError(Name, operation, "Microsoft Graph refused a fresh app-only token.", error.StatusCode, ErrorIds.AuthenticationRequired,
                        "Check the app's Mail.ReadWrite and Mail.Send application permissions and admin consent, and the application access policy for Outlook.Mailbox.", error)
                    : new AuthenticationError(Name, operation,
                        "Microsoft Graph refused the access token: it has expired or was revoked. A token given to Connect-PipesOutlook -AccessToken is used as is and never refreshed.",
                        error.StatusCode, ErrorIds.AuthenticationRequired, "Get a new token and run Connect-PipesOutlook -AccessToken again.", error);
            }
        }
    }

    private static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException exception)
        {
            throw new RemoteRejectedError("Outlook", "Read", $"Microsoft Graph answered with something that is not JSON ({exception.Message}).", response.StatusCode);
        }
    }

    private static string DraftJson(OutgoingMail mail, string sendId)
    {
        JsonArray Recipients(IEnumerable<string>? addresses) =>
            new((addresses ?? []).Select(a => (JsonNode)new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = a } }).ToArray());
        var message = new JsonObject
        {
            ["subject"] = mail.Subject,
            ["body"] = new JsonObject { ["contentType"] = mail.Html ? "html" : "text", ["content"] = mail.Body },
            ["toRecipients"] = Recipients(mail.To),
            ["ccRecipients"] = Recipients(mail.Cc),
            ["bccRecipients"] = Recipients(mail.Bcc),
            ["singleValueExtendedProperties"] = new JsonArray(new JsonObject { ["id"] = SendIdProperty, ["value"] = sendId }),
        };
        if (mail.Attachments is { Count: > 0 } files)
            message["attachments"] = new JsonArray(files.Select(f => (JsonNode)new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.fileAttachment",
                ["name"] = Path.GetFileName(f),
                ["contentBytes"] = Convert.ToBase64String(File.ReadAllBytes(f)),
            }).ToArray());
        return message.ToJsonString();
    }

    private static MailResult Result(JsonObject created, OutgoingMail mail, bool sent) =>
        new((string)created["id"]!, string.Join("; ", mail.To), mail.Subject, sent, created["internetMessageId"]?.GetValue<string>());

    private static InboxMessage ToInbox(JsonObject json)
    {
        var bodyType = string.Equals((string?)json["body"]?["contentType"], "html", StringComparison.OrdinalIgnoreCase) ? "Html" : "Text";
        var body = (string?)json["body"]?["content"] ?? "";
        var headers = (json["internetMessageHeaders"]?.AsArray() ?? [])
            .OfType<JsonObject>().GroupBy(h => (string?)h["name"] ?? "", StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (string?)g.First()["value"] ?? "", StringComparer.OrdinalIgnoreCase);
        var subject = (string?)json["subject"] ?? "";
        var fromName = (string?)json["from"]?["emailAddress"]?["name"];
        var fromAddress = (string?)json["from"]?["emailAddress"]?["address"];
        var received = DateTimeOffset.Parse((string?)json["receivedDateTime"] ?? "1970-01-01T00:00:00Z", CultureInfo.InvariantCulture);
        return new InboxMessage
        {
            Id = (string)json["id"]!,
            InternetMessageId = (string?)json["internetMessageId"],
            ConversationId = (string?)json["conversationId"],
            FromName = fromName,
            FromAddress = fromAddress,
            To = string.Join("; ", (json["toRecipients"]?.AsArray() ?? []).Select(r => (string?)r?["emailAddress"]?["address"])),
            Subject = subject,
            ReceivedDateTime = received,
            Body = body,
            BodyType = bodyType,
            BodyPreview = (string?)json["bodyPreview"],
            Headers = headers,
            Reply = ReplyClassifier.Classify(subject, body, bodyType == "Html", fromName is null ? fromAddress : $"{fromName} <{fromAddress}>", headers, received.UtcDateTime),
        };
    }
}
