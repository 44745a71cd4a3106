using System.Text.RegularExpressions;
using MimeKit;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>Steps through mail: find a link in a message, confirm a seeker's address from their confirmation mail.</summary>
public static partial class Mailboxes
{
    public static string Link(this MimeMessage message, string path) =>
        Links().Matches(message.TextBody ?? "").Select(m => m.Value).First(l => new Uri(l).AbsolutePath == path);

    /// <summary>The link as a path and query on the test server (the mail's host is the public URL).</summary>
    public static string Local(string link) => new Uri(link).PathAndQuery;

    /// <summary>Creates a profile, follows the confirmation link in its mail, and returns its key.</summary>
    public static async Task<Seekers.SeekerKey> ConfirmedSeekerAsync(this MailApp app, Dictionary<string, object?> input)
    {
        var seeker = await app.CreateProfileKeyAsync(input);
        var email = (string)input["email"]!;
        var received = await app.Smtp.WaitForAsync(email);
        var confirmation = received[^1];
        using var client = app.CreateClient();
        using var response = await client.GetAsync(Local(confirmation.Link("/confirm")));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        app.Smtp.Clear();
        return seeker;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
