namespace RolesBoard.Api.Roles;

/// <summary>What closing a role changes, whoever closes it (its co-op, the expiry job).</summary>
public static class RoleClosing
{
    public static void Close(Role role, DateTimeOffset at)
    {
        role.Status = RoleStatus.Closed;
        role.ClosedAt = at;
        role.UpdatedAt = at;
    }
}
