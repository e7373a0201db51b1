using System.Xml.Linq;
using Pipes.Integrations;
using Pipes.Tests.Support;

namespace Pipes.Tests;

/// <summary>
/// The default tables head each column with a property of the object, so that what a person reads
/// in the table is what they can type in Where-Object or Select-Object (a "Healthy" heading over
/// IsHealthy made <c>Where-Object Healthy</c> silently return nothing).
/// </summary>
public sealed class FormatViewTests
{
    [Fact]
    public void EveryTableHeadingIsAPropertyOfItsType()
    {
        var format = XDocument.Load(Path.Combine(RepoPaths.Root, "module", "Pipes.format.ps1xml"));
        var core = typeof(ErrorIds).Assembly;
        var problems = new List<string>();
        foreach (var view in format.Descendants("View"))
        {
            var typeName = view.Element("ViewSelectedBy")!.Element("TypeName")!.Value;
            var type = core.GetType(typeName);
            if (type is null) { problems.Add($"{typeName}: no such type in Pipes.Core"); continue; }
            var properties = type.GetProperties().Select(p => p.Name).ToHashSet();
            foreach (var label in view.Descendants("TableColumnHeader").Select(h => h.Element("Label")?.Value).OfType<string>())
                if (!properties.Contains(label)) problems.Add($"{typeName}: heading '{label}' is not one of its properties");
        }
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }
}
