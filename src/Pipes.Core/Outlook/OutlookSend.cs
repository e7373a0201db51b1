using System.Diagnostics;
using System.Net;
using Pipes.Integrations;
using Pipes.Logging;

namespace Pipes.Outlook;

// Sending a draft exactly once, and saying truly whether it went out.
public sealed partial class OutlookClient
{
    /// <summary>
    /// Sends the draft <paramref name="id"/> (one Pipes created) exactly once. A failed <c>POST …/send</c>
    /// whose outcome is in doubt (a dropped connection, a timeout, a 404 that a replay of the POST by the
    /// HTTP stack on a new connection gets once the draft has gone, a 500/502/504 from a gateway that
    /// may have come after Graph acted) is settled by asking Graph whether the message is still a draft:
    /// no longer a draft means it was sent (returns, and the log says so); still a draft means it was not,
    /// and it is sent again, at most <c>Http.MaxRetries</c> times. Only 429 and 503, which say Graph did
    /// no work, and refused credentials are reported without asking.
    /// Throws <see cref="OutcomeUnknownError"/> (target: the draft id) when the question could not be
    /// answered within the retry budget, the send's own error when the draft is still a draft at the end,
    /// and <see cref="AuthenticationError"/> or <see cref="RateLimitedError"/> as they come.
    /// </summary>
    private async Task SendDraftAsync(string id, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var budget = Math.Max(1, Resilience.MaxRetries);
        for (var sends = 1; ; sends++)
        {
            IntegrationError failed;
            try
            {
                using var response = await SendAsync("Send", HttpMethod.Post, MessageUrl(id) + "/send", null, RequestSafety.NotIdempotent, cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (IntegrationError error) when (error is not (AuthenticationError or NotConfiguredError or RateLimitedError)
                && !(error.StatusCode is { } status && TransientFaults.ProvesNotProcessed(status)))
            {
                failed = error;
            }
            catch (IntegrationError error) when (error is RateLimitedError or UnavailableError)
            {
                // Throttled or refused (429, 503) past the retry budget: Graph did not act, and the draft stays.
                Log(OperationOutcome.Failed, sends, error.StatusCode, $"draft {id} was not sent: {error.Message}");
                throw NotSent(error, id);
            }

            Log(OperationOutcome.Retrying, sends, failed.StatusCode,
                $"the send of draft {id} failed ({failed.Message}); asking Graph whether it is still a draft before anything else");
            bool stillDraft;
            try
            {
                stillDraft = await IsStillDraftAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (IntegrationError checkFailed) when (checkFailed is not (AuthenticationError or NotConfiguredError))
            {
                var message = $"Whether the message was sent is not known: the send of draft {id} failed ({failed.Message}), "
                    + $"and Graph could not be asked whether it is still a draft ({checkFailed.Message}). It was not sent again.";
                Log(OperationOutcome.Failed, sends, checkFailed.StatusCode, message);
                throw new OutcomeUnknownError(Name, "Send", message, checkFailed,
                    $"Do not send it again yet: look for it in Sent Items (or in Drafts, where it is still a draft if it did not go out). "
                    + $"Its id is {id}: GET {MailboxPath}/messages/{id}?$select=isDraft answers isDraft false once it was sent.",
                    id, failed.StatusCode);
            }

            if (!stillDraft)
            {
                Log(OperationOutcome.Succeeded, sends, failed.StatusCode, $"Graph says draft {id} is no longer a draft: it was sent once, despite the failed answer ({failed.Message})");
                return;
            }
            if (sends > budget || !MaySendAgain(failed))
            {
                Log(OperationOutcome.Failed, sends, failed.StatusCode, $"draft {id} is still a draft: it was not sent");
                // Known not sent: no longer "may or may not have taken effect" (a trial: an OutcomeUnknown after Graph said so).
                throw NotSent(failed, id);
            }
            Log(OperationOutcome.Retrying, sends, failed.StatusCode, $"draft {id} is still a draft: the send did not happen; sending it again");
        }

        void Log(OperationOutcome outcome, int attempt, HttpStatusCode? status, string detail) =>
            Environment.Log.Write(new OperationRecord(Name, "Send", "POST " + Environment.Redactor.RedactUrl(new Uri(MessageUrl(id) + "/send")), outcome,
                Stopwatch.GetElapsedTime(started), attempt, (int?)status, Environment.Redactor.Redact(detail)));
    }

    /// <summary>
    /// The send's failure, said as what it is known to be: the message was not sent and its draft <paramref name="id"/> stays in Drafts
    /// (target: the draft id). Its ErrorId stays the failure's (Pipes.RateLimited with its Retry-After, Pipes.RemoteRejected for a bad
    /// recipient), but for a send whose answer never came (Pipes.OutcomeUnknown), which Graph then said was not carried out: Pipes.Unavailable.
    /// </summary>
    private IntegrationError NotSent(IntegrationError failed, string id)
    {
        // An answer that never came said "may or may not have taken effect ... It was not repeated": Graph has since said it is still a
        // draft. Graph carries a send out after it answers, so one it took without answering can still go out late (a review): look first.
        var unanswered = failed is OutcomeUnknownError;
        var message = unanswered
            ? $"The message was most likely not sent: each send got no complete answer ({Environment.Redactor.Redact(failed.InnerException?.Message ?? failed.Message).TrimEnd('.')}), "
                + $"and Graph said afterwards that it is still a draft. Its draft ({id}) is kept in Drafts."
            : $"The message was not sent: {failed.Message.TrimEnd('.')}. Its draft ({id}) is kept in Drafts.";
        var advice = (unanswered ? "Look in Sent Items in a few minutes first (a send Graph took without answering can go out late). " : "")
            + $"Send it again later (that makes a new draft: delete this one from Drafts), or send draft {id} from Outlook's Drafts folder.";
        return failed switch
        {
            RateLimitedError limited => new RateLimitedError(Name, "Send", message, limited.StatusCode, limited.RetryAfter) { Attempts = failed.Attempts },
            RemoteRejectedError rejected => new RemoteRejectedError(Name, "Send", message, rejected.StatusCode, rejected.RemoteCode) { Attempts = failed.Attempts },
            IntegrationTimeoutError => new IntegrationTimeoutError(Name, "Send", message, failed, advice) { Attempts = failed.Attempts },
            OutcomeUnknownError or UnavailableError => new UnavailableError(Name, "Send", message, failed.StatusCode, failed, advice) { Attempts = failed.Attempts },
            _ => new IntegrationError(Name, "Send", failed.ErrorId, failed.Kind, message, failed.StatusCode, advice, id, failed) { Attempts = failed.Attempts },
        };
    }

    public const string MessagesPerMinuteSetting = "Outlook.MessagesPerMinute";

    /// <summary>
    /// Waits for this mailbox's next send slot: one send per 60/<c>Outlook.MessagesPerMinute</c> seconds
    /// (30 a minute by default, Exchange Online's limit), across every process on this config directory
    /// (<see cref="PaceLedger"/>). Applied to the send, not the draft, so that the messages leave at that pace
    /// however long their attachments took to upload. Returns how long it waited.
    /// </summary>
    public async Task<TimeSpan> PaceSendAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var perMinute = Math.Max(1, Environment.Settings.GetValue<long>(MessagesPerMinuteSetting));
        var wait = Environment.Pace.Reserve("Outlook.Send " + MailboxPath, TimeSpan.FromMinutes(1.0 / perMinute), cancellationToken);
        if (wait <= TimeSpan.Zero) return TimeSpan.Zero;
        Environment.Log.Write(new OperationRecord(Name, "Pace", MailboxPath, OperationOutcome.Succeeded, TimeSpan.Zero, 1,
            Detail: $"waiting {wait.TotalSeconds:0.##} s for the mailbox's pace of {perMinute} messages a minute ({MessagesPerMinuteSetting}, shared by every process)"));
        await Task.Delay(wait, Environment.Clock, cancellationToken).ConfigureAwait(false);
        return wait;
    }

    // A send that failed for a reason that would fail again (a 400 for a bad recipient) is not repeated.
    private static bool MaySendAgain(IntegrationError failed) =>
        failed is OutcomeUnknownError or UnavailableError or IntegrationTimeoutError || failed.StatusCode == HttpStatusCode.NotFound;

    /// <summary>Asks Graph whether the message is still a draft: isDraft, or not found (it moved on, or is gone: either way not a draft any more).</summary>
    private async Task<bool> IsStillDraftAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await SendAsync("CheckSent", HttpMethod.Get, MessageUrl(id) + "?$select=id,isDraft", null, RequestSafety.Idempotent,
            r => r.StatusCode == HttpStatusCode.NotFound, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound) return false;
        var message = await ReadJsonAsync(response, GraphJson.Default.GraphMessage, cancellationToken).ConfigureAwait(false);
        return message.IsDraft ?? throw new RemoteRejectedError(Name, "CheckSent", "Graph's answer about the message did not say whether it is a draft.", response.StatusCode);
    }
}
