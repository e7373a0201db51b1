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

    private IEnumerable<IntegrationDescriptor> Select()
    {
        if (Name is null or { Length: 0 }) return IntegrationRegistry.All;
        var selected = new List<IntegrationDescriptor>();
        foreach (var name in Name)
        {
            var pattern = WildcardPattern.Get(name, WildcardOptions.IgnoreCase);
            var matches = IntegrationRegistry.All.Where(d => pattern.IsMatch(d.Name)).ToList();
            if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
                WriteError(new PipesException("Pipes.UnknownIntegration", PipesErrorKind.InvalidInput, $"'{name}' is not a Pipes integration.",
                    "Known integrations: " + string.Join(", ", IntegrationRegistry.All.Select(d => d.Name)) + "."), name);
            selected.AddRange(matches.Where(m => !selected.Contains(m)));
        }
        return selected;
    }
}
