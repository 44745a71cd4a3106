using AngleSharp.Dom;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// One post as the vacancies it announces: one role under the post's title, or one per role heading when the post
/// names several. Nothing from a post that says the role is filled or applications have closed.
/// </summary>
internal static class VacancyReader
{
    public sealed record Post(string? Title, IElement Body, DateOnly? Published, string? SiteName, Uri Page, string? Licence);

    public static List<RawRole> Read(Post post, VacancyWords words)
    {
        var sections = PostSections.Of(post.Body, words, post.SiteName);
        var shared = TextLines.Of(sections.Shared);
        var postTitle = RoleTitles.Recognise(post.Title, words, post.SiteName);
        var wholeText = Phrases.Fold(string.Join('\n', shared.Concat(sections.Roles.SelectMany(r => TextLines.Of(r.Nodes)))));
        if (Phrases.Any(wholeText, words.NotHiringPhrases) || Phrases.Any(Phrases.Fold(post.Title ?? ""), words.ClosedPhrases))
        {
            return [];
        }
        if (sections.Roles.Count >= 2 || sections.Roles.Count == 1 && postTitle is null)
        {
            return [.. sections.Roles.Select(s => Role(s.Title, TextLines.Of(s.Nodes), shared, post, words, announced: postTitle?.Announced == true)).OfType<RawRole>()];
        }
        var all = TextLines.Of([post.Body]);
        var title = postTitle ?? (sections.Roles.Count > 0 ? sections.Roles[0].Title : null);
        return title is not null && Role(title, all, [], post, words, announced: false) is { } role ? [role] : [];
    }

    private static RawRole? Role(RoleTitles.Recognised title, List<string> own, List<string> shared, Post post, VacancyWords words, bool announced)
    {
        var folded = Phrases.Fold(string.Join('\n', own));
        if (Phrases.Any(folded, words.ClosedPhrases) || Phrases.Any(Phrases.Fold(string.Join('\n', shared)), words.ClosedPhrases))
        {
            return null;
        }
        var lines = own.Concat(shared).ToList();
        var labelled = LabelledLines.Read(own, words);
        foreach (var (fact, value) in LabelledLines.Read(shared, words))
        {
            labelled.TryAdd(fact, value);
        }
        // "Puesto: Desarrollador/a Backend (Python)" names the role better than a post title may.
        title = RoleTitles.Recognise(labelled.GetValueOrDefault("title"), words, post.SiteName) is { } named ? named with { Announced = title.Announced } : title;
        var allFolded = Phrases.Fold(string.Join('\n', lines));
        var time = WorkingTime.Read(Phrases.Fold(labelled.GetValueOrDefault("hours") ?? "") + "\n" + allFolded, words);
        var salary = PayFacts.Read(labelled.GetValueOrDefault("salary"), lines, time, words, post.Page);
        var closing = ClosingDates.Read(labelled.GetValueOrDefault("closing"), lines, post.Published, words);
        var contract = ContractFacts.Read(labelled.GetValueOrDefault("contract") ?? labelled.GetValueOrDefault("hours"), title.Title, allFolded, time, words);
        var workplace = PlaceFacts.Workplace(labelled.GetValueOrDefault("workplace"), labelled.GetValueOrDefault("location"), allFolded, time, words);
        var location = PlaceFacts.Location(labelled.GetValueOrDefault("location"), lines, words);

        var evidence = ProseEvidence.RoleTitle
            | (title.Announced || announced ? ProseEvidence.Announced : 0)
            | (salary is not null ? ProseEvidence.Salary : 0)
            | (time.HoursPerWeek is not null || time.DaysPerWeek is not null ? ProseEvidence.Hours : 0)
            | (contract.Count > 0 ? ProseEvidence.Contract : 0)
            | (closing is not null ? ProseEvidence.ClosingDate : 0)
            | (labelled.ContainsKey("apply") || Phrases.Any(allFolded, words.ApplyPhrases) ? ProseEvidence.HowToApply : 0)
            | (labelled.Count >= 2 ? ProseEvidence.LabelledLines : 0)
            | (location is not null ? ProseEvidence.Location : 0)
            | (workplace is not null ? ProseEvidence.Workplace : 0);
        if (!ProseConfidence.IsVacancy(evidence))
        {
            return null;
        }
        return new RawRole
        {
            Title = title.Title,
            Location = location,
            WorkplaceHint = workplace,
            EmploymentTypes = contract,
            Salary = salary,
            ValidThrough = closing,
            DatePosted = post.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Description = string.Join('\n', lines),
            Terms = post.Licence,
            Confidence = ProseConfidence.Of(evidence),
            Evidence = ProseConfidence.Names(evidence),
        };
    }
}
