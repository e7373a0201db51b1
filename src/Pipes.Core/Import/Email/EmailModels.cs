using Pipes.Import.Normalization;

namespace Pipes.Import.Email;

/// <summary>A sender or recipient: display name and address. Exchange exports give internal people an X.500 address.</summary>
public sealed record EmailParticipant(string? Name, string? Address, bool IsX500)
{
    /// <summary>"Jane Roe &lt;jane@x.com&gt;", the name quoted when it holds a comma or another special (<see cref="EmailNormalizer.Mailbox"/>); the address or name alone when there is one only.</summary>
    public override string ToString() =>
        Name is { Length: > 0 } name && Address is { Length: > 0 } address && !string.Equals(name, address, StringComparison.OrdinalIgnoreCase)
            ? EmailNormalizer.Mailbox(name, address)
            : Address ?? Name ?? "";

    /// <summary>Neither name nor address: as the sender, a message no one sent (a draft, an Outbox item), which nobody can have Received.</summary>
    public bool IsNoOne => Name is null && Address is null;
}

/// <summary>One message of an export, as read.</summary>
public sealed record EmailMessage(
    long SourceRow,
    long Number,
    string Subject,
    string Body,
    DateTimeOffset? Date,
    EmailParticipant From,
    IReadOnlyList<EmailParticipant> To,
    IReadOnlyList<EmailParticipant> Cc,
    IReadOnlyList<EmailParticipant> Bcc,
    string MessageId);

/// <summary>
/// A prospect to match messages against: the caller's own object, its addresses and its name.
/// <paramref name="Key"/> names the prospect in activity Ids (its Id in a CRM, when it has one); left
/// null, its name does.
/// </summary>
public sealed record ProspectEntry(object Prospect, IReadOnlyList<string> Addresses, string? Name, string? Key = null);

/// <summary>Whose message it is: Sent from one of my addresses, Received from anyone else, Unsent when it has no sender.</summary>
public enum EmailDirection
{
    Received,
    Sent,
    /// <summary>No sender at all: a draft or an Outbox item, which Outlook exports with an empty From because no one has sent it.</summary>
    Unsent,
}

/// <summary>One message as it concerns one prospect: the activity a prospect card shows.</summary>
public sealed class EmailActivity
{
    /// <summary>
    /// A hash of <see cref="MessageId"/>, the prospect (its Key, else its name; namesakes who share an address are
    /// told apart by their own addresses, whatever the order of the list) and the matched address: importing the same
    /// export twice, on any machine, gives the same ids; two prospects sharing an address get two.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// A hash of the message's content (sender, recipients, subject, date as a wall-clock time or the UTC
    /// instant its offset gives, body), whoever it matched; the second identical message in a file (a
    /// template sent twice, in an export without dates) also hashes its occurrence, so it is not taken for the first.
    /// </summary>
    public required string MessageId { get; init; }

    /// <summary>The prospect object that was passed in; null for an unmatched message (-IncludeUnmatched).</summary>
    public object? Prospect { get; init; }

    /// <summary>
    /// The prospect's first address (its Email, or the first of Emails): one value to group and join on whatever the prospect was
    /// (an Import-PipesFile record, an Import-Csv row, a hashtable, a string; a trial's `Group-Object { $_.Prospect.Email }` put every
    /// string and hashtable prospect in one blank group). Null for an unmatched message.
    /// </summary>
    public string? ProspectEmail { get; init; }

    /// <summary>The prospect's name as read from it (FullName, Name, or first and last name); null when it has none, or unmatched.</summary>
    public string? ProspectName { get; init; }

    public string? MatchedAddress { get; init; }

    /// <summary>
    /// "Address"; "Mailbox" for an address that is the prospect's mailbox written another way (a "+tag", Gmail's dots);
    /// or "DisplayName" for an Exchange X.500 participant matched by an unambiguous name.
    /// </summary>
    public string? MatchedBy { get; init; }

    public EmailDirection Direction { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset? Date { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Cc { get; init; }

    /// <summary>The BCC recipients a Sent Items export shows: a prospect matched only here still sees who the message went to.</summary>
    public required string Bcc { get; init; }
    public required string SourceFile { get; init; }

    /// <summary>The line the message starts on in a CSV export (bodies span lines), or its row in an XLSX one.</summary>
    public long SourceRow { get; init; }

    /// <summary>The message's place in the export: 1 for the first message.</summary>
    public long MessageNumber { get; init; }
}

/// <summary>What an email-export import did, for its closing summary.</summary>
public sealed class EmailImportSummary
{
    public long MessagesRead { get; set; }
    public long Activities { get; set; }
    public long UnmatchedMessages { get; set; }
    public long UnreadableRows { get; set; }
    /// <summary>Messages whose activities an earlier file of the same import already gave (the same message exported twice), not given again.</summary>
    public long RepeatedMessages { get; set; }
    /// <summary>Participants with an Exchange X.500 address (they cannot match by address).</summary>
    public long X500Participants { get; set; }
    public long X500MatchedByName { get; set; }
    public long X500Unmatched { get; set; }
    /// <summary>Participants with a name and no address at all (an empty "(Address)" column), and how many of them matched a prospect by an unambiguous display name.</summary>
    public long NameOnlyParticipants { get; set; }
    public long NameOnlyMatchedByName { get; set; }
    /// <summary>Senders with an X.500 address that is not one of mine: how many messages each sent, and its display name.</summary>
    public Dictionary<string, (long Count, string? Name)> X500Senders { get; } = new(StringComparer.OrdinalIgnoreCase);
    public const int X500SendersKept = 1000;
    /// <summary>Rows of messages with a field longer than Import.MaxCellLength, kept cut (the first few, at most <see cref="RowsKept"/>).</summary>
    public List<long> CutRows { get; } = [];
    public long CutMessages { get; set; }
    /// <summary>How many row numbers a list kept for messages holds.</summary>
    public const int RowsKept = 5;
    /// <summary>What the user should hear about the file as a whole, beside the counts of <see cref="Describe"/>.</summary>
    public List<string> Warnings { get; } = [];
    /// <summary>Date cells that held text but no date (Date is empty); the first few rows in <see cref="UnreadableDateRows"/>.</summary>
    public long UnreadableDates { get; set; }

    /// <summary>Times of a time column that were none ("25:99"): the date was read alone, at midnight; the first few rows in <see cref="UnreadableTimeRows"/>.</summary>
    public long UnreadableTimes { get; set; }
    public List<long> UnreadableTimeRows { get; } = [];
    public List<long> UnreadableDateRows { get; } = [];
    /// <summary>Messages with no sender (drafts, Outbox items): their Direction is Unsent.</summary>
    public long UnsentMessages { get; set; }
    /// <summary>Wall-clock times the export's zone skipped (a DST change's missing hour); the first few rows in <see cref="SkippedTimeRows"/>.</summary>
    public long SkippedTimes { get; set; }
    public List<long> SkippedTimeRows { get; } = [];
    public bool HasDateColumn { get; set; }
    public bool NoRows { get; set; }
    public bool HeaderOnly { get; set; }

    private static string Count(long n, string one, string? many = null) => $"{n:N0} {(n == 1 ? one : many ?? one + "s")}";

    public string Describe(string file) =>
        $"{file}: {Count(MessagesRead, "message")} read, {Count(Activities, "activity", "activities")}, {Count(UnmatchedMessages, "message")} matched no prospect, "
        + $"{Count(UnreadableRows, "row")} could not be read."
        + (RepeatedMessages > 0 ? $" {Count(RepeatedMessages, "message")} had already been read from an earlier file of this import and {(RepeatedMessages == 1 ? "was" : "were")} not given again." : "")
        + (X500Participants > 0
            ? $" {Count(X500Participants, "participant")} had Exchange X.500 addresses, which cannot match by email address: {X500MatchedByName:N0} matched a prospect by an unambiguous display name, {X500Unmatched:N0} did not."
            : "")
        + (NameOnlyParticipants > 0
            ? $" {Count(NameOnlyParticipants, "participant")} had a name but no address: {NameOnlyMatchedByName:N0} matched a prospect by an unambiguous display name, {NameOnlyParticipants - NameOnlyMatchedByName:N0} did not."
            : "")
        + (UnreadableDates > 0 ? $" {UnreadableDates:N0} date{(UnreadableDates == 1 ? "" : "s")} could not be read." : "")
        + (UnsentMessages > 0 ? $" {Count(UnsentMessages, "message")} had no sender (drafts or Outbox items, never sent): {(UnsentMessages == 1 ? "its" : "their")} Direction is Unsent." : "")
        // Said only of messages there are: an empty file has no columns to lack.
        + (HasDateColumn || MessagesRead == 0 ? "" : " The export has no date column (classic Outlook's CSV export has none), so Date is empty.");
}
