using System.Text.Json.Nodes;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>Steps seekers take through the public API: create a profile (keeping its token), ask for matches.</summary>
public static class Seekers
{
    public sealed record SeekerKey(string Id, string Token);

    public const string ProfileFields = "id name email headline skills location country remote willRelocate employmentTypes timeZone visibleToCoops";

    public static async Task<JsonNode> CreateProfileAsync(this RolesBoardApp app, object input)
    {
        var body = await app.GraphQLAsync($$"""
            mutation($input: ProfileInput!) { createProfile(input: $input) { profile { {{ProfileFields}} } token errors { field code message } } }
            """, new { input });
        return body["data"]!["createProfile"]!;
    }

    public static async Task<SeekerKey> CreateProfileKeyAsync(this RolesBoardApp app, object input)
    {
        var payload = await app.CreateProfileAsync(input);
        Assert.Empty(payload["errors"]!.AsArray());
        return new SeekerKey(payload["profile"]!["id"]!.GetValue<string>(), payload["token"]!.GetValue<string>());
    }

    /// <summary>A seeker in Lisbon who works in Python; tests override what they are about.</summary>
    public static Dictionary<string, object?> Ana(Action<Dictionary<string, object?>>? change = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["name"] = "Ana Sousa",
            ["email"] = "ana.sousa@example.org",
            ["headline"] = "Backend developer",
            ["skills"] = new[] { "Python", "Django", "Postgres" },
            ["location"] = "Lisbon, Portugal",
            ["remote"] = "REMOTE",
        };
        change?.Invoke(input);
        return input;
    }

    public static async Task<JsonNode> MatchesAsync(this RolesBoardApp app, string profileId, string? token, int first = 20)
    {
        return await app.GraphQLAsync("""
            query($id: ID!, $first: Int) { matches(profileId: $id, first: $first) { score matchedSkills missingSkills reasons role { id title } } }
            """, new { id = profileId, first }, token);
    }

    public static string? ErrorCode(this JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
