using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;

namespace RolesBoard.Api.Profiles;

/// <summary>Everything held about a seeker, as one JSON document (the right of access, GDPR article 15).</summary>
public sealed class ProfileExporter(IQuerySession session, ProfileAccess access, IEnumerable<IPersonalData> holders, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<ProfileExport> ExportAsync(Guid id, CancellationToken cancellationToken)
    {
        var profile = await access.OwnOrThrowAsync(id, "exportProfile", cancellationToken);
        var document = new JsonObject { ["exportedAt"] = clock.GetUtcNow() };
        var held = JsonSerializer.SerializeToNode(profile, Json)!.AsObject();
        // The token itself was never stored; say what is, rather than hand out the hash.
        held["tokenHash"] = "held only as a SHA-256 hash of your token";
        document["profile"] = held;
        foreach (var holder in holders)
        {
            document[holder.Section] = await holder.ExportAsync(session, id, cancellationToken);
        }
        return new ProfileExport(profile, document.ToJsonString(Json));
    }
}

public sealed record ProfileExport(Profile Profile, string Json);
