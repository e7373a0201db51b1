using System.Globalization;
using System.IO;
using System.Management.Automation;

namespace Pipes.PowerShell.Commands;

/// <summary>How a per-record error names the record: "row 7 of leads.csv" for an imported one, else its place in the pipeline and any name it has.</summary>
internal static class RecordLabel
{
    /// <param name="record">The piped record (null when the values came from parameters).</param>
    /// <param name="position">The record's 1-based place in this command's input.</param>
    public static string Describe(PSObject? record, long position)
    {
        if (record is null) return "the message";
        string? Text(string name) => record.Properties[name]?.Value?.ToString() is { Length: > 0 } value ? value : null;
        var name = Text("FullName") ?? Text("Name") ?? Text("Company");
        var named = name is null ? "" : $" ({name})";
        if (Text("SourceRow") is { } row && row != "0")
            return Text("SourceFile") is { } file ? $"row {row} of {Path.GetFileName(file)}{named}" : $"row {row}{named}";
        return $"record {position.ToString(CultureInfo.InvariantCulture)} of the input{named}";
    }
}
