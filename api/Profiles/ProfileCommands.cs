using JasperFx;
using Marten;
using Marten.Exceptions;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Profiles;

/// <summary>Seekers create, replace and erase their own profile.</summary>
public sealed class ProfileCommands(IDocumentStore store, IDocumentSession session, ProfileAccess access, IEnumerable<IPersonalData> holders, IEnumerable<IProfileChanges> listeners, TimeProvider clock)
{
    public async Task<Payload<Profile>> CreateAsync(ProfileInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var keyCheck = new Validation();
        var key = IdempotencyKeys.Check(keyCheck, "input.idempotencyKey", input.IdempotencyKey);
        // With a key, the id and token are derived from it: a retry after a lost answer finds the first profile and
        // gets its token again, instead of leaving an orphan holding personal data that nobody can erase.
        var profile = new Profile { Id = key is null ? Guid.NewGuid() : IdempotencyKeys.Id("profile", key), CreatedAt = now };
        var token = key is null ? Secrets.New("rbp") : IdempotencyKeys.Secret("rbp", "profile", key);
        var check = ProfileInputValidator.Apply(input, profile, now);
        if (!check.IsValid || !keyCheck.IsValid)
        {
            return Payload<Profile>.Fail([.. keyCheck.Errors, .. check.Errors]);
        }
        if (key is not null && await EarlierAsync(profile.Id, token, cancellationToken) is { } earlier)
        {
            return Payload<Profile>.Ok(earlier, token);
        }
        profile.TokenHash = Secrets.Hash(token);
        session.Insert(profile);
        await NotifyAsync(profile, null, cancellationToken);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (key is not null && DatabaseFaults.IsUniqueViolation(e))
        {
            // The same key raced itself: the first insert won, and this answer is the same as its.
            return await EarlierAsync(profile.Id, token, cancellationToken) is { } raced
                ? Payload<Profile>.Ok(raced, token)
                : Payload<Profile>.Fail("input.idempotencyKey", "CONFLICT", "That idempotencyKey was used for another profile.");
        }
        return Payload<Profile>.Ok(profile, token);
    }

    private async Task<Profile?> EarlierAsync(Guid id, string token, CancellationToken cancellationToken)
    {
        await using var reader = store.QuerySession();
        var earlier = await reader.LoadAsync<Profile>(id, cancellationToken);
        return earlier is not null && Secrets.MatchesHash(token, earlier.TokenHash) ? earlier : null;
    }

    public async Task<Payload<Profile>> UpdateAsync(Guid id, ProfileInput input, CancellationToken cancellationToken)
    {
        var owned = await access.OwnAsync(id, "updateProfile", cancellationToken);
        if (owned.Profile is not { } profile)
        {
            return Payload<Profile>.Fail([owned.Error!]);
        }
        var previousEmail = profile.Email;
        var check = ProfileInputValidator.Apply(input, profile, clock.GetUtcNow());
        if (!check.IsValid)
        {
            return Payload<Profile>.Fail(check.Errors);
        }
        // Update, not Store (an upsert would bring back a profile erased since we read it), with optimistic
        // concurrency: the version read above must still be the stored one, so an erasure wins any race, as does a
        // newer update. (UpdateExpectedVersion upserts too: it resurrected an erased profile in a test.)
        session.Update(profile);
        await NotifyAsync(profile, previousEmail, cancellationToken);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is ConcurrencyException or NonExistentDocumentException)
        {
            return Payload<Profile>.Fail("id", "CONFLICT", "The profile changed or was deleted while this update ran; read it again and retry.");
        }
        return Payload<Profile>.Ok(profile);
    }

    /// <summary>
    /// Erases the profile and everything derived from it, in one transaction. HardDelete, never Marten's soft
    /// delete: a soft-deleted row would keep the name and e-mail in the table.
    /// </summary>
    public async Task<Payload<DeletedProfile>> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var owned = await access.OwnAsync(id, "deleteProfile", cancellationToken);
        if (owned.Profile is null)
        {
            return Payload<DeletedProfile>.Fail([owned.Error!]);
        }
        foreach (var holder in holders)
        {
            holder.Erase(session, id);
        }
        session.HardDelete<Profile>(id);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<DeletedProfile>.Ok(new DeletedProfile(id));
    }

    private async Task NotifyAsync(Profile profile, string? previousEmail, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.OnSavingAsync(session, profile, previousEmail, cancellationToken);
        }
    }
}

public sealed record DeletedProfile(Guid Id);
