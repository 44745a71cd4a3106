namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// The contract type, as the contract's EmploymentType names: the labelled value first, then the title and the
/// body; with no words for it, fewer hours or days than a full week (or pay pro rata) make the role part-time.
/// </summary>
internal static class ContractFacts
{
    public static IReadOnlyList<string> Read(string? labelled, string title, string folded, WorkingTime time, VacancyWords words)
    {
        foreach (var text in (string?[])[labelled is null ? null : Phrases.Fold(labelled), Phrases.Fold(title), folded])
        {
            if (text is null)
            {
                continue;
            }
            var stated = new List<string>();
            foreach (var (type, phrases) in words.EmploymentWords)
            {
                if (Phrases.Any(text, phrases))
                {
                    stated.Add(type);
                }
            }
            if (stated.Count > 0)
            {
                // "Fixed-term, part-time" is part-time: hours say more than the term does.
                return stated.Count > 1 && stated.Contains("TEMPORARY") ? [.. stated.Where(s => s != "TEMPORARY")] : stated;
            }
        }
        return time.IsPartTime(words) || Phrases.Any(folded, words.ProRataPhrases) ? ["PART_TIME"] : [];
    }
}
