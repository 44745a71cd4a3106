using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Matching;
using RolesBoard.Bench.Harness;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// What the matches and candidates baselines share: SQL fragments mirroring FitFactors (time-zone overlap, title
/// words), a country-to-zone table from TimeZones, and calling GraphQL as a seeker or co-op.
/// </summary>
internal static class MatchSql
{
    /// <summary>
    /// TimeZones.OverlapHours in SQL: both work 09:00–17:00 local on <paramref name="day"/>, the other zone's previous and
    /// next days count too; two 8-hour days that start d apart share 8 − |d| hours, never less than 0.
    /// </summary>
    public static string Overlap(string zoneA, string zoneB, string day) => $"""
        greatest(0, (select max({TimeZones.WorkdayHours} - abs(extract(epoch from
          (({day} + time '09:00') at time zone {zoneA}) - ((({day} + s) + time '09:00') at time zone {zoneB}))) / 3600)
          from generate_series(-1, 1) s))
        """;

    /// <summary>Every country TimeZones.DefaultFor knows, as two parallel arrays for a SQL lookup.</summary>
    public static (string[] Countries, string[] Zones) DefaultZones { get; } = BuildZones();

    private static (string[], string[]) BuildZones()
    {
        var pairs = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return null; } })
            .Where(c => c is { Length: 2 }).Distinct()
            .Select(c => (Country: c!, Zone: TimeZones.DefaultFor(c)))
            .Where(p => p.Zone is not null).ToArray();
        return (pairs.Select(p => p.Country).ToArray(), pairs.Select(p => p.Zone!).ToArray());
    }

    // FitFactors.Filler and FitFactors.Words are private: the same list and the same split, copied.
    public static readonly string[] Filler = ["and", "or", "the", "a", "of", "in", "for", "with", "who", "also", "does", "uk", "senior", "junior"];

    public static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '(', ')', '/', '-', '+', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Filler.Contains(w)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The same split in SQL, for titles and wishes read from documents (empty strings are dropped by the caller).</summary>
    public static string SqlWords(string text) => $"regexp_split_to_array(lower({text}), '[ ,()/+.-]+')";

    /// <summary>
    /// CoopFit.Terms as the score's scale (MatchScorer.TermsScale): each preference asked is met (1), unknown (0.5) or
    /// missed (0), their mean scales the score by 1 − TermsWeight × (1 − mean); nothing asked, 1. <paramref name="wants"/>
    /// is a jsonb of CoopPreferences, <paramref name="coop"/> the co-op document's jsonb (null when the co-op is unknown).
    /// </summary>
    public static string TermsScale(string wants, string coop) => $$"""
        (select coalesce(1 - {{Number(MatchScorer.TermsWeight)}} * (1 - avg(t.v)), 1.0) from (values
          (case when {{wants}} ->> 'membershipWithinMonths' is null then null when {{coop}} ->> 'membershipAfterMonths' is null then 0.5
                when ({{coop}} ->> 'membershipAfterMonths')::int <= ({{wants}} ->> 'membershipWithinMonths')::int then 1.0 else 0.0 end),
          (case when not coalesce(({{wants}} ->> 'flatPay')::boolean, false) then null when {{coop}} ->> 'flatPay' is null then 0.5
                when ({{coop}} ->> 'flatPay')::boolean then 1.0 else 0.0 end),
          (case when not coalesce(({{wants}} ->> 'workerOwned')::boolean, false) then null when {{coop}} ->> 'ownership' is null then 0.5
                when {{coop}} ->> 'ownership' = 'WorkerOwned' then 1.0 else 0.0 end),
          (case when {{wants}} ->> 'maxHoursPerWeek' is null then null when {{coop}} ->> 'hoursPerWeek' is null then 0.5
                when ({{coop}} ->> 'hoursPerWeek')::float8 <= ({{wants}} ->> 'maxHoursPerWeek')::float8 then 1.0 else 0.0 end)) t(v))
        """;

    /// <summary>A seeker's co-op preferences as the jsonb the terms scale reads (the document's own camelCase names).</summary>
    public static string Wants(Api.Profiles.CoopPreferences wants) => JsonSerializer.Serialize(wants, JsonSerializerOptions.Web);

    public static string Number(double value) => value.ToString("0.0###", CultureInfo.InvariantCulture);

    /// <summary>Runs the query and reads every row's first column, as a client would. Only the parameters the SQL names are sent.</summary>
    public static async Task<List<string>> ReadAsync(NpgsqlDataSource dataSource, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        // The exhaustive ranking takes seconds alone and far longer on a shared, loaded machine: no 30 s default cut-off.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 900 };
        foreach (var (name, value) in parameters.Where(p => Regex.IsMatch(sql, $@"@{p.Key}\b")))
        {
            command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }

    /// <summary>Posts one GraphQL query with a bearer secret; a response carrying errors fails the benchmark.</summary>
    public static async Task<JsonDocument> GraphQLAsync(BenchContext bench, string query, object variables, string bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bench.Api.Url, "/graphql")) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await bench.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        if (body.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException("GraphQL errors: " + errors.GetRawText());
        }
        return body;
    }

    /// <summary>At full scale the exact baseline can take a second a query: at most 150 samples a side keep the run bounded.</summary>
    public static int Samples(BenchContext bench) => Math.Min(bench.Scale.Samples, 150);

    public static int Warmup(BenchContext bench) => Math.Min(bench.Scale.Warmup, 15);

    /// <summary>
    /// The exact ranking in SQL scores every admitted row: seconds per query at full scale, so its median comes from
    /// fewer samples there (its p95 is then close to its maximum).
    /// </summary>
    public static int BaselineSamples(BenchContext bench) => bench.Scale == Scale.Full ? 12 : Samples(bench);

    public static int BaselineWarmup(BenchContext bench) => bench.Scale == Scale.Full ? 1 : Warmup(bench);

    /// <summary>
    /// How many of the exact top N's scores our top N reaches, as a share: equal scores are equally good answers, and
    /// where many tie (common at full scale, where generated profiles repeat), which of them fills the page is only
    /// tie order (C# and PostgreSQL order uuids differently), which the id agreement counts as a miss.
    /// </summary>
    public static double ScoreAgreement(IEnumerable<double> ours, IReadOnlyCollection<double> exact)
    {
        var unpaired = ours.Select(s => Math.Round(s, 4)).ToList();
        var reached = exact.Count(s => unpaired.Remove(Math.Round(s, 4)));
        return exact.Count == 0 ? 1 : (double)reached / exact.Count;
    }

    /// <summary>How many ids two top-N lists share, as a share of the longer: how closely the baseline mirrors the API.</summary>
    public static double Agreement(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) =>
        Math.Max(a.Count, b.Count) == 0 ? 1 : (double)a.Intersect(b).Count() / Math.Max(a.Count, b.Count);
}
