using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Alerts;

/// <summary>A seeker saves searches and sets their match alert with the profile's owner token.</summary>
public sealed class AlertCommands(IDocumentSession session, ProfileAccess access, Caller caller, MatchAlertIndex index, TimeProvider clock)
{
    /// <summary>Each saved search costs a check on every new role: a seeker keeps at most this many.</summary>
    public const int MaxSavedSearches = 20;

    public async Task<Payload<Alert>> SaveSearchAsync(Guid profileId, SavedSearchInput input, CancellationToken cancellationToken)
    {
        var owned = await access.OwnAsync(profileId, "saveSearch", cancellationToken);
        if (owned.Profile is not { } profile)
        {
            return Payload<Alert>.Fail([owned.Error!]);
        }
        var name = input.Name.Trim();
        if (name.Length is 0 or > 100)
        {
            return Payload<Alert>.Fail("input.name", "INVALID", "Give the search a name of 1 to 100 characters.");
        }
        var count = await session.Query<Alert>().CountAsync(a => a.ProfileId == profileId && a.Kind == AlertKind.SavedSearch, cancellationToken);
        if (count >= MaxSavedSearches)
        {
            return Payload<Alert>.Fail("profileId", "LIMIT_REACHED", $"A profile keeps at most {MaxSavedSearches} saved searches; delete one first.");
        }
        Guid? coopId = null;
        if (!string.IsNullOrWhiteSpace(input.Filter?.Coop))
        {
            var slug = input.Filter.Coop.Trim().ToLowerInvariant();
            coopId = (await session.Query<Coop>().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken))?.Id;
            if (coopId is null)
            {
                return Payload<Alert>.Fail("input.filter.coop", "NOT_FOUND", $"No co-op has the slug '{input.Filter.Coop}'.");
            }
        }
        var (criteria, error) = SearchCriteria.From(input.Filter, coopId);
        if (error is not null)
        {
            return Payload<Alert>.Fail([error]);
        }
        var alert = New(profile, AlertKind.SavedSearch, Guid.NewGuid(), input.Frequency);
        alert.Name = name;
        alert.Filter = input.Filter;
        alert.Criteria = criteria;
        alert.Skills = [.. criteria!.Skills];
        session.Store(alert);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Alert>.Ok(alert);
    }

    public async Task<Payload<Deleted>> DeleteSavedSearchAsync(Guid id, CancellationToken cancellationToken)
    {
        var alert = await session.LoadAsync<Alert>(id, cancellationToken);
        if (alert is null || alert.Kind != AlertKind.SavedSearch)
        {
            return caller.Secret is null
                ? Payload<Deleted>.Unauthenticated("deleteSavedSearch")
                : Payload<Deleted>.Fail("id", "NOT_FOUND", "No saved search has that id.");
        }
        var owned = await access.OwnAsync(alert.ProfileId, "deleteSavedSearch", cancellationToken);
        if (owned.Profile is null)
        {
            return Payload<Deleted>.Fail([owned.Error!]);
        }
        Remove(session, alert.Id);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Deleted>.Ok(new Deleted(id));
    }

    public async Task<IReadOnlyList<Alert>> SavedSearchesAsync(Guid profileId, CancellationToken cancellationToken)
    {
        await access.OwnOrThrowAsync(profileId, "savedSearches", cancellationToken);
        return await session.Query<Alert>()
            .Where(a => a.ProfileId == profileId && a.Kind == AlertKind.SavedSearch)
            .OrderBy(a => a.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    public async Task<Alert?> MatchAlertAsync(Guid profileId, CancellationToken cancellationToken)
    {
        await access.OwnOrThrowAsync(profileId, "matchAlert", cancellationToken);
        return await session.LoadAsync<Alert>(Alert.MatchAlertId(profileId), cancellationToken);
    }

    /// <summary>Sets (or, with no input, turns off) the profile's match alert.</summary>
    public async Task<Payload<Profile>> SetMatchAlertAsync(Guid profileId, MatchAlertInput? input, CancellationToken cancellationToken)
    {
        var owned = await access.OwnAsync(profileId, "setMatchAlert", cancellationToken);
        if (owned.Profile is not { } profile)
        {
            return Payload<Profile>.Fail([owned.Error!]);
        }
        var id = Alert.MatchAlertId(profileId);
        if (input is null)
        {
            Remove(session, id);
        }
        else if (input.MinScore is < 0 or > 1 || double.IsNaN(input.MinScore))
        {
            return Payload<Profile>.Fail("input.minScore", "INVALID", "minScore is a fit score between 0 and 1 (0.6 is a good start).");
        }
        else
        {
            var alert = await session.LoadAsync<Alert>(id, cancellationToken) ?? New(profile, AlertKind.Match, id, input.Frequency);
            alert.Name = "Roles that fit your profile";
            alert.MinScore = input.MinScore;
            alert.Frequency = input.Frequency;
            alert.NextDigestAt = DigestSchedule.Next(input.Frequency, DigestSchedule.ZoneOf(profile), clock.GetUtcNow());
            session.Store(alert);
            index.Put(profile);
        }
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Profile>.Ok(profile);
    }

    /// <summary>Deletes an alert with its pending roles (in the caller's session).</summary>
    public static void Remove(IDocumentSession session, Guid alertId)
    {
        session.HardDeleteWhere<PendingAlertRole>(p => p.AlertId == alertId);
        session.HardDelete<Alert>(alertId);
    }

    private Alert New(Profile profile, AlertKind kind, Guid id, AlertFrequency frequency)
    {
        var now = clock.GetUtcNow();
        return new Alert
        {
            Id = id,
            ProfileId = profile.Id,
            Kind = kind,
            Frequency = frequency,
            UnsubscribeToken = Secrets.New("rbu"),
            CreatedAt = now,
            // Only roles that open from now on: an alert is about what is new.
            SentThrough = now,
            NextDigestAt = DigestSchedule.Next(frequency, DigestSchedule.ZoneOf(profile), now),
        };
    }
}
