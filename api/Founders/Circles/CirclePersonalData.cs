using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Founders.Circles;

/// <summary>Circle membership and introductions (either side) are data about the seeker: exported and erased with the profile.</summary>
public sealed class CirclePersonalData : IPersonalData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Section => "foundingCircle";

    public async Task<JsonNode> ExportAsync(IQuerySession session, Guid profileId, CancellationToken cancellationToken)
    {
        var membership = await session.Query<CircleMember>().Where(m => m.ProfileId == profileId).ToListAsync(cancellationToken);
        var introductions = await session.Query<CircleIntroduction>().Where(i => i.FromProfileId == profileId || i.ToProfileId == profileId).ToListAsync(cancellationToken);
        return new JsonObject
        {
            ["membership"] = JsonSerializer.SerializeToNode(membership, Json),
            ["introductions"] = JsonSerializer.SerializeToNode(introductions, Json),
        };
    }

    public void Erase(IDocumentSession session, Guid profileId)
    {
        session.HardDeleteWhere<CircleMember>(m => m.ProfileId == profileId);
        session.HardDeleteWhere<CircleIntroduction>(i => i.FromProfileId == profileId || i.ToProfileId == profileId);
    }
}
