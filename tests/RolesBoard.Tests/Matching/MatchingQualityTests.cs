using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RolesBoard.Tests.Matching;

/// <summary>
/// Quality, measured: NDCG@5 of <c>matches</c> on the hand-labelled set in evaluation-set.json (60 roles, 20 seekers,
/// relevance 0–3 written before the scorer), against a baseline of full-text rank alone.
/// </summary>
[Collection(nameof(BoardCollection))]
public sealed class MatchingQualityTests(RolesBoardApp app, ITestOutputHelper output) : IAsyncLifetime
{
    private const int K = 5;

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task MatchingBeatsFullTextRankOnTheLabelledSet()
    {
        var set = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Matching", "evaluation-set.json")))!;
        var coop = await app.RegisterCoopAsync("Evaluation Co-op", "https://evaluation.example.coop");
        var keyOfRole = new Dictionary<string, string>();
        foreach (var role in set["roles"]!.AsArray())
        {
            keyOfRole[await app.PostRoleIdAsync(coop.ApiKey, role!["input"]!)] = role["key"]!.GetValue<string>();
        }

        var ours = new List<double>();
        var baseline = new List<double>();
        foreach (var profile in set["profiles"]!.AsArray())
        {
            var input = profile!["input"]!;
            var relevance = profile["relevance"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>());
            var seeker = await app.CreateProfileKeyAsync(input);

            var matches = (await app.MatchesAsync(seeker.Id, seeker.Token, K))["data"]!["matches"]!.AsArray()
                .Select(m => keyOfRole[m!["role"]!["id"]!.GetValue<string>()]).ToList();
            var searched = await FullTextAsync(BaselineQuery(input));
            var searchedKeys = searched.Select(id => keyOfRole[id]).ToList();

            ours.Add(Ndcg(matches, relevance));
            baseline.Add(Ndcg(searchedKeys, relevance));
            output.WriteLine($"{profile["key"]}: ours {ours[^1]:0.000} [{string.Join(' ', matches)}]  baseline {baseline[^1]:0.000} [{string.Join(' ', searchedKeys)}]");
        }

        output.WriteLine($"NDCG@{K} over {ours.Count} seekers: matches {ours.Average():0.000}, full-text baseline {baseline.Average():0.000}");
        Assert.True(ours.Count >= 20);
        Assert.True(ours.Average() >= baseline.Average() + 0.1, $"matches {ours.Average():0.000} vs baseline {baseline.Average():0.000}");
    }

    /// <summary>
    /// The baseline: the seeker's skills and headline as a web-search query over the roles' full-text index, ranked by
    /// ts_rank (RoleSearch). Words are OR-ed: websearch_to_tsquery ANDs them otherwise, and an AND of every skill and
    /// headline word matches almost nothing, which would make the baseline a straw man.
    /// </summary>
    private static string BaselineQuery(JsonNode input)
    {
        var words = input["skills"]!.AsArray().Select(s => s!.GetValue<string>())
            .Append(input["headline"]?.GetValue<string>() ?? "")
            .SelectMany(s => s.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 1 && !w.Equals("or", StringComparison.OrdinalIgnoreCase) && !w.Equals("and", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return string.Join(" or ", words);
    }

    private async Task<List<string>> FullTextAsync(string query)
    {
        var body = await app.GraphQLAsync("query($f: RoleFilter, $first: Int) { roles(filter: $f, first: $first) { nodes { id } } }", new { f = new { query }, first = K });
        return body["data"]!["roles"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
    }

    /// <summary>NDCG@K with gains 2^rel − 1; the ideal ranking is the seeker's labelled roles, best first.</summary>
    internal static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevance)
    {
        static double Dcg(IEnumerable<int> grades) => grades.Take(K).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = Dcg(relevance.Values.OrderByDescending(g => g));
        return ideal == 0 ? 0 : Dcg(ranked.Select(k => relevance.GetValueOrDefault(k))) / ideal;
    }
}
