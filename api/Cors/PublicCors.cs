namespace RolesBoard.Api.Cors;

/// <summary>
/// Cross-origin access: every public read is open to any origin, and nothing that needs a secret is.
/// No policy allows credentials, so browsers never attach cookies (we have none anyway). The GraphQL policy
/// allows only the Content-Type header: a cross-origin request carrying <c>Authorization</c> fails its
/// preflight, so a co-op's or a profile owner's bearer key cannot be used from another site's page. Keys
/// belong on servers, where CORS does not apply; browsers on other origins get the public queries and
/// the key-less mutations (registerCoop, createProfile), which any HTTP client can send anyway.
/// </summary>
public static class PublicCors
{
    /// <summary>Feeds, role pages and their JSON, the widget: GET and HEAD from anywhere.</summary>
    public const string PublicRead = "public-read";

    /// <summary>GraphQL: GET and POST from anywhere, without the Authorization header.</summary>
    public const string PublicGraphQL = "public-graphql";

    public static IServiceCollection AddPublicCors(this IServiceCollection services) =>
        services.AddCors(options =>
        {
            options.AddPolicy(PublicRead, policy => policy.AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Head)
                .WithExposedHeaders("ETag", "Last-Modified"));
            options.AddPolicy(PublicGraphQL, policy => policy.AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept")
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
        });
}
