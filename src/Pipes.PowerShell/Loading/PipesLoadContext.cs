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

    private readonly string _dependencyDirectory;

    /// <summary>The shared framework's folder (where System.Private.CoreLib lives).</summary>
    private static readonly string FrameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    private PipesLoadContext(string dependencyDirectory) : base(ContextName, isCollectible: false)
    {
        _dependencyDirectory = dependencyDirectory;
    }

    /// <summary>Answers the default context's failed look-up of Pipes.Core, and nothing else.</summary>
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

    private static Assembly? ResolveEngine(AssemblyLoadContext context, AssemblyName name) =>
        string.Equals(name.Name, EngineAssembly, StringComparison.Ordinal) ? Shared.Value.LoadFromAssemblyName(name) : null;

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
