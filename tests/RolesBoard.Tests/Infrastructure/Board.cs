using System.Text.Json.Nodes;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>Steps that many tests take through the public API: register and verify a co-op, post a role.</summary>
public static class Board
{
    public sealed record CoopKey(string Id, string Slug, string ApiKey);

    public static async Task<CoopKey> RegisterCoopAsync(this RolesBoardApp app, string name, string website, bool verify = true)
    {
        var body = await app.GraphQLAsync("""
            mutation($input: RegisterCoopInput!) { registerCoop(input: $input) { coop { id slug verified } apiKey errors { field code message } } }
            """, new { input = new { name, website } });
        var payload = body["data"]!["registerCoop"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        var coop = new CoopKey(payload["coop"]!["id"]!.GetValue<string>(), payload["coop"]!["slug"]!.GetValue<string>(), payload["apiKey"]!.GetValue<string>());
        if (verify)
        {
            var verified = await app.GraphQLAsync("mutation($id: ID!) { verifyCoop(id: $id) { coop { verified } errors { code } } }", new { id = coop.Id }, RolesBoardApp.AdminKey);
            Assert.True(verified["data"]!["verifyCoop"]!["coop"]!["verified"]!.GetValue<bool>());
        }
        return coop;
    }

    /// <summary>Registers and verifies a co-op that states its facts (ownership, flatPay, membershipAfterMonths, hoursPerWeek...).</summary>
    public static async Task<CoopKey> RegisterCoopWithFactsAsync(this RolesBoardApp app, string name, string website, object facts)
    {
        var input = System.Text.Json.JsonSerializer.SerializeToNode(facts, RolesBoardApp.JsonOptions)!.AsObject();
        input["name"] = name;
        input["website"] = website;
        var body = await app.GraphQLAsync("""
            mutation($input: RegisterCoopInput!) { registerCoop(input: $input) { coop { id slug } apiKey errors { field code message } } }
            """, new { input });
        var payload = body["data"]!["registerCoop"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        var coop = new CoopKey(payload["coop"]!["id"]!.GetValue<string>(), payload["coop"]!["slug"]!.GetValue<string>(), payload["apiKey"]!.GetValue<string>());
        await app.GraphQLAsync("mutation($id: ID!) { verifyCoop(id: $id) { coop { verified } } }", new { id = coop.Id }, RolesBoardApp.AdminKey);
        return coop;
    }

    /// <summary>Posts a role and returns the payload (role and errors).</summary>
    public static async Task<JsonNode> PostRoleAsync(this RolesBoardApp app, string apiKey, object input)
    {
        var body = await app.GraphQLAsync("""
            mutation($input: PostRoleInput!) { postRole(input: $input) { role { id title skills status } errors { field code message } } }
            """, new { input }, apiKey);
        return body["data"]!["postRole"]!;
    }

    public static async Task<string> PostRoleIdAsync(this RolesBoardApp app, string apiKey, object input)
    {
        var payload = await app.PostRoleAsync(apiKey, input);
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["role"]!["id"]!.GetValue<string>();
    }

    public static string[] Codes(this JsonNode payload) =>
        payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToArray();
}
