using GraphQL.Types;
using RolesBoard.Api.Alerts;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Founders;
using RolesBoard.Api.Ingestion;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Stats;
using RolesBoard.Api.Webhooks;

namespace RolesBoard.Api.GraphQL;

/// <summary>The root mutation: each feature adds its own fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddCoopMutations();
        this.AddRoleMutations();
        this.AddIngestionMutations();
        this.AddProfileMutations();
        this.AddMatchingMutations();
        this.AddStatsMutations();
        this.AddAlertMutations();
        this.AddWebhookMutations();
        this.AddFoundersMutations();
    }
}
