using Marten;

namespace RolesBoard.Api.Coops;

/// <summary>
/// Imports a network's membership register (the CoTech directory: one Markdown file per member with Jekyll front
/// matter) as verified co-ops. Re-running updates, never duplicates: members are matched by website domain.
/// </summary>
public sealed class MembershipRegisterImport(IDocumentSession session, TimeProvider clock)
{
    public sealed record Result(int Created, int Updated, IReadOnlyList<string> Skipped);

    public async Task<Result> ImportAsync(string directory, string network, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No register at {Path.GetFullPath(directory)} (relative paths start in the working directory; dotnet run uses the project folder).");
        }
        int created = 0, updated = 0;
        var skipped = new List<string>();
        var now = clock.GetUtcNow();
        foreach (var file in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            var member = FrontMatter.Read(await File.ReadAllTextAsync(file, cancellationToken));
            if (!member.Fields.TryGetValue("name", out var name) || string.IsNullOrWhiteSpace(name))
            {
                skipped.Add($"{Path.GetFileName(file)}: no name");
                continue;
            }
            var website = member.Fields.GetValueOrDefault("website");
            var slug = Slugs.From(Path.GetFileNameWithoutExtension(file));
            var domain = website is null ? "" : Slugs.Domain(website);
            var coop = domain.Length > 0
                ? await session.Query<Coop>().FirstOrDefaultAsync(c => c.Domain == domain, cancellationToken)
                : await session.Query<Coop>().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
            if (coop is null)
            {
                coop = new Coop { Id = Guid.NewGuid(), Slug = await FreeSlugAsync(slug, cancellationToken), CreatedAt = now };
                created++;
            }
            else
            {
                updated++;
            }
            coop.Name = name.Trim();
            coop.Website = website?.Trim() ?? coop.Website;
            coop.Domain = domain.Length > 0 ? domain : coop.Domain;
            coop.Description = string.IsNullOrWhiteSpace(member.Body) ? coop.Description : member.Body.Trim();
            coop.Location ??= member.Fields.GetValueOrDefault("address");
            coop.Country ??= "GB";
            if (!coop.Networks.Contains(network))
            {
                coop.Networks.Add(network);
            }
            coop.Verified = true;
            coop.VerifiedAt ??= now;
            coop.UpdatedAt = now;
            session.Store(coop);
        }
        await session.SaveChangesAsync(cancellationToken);
        return new Result(created, updated, skipped);
    }

    private async Task<string> FreeSlugAsync(string slug, CancellationToken cancellationToken) =>
        await session.Query<Coop>().AnyAsync(c => c.Slug == slug, cancellationToken) ? $"{slug}-{Guid.NewGuid().ToString("N")[..6]}" : slug;
}

/// <summary>Jekyll front matter: "key: value" lines between two "---" lines, then the Markdown body.</summary>
internal sealed record FrontMatter(Dictionary<string, string> Fields, string Body)
{
    public static FrontMatter Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return new FrontMatter(fields, text);
        }
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            return new FrontMatter(fields, text);
        }
        foreach (var line in lines[1..end])
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && !char.IsWhiteSpace(line[0]))
            {
                var value = line[(colon + 1)..].Trim().Trim('"', '\'');
                if (value.Length > 0)
                {
                    fields[line[..colon].Trim()] = value;
                }
            }
        }
        return new FrontMatter(fields, string.Join('\n', lines[(end + 1)..]));
    }
}
