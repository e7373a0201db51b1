using Pipes.Configuration;
using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.Tests;

/// <summary>
/// The calendar's times (issue 12): zone names both ways on this platform, the DateTime Kind rules, the US
/// spring-forward (2027-03-14) and fall-back (2027-11-07) days in a zone with daylight saving and the same
/// days in zones without (Phoenix, Kolkata), and that what is sent to Graph names the instant meant.
/// </summary>
public sealed class CalendarTimeTests
{
    private static TimeZoneInfo Zone(string name) => CalendarTimeZones.Resolve(name);

    [Theory]
    [InlineData("America/Chicago", "Central Standard Time")]
    [InlineData("Central Standard Time", "Central Standard Time")]
    [InlineData("america/chicago", "Central Standard Time")]
    [InlineData("central standard time", "Central Standard Time")]
    [InlineData("America/Phoenix", "US Mountain Standard Time")]
    [InlineData("US Mountain Standard Time", "US Mountain Standard Time")]
    [InlineData("Asia/Kolkata", "India Standard Time")]
    [InlineData("India Standard Time", "India Standard Time")]
    [InlineData("Europe/London", "GMT Standard Time")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/UTC", "UTC")]
    public void IanaAndWindowsNamesResolveToTheSameZoneAndGraphGetsTheWindowsName(string name, string graphName)
    {
        var zone = Zone(name);

        Assert.Equal(graphName, CalendarTimeZones.GraphName(zone));
        // Both names of a zone follow the same rules: Chicago's offsets on the two change days.
        if (graphName == "Central Standard Time")
        {
            Assert.Equal(TimeSpan.FromHours(-6), zone.GetUtcOffset(new DateTime(2027, 3, 14, 1, 0, 0)));
            Assert.Equal(TimeSpan.FromHours(-5), zone.GetUtcOffset(new DateTime(2027, 3, 14, 4, 0, 0)));
        }
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Central Standard")]
    [InlineData("../../../etc/passwd")]
    [InlineData("")]
    public void AnUnknownZoneIsPipesUnknownTimeZoneNamingIt(string name)
    {
        var error = Assert.Throws<InvalidInputError>(() => CalendarTimeZones.Resolve(name));

        Assert.Equal(ErrorIds.UnknownTimeZone, error.ErrorId);
        Assert.Equal(name, error.Target);
        Assert.Contains("America/Chicago", error.Message);
    }

    [Fact]
    public void TheZoneIsTheParameterThenTheSettingThenTheMachines()
    {
        Assert.Equal("Asia/Kolkata", CalendarTimeZones.Effective("Asia/Kolkata", () => "America/Chicago").Id);
        Assert.Equal("America/Chicago", CalendarTimeZones.Effective(null, () => "America/Chicago").Id);
        Assert.Equal(TimeZoneInfo.Local.Id, CalendarTimeZones.Effective(null, () => null).Id);
        Assert.Equal(ErrorIds.UnknownTimeZone, Assert.Throws<InvalidInputError>(() => CalendarTimeZones.Effective(null, () => "Nowhere/Town")).ErrorId);
        // A zone given is the zone: the setting is not read, so a broken one does not stop the command.
        Assert.Equal("Asia/Kolkata", CalendarTimeZones.Effective("Asia/Kolkata", () => throw new InvalidOperationException("read")).Id);
        // An empty -TimeZone (a variable not set) is refused, not taken for "not given": every time would be the machine's, unsaid.
        foreach (var blank in new[] { "", "  " })
        {
            var error = Assert.Throws<InvalidInputError>(() => CalendarTimeZones.Effective(blank, () => "America/Chicago"));
            Assert.Equal(ErrorIds.InvalidInput, error.ErrorId);
            Assert.Contains("-TimeZone is empty", error.Message);
        }
    }

    [Theory]
    // Spring forward in Chicago: 02:00 CST becomes 03:00 CDT.
    [InlineData("America/Chicago", "2027-03-14T01:59", "2027-03-14T01:59:00-06:00")]
    [InlineData("America/Chicago", "2027-03-14T03:00", "2027-03-14T03:00:00-05:00")]
    [InlineData("America/Chicago", "2027-03-15T09:00", "2027-03-15T09:00:00-05:00")]
    // Fall back: 02:00 CDT becomes 01:00 CST; before and after the repeated hour are plain.
    [InlineData("America/Chicago", "2027-11-07T00:59", "2027-11-07T00:59:00-05:00")]
    [InlineData("America/Chicago", "2027-11-07T02:00", "2027-11-07T02:00:00-06:00")]
    // No daylight saving: the same wall clock on both days, every hour exists once.
    [InlineData("America/Phoenix", "2027-03-14T02:30", "2027-03-14T02:30:00-07:00")]
    [InlineData("America/Phoenix", "2027-11-07T01:30", "2027-11-07T01:30:00-07:00")]
    [InlineData("Asia/Kolkata", "2027-03-14T02:30", "2027-03-14T02:30:00+05:30")]
    [InlineData("Asia/Kolkata", "2027-11-07T01:30", "2027-11-07T01:30:00+05:30")]
    [InlineData("Central Standard Time", "2027-03-14T03:30", "2027-03-14T03:30:00-05:00")]
    public void AWallClockTimeIsReadInItsZone(string zone, string wall, string instant)
    {
        var time = EventTime.From(DateTime.Parse(wall, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), time.Resolve(Zone(zone)));
    }

    [Theory]
    [InlineData("America/Chicago", "2027-03-14T02:00")]
    [InlineData("America/Chicago", "2027-03-14T02:30")]
    [InlineData("Central Standard Time", "2027-03-14T02:59")]
    [InlineData("America/New_York", "2027-03-14T02:15")]
    public void AWallClockTimeThatDoesNotExistIsRefusedNotShifted(string zone, string wall)
    {
        var time = EventTime.From(DateTime.Parse(wall, System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.Throws<InvalidInputError>(() => time.Resolve(Zone(zone), "-Start"));

        Assert.Equal(ErrorIds.InvalidInput, error.ErrorId);
        Assert.Contains("does not exist", error.Message);
        Assert.Contains("-Start", error.Message);
    }

    // A trial: 9999-12-31 23:50 in Chicago was .NET's ArgumentOutOfRangeException as the error id.
    [Theory]
    [InlineData("9999-12-31T23:50")]
    [InlineData("0001-01-01T00:10")]
    public void ATimeAtTheEndOfTheCalendarIsRefusedAsInput(string wall)
    {
        var time = EventTime.From(DateTime.Parse(wall, System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.Throws<InvalidInputError>(() => time.Resolve(Zone("America/Chicago"), "-Start"));

        Assert.Contains("end of the calendar", error.Message);
        Assert.Throws<InvalidInputError>(() => EventTime.From(DateTimeOffset.Parse(wall + "+00:00", System.Globalization.CultureInfo.InvariantCulture)).Resolve(Zone("UTC")));
    }

    [Theory]
    [InlineData("America/Chicago", "2027-11-07T01:00", "-05:00", "-06:00")]
    [InlineData("America/Chicago", "2027-11-07T01:30", "-05:00", "-06:00")]
    [InlineData("Central Standard Time", "2027-11-07T01:59", "-05:00", "-06:00")]
    [InlineData("America/New_York", "2027-11-07T01:30", "-04:00", "-05:00")]
    public void AnAmbiguousWallClockTimeIsRefusedNamingBothOffsets(string zone, string wall, string first, string second)
    {
        var time = EventTime.From(DateTime.Parse(wall, System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.Throws<InvalidInputError>(() => time.Resolve(Zone(zone), "-End"));

        Assert.Contains("happens twice", error.Message);
        Assert.Contains(first, error.Message);
        Assert.Contains(second, error.Message);
        Assert.Contains("-End", error.Message);
    }

    [Fact]
    public void InstantsNeedNoZoneAndBothRepeatedHoursCanBeNamed()
    {
        var chicago = Zone("America/Chicago");
        var daylight = EventTime.From(DateTimeOffset.Parse("2027-11-07T01:30-05:00", System.Globalization.CultureInfo.InvariantCulture));
        var standard = EventTime.From(DateTimeOffset.Parse("2027-11-07T01:30-06:00", System.Globalization.CultureInfo.InvariantCulture));
        var utc = EventTime.From(new DateTime(2027, 11, 7, 6, 30, 0, DateTimeKind.Utc));

        Assert.Equal(TimeSpan.FromHours(1), standard.Resolve(chicago) - daylight.Resolve(chicago));
        Assert.Equal(daylight.Resolve(chicago), utc.Resolve(Zone("Asia/Kolkata")));
    }

    [Fact]
    public void KindLocalIsTheMachinesClockWhateverTheCalendarZone()
    {
        var local = new DateTime(2027, 6, 1, 9, 0, 0, DateTimeKind.Local);

        var resolved = EventTime.From(local).Resolve(Zone("Asia/Kolkata"));

        Assert.Equal(new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeZoneInfo.Local.GetUtcOffset(local)), resolved);
    }

    [Fact]
    public void GraphIsSentTheWallClockInTheZonesWindowsName()
    {
        var instant = DateTimeOffset.Parse("2027-03-14T15:00Z", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(("2027-03-14T10:00:00.0000000", "Central Standard Time"), GraphTime.ToGraph(instant, Zone("America/Chicago")));
        Assert.Equal(("2027-03-14T08:00:00.0000000", "US Mountain Standard Time"), GraphTime.ToGraph(instant, Zone("America/Phoenix")));
        Assert.Equal(("2027-03-14T20:30:00.0000000", "India Standard Time"), GraphTime.ToGraph(instant, Zone("Asia/Kolkata")));
    }

    // A trial: America/Ojinaga (Presidio, TX's border, on Central time since 2022) was sent as "Mountain Standard Time", whose rules
    // Graph reads it by: 10:00 was booked at 11:00. A zone whose Windows name keeps another clock is sent in UTC.
    [Theory]
    [InlineData("America/Ojinaga")]
    [InlineData("Asia/Urumqi")]
    public void AZoneWhoseWindowsNameKeepsAnotherClockIsSentInUtc(string zone)
    {
        var instant = DateTimeOffset.Parse("2027-07-01T15:00Z", System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(CalendarTimeZones.GraphKeepsTheClock(Zone(zone), instant));
        Assert.Equal(("2027-07-01T15:00:00.0000000", "UTC"), GraphTime.ToGraph(instant, Zone(zone)));
        Assert.Equal(("2027-07-01T09:00:00.0000000", "Mountain Standard Time"), GraphTime.ToGraph(instant, Zone("America/Boise")));
    }

    [Theory]
    [InlineData("2027-11-07T06:30:00Z")] // 01:30 CDT
    [InlineData("2027-11-07T07:30:00Z")] // 01:30 CST, an hour later
    public void AnInstantInTheRepeatedHourIsSentInUtcSoThatItCannotBeReadAsTheOther(string utc)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        var (dateTime, timeZone) = GraphTime.ToGraph(instant, Zone("America/Chicago"));

        Assert.Equal("UTC", timeZone);
        Assert.Equal(instant, GraphTime.FromGraph(dateTime, timeZone));
    }

    [Theory]
    [InlineData("America/Chicago")]
    [InlineData("America/New_York")]
    [InlineData("America/Phoenix")]
    [InlineData("Asia/Kolkata")]
    [InlineData("Europe/London")]
    public void EveryQuarterHourAcrossBothChangeDaysSurvivesTheTripToGraphAndBack(string name)
    {
        var zone = Zone(name);
        foreach (var day in new[] { new DateTimeOffset(2027, 3, 13, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 11, 6, 0, 0, 0, TimeSpan.Zero) })
        {
            for (var instant = day; instant < day.AddDays(3); instant = instant.AddMinutes(15))
            {
                var (dateTime, timeZone) = GraphTime.ToGraph(instant, zone);
                Assert.Equal(instant, GraphTime.FromGraph(dateTime, timeZone));
            }
        }
    }

    [Fact]
    public void GraphsSevenDigitUtcAnswerIsReadAsThatInstant()
    {
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 7, 30, 0, TimeSpan.Zero), GraphTime.FromGraph("2027-03-14T07:30:00.0000000", "UTC"));
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 7, 30, 0, TimeSpan.FromHours(-5)), GraphTime.FromGraph("2027-03-14T07:30:00.0000000", "Central Standard Time"));
        Assert.Null(GraphTime.FromGraph("not a time", "UTC"));
    }

    [Fact]
    public void TheTimeZoneSettingTakesKnownNamesOnly()
    {
        var setting = PipesCatalog.Shipped.RequireSetting(CalendarTimeZones.Setting);

        Assert.Equal("Central Standard Time", setting.Convert("Central Standard Time").GetValue<string>());
        Assert.Equal("America/Phoenix", setting.Convert("America/Phoenix").GetValue<string>());
        var error = Assert.Throws<InvalidSettingException>(() => setting.Convert("Mars/Olympus_Mons"));
        Assert.Contains("not a time zone", error.Message);
    }
}
