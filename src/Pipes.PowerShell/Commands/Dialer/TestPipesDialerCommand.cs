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
        // A damaged settings.json ends the command with its Pipes error (Pipes.CorruptConfigFile), not the exception's .NET name.
        // (The status reads the Dialer settings: a single result, so any failure ends the command.)
        var dialer = new BriaDialer(Environment, new SystemDialerPlatform());
        WriteObject(FromSettings(_ => Run(dialer.StatusAsync)));
    }
}
