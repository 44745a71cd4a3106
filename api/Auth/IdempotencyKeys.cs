using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Auth;

/// <summary>
/// Idempotency keys for the mutations that hand out a secret once (createProfile, registerCoop): a retry after a lost
/// answer must get the same secret back, so the secret is derived from the key and the key is as secret as it is.
/// It must therefore be long and random (a UUID), unlike postRole's, which only names a role.
/// </summary>
public static class IdempotencyKeys
{
    public const int MinLength = 32;
    public const int MaxLength = 200;

    public const string Description = "A random value you generate (at least 32 characters, e.g. a UUID) and send again on a retry: the retry returns the "
        + "first answer, secret included, instead of creating a second one. Keep it as secret as the key it returns.";

    /// <summary>The trimmed key, or null when none was sent; a bad one becomes a user error.</summary>
    public static string? Check(Validation check, string field, string? key)
    {
        var trimmed = key?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length is < MinLength or > MaxLength)
        {
            check.Add(field, trimmed.Length < MinLength ? "TOO_SHORT" : "TOO_LONG",
                $"idempotencyKey must be {MinLength} to {MaxLength} characters: a random value such as a UUID, since it guards a secret.");
        }
        return trimmed;
    }

    /// <summary>The secret a key stands for, e.g. <c>rbp_…</c>; <paramref name="purpose"/> keeps a key's uses apart.</summary>
    public static string Secret(string prefix, string purpose, string key) =>
        prefix + "_" + Convert.ToBase64String(Convert.FromHexString(Secrets.Hash($"{purpose}-secret:{key}"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A stable document id for a key, so a retry finds (or collides with) the first write.</summary>
    public static Guid Id(string purpose, string key) => new(Convert.FromHexString(Secrets.Hash($"{purpose}-id:{key}"))[..16]);
}
