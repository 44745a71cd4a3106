using RolesBoard.Scrapers.Fetching;

namespace RolesBoard.Scrapers.Tests.Infrastructure;

/// <summary>Fetch options for loopback fixtures: private network allowed, no politeness pauses, short timeouts.</summary>
public static class TestFetch
{
    public static FetchOptions Options { get; } = new()
    {
        AllowPrivateNetwork = true,
        PerHostDelay = TimeSpan.Zero,
        RequestTimeout = TimeSpan.FromSeconds(5),
    };
}
