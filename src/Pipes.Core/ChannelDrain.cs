using System.Threading.Channels;

namespace Pipes;

/// <summary>
/// Reads a channel to its end on the calling thread (a cmdlet's pipeline thread, which alone may write to PowerShell's output),
/// then waits for the producer that completed it.
/// </summary>
/// <remarks>
/// The end is known from <see cref="ChannelReader{T}.WaitToReadAsync"/> returning false, and the producer's own task, never from
/// <see cref="ChannelReader{T}.Completion"/>: .NET's unbounded channel can leave that task incomplete for good when the reader's last
/// <see cref="ChannelReader{T}.TryRead"/> races the writer's <see cref="ChannelWriter{T}.TryComplete"/> (dotnet/runtime#123544, fixed
/// by PR #123555; reproduced on the 10.0.12 runtime). A trial's Send-PipesMail hung there after its mail was sent, deaf to Ctrl+C.
/// </remarks>
public static class ChannelDrain
{
    /// <summary>
    /// Hands every item of <paramref name="reader"/> to <paramref name="handle"/>, in order, until the writer completes the channel,
    /// then waits for <paramref name="producer"/> (which completes it as its last step).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    /// <exception cref="Exception">The exception the writer completed the channel with (<see cref="ChannelWriter{T}.TryComplete"/>).</exception>
    public static void Run<T>(ChannelReader<T> reader, Task producer, Action<T> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(producer);
        ArgumentNullException.ThrowIfNull(handle);
        while (reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            while (reader.TryRead(out var item)) handle(item);
        producer.Wait(cancellationToken);
    }
}
