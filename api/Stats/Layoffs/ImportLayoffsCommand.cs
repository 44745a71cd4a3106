namespace RolesBoard.Api.Stats.Layoffs;

/// <summary>`dotnet run --project api -- import-layoffs FILE.csv`: imports a company-level layoffs CSV, then exits.</summary>
public static class ImportLayoffsCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "import-layoffs";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: import-layoffs <file.csv> (header: company,country,date,people[,source]; see docs/stats.md)");
            return 2;
        }
        await app.StartAsync(); // applies the schema, like a normal start
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            using var text = File.OpenText(args[1]);
            var file = await scope.ServiceProvider.GetRequiredService<LayoffsImport>().ImportAsync(text, CancellationToken.None);
            Console.WriteLine($"Imported {args[1]}: {file.Reports.Count} rows, {file.Rejected.Count} rejected.");
            foreach (var reason in file.Rejected)
            {
                Console.WriteLine($"  rejected {reason}");
            }
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or CsvHelper.CsvFormatException)
        {
            Console.Error.WriteLine($"rolesboard: {args[1]}: {e.Message}");
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
