using System.Collections.ObjectModel;

namespace Pipes.Integrations;

/// <summary>
/// A list property of a command's output that reads as its items joined by "; " when turned into text:
/// <c>Export-Csv</c> and string interpolation call <see cref="ToString"/>, which on a plain list gives the
/// type's name ("System.Collections.Generic.List`1[System.String]") and loses the values. Piping and
/// parameter binding see the items, as from any list.
/// </summary>
public sealed class JoinedList<T>(IList<T> items) : ReadOnlyCollection<T>(items)
{
    public override string ToString() => string.Join("; ", this);
}
