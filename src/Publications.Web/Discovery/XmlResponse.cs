using System.Text;
using System.Xml;
using Microsoft.AspNetCore.WebUtilities;

namespace Publications.Web.Discovery;

/// <summary>
/// Writes XML documents to a response. The writers are synchronous (XmlWriter, the syndication formatters),
/// and Kestrel forbids synchronous body writes, so the XML goes to a buffer (memory, spilling to disk when large)
/// that is then copied asynchronously.
/// </summary>
internal static class XmlResponse
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static async Task WriteAsync(HttpContext context, string contentType, Action<XmlWriter> write)
    {
        await using var buffer = new FileBufferingWriteStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            write(writer);
        }
        context.Response.ContentType = contentType;
        await buffer.DrainBufferAsync(context.Response.Body, context.RequestAborted);
    }
}
