using System.Globalization;
using System.Text.Json.Nodes;
using Pipes.Configuration;

namespace Pipes.Integrations;

/// <summary>
/// A pace that holds across processes: for each key (an integration's account, such as one
/// mailbox) the next free slot, kept in <c>pace.json</c> in the config directory and updated under
/// the same file lock and atomic replace as the state store. A caller reserves the next slot (the
/// later of now and the slot after the last one reserved by any process) and waits for it, so two
/// scheduled scripts sending from one mailbox share its limit instead of each using all of it.
/// A slot is reserved before waiting, so waiting callers queue fairly; a reserved slot that is not
/// used (Ctrl+C) is lost, which errs on the slow side.
/// </summary>
public sealed class PaceLedger(LockedJsonFile file, TimeProvider clock)
{
    /// <summary>A ledger slot further ahead than this is stale (a clock set back, a run that reserved and died) and is ignored.</summary>
    private static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(15);

    public string FilePath => file.FilePath;

    /// <summary>
    /// Reserves the next slot of <paramref name="key"/>, at least <paramref name="interval"/> after the one
    /// reserved before it by any process on this config directory, and waits until it comes (on the
    /// injected clock; cancellable). Returns how long it waited. Throws <see cref="PipesException"/>
    /// (<c>Pipes.ConfigLocked</c>) when the ledger stays locked past its 30 s timeout, and
    /// <c>Pipes.CorruptConfigFile</c> when pace.json is not JSON (deleting it is safe).
    /// </summary>
    public async Task<TimeSpan> WaitAsync(string key, TimeSpan interval, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var wait = Reserve(key, interval, cancellationToken);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        return wait;
    }

    /// <summary>
    /// Reserves the next slot of <paramref name="key"/> (see <see cref="WaitAsync"/>) without waiting; returns how long from now it is (zero
    /// when it is now). <paramref name="cancellationToken"/> ends a wait for another process's lock on the ledger.
    /// </summary>
    public TimeSpan Reserve(string key, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var slot = file.Update(content =>
        {
            // Read the clock under the lock: a wait for the lock must not make the slot start in the past.
            now = clock.GetUtcNow();
            var next = content[key] is JsonValue node && node.TryGetValue<string>(out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : now;
            var mine = next > now && next - now <= MaxAhead ? next : now;
            content[key] = (mine + interval).ToString("O", CultureInfo.InvariantCulture);
            return mine;
        }, cancellationToken);
        return slot > now ? slot - now : TimeSpan.Zero;
    }

    /// <summary>
    /// Waits until a request of <paramref name="key"/> may start without making more than <paramref name="count"/>
    /// requests in any <paramref name="window"/>, counting those of every process on this config directory, and
    /// records this one as started. Dispose the result when its answer has come: a request counts until then and
    /// for <paramref name="window"/> after, so the service, which counts it when it arrives (between the two), can
    /// never see more than <paramref name="count"/> in a window, however slow a request was on its way (a cold
    /// connection, a busy machine). A request whose end was never recorded (its process died) stops counting
    /// <see cref="MaxInFlight"/> after it started. Throws like <see cref="WaitAsync"/>. Once <paramref name="cancellationToken"/>
    /// is cancelled (Ctrl+C), disposing the result records the end only if pace.json is free at that moment: a stopped
    /// command does not wait up to the lock timeout for another process, and an end not recorded stops counting after
    /// <see cref="MaxInFlight"/>, which errs on the slow side.
    /// </summary>
    public async Task<IDisposable> EnterWindowAsync(string key, int count, TimeSpan window, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wait = file.Update(content =>
            {
                var now = clock.GetUtcNow();
                var entries = Entries(content, key, now, window);
                var busy = entries.Where(e => e.End is null || e.End > now - window).ToList();
                if (busy.Count >= count)
                {
                    // The earliest moment one of them stops counting; one still in flight frees nothing yet: look again soon.
                    var ended = busy.Where(e => e.End is not null).Select(e => e.End!.Value + window - now).ToList();
                    return busy.Count - ended.Count >= count ? TimeSpan.FromMilliseconds(5) : ended.Order().ElementAt(busy.Count - count);
                }
                entries.Add(new WindowEntry(id, now, null));
                Store(content, key, entries);
                return TimeSpan.Zero;
            }, cancellationToken);
            if (wait <= TimeSpan.Zero) return new WindowExit(this, key, id, window, cancellationToken);
            // Timers count whole milliseconds: a wait of a fraction of one would end early and come round again.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How long a request whose end was never recorded keeps counting in a window (its process died mid-request).</summary>
    public static readonly TimeSpan MaxInFlight = TimeSpan.FromMinutes(3);

    private sealed record WindowEntry(string Id, DateTimeOffset Start, DateTimeOffset? End);

    private List<WindowEntry> Entries(JsonObject content, string key, DateTimeOffset now, TimeSpan window) =>
        (content[key] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(o => new WindowEntry((string?)o["id"] ?? "", Parse((string?)o["start"]) ?? now, Parse((string?)o["end"])))
            // Gone: ended more than a window ago, in flight for longer than any request lasts, or from a clock set back.
            .Where(e => (e.End is null ? e.Start > now - MaxInFlight : e.End > now - window) && e.Start - now <= MaxAhead)
            .ToList();

    private static void Store(JsonObject content, string key, List<WindowEntry> entries) =>
        content[key] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
        {
            ["id"] = e.Id,
            ["start"] = e.Start.ToString("O", CultureInfo.InvariantCulture),
            ["end"] = e.End?.ToString("O", CultureInfo.InvariantCulture),
        }).ToArray());

    private static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    private void End(string key, string id, TimeSpan window, CancellationToken cancellationToken) => file.Update(content =>
    {
        var now = clock.GetUtcNow();
        var entries = Entries(content, key, now, window);
        var index = entries.FindIndex(e => e.Id == id);
        if (index >= 0) entries[index] = entries[index] with { End = now };
        Store(content, key, entries);
        return true;
    }, cancellationToken);

    private sealed class WindowExit(PaceLedger ledger, string key, string id, TimeSpan window, CancellationToken cancellationToken) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0) return;
            // A ledger that cannot be written now, or is held by another process after a stop: the entry stops counting after MaxInFlight.
            try { ledger.End(key, id, window, cancellationToken); }
            catch (PipesException) { }
            catch (OperationCanceledException) { }
        }
    }
}
