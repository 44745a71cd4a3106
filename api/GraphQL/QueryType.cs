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

/// <summary>The root query: each feature adds its own fields, so this file is a table of contents.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddRoleQueries();
        this.AddCoopQueries();
        this.AddIngestionQueries();
        this.AddProfileQueries();
        this.AddMatchingQueries();
        this.AddStatsQueries();
        this.AddAlertQueries();
        this.AddWebhookQueries();
        this.AddFoundersQueries();
    }
}
