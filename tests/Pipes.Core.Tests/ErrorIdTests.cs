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

    [GeneratedRegex(@"Pipes\.[A-Z][A-Za-z]+")]
    private static partial Regex IdPattern();
}
