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

/// <summary>
/// A dictionary property of a command's output (a message's headers) that reads as "Name: value; Name: value" when turned into
/// text, as <see cref="JoinedList{T}"/> does for a list: <c>Export-Csv</c> wrote "System.Collections.Generic.Dictionary`2[...]".
/// Binding (-Header of Get-PipesReplyClassification takes an IDictionary) and lookups see the entries, case-insensitive by name.
/// </summary>
public sealed class JoinedDictionary(IEnumerable<KeyValuePair<string, string>> entries)
    : Dictionary<string, string>(entries, StringComparer.OrdinalIgnoreCase)
{
    public override string ToString() => string.Join("; ", this.Select(entry => $"{entry.Key}: {entry.Value}"));
}
