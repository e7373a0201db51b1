using System.Collections.Concurrent;
using System.Management.Automation;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// What every Pipes cmdlet shares: one <see cref="PipesEnvironment"/> per invocation, Ctrl+C
/// cancelling the running call, log events mirrored to -Verbose from the pipeline thread, and
/// Pipes errors turned into ErrorRecords with their stable ErrorId, category and advice.
/// Core types appear only in non-public members so that importing the module does not load Core.
/// </summary>
public abstract class PipesCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private PipesEnvironment? _environment;

    private protected PipesEnvironment Environment => _environment ??= PipesEnvironment.FromEnvironment();

    protected CancellationToken CancellationToken => _cancellation.Token;

    protected override void StopProcessing() => _cancellation.Cancel();

    protected override void EndProcessing() => DisposeEnvironment();

    public void Dispose()
    {
        DisposeEnvironment();
        _cancellation.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Runs async Core work on the thread pool while this (pipeline) thread writes its log events
    /// to -Verbose; only the pipeline thread may write to the pipeline.
    /// </summary>
    private protected T Run<T>(Func<CancellationToken, Task<T>> work)
    {
        using var messages = new BlockingCollection<string>();
        Task<T> task;
        using (Environment.Log.Listen(message =>
               {
                   if (messages.IsAddingCompleted) return;
                   try { messages.Add(message); }
                   catch (InvalidOperationException) { } // completed meanwhile
               }))
        {
            task = Task.Run(() => work(CancellationToken));
        }
        task.ContinueWith(_ => messages.CompleteAdding(), TaskScheduler.Default);
        foreach (var message in messages.GetConsumingEnumerable()) WriteVerbose(message);
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>Runs synchronous Core work with its log events mirrored to -Verbose.</summary>
    private protected T Run<T>(Func<T> work)
    {
        var messages = new List<string>();
        T result;
        using (Environment.Log.Listen(messages.Add))
        {
            try { result = work(); }
            finally { messages.ForEach(WriteVerbose); }
        }
        return result;
    }

    /// <summary>
    /// The items whose names match any of <paramref name="patterns"/> (wildcards, any case), each
    /// once, in their own order; all items when no pattern is given. An exact name that matches
    /// nothing writes <paramref name="unknown"/>'s error and the rest go on.
    /// </summary>
    private protected IReadOnlyList<T> SelectByName<T>(IReadOnlyList<T> items, Func<T, string> nameOf, string[]? patterns, Func<string, PipesException> unknown)
    {
        if (patterns is null or { Length: 0 }) return items;
        var selected = new HashSet<T>();
        foreach (var name in patterns)
        {
            var pattern = WildcardPattern.Get(name, WildcardOptions.IgnoreCase);
            var matches = items.Where(item => pattern.IsMatch(nameOf(item))).ToList();
            if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name)) WriteError(unknown(name), name);
            selected.UnionWith(matches);
        }
        return items.Where(selected.Contains).ToList();
    }

    private protected ErrorRecord ToErrorRecord(PipesException error, object? target = null)
    {
        var record = new ErrorRecord(error, error.ErrorId, CategoryOf(error.Kind), target ?? error.Target);
        if (error.RecommendedAction is { } action) record.ErrorDetails = new ErrorDetails(error.Message) { RecommendedAction = action };
        return record;
    }

    /// <summary>A failure of one item: the pipeline goes on (and -ErrorAction decides).</summary>
    private protected void WriteError(PipesException error, object? target = null) => WriteError(ToErrorRecord(error, target));

    /// <summary>A failure that makes the whole command pointless (a missing setting, an unusable argument).</summary>
    private protected void ThrowTerminatingError(PipesException error, object? target = null) => ThrowTerminatingError(ToErrorRecord(error, target));

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
