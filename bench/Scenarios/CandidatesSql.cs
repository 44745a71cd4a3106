using RolesBoard.Api.Geography;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Roles;
using static RolesBoard.Bench.Scenarios.MatchSql;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// candidates(roleId, first: 20) as one hand-written SQL query: MatchScorer's factors for one role against every
/// opted-in profile, best 20 returned without name, e-mail or token hash, each with its `_score`.
/// How it mirrors the API: the candidate set is MatchPreselection's (visible to co-ops, sharing a skill or related
/// skill with the role, a place they can work from); coverage takes, for each skill the role asks for, the best of
/// 1 (they have it), 0.7 (a skill of theirs implies it) and 0.35 (it implies one of theirs), as SkillGraph.Credit
/// does; breadth counts their skills within the role's reach; place, time zone, employment type, pay, title words and
/// freshness follow FitFactors with the role's side folded into constants; a missed overlap halves the score.
/// Each seeker's co-op preferences against the role's co-op scale it (CoopFit).
/// Where it simplifies: it scores every profile the predicate admits (the API scores exactly the best few hundred by
/// the match index's cheap rank),
/// compares skills case-sensitively, ties on uuid order, writes no reasons, and reads the yearly floor alone (the API
/// also requires the stated floor, which seeding always sets with it).
/// </summary>
internal static class CandidatesSql
{
    public static (string Sql, Dictionary<string, object?> Parameters) For(Role role, DateTimeOffset now, string schema)
    {
        var graph = SkillGraph.Default;
        var reach = graph.Reach(role.Skills);
        // For each skill the role asks for: the skills that earn it credit, and how much.
        var credits = role.Skills.SelectMany((w, i) => new[] { (Index: i, Skill: w, Credit: 1.0) }
            .Concat(graph.BuiltOn(w).Select(s => (Index: i, Skill: s, Credit: SkillGraph.ImpliedCredit)))
            .Concat(graph.Implied(w).Select(s => (Index: i, Skill: s, Credit: SkillGraph.StepCredit)))).ToArray();
        var remote = role.Remote == RemotePolicy.Remote;
        var regions = role.RemoteRegions.SelectMany(r => r == Countries.EuropeanUnion ? Countries.EuMemberStates : [r]).Distinct().ToArray();
        var preference = "(case when p.data ->> 'remote' = 'Onsite' then 0.6 else 1.0 end)";
        var wants = role.Remote == RemotePolicy.Hybrid
            ? "(case when p.data ->> 'remote' = 'Remote' then 0.5 else 1.0 end)"
            : "(case p.data ->> 'remote' when 'Remote' then 0.25 when 'Hybrid' then 0.7 else 1.0 end)";
        var place = remote
            ? $"""
              case when p.country is null then 0.7 * {preference}
                   when {(regions.Length == 0 ? "true" : "p.country = any(@regions::text[])")} then {preference}
                   when p.will_relocate then 0.25 end
              """
            : role.Country is null ? "0.5" : """
              case when p.country is null then 0.5 when p.country <> @roleCountry::text then case when p.will_relocate then 0.25 end
                   else {wants} * (case when lower(trim(split_part(p.data ->> 'location', ',', 1))) = @town::text then 1.0 else 0.5 end) end
              """.Replace("{wants}", wants, StringComparison.Ordinal);
        var roleZone = role.TimeZone ?? TimeZones.DefaultFor(role.Country);
        var needed = role.MinOverlapHours ?? (roleZone is null ? 0 : FitFactors.DefaultOverlapHours);
        var zoneNeeded = remote && roleZone is not null && needed > 0;
        var seekerZone = "coalesce(p.data ->> 'timeZone', case when p.country is not null then (select m.zone from unnest(@zoneCountries::text[], @zoneNames::text[]) m(country, zone) where m.country = p.country) end)";
        var type = role.EmploymentType is { } t
            ? $"case when jsonb_array_length(p.data -> 'employmentTypes') = 0 then 1.0 when p.data -> 'employmentTypes' ? '{t}' then 1.0 else 0.1 end"
            : "case when jsonb_array_length(p.data -> 'employmentTypes') = 0 then 1.0 else 0.6 end";
        var floor = "(p.data ->> 'salaryFloorYearlyGbp')::float8";
        var pay = role.SalaryMaxYearlyGbp is { } top
            ? $"case when {floor} is null or {floor} <= 0 then 0.6 when {Number(top)} >= {floor} then 1.0 else greatest(0, 1 - 2 * ({floor} - {Number(top)}) / {floor}) end"
            : $"0.6";
        var wishes = "(case when jsonb_array_length(p.data -> 'desiredRoles') > 0 then p.data -> 'desiredRoles' when p.data ->> 'headline' is not null then jsonb_build_array(p.data ->> 'headline') else '[]'::jsonb end)";
        var title = $"""
            case when jsonb_array_length({wishes}) = 0 then 0.5 else coalesce((select max(s.share) from jsonb_array_elements_text({wishes}) w(wish)
              cross join lateral (select count(distinct x) filter (where x = any(@titleWords::text[]))::float8 / nullif(count(distinct x), 0) as share
                from unnest({SqlWords("w.wish")}) x where x <> '' and x <> all(@filler::text[])) s), 0) end
            """;
        var freshness = Math.Exp(-Math.Max(0, (now - role.DatePosted).TotalDays) / 45);
        var sql = $"""
            select ((x.data - 'name' - 'email' - 'tokenHash') || jsonb_build_object('_score', x.score))::text from (
              select p.id, p.data, round(least(1, greatest(0,
                  ({MatchScorer.SkillsWeight} * f.skills + {MatchScorer.PlaceWeight} * f.place + {MatchScorer.ZoneWeight} * z.zone
                   + {MatchScorer.TypeWeight} * {type} + {MatchScorer.PayWeight} * {pay} + {MatchScorer.TitleWeight} * {title}
                   + {MatchScorer.FreshnessWeight} * {Number(freshness)})
                  * case when z.missed then {MatchScorer.MissedOverlapPenalty} else 1 end
                  * {TermsScale("(p.data -> 'coopPreferences')", "c.data")}))::numeric, 4) as score
              from {schema}.mt_doc_profile p
              left join {schema}.mt_doc_coop c on c.id = @coopId::uuid
              cross join lateral (select
                {(role.Skills.Count == 0 ? "0.3" : $"""
                  0.85 * (select coalesce(sum(b.best), 0) from (select max(c.credit) as best from unnest(@creditIndexes::int[], @creditSkills::text[], @credits::float8[]) c(i, skill, credit)
                    where c.skill = any(p.skills) group by c.i) b) / {role.Skills.Count}
                  + 0.15 * least(1, case when cardinality(p.skills) = 0 then 0 else (select count(*) from unnest(p.skills) s where s = any(@reach::text[]))::float8
                    / least(cardinality(p.skills), {Math.Max(role.Skills.Count, 1)}) end)
                  """)} as skills,
                {place} as place,
                {(zoneNeeded ? seekerZone : "null::text")} as seeker_zone
              ) f
              cross join lateral (select {(zoneNeeded ? $"case when f.seeker_zone is null then null else {Overlap("f.seeker_zone", "@roleZone::text", "@day::date")} end" : "null::float8")} as has) o
              cross join lateral (select {(zoneNeeded ? $"case when o.has is null then 0.6 when o.has >= {needed} then 1.0 else 0.3 * o.has / {needed} end" : "1.0")} as zone,
                coalesce(o.has < {needed}, false) as missed) z
              where p.visible_to_coops and p.skills && @reach::text[] and f.place is not null
            ) x order by x.score desc, x.id limit 20
            """;
        var parameters = new Dictionary<string, object?>
        {
            ["reach"] = reach, ["coopId"] = role.CoopId, ["creditIndexes"] = credits.Select(c => c.Index).ToArray(), ["creditSkills"] = credits.Select(c => c.Skill).ToArray(),
            ["credits"] = credits.Select(c => c.Credit).ToArray(), ["regions"] = regions, ["roleCountry"] = role.Country,
            ["town"] = Places.Town(role.Location)?.ToLowerInvariant(), ["zoneCountries"] = DefaultZones.Countries, ["zoneNames"] = DefaultZones.Zones,
            ["roleZone"] = roleZone, ["day"] = DateOnly.FromDateTime(now.UtcDateTime), ["titleWords"] = Words(role.Title), ["filler"] = Filler,
        };
        return (sql, parameters);
    }
}
