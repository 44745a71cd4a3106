namespace RolesBoard.Api.GraphQL;

/// <summary>
/// What one GraphQL request may cost. References: GraphQL Armor's defaults (15 aliases, 50 directives, cost 5,000,
/// 1,000 tokens) and OWASP's GraphQL cheat sheet. Sizes are capped first because validation itself costs CPU
/// in proportion to the document.
/// </summary>
public sealed class GraphQLLimits
{
    public int MaxBodyBytes { get; set; } = 100 * 1024;
    public int MaxQueryCharacters { get; set; } = 20_000;
    public int MaxTokens { get; set; } = 1_000;
    public int MaxAliases { get; set; } = 15;
    public int MaxDirectives { get; set; } = 50;
    /// <summary>Field nesting; the standard introspection query (GraphiQL's) needs 13.</summary>
    public int MaxDepth { get; set; } = 15;
    /// <summary>
    /// Fields counted with page sizes: a list field multiplies its children by its `first`. Introspection is costed
    /// one per field it can return, so its cost grows with the schema (GraphiQL's standard introspection query came to about
    /// 6,700, and to 10,700 once scraping rules, previews and drafts were added): the budget is 15,000.
    /// </summary>
    public int MaxComplexity { get; set; } = 15_000;
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public int MaxErrors { get; set; } = 20;
}
