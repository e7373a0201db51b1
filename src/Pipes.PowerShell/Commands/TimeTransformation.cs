using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace Pipes.PowerShell.Commands;

/// <summary>
/// Lets a time parameter take a [DateTimeOffset] (an instant), a [DateTime] or text: with an offset or Z
/// ("2027-03-14T09:00-05:00") text is an instant, without one ("2027-03-14 09:00") a wall-clock time, whose zone
/// the command decides (<see cref="WallClock"/> says which, for the messages). Typing the parameter [DateTime]
/// would lose an instant's offset.
/// <para>
/// Text is read as PowerShell reads a [datetime] cast (the invariant culture: month first), and also in the
/// session's culture: where the two read different dates ("1.12.2026" is 12 January to PowerShell and
/// 1 December in de-DE; "12/1/2026" 1 December and 12 January in en-GB) the text is refused rather than
/// guessed, as is text neither reads ("yesterday"), and day-first text with dots that both read month first ("1.12.2026" under
/// en-US). Every number written must be part of the reading (<see cref="WrittenTime"/>: "Dec 1 9am" is not 2009). Year-first text (ISO 8601) reads one way everywhere. A refusal is
/// an <see cref="UnreadTime"/>, which the command turns into its own Pipes.InvalidInput error naming the
/// value (an exception thrown here would reach the user as PowerShell's ParameterArgumentTransformationError).
/// </para>
/// </summary>
public abstract partial class TimeTransformationAttribute : ArgumentTransformationAttribute
{
    /// <summary>Whose clock a time without an offset is on, as the messages say it: "the calendar's zone".</summary>
    private protected abstract string WallClock { get; }

    /// <summary>An example of a time that is not text, for the messages: "(Get-Date).AddDays(-1)".</summary>
    private protected virtual string? Computed => null;

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject p ? p.BaseObject : inputData;
        return value switch
        {
            null or DateTimeOffset or DateTime => value,
            string text => Parse(text, CultureInfo.CurrentCulture),
            _ => new UnreadTime($"'{value}' is not a date and time; give a [DateTimeOffset], a [DateTime] or text such as 2027-03-14T09:00."),
        };
    }

    /// <summary>The date and time <paramref name="text"/> names, or an <see cref="UnreadTime"/> saying why it names none for sure.</summary>
    internal object Parse(string text, CultureInfo session)
    {
        var invariant = WrittenTime.Read(text, CultureInfo.InvariantCulture);
        // Year first, the date reads one way in every culture; the time may be written in the session's ("2027/12/01 午後2:00").
        if (YearFirst().IsMatch(text))
            return invariant ?? WrittenTime.Read(text, session) ?? Unreadable(text);
        var local = session.Name.Length == 0 ? invariant : WrittenTime.Read(text, session);
        if (invariant is null) return local ?? Unreadable(text);
        if (local is null || Same(invariant, local))
            return DottedDay().Match(text) is { Success: true } dotted && DayOf(invariant) != int.Parse(dotted.Groups[1].Value, CultureInfo.InvariantCulture)
                ? new UnreadTime($"'{text}' is written with dots, as dates are written day first, but reads as {Shown(invariant)} as PowerShell and this session's culture "
                    + $"({(session.Name.Length == 0 ? "invariant" : session.Name)}) read dates (month first), so it was not guessed. Write the date year first: 2027-03-14T09:00 ({WallClock}) or 2027-03-14T09:00-05:00 (an instant).")
                : invariant;
        return new UnreadTime($"'{text}' reads as {Shown(invariant)} as PowerShell reads dates (month first) but as {Shown(local)} in this session's culture ({session.Name}), "
            + $"so it was not guessed. Write the date year first: 2027-03-14T09:00 ({WallClock}) or 2027-03-14T09:00-05:00 (an instant).");
    }

    private static bool Same(object a, object b) => (a, b) switch
    {
        (DateTimeOffset x, DateTimeOffset y) => x == y && x.Offset == y.Offset,
        (DateTime x, DateTime y) => x == y && x.Kind == y.Kind,
        _ => false,
    };

    private static string Shown(object time) => time switch
    {
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
        DateTime wall => wall.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => $"{time}",
    };

    private UnreadTime Unreadable(string text) =>
        new($"'{text}' is not a date and time; write it as 2027-03-14T09:00 ({WallClock}) or 2027-03-14T09:00-05:00 (an instant)"
            + (Computed is { } computed ? $", or compute it: {computed}." : "."));

    private static int DayOf(object time) => time switch { DateTimeOffset instant => instant.Day, DateTime wall => wall.Day, _ => 0 };

    // "1.12.2026": dots are written by the cultures that put the day first (de-DE, ru-RU, fi-FI, tr-TR ...); none puts the month first.
    [GeneratedRegex(@"^\s*(\d{1,2})\.\d{1,2}\.\d{2,4}(?:$|[\s.T])", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDay();

    // "2027-03-14", "2027/3/14 9:00": the year first reads one way in every culture.
    [GeneratedRegex(@"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:$|[\sT])", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();
}

/// <summary>Text a time parameter could not read as one date and time for sure; <see cref="Reason"/> says why. The command reports it as Pipes.InvalidInput.</summary>
public sealed record UnreadTime(string Reason)
{
    public override string ToString() => Reason;
}

/// <summary>
/// -Since of the commands that read what changed after an instant (Get-PipesInbox, Get-ACContact): a time without an
/// offset is this machine's clock, as Get-Date's is (the message table shows received times on it too).
/// </summary>
public sealed class SinceTransformationAttribute : TimeTransformationAttribute
{
    private protected override string WallClock => "this machine's clock";

    private protected override string? Computed => "(Get-Date).AddDays(-1)";

    /// <summary>
    /// A bound -Since (or another parameter of this transformation, named by <paramref name="parameter"/>) as the instant it names.
    /// Throws <see cref="Integrations.InvalidInputError"/> (Pipes.InvalidInput, naming the value) for an <see cref="UnreadTime"/>,
    /// before anything is read.
    /// </summary>
    internal static DateTimeOffset? ToInstant(object? value, string integration, string operation, string parameter = "-Since") => value switch
    {
        null => null,
        DateTimeOffset instant => instant,
        // A [DateTime] of Kind Unspecified ([datetime]'2026-12-01', or text without an offset) is the machine's clock, as PowerShell converts it.
        DateTime time => time.Kind == DateTimeKind.Utc ? new DateTimeOffset(time) : new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Local)),
        UnreadTime unread => throw new Integrations.InvalidInputError(integration, operation, parameter + " " + unread.Reason + " Nothing was read.", value),
        _ => throw new Integrations.InvalidInputError(integration, operation, $"{parameter} '{value}' is not a date and time. Nothing was read.", value),
    };
}
