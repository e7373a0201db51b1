using System.Management.Automation;
using Pipes.Bria;

namespace Pipes.PowerShell.Commands.Dialer;

/// <summary>The seed's is_available(): whether Bria is installed, running and online, each with why.</summary>
[Cmdlet(VerbsDiagnostic.Test, "PipesDialer")]
[OutputType(typeof(DialerStatus))]
public sealed class TestPipesDialerCommand : PipesCmdlet
{
    protected override void ProcessRecord() => ForItem(null, () =>
    {
        var dialer = new BriaDialer(Environment, new SystemDialerPlatform());
        WriteObject(Run(dialer.StatusAsync));
    });

    /// <summary>
    /// The status is one result, so any failure (a damaged settings.json: Pipes.CorruptConfigFile) ends the command with its Pipes
    /// error, as Get-PipesInbox's does.
    /// </summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) => true;
}
