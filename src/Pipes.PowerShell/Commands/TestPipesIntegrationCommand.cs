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

    /// <summary>
    /// The longest the check waits for an answer, in seconds (1-3600); without it, 10 s, or Http.TimeoutSeconds when that is less.
    /// A slow service (a large account's first answer) may need more; a dead network is slow whatever the wait.
    /// </summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int? TimeoutSeconds { get; set; }

    protected override void ProcessRecord()
    {
        // Reports, never throws: whatever goes wrong with one integration is that integration's row.
        foreach (var descriptor in Select())
        {
            IntegrationStatus status;
            try
            {
                var integration = descriptor.Create!(Environment);
                var timeout = TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
                status = Run(token => integration.CheckAsync(timeout, token));
            }
            catch (Exception exception) when (exception is not (RuntimeException or OperationCanceledException))
            {
                var error = exception as PipesException ?? PipesException.Unexpected("The check", exception, Environment.Redactor);
                status = IntegrationBase.Failed(descriptor.Name, error, null, Environment.Redactor, configured: false);
            }
            // Set up: named after it (its name, its row's name, another name it is known by).
            WriteObject(status with { IsSetUp = status.IsConfigured || Environment.SetUpHere(descriptor.AlsoKnownAs.Append(descriptor.Name).Append(status.Name)) });
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
