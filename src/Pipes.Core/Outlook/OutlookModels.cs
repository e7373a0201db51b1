using Pipes.Replies;

namespace Pipes.Outlook;

/// <summary>A message to send or keep as a draft.</summary>
public sealed record OutgoingMail(
    IReadOnlyList<string> To,
    string Subject,
    string Body,
    bool Html = false,
    IReadOnlyList<string>? Cc = null,
    IReadOnlyList<string>? Bcc = null,
    IReadOnlyList<string>? Attachments = null);

/// <summary>A message sent or saved: its immutable id (valid in Drafts and, once sent, in Sent Items).</summary>
public sealed record MailResult(string Id, string To, string Subject, bool Sent, string? InternetMessageId);

/// <summary>A message read by Get-PipesInbox, with the folder it was read from and the classification of its reply.</summary>
public sealed class InboxMessage
{
    public required string Id { get; init; }

    /// <summary>The folder the message was read from, as the mailbox shows it ("Inbox", "Junk Email", "Inbox/Prospects").</summary>
    public string Folder { get; init; } = "";

    public string? InternetMessageId { get; init; }
    public string? ConversationId { get; init; }
    public string? FromName { get; init; }
    public string? FromAddress { get; init; }

    /// <summary>"Name &lt;address&gt;", as Get-PipesReplyClassification takes it.</summary>
    public string From => FromName is { Length: > 0 } name ? $"{name} <{FromAddress}>" : FromAddress ?? "";

    /// <summary>
    /// The message's To addresses, "; "-joined (Graph's <c>toRecipients</c>): the mailbox read and whoever else the sender wrote
    /// to. Not named To, which would bind a piped message's -To in Send-PipesMail: a reply would go to ourselves and to the others.
    /// </summary>
    public required string ToRecipients { get; init; }

    /// <summary>The addresses the sender asked replies to go to (Graph's <c>replyTo</c>), "; "-joined; empty when none (the usual case).</summary>
    public string ReplyTo { get; init; } = "";

    /// <summary>
    /// Where a reply goes: the first of <see cref="ReplyTo"/>, else <see cref="FromAddress"/>. Named as a contact's address is, so a
    /// message piped to Send-PipesMail or New-PipesDraft answers its sender and to New-PipesEvent invites them (not a sender who opted out,
    /// nor a bounce's mail server: both commands refuse those).
    /// </summary>
    public string? Email => ReplyTo.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? FromAddress;

    public required string Subject { get; init; }
    public DateTimeOffset ReceivedDateTime { get; init; }
    public required string Body { get; init; }

    /// <summary>Text or Html.</summary>
    public required string BodyType { get; init; }

    public string? BodyPreview { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public ReplyClass Classification => Reply.Classification;

    /// <summary>The sender's request not to be written to or called (Reply.OptOut), whatever the class; null when none.</summary>
    public ReplyOptOut? OptOut => Reply.OptOut;

    /// <summary>The full classification: confidence, evidence, referral contact, return date.</summary>
    public required ReplyClassification Reply { get; init; }
}
