using System.Text.Json;
using System.Text.Json.Nodes;
using RolesBoard.Scrapers.Extraction.JsonLd;

namespace RolesBoard.Scrapers.Tests.Extraction;

/// <summary>
/// The syntax check agrees with the parser it stands in front of: a block it passes is one System.Text.Json reads
/// with the same options, and a block it refuses is one the parser would have thrown on.
/// </summary>
public sealed class JsonSyntaxTests
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static TheoryData<string> Blocks() =>
    [
        """{ "@context": "https://schema.org", "@type": "JobPosting", "title": "Dev", "baseSalary": { "value": 3.5e4 } }""",
        """[ { "a": [1, -2, 0.5, true, false, null] }, {} ]""",
        """{ "a": 1, }""", """[1, 2, ]""", """{ "a": [1,], }""",
        """/* a comment */ { "a": 1 } // and another""", """{ "a": /* inside */ 1 }""",
        """{ this is not json """, """{ "a": 1 """, """{ a: 1 }""", """{ 'a': 1 }""", """{ "a": NaN }""", """{ "a": undefined }""",
        """[01]""", """[1.]""", """[.5]""", """[-]""", """[1e]""", """[1e+5, -0, 0.0]""", """[+1]""",
        """{ "a": "unterminated }""", "{ \"a\": \"tab\there\" }", """{ "a": "\x" }""", """{ "a": "\u12" }""", """{ "a": "\u00e9 \" \\ \/ \n" }""",
        """{} {}""", "", "   ", """[,]""", """{,}""", """[1,,2]""", """{ "a" 1 }""", """{ "a": 1 "b": 2 }""", """/* never closed { }""",
        """tru""", """nulls""", """[true false]""", """"just a string"""", """42""",
        new string('[', 64) + new string(']', 64), new string('[', 65) + new string(']', 65),
    ];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void PassesExactlyTheBlocksTheParserReads(string block)
    {
        bool parses;
        try
        {
            JsonNode.Parse(block, documentOptions: Lenient);
            parses = true;
        }
        catch (JsonException)
        {
            parses = false;
        }
        Assert.Equal(parses, JsonSyntax.IsWellFormed(block));
    }
}
