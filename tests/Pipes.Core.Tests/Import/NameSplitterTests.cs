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
    // A generation spelled out (a trial's "John Smith, Junior" was first name Junior); alone after a first name it is the surname.
    [InlineData("John Smith, Junior", "", "John", "", "Smith", "Junior", "")]
    [InlineData("John Smith Senior", "", "John", "", "Smith", "Senior", "")]
    [InlineData("Michael Senior", "", "Michael", "", "Senior", "", "")]
    [InlineData("Senior, Michael", "", "Michael", "", "Senior", "", "")]
    [InlineData("John A. Junior", "", "John", "A.", "Junior", "", "")]
    // Curly quotes, as Word and Excel put them in and a Windows-1252 export keeps them.
    [InlineData("“Bubba” José Peña", "", "José", "", "Peña", "", "Bubba")]
    [InlineData("Margaret ‘Peggy’ O'Neil", "", "Margaret", "", "O'Neil", "", "Peggy")]
    [InlineData("", "", "", "", "", "", "")]
    public void SplitsCommonShapes(string full, string title, string first, string middle, string last, string suffix, string nickname) =>
        Assert.Equal(new PersonName(title, first, middle, last, suffix, nickname), NameSplitter.Split(full));

    [Theory]
    [InlineData("Maria de los Angeles Gonzalez", "Maria de los Angeles", "", "Gonzalez")]
    [InlineData("Gonzalez, Maria de los Angeles", "Maria de los Angeles", "", "Gonzalez")]
    [InlineData("María del Carmen Ruiz", "María del Carmen", "", "Ruiz")]
    [InlineData("MA. DE LOURDES SALINAS", "MA. DE LOURDES", "", "SALINAS")]
    [InlineData("José de Jesús de la Cruz", "José de Jesús", "", "de la Cruz")]
    [InlineData("Juan de Dios Ramirez", "Juan de Dios", "", "Ramirez")]
    [InlineData("Maria del Perpetuo Socorro Diaz", "Maria del Perpetuo Socorro", "", "Diaz")]
    // Not a given name's complement: nothing after it, a complement that is a surname as often, another first name.
    [InlineData("Ana de Jesus", "Ana", "", "de Jesus")]
    [InlineData("Juan de la Cruz", "Juan", "", "de la Cruz")]
    [InlineData("Maria Elena de la Garza", "Maria", "Elena", "de la Garza")]
    [InlineData("Carlos del Carmen Ruiz", "Carlos", "", "del Carmen Ruiz")]
    public void ASpanishGivenNameKeepsItsDevotionalComplement(string full, string first, string middle, string last)
    {
        var name = NameSplitter.Split(full);
        Assert.Equal((first, middle, last), (name.First, name.Middle, name.Last));
    }

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
