using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Pipes.Import;
using Pipes.Integrations;
using Pipes.Import.Normalization;

namespace Pipes.ActiveCampaign;

public sealed partial class ActiveCampaignClient
{
    /// <summary>ActiveCampaign's largest page.</summary>
    internal const int PageSize = 100;

    /// <summary>
    /// The seed's <c>get_contacts(pipeline_id, since)</c>: a pull of the contacts <paramref name="query"/> asks
    /// for. Read it with <see cref="ContactPull.ReadAsync"/>; an incremental pull's watermark moves only when
    /// the caller calls <see cref="ContactPull.Commit"/> after the last contact was read and used.
    /// </summary>
    public ContactPull PullContacts(ContactQuery query) => new(this, query, Environment, Account);

    /// <summary>Reports how far a pull is: a line of text and the fraction done when the total is known.</summary>
    public delegate void PullProgress(string status, double? fraction);

    /// <summary>The contacts of a pull, page by page as they arrive.</summary>
    internal async IAsyncEnumerable<ActiveCampaignContact> ReadContactsAsync(ContactQuery query, PullWatermark? after, Action<DateTimeOffset> serverTime,
        PullProgress? progress, Action<string> note, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EnsureConfigured("GetContacts");
        var fields = query.IncludeFields ? await FieldTitlesAsync(cancellationToken).ConfigureAwait(false) : null;
        IAsyncEnumerable<ActiveCampaignContact> source;
        if (query.PipelineIds.Count > 0 || query.StageIds.Count > 0) source = PipelineContactsAsync(query, fields, serverTime, progress, note, cancellationToken);
        else if (query.Ids.Count > 0) source = ContactsByIdAsync(query.Ids, Filters(query, null), fields, null, serverTime, progress, cancellationToken);
        else source = ContactsByIdOrderAsync(query, after, fields, serverTime, progress, note, cancellationToken);
        await foreach (var contact in source.ConfigureAwait(false)) yield return contact;
        if (fields is { Unknown.Count: > 0 } known)
            note($"{known.UnknownOn.Count} contact(s) ({string.Join(", ", known.UnknownOn.Take(5))}{(known.UnknownOn.Count > 5 ? ", ..." : "")}) have values for field(s) "
                + $"{string.Join(", ", known.Unknown.Take(5))} that ActiveCampaign's field list did not have when the pull began (created or deleted since): they are on "
                + "those contacts only, named by the field's id, and Export-Csv, which takes its columns from the first contact, leaves them out. Run the pull again to have them on every contact.");
    }

    /// <summary>
    /// All contacts matching the query, ordered by id and paged with <c>id_greater</c> (ActiveCampaign's
    /// advice for large accounts: an offset deep into a big account is slow), with progress against the
    /// first page's <c>meta.total</c>.
    /// </summary>
    private async IAsyncEnumerable<ActiveCampaignContact> ContactsByIdOrderAsync(ContactQuery query, PullWatermark? after,
        AccountFields? fields, Action<DateTimeOffset> serverTime, PullProgress? progress, Action<string> note, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filters = Filters(query, after?.At ?? query.Since);
        long? total = null;
        long read = 0;
        long cursor = 0;
        while (true)
        {
            var url = ApiRoot() + $"contacts?limit={PageSize}&{Key("orders[id]")}=ASC" + (cursor > 0 ? $"&id_greater={cursor}" : "") + filters + Include(fields);
            var (page, date) = await GetAsync("GetContacts", url, AcJson.Default.AcContactPage, cancellationToken).ConfigureAwait(false);
            if (date is { } at) serverTime(at);
            var contacts = ListIn(page.Contacts, "GetContacts", "contacts");
            total ??= page.Meta?.TotalCount;
            read += contacts.Count;
            progress?.Invoke(total is { } all ? $"{read:N0} of {all:N0} contacts read" : $"{read:N0} contacts read", total is > 0 ? (double)read / total.Value : null);
            var values = FieldValues(page, fields);
            var optOuts = OptOuts(page);
            var last = cursor;
            foreach (var contact in contacts)
            {
                if (ParseId(contact.Id) is { } id && id > last) last = id;
                yield return ToContact(contact, null, fields, values, optOuts);
            }
            if (contacts.Count < PageSize || (page.Meta?.TotalCount is { } remaining && contacts.Count >= remaining))
            {
                // The pages ended short of the count the first one gave (a trial: a page cut short by a proxy ended a pull of 300 at 100,
                // without a word). Contacts deleted while the pull ran do the same, so it is said, not failed.
                if (total is { } counted && read < counted)
                    note($"ActiveCampaign counted {counted:N0} contacts matching on its first page, and {read:N0} were read before its pages ended: contacts deleted while the pull ran, or a page cut short. Run the pull again to be sure of the rest (an -Incremental pull reads them from its watermark).");
                yield break;
            }
            // A service that ignored id_greater would hand back the same page for ever.
            if (last <= cursor) throw new Integrations.RemoteRejectedError(Name, "GetContacts", "ActiveCampaign answered a page of contacts that did not move past the last id read (id_greater was not honoured); the pull stopped rather than read the same page again.", null);
            cursor = last;
        }
    }

    /// <summary>
    /// A page's list, which every answer of ActiveCampaign's list endpoints holds (<c>[]</c> when empty): a page without it (<c>{}</c>, a
    /// proxy's or a failing service's answer) read as an empty list ended a pull as if complete (a trial). Pipes.RemoteRejected.
    /// </summary>
    private IReadOnlyList<T> ListIn<T>(IReadOnlyList<T>? items, string operation, string list) => items
        ?? throw new Integrations.RemoteRejectedError(Name, operation,
            $"ActiveCampaign answered a page of {list} without its list of items (not even an empty one): an answer cut short, or not the API's. What was read before it was given; the rest was not read.", null);

    /// <summary>The given contacts, asked for 100 ids at a time (<c>ids[]</c>), in id order; <paramref name="deals"/> puts each one's deals on it.</summary>
    private async IAsyncEnumerable<ActiveCampaignContact> ContactsByIdAsync(IReadOnlyList<string> ids, string filters, AccountFields? fields,
        IReadOnlyDictionary<string, List<ActiveCampaignDeal>>? deals, Action<DateTimeOffset> serverTime, PullProgress? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ordered = ids.Distinct(StringComparer.Ordinal).OrderBy(id => ParseId(id) ?? long.MaxValue).ThenBy(id => id, StringComparer.Ordinal).ToList();
        for (var start = 0; start < ordered.Count; start += PageSize)
        {
            var batch = ordered.Skip(start).Take(PageSize).ToList();
            var url = new StringBuilder(ApiRoot()).Append("contacts?limit=").Append(PageSize);
            foreach (var id in batch) url.Append('&').Append(Key("ids[]")).Append('=').Append(Uri.EscapeDataString(id));
            url.Append(filters);
            url.Append(Include(fields));
            var (page, date) = await GetAsync("GetContacts", url.ToString(), AcJson.Default.AcContactPage, cancellationToken).ConfigureAwait(false);
            if (date is { } at) serverTime(at);
            var done = Math.Min(start + PageSize, ordered.Count);
            progress?.Invoke($"{done:N0} of {ordered.Count:N0} contacts read", (double)done / ordered.Count);
            var values = FieldValues(page, fields);
            var optOuts = OptOuts(page);
            var wanted = batch.ToHashSet(StringComparer.Ordinal);
            // Only the ids asked for, each once, whatever else a page holds.
            foreach (var contact in ListIn(page.Contacts, "GetContacts", "contacts").Where(c => c.Id is not null && wanted.Remove(c.Id)).OrderBy(c => ParseId(c.Id) ?? long.MaxValue))
                yield return ToContact(contact, deals is not null && deals.TryGetValue(contact.Id!, out var own) ? own : deals is null ? null : [], fields, values, optOuts);
        }
    }

    /// <summary>
    /// A pipeline or stage id the account does not have (or a stage outside the pipelines asked for)
    /// would read as "no contacts", and a nightly pull would bring nothing every night without a word:
    /// <c>Pipes.NotFound</c> naming them, before any deal is read.
    /// </summary>
    private static void CheckFilters(ContactQuery query, IReadOnlyDictionary<string, string> pipelines, IReadOnlyDictionary<string, ActiveCampaignStage> stages)
    {
        static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
        var asked = query.PipelineIds.Select(Text).ToHashSet(StringComparer.Ordinal);
        var missing = asked.Where(id => !pipelines.ContainsKey(id)).Select(id => $"pipeline {id}")
            .Concat(query.StageIds.Select(Text).Where(id => !stages.TryGetValue(id, out var stage) || (asked.Count > 0 && !asked.Contains(stage.PipelineId))).Select(id => $"stage {id}"))
            .ToList();
        if (missing.Count == 0) return;
        var where = asked.Count > 0 && query.StageIds.Count > 0 ? " in the pipelines asked for" : "";
        throw new PipesException(ErrorIds.NotFound, PipesErrorKind.NotFound,
            $"ActiveCampaign has no {string.Join(", ", missing)}{where}: no contacts were read.",
            "Get-ACPipeline lists the pipelines with their stages; Tab after -PipelineId or -StageId completes them.", string.Join(", ", missing));
    }

    /// <summary>
    /// The contacts with a deal in the pipelines or stages asked for: the deals (<c>filters[group]</c> or
    /// <c>filters[stage]</c>, 100 a page), their further contacts (<c>/contactDeals</c>), then the contacts
    /// themselves 100 ids a request, never one request per contact.
    /// </summary>
    private async IAsyncEnumerable<ActiveCampaignContact> PipelineContactsAsync(ContactQuery query, AccountFields? fields,
        Action<DateTimeOffset> serverTime, PullProgress? progress, Action<string> note, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The pipelines' and stages' titles by id, and the stages themselves, from the pipelines as read.
        static (Dictionary<string, string> Pipelines, Dictionary<string, ActiveCampaignStage> Stages, Dictionary<string, string> StageTitles) Titles(
            IReadOnlyList<ActiveCampaignPipeline> pipelines)
        {
            var stages = pipelines.SelectMany(p => p.Stages).DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
            return (pipelines.ToDictionary(p => p.Id, p => p.Title, StringComparer.Ordinal), stages, stages.ToDictionary(s => s.Key, s => s.Value.Title, StringComparer.Ordinal));
        }
        var (pipelineTitles, stages, stageTitles) = Titles(await GetPipelinesAsync(cancellationToken).ConfigureAwait(false));
        CheckFilters(query, pipelineTitles, stages);
        var stageFilter = query.StageIds.Select(s => s.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        var sources = query.PipelineIds.Count > 0
            ? query.PipelineIds.Distinct().Select(id => (Key("filters[group]"), id, "pipeline"))
            : query.StageIds.Distinct().Select(id => (Key("filters[stage]"), id, "stage"));
        var read = new Dictionary<string, AcDeal>(StringComparer.Ordinal);
        foreach (var (filter, id, kind) in sources)
        {
            var listed = await WholeListAsync("GetDeals", $"deals of {kind} {id}", offset => ApiRoot() + $"deals?{filter}={id}&limit={PageSize}&offset={offset}", AcJson.Default.AcDealPage,
                page => page.Deals, deal => deal.Id, page => page.Meta, serverTime, () => progress?.Invoke($"{read.Count:N0} deals read", null), null, cancellationToken).ConfigureAwait(false);
            foreach (var deal in listed)
                if (deal.Id is not null && (stageFilter.Count == 0 || stageFilter.Contains(deal.Stage ?? ""))) read[deal.Id] = deal;
        }
        // A stage (or pipeline) added while the deals were read, with a deal moved into it, is not among the pipelines read
        // first: they are read once more, or that deal's Stage would be empty without a word.
        if (read.Values.Any(d => (d.Stage is { } s && !stageTitles.ContainsKey(s)) || (d.Group is { } g && !pipelineTitles.ContainsKey(g))))
            (pipelineTitles, _, stageTitles) = Titles(await GetPipelinesAsync(cancellationToken).ConfigureAwait(false));
        var deals = new Dictionary<string, ActiveCampaignDeal>(StringComparer.Ordinal);
        var primary = new Dictionary<string, string>(StringComparer.Ordinal); // deal -> its primary contact
        foreach (var (id, deal) in read)
        {
            deals[id] = ToDeal(deal, pipelineTitles, stageTitles);
            if (deal.Contact is { } contact && ParseId(contact) is > 0) primary[id] = contact;
        }
        var byContact = new Dictionary<string, List<ActiveCampaignDeal>>(StringComparer.Ordinal);
        void Link(string contact, string deal)
        {
            if (!byContact.TryGetValue(contact, out var list)) byContact[contact] = list = [];
            if (!list.Any(d => d.Id == deal)) list.Add(deals[deal]);
        }
        foreach (var (deal, contact) in primary) Link(contact, deal);
        if (deals.Count > 0)
        {
            // contactDeals takes no filter documented well enough to trust: read whole, joined to the deals here.
            var links = await WholeListAsync("GetContactDeals", "contactDeals (the deals' further contacts)", offset => ApiRoot() + $"contactDeals?limit={PageSize}&offset={offset}", AcJson.Default.AcContactDealPage,
                page => page.ContactDeals, link => link.Id, page => page.Meta, null, () => progress?.Invoke($"{deals.Count:N0} deals read; their further contacts", null), null, cancellationToken).ConfigureAwait(false);
            foreach (var link in links)
                if (link.Deal is { } deal && deals.ContainsKey(deal) && link.Contact is { } contact && ParseId(contact) is > 0) Link(contact, deal);
        }
        var ids = query.Ids.Count > 0 ? byContact.Keys.Intersect(query.Ids, StringComparer.Ordinal).ToList() : byContact.Keys.ToList();
        var filters = Filters(query, null);
        var found = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var contact in ContactsByIdAsync(ids, filters, fields, byContact, serverTime, progress, cancellationToken).ConfigureAwait(false))
        {
            found.Add(contact.Id);
            yield return contact;
        }
        // With no filter on the contacts, a deal's contact that did not come back was deleted (ActiveCampaign keeps the
        // deal): a deal none of whose contacts came back would leave the output without a word. A deal that lost only
        // one of its contacts (a further one from contactDeals, or the primary one beside a further one) is still in
        // the Deals of a contact written, and is not named.
        var written = found.SelectMany(id => byContact.TryGetValue(id, out var own) ? own : []).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var gone = ids.Where(id => !found.Contains(id) && byContact[id].Any(d => !written.Contains(d.Id))).ToList();
        if (filters.Length == 0 && query.Ids.Count == 0 && gone.Count > 0)
        {
            var orphans = gone.SelectMany(id => byContact[id]).Where(d => !written.Contains(d.Id)).DistinctBy(d => d.Id).ToList();
            note($"{orphans.Count} deal(s) in the {(query.PipelineIds.Count > 0 ? "pipelines" : "stages")} asked for name a contact ActiveCampaign no longer has (contact {string.Join(", ", gone.Take(10))}{(gone.Count > 10 ? ", ..." : "")}), so they are in no contact's Deals: "
                + string.Join("; ", orphans.Take(5).Select(d => $"deal {d.Id} '{d.Title}'")) + (orphans.Count > 5 ? "; ..." : "") + ".");
        }
    }

    /// <summary>How many times a list that moved down while it was paged is read again from its first page before the pull gives up.</summary>
    private const int ListReadAttempts = 3;

    /// <summary>
    /// Every item of a list ActiveCampaign pages only by <c>offset</c> (deals, contactDeals, fields, dealGroups), each id once;
    /// <paramref name="list"/> names it in the log and the error ("deals of pipeline 2"). A deal deleted or moved out of the pipeline
    /// while the pages are read shifts every later item down one place, so a next page at the plain offset would start one
    /// item late and skip one that is still there, without a word, whether or not a deal added elsewhere keeps
    /// <c>meta.total</c> as it was. So each page after the first starts on the last item of the one before (one item of
    /// overlap a page), and the list is read again from the first page, at most <see cref="ListReadAttempts"/> times, then
    /// <c>Pipes.Unavailable</c> naming the list, so that a nightly pull fails and keeps its watermark rather than lose a
    /// contact, when the page shows that the part already read changed under the reading:
    /// <list type="bullet">
    /// <item>that item is not on the page at all (the list moved down: an item before it was deleted or moved out; the page
    /// may then be empty). <c>meta.total</c> falling is not a sign by itself: an item deleted after the part read loses
    /// nothing, and one deleted in it moves that item;</item>
    /// <item>the page starts on items already read before that item (the list moved up) by more places than
    /// <c>meta.total</c> grew since the page before: an item already there moved into the part read (its place in the order
    /// changed), or the service ignores <c>offset</c>. Moved up by no more than it grew, items were added before the page:
    /// none of those read is lost, and an added one may be missed, as if added after the reading;</item>
    /// <item>an item already read comes after that item: the list was reordered, and the item that took its place in the
    /// part read would be missed.</item>
    /// </list>
    /// <paramref name="restarted"/> is called before a new reading, for what the caller gathered from the pages (side-loaded
    /// stages). An item moved into the part read while as many others left it (deleted there) cannot be seen by any offset
    /// reading.
    /// </summary>
    private async Task<List<TItem>> WholeListAsync<TPage, TItem>(string operation, string list, Func<int, string> urlAt, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TPage> type,
        Func<TPage, IReadOnlyList<TItem>?> items, Func<TItem, string?> idOf, Func<TPage, AcMeta?> meta, Action<DateTimeOffset>? serverTime, Action? progress,
        Action? restarted, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var whole = new List<TItem>();
            var read = new HashSet<string>(StringComparer.Ordinal);
            long? lastTotal = null;
            string? lastId = null;
            var changed = false;
            for (var offset = 0; ;)
            {
                progress?.Invoke();
                var (page, date) = await GetAsync(operation, urlAt(offset), type, cancellationToken).ConfigureAwait(false);
                if (date is { } at) serverTime?.Invoke(at);
                var got = ListIn(items(page), operation, list);
                var total = meta(page)?.TotalCount;
                if (offset > 0 && !ContinuesFrom(got, idOf, lastId, read, total - lastTotal)) { changed = true; break; }
                var added = 0;
                foreach (var item in got)
                    if (idOf(item) is not { } id || read.Add(id)) { whole.Add(item); added++; }
                if (got.Count < PageSize) break;
                // A full page that brought nothing new is a list moving faster than it is read (or one that ignores offset).
                if (added == 0) { changed = true; break; }
                if (total is { } all && offset + got.Count >= all) break;
                lastId = idOf(got[^1]);
                lastTotal = total;
                offset += got.Count - 1;
            }
            if (!changed) return whole;
            Environment.Log.Write(new Logging.OperationRecord(Name, operation, null, Logging.OperationOutcome.Retrying, TimeSpan.Zero, attempt,
                Detail: $"{list} moved while its pages were read (a page did not start where the last one ended); reading it again from the first page"));
            if (attempt == ListReadAttempts)
                throw new Integrations.UnavailableError(Name, operation,
                    $"ActiveCampaign's {list} changed while being read, {ListReadAttempts} times running (items before the page being read were removed or moved, or the service ignored offset), so a complete list could not be read and nothing was returned from it.",
                    recommendedAction: "Try again when the account is quieter; an incremental pull keeps its watermark.");
            restarted?.Invoke();
        }
    }

    /// <summary>
    /// Whether a page (not the first) carries on from the one before, whose last item was <paramref name="lastId"/>: that
    /// item is on it (so an empty page does not), first or after no more items than <paramref name="grown"/> (how much <c>meta.total</c> grew since that
    /// page; null when either page gave none), and no item after it was read already.
    /// See <see cref="WholeListAsync"/>.
    /// </summary>
    private static bool ContinuesFrom<TItem>(IReadOnlyList<TItem> page, Func<TItem, string?> idOf, string? lastId, HashSet<string> read, long? grown)
    {
        var at = -1;
        for (var i = 0; i < page.Count && at < 0; i++)
            if (idOf(page[i]) is { } id && id == lastId) at = i;
        if (at < 0 || (at > 0 && (grown is not { } more || more < at))) return false;
        for (var i = at + 1; i < page.Count; i++)
            if (idOf(page[i]) is { } id && read.Contains(id)) return false;
        return true;
    }

    /// <summary>The query's filters as query-string parameters (each starting with &amp;).</summary>
    private static string Filters(ContactQuery query, DateTimeOffset? changedAfter)
    {
        var filters = new StringBuilder();
        if (query.Search is { Length: > 0 } search) filters.Append("&search=").Append(Uri.EscapeDataString(search));
        if (query.Email is { Length: > 0 } email) filters.Append("&email=").Append(Uri.EscapeDataString(email));
        if (changedAfter is { } at) filters.Append('&').Append(Key("filters[updated_after]")).Append('=').Append(ActiveCampaignDates.UpdatedAfterFilter(at));
        return filters.ToString();
    }

    /// <summary>Field id → its title and kind (<c>GET /fields</c>, 100 a page).</summary>
    private async Task<AccountFields> FieldTitlesAsync(CancellationToken cancellationToken)
    {
        var fields = await WholeListAsync("GetFields", "custom fields", offset => ApiRoot() + $"fields?limit={PageSize}&offset={offset}", AcJson.Default.AcFieldPage,
            page => page.Fields, field => field.Id, page => page.Meta, null, null, null, cancellationToken).ConfigureAwait(false);
        var titles = new Dictionary<string, AccountField>(StringComparer.Ordinal);
        foreach (var field in fields.DistinctBy(f => f.Id))
        {
            if (field.Id is not { } id) continue;
            var name = field.Title is { Length: > 0 } title ? title : field.Perstag ?? id;
            // Two fields may share a title ("Notes" and "notes"): each keeps a name of its own, or one's values would overwrite the other's.
            if (titles.Values.Any(t => string.Equals(t.Title, name, StringComparison.OrdinalIgnoreCase))) name = $"{name} ({field.Perstag ?? id})";
            titles[id] = new AccountField(name, field.Type is { } type && MultipleChoiceTypes.Contains(type));
        }
        return new AccountFields(titles);
    }

    /// <summary>
    /// Field types whose value is several options, stored as <c>||Oil||Gas||</c> (ActiveCampaign's format for
    /// checkboxes and multi-select lists, whose API type is <c>listbox</c>).
    /// </summary>
    private static readonly HashSet<string> MultipleChoiceTypes = new(["checkbox", "listbox", "multiselect"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "||Oil||Gas||" as the options Oil and Gas (reading "Oil; Gas" in text and CSV, and -contains finds one);
    /// null for none. A value without the bars (one option, written by an older form) is that option.
    /// </summary>
    private static JoinedList<string>? Options(string? value)
    {
        var options = (value ?? "").Split("||", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return options.Length == 0 ? null : new JoinedList<string>(options);
    }

    private static Dictionary<string, Dictionary<string, object?>>? FieldValues(AcContactPage page, AccountFields? fields)
    {
        if (fields is null) return null;
        var values = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var value in page.FieldValues ?? [])
        {
            if (value.Contact is not { } contact || value.Field is not { } field) continue;
            if (!values.TryGetValue(contact, out var own)) values[contact] = own = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            if (fields.Titles.TryGetValue(field, out var known)) own[known.Title] = known.HoldsSeveral ? Options(value.Value) : value.Value;
            else if (value.Value is not null)
            {
                own[field] = value.Value;
                fields.NoteUnknown(field, contact);
            }
        }
        return values;
    }

    /// <summary>
    /// What every contacts request side-loads: each contact's list subscriptions (<c>contactLists</c>, for its opt-outs), and with
    /// -IncludeFields its custom field values. ActiveCampaign takes several side-loads comma-separated in one <c>include</c>.
    /// </summary>
    private static string Include(AccountFields? fields) => fields is null ? "&include=contactLists" : "&include=contactLists,fieldValues";

    /// <summary>
    /// The contacts of a page that unsubscribed from a list (status 2) or whose address bounced on one (status 3), by contact id,
    /// with what to say of each list: the page's side-loaded <c>contactLists</c>. Unconfirmed (0) and active (1) subscriptions say
    /// nothing against writing; ActiveCampaign's other codes (91, a subscription removed by an API call's overwrite) neither.
    /// </summary>
    private static Dictionary<string, List<string>>? OptOuts(AcContactPage page)
    {
        Dictionary<string, List<string>>? optOuts = null;
        foreach (var subscription in page.ContactLists ?? [])
        {
            if (subscription.Contact is not { } contact || subscription.Status is not ("2" or "3")) continue;
            var when = ActiveCampaignDates.Parse(subscription.Udate) ?? ActiveCampaignDates.Parse(subscription.Sdate);
            var on = when is { } at ? $" on {at:yyyy-MM-dd}" : "";
            var said = subscription.Status == "2"
                ? $"unsubscribed from ActiveCampaign list {subscription.List}{on}" + (Blank(subscription.Unsubreason) is { } reason ? $" ('{reason}')" : "")
                : $"bounced on ActiveCampaign list {subscription.List}{on}";
            optOuts ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (!optOuts.TryGetValue(contact, out var lists)) optOuts[contact] = lists = [];
            lists.Add(said);
        }
        return optOuts;
    }

    /// <summary>
    /// A contact as an imported contact is shaped: phone and email through the importer's normalisers, with its words in Issues.
    /// With <paramref name="fieldTitles"/> (-IncludeFields) it carries every field of the account, null where it has no value,
    /// so that every contact has the same fields (Export-Csv takes its columns from the first object).
    /// A contact that unsubscribed from a list or bounced on one (<paramref name="optOuts"/>) has its addresses in WithheldEmails, not
    /// Email, as an imported opt-out has: on any list, since a prospect's mail from Pipes belongs to no list, and an opt-out is the
    /// safe side of an unsubscribe from one list beside an active subscription to another (Issues names each list).
    /// </summary>
    private ActiveCampaignContact ToContact(AcContact wire, List<ActiveCampaignDeal>? deals, AccountFields? fieldTitles,
        Dictionary<string, Dictionary<string, object?>>? fieldValues, Dictionary<string, List<string>>? optOuts)
    {
        var phones = new ContactPhones();
        if (!string.IsNullOrWhiteSpace(wire.Phone)) phones.Add(wire.Phone);
        var issues = phones.Issues ?? [];
        string? email = null, extraEmails = null;
        if (!string.IsNullOrWhiteSpace(wire.Email))
        {
            var result = EmailNormalizer.Normalize(wire.Email);
            email = result.Email;
            if (result.Others.Count > 0) extraEmails = string.Join("; ", result.Others);
            issues.AddRange(result.Invalid.Select(ContactIssues.InvalidEmail));
        }
        string? withheld = null;
        if (wire.Id is { } contactId && optOuts is not null && optOuts.TryGetValue(contactId, out var lists) && email is not null)
        {
            withheld = extraEmails is null ? email : email + "; " + extraEmails;
            issues.Add(ContactIssues.Withheld(withheld, string.Join("; ", lists)));
            (email, extraEmails) = (null, null);
        }
        var first = Blank(wire.FirstName);
        var last = Blank(wire.LastName);
        var updated = ActiveCampaignDates.Parse(wire.Udate);
        var created = ActiveCampaignDates.Parse(wire.Cdate);
        var changed = updated ?? created;
        foreach (var deal in deals ?? [])
            if (deal.Modified is { } modified && (changed is null || modified > changed)) changed = modified;
        Dictionary<string, object?>? fields = null;
        if (fieldTitles is not null)
        {
            var own = wire.Id is { } id && fieldValues is not null && fieldValues.TryGetValue(id, out var values) ? values : null;
            fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var field in fieldTitles.Titles.Values) fields[field.Title] = null; // every field, so every contact has the same columns
            foreach (var (title, value) in own ?? []) fields[title] = value; // its own values, a field the list did not have by its id
        }
        return new ActiveCampaignContact
        {
            Id = wire.Id ?? "",
            Email = email,
            ExtraEmails = extraEmails,
            WithheldEmails = withheld,
            Phone = phones.Phone,
            PhoneExtension = phones.Extension,
            ExtraPhones = phones.ExtraPhones,
            PhoneRaw = phones.Raw,
            FirstName = first,
            LastName = last,
            FullName = first is null ? last : last is null ? first : first + " " + last,
            Company = Blank(wire.Orgname),
            Created = created,
            Updated = updated,
            Deals = deals is null ? null : new ActiveCampaignDeals(deals),
            Fields = fields,
            Issues = issues.Count == 0 ? null : string.Join("; ", issues),
            Changed = changed,
        };
    }

    private static ActiveCampaignDeal ToDeal(AcDeal deal, Dictionary<string, string> pipelines, Dictionary<string, string> stages) => new(
        deal.Id!, deal.Title, deal.Group, deal.Group is { } g && pipelines.TryGetValue(g, out var pipeline) ? pipeline : null,
        deal.Stage, deal.Stage is { } s && stages.TryGetValue(s, out var stage) ? stage : null,
        decimal.TryParse(deal.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var cents) ? cents / 100m : null,
        deal.Currency, deal.Status switch { "0" => "Open", "1" => "Won", "2" => "Lost", var other => other },
        ActiveCampaignDates.Parse(deal.Mdate) ?? ActiveCampaignDates.Parse(deal.Cdate));

    private static long? ParseId(string? text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A bracketed parameter name, percent-encoded (<c>filters%5Bgroup%5D</c>), which servers read like the literal brackets.</summary>
    private static string Key(string name) => Uri.EscapeDataString(name);
}
