using System.Threading.Channels;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// The worker's side of <see cref="PipesCmdlet"/>'s streaming bridge: Core work running on the
/// thread pool hands its items, warnings, verbose lines and progress to the pipeline thread
/// through this, since only the pipeline thread may write to the pipeline. Items travel in
/// batches (the hand-over costs a few hundred nanoseconds, so a batch keeps it off the per-record
/// bill) and at most <see cref="BatchesAhead"/> batches wait unread, which bounds the memory a slow
/// pipeline lets a fast reader fill. Messages never wait, so a log line can be posted from any thread.
/// </summary>
internal sealed class PipelineFeed<T>
{
    public const int BatchesAhead = 16;

    private readonly ChannelWriter<FeedPost> _writer;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationToken _stop;
    private readonly int _batchSize;
    private T[] _batch;
    private int _count;
    // Batches handed over, and batches the pipeline thread has written, with a signal per written one (WaitUntilWrittenAsync).
    private int _posted;
    private int _written;
    private readonly SemaphoreSlim _writtenSignal = new(0);

    internal PipelineFeed(ChannelWriter<FeedPost> writer, SemaphoreSlim slots, int batchSize, CancellationToken stop)
    {
        _writer = writer;
        _slots = slots;
        _batchSize = batchSize;
        _batch = new T[batchSize];
        _stop = stop;
    }

    /// <summary>Queues one item; blocks (bounded by Ctrl+C) when the pipeline is <see cref="BatchesAhead"/> batches behind.</summary>
    public void Add(T item)
    {
        _batch[_count++] = item;
        if (_count == _batchSize) Flush();
    }

    /// <summary>Queues one item without blocking a thread while the pipeline catches up.</summary>
    public async ValueTask AddAsync(T item)
    {
        _batch[_count++] = item;
        if (_count == _batchSize) await FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Hands over the items queued so far (before a wait, or so that an error shows beside its records).</summary>
    public void Flush()
    {
        if (_count == 0) return;
        _slots.Wait(_stop);
        Post();
    }

    /// <inheritdoc cref="Flush"/>
    public async ValueTask FlushAsync()
    {
        if (_count == 0) return;
        await _slots.WaitAsync(_stop).ConfigureAwait(false);
        Post();
    }

    /// <summary>
    /// Hands over what is queued and waits (bounded by Ctrl+C and the pipeline's stop) until the pipeline thread has written every
    /// item handed over: a source that pays for each next page asks for it only when the pipeline wants more.
    /// </summary>
    public async ValueTask WaitUntilWrittenAsync()
    {
        await FlushAsync().ConfigureAwait(false);
        while (Volatile.Read(ref _written) < _posted) await _writtenSignal.WaitAsync(_stop).ConfigureAwait(false);
    }

    /// <summary>The pipeline thread has written a batch (every item of it).</summary>
    internal void Written()
    {
        Interlocked.Increment(ref _written);
        _writtenSignal.Release();
    }

    /// <summary>Hands over what is queued without waiting for room: only when the source failed and nothing more will come.</summary>
    internal void PostPending()
    {
        if (_count > 0) Post();
    }

    /// <summary>A line for -Verbose.</summary>
    public void Verbose(string text) => _writer.TryWrite(new FeedPost(FeedPostKind.Verbose, Text: text));

    /// <summary>A line for the warning stream.</summary>
    public void Warning(string text) => _writer.TryWrite(new FeedPost(FeedPostKind.Warning, Text: text));

    /// <summary>Progress of the long operation: a status line and, when the size of the work is known, the fraction done (0..1).</summary>
    public void Progress(string status, double? fraction = null) =>
        _writer.TryWrite(new FeedPost(FeedPostKind.Progress, Text: status, Fraction: fraction));

    private void Post()
    {
        _posted++;
        _writer.TryWrite(new FeedPost(FeedPostKind.Items, Items: _batch, Count: _count));
        _batch = new T[_batchSize];
        _count = 0;
    }
}

internal enum FeedPostKind
{
    Items,
    Verbose,
    Warning,
    Progress,
}

/// <summary>One hand-over: a batch of items (an array, the first <see cref="Count"/> used) or a message.</summary>
internal readonly record struct FeedPost(FeedPostKind Kind, Array? Items = null, int Count = 0, string? Text = null, double? Fraction = null);
