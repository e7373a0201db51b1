using System.Text.Json.Serialization;

namespace Pipes.Outlook;

// Microsoft Graph v1.0 resources as Pipes reads them: only the properties asked for with $select.
// Source: https://learn.microsoft.com/graph/api/resources/message and .../emailaddress, .../itembody.

/// <summary>A page of a collection: <c>value</c> and the absolute <c>@odata.nextLink</c> to the next page, if any.</summary>
public sealed record GraphPage<T>(
    [property: JsonPropertyName("value")] IReadOnlyList<T>? Value,
    [property: JsonPropertyName("@odata.nextLink")] string? NextLink);

/// <summary>An <c>emailAddress</c>: display name and SMTP address.</summary>
public sealed record GraphEmailAddress(string? Name, string? Address);

/// <summary>A <c>recipient</c>, the shape of <c>from</c> and of each of <c>toRecipients</c>.</summary>
public sealed record GraphRecipient(GraphEmailAddress? EmailAddress);

/// <summary>An <c>itemBody</c>: <c>contentType</c> is <c>text</c> or <c>html</c>.</summary>
public sealed record GraphItemBody(string? ContentType, string? Content);

/// <summary>An <c>internetMessageHeader</c> (name and value as sent).</summary>
public sealed record GraphHeader(string? Name, string? Value);

/// <summary>A <c>message</c>, as far as Pipes reads one.</summary>
public sealed record GraphMessage(
    string Id,
    string? InternetMessageId = null,
    string? ConversationId = null,
    GraphRecipient? From = null,
    IReadOnlyList<GraphRecipient>? ToRecipients = null,
    string? Subject = null,
    IReadOnlyList<GraphRecipient>? ReplyTo = null,
    DateTimeOffset? ReceivedDateTime = null,
    GraphItemBody? Body = null,
    string? BodyPreview = null,
    IReadOnlyList<GraphHeader>? InternetMessageHeaders = null,
    bool? IsDraft = null);

/// <summary>A <c>mailFolder</c>, as far as Pipes reads one: its id (for the folder's URL) and its name as the mailbox shows it.</summary>
public sealed record GraphMailFolder(string Id, string? DisplayName = null);

/// <summary>An <c>uploadSession</c>: where to PUT the bytes (it carries its own token) and which ranges Graph still expects ("0-").</summary>
public sealed record GraphUploadSession(string? UploadUrl, DateTimeOffset? ExpirationDateTime, IReadOnlyList<string>? NextExpectedRanges);

/// <summary>Source-generated readers for Graph's answers (no reflection, trimming-safe, fast on a cold start).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(GraphMessage))]
[JsonSerializable(typeof(GraphPage<GraphMessage>))]
[JsonSerializable(typeof(GraphMailFolder))]
[JsonSerializable(typeof(GraphPage<GraphMailFolder>))]
[JsonSerializable(typeof(GraphUploadSession))]
[JsonSerializable(typeof(GraphEvent))]
[JsonSerializable(typeof(GraphPage<GraphEvent>))]
internal sealed partial class GraphJson : JsonSerializerContext;
