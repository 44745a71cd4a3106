using System.Security.Cryptography;
using System.Text;

namespace RolesBoard.Api.Auth;

/// <summary>
/// API keys and profile tokens: 256 random bits, shown once, stored only as a SHA-256 hash. A fast hash is
/// right here (unlike passwords): the secrets are high-entropy, so there is nothing to brute-force.
/// </summary>
public static class Secrets
{
    public static string New(string prefix) =>
        prefix + "_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares in constant time, so response timing reveals nothing about a secret.</summary>
    public static bool Matches(string? presented, string? expected)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(expected))
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }

    /// <summary>Whether a presented secret is the one whose hash is stored, compared in constant time.</summary>
    public static bool MatchesHash(string? presented, string? storedHash)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(storedHash))
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));
    }
}
