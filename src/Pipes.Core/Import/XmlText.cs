using System.Buffers;
using System.Text;
using System.Xml;

namespace Pipes.Import;

/// <summary>
/// Element text read in chunks with a length limit: <see cref="XmlReader.ReadElementContentAsString()"/>
/// builds the whole value first, so one 1.5 GB cell needed 3 GB before anything could refuse it.
/// XmlReader parses a long text node lazily, so reading it by <see cref="XmlReader.ReadValueChunk"/>
/// holds at most the limit.
/// </summary>
internal static class XmlText
{
    private const int ChunkLength = 4096;

    /// <summary>
    /// The text of the element the reader is on (its text, CDATA and whitespace; child elements
    /// skipped), leaving the reader on the node after its end tag, as ReadElementContentAsString does.
    /// </summary>
    /// <exception cref="ImportLimitException">The text is longer than <see cref="ImportLimits.MaxCellLength"/>.</exception>
    public static string ReadElementText(XmlReader xml, ImportLimits limits)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        var depth = xml.Depth;
        var chunk = ArrayPool<char>.Shared.Rent(ChunkLength);
        try
        {
            string? single = null;
            StringBuilder? builder = null;
            xml.Read();
            while (xml.Depth > depth)
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        int read;
                        while ((read = xml.ReadValueChunk(chunk, 0, ChunkLength)) > 0)
                        {
                            if ((builder?.Length ?? single?.Length ?? 0) + read > limits.MaxCellLength) throw limits.CellTooLong();
                            if (single is null && builder is null)
                            {
                                single = new string(chunk, 0, read);
                                continue;
                            }
                            builder ??= new StringBuilder(single);
                            builder.Append(chunk, 0, read);
                        }
                        xml.Read();
                        break;
                    case XmlNodeType.Element:
                        xml.Skip();
                        break;
                    default:
                        xml.Read();
                        break;
                }
            }
            // On the end tag: step past it.
            xml.Read();
            return builder?.ToString() ?? single ?? "";
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chunk);
        }
    }
}
