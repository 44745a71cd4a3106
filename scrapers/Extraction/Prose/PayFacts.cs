using RolesBoard.Scrapers.Normalization;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// Pay from a post: the labelled value first, then the first sentence stating a sum. A pro rata salary is stored as
/// what the person is paid: the "actual" figure when the post gives one, otherwise the full-time figure scaled by
/// the hours or days it states.
/// </summary>
internal static class PayFacts
{
    public static RawSalary? Read(string? labelled, IEnumerable<string> lines, WorkingTime time, VacancyWords words, Uri page)
    {
        foreach (var text in lines.Prepend(labelled).OfType<string>())
        {
            if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
            {
                continue; // no sum of money without a digit
            }
            var mentions = SalaryText.Mentions(text).ToList();
            if (mentions.Count > 0)
            {
                return FromMentions(text, mentions, time, words, page);
            }
        }
        return null;
    }

    private static RawSalary FromMentions(string text, List<MoneyMention> mentions, WorkingTime time, VacancyWords words, Uri page)
    {
        var folded = Phrases.Fold(text);
        var proRata = Phrases.Any(folded, words.ProRataPhrases);
        var chosen = mentions[0];
        var scale = 1m;
        if (proRata)
        {
            var actual = mentions.FirstOrDefault(m => IsActual(folded, m, words));
            if (actual is not null)
            {
                chosen = actual;
            }
            else if (time.Share(words) is { } share)
            {
                scale = share;
            }
        }
        var period = PeriodOf(chosen, words);
        if (period is "HOUR" or "DAY" or "WEEK")
        {
            scale = 1m; // a rate is paid as stated whatever the hours
        }
        var currency = chosen.Symbol == "$" && words.DollarMeans.TryGetValue(page.Host.Split('.')[^1], out var local) ? local : chosen.Currency;
        // A scaled salary is rounded to whole units, as a payslip would state it; a stated sum is kept exactly.
        return scale == 1m ? new RawSalary(chosen.Min, chosen.Max, currency, period)
            : new RawSalary(Math.Round(chosen.Min * scale), Math.Round(chosen.Max * scale), currency, period);
    }

    // "(£18,000 actual)", "actual salary £18,000", "you'll be paid £18,000".
    private static bool IsActual(string folded, MoneyMention m, VacancyWords words)
    {
        var after = Phrases.Fold(m.After);
        var before = folded[Math.Max(0, m.Index - 24)..m.Index];
        return words.ActualPhrases.Any(p => Phrases.IndexOf(after, p, 0) is >= 0 and < 6 || Phrases.IndexOf(before, p, 0) >= 0);
    }

    // The words up to the next number: "£28,000 for 30 hours a week" is yearly, not hourly.
    private static string? PeriodOf(MoneyMention m, VacancyWords words)
    {
        var after = Phrases.Fold(m.After);
        var digit = after.AsSpan().IndexOfAnyInRange('0', '9');
        var own = digit >= 0 ? after[..digit] : after;
        // The period named first after the sum is its period ("£16 per hour, pro rata" is hourly).
        var (stated, statedAt) = ((string?)null, int.MaxValue);
        foreach (var (period, phrases) in words.PeriodWords)
        {
            var at = Phrases.First(own, phrases).Index;
            if (at >= 0 && at < statedAt)
            {
                (stated, statedAt) = (period, at);
            }
        }
        return stated ?? English(own) ?? (m.Min >= 5000 ? "YEAR" : null);
    }

    private static string? English(string after) => VacancyWords.English.PeriodWords.FirstOrDefault(kv => Phrases.Any(after, kv.Value)).Key;
}
