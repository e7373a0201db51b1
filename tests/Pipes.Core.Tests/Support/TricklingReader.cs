namespace Pipes.Tests.Support;

/// <summary>A reader that hands out at most <c>size</c> characters a read, so that every buffer boundary a parser can meet is met.</summary>
public sealed class TricklingReader(string text, int size) : TextReader
{
    private int _position;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(Math.Min(size, buffer.Length), text.Length - _position);
        text.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
