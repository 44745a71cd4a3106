namespace RolesBoard.Api.Coops;

/// <summary>`dotnet run --project api -- import-coops DIR [NETWORK]`: imports a membership register, then exits.</summary>
public static class ImportCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "import-coops";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length is < 2 or > 3)
        {
            Console.Error.WriteLine("usage: import-coops <directory of member .md files> [network, default CoTech]");
            return 2;
        }
        await app.StartAsync(); // applies the schema, like a normal start
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<MembershipRegisterImport>();
            var result = await import.ImportAsync(args[1], args.Length == 3 ? args[2] : "CoTech");
            Console.WriteLine($"Imported {args[1]}: {result.Created} created, {result.Updated} updated, {result.Skipped.Count} skipped.");
            foreach (var reason in result.Skipped)
            {
                Console.WriteLine($"  skipped {reason}");
            }
            return 0;
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine($"rolesboard: {e.Message}");
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
