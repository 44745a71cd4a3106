using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace RolesBoard.Tests.Stats;

/// <summary>The contract's names for the movement in numbers, exactly.</summary>
[Collection(nameof(StatsCollection))]
public sealed class MovementStatsContractTests(StatsApp app)
{
    [Theory]
    [InlineData("movementStats(from: Date, to: Date, country: String, network: String): MovementStats!")]
    [InlineData("type MovementStats {\n  openRoles: Int!\n  coops: Int!\n  verifiedCoops: Int!\n  rolesStatingPay: Int!\n  weeks: [WeekStats!]!\n  topSkills(first: Int): [SkillCount!]!")]
    [InlineData("type WeekStats {\n  weekStart: Date!\n  rolesOpened: Int!\n  rolesClosed: Int!")]
    [InlineData("type SkillCount {\n  skill: String!\n  count: Int!\n}")]
    public void TheSchemaHasTheContractsStatsTypes(string expected)
    {
        var printed = app.Services.GetRequiredService<ISchema>().Print(new() { IncludeDescriptions = false }).ReplaceLineEndings("\n");
        Assert.Contains(expected, printed);
    }
}
