namespace Pipes.Integrations;

/// <summary>
/// A watermark's move held back until what was read is stored: an incremental read (Get-ACContact -Incremental,
/// a Get-PipesInbox poll) read all it was to read, and its watermark moves when <see cref="Commit()"/> is called,
/// after the caller has written and renamed its file. A process that ends before then (kill -9, a power cut, a
/// full disk) leaves the watermark where it was, and the next read hands out the same records again: read at
/// least once, never lost (the pattern of a message queue's manual commit).
/// </summary>
public sealed class PendingWatermark
{
    private readonly Func<CancellationToken, bool> _move;

    /// <summary>
    /// A held-back move of the watermark <paramref name="key"/>; <paramref name="move"/> makes it and says whether it moved, its token
    /// ending a wait for another process's lock on state.json.
    /// </summary>
    public PendingWatermark(string key, long count, Func<CancellationToken, bool> move)
    {
        Key = key;
        Count = count;
        _move = move;
    }

    /// <summary>The watermark's key in state.json.</summary>
    public string Key { get; }

    /// <summary>How many records the read handed out.</summary>
    public long Count { get; }

    /// <summary>Whether <see cref="Commit()"/> has been called and succeeded.</summary>
    public bool Committed { get; private set; }

    /// <summary>
    /// Moves the watermark past what was read, once (a second call does nothing); returns whether it moved (it does
    /// not when nothing was read, or the read was cut short). Another process's move is kept: it never moves back.
    /// Throws what the state store throws: Pipes.ConfigLocked, Pipes.AccessDenied, Pipes.CorruptConfigFile; the
    /// watermark has not moved then, and Commit() may be called again. PowerShell hands such an error to a script as a
    /// MethodInvocationException whose InnerException is the Pipes error (its ErrorId, Message, RecommendedAction).
    /// </summary>
    public bool Commit() => Commit(CancellationToken.None);

    /// <summary>
    /// <see cref="Commit()"/>, with <paramref name="cancellationToken"/> ending a wait for another process's lock on state.json
    /// (Ctrl+C in Complete-PipesWatermark): <see cref="OperationCanceledException"/>, and the watermark has not moved.
    /// </summary>
    public bool Commit(CancellationToken cancellationToken)
    {
        if (Committed) return false;
        // Marked only once the move is made: a call that failed (state.json locked or not writable) can be made again.
        var moved = _move(cancellationToken);
        Committed = true;
        return moved;
    }

    public override string ToString() => $"{Key}: {Count:N0} read, {(Committed ? "committed" : "not committed")}";
}
