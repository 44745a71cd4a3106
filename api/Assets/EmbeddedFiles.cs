using System.Collections.Concurrent;

namespace RolesBoard.Api.Assets;

/// <summary>
/// Front-end files compiled into the assembly (see the csproj's EmbeddedResource items), so the API serves
/// them wherever it runs, whatever its working directory, with no CDN and no wwwroot to deploy.
/// </summary>
public static class EmbeddedFiles
{
    private static readonly ConcurrentDictionary<string, byte[]?> Cache = new(StringComparer.Ordinal);

    /// <summary>The bytes of an embedded file by its logical name (e.g. "ide/index.html"), or null.</summary>
    public static byte[]? Read(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(EmbeddedFiles).Assembly.GetManifestResourceStream(n);
        if (stream is null)
        {
            return null;
        }
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    });
}
