using GraphQL.Types;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.GraphQL;

/// <summary>
/// The public schema is a contract: any change to it shows up as a diff of schema.graphql in review.
/// Run with UPDATE_SCHEMA_SNAPSHOT=1 to accept a deliberate change.
/// </summary>
[Collection(nameof(BoardCollection))]
public sealed class SchemaSnapshotTests(RolesBoardApp app)
{
    [Fact]
    public void TheSchemaMatchesTheCommittedSnapshot()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        var printed = schema.Print(new() { IncludeDescriptions = false }).ReplaceLineEndings("\n").Trim() + "\n";
        var path = Path.Combine(SourceDirectory(), "GraphQL", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA_SNAPSHOT") == "1")
        {
            File.WriteAllText(path, printed);
        }
        Assert.True(File.Exists(path), $"No snapshot at {path}: run the tests once with UPDATE_SCHEMA_SNAPSHOT=1.");
        Assert.Equal(File.ReadAllText(path), printed);
    }

    [Theory]
    [InlineData("roles(filter: RoleFilter, first: Int, after: String): RoleConnection!")]
    [InlineData("role(id: ID!): Role")]
    [InlineData("coops(first: Int, after: String")]
    [InlineData("coop(slug: String!): Coop")]
    [InlineData("registerCoop(input: RegisterCoopInput!): RegisterCoopPayload!")]
    [InlineData("verifyCoop(id: ID!): CoopPayload!")]
    [InlineData("postRole(input: PostRoleInput!): RolePayload!")]
    [InlineData("updateRole(id: ID!, input: PostRoleInput!): RolePayload!")]
    [InlineData("closeRole(id: ID!): RolePayload!")]
    [InlineData("enum RemotePolicy {\n  REMOTE\n  HYBRID\n  ONSITE\n}")]
    [InlineData("enum EmploymentType {\n  FULL_TIME\n  PART_TIME\n  CONTRACTOR\n  TEMPORARY\n  INTERN\n  VOLUNTEER\n  OTHER\n}")]
    [InlineData("enum SalaryPeriod {\n  HOUR\n  DAY\n  WEEK\n  MONTH\n  YEAR\n}")]
    public void KeepsTheContractsNames(string fragment)
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        Assert.Contains(fragment, schema.Print(new() { IncludeDescriptions = false }).ReplaceLineEndings("\n"));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
