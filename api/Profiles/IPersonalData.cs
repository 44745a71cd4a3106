using System.Text.Json.Nodes;
using Marten;

namespace RolesBoard.Api.Profiles;

/// <summary>
/// Data another feature holds about a seeker (introduction requests, and whatever comes next). Export and erasure
/// go through every registered holder, so a new feature cannot be forgotten by exportProfile or deleteProfile.
/// </summary>
public interface IPersonalData
{
    /// <summary>The section name in an export, e.g. "introductionRequests".</summary>
    string Section { get; }

    Task<JsonNode> ExportAsync(IQuerySession session, Guid profileId, CancellationToken cancellationToken);

    /// <summary>Queues the hard deletion of everything held about the profile; the caller saves the session.</summary>
    void Erase(IDocumentSession session, Guid profileId);
}
