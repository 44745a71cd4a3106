using GraphQL;
using GraphQL.Types;
using Marten;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Alerts;

public static class AlertFields
{
    public static void AddAlertQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SavedSearchType>>>>("savedSearches")
            .Description("Your saved searches (the profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId")
            .ResolveAsync(async c => await Get<AlertCommands>(c).SavedSearchesAsync(Ids.From(c, "profileId"), c.CancellationToken));
        query.Field<MatchAlertType>("matchAlert")
            .Description("Your match alert, or null when it is off (the profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId")
            .ResolveAsync(async c => await Get<AlertCommands>(c).MatchAlertAsync(Ids.From(c, "profileId"), c.CancellationToken));
    }

    public static void AddAlertMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SavedSearchPayloadType>>("saveSearch")
            .Description("Save a search; new roles it lists are mailed INSTANT, DAILY or WEEKLY (the profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId")
            .Argument<NonNullGraphType<SavedSearchInputType>>("input")
            .ResolveAsync(async c => await Get<AlertCommands>(c).SaveSearchAsync(Ids.From(c, "profileId"), c.GetArgument<SavedSearchInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<DeletePayloadType>>("deleteSavedSearch")
            .Description("Delete a saved search (its profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get<AlertCommands>(c).DeleteSavedSearchAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<ProfilePayloadType>>("setMatchAlert")
            .Description("Mail roles that fit your profile at least this well; a null input turns it off (the profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId")
            .Argument<MatchAlertInputType>("input")
            .ResolveAsync(async c => await Get<AlertCommands>(c).SetMatchAlertAsync(Ids.From(c, "profileId"), c.GetArgument<MatchAlertInput?>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ProfilePayloadType>>("resendConfirmation")
            .Description("Mail the address confirmation link again: at most one every 15 minutes and 5 a day (the profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId")
            .ResolveAsync(async c => await ResendAsync(c));
    }

    private static async Task<Payload<Profile>> ResendAsync(IResolveFieldContext c)
    {
        var owned = await Get<ProfileAccess>(c).OwnAsync(Ids.From(c, "profileId"), "resendConfirmation", c.CancellationToken);
        if (owned.Profile is not { } profile)
        {
            return Payload<Profile>.Fail([owned.Error!]);
        }
        var error = await Get<EmailConfirmations>(c).ResendAsync(Get<IDocumentSession>(c), profile, c.CancellationToken);
        return error is null ? Payload<Profile>.Ok(profile) : Payload<Profile>.Fail([error]);
    }

    private static T Get<T>(IResolveFieldContext context) where T : notnull => context.RequestServices!.GetRequiredService<T>();
}
