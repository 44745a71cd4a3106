using RolesBoard.Scrapers.Cli;

// The contract's command line: dotnet run --project scrapers -- scrape <url> [--allow-private-network]
return await ScrapeCommand.RunAsync(args, Console.Out, Console.Error);
