using System.Management.Automation;
using System.Threading.Channels;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// What every Pipes cmdlet shares: one <see cref="PipesEnvironment"/> per invocation, Ctrl+C
/// cancelling the running call, one streaming bridge that brings Core's async work (items, log
/// events as -Verbose, warnings, progress) to the pipeline thread, and one error policy that turns
/// every failure into an ErrorRecord with a stable ErrorId, category and advice.
/// Core types appear only in non-public members so that importing the module does not load Core.
/// </summary>
public abstract class PipesCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private PipesEnvironment? _environment;

    private protected PipesEnvironment Environment => _environment ??= PipesEnvironment.FromEnvironment();

    private bool _setupWarned;

    /// <summary>Mirrors the log's events to <paramref name="listener"/> until disposed (see <see cref="Logging.OperationLog.Listen"/>), after <see cref="WarnOnceOfSetup"/>.</summary>
    private protected IDisposable ListenToLog(Action<string> listener)
    {
        WarnOnceOfSetup();
        return Environment.Log.Listen(listener);
    }

    /// <summary>
    /// Once per command, on the pipeline thread: what in the config directory quietly takes effect otherwise. A log file that
    /// cannot be written (its events would be lost unsaid), and names in settings.json that are no setting (a misspelt
    /// 'Outlook.Mailbx' leaves the setting at its default, a secret typed there is kept in plain text). A settings.json that
    /// cannot be read is left to the command's own reading, which reports it as its error.
    /// </summary>
    private protected void WarnOnceOfSetup()
    {
        if (_setupWarned) return;
        _setupWarned = true;
        var warnings = new List<string>();
        try
        {
            // Making the log reads settings.json (Log.Level): a file that cannot be read, or a value that does not fit, is the
            // command's own reading to report, or none of its business (Set-PipesSecret); a review found them ending commands here.
            if (Environment.Log.Unwritable is { } why) warnings.Add(why);
            warnings.AddRange(Environment.Settings.UnknownNameWarnings());
        }
        catch (Exception exception) when (exception is not PipelineStoppedException)
        {
        }
        foreach (var warning in warnings) WriteWarning(warning);
    }

    protected CancellationToken CancellationToken => _cancellation.Token;

    protected override void StopProcessing() => _cancellation.Cancel();

    /// <summary>A command that did not listen to the log (Set-PipesConfig, the secret commands) warns of its setup here, at its end (<see cref="WarnOnceOfSetup"/>).</summary>
    protected override void EndProcessing()
    {
        if (_environment is not null) WarnOnceOfSetup();
        DisposeEnvironment();
    }

    public void Dispose()
    {
        DisposeEnvironment();
        _cancellation.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The streaming bridge: runs <paramref name="produce"/> on the thread pool and, on this (the
    /// pipeline) thread, writes each item it feeds through <paramref name="write"/>, its warnings,
    /// its progress and the log's events as -Verbose, as they come. Ctrl+C stops the wait at once and
    /// cancels the producer's token; the command returns within a second even if the producer is
    /// slow to notice. A failure of the producer is rethrown here, after the items it fed.
    /// </summary>
    private protected void Stream<T>(Func<PipelineFeed<T>, CancellationToken, Task> produce, Action<T> write, string? activity = null, int batchSize = 64)
    {
        var channel = Channel.CreateUnbounded<FeedPost>(new UnboundedChannelOptions { SingleReader = true });
        using var slots = new SemaphoreSlim(PipelineFeed<T>.BatchesAhead);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken);
        var feed = new PipelineFeed<T>(channel.Writer, slots, batchSize, stop.Token);
        Exception? failure = null;
        Task worker;
        using (ListenToLog(feed.Verbose)) // the listener flows into the worker with its async context
        {
            worker = Task.Run(async () =>
            {
                try
                {
                    await produce(feed, stop.Token).ConfigureAwait(false);
                    await feed.FlushAsync().ConfigureAwait(false);
                    channel.Writer.TryComplete();
                }
                catch (Exception exception)
                {
                    // A source that breaks part way: what it made before the break still goes out, then the error.
                    if (!stop.IsCancellationRequested) feed.PostPending();
                    failure = exception;
                    channel.Writer.TryComplete(exception);
                }
            });
        }
        var progress = activity is null ? null : new ProgressThrottle(activity);
        try
        {
            // To the channel's end, then the worker's (not Reader.Completion, which .NET can leave incomplete: ChannelDrain).
            ChannelDrain.Run(channel.Reader, worker, post =>
            {
                switch (post.Kind)
                {
                    case FeedPostKind.Items:
                        var items = (T[])post.Items!;
                        slots.Release(); // the batch is ours now: the producer may read ahead again
                        for (var i = 0; i < post.Count; i++) write(items[i]);
                        feed.Written(); // not reached when a write stops the pipeline (Select-Object -First): no demand for more
                        break;
                    case FeedPostKind.Verbose:
                        WriteVerbose(post.Text!);
                        break;
                    case FeedPostKind.Warning:
                        WriteWarning(post.Text!);
                        break;
                    case FeedPostKind.Progress when progress?.Update(post.Text!, post.Fraction) is { } update:
                        WriteProgress(update);
                        break;
                }
            }, stop.Token);
            // A failure completes the channel with its exception, which the drain throws; this is for a runtime that ends it without.
            if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        finally
        {
            // Stopped early (Ctrl+C, Select-Object -First, a terminating error): cancel the producer and
            // give it a moment to release its file or connection; never wait on it without bound.
            stop.Cancel();
            worker.Wait(TimeSpan.FromSeconds(1));
            if (progress?.Completed() is { } completed) WriteProgress(completed);
        }
    }

    /// <summary>
    /// Streams an async sequence from Core: items are handed over whenever the sequence is about to wait (for a page, say), or every 64.
    /// <paramref name="onDemand"/>: each item is handed over alone and the next asked of the sequence only once the pipeline has written it,
    /// for a source whose next page costs money (a search engine's query): a trial's "Search-Google x -Count 99 | Select-Object -First 1"
    /// spent 8 of the day's 100 queries, the producer reading pages ahead while the pipeline had not yet stopped it.
    /// </summary>
    private protected void Stream<T>(Func<CancellationToken, IAsyncEnumerable<T>> source, Action<T> write, string? activity = null, bool onDemand = false) =>
        Stream<T>(async (feed, token) =>
        {
            await using var items = source(token).GetAsyncEnumerator(token);
            while (true)
            {
                var next = items.MoveNextAsync();
                if (!next.IsCompleted) await feed.FlushAsync().ConfigureAwait(false); // show what we have before waiting
                if (!await next.ConfigureAwait(false)) break;
                await feed.AddAsync(items.Current).ConfigureAwait(false);
                if (onDemand) await feed.WaitUntilWrittenAsync().ConfigureAwait(false);
            }
        }, write, activity);

    /// <summary>
    /// Writes what a synchronous Core source yields, each item made and written on this (the
    /// pipeline) thread: the bridge for CPU-bound work such as reading a file. <see cref="Stream{T}(Func{PipelineFeed{T}, CancellationToken, Task}, Action{T}, string?, int)"/>'s
    /// worker thread was measured slower for it (issue 20): on two cores the records waiting to be
    /// handed over outlived the garbage collector's young generation, and a 200,000-row import took
    /// 1.7 s in a fresh pwsh against 1.1 s made where it is written. Log events go to -Verbose as they
    /// come; <paramref name="status"/> (given the count written) is asked for the progress line when
    /// the bar is due (asked after every item) and for the bar's last line; Ctrl+C cancels
    /// the token the source checks and the command stops as it does in Stream.
    /// </summary>
    private protected void Pump<T>(IEnumerable<T> source, Action<T> write, string activity, Func<long, (string Status, double? Fraction)> status)
    {
        var progress = new ProgressThrottle(activity);
        long written = 0;
        try
        {
            using (ListenToLog(WriteVerbose))
            {
                foreach (var item in source)
                {
                    write(item);
                    written++;
                    if (progress.Due) // after every item: behind a consumer that takes 100 ms a record, every 16 was 1.6 s
                    {
                        var (text, fraction) = status(written);
                        WriteProgress(progress.Update(text, fraction)!);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        finally
        {
            var (text, fraction) = status(written);
            if (progress.Completed(text, fraction) is { } completed) WriteProgress(completed);
        }
    }

    /// <summary>Runs one piece of async Core work with its log events mirrored to -Verbose, and returns its result.</summary>
    private protected T Run<T>(Func<CancellationToken, Task<T>> work)
    {
        T result = default!;
        Stream<T>(async (feed, token) => await feed.AddAsync(await work(token).ConfigureAwait(false)).ConfigureAwait(false), value => result = value, batchSize: 1);
        return result;
    }

    /// <summary>Runs synchronous Core work with its log events mirrored to -Verbose.</summary>
    private protected T Run<T>(Func<T> work)
    {
        var messages = new List<string>();
        T result;
        using (ListenToLog(messages.Add))
        {
            try { result = work(); }
            finally { messages.ForEach(WriteVerbose); }
        }
        return result;
    }

    /// <summary>
    /// The one error policy: runs the work for one item (a record, a file, a setting) and turns any
    /// failure into an ErrorRecord. A Pipes error of a kind that every further item would meet too
    /// (see <see cref="StopsCommand"/>) ends the command; any other is written for this item and the
    /// command goes on. An exception Pipes did not foresee becomes <c>Pipes.Unexpected</c>, with the
    /// original as its inner exception, never a raw .NET error id. PowerShell's own control flow
    /// (Ctrl+C, -ErrorAction Stop, terminating errors) passes through untouched.
    /// </summary>
    private protected void ForItem(object? target, Action work)
    {
        try
        {
            work();
        }
        catch (Exception exception) when (exception is not RuntimeException)
        {
            Fail(exception, target);
        }
    }

    /// <summary>Reports one failure under the error policy of <see cref="ForItem"/>.</summary>
    private protected void Fail(Exception exception, object? target = null)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate) exception = aggregate.InnerExceptions[0];
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested) throw new PipelineStoppedException();
        var error = exception as PipesException ?? PipesException.Unexpected(MyInvocation.MyCommand?.Name ?? "Pipes", exception, _environment?.Redactor, target);
        if (StopsCommand(error.ErrorId, error.Kind is PipesErrorKind.NotConfigured or PipesErrorKind.Authentication)) ThrowTerminatingError(ToErrorRecord(error, target));
        else WriteError(ToErrorRecord(error, target));
    }

    /// <summary>
    /// Whether a failure ends the whole command. By default: a missing setting or a refused sign-in,
    /// which every further item would meet too. A command whose work is one thing (reading the
    /// inbox, signing in) says true for everything.
    /// </summary>
    /// <remarks>
    /// The signature names no Core type on purpose: overriding a method whose signature names one
    /// makes PowerShell's import load Pipes.Core (a Pester test checks that import loads nothing).
    /// </remarks>
    private protected virtual bool StopsCommand(string errorId, bool everyItemWouldFail) => everyItemWouldFail;


    /// <summary>
    /// The items whose names match any of <paramref name="patterns"/> (wildcards, any case), each
    /// once, in their own order; all items when no pattern is given. An exact name that matches
    /// nothing writes <paramref name="unknown"/>'s error (none when it gives null: already said) and the rest go on.
    /// </summary>
    private protected IReadOnlyList<T> SelectByName<T>(IReadOnlyList<T> items, Func<T, string> nameOf, string[]? patterns, Func<string, PipesException?> unknown)
    {
        if (patterns is null or { Length: 0 }) return items;
        var selected = new HashSet<T>();
        foreach (var name in patterns)
        {
            var pattern = WildcardPattern.Get(name, WildcardOptions.IgnoreCase);
            var matches = items.Where(item => pattern.IsMatch(nameOf(item))).ToList();
            if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name) && unknown(name) is { } error) WriteError(error, name);
            selected.UnionWith(matches);
        }
        return items.Where(selected.Contains).ToList();
    }

    private protected ErrorRecord ToErrorRecord(PipesException error, object? target = null)
    {
        var record = new ErrorRecord(error, error.ErrorId, CategoryOf(error.Kind), target ?? error.Target);
        // about_Pipes promises advice with every error: an error raised without its own gets its kind's.
        var advice = (error.RecommendedAction ?? AdviceFor(error.Kind)).Replace(PipesException.CommandToken, MyInvocation.MyCommand?.Name ?? "the command", StringComparison.Ordinal);
        record.ErrorDetails = new ErrorDetails(error.Message) { RecommendedAction = advice };
        return record;
    }

    /// <summary>
    /// ShouldProcess, where a PowerShell that cannot ask (pwsh -NonInteractive, as a scheduled task runs; a host with no
    /// console) is a terminating <c>Pipes.InvalidInput</c> naming <c>-Confirm:$false</c>, before anything is done, instead of
    /// PowerShell's own "Read and Prompt functionality is not available" under an InvalidOperation id.
    /// </summary>
    /// <summary>
    /// The end of an incremental read (Get-ACContact -Incremental, a Get-PipesInbox poll), called on this thread once every
    /// record has been written: made where the read ended, the move would come while records still waited to be written, and
    /// a pipeline stopped then (Select-Object -First, a failing command after this one, Ctrl+C) would leave the watermark past
    /// records nobody received. With <paramref name="commitVariable"/> (-CommitVariable) the move goes to that variable, for
    /// the caller to make once the records are stored; otherwise it is made now, Ctrl+C ending its wait for state.json's lock.
    /// A dry run (-WhatIf, <c>$WhatIfPreference</c>) says the move and makes none: a trial's dry run of the nightly script left the
    /// real run after it nothing to read. Returns whether the watermark moved.
    /// </summary>
    private protected bool CommitOrHold(PendingWatermark? pending, string? commitVariable)
    {
        if (commitVariable is not null)
        {
            SessionState.PSVariable.Set(commitVariable, pending);
            return false;
        }
        return pending is not null && ShouldProcessOrSayHow(pending.Key, $"Move the watermark past the {pending.Count:N0} record(s) read") && Commit(pending);
    }

    /// <summary>
    /// Makes a held-back move and writes it to the log (a MoveWatermark event: where the watermark stands, how many records were
    /// read), here, where the log is open: the reading command's environment is disposed by the time Complete-PipesWatermark runs.
    /// </summary>
    private protected bool Commit(PendingWatermark pending)
    {
        if (!pending.Commit(CancellationToken)) return false;
        Environment.Log.Write(new Logging.OperationRecord(pending.Integration, "MoveWatermark", pending.Key, Logging.OperationOutcome.Succeeded, TimeSpan.Zero, 1,
            Detail: string.Create(System.Globalization.CultureInfo.InvariantCulture, $"to {pending.Position!.Value.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ} after {pending.Count:N0} record(s) read")));
        return true;
    }

    private protected bool ShouldProcessOrSayHow(string target, string action) => AskOrSayHow(target, () => ShouldProcess(target, action));

    /// <summary>
    /// <see cref="ShouldProcessOrSayHow"/> for a command whose -WhatIf line is a whole description (<paramref name="whatIfText"/>,
    /// shown as is: the message or meeting with its recipients), naming <paramref name="target"/> when it cannot ask.
    /// </summary>
    private protected bool ShouldProcessTextOrSayHow(string target, string whatIfText) => AskOrSayHow(target, () => ShouldProcess(whatIfText, null, null));

    private bool AskOrSayHow(string target, Func<bool> ask)
    {
        try
        {
            return ask();
        }
        // pwsh -NonInteractive says it cannot ask (PSInvalidOperationException); a runspace without a host throws HostException, and the
        // console host whose input is redirected (cron's "pwsh -File task.ps1 < /dev/null", no -NonInteractive) a NullReferenceException
        // from its prompt (a trial: Remove-PipesEvent's High impact asked, and the task failed with .NET's "Object reference not set").
        catch (Exception exception) when (exception is PSInvalidOperationException or System.Management.Automation.Host.HostException or NullReferenceException)
        {
            var command = MyInvocation.MyCommand?.Name ?? "the command";
            var why = exception is PSInvalidOperationException ? exception.Message.TrimEnd('.') : "no one can answer a prompt here: its input is redirected, or it has no console";
            ThrowTerminatingError(new PipesException(ErrorIds.InvalidInput, PipesErrorKind.InvalidInput,
                $"{command} asks before it acts on {target}, and this PowerShell cannot ask ({why}): nothing was done.",
                $"In a scheduled task or script that runs unattended, add -Confirm:$false to {command}; -WhatIf shows what it would do.", target, exception));
            return false;
        }
    }

    /// <summary>A failure of one item: the pipeline goes on (and -ErrorAction decides).</summary>
    private protected void WriteError(PipesException error, object? target = null) => WriteError(ToErrorRecord(error, target));

    /// <summary>A failure that makes the whole command pointless (a missing setting, an unusable argument).</summary>
    private protected void ThrowTerminatingError(PipesException error, object? target = null) => ThrowTerminatingError(ToErrorRecord(error, target));

    /// <summary>
    /// Reads settings outside <see cref="ForItem"/> (before the work starts): a damaged settings.json or a value of the wrong type ends the
    /// command with its own Pipes error (Pipes.CorruptConfigFile, Pipes.InvalidSetting), not as an exception PowerShell names by its .NET type.
    /// </summary>
    private protected T FromSettings<T>(Func<Pipes.Configuration.SettingsStore, T> read)
    {
        try { return read(Environment.Settings); }
        catch (PipesException error)
        {
            ThrowTerminatingError(error);
            throw; // not reached: ThrowTerminatingError throws
        }
    }

    private static string AdviceFor(PipesErrorKind kind) => kind switch
    {
        PipesErrorKind.NotConfigured or PipesErrorKind.InvalidSetting => "Get-PipesConfig and Get-PipesSecretInfo show what is set; fix it with Set-PipesConfig or Set-PipesSecret.",
        PipesErrorKind.NotFound => "Check the name or id the message gives.",
        PipesErrorKind.FileFormat or PipesErrorKind.LimitExceeded or PipesErrorKind.PermissionDenied => "Check the file the message names; the other files were read.",
        PipesErrorKind.Unexpected => "This is a fault in Pipes: please report it with the log file under the Pipes config directory.",
        _ => "The message says what went wrong; Get-Help about_Pipes lists every error and what to do.",
    };

    private static ErrorCategory CategoryOf(PipesErrorKind kind) => kind switch
    {
        PipesErrorKind.NotConfigured => ErrorCategory.NotEnabled,
        PipesErrorKind.InvalidSetting => ErrorCategory.InvalidArgument,
        PipesErrorKind.Authentication => ErrorCategory.AuthenticationError,
        PipesErrorKind.RateLimited => ErrorCategory.LimitsExceeded,
        PipesErrorKind.QuotaExceeded => ErrorCategory.QuotaExceeded,
        PipesErrorKind.Unavailable => ErrorCategory.ConnectionError,
        PipesErrorKind.Timeout => ErrorCategory.OperationTimeout,
        PipesErrorKind.RemoteRejected => ErrorCategory.InvalidOperation,
        PipesErrorKind.NotFound => ErrorCategory.ObjectNotFound,
        PipesErrorKind.InvalidInput => ErrorCategory.InvalidArgument,
        PipesErrorKind.FileFormat => ErrorCategory.InvalidData,
        PipesErrorKind.OutcomeUnknown => ErrorCategory.InvalidResult,
        PipesErrorKind.Unexpected => ErrorCategory.NotSpecified,
        PipesErrorKind.LimitExceeded => ErrorCategory.LimitsExceeded,
        PipesErrorKind.PermissionDenied => ErrorCategory.PermissionDenied,
        _ => ErrorCategory.NotSpecified,
    };

    private void DisposeEnvironment()
    {
        _environment?.Dispose();
        _environment = null;
    }
}
