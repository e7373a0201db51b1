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
        // In ForItem: a damaged settings.json is its Pipes error (Pipes.CorruptConfigFile), not the exception's .NET name.
        ForItem(null, () => WriteObject(Run(new BriaDialer(Environment, new SystemDialerPlatform()).StatusAsync)));
    }
}
