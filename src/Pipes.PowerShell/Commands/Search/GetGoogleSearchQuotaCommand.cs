using System.Management.Automation;
using Pipes.Search;

namespace Pipes.PowerShell.Commands.Search;

/// <summary>Says how many search queries were spent today across processes, how many are left and when the quota resets.</summary>
[Cmdlet(VerbsCommon.Get, "GoogleSearchQuota")]
[OutputType(typeof(SearchQuota))]
public sealed class GetGoogleSearchQuotaCommand : PipesCmdlet
{
    protected override void ProcessRecord() => ForItem(null, () =>
    {
        var client = new SearchClient(Environment);
        var quota = Run(client.GetQuota);
        // The ledger's figures stand without a key (100 left), and would read as searches that can be made: said.
        if (client.MissingConfiguration() is { Count: > 0 } missing)
            WriteWarning($"{quota.Provider} is not configured ({string.Join(", ", missing)} missing): these are the ledger's figures, and every search fails until it is.");
        WriteObject(quota);
    });

    /// <summary>One answer: any failure (an unreadable quota.json, a bad Search.Provider) ends the command.</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) => true;
}
