using System.Management.Automation;

namespace Pipes.PowerShell.Commands.ActiveCampaign;

/// <summary>
/// An id parameter bound from a piped record's blank column (a CSV's empty StageId or PipelineId: Import-Csv gives "")
/// takes no ids, as a missing column does. PowerShell would otherwise fail the record with its own binding error
/// ("Cannot convert value "" to type System.Int64"), and the record's Email would not be looked up.
/// </summary>
public sealed class BlankIdAsNoneAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
        (inputData is PSObject p ? p.BaseObject : inputData) is string text && string.IsNullOrWhiteSpace(text) ? Array.Empty<long>() : inputData;
}
