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
    private readonly Func<CancellationToken, DateTimeOffset?> _move;

    /// <summary>
    /// A held-back move of <paramref name="integration"/>'s watermark <paramref name="key"/>; <paramref name="move"/> makes it and
    /// returns where the watermark stands after it (null when it did not move), its token ending a wait for another process's lock
    /// on state.json. <paramref name="from"/> and <paramref name="firstRead"/> say where the read started (see <see cref="From"/>).
    /// </summary>
    public PendingWatermark(string integration, string key, long count, Func<CancellationToken, DateTimeOffset?> move, DateTimeOffset? from = null, bool firstRead = false)
    {
        Integration = integration;
        Key = key;
        Count = count;
        _move = move;
        From = from;
        FirstRead = firstRead;
    }

    /// <summary>
    /// Where the read started: the instant of the watermark it read from, or, on a first read, the start it was given
    /// (Get-PipesInbox -FirstPollSince); null when it read from the beginning (every contact, every message, or the newest few).
    /// </summary>
    public DateTimeOffset? From { get; }

    /// <summary>
    /// Whether the watermark did not exist yet: the first read under its name, or the first after state.json was lost. A
    /// scheduled task's log says so, as such a night reads far more than the others.
    /// </summary>
    public bool FirstRead { get; }

    /// <summary>The integration whose watermark it is (ActiveCampaign, Outlook), for the log.</summary>
    public string Integration { get; }

    /// <summary>Where the watermark stands once <see cref="Commit()"/> moved it (the instant read up to, or a later one another reader moved it to); null before, or when it did not move.</summary>
    public DateTimeOffset? Position { get; private set; }

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
        Position = _move(cancellationToken);
        Committed = true;
        return Position is not null;
    }

    public override string ToString() => $"{Key}: {Count:N0} read, {(Committed ? "committed" : "not committed")}";
}
