using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Profiles;

/// <summary>Seekers create, replace and erase their own profile.</summary>
public sealed class ProfileCommands(IDocumentSession session, ProfileAccess access, IEnumerable<IPersonalData> holders, IEnumerable<IProfileChanges> listeners, TimeProvider clock)
{
    public async Task<Payload<Profile>> CreateAsync(ProfileInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var profile = new Profile { Id = Guid.NewGuid(), CreatedAt = now };
        var check = ProfileInputValidator.Apply(input, profile, now);
        if (!check.IsValid)
        {
            return Payload<Profile>.Fail(check.Errors);
        }
        var token = Secrets.New("rbp");
        profile.TokenHash = Secrets.Hash(token);
        session.Insert(profile);
        await NotifyAsync(profile, null, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Profile>.Ok(profile, token);
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
        session.Store(profile);
        await NotifyAsync(profile, previousEmail, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
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
