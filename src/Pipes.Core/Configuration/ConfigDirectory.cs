namespace Pipes.Configuration;

/// <summary>
/// Where Pipes keeps settings, secrets, state and logs: <c>$PIPES_CONFIG_DIR</c> when set, else
/// <c>%APPDATA%\Pipes</c> on Windows and <c>$XDG_CONFIG_HOME/pipes</c> (or <c>~/.config/pipes</c>) elsewhere.
/// </summary>
public sealed class ConfigDirectory
{
    public const string EnvironmentVariable = "PIPES_CONFIG_DIR";

    public ConfigDirectory(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    public string SettingsFile => System.IO.Path.Combine(Path, "settings.json");

    public string SecretsFile => System.IO.Path.Combine(Path, "secrets.json");

    public string StateFile => System.IO.Path.Combine(Path, "state.json");

    /// <summary>The pace ledger: each account's next free slot, shared by every process (see <see cref="Integrations.PaceLedger"/>).</summary>
    public string PaceFile => System.IO.Path.Combine(Path, "pace.json");

    /// <summary>The quota ledger: units of a service's quota spent per period, shared by every process (see <see cref="Integrations.QuotaLedger"/>).</summary>
    public string QuotaFile => System.IO.Path.Combine(Path, "quota.json");

    public string LogDirectory => System.IO.Path.Combine(Path, "logs");

    /// <summary>
    /// The directory for this process. A <c>PIPES_CONFIG_DIR</c> that starts with <c>~</c> (<c>~/pipes</c>, as a shell expands it
    /// but PowerShell's <c>$env:</c>, systemd's <c>Environment=</c> and a task's settings do not) is under the home directory,
    /// not a folder named '~' under whatever directory the process started in.
    /// </summary>
    public static ConfigDirectory Resolve(Func<string, string?>? getEnvironmentVariable = null)
    {
        var env = getEnvironmentVariable ?? Environment.GetEnvironmentVariable;
        var home = env(OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME") is { Length: > 0 } given ? given : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        // Only spaces is unset, as an empty value is.
        if (env(EnvironmentVariable)?.Trim() is { Length: > 0 } explicitPath) return new ConfigDirectory(UnderHome(explicitPath, home));
        if (OperatingSystem.IsWindows())
            return new ConfigDirectory(System.IO.Path.Combine(env("APPDATA") ?? Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "Pipes"));
        var xdg = env("XDG_CONFIG_HOME");
        return new ConfigDirectory(System.IO.Path.Combine(xdg is { Length: > 0 } ? xdg : System.IO.Path.Combine(home, ".config"), "pipes"));
    }

    /// <summary>"~" and "~/x" (or "~\x") under <paramref name="home"/>; any other path as it is ("~bob/x" names another account's home, left to the path).</summary>
    private static string UnderHome(string path, string home) =>
        path == "~" ? home
        : path.Length > 1 && path[0] == '~' && (path[1] == '/' || path[1] == System.IO.Path.DirectorySeparatorChar) ? System.IO.Path.Combine(home, path[2..])
        : path;

    /// <summary>Creates the directory if needed.</summary>
    public void EnsureExists() => OwnerOnlyDirectory.Create(Path);
}

/// <summary>Creates directories that hold secrets, tokens or logs: owner-only (0700) on Unix.</summary>
internal static class OwnerOnlyDirectory
{
    public static void Create(string path)
    {
        if (Directory.Exists(path)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
