using System.Text.Json.Nodes;
using Pipes.Configuration;

namespace Pipes.Integrations;

/// <summary>What a quota ledger holds for one key in one period.</summary>
/// <param name="Used">Units reserved in the period (a search query each), by every process on the config directory.</param>
/// <param name="Exhausted">The service itself said the period's quota is spent (used elsewhere, or counted differently).</param>
public readonly record struct QuotaUse(long Used, bool Exhausted);

/// <summary>
/// Units of a service's quota spent per period (Google's queries per Pacific day), kept in
/// <c>quota.json</c> in the config directory under the same file lock and atomic replace as the state
/// store and the pace ledger, so that every process on the directory shares one count. A unit is
/// reserved before its request is sent: when several processes race for the last units, each unit
/// goes to exactly one of them, and the others are refused without a request. A reserved unit
/// stays spent even when its request then fails, as the service may have counted it, unless the
/// request never reached the service (<see cref="Release"/>).
/// The record of a key is replaced when its period changes (a new day starts at zero).
/// </summary>
public sealed class QuotaLedger(LockedJsonFile file)
{
    public string FilePath => file.FilePath;

    /// <summary>
    /// Reserves one unit of <paramref name="key"/> in <paramref name="period"/> when fewer than
    /// <paramref name="limit"/> are spent (no limit when null: the unit is only counted) and the period
    /// is not marked exhausted. Returns whether it was reserved. Throws <see cref="PipesException"/>
    /// (<c>Pipes.ConfigLocked</c>, <c>Pipes.CorruptConfigFile</c>) as <see cref="LockedJsonFile"/> does; <paramref name="cancellationToken"/>
    /// ends a wait for another process's lock on the ledger.
    /// </summary>
    public bool TryReserve(string key, string period, long? limit, CancellationToken cancellationToken = default) =>
        file.Update(content =>
        {
            var use = Current(content, key, period);
            if (use.Exhausted || (limit is { } most && use.Used >= most)) return false;
            Write(content, key, period, use with { Used = use.Used + 1 });
            return true;
        }, cancellationToken);

    /// <summary>
    /// Gives back one unit reserved in <paramref name="period"/> for a request that never reached the service
    /// (the connection refused, the name not resolved: see <see cref="TransientFaults.NeverReachedService"/>), so a
    /// night with the network down does not spend the day's quota. Nothing when the ledger has moved to another period.
    /// </summary>
    public void Release(string key, string period) =>
        file.Update(content =>
        {
            var use = Current(content, key, period);
            if (use.Used == 0) return false;
            Write(content, key, period, use with { Used = use.Used - 1 });
            return true;
        });

    /// <summary>Records that the service refused for quota in <paramref name="period"/>: no unit is reserved there again.</summary>
    public void MarkExhausted(string key, string period) =>
        file.Update(content =>
        {
            Write(content, key, period, Current(content, key, period) with { Exhausted = true });
            return true;
        });

    /// <summary>What <paramref name="key"/> has spent in <paramref name="period"/> (nothing when the ledger holds an older period).</summary>
    public QuotaUse Read(string key, string period) => Current(file.Read(), key, period);

    private static QuotaUse Current(JsonObject content, string key, string period)
    {
        if (content[key] is not JsonObject entry || entry["period"]?.GetValueKind() != System.Text.Json.JsonValueKind.String
            || entry["period"]!.GetValue<string>() != period)
            return new QuotaUse(0, false);
        var used = entry["used"] is JsonValue u && u.TryGetValue<long>(out var n) ? Math.Max(0, n) : 0;
        var exhausted = entry["exhausted"] is JsonValue e && e.TryGetValue<bool>(out var b) && b;
        return new QuotaUse(used, exhausted);
    }

    private static void Write(JsonObject content, string key, string period, QuotaUse use) =>
        content[key] = new JsonObject { ["period"] = period, ["used"] = use.Used, ["exhausted"] = use.Exhausted };
}
