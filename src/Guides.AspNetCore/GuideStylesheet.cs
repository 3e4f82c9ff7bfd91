using System;
using System.IO;
using System.Security.Cryptography;

namespace Guides.AspNetCore;

/// <summary>The default stylesheet (<c>guides.css</c>, embedded in this assembly) and the hash that versions its URL.</summary>
internal static class GuideStylesheet
{
    /// <summary>The stylesheet's bytes, UTF-8.</summary>
    public static byte[] Bytes { get; } = Read();

    /// <summary>The first 10 hex digits of the bytes' SHA-256: another stylesheet has another URL, so it is cached for ever.</summary>
    public static string Version { get; } = Convert.ToHexString(SHA256.HashData(Bytes), 0, 5).ToLowerInvariant();

    private static byte[] Read()
    {
        using var stream = typeof(GuideStylesheet).Assembly.GetManifestResourceStream("Guides.AspNetCore.guides.css")
            ?? throw new InvalidOperationException("The embedded resource Guides.AspNetCore.guides.css is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
