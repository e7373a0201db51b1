using System.Text;
using Pipes.Import;

namespace Pipes.Tests.Import;

/// <summary>Unmapped columns as properties of a record type derived at run time (ExtraColumnTypes).</summary>
public sealed class ExtraColumnTypesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipes-columns-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<ContactRecord> Import(string text)
    {
        var path = Path.Combine(_dir, "f.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return ContactImporter.Import(path, new ImportOptions(), new ImportSummary()).Select(i => i.Record!).ToList();
    }

    private static object? Property(object record, string name) => record.GetType().GetProperty(name)!.GetValue(record);

    [Fact]
    public void EachUnmappedColumnIsAPropertyInFileOrderAndTheRecordKeepsItsOwn()
    {
        var records = Import("Name,Lead Status,Email,Acres (net),Ünïcode \"q\"\r\nA One,Hot,a@x.com,40,x\r\nB Two,Cold,b@x.com,,y\r\n");

        var type = records[0].GetType();
        Assert.NotEqual(typeof(ContactRecord), type);
        Assert.IsAssignableFrom<ContactRecord>(records[0]);
        Assert.Same(type, records[1].GetType()); // one type for the file, not one per record
        Assert.Equal(["Lead Status", "Acres (net)", "Ünïcode \"q\""], type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly).Select(p => p.Name));
        Assert.Equal("Hot", Property(records[0], "Lead Status"));
        Assert.Equal("Cold", Property(records[1], "Lead Status"));
        Assert.Equal("", Property(records[1], "Acres (net)"));
        Assert.Equal("a@x.com", records[0].Email);
        Assert.Equal("Hot", records[0].ExtraColumns()["Lead Status"]);
    }

    [Fact]
    public void SettingAPropertySetsTheColumnAndOnlyOnThatRecord()
    {
        var records = Import("Name,Lead Status\r\nA One,Hot\r\nB Two,Hot\r\n");

        records[0].GetType().GetProperty("Lead Status")!.SetValue(records[0], "Called");

        Assert.Equal("Called", Property(records[0], "Lead Status"));
        Assert.Equal("Called", records[0].ExtraColumns()["Lead Status"]);
        Assert.Equal("Hot", Property(records[1], "Lead Status"));
    }

    [Fact]
    public void FilesWithTheSameColumnsShareOneTypeAndOthersHaveTheirOwn()
    {
        var first = Import("Name,Zone Code\r\nA One,Z1\r\n")[0].GetType();
        var again = Import("Name,Zone Code\r\nB Two,Z2\r\n")[0].GetType();
        var other = Import("Name,Zone code\r\nC Three,Z3\r\n")[0].GetType(); // the name as the file writes it

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.NotNull(other.GetProperty("Zone code"));
    }

    [Fact]
    public void AFileWiderThanATypeTakesGivesPlainRecordsWithItsColumns()
    {
        var header = string.Join(",", Enumerable.Range(1, ExtraColumnTypes.MaxColumns + 1).Select(i => $"C{i}"));
        var record = Import($"Name,{header}\r\nA One,{string.Join(",", Enumerable.Range(1, ExtraColumnTypes.MaxColumns + 1))}\r\n").Single();

        Assert.Equal(typeof(ContactRecord), record.GetType());
        Assert.Equal("1001", record.ExtraColumns()["C1001"]);
    }

    [Fact]
    public void ACellPastTheHeaderDoesNotTakeTheNameOfAHeaderCalledSo()
    {
        var record = Import("Email,Name,Column4\r\na@x.com,A One,c4,over\r\n").Single();

        Assert.Equal(["Column4", "Column4_2"], record.ExtraColumns().Keys.Cast<string>());
        Assert.Equal(["c4", "over"], record.ExtraColumns().Values.Cast<string>());
        Assert.Contains("kept as Column4_2", record.Issues);
    }

    [Fact]
    public void ExtraColumnsIsACopyOfTheValuesAsTheyAreNow()
    {
        var record = Import("Name,Lead Status\r\nA One,Hot\r\n").Single();

        record.ExtraColumns()["Lead Status"] = "edited";
        Assert.Equal("Hot", record.ExtraColumns()["Lead Status"]);
        record.GetType().GetProperty("Lead Status")!.SetValue(record, "Called");
        Assert.Equal("Called", record.ExtraColumns()["Lead Status"]);
    }

    [Fact]
    public void AFileWithoutUnmappedColumnsGivesPlainRecords()
    {
        Assert.All(Import("Name,Email\r\nA One,a@x.com\r\n"), r => Assert.Equal(typeof(ContactRecord), r.GetType()));
    }

    [Fact]
    public void ARowPastTheHeaderIsAPlainRecordWithItsCells()
    {
        var records = Import("Name,Tag\r\nA One,t1\r\nB Two,t2,spare\r\nC Three,t3\r\n");

        Assert.Same(records[0].GetType(), records[2].GetType());
        Assert.Equal(typeof(ContactRecord), records[1].GetType());
        Assert.Equal(["Tag", "Column3"], records[1].ExtraColumns().Keys.Cast<string>());
        Assert.Equal("spare", records[1].ExtraColumns()["Column3"]);
        Assert.Null(records[0].GetType().GetProperty("Column3"));
    }

    [Fact]
    public void RaggedRowsMakeNoTypeEach()
    {
        // An unquoted free-text column full of commas: every row a different width.
        var rows = Enumerable.Range(1, 300).Select(n => "A One,t" + string.Concat(Enumerable.Repeat(",x", n)));
        var records = Import("Name,Tag,Note Id\r\n" + string.Join("\r\n", rows) + "\r\n");

        Assert.Equal(300, records.Count);
        Assert.NotNull(records[0].GetType().GetProperty("Note Id")); // as wide as the header: the file's type
        Assert.All(records.Skip(1), r => Assert.Equal(typeof(ContactRecord), r.GetType()));
        Assert.Equal(301, records[^1].ExtraColumns().Count);
    }

    [Fact]
    public void ImportsAtOnceOfLikeFilesGetOneType()
    {
        var paths = Enumerable.Range(0, 8).Select(i =>
        {
            var path = Path.Combine(_dir, $"p{i}.csv");
            File.WriteAllText(path, $"Name,Parallel Col {nameof(ImportsAtOnceOfLikeFilesGetOneType)}\r\nA One,{i}\r\n");
            return path;
        }).ToList();

        var types = paths.AsParallel().WithDegreeOfParallelism(8)
            .Select(p => ContactImporter.Import(p, new ImportOptions(), new ImportSummary()).Single().Record!.GetType()).ToList();

        Assert.Single(types.Distinct());
    }

    [Theory]
    [InlineData(new[] { "Email", "Lead Status" }, new[] { "Email (source)", "Lead Status" })]
    [InlineData(new[] { "issues", "SOURCEROW" }, new[] { "issues (source)", "SOURCEROW (source)" })]
    [InlineData(new[] { "Tag", "TAG", "tag_2" }, new[] { "Tag", "TAG_2", "tag_2_2" })]
    [InlineData(new[] { "Email (source)", "Email" }, new[] { "Email (source)", "Email (source)_2" })]
    public void NamesAreUniqueWithoutRegardToCaseAndApartFromTheRecordsOwn(string[] columns, string[] expected)
    {
        Assert.Equal(expected, ExtraColumnNames.AsProperties(columns));
    }
}
