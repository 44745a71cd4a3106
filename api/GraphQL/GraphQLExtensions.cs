using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.GraphQL;

public static class GraphQLExtensions
{
    public static IServiceCollection AddRolesBoardGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLLimits>(configuration.GetSection("GraphQL:Limits"));
        var limits = configuration.GetSection("GraphQL:Limits").Get<GraphQLLimits>() ?? new GraphQLLimits();
        services.AddSingleton<ValidatedDocuments>();
        services.AddGraphQL(graphql => graphql
            .AddSchema<RolesBoardSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(RolesBoardSchema).Assembly)
            // One Marten query session serves a request; it is not thread-safe, so query fields run one at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                // Introspection stays on and is costed: its lists count once on a path and like other lists when
                // they nest inside themselves (IntrospectionCost).
                var standard = complexity.DefaultComplexityImpactDelegate;
                complexity.DefaultComplexityImpactDelegate = context =>
                    IntrospectionCost.IsIntrospection(context) ? IntrospectionCost.Of(context) : standard(context);
            })
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false)
            .ConfigureExecutionOptions(options =>
            {
                // Clients see a generic message (or the outage error); the details go to the log.
                var logger = options.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("RolesBoard.GraphQL");
                options.UnhandledExceptionDelegate = context =>
                {
                    if (DatabaseFaults.IsUnavailable(context.OriginalException))
                    {
                        logger.LogWarning(context.OriginalException, "Database unavailable at {Path}", context.FieldContext?.Path);
                        context.Exception = new DatabaseUnavailableError();
                    }
                    else
                    {
                        logger.LogError(context.OriginalException, "GraphQL resolver failed at {Path}", context.FieldContext?.Path);
                        context.Exception = new InternalError();
                    }
                    return Task.CompletedTask;
                };
            }));
        return services;
    }
}
