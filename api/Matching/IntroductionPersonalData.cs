using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Matching;

/// <summary>Introduction requests are data about the seeker: exported with the profile, erased with it.</summary>
public sealed class IntroductionPersonalData : IPersonalData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Section => "introductionRequests";

    public async Task<JsonNode> ExportAsync(IQuerySession session, Guid profileId, CancellationToken cancellationToken)
    {
        var requests = await session.Query<Introduction>().Where(i => i.ProfileId == profileId).ToListAsync(cancellationToken);
        return JsonSerializer.SerializeToNode(requests, Json)!;
    }

    public void Erase(IDocumentSession session, Guid profileId) => session.HardDeleteWhere<Introduction>(i => i.ProfileId == profileId);
}
