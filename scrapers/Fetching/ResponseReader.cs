using System.Text;

namespace RolesBoard.Scrapers.Fetching;

/// <summary>Reads a body as text, refusing it once it passes the size cap instead of buffering a huge page.</summary>
internal static class ResponseReader
{
    /// <returns>The decoded text, or null when the body is larger than <paramref name="maxBytes"/>.</returns>
    public static async Task<string?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            return null;
        }
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return Decode(buffer.ToArray(), content.Headers.ContentType?.CharSet);
    }

    private static string Decode(byte[] bytes, string? charset)
    {
        var encoding = Encoding.UTF8;
        if (charset is not null)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset label: UTF-8 is the web's overwhelming default.
            }
        }
        using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
