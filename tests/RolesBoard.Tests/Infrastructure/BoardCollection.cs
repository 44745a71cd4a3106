namespace RolesBoard.Tests.Infrastructure;

/// <summary>One app host (and schema) shared by the API test classes; each test resets the data first.</summary>
[CollectionDefinition(nameof(BoardCollection))]
public sealed class BoardCollection : ICollectionFixture<RolesBoardApp>;
