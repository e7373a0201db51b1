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
    private readonly string _whenCorrupt;

    /// <param name="path">The JSON file.</param>
    /// <param name="ownerOnly">Whether the file is written 0600 (secrets).</param>
    /// <param name="lockTimeout">How long an update waits for another process's lock (default 30 s).</param>
    /// <param name="whenCorrupt">
    /// What deleting the file costs, said in the <c>Pipes.CorruptConfigFile</c> error's RecommendedAction
    /// ("the watermarks are forgotten ..."); by default, that it is safe to delete.
    /// </param>
    public LockedJsonFile(string path, bool ownerOnly = false, TimeSpan? lockTimeout = null, string? whenCorrupt = null)
    {
        FilePath = path;
        _ownerOnly = ownerOnly;
        _lockTimeout = lockTimeout ?? TimeSpan.FromSeconds(30);
        _whenCorrupt = whenCorrupt ?? "it is safe to delete: Pipes starts it again.";
    }

    public string FilePath { get; }

    /// <summary>
    /// The current content (empty when the file does not exist). Throws <c>Pipes.CorruptConfigFile</c> when it is
    /// not a JSON object, <c>Pipes.AccessDenied</c> when it may not be read.
    /// </summary>
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
        catch (UnauthorizedAccessException exception)
        {
            throw AccessDenied("read", exception);
        }
        if (string.IsNullOrWhiteSpace(text)) return new JsonObject();
        try
        {
            // A comma after the last entry is the commonest hand edit's slip (a trial): read as meant. (Not comments: the next write, which
            // writes the file anew, would drop them without a word.)
            var parsed = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true }) as JsonObject
                ?? throw new FileFormatError(FilePath, $"{Path.GetFileName(FilePath)} does not hold a JSON object: {FilePath}", errorId: ErrorIds.CorruptConfigFile,
                    recommendedAction: $"Fix or delete the file; {_whenCorrupt}");
            // A hand edit that writes one name twice ({"Http.MaxRetries": 5, "Http.MaxRetries": 6}, nested entries too): .NET builds an
            // object's names on first use and threw "An item with the same key has already been added" from the store that read it, as
            // Pipes.Unexpected (a trial). Found here, by name.
            if (NameWrittenTwice(text) is { } twice)
                throw new FileFormatError(FilePath, $"{Path.GetFileName(FilePath)} holds '{twice}' twice. Fix or delete it: {FilePath}",
                    errorId: ErrorIds.CorruptConfigFile, recommendedAction: $"Keep one of the two, or delete the file; {_whenCorrupt}");
            return parsed;
        }
        catch (JsonException exception)
        {
            // A comment is refused on purpose (the next write would drop it): said, not left as "not valid JSON" alone (a review).
            var comment = exception.Message.Contains("'/'", StringComparison.Ordinal) ? " Comments (// or /* */) are not kept in it: remove them." : "";
            throw new FileFormatError(FilePath,
                $"{Path.GetFileName(FilePath)} is not valid JSON (line {exception.LineNumber + 1}).{comment} Fix or delete it: {FilePath}",
                exception.LineNumber + 1, ErrorIds.CorruptConfigFile,
                recommendedAction: $"Fix line {exception.LineNumber + 1} of the file, or delete it; {_whenCorrupt}");
        }
    }

    // A name or value as text; one that is no text (a lone surrogate, "a\uD800") is said as the file's fault (was .NET's
    // InvalidOperationException, from this scan for a name, from the store that read it for a value).
    private string TextOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FileFormatError(FilePath, $"{Path.GetFileName(FilePath)} holds text that is not valid (an escape such as \\uD800 alone). Fix or delete it: {FilePath}",
                errorId: ErrorIds.CorruptConfigFile, recommendedAction: $"Fix the text, or delete the file; {_whenCorrupt}");
        }
    }

    /// <summary>The first name written twice in one object of <paramref name="json"/> (valid JSON: parsed before), or null; text that is no text throws.</summary>
    private string? NameWrittenTwice(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var objects = new Stack<HashSet<string>?>(); // null for an array's level
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: objects.Push(new HashSet<string>(StringComparer.Ordinal)); break;
                case JsonTokenType.StartArray: objects.Push(null); break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray: objects.Pop(); break;
                case JsonTokenType.PropertyName when !objects.Peek()!.Add(TextOf(ref reader)): return reader.GetString();
                case JsonTokenType.String: TextOf(ref reader); break;
            }
        }
        return null;
    }

    /// <summary>
    /// The config directory or one of its files may not be read or written by this account (a read-only directory, a file of
    /// another user) or on its file system (read-only, full): <c>Pipes.AccessDenied</c> naming the file, not a fault of Pipes;
    /// <paramref name="advice"/> when the usual (let the account read and write the directory) does not fit.
    /// </summary>
    private PipesException AccessDenied(string what, Exception exception, string? advice = null) =>
        new(ErrorIds.AccessDenied, PipesErrorKind.PermissionDenied,
            $"Cannot {what} {Path.GetFileName(FilePath)} in the Pipes config directory: {exception.Message}",
            advice ?? $"Let the account this runs as read and write {Path.GetDirectoryName(FilePath)} and its files, or point PIPES_CONFIG_DIR at a directory it may write.",
            FilePath, exception);

    /// <summary>Reads, lets <paramref name="change"/> modify the object, and writes it back, all under the lock.</summary>
    /// <remarks>
    /// Throws <c>Pipes.AccessDenied</c> when the directory or file may not be written (permissions, a read-only file system,
    /// a full disk), <c>Pipes.ConfigLocked</c> when another process holds the lock past the lock timeout, and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled while it waits for that
    /// lock (Ctrl+C ends the wait at once, not after the timeout); nothing is written then.
    /// </remarks>
    public T Update<T>(Func<JsonObject, T> change, CancellationToken cancellationToken = default)
    {
        try
        {
            OwnerOnlyDirectory.Create(Path.GetDirectoryName(FilePath)!);
            using var fileLock = AcquireLock(cancellationToken);
            var content = Read();
            var result = change(content);
            AtomicFile.Write(FilePath, new UTF8Encoding(false).GetBytes(content.ToJsonString(Indented)), _ownerOnly);
            return result;
        }
        catch (UnauthorizedAccessException exception)
        {
            throw AccessDenied("write", exception);
        }
        catch (IOException exception)
        {
            // Not another process's lock (AcquireLock waits for that): a read-only file system, a full disk, a name too long.
            // Waiting cannot help, and it is no fault of Pipes.
            throw AccessDenied("write", exception,
                $"Make {Path.GetDirectoryName(FilePath)} writable by the account this runs as, on a file system with free space, or point PIPES_CONFIG_DIR at a directory that is.");
        }
    }

    /// <summary>
    /// Whether the lock file could not be opened because another process holds it: Windows' sharing or lock violation
    /// (HRESULT 0x80070020, 0x80070021), or on Unix flock's EWOULDBLOCK (.NET takes FileShare.None there as an advisory
    /// flock and gives the errno as the HResult: 11 on Linux, 35 on macOS and the BSDs). Any other failure is not waited out.
    /// </summary>
    private static bool HeldByAnother(IOException exception) =>
        OperatingSystem.IsWindows() ? (exception.HResult & 0xFFFF) is 32 or 33
        : exception.HResult == (OperatingSystem.IsLinux() ? 11 : 35);

    private FileStream AcquireLock(CancellationToken cancellationToken)
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
            catch (IOException exception) when (HeldByAnother(exception) && DateTime.UtcNow < deadline)
            {
                // Not the token's WaitHandle: a caller may dispose its source once cancelled, and the handle then throws ObjectDisposedException.
                cancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(pause);
                cancellationToken.ThrowIfCancellationRequested();
                pause = Math.Min(pause * 2, 100);
            }
            catch (IOException exception) when (HeldByAnother(exception))
            {
                throw new PipesException(ErrorIds.ConfigLocked, PipesErrorKind.Unavailable,
                    $"{Path.GetFileName(FilePath)} stayed locked by another process for {_lockTimeout.TotalSeconds:0} s.",
                    $"Check for a hung Pipes process; the lock file is {lockPath}.", FilePath, exception);
            }
        }
    }
}
