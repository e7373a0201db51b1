namespace Pipes.Import.Normalization;

/// <summary>A person's name in its parts, each as written (trimmed, inner spaces collapsed).</summary>
public sealed record PersonName(string Title, string First, string Middle, string Last, string Suffix, string Nickname)
{
    public static PersonName Empty { get; } = new("", "", "", "", "", "");
}
