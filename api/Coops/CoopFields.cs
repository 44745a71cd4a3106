using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Coops;

public sealed class CoopPayloadType() : PayloadType<Coop, CoopType>("CoopPayload", "coop");

public sealed class RotateCoopKeyPayloadType() : PayloadType<Coop, CoopType>(
    "RotateCoopKeyPayload", "coop", "apiKey", "The new API key, shown this once; the old key stops working now.");

public static class CoopFields
{
    public static void AddCoopQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CoopConnectionType>>("coops")
            .Description("Member co-ops by name.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .Argument<StringGraphType>("network", "Only members of this network, e.g. CoTech.")
            .Argument<BooleanGraphType>("verified")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CoopDirectory>().ListAsync(
                PageSize.Check(c.GetArgument<int?>("first")), c.GetArgument<string?>("after"), c.GetArgument<string?>("network"),
                c.GetArgument<bool?>("verified"), c.CancellationToken));
        query.Field<CoopType>("coop")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CoopDirectory>().BySlugAsync(c.GetArgument<string>("slug"), c.CancellationToken));
    }

    public static void AddCoopMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterCoopPayloadType>>("registerCoop")
            .Argument<NonNullGraphType<RegisterCoopInputType>>("input")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CoopRegistration>().RegisterAsync(c.GetArgument<RegisterCoopInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<CoopPayloadType>>("verifyCoop")
            .Description("The network administrator's key.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Administration(c).VerifyAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<CoopPayloadType>>("checkCoopDomain")
            .Description("Prove the registration controls the co-op's domain: the key given at registration, after publishing domainVerificationToken.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<DomainProof>().CheckAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<CoopPayloadType>>("unverifyCoop")
            .Description("Take a co-op's verification back and close its open roles (the administrator's key).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Administration(c).UnverifyAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<RotateCoopKeyPayloadType>>("rotateCoopKey")
            .Description("The co-op's current key or the administrator's.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Administration(c).RotateKeyAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<CoopPayloadType>>("setCareersUrls")
            .Description("Override where the board collects a co-op's roles (the co-op's key or the administrator's).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("urls")
            .ResolveAsync(async c => await Administration(c).SetCareersUrlsAsync(Ids.From(c), c.GetArgument<List<string>>("urls"), c.CancellationToken));
    }

    private static CoopAdministration Administration(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CoopAdministration>();
}
