using Marten;

namespace RolesBoard.Api.Roles;

/// <summary>
/// Before any session that writes roles commits, compares each written role with what the database holds and adds a
/// <see cref="RoleChange"/> to the same session: so the change and its record commit together or not at all. A
/// scrape that only re-confirms a role (LastSeenAt) records nothing.
/// </summary>
internal sealed class RoleChangeRecorder(IReadOnlyList<RoleChangeConsumer> consumers, TimeProvider clock) : DocumentSessionListenerBase
{
    /// <summary>Records each role write's change for these consumers; the API's store is set up with it, and so is the bench's ingestion.</summary>
    public static void Configure(StoreOptions options, IReadOnlyList<RoleChangeConsumer> consumers, TimeProvider clock)
    {
        options.Listeners.Add(new RoleChangeRecorder(consumers, clock));
        options.Schema.For<RoleChange>().Duplicate(c => c.Consumer).Duplicate(c => c.RecordedAt);
    }

    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var written = session.PendingChanges.AllChangedFor<Role>().ToList();
        if (written.Count == 0 || consumers.Count == 0)
        {
            return;
        }
        // An inserted role was not in the database (if it were, the insert would fail the whole commit): only roles
        // stored over an existing one are read, so a scrape that only creates roles costs no extra round trip.
        var inserted = session.PendingChanges.InsertsFor<Role>().Select(r => r.Id).ToHashSet();
        var stored = written.Where(r => !inserted.Contains(r.Id)).Select(r => r.Id).ToList();
        var before = stored.Count == 0 ? [] : (await session.LoadManyAsync<Role>(token, stored)).ToDictionary(r => r.Id);
        var now = clock.GetUtcNow();
        foreach (var role in written)
        {
            var kind = Classify(before.GetValueOrDefault(role.Id), role, now);
            if (kind is not { } change)
            {
                continue;
            }
            foreach (var consumer in consumers)
            {
                session.Store(new RoleChange { Id = Guid.CreateVersion7(now), RoleId = role.Id, Kind = change, RecordedAt = now, Consumer = consumer.Name });
            }
        }
    }

    private static RoleChangeKind? Classify(Role? before, Role after, DateTimeOffset now)
    {
        var wasOpen = before?.IsOpenAt(now) ?? false;
        var isOpen = after.IsOpenAt(now);
        if (isOpen && !wasOpen)
        {
            return RoleChangeKind.Opened;
        }
        // A role past its validThrough is no longer open, but its close is announced when it is closed (by the expiry
        // job or its co-op): expiry alone writes nothing, so this is the one moment to record it.
        if (!isOpen && (wasOpen || (before?.Status == RoleStatus.Open && after.Status == RoleStatus.Closed)))
        {
            return RoleChangeKind.Closed;
        }
        return isOpen && before is not null && Visible(before) != Visible(after) ? RoleChangeKind.Updated : null;
    }

    /// <summary>What a reader of the role sees; a change to anything else (bookkeeping) is no update.</summary>
    private static string Visible(Role role) => System.Text.Json.JsonSerializer.Serialize(new
    {
        role.Title, role.DescriptionText, role.Skills, role.Location, role.Country, role.Remote, role.RemoteRegions,
        role.EmploymentType, role.Salary, role.ApplyUrl, role.ValidThrough,
    });
}
