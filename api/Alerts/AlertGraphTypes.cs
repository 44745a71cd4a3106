using GraphQL.Types;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Alerts;

public sealed class SavedSearchInput
{
    public string Name { get; set; } = "";
    public RoleFilter? Filter { get; set; }
    public AlertFrequency Frequency { get; set; }
}

public sealed class MatchAlertInput
{
    public double MinScore { get; set; }
    public AlertFrequency Frequency { get; set; }
}

public sealed class SavedSearchInputType : InputObjectGraphType<SavedSearchInput>
{
    public SavedSearchInputType()
    {
        Name = "SavedSearchInput";
        Field(i => i.Name);
        Field<RoleFilterType>("filter").Description("The same filter as `roles`; new roles it lists are sent.");
        Field<NonNullGraphType<AlertFrequencyType>>("frequency");
    }
}

public sealed class MatchAlertInputType : InputObjectGraphType<MatchAlertInput>
{
    public MatchAlertInputType()
    {
        Name = "MatchAlertInput";
        Field(i => i.MinScore).Description("The lowest fit score (0 to 1, as `matches` scores) worth an alert.");
        Field<NonNullGraphType<AlertFrequencyType>>("frequency");
    }
}

/// <summary>A saved search or a match alert, as its owner sees it.</summary>
public sealed class SavedSearchType : ObjectGraphType<Alert>
{
    public SavedSearchType()
    {
        Name = "SavedSearch";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(a => a.Name);
        Field<NonNullGraphType<AlertFrequencyType>>("frequency").Resolve(c => c.Source.Frequency);
        Field(a => a.CreatedAt);
        Field(a => a.LastSentAt, nullable: true).Description("When the last alert mail for it was queued.");
        Field(a => a.NextDigestAt, nullable: true).Description("When the next digest is due (08:00 in your zone); null for INSTANT.");
    }
}

public sealed class MatchAlertType : ObjectGraphType<Alert>
{
    public MatchAlertType()
    {
        Name = "MatchAlert";
        Field(a => a.MinScore, nullable: true);
        Field<NonNullGraphType<AlertFrequencyType>>("frequency").Resolve(c => c.Source.Frequency);
        Field(a => a.LastSentAt, nullable: true);
        Field(a => a.NextDigestAt, nullable: true);
    }
}

public sealed class SavedSearchPayloadType() : PayloadType<Alert, SavedSearchType>("SavedSearchPayload", "savedSearch");
