using System.Management.Automation;
using Pipes.Search;

namespace Pipes.PowerShell.Commands.Search;

/// <summary>Says how many search queries were spent today across processes, how many are left and when the quota resets.</summary>
[Cmdlet(VerbsCommon.Get, "GoogleSearchQuota")]
[OutputType(typeof(SearchQuota))]
public sealed class GetGoogleSearchQuotaCommand : PipesCmdlet
{
    protected override void ProcessRecord() => ForItem(null, () => WriteObject(Run(() => new SearchClient(Environment).GetQuota())));

    /// <summary>One answer: any failure (an unreadable quota.json, a bad Search.Provider) ends the command.</summary>
    private protected override bool StopsCommand(string errorId, bool everyItemWouldFail) => true;
}
