using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipes.Integrations;

namespace Pipes.Configuration;

/// <summary>
/// A flat JSON object on disk that several processes may read and change at once. A change holds
/// an exclusive lock on a sibling <c>.lock</c> file while it reads, modifies and writes; the write
/// goes to a temporary file that is then renamed over the old one, so no reader sees a torn file
/// and no concurrent update is lost.
/// </summary>
public sealed class LockedJsonFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly TimeSpan _lockTimeout;
    private readonly bool _ownerOnly;

    public LockedJsonFile(string path, bool ownerOnly = false, TimeSpan? lockTimeout = null)
    {
        FilePath = path;
        _ownerOnly = ownerOnly;
        _lockTimeout = lockTimeout ?? TimeSpan.FromSeconds(30);
    }

    public string FilePath { get; }

    /// <summary>The current content (empty when the file does not exist).</summary>
    public JsonObject Read()
    {
        if (!File.Exists(FilePath)) return new JsonObject();
        string text;
        try
        {
            text = File.ReadAllText(FilePath, Encoding.UTF8);
        }
        catch (FileNotFoundException)
        {
            return new JsonObject();
        }
        if (string.IsNullOrWhiteSpace(text)) return new JsonObject();
        try
        {
            return JsonNode.Parse(text) as JsonObject
                ?? throw new FileFormatError(FilePath, $"{Path.GetFileName(FilePath)} does not hold a JSON object.", errorId: ErrorIds.CorruptConfigFile);
        }
        catch (JsonException exception)
        {
            throw new FileFormatError(FilePath,
                $"{Path.GetFileName(FilePath)} is not valid JSON (line {exception.LineNumber + 1}). Fix or delete it: {FilePath}",
                exception.LineNumber + 1, ErrorIds.CorruptConfigFile);
        }
    }

    /// <summary>Reads, lets <paramref name="change"/> modify the object, and writes it back, all under the lock.</summary>
    public T Update<T>(Func<JsonObject, T> change)
    {
        OwnerOnlyDirectory.Create(Path.GetDirectoryName(FilePath)!);
        using var fileLock = AcquireLock();
        var content = Read();
        var result = change(content);
        AtomicFile.Write(FilePath, new UTF8Encoding(false).GetBytes(content.ToJsonString(Indented)), _ownerOnly);
        return result;
    }

    private FileStream AcquireLock()
    {
        var lockPath = FilePath + ".lock";
        var deadline = DateTime.UtcNow + _lockTimeout;
        var pause = 5;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(pause);
                pause = Math.Min(pause * 2, 100);
            }
            catch (IOException exception)
            {
                throw new PipesException(ErrorIds.ConfigLocked, PipesErrorKind.Unavailable,
                    $"{Path.GetFileName(FilePath)} stayed locked by another process for {_lockTimeout.TotalSeconds:0} s.",
                    $"Check for a hung Pipes process; the lock file is {lockPath}.", FilePath, exception);
            }
        }
    }
}
