using System.Runtime.CompilerServices;

namespace Pipes.ActiveCampaign;

/// <summary>
/// An incremental pull's watermark, kept in state.json per account and query: the instant pulled up to,
/// and every contact read at or after it with the change time it had, so that a contact changed in the
/// same second as the watermark is neither lost nor read again.
/// </summary>
public sealed record PullWatermark(DateTimeOffset At, PullSeen[] Seen);

/// <summary>A contact an incremental pull read, and the change time it had then.</summary>
public sealed record PullSeen(string Id, DateTimeOffset Changed);

/// <summary>
/// One pull of contacts (<see cref="ActiveCampaignClient.PullContacts"/>). <see cref="ReadAsync"/> streams
/// them; for an incremental pull, <see cref="Commit"/> afterwards moves the watermark, and only if every
/// page was read: a pull that died, was cancelled or was cut short by -First leaves it where it was, so
/// the next run reads all it would have read.
/// </summary>
public sealed class ContactPull
{
    /// <summary>
    /// How far before the service's clock at the start of the pull (the first answer's Date header, whole
    /// seconds) the watermark may stand at most: a contact changed while the pull paged past its id is
    /// then read by the next pull.
    /// </summary>
    private static readonly TimeSpan ClockMargin = TimeSpan.FromSeconds(5);

    private readonly ActiveCampaignClient _client;
    private readonly ContactQuery _query;
    private readonly string _key;
    private readonly PipesEnvironment _environment;
    private readonly List<PullSeen> _read = [];
    private PullWatermark? _start;
    private DateTimeOffset? _serverStart;
    private bool _complete;

    internal ContactPull(ActiveCampaignClient client, ContactQuery query, PipesEnvironment environment, string account)
    {
        _client = client;
        _query = query;
        _environment = environment;
        _key = KeyOf(account, query);
        _unnamedKey = query.WatermarkName is null ? null : KeyOf(account, query with { WatermarkName = null });
    }

    private static string KeyOf(string account, ContactQuery query) => "ActiveCampaign.Pull " + account + " " + query.WatermarkScope;

    /// <summary>The unnamed watermark of the same filters, for a named pull: said in a note when the named one is new.</summary>
    private readonly string? _unnamedKey;

    /// <summary>The state.json key of this query's watermark.</summary>
    public string WatermarkKey => _key;

    /// <summary>Where an incremental pull started: its watermark's instant; null on a first pull (every contact) or without -Incremental. Known once reading began.</summary>
    public DateTimeOffset? From => _start?.At;

    /// <summary>Whether an incremental pull found no watermark: it reads every contact of its filters. Known once reading began.</summary>
    public bool FirstRead => _query.Incremental && _start is null;

    /// <summary>Where the watermark stands after <see cref="Commit"/> moved it (another run's later position is kept); null before.</summary>
    public DateTimeOffset? Position { get; private set; }

    /// <summary>How many contacts the pull has handed out.</summary>
    public long Count { get; private set; }

    /// <summary>
    /// What the last read left out and why, one sentence each, for the caller to show as warnings (a pipeline's deals
    /// whose contact ActiveCampaign no longer has).
    /// </summary>
    public IReadOnlyList<string> Notes => _notes;
    private readonly List<string> _notes = [];

    /// <summary>
    /// The contacts, as pages arrive: with -Since those changed after it; incremental, those changed since
    /// the watermark (all of them on the first run); at most <see cref="ContactQuery.First"/>.
    /// Throws <see cref="Integrations.IntegrationError"/>s (see <see cref="ActiveCampaignClient"/>).
    /// </summary>
    public async IAsyncEnumerable<ActiveCampaignContact> ReadAsync(ActiveCampaignClient.PullProgress? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        _complete = false;
        _read.Clear();
        _notes.Clear();
        _start = _query.Incremental ? _environment.State.Get<PullWatermark>(_key) : null;
        // A reader's first pull under its own name reads everything, though unnamed pulls already took some of it: said, so that a
        // task moved to a name of its own (and its many contacts that night) is not a surprise.
        if (_query.Incremental && _start is null && _unnamedKey is not null && _environment.State.Get<PullWatermark>(_unnamedKey) is not null)
            _notes.Add($"The watermark '{_query.WatermarkName!.Trim()}' is new: this pull reads every contact of these filters, as a first pull does, "
                + "whatever unnamed pulls took; from now on it reads what changed since its own last pull.");
        var seen = _start?.Seen.ToHashSet() ?? [];
        await foreach (var contact in _client.ReadContactsAsync(_query, _start, at => _serverStart ??= at, progress, _notes.Add, cancellationToken).ConfigureAwait(false))
        {
            var changed = contact.Changed;
            if (_query.Since is { } since && changed is { } c1 && c1 <= since) continue;
            if (_start is { } mark && changed is { } c2 && (c2 < mark.At || seen.Contains(new PullSeen(contact.Id, c2)))) continue;
            if (changed is { } c3) _read.Add(new PullSeen(contact.Id, c3));
            Count++;
            yield return contact;
            if (_query.First is { } first && Count >= first) yield break; // cut short: not complete
        }
        _complete = true;
    }

    /// <summary>
    /// Moves an incremental pull's watermark, when the pull read every page; returns whether it moved.
    /// Call it after the contacts were used (written out): a run killed before then reads them again.
    /// <paramref name="cancellationToken"/> ends a wait for another process's lock on state.json (Ctrl+C): the
    /// watermark then stays where it was (OperationCanceledException), as when the pull is stopped while reading.
    /// Throws what the state store throws (Pipes.ConfigLocked after 30 s, Pipes.AccessDenied, Pipes.CorruptConfigFile).
    /// </summary>
    public bool Commit(CancellationToken cancellationToken = default)
    {
        if (!_query.Incremental || !_complete || _read.Count == 0) return false;
        var newest = _read.Max(r => r.Changed);
        // In the account's offset, as its dates are: the filter's "day before" is then the account's day, not UTC's
        // (which runs ahead of Chicago's from midnight UTC, and would skip those hours where the service compares by day).
        var serverStart = ((_serverStart ?? _environment.Clock.GetUtcNow()) - ClockMargin).ToOffset(newest.Offset);
        var at = newest < serverStart ? newest : serverStart;
        _environment.State.Update<PullWatermark>(_key, current =>
        {
            // Another run may have moved it meanwhile: never move it back, and keep what both read at or after it.
            if (current is not null && current.At > at) at = current.At.ToOffset(newest.Offset); // one stored in UTC before, too
            var seen = (current?.Seen ?? []).Concat(_read).Where(s => s.Changed >= at).Distinct().ToArray();
            return new PullWatermark(at, seen);
        }, cancellationToken);
        Position = at;
        return true;
    }
}
