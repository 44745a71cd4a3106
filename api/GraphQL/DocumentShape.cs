using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace RolesBoard.Api.GraphQL;

/// <summary>
/// Checks a query's size and shape before any validation or execution: characters, tokens, parser nesting,
/// aliases, directives and the fields selected once fragments are expanded. Returns the parsed document so the
/// executer does not parse it again.
/// </summary>
internal static class DocumentShape
{
    public sealed record Outcome(GraphQLDocument? Document, string? Refusal);

    public static Outcome Check(string query, GraphQLLimits limits)
    {
        if (query.Length > limits.MaxQueryCharacters)
        {
            return Refuse($"The query has {query.Length} characters; the limit is {limits.MaxQueryCharacters}.");
        }
        var tokens = CountTokens(query, limits.MaxTokens + 1);
        if (tokens > limits.MaxTokens)
        {
            return Refuse($"The query has more than {limits.MaxTokens} tokens.");
        }
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { MaxDepth = 128 });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refuse("The query is nested too deeply to parse.");
        }
        catch (GraphQLParserException)
        {
            return new Outcome(null, null); // a syntax error: the executer reports it in the standard way
        }
        var counts = new Counts();
        foreach (var definition in document.Definitions)
        {
            counts.Visit(definition);
        }
        if (counts.Aliases > limits.MaxAliases)
        {
            return Refuse($"The query uses {counts.Aliases} aliases; the limit is {limits.MaxAliases}.");
        }
        if (counts.Directives > limits.MaxDirectives)
        {
            return Refuse($"The query uses {counts.Directives} directives; the limit is {limits.MaxDirectives}.");
        }
        if (FragmentExpansion.Count(document, limits.MaxExpandedFields) > limits.MaxExpandedFields)
        {
            return Refuse($"The query selects more than {limits.MaxExpandedFields} fields once its fragments are expanded.");
        }
        return new Outcome(document, null);
    }

    private static Outcome Refuse(string message) => new(null, message);

    private static int CountTokens(string query, int stopAt)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count < stopAt)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }
                count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Counting stops at a lexical error; the parser reports it.
        }
        return count;
    }

    private sealed class Counts
    {
        public int Aliases;
        public int Directives;

        public void Visit(ASTNode node)
        {
            switch (node)
            {
                case GraphQLOperationDefinition operation:
                    Directives += operation.Directives?.Count ?? 0;
                    foreach (var variable in operation.Variables?.Items ?? [])
                    {
                        Directives += variable.Directives?.Count ?? 0;
                    }
                    Visit(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Directives += fragment.Directives?.Count ?? 0;
                    Visit(fragment.SelectionSet);
                    break;
                case GraphQLField field:
                    Aliases += field.Alias is null ? 0 : 1;
                    Directives += field.Directives?.Count ?? 0;
                    if (field.SelectionSet is not null)
                    {
                        Visit(field.SelectionSet);
                    }
                    break;
                case GraphQLInlineFragment inline:
                    Directives += inline.Directives?.Count ?? 0;
                    Visit(inline.SelectionSet);
                    break;
                case GraphQLFragmentSpread spread:
                    Directives += spread.Directives?.Count ?? 0;
                    break;
                case GraphQLSelectionSet set:
                    foreach (var selection in set.Selections)
                    {
                        Visit(selection);
                    }
                    break;
            }
        }
    }
}
