using System.Management.Automation;
using System.Text;
using Pipes.Import;
using Pipes.Integrations;
using Pipes.Logging;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>What the file-reading cmdlets share: -Path/-LiteralPath resolution and -Encoding.</summary>
public abstract class PathCmdlet : PipesCmdlet
{
    private protected const string PathSet = "Path";
    private protected const string LiteralPathSet = "LiteralPath";

    /// <summary>Files to read; wildcards allowed.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    public string[] Path { get; set; } = [];

    /// <summary>Files to read, taken literally.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    public string[] LiteralPath { get; set; } = [];

    /// <summary>The text encoding, when detection should be overridden.</summary>
    [Parameter]
    [EncodingTransformation]
    [ArgumentCompleter(typeof(EncodingNameCompleter))]
    public Encoding? Encoding { get; set; }

    /// <summary>The file-system paths named by -Path or -LiteralPath; a path that names nothing is a non-terminating error.</summary>
    private protected IEnumerable<string> ResolvePaths()
    {
        var literal = ParameterSetName == LiteralPathSet;
        foreach (var path in literal ? LiteralPath : Path)
        {
            List<string> resolved;
            try
            {
                ProviderInfo provider;
                resolved = literal
                    ? [SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _)]
                    : [.. SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider)];
                if (provider.Name != "FileSystem")
                {
                    WriteError(new PipesException(ErrorIds.NotAFile, PipesErrorKind.InvalidInput, $"'{path}' is not a file-system path.", null, path));
                    continue;
                }
            }
            catch (ItemNotFoundException)
            {
                resolved = [];
            }
            // A folder named outright goes on, to be refused as a folder; one a wildcard matched is passed over.
            var named = literal || !WildcardPattern.ContainsWildcardCharacters(path);
            var files = resolved.Where(p => File.Exists(p) || (named && Directory.Exists(p))).ToList();
            if (files.Count == 0)
            {
                // "owners[1].csv" is there, but -Path reads [1] as a wildcard for the character 1 and matches nothing.
                var advice = !literal && path.AsSpan().IndexOfAny('[', ']') >= 0 && File.Exists(SessionState.Path.GetUnresolvedProviderPathFromPSPath(path))
                    ? $"The file is there, but -Path reads [ and ] as wildcards: give it with -LiteralPath '{path}'."
                    : "Check the path (Get-ChildItem lists what is there); a wildcard that matches nothing is this error too.";
                WriteError(new PipesException(ErrorIds.FileNotFound, PipesErrorKind.NotFound, $"Cannot find the file '{path}'.",
                    advice, path, new FileNotFoundException($"Cannot find the file '{path}'.", path)), path);
                LogFile(path, OperationOutcome.Failed, TimeSpan.Zero, ErrorIds.FileNotFound);
                continue;
            }
            foreach (var file in files) yield return file;
        }
    }

    /// <summary>One file's event in the operation log: the command, the path, how it went and what came of it.</summary>
    private void LogFile(string path, OperationOutcome outcome, TimeSpan duration, string? detail) =>
        Environment.Log.Write(new OperationRecord("Import", MyInvocation.MyCommand.Name, path, outcome, duration, 1, Detail: detail));

    /// <summary>
    /// Runs the work for one file; a file that cannot be read (Pipes errors, I/O errors) is a
    /// non-terminating error naming it, and the next file goes on. Returns false when it failed.
    /// Each file is one event of the operation log (logs/pipes-YYYYMMDD.log), read or failed with its error id, so a
    /// scheduled import leaves a record of what it read: <paramref name="detail"/> says what came of it ("120 records ...").
    /// </summary>
    private protected bool ForFile(string path, Action work, Func<string>? detail = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        void Log(OperationOutcome outcome, string? what) => LogFile(path, outcome, System.Diagnostics.Stopwatch.GetElapsedTime(started), what);
        try
        {
            work();
            Log(OperationOutcome.Succeeded, detail?.Invoke());
            return true;
        }
        catch (Exception exception) when (exception is not RuntimeException)
        {
            // One file's failure is that file's error (the error policy); the next file is read.
            var failure = Pipes.Import.ImportFile.Translate(path, exception, null) ?? exception;
            Log(exception is OperationCanceledException ? OperationOutcome.Cancelled : OperationOutcome.Failed, (failure as PipesException)?.ErrorId ?? failure.GetType().Name);
            Fail(failure, path);
            return false;
        }
    }
}
