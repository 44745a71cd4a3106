using Marten;
using Marten.Services;
using Microsoft.AspNetCore.OutputCaching;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Feeds;

/// <summary>
/// Drops every cached listing when a role or co-op is written, whoever writes it (posting, closing, the
/// scrapers' ingestion): a committed change shows in the feeds at once, not after the cache expires.
/// Listening on Marten's commits keeps the feature that writes ignorant of the caches that read.
/// The cache is per process, so with several replicas the short expiry bounds staleness elsewhere.
/// </summary>
public sealed class FeedCacheEviction(IOutputCacheStore cache) : DocumentSessionListenerBase
{
    public const string Tag = "role-listings";

    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var touched = commit.Inserted.Concat(commit.Updated).Any(d => d is Role or Coop) || commit.Deleted.Any();
        if (touched)
        {
            await cache.EvictByTagAsync(Tag, token);
        }
    }
}
