using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipes.Configuration;

/// <summary>
/// State that scheduled runs depend on (watermarks, last pull, quota used today), in
/// <c>state.json</c>. <see cref="Update{T}"/> is atomic across processes: two runs incrementing
/// the same counter at once both count.
/// </summary>
public sealed class StateStore(string path)
{
    private readonly LockedJsonFile _file = new(path, whenCorrupt: "deleting it forgets the watermarks: the next Get-ACContact -Incremental pull reads every contact again, and the next Get-PipesInbox poll starts as a first poll does (the newest -Limit messages, every message with -All, or those since -FirstPollSince, as the nightly pull reads its -FirstRunDays).");

    public string FilePath => _file.FilePath;

    public T? Get<T>(string key) => _file.Read()[key] is { } node ? node.Deserialize<T>() : default;

    public IReadOnlyDictionary<string, JsonNode?> GetAll() => _file.Read().ToDictionary(p => p.Key, p => p.Value?.DeepClone());

    /// <summary>
    /// Replaces the value of <paramref name="key"/> with <paramref name="change"/>(current) and returns the new value. Throws as
    /// <see cref="LockedJsonFile.Update{T}"/> does; <paramref name="cancellationToken"/> ends a wait for another process's lock.
    /// </summary>
    public T Update<T>(string key, Func<T?, T> change, CancellationToken cancellationToken = default) =>
        _file.Update(content =>
        {
            var current = content[key] is { } node ? node.Deserialize<T>() : default;
            var next = change(current);
            content[key] = JsonSerializer.SerializeToNode(next);
            return next;
        }, cancellationToken);

    public void Set<T>(string key, T value) => Update<T>(key, _ => value);

    public bool Remove(string key) => _file.Update(content => content.Remove(key));
}
