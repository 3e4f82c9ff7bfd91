using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Guides.AspNetCore;

/// <summary>
/// A response of a help section: its bytes with their length and type, and <c>nosniff</c>. A HEAD request gets the same
/// status and headers and no body.
/// </summary>
internal sealed class PageResult(int statusCode, string contentType, byte[] body, string? cacheControl = null) : IResult
{
    public const string Html = "text/html; charset=utf-8";
    public const string Markdown = "text/markdown; charset=utf-8";
    public const string PlainText = "text/plain; charset=utf-8";
    public const string Xml = "application/xml; charset=utf-8";
    public const string Css = "text/css; charset=utf-8";

    public PageResult(int statusCode, string contentType, string body, string? cacheControl = null)
        : this(statusCode, contentType, Encoding.UTF8.GetBytes(body), cacheControl)
    {
    }

    public int StatusCode => statusCode;

    public byte[] Body => body;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        response.Headers.XContentTypeOptions = "nosniff";
        if (cacheControl is not null)
        {
            response.Headers[HeaderNames.CacheControl] = cacheControl;
        }

        return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, 0, body.Length);
    }
}
