using System.Xml;

namespace Pipes.Import;

/// <summary>
/// Why a workbook cannot be read, in Pipes' words. .NET's zip and XML readers say it in theirs
/// ("Central Directory corrupt.", "For security reasons DTD is prohibited ..."), which mean nothing
/// to the user; the exception stays the error's inner exception for whoever debugs.
/// </summary>
internal static class XlsxDamage
{
    /// <summary>The reason after "it looks like an XLSX workbook but ...".</summary>
    public static string Describe(Exception exception) => exception switch
    {
        XlsxPartException part => "is damaged: " + part.Message,
        XmlException xml => "is damaged: " + (string.IsNullOrEmpty(xml.SourceUri) ? "one of its parts" : $"its part {xml.SourceUri}") + " is not XML a workbook can hold"
            + (xml.LineNumber > 0 ? $" (line {xml.LineNumber}, position {xml.LinePosition})" : ""), // a DTD refused has no position
        InvalidDataException => "its zip data is damaged (the file was cut short or altered after it was saved)",
        _ => "is damaged: a part it refers to is missing",
    };
}

/// <summary>A part of the workbook that fails a check of ours (its length, its CRC-32): the message says which, in our words.</summary>
internal sealed class XlsxPartException(string message) : Exception(message);
