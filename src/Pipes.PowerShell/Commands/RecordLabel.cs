using System.Globalization;
using System.IO;
using System.Management.Automation;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands;

/// <summary>How a per-record error names the record: "row 7 of leads.csv" for an imported one, else its place in the pipeline and any name it has.</summary>
internal static class RecordLabel
{
    /// <param name="record">The piped record (null when the values came from parameters).</param>
    /// <param name="position">The record's 1-based place in this command's input.</param>
    public static string Describe(PSObject? record, long position)
    {
        if (record is null) return "the message";
        var name = Text(record, "FullName") ?? Text(record, "Name") ?? Text(record, "Company");
        var named = name is null ? "" : $" ({name})";
        if (Text(record, "SourceRow") is { } row && row != "0")
            return Text(record, "SourceFile") is { } file ? $"row {row} of {Path.GetFileName(file)}{named}" : $"row {row}{named}";
        return $"record {position.ToString(CultureInfo.InvariantCulture)} of the input{named}";
    }

    /// <summary>
    /// The error with the record's label before its message, as every per-record error names it; unchanged when the message names it
    /// already (a template's errors do, RecordTemplate's <c>which</c>: a trial read "row 6 of leads.csv (Sam Smith): row 6 of leads.csv (Sam Smith): ...").
    /// </summary>
    public static PipesException Named(PipesException error, string which) =>
        error.Message.StartsWith(which + ":", StringComparison.Ordinal) ? error
            : new PipesException(error.ErrorId, error.Kind, $"{which}: {error.Message}", error.RecommendedAction, which, error);

    /// <summary>A piped record's property as text; null when it has none, or an empty one.</summary>
    public static string? Text(PSObject record, string name) => record.Properties[name]?.Value?.ToString() is { Length: > 0 } value ? value : null;

    /// <summary>
    /// Why a piped record has no address to write to, for the per-record error of a command that writes (mail, a draft, an
    /// invitation): "{which} has no Email", and when its WithheldEmails holds one (an opted-out or bounced contact from
    /// Import-PipesFile or Get-ACContact), that it is withheld and why, so that nobody "fixes" the record by copying it back.
    /// </summary>
    public static string NoEmail(PSObject record, string which)
    {
        var withheld = record.Properties["WithheldEmails"]?.Value?.ToString();
        return string.IsNullOrWhiteSpace(withheld) ? $"{which} has no Email"
            : $"{which} has no Email; its address {withheld} is withheld, since the contact opted out or the address bounced (its Issues say which)";
    }

    /// <summary>
    /// Why a piped record has no number to dial: "{which} has no phone number", and when its PhoneRaw holds text (a number marked
    /// do not call, or one that is no usable number), that text and where to read why.
    /// </summary>
    public static string NoPhone(PSObject record, string which)
    {
        var raw = record.Properties["PhoneRaw"]?.Value?.ToString();
        return string.IsNullOrWhiteSpace(raw) ? $"{which} has no phone number"
            : $"{which} has no phone number to dial; its PhoneRaw '{raw}' is marked do not call or is no usable number (its Issues say which)";
    }
}
