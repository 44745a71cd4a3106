using System.Text;
using System.Text.RegularExpressions;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Scrapers.Tests.Skills;

/// <summary>The trie scanner must find exactly what the vocabulary's old alternation regex found.</summary>
public sealed class MentionScannerTests
{
    private static readonly string[] Names = SkillVocabulary.Default.All
        .SelectMany(s => s.Aliases.Prepend(s.Name)).Where(n => n.Length > 1 || n is "R" or "C").ToArray();

    private static readonly Regex Reference = new(
        @"(?<![\w.+#-])(" + string.Join("|", Names.OrderByDescending(n => n.Length).Select(Regex.Escape)) + @")(?![\w+#]|\.\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly MentionScanner Scanner = new(Names);

    [Theory]
    [InlineData("We use Django and Postgres on k8s; some ASP.NET Core. Going well, react to changes.")]
    [InlineData("C# and .NET, C++ not C, node.js vs Node.jsx, ruby on rails, R and r, go-lang, x.NET, ASP.NET.")]
    [InlineData("PYTHON/django, \u212Aubernetes, Po\u017FtgreSQL, caf\u00E9Python, Python\u00E9, python_3, -Rust, Rust-")]
    public void FindsWhatTheRegexFound(string text) => AssertSame(text);

    [Fact]
    public void FindsWhatTheRegexFoundInGeneratedText()
    {
        // Names glued together with separators that sit on the regex's look-behind and look-ahead boundaries.
        var random = new Random(7);
        string[] glue = [" ", ".", "+", "#", "-", "_", "/", ", ", ".x", "é", "\n", "", "s"];
        for (var sample = 0; sample < 2_000; sample++)
        {
            var text = new StringBuilder();
            for (var part = random.Next(1, 8); part > 0; part--)
            {
                var name = Names[random.Next(Names.Length)];
                text.Append(random.Next(3) switch { 0 => name.ToUpperInvariant(), 1 => name.ToLowerInvariant(), _ => name });
                text.Append(glue[random.Next(glue.Length)]);
            }
            AssertSame(text.ToString());
        }
    }

    private static void AssertSame(string text) =>
        Assert.Equal(Reference.Matches(text).Select(m => (m.Index, m.Length)), Scanner.Scan(text));
}
