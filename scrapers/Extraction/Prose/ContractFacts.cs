namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// The contract type, as the contract's EmploymentType names: the labelled value first, then the title and the
/// body; with no words for it, fewer hours or days than a full week (or pay pro rata) make the role part-time.
/// </summary>
internal static class ContractFacts
{
    public static IReadOnlyList<string> Read(string? labelled, string title, string folded, WorkingTime time, VacancyWords words)
    {
        foreach (var text in new[] { labelled, title }.OfType<string>().Select(Phrases.Fold).Append(folded))
        {
            var stated = words.EmploymentWords.Where(kv => Phrases.Any(text, kv.Value)).Select(kv => kv.Key).ToList();
            if (stated.Count > 0)
            {
                // "Fixed-term, part-time" is part-time: hours say more than the term does.
                return stated.Count > 1 && stated.Contains("TEMPORARY") ? [.. stated.Where(s => s != "TEMPORARY")] : stated;
            }
        }
        return time.IsPartTime(words) || Phrases.Any(folded, words.ProRataPhrases) ? ["PART_TIME"] : [];
    }
}
