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
        // Reports, never throws: whatever goes wrong with one integration is that integration's row.
        foreach (var descriptor in Select())
        {
            IntegrationStatus status;
            try
            {
                var integration = descriptor.Create!(Environment);
                status = Run(integration.CheckAsync);
            }
            catch (Exception exception) when (exception is not (RuntimeException or OperationCanceledException))
            {
                var error = exception as PipesException ?? PipesException.Unexpected("The check", exception, Environment.Redactor);
                status = IntegrationBase.Failed(descriptor.Name, error, null, Environment.Redactor, configured: false);
            }
            WriteObject(status);
        }
    }

    private IReadOnlyList<IntegrationDefinition> Select()
    {
        var known = Environment.Catalog.Checkable.ToList();
        // "Google" names the Search integration, whose row is named after the engine in use.
        var names = Name?.Select(n => known.FirstOrDefault(d => d.AlsoKnownAs.Contains(n, StringComparer.OrdinalIgnoreCase))?.Name ?? n).ToArray();
        return SelectByName(known, d => d.Name, names, name =>
            new PipesException(ErrorIds.UnknownIntegration, PipesErrorKind.InvalidInput, $"'{name}' is not a Pipes integration.",
                "Known integrations: " + string.Join(", ", known.Select(d => d.Name)) + ".", name));
    }
}
