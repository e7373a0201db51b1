namespace Pipes.Import;

/// <summary>
/// Names made unique without regard to case, as PowerShell looks them up: a name met again gets "_2",
/// "_3" ... One rule for a file's headers, the cells past them and the unmapped columns' property names.
/// </summary>
internal sealed class UniqueNames(IEnumerable<string>? taken = null)
{
    private readonly HashSet<string> _taken = new(taken ?? [], StringComparer.OrdinalIgnoreCase);

    // The next suffix to try for each repeated name: counting up from 2 each time made N copies of one name cost N² tries.
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><paramref name="name"/>, or the first of name_2, name_3 ... not yet taken; taken from now on.</summary>
    public string Add(string name)
    {
        if (_taken.Add(name)) return name;
        var n = _nextSuffix.GetValueOrDefault(name, 2);
        string unique;
        do unique = $"{name}_{n++}"; while (!_taken.Add(unique));
        _nextSuffix[name] = n;
        return unique;
    }
}
