using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace Guides.AspNetCore;

/// <summary>
/// A response of a help section: its bytes with their length and type, <c>nosniff</c>, and for a 200 an ETag (a request
/// whose <c>If-None-Match</c> has it gets a 304). A HEAD request gets the same status and headers and no body.
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
        response.Headers.XContentTypeOptions = "nosniff";
        if (cacheControl is not null)
        {
            response.Headers[HeaderNames.CacheControl] = cacheControl;
        }

        if (statusCode == StatusCodes.Status200OK)
        {
            // A strong validator of the bytes: a browser that has them revalidates with If-None-Match and gets a 304.
            var etag = new EntityTagHeaderValue("\"" + Convert.ToHexString(SHA256.HashData(body), 0, 8).ToLowerInvariant() + "\"");
            response.Headers.ETag = etag.ToString();
            if (httpContext.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
                && ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }

        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, 0, body.Length);
    }
}
