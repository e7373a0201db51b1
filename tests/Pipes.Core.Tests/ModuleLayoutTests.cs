using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>
/// Guards the dependency isolation of the built module (out/Pipes): the cmdlet assembly may
/// reference only Pipes.Core and the platform, and no third-party assembly may sit beside it
/// where PowerShell's own probing would load it into the shared context.
/// </summary>
public sealed class ModuleLayoutTests
{
    private static readonly string ModuleDirectory = Path.Combine(RepoPaths.Root, "out", "Pipes");

    [Fact]
    public void CmdletAssemblyReferencesNoIsolatedDependency()
    {
        var references = ReferencesOf(Path.Combine(ModuleDirectory, "Pipes.PowerShell.dll"));

        Assert.Contains("Pipes.Core", references);
        var allowed = references.Where(r => r == "Pipes.Core" || r == "System.Management.Automation" || r == "netstandard"
            || r.StartsWith("System.", StringComparison.Ordinal) || r == "System" || r == "mscorlib" || r == "Microsoft.Win32.Primitives");
        Assert.Equal(references.OrderBy(r => r), allowed.OrderBy(r => r));
    }

    [Theory]
    [InlineData("Microsoft.Identity.Client")]
    [InlineData("Microsoft.IdentityModel.Abstractions")]
    [InlineData("Polly.Core")]
    [InlineData("Serilog")]
    [InlineData("Pipes.Core")]
    public void EngineAndThirdPartyAssembliesLiveOnlyUnderDependencies(string assembly)
    {
        Assert.True(File.Exists(Path.Combine(ModuleDirectory, "Dependencies", assembly + ".dll")), assembly + " missing from Dependencies");
        Assert.False(File.Exists(Path.Combine(ModuleDirectory, assembly + ".dll")), assembly + " must not sit beside the cmdlet assembly");
    }

    [Theory]
    [InlineData("Microsoft.Graph.Core")]
    [InlineData("Microsoft.Kiota.Abstractions")]
    [InlineData("Azure.Core")]
    public void ShipsNoUnusedGraphSdkAssembly(string assembly) =>
        Assert.False(File.Exists(Path.Combine(ModuleDirectory, "Dependencies", assembly + ".dll")), assembly + " is not used by Core and must not ship");

    [Fact]
    public void ModuleRootHoldsOnlyTheCmdletAssembly()
    {
        var dlls = Directory.GetFiles(ModuleDirectory, "*.dll").Select(Path.GetFileName);
        Assert.Equal(["Pipes.PowerShell.dll"], dlls);
        Assert.False(File.Exists(Path.Combine(ModuleDirectory, "Dependencies", "System.Management.Automation.dll")));
    }

    private static List<string> ReferencesOf(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }

}
