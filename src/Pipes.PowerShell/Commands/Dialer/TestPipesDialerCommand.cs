using System.Management.Automation;
using Pipes.Bria;

namespace Pipes.PowerShell.Commands.Dialer;

/// <summary>The seed's is_available(): whether Bria is installed, running and online, each with why.</summary>
[Cmdlet(VerbsDiagnostic.Test, "PipesDialer")]
[OutputType(typeof(DialerStatus))]
public sealed class TestPipesDialerCommand : PipesCmdlet
{
    protected override void ProcessRecord()
    {
        var dialer = new BriaDialer(Environment, new SystemDialerPlatform());
        WriteObject(Run(dialer.StatusAsync));
    }
}
