using System.Collections;
using System.Management.Automation;
using Pipes.Replies;

namespace Pipes.PowerShell.Commands.Replies;

/// <summary>Classifies a reply: Interested, NotInterested, OutOfOffice, Referral, Bounce or Unknown.</summary>
[Cmdlet(VerbsCommon.Get, "PipesReplyClassification", DefaultParameterSetName = BodySet)]
[OutputType(typeof(ReplyClassification))]
public sealed class GetPipesReplyClassificationCommand : PSCmdlet
{
    // One positional text is the body (Get-PipesReplyClassification "I'm interested"); two are the subject and the body.
    private const string BodySet = "Body";
    private const string SubjectAndBodySet = "SubjectAndBody";

    /// <summary>The reply's subject.</summary>
    [Parameter(ParameterSetName = BodySet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = SubjectAndBodySet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [AllowNull]
    public string? Subject { get; set; }

    /// <summary>The reply's body, text or HTML.</summary>
    [Parameter(ParameterSetName = BodySet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = SubjectAndBodySet, Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("ReplyText")] // the new text a classification gives back, as the nightly example's replies CSV keeps it (a trial: Import-Csv | this failed per row)
    [AllowEmptyString]
    [AllowNull]
    public string? Body { get; set; }

    /// <summary>Text or Html; detected from the body when omitted.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Text", "Html", IgnoreCase = true)]
    public string? BodyType { get; set; }

    /// <summary>The sender ("Name &lt;address&gt;" or an address); non-delivery reports are known partly by it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("FromAddress")]
    [AllowEmptyString]
    [AllowNull]
    public object? From { get; set; }

    /// <summary>The message's internet headers (Auto-Submitted, X-Autoreply, Precedence, Content-Type ...).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Headers", "InternetMessageHeaders")]
    [AllowNull]
    public IDictionary? Header { get; set; }

    /// <summary>The mailbox's own addresses (the outreach sender, a Graph message's ToRecipients): never taken for a referral contact.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ToRecipients", "Mailbox")]
    [AllowNull]
    [AllowEmptyCollection]
    public object[]? To { get; set; }

    /// <summary>When the reply arrived: a return date without a year ("until December 7") is read relative to it. Today when omitted.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ReceivedDateTime", "Date")]
    // A [DateTimeOffset], as Get-PipesInbox's ReceivedDateTime is: typed [DateTime], a piped message's ReceivedDateTime failed to
    // bind without a word (PowerShell cannot convert one to the other) and a return date was read against today. Texts and
    // [DateTime]s convert to it.
    public DateTimeOffset? Received { get; set; }

    /// <summary>
    /// A dictionary's entries, as foreach over an IDictionary gives them: a generic dictionary (a message's JoinedDictionary of headers)
    /// enumerates KeyValuePairs as a plain IEnumerable, not DictionaryEntries, so Cast&lt;DictionaryEntry&gt; failed on one.
    /// </summary>
    private static IEnumerable<DictionaryEntry> Entries(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary) yield return entry;
    }

    protected override void ProcessRecord()
    {
        var headers = Header is null ? null : Entries(Header).ToDictionary(e => e.Key.ToString() ?? "", e => (e.Value is PSObject p ? p.BaseObject : e.Value)?.ToString() ?? "", StringComparer.OrdinalIgnoreCase);
        var isHtml = BodyType is null ? ReplyText.LooksLikeHtml(Body ?? "") : BodyType.Equals("Html", StringComparison.OrdinalIgnoreCase);
        var from = From is PSObject wrapped ? wrapped.BaseObject?.ToString() : From?.ToString();
        var own = To?.Select(t => (t is PSObject p ? p.BaseObject : t)?.ToString()).OfType<string>().ToList();
        WriteObject(ReplyClassifier.Classify(Subject, Body, isHtml, from, headers, Received?.DateTime, own));
    }
}
