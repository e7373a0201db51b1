using System.Management.Automation;
using Pipes.Configuration;
using Pipes.Integrations;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands;

/// <summary>Says which secrets are set and where from; never shows a value.</summary>
[Cmdlet(VerbsCommon.Get, "PipesSecretInfo")]
[OutputType(typeof(SecretInfo))]
public sealed class GetPipesSecretInfoCommand : PipesCmdlet
{
    /// <summary>Secret names; wildcards allowed.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(SecretNameCompleter))]
    public string[]? Name { get; set; }

    protected override void ProcessRecord() => ForItem(null, () =>
        WriteObject(SelectByName(Environment.Secrets.Describe(), s => s.Name, Name, Environment.Secrets.UnknownSecret), enumerateCollection: true));

    /// <summary>A secrets file that cannot be read leaves nothing to describe.</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) => errorId != ErrorIds.UnknownSecret;
}
