using System.Text.RegularExpressions;
using Pipes.Integrations;

using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>ErrorIds are public API: one catalogue, each id documented in about_Pipes.</summary>
public sealed partial class ErrorIdTests
{
    [Fact]
    public void AboutPipesListsEveryErrorId()
    {
        var about = File.ReadAllText(Path.Combine(RepoPaths.Root, "module", "en-US", "about_Pipes.help.txt"));
        var documented = IdPattern().Matches(about).Select(m => m.Value).ToHashSet();
        var missing = ErrorIds.All.Where(id => !documented.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "about_Pipes does not list: " + string.Join(", ", missing));
    }

    [Fact]
    public void CatalogueHasNoDuplicatesAndEveryIdIsPipesDotName()
    {
        Assert.Equal(ErrorIds.All.Count, ErrorIds.All.Distinct().Count());
        Assert.All(ErrorIds.All, id => Assert.Matches("^Pipes\\.[A-Z][A-Za-z]+$", id));
        Assert.True(ErrorIds.All.Count >= 35);
    }

    [Fact]
    public void NoSourceFileSpellsAnErrorIdOutsideTheCatalogue()
    {
        var ids = ErrorIds.All.ToHashSet();
        var strays = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && Path.GetFileName(f) != "ErrorIds.cs")
            .SelectMany(f => QuotedIdPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value).Where(ids.Contains).Select(id => $"{Path.GetFileName(f)}: {id}"))
            .ToList();
        Assert.True(strays.Count == 0, "Use ErrorIds.* instead of: " + string.Join("; ", strays));
    }

    [GeneratedRegex("\"(Pipes\\.[A-Z][A-Za-z]+)\"")]
    private static partial Regex QuotedIdPattern();

    [GeneratedRegex(@"Pipes\.[A-Z][A-Za-z]+")]
    private static partial Regex IdPattern();
}
