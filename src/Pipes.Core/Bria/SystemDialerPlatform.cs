using System.ComponentModel;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Pipes.Bria;

/// <summary>
/// The real operating system: Windows through the shell and the registry, macOS through open,
/// pbcopy and Launch Services, Linux through xdg-open, xdg-mime and wl-copy, xclip or xsel.
/// </summary>
public sealed class SystemDialerPlatform : IDialerPlatform
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(3);

    public async Task<string?> DefaultHandlerAsync(string scheme, CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsWindows()) return WindowsHandler(scheme);
        if (OperatingSystem.IsMacOS())
        {
            var handlers = await RunAsync("defaults", ["read", "com.apple.LaunchServices/com.apple.launchservices.secure", "LSHandlers"], null, captureOutput: true, cancellationToken).ConfigureAwait(false);
            // The plist lists blocks of LSHandlerRoleAll = "<bundle id>"; LSHandlerURLScheme = <scheme>;
            if (handlers is null) return null;
            var index = handlers.IndexOf($"LSHandlerURLScheme = {scheme};", StringComparison.OrdinalIgnoreCase);
            if (index < 0) return null;
            var end = handlers.IndexOf('}', index);
            var block = handlers[Math.Max(0, handlers.LastIndexOf('{', index))..(end < 0 ? handlers.Length : end + 1)];
            return block.Split('\n').FirstOrDefault(l => l.Contains("LSHandlerRoleAll", StringComparison.Ordinal))?.Split('=').Last().Trim(' ', '"', ';', '\r');
        }
        var output = await RunAsync("xdg-mime", ["query", "default", "x-scheme-handler/" + scheme], null, captureOutput: true, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(output) ? null : output.Trim();
    }

    public IEnumerable<string> RunningProcessNames()
    {
        foreach (var process in Process.GetProcesses())
        {
            using (process)
            {
                string? name = null;
                try { name = process.ProcessName; }
                catch (InvalidOperationException) { } // exited meanwhile
                if (name is not null) yield return name;
            }
        }
    }

    public async Task<bool> CanConnectAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await client.ConnectAsync(host, port, limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public bool NetworkAvailable() => NetworkInterface.GetIsNetworkAvailable();

    public void Launch(string uri)
    {
        var opener = OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        if (!OperatingSystem.IsWindows() && FindOnPath(opener) is null) throw new Win32Exception(2, opener + " is not installed");
        // The handler may inherit the opener's output: /dev/null, not a pipe nobody reads once this process is gone.
        var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(uri) { UseShellExecute = true } : Silenced(opener, [uri]);
        var process = Process.Start(start);
        if (process is null) return;
        // Not waited for: the call goes on without us. Reap it in the background so it leaves no zombie.
        _ = process.WaitForExitAsync().ContinueWith(_ => process.Dispose(), TaskScheduler.Default);
    }

    public string? CopyToClipboard(string text, CancellationToken cancellationToken)
    {
        var candidates = OperatingSystem.IsWindows() ? [("clip.exe", Array.Empty<string>())]
            : OperatingSystem.IsMacOS() ? [("pbcopy", Array.Empty<string>())]
            : new (string, string[])[] { ("wl-copy", []), ("xclip", ["-selection", "clipboard"]), ("xsel", ["--clipboard", "--input"]) };
        var reasons = new List<string>();
        foreach (var (tool, arguments) in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested(); // Ctrl+C as a tool failed: the next one is not started
            if (tool == "wl-copy" && Environment.GetEnvironmentVariable("WAYLAND_DISPLAY") is null && FindOnPath(tool) is null) continue;
            if (FindOnPath(tool) is null && !OperatingSystem.IsWindows())
            {
                reasons.Add($"{tool} is not installed");
                continue;
            }
            if (RunAsync(tool, arguments, text, captureOutput: false, cancellationToken).GetAwaiter().GetResult() is not null) return null;
            reasons.Add($"{tool} failed");
        }
        return reasons.Count == 0 ? "no clipboard tool was found" : string.Join("; ", reasons);
    }

    /// <summary>
    /// Runs a tool with a time limit; its standard output, or null when it could not run, failed or
    /// ran out of time. Without <paramref name="captureOutput"/> the tool writes to /dev/null (on Unix)
    /// and success is "": xclip and wl-copy fork a server that keeps the output they were given open
    /// until the clipboard changes hands, and reading that output to its end would wait as long.
    /// </summary>
    private static async Task<string?> RunAsync(string tool, string[] arguments, string? input, bool captureOutput, CancellationToken cancellationToken)
    {
        var start = captureOutput || OperatingSystem.IsWindows()
            ? new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true }
            : Silenced(tool, arguments);
        start.RedirectStandardInput = input is not null;
        start.UseShellExecute = false;
        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
                process.StandardInput.Close();
            }
            var output = start.RedirectStandardOutput ? process.StandardOutput.ReadToEndAsync(cancellationToken) : Task.FromResult(string.Empty);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(ToolTimeout);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
                var text = await output.WaitAsync(limit.Token).ConfigureAwait(false);
                return process.ExitCode == 0 ? text : null;
            }
            catch (OperationCanceledException)
            {
                try { process.Kill(entireProcessTree: true); }
                catch (InvalidOperationException) { } // it exited, but something it started still holds the output
                if (cancellationToken.IsCancellationRequested) throw; // Ctrl+C: the tool is stopped too
                return null;
            }
        }
        catch (Win32Exception)
        {
            return null; // not installed
        }
    }

    /// <summary>Runs <paramref name="tool"/> (Unix) with its standard output and error on /dev/null.</summary>
    private static ProcessStartInfo Silenced(string tool, string[] arguments) =>
        new("/bin/sh", ["-c", "exec \"$0\" \"$@\" >/dev/null 2>&1", tool, .. arguments]) { UseShellExecute = false };

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);

    private static string? WindowsHandler(string scheme)
    {
        if (!OperatingSystem.IsWindows()) return null;
        using var choice = Microsoft.Win32.Registry.CurrentUser.OpenSubKey($@"Software\Microsoft\Windows\Shell\Associations\UrlAssociations\{scheme}\UserChoice");
        var progId = choice?.GetValue("ProgId") as string;
        using var command = Microsoft.Win32.Registry.ClassesRoot.OpenSubKey($@"{progId ?? scheme}\shell\open\command");
        return (command?.GetValue(null) as string) ?? progId;
    }
}
