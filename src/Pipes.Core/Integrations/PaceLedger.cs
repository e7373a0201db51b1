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
        var wait = Reserve(key, interval);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        return wait;
    }

    /// <summary>Reserves the next slot of <paramref name="key"/> (see <see cref="WaitAsync"/>) without waiting; returns how long from now it is (zero when it is now).</summary>
    public TimeSpan Reserve(string key, TimeSpan interval)
    {
        var now = clock.GetUtcNow();
        var slot = file.Update(content =>
        {
            var next = content[key] is JsonValue node && node.TryGetValue<string>(out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : now;
            var mine = next > now && next - now <= MaxAhead ? next : now;
            content[key] = (mine + interval).ToString("O", CultureInfo.InvariantCulture);
            return mine;
        });
        return slot > now ? slot - now : TimeSpan.Zero;
    }
}
