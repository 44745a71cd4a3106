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
        var postTitle = RoleTitles.Recognise(post.Title, words, post.SiteName);
        if (postTitle is null && sections.Roles.Count == 0)
        {
            return []; // nothing names a role: no text need be read
        }
        if (Phrases.Any(Phrases.Fold(post.Title ?? ""), words.ClosedPhrases))
        {
            return [];
        }
        if (sections.Roles.Count >= 2 || sections.Roles.Count == 1 && postTitle is null)
        {
            var shared = new Text(TextLines.Of(sections.Shared));
            var roles = sections.Roles.Select(r => (r.Title, Text: new Text(TextLines.Of(r.Nodes)))).ToList();
            if (Phrases.Any(shared.Folded, words.NotHiringPhrases) || Phrases.Any(shared.Folded, words.ClosedPhrases))
            {
                return [];
            }
            var announced = postTitle?.Announced == true;
            return [.. roles.Select(r => Role(r.Title, r.Text, shared, post, words, announced)).OfType<RawRole>()];
        }
        var all = new Text(TextLines.Of([post.Body]));
        var title = postTitle ?? sections.Roles[0].Title;
        return Phrases.Any(all.Folded, words.NotHiringPhrases) || Role(title, all, Text.Empty, post, words, announced: false) is not { } role ? [] : [role];
    }

    /// <summary>Lines of a post, and all of them folded once for phrase search.</summary>
    private sealed class Text(List<string> lines)
    {
        public static readonly Text Empty = new([]);

        public List<string> Lines { get; } = lines;

        public string Folded { get; } = Phrases.Fold(string.Join('\n', lines));

        /// <summary>Each line folded, cut from <see cref="Folded"/> (folding keeps every character in its place).</summary>
        public IReadOnlyList<string> FoldedLines => _foldedLines ??= Lines.Count == 0 ? [] : Folded.Split('\n');

        private IReadOnlyList<string>? _foldedLines;
    }

    private static RawRole? Role(RoleTitles.Recognised title, Text ownText, Text sharedText, Post post, VacancyWords words, bool announced)
    {
        if (Phrases.Any(ownText.Folded, words.ClosedPhrases))
        {
            return null;
        }
        var (own, shared) = (ownText.Lines, sharedText.Lines);
        var lines = shared.Count == 0 ? own : [.. own, .. shared];
        var labelled = LabelledLines.Read(own, words);
        foreach (var (fact, value) in LabelledLines.Read(shared, words))
        {
            labelled.TryAdd(fact, value);
        }
        // "Puesto: Desarrollador/a Backend (Python)" names the role better than a post title may.
        title = RoleTitles.Recognise(labelled.GetValueOrDefault("title"), words, post.SiteName) is { } named ? named with { Announced = title.Announced } : title;
        var allFolded = shared.Count == 0 ? ownText.Folded : ownText.Folded + "\n" + sharedText.Folded;
        IReadOnlyList<string> foldedLines = shared.Count == 0 ? ownText.FoldedLines : [.. ownText.FoldedLines, .. sharedText.FoldedLines];
        var time = WorkingTime.Read(Phrases.Fold(labelled.GetValueOrDefault("hours") ?? "") + "\n" + allFolded, words);
        var salary = PayFacts.Read(labelled.GetValueOrDefault("salary"), lines, time, words, post.Page);
        var closing = ClosingDates.Read(labelled.GetValueOrDefault("closing"), foldedLines, allFolded, post.Published, words);
        var contract = ContractFacts.Read(labelled.GetValueOrDefault("contract") ?? labelled.GetValueOrDefault("hours"), title.Title, allFolded, time, words);
        var workplace = PlaceFacts.Workplace(labelled.GetValueOrDefault("workplace"), labelled.GetValueOrDefault("location"), allFolded, time, words);
        var location = PlaceFacts.Location(labelled.GetValueOrDefault("location"), lines, foldedLines, allFolded, words);

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
            DescriptionIsText = true,
            Terms = post.Licence,
            Confidence = ProseConfidence.Of(evidence),
            Evidence = ProseConfidence.Names(evidence),
        };
    }
}
