using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace Pipes.PowerShell.Loading;

/// <summary>
/// The module's private load context. It serves Pipes.Core and every assembly in the module's
/// <c>Dependencies</c> folder, so our MSAL, Graph, Polly and Serilog never meet the copies other
/// modules (Az, Microsoft.Graph, PnP) load into the default context. Anything not in that folder
/// (System.Management.Automation) falls through to the default context, and so does every assembly
/// the running framework ships even when a package left an older copy in the folder (as the Graph
/// module's loader does): one System.Text.Json, one System.Memory, the runtime's own and newest.
/// </summary>
internal sealed class PipesLoadContext : AssemblyLoadContext
{
    public const string ContextName = "Pipes";
    public const string EngineAssembly = "Pipes.Core";

    private static readonly Lazy<PipesLoadContext> Shared = new(() => new PipesLoadContext(
        Path.Combine(Path.GetDirectoryName(typeof(PipesLoadContext).Assembly.Location)!, "Dependencies")));

    private static readonly object Gate = new();
    private static bool _hooked;

    /// <summary>Set once Pipes.Core is in the Pipes context; from then on every request for it is answered.</summary>
    private static volatile bool _engineLoaded;

    private readonly string _dependencyDirectory;

    /// <summary>The shared framework's folder (where System.Private.CoreLib lives).</summary>
    private static readonly string FrameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    private PipesLoadContext(string dependencyDirectory) : base(ContextName, isCollectible: false)
    {
        _dependencyDirectory = dependencyDirectory;
    }

    /// <summary>Answers the default context's failed look-up of Pipes.Core (see <see cref="AskedByManagedCode"/>), and nothing else.</summary>
    public static void Hook()
    {
        lock (Gate)
        {
            if (_hooked) return;
            Default.Resolving += ResolveEngine;
            _hooked = true;
        }
    }

    public static void Unhook()
    {
        lock (Gate)
        {
            if (!_hooked) return;
            Default.Resolving -= ResolveEngine;
            _hooked = false;
        }
    }

    private static Assembly? ResolveEngine(AssemblyLoadContext context, AssemblyName name)
    {
        if (!string.Equals(name.Name, EngineAssembly, StringComparison.Ordinal)) return null;
        if (!_engineLoaded && !AskedByManagedCode()) return null;
        var engine = Shared.Value.LoadFromAssemblyName(name);
        _engineLoaded = true;
        return engine;
    }

    /// <summary>
    /// Whether managed code is behind this request: a cmdlet or completer about to run, or PowerShell
    /// reading a cmdlet's metadata (an OutputType, a parameter's type). The runtime also asks by itself,
    /// on a thread with no managed frame below the resolving event: pwsh replays the JIT profile of an
    /// earlier session (ProfileOptimization, StartupProfileData-* in its cache folder), and when that
    /// session ran Pipes cmdlets the replay compiles their methods right after Import-Module, which asks
    /// for Pipes.Core. Answering it loaded Pipes.Core at import in a session that had not
    /// used a cmdlet (the Module Pester test's rare failure). Declining it only makes the replay skip
    /// or stop: the methods are compiled on first call, and a failed bind is not remembered, so the
    /// first real use still loads the engine here.
    /// </summary>
    private static bool AskedByManagedCode()
    {
        foreach (var frame in new StackTrace(fNeedFileInfo: false).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            if (type != typeof(PipesLoadContext) && type != typeof(AssemblyLoadContext)) return true;
        }
        return false;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (File.Exists(Path.Combine(FrameworkDirectory, assemblyName.Name + ".dll"))) return null;
        var path = Path.Combine(_dependencyDirectory, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = Path.Combine(_dependencyDirectory, unmanagedDllName);
        return File.Exists(path) ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
