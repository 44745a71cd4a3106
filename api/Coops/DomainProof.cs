using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;
using RolesBoard.Scrapers.Fetching;

namespace RolesBoard.Api.Coops;

/// <summary>
/// Proof that a registration controls its co-op's domain: the token derived from its key, published at
/// https://&lt;domain&gt;/.well-known/rolesboard-verification.txt and fetched through the SSRF-guarded fetcher. Proved,
/// the pending key becomes the co-op's key: a member on the network's register can then post, anyone else still waits
/// for the administrator's verification (which also accepts a pending key without this proof: the override).
/// </summary>
public sealed class DomainProof(IDocumentSession session, Caller caller, PoliteFetcher fetcher, IConfiguration configuration, TimeProvider clock)
{
    public const string WellKnownPath = "/.well-known/rolesboard-verification.txt";

    /// <summary>What the co-op publishes: derived from its key, so only the holder of that claim's key can know it.</summary>
    public static string TokenFor(string apiKey) => "rolesboard-verification=" + Secrets.Hash("domain-proof:" + apiKey)[..40];

    /// <summary>Where the token is read. Tests serve it over plain HTTP on loopback ("http://{authority}...").</summary>
    public Uri ProofUrl(Coop coop)
    {
        var template = configuration["Coops:DomainProofUrl"] ?? "https://{domain}" + WellKnownPath;
        var authority = Uri.TryCreate(coop.Website, UriKind.Absolute, out var site) ? site.Authority : coop.Domain;
        return new Uri(template.Replace("{domain}", coop.Domain, StringComparison.Ordinal).Replace("{authority}", authority, StringComparison.Ordinal));
    }

    public async Task<Payload<Coop>> CheckAsync(Guid id, CancellationToken cancellationToken)
    {
        var coop = id == Guid.Empty ? null : await session.LoadAsync<Coop>(id, cancellationToken);
        var key = caller.Secret;
        if (key is null)
        {
            return Payload<Coop>.Unauthenticated("checkCoopDomain");
        }
        if (coop is null)
        {
            return Payload<Coop>.Fail("id", "NOT_FOUND", "No co-op has that id.");
        }
        if (Secrets.MatchesHash(key, coop.ApiKeyHash))
        {
            return Payload<Coop>.Ok(coop); // already proved (or verified by the administrator)
        }
        if (!Secrets.MatchesHash(key, coop.PendingKeyHash))
        {
            return Payload<Coop>.Forbidden("Only the key given at registration can prove this co-op's domain.");
        }
        var url = ProofUrl(coop);
        var fetched = await fetcher.FetchAsync(url, ct: cancellationToken);
        var token = TokenFor(key);
        if (!fetched.IsOk || !fetched.Text.Split('\n').Any(line => line.Trim() == token))
        {
            var why = fetched.IsOk ? "it does not contain the token" : fetched.Error ?? "it could not be fetched";
            return Payload<Coop>.Fail("id", "DOMAIN_NOT_PROVED", $"Publish {token} at {url}, then ask again ({why}).");
        }
        coop.ApiKeyHash = coop.PendingKeyHash;
        coop.PendingKeyHash = "";
        coop.DomainProvedAt = clock.GetUtcNow();
        coop.UpdatedAt = coop.DomainProvedAt.Value;
        session.Store(coop);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Coop>.Ok(coop);
    }
}
