using System.Management.Automation;
using Pipes.Integrations;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands;

/// <summary>Deletes a stored secret.</summary>
[Cmdlet(VerbsCommon.Remove, "PipesSecret", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class RemovePipesSecretCommand : PipesCmdlet
{
    /// <summary>The secret's name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SecretNameCompleter))]
    public string Name { get; set; } = string.Empty;

    protected override void ProcessRecord() => ForItem(Name, () =>
        {
            var definition = Environment.Secrets.Require(Name);
            if (!ShouldProcessOrSayHow(definition.Name, "Remove stored secret")) return;
            if (!Environment.Secrets.Remove(definition.Name, CancellationToken))
                WriteError(new PipesException(ErrorIds.SecretNotFound, PipesErrorKind.NotFound, $"No stored value for {definition.Name}.",
                    "Get-PipesSecretInfo shows which secrets are set and where from.", definition.Name));
        });
}
