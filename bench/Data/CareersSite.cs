using System.Net;
using System.Text;
using System.Text.Json;
using RolesBoard.Api.Roles;

namespace RolesBoard.Bench.Data;

/// <summary>
/// Co-ops' careers pages served from memory (no sockets, no politeness pause): each host's /careers is an HTML
/// page whose JSON-LD lists its roles as schema.org JobPostings, the format most co-op sites use; anything else
/// (robots.txt included) is a 404, which robots rules read as "allowed".
/// </summary>
public sealed class CareersSite : HttpMessageHandler
{
    private readonly Dictionary<string, string> _pages = new(StringComparer.OrdinalIgnoreCase);
    private int _served;

    /// <summary>Each answer says when it was served, so no page comes back byte for byte as it was.</summary>
    public bool StampsEachPage { get; init; }

    public static Uri CareersUrl(string host) => new($"https://{host}/careers");

    public void Add(string host, IEnumerable<Role> roles)
    {
        var postings = roles.Select((role, i) => new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org", ["@type"] = "JobPosting", ["title"] = role.Title,
            ["url"] = $"https://{host}/jobs/{i}", ["description"] = role.DescriptionHtml, ["skills"] = string.Join(", ", role.Skills),
            ["datePosted"] = role.DatePosted.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["employmentType"] = role.EmploymentType?.ToString().ToUpperInvariant(),
            ["jobLocationType"] = role.Remote == RemotePolicy.Remote ? "TELECOMMUTE" : null,
            ["jobLocation"] = role.Location is null ? null : new { @type = "Place", address = role.Location },
            ["baseSalary"] = role.Salary is not { } s ? null : new
            {
                @type = "MonetaryAmount", currency = s.Currency,
                value = new { @type = "QuantitativeValue", minValue = s.Min, maxValue = s.Max, unitText = s.Period.ToString().ToUpperInvariant() },
            },
        });
        var json = JsonSerializer.Serialize(postings).Replace("</", "<\\/", StringComparison.Ordinal);
        _pages[host] = $"<!doctype html><html><head><title>Work with us</title><script type=\"application/ld+json\">{json}</script></head><body><h1>Work with us</h1></body></html>";
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        var response = url.AbsolutePath == "/careers" && _pages.TryGetValue(url.Host, out var html)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(StampsEachPage ? html.Replace("</body>", $"<p>Served #{Interlocked.Increment(ref _served)}</p></body>", StringComparison.Ordinal) : html, Encoding.UTF8, "text/html") }
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("") };
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
