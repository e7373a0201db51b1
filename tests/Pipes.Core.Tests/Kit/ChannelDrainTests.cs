using System.Threading.Channels;
using Xunit;

namespace Pipes.Tests;

public sealed class ChannelDrainTests
{
    /// <summary>A reader that ends as .NET's unbounded channel does after the race of dotnet/runtime#123544: WaitToReadAsync says
    /// false, and Completion never completes.</summary>
    private sealed class CompletionNeverCompletes<T>(IEnumerable<T> items) : ChannelReader<T>
    {
        private readonly Queue<T> _items = new(items);
        public override Task Completion { get; } = new TaskCompletionSource().Task;
        public override bool TryRead(out T item) => _items.TryDequeue(out item!);
        public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default) => new(_items.Count > 0);
    }

    [Fact]
    public async Task EndsWhenTheWriterIsDoneEvenIfTheChannelsCompletionNeverCompletes()
    {
        var seen = new List<int>();
        // Bounded here only to fail rather than hang: the drain waited on Completion before, and hung for good.
        var drained = Task.Run(() => ChannelDrain.Run(new CompletionNeverCompletes<int>([1, 2, 3]), Task.CompletedTask, seen.Add, CancellationToken.None));
        Assert.Same(drained, await Task.WhenAny(drained, Task.Delay(TimeSpan.FromSeconds(30)))); // else it waited on the channel's Completion
        Assert.Equal([1, 2, 3], seen);
    }

    [Fact]
    public void HandsEveryItemInOrderAndWaitsForTheProducer()
    {
        var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            for (var i = 0; i < 1000; i++)
            {
                channel.Writer.TryWrite(i);
                if (i % 100 == 0) await Task.Yield();
            }
            channel.Writer.TryComplete();
            await Task.Delay(50); // the producer's last step after completing: the drain returns only after it
        });
        var seen = new List<int>();
        ChannelDrain.Run(channel.Reader, producer, seen.Add, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 1000), seen);
        Assert.True(producer.IsCompleted);
    }

    [Fact]
    public void ThrowsTheExceptionTheWriterCompletedWithAfterTheItemsBeforeIt()
    {
        var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        channel.Writer.TryWrite(7);
        channel.Writer.TryComplete(new InvalidDataException("page 3 broke"));
        var seen = new List<int>();
        var error = Assert.Throws<InvalidDataException>(() => ChannelDrain.Run(channel.Reader, Task.CompletedTask, seen.Add, CancellationToken.None));
        Assert.Equal("page 3 broke", error.Message);
        Assert.Equal([7], seen);
    }

    [Fact]
    public void CancellationEndsTheWaitForAChannelOrAProducerThatNeverEnds()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var open = Channel.CreateUnbounded<int>();
        Assert.ThrowsAny<OperationCanceledException>(() => ChannelDrain.Run(open.Reader, Task.CompletedTask, _ => { }, stop.Token));

        using var stopAgain = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var done = Channel.CreateUnbounded<int>();
        done.Writer.TryComplete();
        var never = new TaskCompletionSource().Task;
        Assert.ThrowsAny<OperationCanceledException>(() => ChannelDrain.Run(done.Reader, never, _ => { }, stopAgain.Token));
    }
}
