namespace Pipes.Tests.Import;

/// <summary>Where the public conformance suites live: ../shared/peers beside the repository.</summary>
internal static class Peers
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "shared", "peers");
            if (Directory.Exists(candidate)) return candidate;
            var sibling = System.IO.Path.Combine(directory.FullName, "..", "shared", "peers");
            if (Directory.Exists(sibling)) return System.IO.Path.GetFullPath(sibling);
            directory = directory.Parent;
        }
        throw new DirectoryNotFoundException("shared/peers not found above " + AppContext.BaseDirectory);
    }
}
