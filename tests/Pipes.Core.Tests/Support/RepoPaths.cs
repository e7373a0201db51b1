namespace Pipes.Tests.Support;

/// <summary>The repository root (the folder holding Pipes.sln), found from the test assembly's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pipes.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Pipes.sln not found above " + AppContext.BaseDirectory);
    }
}
