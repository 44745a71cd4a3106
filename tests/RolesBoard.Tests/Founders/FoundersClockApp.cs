using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

/// <summary>
/// The mail host with a clock the tests move on, so a reminder the day before and a question four weeks later can
/// be seen in seconds; the outbox and the Quartz delivery job are the real ones.
/// </summary>
public sealed class FoundersClockApp : MailApp
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureMoreSettings(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
}

[CollectionDefinition(nameof(FoundersClockCollection))]
public sealed class FoundersClockCollection : ICollectionFixture<FoundersClockApp>;
