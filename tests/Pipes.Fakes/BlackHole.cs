using System.Net;
using System.Net.Sockets;

namespace Pipes.Fakes;

/// <summary>
/// An address on 127.0.0.1 where a connection is never made, as behind a firewall that drops packets or a VPN that went down:
/// a listener that never accepts, its accept queue filled, so the kernel drops the next SYN and the connect waits (Linux).
/// </summary>
public sealed class BlackHole : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly List<Socket> _fillers = [];

    public BlackHole()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(0);
        Port = ((IPEndPoint)_listener.LocalEndPoint!).Port;
        // Connect until one is left waiting: the queue is then full (a backlog of 0 still queues one connection).
        for (var i = 0; i < 8; i++)
        {
            var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _fillers.Add(filler);
            if (!filler.ConnectAsync(IPAddress.Loopback, Port).Wait(TimeSpan.FromMilliseconds(300))) return;
        }
        throw new InvalidOperationException("Every connection to the listener was made: this system does not drop a connect when the accept queue is full.");
    }

    public int Port { get; }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    public void Dispose()
    {
        _fillers.ForEach(f => f.Dispose());
        _listener.Dispose();
    }
}
