using System.Management.Automation;
using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>Reads the Outlook inbox and the folders replies go to (Archive, Junk Email): what arrived since the last poll, or since a time; -Watch keeps polling.</summary>
// ShouldProcess for the one side effect of a read, the watermark's move: a dry run ($WhatIfPreference, -WhatIf) reads and moves nothing.
[Cmdlet(VerbsCommon.Get, "PipesInbox", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(InboxMessage))]
public sealed class GetPipesInboxCommand : PipesCmdlet
{
    /// <summary>
    /// Messages received since then, newest first. Without it: what arrived since the last successful poll. A [DateTimeOffset], as
    /// a message's own ReceivedDateTime is; a [DateTime], or text without an offset, is this machine's clock. Text is read as
    /// the calendar commands read it (<see cref="TimeTransformationAttribute"/>): a date the session's culture reads otherwise is refused.
    /// </summary>
    [Parameter(Position = 0)]
    [SinceTransformation]
    public object? Since { get; set; }

    /// <summary>
    /// Where a poll with no watermark yet starts (the first poll, a new -WatermarkName, or after state.json was lost): the messages
    /// received since then, oldest first, rather than the newest -Limit (or, with -All, every message the mailbox holds). Not used
    /// once the watermark exists; not with -Since. Read as -Since is.
    /// </summary>
    [Parameter]
    [SinceTransformation]
    public object? FirstPollSince { get; set; }

    /// <summary>At most this many messages per poll (default 50).</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int Limit { get; set; } = 50;

    /// <summary>Every message, whatever -Limit says.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>Keeps polling every Outlook.PollIntervalMinutes and emits new messages as they arrive, until Ctrl+C.</summary>
    [Parameter]
    public SwitchParameter Watch { get; set; }

    /// <summary>
    /// The poll's watermark is not moved; this variable gets the move (a PendingWatermark): call its Commit() once the
    /// messages are stored. A run that dies before then polls the same messages again.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CommitVariable { get; set; }

    /// <summary>
    /// A watermark of this reader's own ("nightly"), so that a scheduled task and an admin polling the same mailbox each see every
    /// message. A name used for the first time starts as a first poll does, whatever other readers took (with a warning).
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? WatermarkName { get; set; }

    /// <summary>
    /// The folders to read: names as Outlook shows them (Inbox, Archive, "Junk Email"), well-known names (junkemail), or paths from
    /// the top ("Inbox/Prospects"). Without it, the Outlook.InboxFolders setting (Inbox; Archive; Junk Email).
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(Pipes.PowerShell.Completers.MailFolderCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Folder { get; set; }

    protected override void ProcessRecord()
    {
        DateTimeOffset? since, firstPollSince;
        try { since = SinceTransformationAttribute.ToInstant(Since, "Outlook", "ListInbox"); }
        catch (PipesException error)
        {
            ThrowTerminatingError(error, Since);
            return;
        }
        try { firstPollSince = SinceTransformationAttribute.ToInstant(FirstPollSince, "Outlook", "ListInbox", "-FirstPollSince"); }
        catch (PipesException error)
        {
            ThrowTerminatingError(error, FirstPollSince);
            return;
        }
        if (Since is not null && FirstPollSince is not null)
        {
            ThrowTerminatingError(new InvalidInputError("Outlook", "ListInbox",
                "-Since reads from a time and uses no watermark, and -FirstPollSince says where a poll starts when its watermark does not exist yet: use one or the other.", FirstPollSince));
            return;
        }
        if (CommitVariable is not null && Watch)
        {
            ThrowTerminatingError(new InvalidInputError("Outlook", "ListInbox",
                "-CommitVariable holds back one poll's watermark, and -Watch polls again and again: use one or the other.", CommitVariable));
            return;
        }
        if (WatermarkName is not null && string.IsNullOrWhiteSpace(WatermarkName))
        {
            // Blank, it would be the shared watermark under another name: the very mix-up the parameter exists to avoid.
            ThrowTerminatingError(new InvalidInputError("Outlook", "ListInbox", "-WatermarkName is blank: give the reader's own name, such as nightly.", WatermarkName));
            return;
        }
        if (WatermarkName is not null && Since is not null)
        {
            ThrowTerminatingError(new InvalidInputError("Outlook", "ListInbox",
                "-Since reads from a time and moves no watermark, and -WatermarkName names the watermark a poll moves: use one or the other.", WatermarkName));
            return;
        }
        ForItem(null, () =>
        {
            var client = new OutlookClient(Environment);
            // -Since with -Watch: each later poll reads from the newest message given so far, as -Since reads (every message, no watermark read
            // or moved), leaving out those of that instant already given. Following the watermark instead gave again what the first poll had
            // given (and older), from wherever the watermark stood, or the newest -Limit when there was none.
            var following = since is not null;
            var givenAtEdge = new HashSet<string>(StringComparer.Ordinal);
            // The messages a failed poll gave before it failed: the next poll reads them again from the unmoved watermark, and they are
            // not given twice (a review: an auto-reply or a push downstream would act on them twice).
            var givenByFailedPoll = new HashSet<string>(StringComparer.Ordinal);
            for (var poll = 0; ; poll++)
            {
                PendingWatermark? pending = null;
                var warnings = new System.Collections.Concurrent.ConcurrentQueue<string>();
                var edge = since;
                var givenBefore = givenAtEdge;
                DateTimeOffset? newest = null;
                var atNewest = new HashSet<string>(StringComparer.Ordinal);
                var givenThisPoll = new List<string>();
                void Give(InboxMessage message)
                {
                    var key = message.InternetMessageId is { Length: > 0 } id ? id : message.Id;
                    if (givenByFailedPoll.Contains(key)) return;
                    if (Watch) givenThisPoll.Add(key);
                    if (following)
                    {
                        if (message.ReceivedDateTime == edge && givenBefore.Contains(key)) return; // the last poll gave it
                        if (newest is null || message.ReceivedDateTime > newest) { newest = message.ReceivedDateTime; atNewest.Clear(); }
                        if (message.ReceivedDateTime == newest) atNewest.Add(key);
                    }
                    WriteObject(message);
                }
                // The move is always held back by the read, and made (or handed to -CommitVariable) once every message is written.
                var failed = false;
                try
                {
                    Stream(token => client.GetInboxAsync(since, Limit, All || (following && poll > 0), token, p => pending = p, WatermarkName, Folder, warnings.Enqueue, firstPollSince), Give, "Get-PipesInbox");
                }
                catch (PipesException error) when (Watch && error.Kind is PipesErrorKind.Unavailable or PipesErrorKind.Timeout or PipesErrorKind.RateLimited)
                {
                    // A watch runs unattended: Graph down or slow past the retries at 3 a.m. is this poll's error, not the watch's end (a trial:
                    // the first failed poll ended it for good). The watermark is not moved: the next poll reads again from where it stood.
                    WriteError(error);
                    failed = true;
                    givenByFailedPoll.UnionWith(givenThisPoll);
                }
                finally
                {
                    // Said from the pipeline thread, after the messages: the worker that found it may not write.
                    foreach (var warning in warnings) WriteWarning(warning);
                }
                if (!failed)
                {
                    // Moved, the next poll starts past this one's messages; not moved (a dry run: -WhatIf), it reads them again, and they are
                    // not given twice, as after a failed poll (a review: a -Watch -WhatIf gave the same messages at every poll).
                    if (CommitOrHold(pending, CommitVariable) || pending is null || CommitVariable is not null) givenByFailedPoll.Clear();
                    else givenByFailedPoll.UnionWith(givenThisPoll);
                }
                if (!failed && following && newest is { } last)
                {
                    if (last == edge) atNewest.UnionWith(givenBefore);
                    since = last;
                    givenAtEdge = atNewest;
                }
                if (!Watch) break;
                var minutes = Environment.Settings.GetValue<long>("Outlook.PollIntervalMinutes");
                WriteVerbose($"Next poll in {minutes} minute(s); Ctrl+C stops.");
                Run(async token => { await Task.Delay(TimeSpan.FromMinutes(minutes), token).ConfigureAwait(false); return true; });
            }
        });
    }

    /// <summary>Reading the inbox is one piece of work: any failure ends the command (a scheduled task sees it).</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) => true;
}
