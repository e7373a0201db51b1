// Compiled by tests/bench/import.ps1 with Add-Type: PowerShell's own cost per object, as a yardstick.
using System.Management.Automation;

/// <summary>
/// Writes -Count small objects made in a tight loop: no file, no parsing, no normalising. Its time
/// through "| Out-Null" is what the pipeline alone costs, the least any cmdlet that emits one
/// object per row can take.
/// </summary>
[Cmdlet(VerbsCommunications.Write, "PipesBenchObject")]
public sealed class WritePipesBenchObjectCommand : PSCmdlet
{
    [Parameter(Mandatory = true)]
    public int Count { get; set; }

    protected override void ProcessRecord()
    {
        for (var i = 0; i < Count; i++) WriteObject(new PipesBenchObject { Row = i, Email = "contact@example.com", Phone = "7135551234" });
    }
}

public sealed class PipesBenchObject
{
    public int Row { get; set; }
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";
}
