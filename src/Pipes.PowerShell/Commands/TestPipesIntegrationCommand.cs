using System.Management.Automation;
using Pipes.Integrations;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands;

/// <summary>Says, for each integration, whether it is configured, whether it answers, and why not.</summary>
[Cmdlet(VerbsDiagnostic.Test, "PipesIntegration")]
[OutputType(typeof(IntegrationStatus))]
public sealed class TestPipesIntegrationCommand : PipesCmdlet
{
    /// <summary>Integration names; wildcards allowed. All when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(IntegrationNameCompleter))]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var descriptor in Select())
        {
            try
            {
                var integration = descriptor.Create(Environment);
                WriteObject(Run(integration.CheckAsync));
            }
            catch (PipesException error)
            {
                // A broken settings file or similar: report it against this integration and go on.
                WriteError(error, descriptor.Name);
            }
        }
    }

    private IReadOnlyList<IntegrationDescriptor> Select() =>
        SelectByName(IntegrationRegistry.All, d => d.Name, Name, name =>
            new PipesException("Pipes.UnknownIntegration", PipesErrorKind.InvalidInput, $"'{name}' is not a Pipes integration.",
                "Known integrations: " + string.Join(", ", IntegrationRegistry.All.Select(d => d.Name)) + ".", name));
}
