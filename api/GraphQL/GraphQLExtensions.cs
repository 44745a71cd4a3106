using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace RolesBoard.Api.GraphQL;

public static class GraphQLExtensions
{
    public static IServiceCollection AddRolesBoardGraphQL(this IServiceCollection services)
    {
        services.AddGraphQL(graphql => graphql
            .AddSchema<RolesBoardSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(RolesBoardSchema).Assembly)
            // One Marten query session serves a request; it is not thread-safe, so query fields run one at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false)
            .ConfigureExecutionOptions(options =>
            {
                // Clients see a generic message; the details go to the log.
                var logger = options.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("RolesBoard.GraphQL");
                options.UnhandledExceptionDelegate = context =>
                {
                    logger.LogError(context.OriginalException, "GraphQL resolver failed: {Path}", context.FieldContext?.Path);
                    return Task.CompletedTask;
                };
            }));
        return services;
    }
}
