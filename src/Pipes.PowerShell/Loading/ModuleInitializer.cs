using System.Management.Automation;

namespace Pipes.PowerShell.Loading;

/// <summary>Wires the private load context at import and unwires it at Remove-Module. Does no other work: import stays fast and silent.</summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    public void OnImport() => PipesLoadContext.Hook();

    public void OnRemove(PSModuleInfo module) => PipesLoadContext.Unhook();
}
