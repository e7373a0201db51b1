using System.Management.Automation;
using System.Text;
using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>What Send-PipesMail and New-PipesDraft share: the message parameters, the pipeline and {Placeholder} templates.</summary>
public abstract class MailCmdlet : PipesCmdlet
{
    /// <summary>How a refusal begins: what was not done ("Not sent"; New-PipesDraft's "Not drafted").</summary>
    private protected virtual string NotDone => "Not sent";

    /// <summary>How a refusal ends: "Nothing was sent" (New-PipesDraft's "No draft was made"), then "for it." or ".".</summary>
    private protected virtual string NothingDone => "Nothing was sent";

    /// <summary>
    /// Recipients; binds Email (and To) from piped records. Each string may hold several, as people paste
    /// them ("a@x.org; b@x.org", "Jane Roe &lt;jane@x.org&gt;", "mailto:a@x.org"). Not mandatory to
    /// PowerShell, so that a record with no Email is this command's per-record error naming the row,
    /// not a binding error.
    /// </summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Email", "EmailAddress")]
    [AllowNull]
    [AllowEmptyCollection]
    [AllowEmptyString]
    public string[]? To { get; set; }

    /// <summary>The subject; {Property} placeholders take values from the piped record.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    public string Subject { get; set; } = "";

    /// <summary>The body; {Property} placeholders take values from the piped record.</summary>
    [Parameter(Mandatory = true, Position = 2)]
    [AllowEmptyString]
    public string Body { get; set; } = "";

    /// <summary>The body is HTML.</summary>
    [Parameter]
    public SwitchParameter Html { get; set; }

    [Parameter]
    public string[]? Cc { get; set; }

    [Parameter]
    public string[]? Bcc { get; set; }

    /// <summary>Files to attach.</summary>
    [Parameter]
    public string[]? Attachment { get; set; }

    /// <summary>The piped record the placeholders read from.</summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    private OutlookClient? _client;
    private long _position;

    /// <summary>-To typed on the command line (not bound from each piped record).</summary>
    private bool _toTyped;

    protected override void BeginProcessing()
    {
        _toTyped = MyInvocation.BoundParameters.ContainsKey(nameof(To)); // pipeline values are not bound yet
        base.BeginProcessing();
    }

    /// <summary>
    /// Builds the message from the parameters and the piped record, asks ShouldProcess, and runs
    /// <paramref name="operation"/> on the command's one client: a piped list shares its sign-in,
    /// its token and its pace (a missing setting or a refused sign-in ends the command, since every
    /// further record would meet it too; any other failure is this record's alone).
    /// </summary>
    private protected void Deliver(string action, Func<OutlookClient, OutgoingMail, CancellationToken, Task<MailResult>> operation)
    {
        if (BuildMail() is not { } mail) return;
        if (!ShouldProcessTextOrSayHow($"the message '{mail.Subject}'", WhatIfText(action, mail))) return;
        ShowProgress(mail);
        var done = false;
        ForItem(mail.To, () =>
        {
            _client ??= new OutlookClient(Environment);
            WriteObject(Run(token => operation(_client, mail, token)));
            done = true;
        });
        if (done) _succeeded++; else _failed++;
    }

    /// <summary>What -WhatIf prints: the recipients, the attachments, the subject and the body as they would go (templates filled).</summary>
    private static string WhatIfText(string action, OutgoingMail mail)
    {
        const int Shown = 4000;
        var text = new StringBuilder($"{action} to {string.Join("; ", mail.To)}");
        if (mail.Cc is { Count: > 0 } cc) text.Append($", Cc {string.Join("; ", cc)}");
        if (mail.Bcc is { Count: > 0 } bcc) text.Append($", Bcc {string.Join("; ", bcc)}");
        if (mail.Attachments is { Count: > 0 } files) text.Append($", attaching {string.Join(", ", files.Select(Path.GetFileName))}");
        text.Append($"\nSubject: {mail.Subject}\nBody ({(mail.Html ? "HTML" : "text")}):\n");
        text.Append(mail.Body.Length <= Shown ? mail.Body : mail.Body[..Shown] + $"\n... ({mail.Body.Length - Shown:N0} more characters)");
        return text.ToString();
    }

    private ProgressRecord? _progress;
    private System.Diagnostics.Stopwatch? _since;
    private int _succeeded, _failed;

    /// <summary>
    /// A bar over a piped list that lasts (from its second record on, once a second has passed): how many
    /// went out and failed, who is next, and the pace that spaces them. The list's length is not known
    /// while it is piped, so the bar counts rather than fills.
    /// </summary>
    private void ShowProgress(OutgoingMail mail)
    {
        _since ??= System.Diagnostics.Stopwatch.StartNew();
        if (_progress is null && (_succeeded + _failed == 0 || _since.Elapsed < TimeSpan.FromSeconds(1))) return;
        var pace = this is SendPipesMailCommand ? $"; {Environment.Settings.GetValue<long>(OutlookClient.MessagesPerMinuteSetting)} a minute at most ({OutlookClient.MessagesPerMinuteSetting})" : "";
        // A new record each time: a host may keep the ones it was given.
        _progress = new ProgressRecord(2, MyInvocation.MyCommand.Name, $"{_succeeded} done, {_failed} failed{pace}; next: {string.Join("; ", mail.To)}");
        WriteProgress(_progress);
    }

    protected override void EndProcessing()
    {
        if (_progress is not null)
        {
            WriteProgress(new ProgressRecord(_progress.ActivityId, _progress.Activity, $"{_succeeded} done, {_failed} failed") { RecordType = ProgressRecordType.Completed });
        }
        base.EndProcessing();
    }

    /// <summary>Exchange Online's default recipient limit: recipients (To, Cc and Bcc) a message may have (Microsoft's Exchange Online limits).</summary>
    private const int ExchangeRecipientLimit = 500;

    private protected OutgoingMail? BuildMail()
    {
        _position++;
        var record = InputObject?.BaseObject is string ? null : InputObject;
        // A contact of Import-PipesFile or Get-ACContact (it has WithheldEmails) is written to at its Email, the address the import or the
        // pull checked against the contact's opt-outs. PowerShell binds -To from a property named To before one named Email, so a file's
        // own "To" column (kept as a column: the importer does not take it for an address) was written to, an opted-out row's too.
        var withheld = record?.Properties["WithheldEmails"] is { } held ? held.Value?.ToString() ?? "" : null;
        var to = withheld is null || _toTyped ? To
            : record!.Properties["Email"]?.Value?.ToString() is { Length: > 0 } email ? [email] : null;
        if (to is null || to.All(string.IsNullOrWhiteSpace))
        {
            var which = RecordLabel.Describe(record, _position);
            Fail(new PipesException(ErrorIds.InvalidRecipient, PipesErrorKind.InvalidInput,
                record is null ? $"No recipient: -To is empty. {NothingDone}." : $"No recipient: {RecordLabel.NoEmail(record, which)}. {NothingDone} for it.",
                "Give -To, or pipe records whose Email (or To) property holds an address; filter the others out with Where-Object Email.", which), which);
            return null;
        }
        // A message of Get-PipesInbox piped to answer it (it binds -To by its Email, the sender's): not to a sender who asked to be left alone.
        if (InboxSender.Refusal(record) is { } refusal)
        {
            var which = RecordLabel.Describe(record, _position);
            Fail(new PipesException(ErrorIds.InvalidRecipient, PipesErrorKind.InvalidInput, $"{NotDone}: {refusal}. {NothingDone} for it.", InboxSender.Advice, which), which);
            return null;
        }
        string subject, body;
        IReadOnlyList<string> recipients;
        IReadOnlyList<string>? cc, bcc;
        try
        {
            // Parsed here as well as in Core, so that -WhatIf and the error name the addresses as they will be sent.
            var parsed = OutlookClient.WithParsedRecipients(new OutgoingMail(to, Subject, Body, Html, Cc, Bcc));
            (recipients, cc, bcc) = (parsed.To, parsed.Cc, parsed.Bcc);
            subject = Fill(Subject, false);
            body = Fill(Body, Html);
        }
        catch (PipesException error)
        {
            if (record is null) { Fail(error, error.Target); return null; }
            var which = RecordLabel.Describe(record, _position);
            Fail(RecordLabel.Named(error, which), which);
            return null;
        }
        // Exchange Online takes at most 500 recipients a message unless the tenant raised it (up to 1,000): past it Graph accepts the send
        // and a non-delivery report follows later (a trial: 600 went out with no word).
        if (recipients.Count + (cc?.Count ?? 0) + (bcc?.Count ?? 0) is > ExchangeRecipientLimit and var count)
            WriteWarning($"{RecordLabel.Describe(record, _position)}: {count:N0} recipients (To, Cc and Bcc together); Exchange Online takes at most {ExchangeRecipientLimit} a message "
                + "unless the tenant's recipient limit was raised, and answers with a non-delivery report, not an error. Send in groups of fewer.");
        // Nor, typed or bound, to an address the piped contact withholds (-To, -Cc or -Bcc naming it beside the record).
        if (!string.IsNullOrWhiteSpace(withheld) && MailRecipients.FirstWithheld([.. recipients, .. cc ?? [], .. bcc ?? []], withheld) is { } refused)
        {
            var which = RecordLabel.Describe(record, _position);
            Fail(new PipesException(ErrorIds.InvalidRecipient, PipesErrorKind.InvalidInput,
                $"{NotDone}: {refused} is withheld by {which}, since the contact opted out or the address bounced (its Issues say which). {NothingDone} for it.",
                "Leave the address out, or send without piping the record.", which), which);
            return null;
        }
        var files = Attachment?.Select(a => GetUnresolvedProviderPathFromPSPath(a)).ToArray();
        foreach (var file in files ?? [])
        {
            // A folder, FIFO or device exists too: Core refuses it, saying what it is, before reading it.
            if (File.Exists(file) || Directory.Exists(file)) continue;
            Fail(new PipesException(ErrorIds.FileNotFound, PipesErrorKind.NotFound, $"Cannot find the attachment '{file}'. {NothingDone} for this record.",
                "Check the -Attachment path; relative paths are read from the current location.", file, new FileNotFoundException($"Cannot find the file '{file}'.", file)), file);
            return null;
        }
        return new OutgoingMail(recipients, subject, body, Html, cc, bcc, files);
    }

    /// <summary>Replaces {Property} with the piped record's value (see <see cref="RecordTemplate"/>).</summary>
    private string Fill(string template, bool html) =>
        RecordTemplate.Fill(template, InputObject, html ? System.Net.WebUtility.HtmlEncode : null, $"{NothingDone} for it.", emptyNeedsText: true,
            which: InputObject is null or { BaseObject: string } ? null : RecordLabel.Describe(InputObject, _position));
}
