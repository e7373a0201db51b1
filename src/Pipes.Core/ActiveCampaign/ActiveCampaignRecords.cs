namespace Pipes.ActiveCampaign;

/// <summary>
/// One ActiveCampaign contact, shaped like an imported contact (<see cref="Import.ContactRecord"/>: the same
/// property names, normalised by the importer's own normalisers) so that it pipes into
/// Invoke-PipesDial, Send-PipesMail and Export-Csv unchanged.
/// </summary>
public sealed class ActiveCampaignContact
{
    /// <summary>ActiveCampaign's contact id (digits, kept as text as the API sends it).</summary>
    public string Id { get; init; } = "";
    /// <summary>The address, cleaned and checked by the importer's email normaliser; null when unusable (see Issues).</summary>
    public string? Email { get; init; }
    /// <summary>More addresses from the email field, '; '-separated as the importer writes them; null when none.</summary>
    public string? ExtraEmails { get; init; }
    /// <summary>
    /// The contact's addresses when it unsubscribed from an ActiveCampaign list or its address bounced on one (Issues names the
    /// lists): '; '-separated, as an imported opt-out's; Email and ExtraEmails are then null, so nothing writes to them, while
    /// Import-PipesEmail still matches the contact's history through them. Null otherwise.
    /// </summary>
    public string? WithheldEmails { get; init; }
    /// <summary>10 digits for a North American number, E.164 for others; null when unusable (the text is in PhoneRaw).</summary>
    public string? Phone { get; init; }
    public string? PhoneExtension { get; init; }
    /// <summary>More numbers from the phone field ("713-555-0101, 281-555-0102" holds two), '; '-separated as the importer writes them; null when none.</summary>
    public string? ExtraPhones { get; init; }
    /// <summary>The phone text as ActiveCampaign holds it, when it could not be read as a number.</summary>
    public string? PhoneRaw { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? FullName { get; init; }
    /// <summary>The contact's organisation name (orgname), when it has one.</summary>
    public string? Company { get; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Updated { get; init; }
    /// <summary>The contact's deals in the pipelines or stages asked for (-PipelineId, -StageId); null when none were asked for. Reads as "title (pipeline / stage, value); ..." in text and CSV.</summary>
    public ActiveCampaignDeals? Deals { get; init; }
    /// <summary>
    /// Custom field values by field title (-IncludeFields); null when not asked for. A method, so that Export-Csv writes
    /// the fields (the cmdlet adds them as properties) rather than the dictionary. Each value is the text ActiveCampaign
    /// holds, or, for a checkbox or multi-select field, a <see cref="Pipes.Integrations.JoinedList{T}"/> of the options ticked (text: "Oil; Gas").
    /// </summary>
    public IReadOnlyDictionary<string, object?>? CustomFields() => Fields;
    internal IReadOnlyDictionary<string, object?>? Fields { get; init; }
    /// <summary>What could not be normalised and why, separated by "; " (the importer's words).</summary>
    public string? Issues { get; init; }
    /// <summary>Where the contact came from, like an import's SourceFile: "ActiveCampaign".</summary>
    public string Source => "ActiveCampaign";

    /// <summary>The later of Updated and its deals' modification times: what an incremental pull tracks.</summary>
    internal DateTimeOffset? Changed { get; init; }
}

/// <summary>A contact's deals; as text (a table cell, a CSV column) "title (pipeline / stage, value); ...".</summary>
public sealed class ActiveCampaignDeals(IList<ActiveCampaignDeal> deals) : System.Collections.ObjectModel.ReadOnlyCollection<ActiveCampaignDeal>(deals)
{
    public override string ToString() => string.Join("; ", this);
}

/// <summary>A deal of a contact, with its pipeline and stage by id and title; Value in dollars (ActiveCampaign stores cents).</summary>
public sealed record ActiveCampaignDeal(string Id, string? Title, string? PipelineId, string? Pipeline, string? StageId, string? Stage,
    decimal? Value, string? Currency, string? Status, DateTimeOffset? Modified)
{
    public override string ToString() => $"{Title} ({Pipeline} / {Stage}{(Value is { } v ? $", {v:0.##} {Currency?.ToUpperInvariant()}" : "")})";
}

/// <summary>A pipeline (dealGroup) with its stages in order.</summary>
public sealed record ActiveCampaignPipeline(string Id, string Title, string? Currency, IReadOnlyList<ActiveCampaignStage> Stages, DateTimeOffset? Created)
{
    /// <summary>The id again, under the name Get-ACContact -PipelineId binds from a piped pipeline.</summary>
    public string PipelineId => Id;
}

/// <summary>A stage of a pipeline.</summary>
public sealed record ActiveCampaignStage(string Id, string Title, int? Order, string PipelineId)
{
    /// <summary>The id again, under the name Get-ACContact -StageId binds from a piped stage (which binds -PipelineId too: that stage of that pipeline).</summary>
    public string StageId => Id;

    public override string ToString() => Title;
}

/// <summary>What Get-ACContact asks for; every part optional.</summary>
public sealed record ContactQuery
{
    /// <summary>Contacts with a deal in one of these pipelines (primary contact or a contactDeal).</summary>
    public IReadOnlyList<long> PipelineIds { get; init; } = [];
    /// <summary>Contacts with a deal in one of these stages (with PipelineIds: in those pipelines and these stages).</summary>
    public IReadOnlyList<long> StageIds { get; init; } = [];
    /// <summary>Contacts changed after this instant.</summary>
    public DateTimeOffset? Since { get; init; }
    /// <summary>Contacts changed since the last complete incremental pull of the same query (a watermark in state.json).</summary>
    public bool Incremental { get; init; }
    /// <summary>ActiveCampaign's <c>search</c>: names, organisation, phone or email containing it.</summary>
    public string? Search { get; init; }
    /// <summary>ActiveCampaign's <c>email</c>: the exact address.</summary>
    public string? Email { get; init; }
    /// <summary>These contacts by id.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];
    /// <summary>At most this many contacts (an incremental pull cut short this way keeps its watermark).</summary>
    public long? First { get; init; }
    /// <summary>Custom field values by their titles.</summary>
    public bool IncludeFields { get; init; }
    /// <summary>
    /// An incremental pull's reader ("nightly-pull"): a watermark of its own for the same filters, so that a scheduled task and
    /// an admin at a prompt each get every change. Null: the unnamed watermark, shared by every unnamed pull of these filters.
    /// </summary>
    public string? WatermarkName { get; init; }

    /// <summary>The part of the query an incremental watermark belongs to (filters only; -First and -IncludeFields do not change what is new).</summary>
    internal string WatermarkScope =>
        $"pipelines={string.Join(",", PipelineIds.Order())};stages={string.Join(",", StageIds.Order())};search={Search};email={Email?.ToLowerInvariant()};ids={string.Join(",", Ids.Order(StringComparer.Ordinal))}"
        // Only when named: the unnamed key stays what it was, so a watermark stored before names existed is still found.
        + (string.IsNullOrWhiteSpace(WatermarkName) ? "" : ";reader=" + WatermarkName.Trim());
}
