using System.Management.Automation;
using Pipes.Configuration;
using Pipes.Integrations;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands;

/// <summary>Lists settings with their effective values and where each came from.</summary>
[Cmdlet(VerbsCommon.Get, "PipesConfig")]
[OutputType(typeof(SettingValue))]
public sealed class GetPipesConfigCommand : PipesCmdlet
{
    /// <summary>Setting names; wildcards allowed. All settings when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(SettingNameCompleter))]
    public string[]? Name { get; set; }

    protected override void ProcessRecord() => ForItem(null, () =>
    {
        // One bad value is that setting's error; the others are still listed. Only the settings asked for are reported: a bad
        // Outlook setting is no error of Get-PipesConfig ActiveCampaign.* (a script under -ErrorAction Stop would end on it).
        var patterns = Name?.Select(n => WildcardPattern.Get(n, WildcardOptions.IgnoreCase)).ToList();
        var unfit = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var all = Environment.Settings.GetAll(error =>
        {
            unfit.Add(error.Name);
            if (patterns is null || patterns.Any(p => p.IsMatch(error.Name))) WriteError(error, error.Name);
        });
        WarnOnceOfSetup();
        // A setting whose value does not fit was said above (Pipes.InvalidSetting): it is no unknown name as well (a trial).
        WriteObject(SelectByName(all, s => s.Name, Name, name => unfit.Contains(name) ? null : Environment.Catalog.UnknownSetting(name)), enumerateCollection: true);
    });

    /// <summary>A settings file that cannot be read leaves nothing to list.</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) => errorId != ErrorIds.UnknownSetting;
}
