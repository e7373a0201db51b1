using System.Collections;
using System.Management.Automation;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>
/// Lets -Mapping take a mapping file as ConvertFrom-Json gives it (a PSCustomObject of column: field, without -AsHashtable):
/// its properties, in order, as a dictionary. PowerShell itself cannot convert one to an IDictionary, and said so with its
/// own CannotConvertArgumentNoMessage. A dictionary passes as it is; anything else is left for PowerShell to refuse.
/// </summary>
public sealed class MappingTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        if (inputData is not PSObject { BaseObject: PSCustomObject } custom) return inputData;
        var mapping = new System.Collections.Specialized.OrderedDictionary(StringComparer.OrdinalIgnoreCase);
        foreach (var property in custom.Properties) mapping[property.Name] = property.Value;
        return (IDictionary)mapping;
    }
}
