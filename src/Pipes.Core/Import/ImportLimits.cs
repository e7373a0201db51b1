using Pipes.Configuration;

namespace Pipes.Import;

/// <summary>
/// How big a file may make the importer's work before the file fails with <c>Pipes.FileTooLarge</c>:
/// each limit bounds memory (a few times the limit) and time, whatever the file holds. The
/// defaults fit every genuine export we know of; each is a setting (<see cref="Configuration.GeneralSettings"/>).
/// </summary>
public sealed record ImportLimits
{
    public const string MaxCellLengthSetting = "Import.MaxCellLength";
    public const string MaxRowLengthSetting = "Import.MaxRowLength";
    public const string MaxColumnsSetting = "Import.MaxColumns";
    public const string MaxSharedStringsSetting = "Import.MaxSharedStrings";
    public const string MaxInflationRatioSetting = "Import.MaxInflationRatio";

    /// <summary>Characters in one CSV field or XLSX cell (default 1,048,576: 2 MB of memory).</summary>
    public int MaxCellLength { get; init; } = 1 << 20;

    /// <summary>Characters in one CSV record, all its fields together (default 16,777,216).</summary>
    public int MaxRowLength { get; init; } = 1 << 24;

    /// <summary>Columns in one row (default 16,384, Excel's own limit).</summary>
    public int MaxColumns { get; init; } = 16_384;

    /// <summary>Entries of an XLSX shared-strings table, all of which are held while the sheet is read (default 5,000,000).</summary>
    public int MaxSharedStrings { get; init; } = 5_000_000;

    /// <summary>
    /// How many times the size of the file one unpacked XLSX part may be (default 100; genuine
    /// workbooks stay under 20). A compression-ratio guard against zip bombs.
    /// </summary>
    public int MaxInflationRatio { get; init; } = 100;

    /// <summary>Parts of small files may always unpack to this many bytes, whatever the ratio.</summary>
    internal const long InflatedPartFloor = 4L << 20;

    public static ImportLimits Default { get; } = new();

    /// <summary>The limits from the Import.* settings (the defaults where unset).</summary>
    /// <exception cref="Integrations.InvalidSettingException">settings.json holds a value of the wrong type.</exception>
    public static ImportLimits FromSettings(SettingsStore settings) => new()
    {
        MaxCellLength = (int)settings.GetValue<long>(MaxCellLengthSetting),
        MaxRowLength = (int)settings.GetValue<long>(MaxRowLengthSetting),
        MaxColumns = (int)settings.GetValue<long>(MaxColumnsSetting),
        MaxSharedStrings = (int)settings.GetValue<long>(MaxSharedStringsSetting),
        MaxInflationRatio = (int)settings.GetValue<long>(MaxInflationRatioSetting),
    };

    /// <summary>The most bytes one part of a zip file of <paramref name="fileLength"/> bytes may unpack to.</summary>
    internal long MaxInflatedPart(long fileLength) => Math.Max(InflatedPartFloor, fileLength * MaxInflationRatio);

    internal ImportLimitException CellTooLong() =>
        new($"a cell or field is longer than {MaxCellLength:N0} characters", MaxCellLengthSetting, MaxCellLength);

    internal ImportLimitException RowTooLong() =>
        new($"a row is longer than {MaxRowLength:N0} characters", MaxRowLengthSetting, MaxRowLength);

    internal ImportLimitException TooManyColumns() =>
        new($"a row has more than {MaxColumns:N0} columns", MaxColumnsSetting, MaxColumns);

    internal ImportLimitException TooManySharedStrings() =>
        new($"its shared-strings table has more than {MaxSharedStrings:N0} entries", MaxSharedStringsSetting, MaxSharedStrings);

    internal ImportLimitException PartTooLarge(string part) =>
        new($"its part {part} unpacks to more than {MaxInflationRatio} times the file's size (a zip bomb, or a workbook far emptier than its size)", MaxInflationRatioSetting, MaxInflationRatio);
}

/// <summary>
/// Thrown by a reader when the file passes one of its <see cref="ImportLimits"/>; the import layer
/// (<see cref="ImportFile"/>) turns it into <see cref="Integrations.FileTooLargeError"/> with the path and row.
/// </summary>
internal sealed class ImportLimitException(string reason, string setting, long limit) : Exception(reason)
{
    /// <summary>What passed the limit, as a user reads it: "a row has more than 16,384 columns".</summary>
    public string Reason { get; } = reason;

    public string Setting { get; } = setting;

    public long Limit { get; } = limit;
}
