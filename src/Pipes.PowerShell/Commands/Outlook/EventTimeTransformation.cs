namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>
/// -Start and -End of the calendar commands (see <see cref="TimeTransformationAttribute"/>): a [DateTime]'s Kind
/// decides (Utc is that instant, Local the machine's clock, Unspecified the calendar zone's clock); text without an
/// offset is a wall-clock time in the calendar's zone. [DateTimeOffset] would read a wall-clock time as the machine's.
/// </summary>
public sealed class EventTimeTransformationAttribute : TimeTransformationAttribute
{
    private protected override string WallClock => "the calendar's zone";
}
