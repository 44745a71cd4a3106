using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Alerts;

/// <summary>Steps seekers take to set alerts, through the public API.</summary>
public static class Alerting
{
    public static async Task<JsonNode> SaveSearchAsync(this RolesBoardApp app, Seekers.SeekerKey seeker, object input)
    {
        var body = await app.GraphQLAsync("""
            mutation($id: ID!, $input: SavedSearchInput!) { saveSearch(profileId: $id, input: $input) { savedSearch { id name frequency nextDigestAt } errors { field code message } } }
            """, new { id = seeker.Id, input }, seeker.Token);
        return body["data"]!["saveSearch"]!;
    }

    public static async Task<string> SaveSearchIdAsync(this RolesBoardApp app, Seekers.SeekerKey seeker, object input)
    {
        var payload = await app.SaveSearchAsync(seeker, input);
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["savedSearch"]!["id"]!.GetValue<string>();
    }

    public static async Task SetMatchAlertAsync(this RolesBoardApp app, Seekers.SeekerKey seeker, object? input)
    {
        var body = await app.GraphQLAsync("""
            mutation($id: ID!, $input: MatchAlertInput) { setMatchAlert(profileId: $id, input: $input) { profile { id } errors { code message } } }
            """, new { id = seeker.Id, input }, seeker.Token);
        Assert.Empty(body["data"]!["setMatchAlert"]!["errors"]!.AsArray());
    }

    /// <summary>Long enough for the alert job (every second) and the mail job (every second) to have run twice.</summary>
    public static Task QuietPeriodAsync() => Task.Delay(TimeSpan.FromSeconds(4));

    public static object PythonRole(string title) => new { title, description = "Python and Django for a co-op.", skills = new[] { "Python", "Django" }, remote = "REMOTE" };

    public static object HaskellRole(string title) => new { title, description = "Compilers in Haskell.", skills = new[] { "Haskell" }, remote = "ONSITE", location = "Tokyo, Japan" };
}
