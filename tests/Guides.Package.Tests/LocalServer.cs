using System.Net;
using System.Net.Sockets;

namespace Guides.Package.Tests;

/// <summary>An app of a test, started on a free loopback port, and its first page once it listens.</summary>
internal static class LocalServer
{
    /// <summary><c>http://127.0.0.1:{a free port}</c>.</summary>
    public static string FreeUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return "http://127.0.0.1:" + ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>GET <paramref name="path"/>, again while the server is not listening yet (60 s at most); the server's output in the error.</summary>
    public static async Task<string> GetWhenUpAsync(HttpClient client, string path, RunningProcess server)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return await client.GetStringAsync(path);
            }
            // Not listening yet (no status code): try again; an answer, even a 404, is final.
            catch (HttpRequestException error) when (error.StatusCode is null && DateTime.UtcNow < deadline && !server.HasExited)
            {
                await Task.Delay(250);
            }
            catch (HttpRequestException error)
            {
                throw new InvalidOperationException("GET " + path + ": " + error.Message + "\n" + server.Output, error);
            }
        }
    }
}
