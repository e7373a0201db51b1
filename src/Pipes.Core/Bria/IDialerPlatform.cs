namespace Pipes.Bria;

/// <summary>What the dialer asks of the operating system; one implementation per OS, a fake in unit tests.</summary>
public interface IDialerPlatform
{
    /// <summary>The application registered for a URI scheme (a .desktop file, a bundle id, a ProgId), or null.</summary>
    Task<string?> DefaultHandlerAsync(string scheme, CancellationToken cancellationToken);

    /// <summary>Names of the running processes.</summary>
    IEnumerable<string> RunningProcessNames();

    /// <summary>True when a TCP connection to host:port opens within the timeout.</summary>
    Task<bool> CanConnectAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>The operating system's view: is any network interface up?</summary>
    bool NetworkAvailable();

    /// <summary>Hands the URI to the OS's handler and returns once the handler process has started.</summary>
    void Launch(string uri);

    /// <summary>Puts the text on the clipboard; null on success, else why not. Throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled (Ctrl+C).</summary>
    string? CopyToClipboard(string text, CancellationToken cancellationToken);
}
