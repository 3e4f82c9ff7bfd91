using System;
using System.IO;
using System.Security.Cryptography;

namespace Guides.AspNetCore;

/// <summary>The default stylesheet (<c>guides.css</c>, embedded in this assembly, after the custom properties' values) and the hash that versions its URL.</summary>
internal static class GuideStylesheet
{
    /// <summary>The stylesheet's bytes, UTF-8.</summary>
    public static byte[] Bytes { get; } = Read();

    /// <summary>The first 10 hex digits of the bytes' SHA-256: another stylesheet has another URL, so it is cached for ever.</summary>
    public static string Version { get; } = Convert.ToHexString(SHA256.HashData(Bytes), 0, 5).ToLowerInvariant();

    // The custom properties' values (Guides.Components' wwwroot/guides.css, the one place), then the section's rules.
    private static byte[] Read()
    {
        using var copy = new MemoryStream();
        foreach (var name in new[] { "Guides.AspNetCore.guides-values.css", "Guides.AspNetCore.guides.css" })
        {
            using var stream = typeof(GuideStylesheet).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("The embedded resource " + name + " is missing.");
            stream.CopyTo(copy);
            copy.WriteByte((byte)'\n');
        }

        return copy.ToArray();
    }
}
