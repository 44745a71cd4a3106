using RolesBoard.Api.Geography;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Profiles;
using static RolesBoard.Bench.Scenarios.MatchSql;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// matches(profileId, first: 20) as one hand-written SQL query: every factor of MatchScorer computed per role in
/// PostgreSQL, weighted by MatchScorer's own weights, best 20 returned with their documents.
/// How it mirrors the API: the candidate set is MatchPreselection's (open, unexpired, sharing a skill or a related
/// skill, a place the seeker can work from); skills are coverage with SkillGraph's credits (1 exact, 0.7 implied,
/// 0.35 a step: each reachable skill's credit computed once by SkillGraph.Credit and sent as a table) plus breadth;
/// place, time zone (overlap of 09:00–17:00 days, PostgreSQL's tz database), employment type, pay against the yearly
/// GBP floor, title words against the seeker's wishes and freshness follow FitFactors case by case; a missed overlap
/// halves the score; the co-op terms the seeker asked about scale it (CoopFit, read from the co-op document); rounded
/// to 4 places, ties by date posted then id; each document comes back with its `_score`.
/// Where it simplifies: it scores every role the preselection's predicate admits (the API scores exactly only the
/// best few hundred by the match index's cheap rank), compares skills case-sensitively (documents hold canonical names), ties on uuid order
/// (C# orders Guids differently), and writes no reasons.
/// </summary>
internal static class MatchesSql
{
    public static (string Sql, Dictionary<string, object?> Parameters) For(Profile seeker, DateTimeOffset now, string schema)
    {
        var graph = SkillGraph.Default;
        var reach = graph.Reach(seeker.Skills);
        var credit = reach.Select(s => graph.Credit(s, seeker.Skills).Credit).ToArray();
        var breadth = seeker.Skills.SelectMany((s, i) => graph.Reach([s]).Select(r => (Index: i, Skill: r))).ToArray();
        var wishes = seeker.DesiredRoles.Count > 0 ? seeker.DesiredRoles : seeker.Headline is { } h ? [h] : [];
        var words = wishes.SelectMany((w, i) => Words(w).Select(word => (Index: i, Word: word, Size: (double)Words(w).Length))).ToArray();
        var country = seeker.Country;
        var relocate = seeker.WillRelocate ? "0.25" : "null";
        var preference = seeker.Remote == RemotePreference.Onsite ? 0.6 : 1.0;
        var wantsHybrid = seeker.Remote == RemotePreference.Remote ? 0.5 : 1.0;
        var wantsOnsite = seeker.Remote switch { RemotePreference.Remote => 0.25, RemotePreference.Hybrid => 0.7, _ => 1.0 };
        var type = seeker.EmploymentTypes.Count == 0 ? "1.0" : "case when d.employment_type is null then 0.6 when d.employment_type = any(@types::text[]) then 1.0 else 0.1 end";
        var pay = seeker.SalaryFloorYearlyGbp is not { } floor || seeker.SalaryFloor is null || floor <= 0
            ? "0.6"
            : $"case when d.salary_max_yearly_gbp is null then 0.6 when d.salary_max_yearly_gbp >= {Number(floor)} then 1.0 else greatest(0, 1 - 2 * ({Number(floor)} - d.salary_max_yearly_gbp) / {Number(floor)}) end";
        var title = wishes.Count == 0 ? "0.5" : $"""
            coalesce((select max(t.hits / t.size) from (select w.i, w.size, count(*) as hits from unnest(@wishIndexes::int[], @wishWords::text[], @wishSizes::float8[]) w(i, word, size)
              where w.word = any({SqlWords("d.data ->> 'title'")}) group by w.i, w.size) t), 0)
            """;
        var sql = $"""
            select (x.data || jsonb_build_object('_score', x.score))::text from (
              select d.id, d.date_posted, d.data, round(least(1, greatest(0,
                  ({MatchScorer.SkillsWeight} * f.skills + {MatchScorer.PlaceWeight} * f.place + {MatchScorer.ZoneWeight} * z.zone
                   + {MatchScorer.TypeWeight} * {type} + {MatchScorer.PayWeight} * {pay} + {MatchScorer.TitleWeight} * {title}
                   + {MatchScorer.FreshnessWeight} * exp(-greatest(0, extract(epoch from (@now::timestamptz - d.date_posted)) / 86400) / 45))
                  * case when z.missed then {MatchScorer.MissedOverlapPenalty} else 1 end
                  * {TermsScale("@wants::jsonb", "c.data")}))::numeric, 4) as score
              from {schema}.mt_doc_role d
              left join {schema}.mt_doc_coop c on c.id = d.coop_id
              cross join lateral (select
                0.85 * (select coalesce(sum(c.credit), 0) from unnest(@creditSkills::text[], @credits::float8[]) c(skill, credit) where c.skill = any(d.skills)) / cardinality(d.skills)
                  + 0.15 * least(1, (select count(distinct b.i) from unnest(@breadthIndexes::int[], @breadthSkills::text[]) b(i, skill) where b.skill = any(d.skills))::float8
                    / least({seeker.Skills.Count}, greatest(cardinality(d.skills), 1))) as skills,
                case when d.remote = 'Remote' then
                  case when @country::text is null then {Number(0.7 * preference)}
                       when cardinality(d.remote_regions) = 0 or @country::text = any(d.remote_regions) or ({(country is not null && Countries.IsInEu(country) ? "true" : "false")} and 'EU' = any(d.remote_regions)) then {Number(preference)}
                       else {relocate} end
                else
                  case when d.country is null or @country::text is null then 0.5
                       when d.country <> @country::text then {relocate}
                       else (case d.remote when 'Hybrid' then {Number(wantsHybrid)} else {Number(wantsOnsite)} end)
                         * (case when lower(trim(split_part(d.data ->> 'location', ',', 1))) = @town::text then 1 else 0.5 end) end
                end as place,
                case when d.remote = 'Remote' then coalesce(d.data ->> 'timeZone', case when d.country is not null then (select m.zone from unnest(@zoneCountries::text[], @zoneNames::text[]) m(country, zone) where m.country = d.country) end) end as role_zone
              ) f
              cross join lateral (select coalesce((d.data ->> 'minOverlapHours')::int, case when f.role_zone is null then 0 else {FitFactors.DefaultOverlapHours} end) as needed) n
              cross join lateral (select case when f.role_zone is null or n.needed <= 0 or @zone::text is null then null
                else {Overlap("@zone::text", "f.role_zone", "@day::date")} end as has) o
              cross join lateral (select case when f.role_zone is null or n.needed <= 0 then 1.0 when o.has is null then 0.6
                  when o.has >= n.needed then 1.0 else 0.3 * o.has / n.needed end as zone, coalesce(o.has < n.needed, false) as missed) z
              where d.status = 'Open' and (d.expires_at is null or d.expires_at > @now::timestamptz) and d.skills && @reach::text[] and f.place is not null
            ) x order by x.score desc, x.date_posted desc, x.id limit 20
            """;
        var parameters = new Dictionary<string, object?>
        {
            ["now"] = now, ["wants"] = Wants(seeker.CoopPreferences), ["reach"] = reach, ["creditSkills"] = reach, ["credits"] = credit,
            ["breadthIndexes"] = breadth.Select(b => b.Index).ToArray(), ["breadthSkills"] = breadth.Select(b => b.Skill).ToArray(),
            ["country"] = country, ["town"] = Places.Town(seeker.Location)?.ToLowerInvariant(),
            ["zone"] = seeker.TimeZone ?? TimeZones.DefaultFor(country), ["day"] = DateOnly.FromDateTime(now.UtcDateTime),
            ["zoneCountries"] = DefaultZones.Countries, ["zoneNames"] = DefaultZones.Zones, ["types"] = seeker.EmploymentTypes.Select(t => t.ToString()).ToArray(),
            ["wishIndexes"] = words.Select(w => w.Index).ToArray(), ["wishWords"] = words.Select(w => w.Word).ToArray(), ["wishSizes"] = words.Select(w => w.Size).ToArray(),
        };
        return (sql, parameters);
    }
}
