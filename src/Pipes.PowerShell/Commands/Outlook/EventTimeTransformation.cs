using System.Globalization;
using System.Management.Automation;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>
/// Lets -Start and -End take a [DateTimeOffset] (an instant), a [DateTime] (its Kind decides: Utc is
/// that instant, Local the machine's clock, Unspecified the calendar zone's clock), or text: with an
/// offset or Z ("2027-03-14T09:00-05:00") it is an instant, without one ("2027-03-14 09:00") a wall-clock
/// time. Typing the parameter [DateTime] would lose an instant's offset; [DateTimeOffset] would read a
/// wall-clock time as the machine's.
/// </summary>
public sealed class EventTimeTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject p ? p.BaseObject : inputData;
        return value switch
        {
            null or DateTimeOffset or DateTime => value,
            string text => Parse(text),
            _ => throw new ArgumentTransformationMetadataException($"'{value}' is not a date and time; give a [DateTimeOffset], a [DateTime] or text such as 2027-03-14T09:00."),
        };
    }

    private static object Parse(string text)
    {
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.CurrentCulture })
        {
            if (!DateTime.TryParse(text, culture, DateTimeStyles.RoundtripKind | DateTimeStyles.AllowWhiteSpaces, out var parsed)) continue;
            // An offset or Z in the text: the instant it names, offset kept.
            if (parsed.Kind != DateTimeKind.Unspecified && DateTimeOffset.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out var instant)) return instant;
            return parsed;
        }
        throw new ArgumentTransformationMetadataException($"'{text}' is not a date and time; write it as 2027-03-14T09:00 (the calendar's zone) or 2027-03-14T09:00-05:00 (an instant).");
    }
}
