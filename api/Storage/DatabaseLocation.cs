namespace RolesBoard.Api.Storage;

/// <summary>
/// Where the database is (the resolved connection string, embedded or configured) and the schema our tables live
/// in, for the few parts that talk to PostgreSQL beside Marten (the Quartz job store).
/// </summary>
public sealed record DatabaseLocation(string ConnectionString, string Schema);
