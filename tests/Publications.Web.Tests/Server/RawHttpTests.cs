using System.Net.Sockets;
using System.Text;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Server;

/// <summary>Requests a client library would refuse to send, sent as raw bytes to the real Kestrel server.</summary>
public sealed class RawHttpTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Theory]
    [InlineData("/%00")]
    [InlineData("/2024/%00")]
    [InlineData("/search?q=%00")]
    [InlineData("/%C3%28")]
    [InlineData("/\u00e9t\u00e9")]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/2024/../../etc/passwd")]
    public async Task Odd_raw_paths_never_get_a_server_error(string target)
    {
        var status = await SendRawAsync(app.BaseAddress, target);

        Assert.True(status is 200 or 400 or 404, $"{target} gave {status}.");
    }

    private static async Task<int> SendRawAsync(Uri server, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = Encoding.UTF8.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync() ?? "";
        // "HTTP/1.1 404 Not Found"
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
