using GraphQL.Types;
using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;

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
    }
}

public sealed class RegisterCoopPayloadType() : PayloadType<Coop, CoopType>(
    "RegisterCoopPayload", "coop", "apiKey", "The co-op's API key: shown this once, stored only as a hash. Send it as Authorization: Bearer <apiKey>.");

/// <summary>Registration: a new co-op gets its API key once; a member on the register claims its entry and is verified.</summary>
public sealed class CoopRegistration(IDocumentSession session, TimeProvider clock)
{
    public async Task<Payload<Coop>> RegisterAsync(RegisterCoopInput input, CancellationToken cancellationToken)
    {
        var check = new Validation();
        var coop = CoopProfile.Apply(check, input, new Coop());
        if (!check.IsValid)
        {
            return Payload<Coop>.Fail(check.Errors);
        }
        var listed = await session.Query<Coop>().FirstOrDefaultAsync(c => c.Domain == coop.Domain, cancellationToken);
        if (listed is { ApiKeyHash.Length: > 0 })
        {
            return Payload<Coop>.Fail("input.website", "ALREADY_REGISTERED",
                $"{coop.Domain} is already registered. Its current key holder can rotate the key, or the administrator can help.");
        }
        var now = clock.GetUtcNow();
        if (listed is not null)
        {
            // A member on the network's register claims its imported entry: verified at once.
            CoopProfile.Apply(check, input, listed);
            coop = listed;
            coop.Verified = true;
            coop.VerifiedAt ??= now;
        }
        else
        {
            coop.Id = Guid.NewGuid();
            coop.Slug = await UniqueSlugAsync(Slugs.From(coop.Name), cancellationToken);
            coop.CreatedAt = now;
        }
        var apiKey = Secrets.New("rbk");
        coop.ApiKeyHash = Secrets.Hash(apiKey);
        coop.UpdatedAt = now;
        session.Store(coop);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Coop>.Ok(coop, apiKey);
    }

    private async Task<string> UniqueSlugAsync(string slug, CancellationToken cancellationToken)
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
