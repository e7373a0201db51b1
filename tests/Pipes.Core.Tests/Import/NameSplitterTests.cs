using Pipes.Import.Normalization;
using Xunit.Abstractions;

namespace Pipes.Tests.Import;

public sealed class NameSplitterTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("John Smith", "", "John", "", "Smith", "", "")]
    [InlineData("Smith, John A.", "", "John", "A.", "Smith", "", "")]
    [InlineData("Dr. Mary Jones", "Dr.", "Mary", "", "Jones", "", "")]
    [InlineData("Robert (Bob) Lee Jr.", "", "Robert", "", "Lee", "Jr.", "Bob")]
    [InlineData("  John   Smith  ", "", "John", "", "Smith", "", "")]
    [InlineData("Mary Ann de la Cruz", "", "Mary", "Ann", "de la Cruz", "", "")]
    [InlineData("JONES, MARY", "", "MARY", "", "JONES", "", "")]
    [InlineData("Billy Bob Thornton III", "", "Billy", "Bob", "Thornton", "III", "")]
    [InlineData("Cher", "", "Cher", "", "", "", "")]
    [InlineData("", "", "", "", "", "", "")]
    public void SplitsCommonShapes(string full, string title, string first, string middle, string last, string suffix, string nickname) =>
        Assert.Equal(new PersonName(title, first, middle, last, suffix, nickname), NameSplitter.Split(full));

    [Fact]
    public void PythonNameparserCasesSplitRightInAtLeast90Percent()
    {
        var lines = File.ReadAllLines(Peers.PathOf("names", "nameparser-cases.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        var failures = new List<string>();
        foreach (var f in lines)
        {
            var expected = new PersonName(f[4], f[1], f[2], f[3], f[5], f[6]);
            var actual = NameSplitter.Split(f[0]);
            if (actual != expected) failures.Add($"{f[0]}\n   expected {expected}\n   actual   {actual}");
        }
        var rate = 1 - (double)failures.Count / lines.Count;
        output.WriteLine($"nameparser: {lines.Count - failures.Count}/{lines.Count} = {rate:P1}");
        failures.ForEach(output.WriteLine);
        Assert.True(rate >= 0.90, $"{rate:P1} of {lines.Count} names split right:\n" + string.Join("\n", failures));
    }
}
