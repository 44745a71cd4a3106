using GraphQL.Types;
using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Coops;

public sealed class RegisterCoopInput
{
    public string Name { get; set; } = "";
    public string Website { get; set; } = "";
    public string? CareersUrl { get; set; }
    public string? Description { get; set; }
    public string? Location { get; set; }
    public string? Country { get; set; }
    public string? Network { get; set; }
    public Ownership? Ownership { get; set; }
    public int? MembershipAfterMonths { get; set; }
    public string? MembershipTrack { get; set; }
    public bool? FlatPay { get; set; }
    public double? PayRatio { get; set; }
    public double? HoursPerWeek { get; set; }
    public string? IdempotencyKey { get; set; }
}

public sealed class RegisterCoopInputType : InputObjectGraphType<RegisterCoopInput>
{
    public RegisterCoopInputType()
    {
        Name = "RegisterCoopInput";
        Field(i => i.Name);
        Field(i => i.Website).Description("An http(s) URL; a website on the network's register is verified at once.");
        Field(i => i.CareersUrl, nullable: true).Description("Where your roles are listed (a page, feed or ATS board); found automatically when absent.");
        Field(i => i.Description, nullable: true);
        Field(i => i.Location, nullable: true);
        Field(i => i.Country, nullable: true).Description("ISO 3166 code.");
        Field(i => i.Network, nullable: true).Description("e.g. CoTech, Worker Co-op Federation, FACTTIC.");
        Field<OwnershipType>("ownership");
        Field(i => i.MembershipAfterMonths, nullable: true);
        Field(i => i.MembershipTrack, nullable: true);
        Field(i => i.FlatPay, nullable: true);
        Field(i => i.PayRatio, nullable: true);
        Field(i => i.HoursPerWeek, nullable: true);
        Field(i => i.IdempotencyKey, nullable: true).Description(IdempotencyKeys.Description);
    }
}

public sealed class RegisterCoopPayloadType : PayloadType<Coop, CoopType>
{
    public RegisterCoopPayloadType()
        : base("RegisterCoopPayload", "coop", "apiKey",
            "The co-op's API key: shown this once, stored only as a hash. It acts once the domain is proved (checkCoopDomain) or the administrator verifies the co-op.")
    {
        Field<StringGraphType>("domainVerificationToken")
            .Description($"Publish this line at https://<your domain>{DomainProof.WellKnownPath}, then call checkCoopDomain with the key.")
            .Resolve(c => c.Source.Secret is { } key ? DomainProof.TokenFor(key) : null);
    }
}

/// <summary>
/// Registration: the new co-op (or a member on the register claiming its entry) gets a key that acts for nobody until
/// the registration proves it controls the domain (<see cref="DomainProof"/>) or the administrator verifies it.
/// </summary>
public sealed class CoopRegistration(IDocumentStore store, TimeProvider clock)
{
    public async Task<Payload<Coop>> RegisterAsync(RegisterCoopInput input, CancellationToken cancellationToken)
    {
        var check = new Validation();
        var coop = CoopProfile.Apply(check, input, new Coop());
        var idempotencyKey = IdempotencyKeys.Check(check, "input.idempotencyKey", input.IdempotencyKey);
        if (!check.IsValid)
        {
            return Payload<Coop>.Fail(check.Errors);
        }
        // With an idempotency key the API key is derived from it, so a retry after a lost answer gets the same key back.
        var apiKey = idempotencyKey is null ? Secrets.New("rbk") : IdempotencyKeys.Secret("rbk", "coop", idempotencyKey);
        try
        {
            return await ClaimAsync(input, coop, apiKey, cancellationToken);
        }
        catch (Exception e) when (DatabaseFaults.IsUniqueViolation(e))
        {
            // Two registrations raced for one domain: the unique index let one in. Its retry (same key) is answered
            // as the first; any other registration sees the domain taken like a later one would.
            return await ClaimAsync(input, coop, apiKey, cancellationToken);
        }
    }

    private async Task<Payload<Coop>> ClaimAsync(RegisterCoopInput input, Coop coop, string apiKey, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var hash = Secrets.Hash(apiKey);
        var listed = await session.Query<Coop>().FirstOrDefaultAsync(c => c.Domain == coop.Domain, cancellationToken);
        if (listed is not null && (listed.ApiKeyHash == hash || listed.PendingKeyHash == hash))
        {
            return Payload<Coop>.Ok(listed, apiKey);
        }
        if (listed is { ApiKeyHash.Length: > 0 })
        {
            return Payload<Coop>.Fail("input.website", "ALREADY_REGISTERED",
                $"{coop.Domain} is already registered. Its current key holder can rotate the key, or the administrator can help.");
        }
        var now = clock.GetUtcNow();
        if (listed is not null)
        {
            // A member on the register (or an earlier claim nobody proved) is claimed again: the newest claim waits for proof.
            CoopProfile.Apply(new Validation(), input, listed);
            coop = listed;
        }
        else
        {
            coop.Id = Guid.NewGuid();
            coop.Slug = await UniqueSlugAsync(session, Slugs.From(coop.Name), cancellationToken);
            coop.CreatedAt = now;
        }
        coop.PendingKeyHash = hash;
        coop.UpdatedAt = now;
        session.Store(coop);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Coop>.Ok(coop, apiKey);
    }

    private static async Task<string> UniqueSlugAsync(IQuerySession session, string slug, CancellationToken cancellationToken)
    {
        var taken = await session.Query<Coop>().Where(c => c.Slug == slug || c.Slug.StartsWith(slug + "-")).Select(c => c.Slug).ToListAsync(cancellationToken);
        if (!taken.Contains(slug))
        {
            return slug;
        }
        var n = 2;
        while (taken.Contains($"{slug}-{n}"))
        {
            n++;
        }
        return $"{slug}-{n}";
    }
}
