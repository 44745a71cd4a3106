using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Profiles;

public static class ProfileFields
{
    public static void AddProfileQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ProfileType>>("profile")
            .Description("Your profile (its token).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get<ProfileAccess>(c).OwnOrThrowAsync(Ids.From(c), "profile", c.CancellationToken));
        query.Field<NonNullGraphType<ProfileExportType>>("exportProfile")
            .Description("Everything held about you, as JSON (the profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get<ProfileExporter>(c).ExportAsync(Ids.From(c), c.CancellationToken));
    }

    public static void AddProfileMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateProfilePayloadType>>("createProfile")
            .Description("Create a private profile; the payload's token (shown once) is how you act on it later.")
            .Argument<NonNullGraphType<ProfileInputType>>("input")
            .ResolveAsync(async c => await Get<ProfileCommands>(c).CreateAsync(c.GetArgument<ProfileInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ProfilePayloadType>>("updateProfile")
            .Description("Replace your profile (its token).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ProfileInputType>>("input")
            .ResolveAsync(async c => await Get<ProfileCommands>(c).UpdateAsync(Ids.From(c), c.GetArgument<ProfileInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<DeleteProfilePayloadType>>("deleteProfile")
            .Description("Erase your profile and everything derived from it (its token). There is no undo.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get<ProfileCommands>(c).DeleteAsync(Ids.From(c), c.CancellationToken));
    }

    private static T Get<T>(IResolveFieldContext context) where T : notnull => context.RequestServices!.GetRequiredService<T>();
}
