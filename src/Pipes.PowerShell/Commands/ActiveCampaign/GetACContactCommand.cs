using System.Management.Automation;
using Pipes.ActiveCampaign;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands.ActiveCampaign;

/// <summary>
/// Contacts from ActiveCampaign, shaped like imported contacts (Email, Phone, names, Company) so they pipe
/// into Invoke-PipesDial, Send-PipesMail and Export-Csv: all of them, those with a deal in pipelines or
/// stages, changed since a time, or (-Incremental) changed since the last complete incremental pull.
/// </summary>
// ShouldProcess for the one side effect of a read, the -Incremental watermark's move: a dry run ($WhatIfPreference, -WhatIf) reads and moves nothing.
[Cmdlet(VerbsCommon.Get, "ACContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[Alias("Get-ACContacts")]
[OutputType(typeof(ActiveCampaignContact))]
public sealed class GetACContactCommand : PipesCmdlet
{
    /// <summary>Contacts with a deal in these pipelines (dealGroup ids; Tab lists pipeline titles). Binds PipelineId from piped pipelines.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(PipelineCompleter))]
    [BlankIdAsNone]
    [ValidateRange(1, long.MaxValue)]
    public long[]? PipelineId { get; set; }

    /// <summary>Contacts with a deal in these stages (Tab lists them with their pipeline's title). Binds StageId from piped stages.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(StageCompleter))]
    [BlankIdAsNone]
    [ValidateRange(1, long.MaxValue)]
    public long[]? StageId { get; set; }

    /// <summary>
    /// Contacts changed (updated, or a deal of theirs changed) after this instant: a [DateTimeOffset]; a [DateTime], or text without
    /// an offset, is this machine's clock. Text a session's culture reads as another date is refused (<see cref="TimeTransformationAttribute"/>).
    /// </summary>
    [Parameter]
    [SinceTransformation]
    public object? Since { get; set; }

    /// <summary>-Since as the instant it names (read once, in BeginProcessing; a refusal names the value).</summary>
    private DateTimeOffset? _since;

    /// <summary>Contacts added or changed since the last complete -Incremental pull of the same filters (all of them the first time).</summary>
    [Parameter]
    public SwitchParameter Incremental { get; set; }

    /// <summary>ActiveCampaign's search: names, organisation, phone or email containing this text.</summary>
    [Parameter]
    public string? Search { get; set; }

    /// <summary>
    /// The contact with exactly this email address. Binds Email from piped records (Import-PipesFile's, a CSV's): each is looked up,
    /// and a record without one is a non-terminating Pipes.InvalidInput naming it.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Email { get; set; }

    /// <summary>A piped record (its Email is looked up), a piped address, or a piped pipeline or stage (their ids bind).</summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>These contacts by ActiveCampaign id.</summary>
    /// <remarks>Each id that is no whole number is its own Pipes.InvalidInput and the others are read (a pattern on the parameter ended the call).</remarks>
    [Parameter(Position = 0)]
    public string[]? Id { get; set; }

    /// <summary>At most this many contacts (an -Incremental pull cut short keeps its watermark).</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long? First { get; set; }

    /// <summary>
    /// With -Incremental, the watermark is not moved; this variable gets the move (a PendingWatermark): call its Commit()
    /// once the contacts are stored (the CSV written and renamed). A run that dies before then reads them again.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CommitVariable { get; set; }

    /// <summary>
    /// With -Incremental, a watermark of this reader's own ("nightly-pull"), so that a scheduled task and an admin pulling the same
    /// filters at a prompt each get every change. A name used for the first time reads every contact, as a first pull does (with a warning).
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? WatermarkName { get; set; }

    /// <summary>Adds the account's custom fields to each contact as properties named by the fields' titles (a checkbox or multi-select field as the list of options ticked, written "Oil; Gas" by Export-Csv).</summary>
    [Parameter]
    public SwitchParameter IncludeFields { get; set; }

    /// <summary>The pipeline ids of every piped pipeline, pulled together once they have all come.</summary>
    private readonly List<long> _pipedPipelines = [];

    /// <summary>The stage ids of every piped stage ((Get-ACPipeline x).Stages | Where Title -eq 'Offer Made' | Get-ACContact), pulled with them.</summary>
    private readonly List<long> _pipedStages = [];

    /// <summary>The pipelines of the piped stages: a stage binds its PipelineId too.</summary>
    private readonly List<long> _pipedStagesPipelines = [];

    /// <summary>-StageId, -PipelineId and -Email typed on the command line, not bound from each piped object.</summary>
    private bool _stagesTyped, _pipelinesTyped, _emailTyped;

    /// <summary>The piped object's 1-based place in the input, for the errors naming it.</summary>
    private long _position;

    /// <summary>-Email as typed, read as one address; records were piped (each looked up by its own Email).</summary>
    private string? _typedEmail;
    private bool _recordsPiped;

    protected override void BeginProcessing()
    {
        // Pipeline values are not bound yet.
        _stagesTyped = MyInvocation.BoundParameters.ContainsKey(nameof(StageId));
        _pipelinesTyped = MyInvocation.BoundParameters.ContainsKey(nameof(PipelineId));
        _emailTyped = MyInvocation.BoundParameters.ContainsKey(nameof(Email));
        base.BeginProcessing();
        // A filter typed empty (a variable or property not set: -Email $lead.Email, -Search $row.Missing, -PipelineId @()) would read every
        // contact, which was not asked for (a trial: a script acting on a lead with no email got the whole account).
        if (_emailTyped && Email is null) RefuseEmptyFilter("-Email", "null");
        if (MyInvocation.BoundParameters.ContainsKey(nameof(Search)) && string.IsNullOrWhiteSpace(Search)) RefuseEmptyFilter("-Search", Search is null ? "null" : "empty");
        if (_pipelinesTyped && PipelineId is not { Length: > 0 }) RefuseEmptyFilter("-PipelineId", "empty");
        if (_stagesTyped && StageId is not { Length: > 0 }) RefuseEmptyFilter("-StageId", "empty");
        if (Email is not null)
        {
            _typedEmail = OneAddress(Email);
            if (_typedEmail is null)
                ThrowTerminatingError(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts", $"-Email '{Email}' is not one email address. Nothing was read.", Email));
        }
        // -Since is not bound from the pipeline: read once, here.
        try { _since = SinceTransformationAttribute.ToInstant(Since, "ActiveCampaign", "GetContacts"); }
        catch (Integrations.PipesException error)
        {
            ThrowTerminatingError(error, Since);
        }
        if (Incremental && Since is not null)
            ThrowTerminatingError(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts",
                "-Since and -Incremental cannot be used together: -Incremental starts where the last incremental pull ended.", Since));
        // Blank, it would be the shared watermark under another name: the very mix-up the parameter exists to avoid.
        if (WatermarkName is not null && string.IsNullOrWhiteSpace(WatermarkName))
            ThrowTerminatingError(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts", "-WatermarkName is blank: give the reader's own name, such as nightly.", WatermarkName));
        if (WatermarkName is not null && !Incremental)
            ThrowTerminatingError(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts",
                "-WatermarkName names the watermark an -Incremental pull reads from and moves; without -Incremental there is none. Add -Incremental. Nothing was read.", WatermarkName));
        if (MyInvocation.BoundParameters.ContainsKey(nameof(Id)))
        {
            string?[] ids = Id is { } given ? given : new string?[] { null };
            foreach (var bad in ids.Where(id => !IsContactId(id)))
                WriteError(ToErrorRecord(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts",
                    bad is null ? "-Id is null (most likely a variable or property that is not set): it was not looked up."
                        : $"-Id '{bad}' is not an ActiveCampaign contact id (a whole number, as Get-ACContact shows in Id); it was not looked up.", bad), bad));
            // As the API writes them: " 12 " and "012" are 12, which is what comes back and is compared.
            Id = ids.Where(IsContactId).Select(id => IdKey(id!)).ToArray();
            // None left (or -Id $null, -Id @()): nothing is read; no ids would be every contact, which was not asked for.
            _noIdLeft = Id.Length == 0;
        }
    }

    private void RefuseEmptyFilter(string parameter, string what) =>
        ThrowTerminatingError(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts",
            $"{parameter} is {what} (most likely a variable or property that is not set): without it every contact would be read, which was not asked for. Nothing was read; leave {parameter} out to read every contact.", null));

    /// <summary>Every -Id was no id: the command reads nothing.</summary>
    private bool _noIdLeft;

    private static bool IsContactId(string? id) => id is not null && id.Trim() is { Length: > 0 } text && text.All(char.IsAsciiDigit);

    /// <summary>
    /// At a prompt the pull runs here. Piped pipelines (Get-ACPipeline Mineral* | Get-ACContact) are gathered and
    /// pulled together in EndProcessing, as -PipelineId 1, 2 is: one pull per pipeline wrote a contact with deals in
    /// two of them twice, each time with half its deals, and kept a watermark per pipeline.
    /// </summary>
    protected override void ProcessRecord()
    {
        if (_noIdLeft) return;
        _position++;
        var pipedStages = !_stagesTyped && StageId is { Length: > 0 } ? StageId : null;
        var pipedPipelines = !_pipelinesTyped && PipelineId is { Length: > 0 };
        // A piped record, or address, that is no pipeline or stage: the contact with its Email (Import-PipesFile leads.csv | Get-ACContact).
        var pipedRecord = MyInvocation.ExpectingInput && !pipedPipelines && pipedStages is null && InputObject is not null;
        if (pipedRecord ? _pipedPipelines.Count > 0 || _pipedStages.Count > 0 : (pipedPipelines || pipedStages is not null) && _recordsPiped)
        {
            // The records' look-ups are made as they come, the pipelines' pull at the end: mixed, the pull would be read with a record's address.
            ThrowTerminatingError(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts",
                "Both records (looked up by their Email) and pipelines or stages were piped: pipe the one or the other.", null));
            return;
        }
        if (pipedRecord && (_emailTyped || Incremental || WatermarkName is not null || CommitVariable is not null))
        {
            // A typed -Email would be looked up once per record, and -Incremental would keep a watermark (an address in state.json) per record.
            ThrowTerminatingError(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts",
                "Piped records are looked up one by one by their Email: not with -Email, -Incremental, -WatermarkName or -CommitVariable, which are for one pull. Nothing was read.", null));
            return;
        }
        string? email;
        if (pipedRecord)
        {
            _recordsPiped = true;
            // The address is kept in a local, not in Email: a value the code set itself is not reset by PowerShell for the next object.
            var given = InputObject!.BaseObject is string text ? text : Email;
            var which = RecordLabel.Describe(InputObject, _position);
            if (string.IsNullOrWhiteSpace(given))
            {
                WriteError(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts",
                    $"{RecordLabel.NoEmail(InputObject!, which)}: nothing to look up in ActiveCampaign for it. Filter such records out with Where-Object Email.", which), which);
                return;
            }
            email = OneAddress(given);
            if (email is null)
            {
                WriteError(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts",
                    $"The Email '{given}' of {which} is not one email address. Nothing was read for it.", given), given);
                return;
            }
        }
        else email = _typedEmail;
        if (MyInvocation.ExpectingInput && !pipedRecord && (PipelineId is { Length: > 0 } || pipedStages is not null))
        {
            if (pipedStages is null) _pipedPipelines.AddRange(PipelineId ?? []);
            else
            {
                _pipedStages.AddRange(pipedStages);
                _pipedStagesPipelines.AddRange(PipelineId ?? []);
            }
        }
        else Pull(PipelineId ?? [], StageId ?? [], email);
    }

    /// <summary>As the importer and Send-PipesMail read one: " Bo@x.com ", "mailto:bo@x.com" and "Bo &lt;bo@x.com&gt;" are bo@x.com; null when it is not one address.</summary>
    private static string? OneAddress(string text)
    {
        var address = Pipes.Import.Normalization.EmailNormalizer.Normalize(text);
        return address.Email is null || address.Others.Count > 0 || address.Invalid.Count > 0 ? null : address.Email;
    }

    protected override void EndProcessing()
    {
        if (_noIdLeft) { base.EndProcessing(); return; }
        // Whole pipelines and stages piped together would be read as those pipelines AND those stages, dropping the rest of each
        // pipeline: refused rather than narrowed. A stage piped binds its PipelineId too: that stage of that pipeline.
        if (_pipedPipelines.Count > 0 && _pipedStages.Count > 0)
            ThrowTerminatingError(new Integrations.InvalidInputError("ActiveCampaign", "GetContacts",
                "Both pipelines and stages were piped: pipe the pipelines (all their contacts) or the stages (only theirs), not both. Nothing was read.", null));
        else if (_pipedStages.Count > 0) Pull(_pipedStagesPipelines.Distinct().ToArray(), _pipedStages.Distinct().ToArray(), _typedEmail);
        else if (_pipedPipelines.Count > 0) Pull(_pipedPipelines.Distinct().ToArray(), StageId ?? [], _typedEmail);
        base.EndProcessing();
    }

    private void Pull(long[] pipelineIds, long[] stageIds, string? email)
    {
        var query = new ContactQuery
        {
            PipelineIds = pipelineIds,
            StageIds = stageIds,
            Since = _since,
            Incremental = Incremental,
            WatermarkName = WatermarkName,
            Search = Search,
            Email = email,
            Ids = Id ?? [],
            First = First,
            IncludeFields = IncludeFields,
        };
        var written = new HashSet<string>(StringComparer.Ordinal);
        ForItem(null, () =>
        {
            var pull = new ActiveCampaignClient(Environment).PullContacts(query);
            Stream<ActiveCampaignContact>(async (feed, token) =>
            {
                await using var contacts = pull.ReadAsync((status, fraction) => feed.Progress(status, fraction), token).GetAsyncEnumerator(token);
                while (true)
                {
                    var next = contacts.MoveNextAsync();
                    if (!next.IsCompleted) await feed.FlushAsync().ConfigureAwait(false); // what we have goes out before the next page is awaited
                    if (!await next.ConfigureAwait(false)) break;
                    await feed.AddAsync(contacts.Current).ConfigureAwait(false);
                }
            }, contact =>
            {
                written.Add(IdKey(contact.Id));
                WriteObject(ToPSObject(contact));
            }, "Get-ACContact");
            foreach (var note in pull.Notes) WriteWarning(note);
            if (CommitVariable is not null && !Incremental)
                WriteWarning($"-CommitVariable {CommitVariable} without -Incremental: this pull keeps no watermark, so the move it holds moves nothing (Complete-PipesWatermark only marks it done).");
            // Every contact was written to the pipeline: only now may the watermark move, or, with -CommitVariable, once
            // the caller has stored them (a command after this one in the pipeline, Export-Csv, has not closed its file yet).
            if (CommitOrHold(new Integrations.PendingWatermark("ActiveCampaign", pull.WatermarkKey, pull.Count, token => pull.Commit(token) ? pull.Position : null, pull.From, pull.FirstRead), CommitVariable))
                WriteVerbose($"Incremental watermark moved ({pull.Count:N0} contacts); kept in state.json as '{pull.WatermarkKey}'.");
            ReportMissing(written, email);
        });
    }

    /// <summary>
    /// Each -Id that did not come back is a non-terminating <c>Pipes.NotFound</c> naming it (as
    /// Get-PipesEvent -Id does), not silence; with -First the rest were not asked for.
    /// </summary>
    private void ReportMissing(HashSet<string> written, string? email)
    {
        // -Email asks for one contact by its address, as -Id does by its id: none is said, not silence.
        if (!string.IsNullOrWhiteSpace(email) && written.Count == 0 && Id is not { Length: > 0 })
        {
            var filtered = PipelineId is { Length: > 0 } || StageId is { Length: > 0 } || Since is not null || Incremental || Search is not null;
            WriteError(ToErrorRecord(new Integrations.PipesException(Integrations.ErrorIds.NotFound, Integrations.PipesErrorKind.NotFound,
                filtered ? $"No ActiveCampaign contact with the email {email} is among the contacts the other filters select." : $"ActiveCampaign has no contact with the email {email}.",
                "Get-ACContact -Search finds contacts by part of a name or address.", email), email));
        }
        if (Id is not { Length: > 0 } || First is not null) return;
        var narrowed = PipelineId is { Length: > 0 } || StageId is { Length: > 0 } || Since is not null || Incremental || Search is not null || email is not null;
        foreach (var id in Id.Where(id => !string.IsNullOrWhiteSpace(id)).DistinctBy(IdKey).Where(id => !written.Contains(IdKey(id))))
            WriteError(ToErrorRecord(new Integrations.PipesException(Integrations.ErrorIds.NotFound, Integrations.PipesErrorKind.NotFound,
                narrowed ? $"ActiveCampaign contact {id} was not found among the contacts the other filters select." : $"ActiveCampaign has no contact {id}.",
                "Get-ACContact -Search or -Email finds contacts by name or address.", id), id));
    }

    /// <summary>An id as the API writes it ("12" for "012" or " 12 ").</summary>
    private static string IdKey(string id) =>
        long.TryParse(id, System.Globalization.NumberStyles.AllowLeadingWhite | System.Globalization.NumberStyles.AllowTrailingWhite, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : id.Trim();

    /// <summary>Reading contacts is one piece of work: any failure ends the command, so a scheduled task sees it.</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) => true;

    /// <summary>
    /// The contact, with each custom field added as a property by its title (-IncludeFields), so that Export-Csv keeps them.
    /// PowerShell lists added properties before a type's own, so Export-Csv would write every field before Id: the contact's
    /// own properties are added first, with the values they have (a contact cannot change), and the columns read Id, Email,
    /// ..., then the fields.
    /// </summary>
    private static object ToPSObject(ActiveCampaignContact contact)
    {
        if (contact.CustomFields() is not { Count: > 0 } fields) return contact;
        var wrapped = PSObject.AsPSObject(contact);
        foreach (var own in wrapped.Properties.Where(p => p.MemberType == PSMemberTypes.Property).ToList())
            wrapped.Properties.Add(new PSNoteProperty(own.Name, own.Value));
        foreach (var (title, value) in fields)
            wrapped.Properties.Add(new PSNoteProperty(wrapped.Properties[title] is null ? title : title + " (field)", value));
        return wrapped;
    }
}
