using Marten;
using Marten.Services;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// Follows this process's commits into the index as they happen, whichever feature wrote them (posting, closing,
/// ingestion, profile edits, erasure), so a seeker sees a new role in their next query.
/// </summary>
internal sealed class MatchIndexListener(MatchIndex index) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var document in commit.Inserted.Concat(commit.Updated))
        {
            switch (document)
            {
                case Role role:
                    index.Put(RoleFacts.From(role));
                    break;
                case Profile profile:
                    index.Put(SeekerFacts.From(profile));
                    break;
                case Coop coop:
                    index.Put(coop.Id, CoopTerms.From(coop));
                    break;
            }
        }
        foreach (var deletion in commit.Deleted)
        {
            if (deletion.Id is Guid id)
            {
                // A deleted id is removed from both sides; ids are unique across documents.
                index.RemoveRole(id);
                index.RemoveProfile(id);
            }
        }
        return Task.CompletedTask;
    }
}
