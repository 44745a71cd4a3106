namespace RolesBoard.Scrapers.Extraction.JsonLd;

/// <summary>
/// Whether a script block is JSON that System.Text.Json will read with the options JSON-LD blocks are read with
/// (comments skipped, trailing commas allowed, at most 64 levels deep), checked without building anything.
/// A broken block is common on real pages (a template's placeholder, a JavaScript object written as JSON), and the
/// parser reports one by throwing: an exception cost more than extracting the rest of the page.
/// </summary>
internal static class JsonSyntax
{
    private const int MaxDepth = 64;

    public static bool IsWellFormed(ReadOnlySpan<char> json)
    {
        var at = 0;
        return Value(json, ref at, 0) && Space(json, ref at) && at == json.Length;
    }

    private static bool Value(ReadOnlySpan<char> json, ref int at, int depth)
    {
        if (!Space(json, ref at) || at >= json.Length)
        {
            return false;
        }
        switch (json[at])
        {
            case '{':
                return depth < MaxDepth && Members(json, ref at, depth + 1);
            case '[':
                return depth < MaxDepth && Elements(json, ref at, depth + 1);
            case '"':
                return String(json, ref at);
            case 't':
                return Literal(json, ref at, "true");
            case 'f':
                return Literal(json, ref at, "false");
            case 'n':
                return Literal(json, ref at, "null");
            default:
                return Number(json, ref at);
        }
    }

    // { "name": value, ... } with at most one trailing comma.
    private static bool Members(ReadOnlySpan<char> json, ref int at, int depth)
    {
        at++;
        while (true)
        {
            if (!Space(json, ref at) || at >= json.Length)
            {
                return false;
            }
            if (json[at] == '}')
            {
                at++;
                return true;
            }
            if (json[at] != '"' || !String(json, ref at) || !Space(json, ref at) || at >= json.Length || json[at] != ':')
            {
                return false;
            }
            at++;
            if (!Value(json, ref at, depth) || !AfterItem(json, ref at, '}', out var closed))
            {
                return false;
            }
            if (closed)
            {
                return true;
            }
        }
    }

    // [ value, ... ] with at most one trailing comma.
    private static bool Elements(ReadOnlySpan<char> json, ref int at, int depth)
    {
        at++;
        if (!Space(json, ref at) || at >= json.Length)
        {
            return false;
        }
        if (json[at] == ']')
        {
            at++;
            return true;
        }
        while (true)
        {
            if (!Value(json, ref at, depth) || !AfterItem(json, ref at, ']', out var closed))
            {
                return false;
            }
            if (closed)
            {
                return true;
            }
            if (!Space(json, ref at) || at >= json.Length)
            {
                return false;
            }
            if (json[at] == ']')
            {
                at++;
                return true; // a trailing comma
            }
        }
    }

    // After a member or an element: the closing bracket, or a comma and more.
    private static bool AfterItem(ReadOnlySpan<char> json, ref int at, char close, out bool closed)
    {
        closed = false;
        if (!Space(json, ref at) || at >= json.Length)
        {
            return false;
        }
        if (json[at] == close)
        {
            at++;
            closed = true;
            return true;
        }
        if (json[at] != ',')
        {
            return false;
        }
        at++;
        return true;
    }

    private static bool String(ReadOnlySpan<char> json, ref int at)
    {
        for (at++; at < json.Length; at++)
        {
            var c = json[at];
            if (c == '"')
            {
                at++;
                return true;
            }
            if (c < ' ')
            {
                return false;
            }
            if (c != '\\')
            {
                continue;
            }
            if (++at >= json.Length)
            {
                return false;
            }
            if (json[at] == 'u')
            {
                if (at + 4 >= json.Length || !char.IsAsciiHexDigit(json[at + 1]) || !char.IsAsciiHexDigit(json[at + 2])
                    || !char.IsAsciiHexDigit(json[at + 3]) || !char.IsAsciiHexDigit(json[at + 4]))
                {
                    return false;
                }
                at += 4;
            }
            else if (json[at] is not ('"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't'))
            {
                return false;
            }
        }
        return false;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private static bool Number(ReadOnlySpan<char> json, ref int at)
    {
        if (at < json.Length && json[at] == '-')
        {
            at++;
        }
        if (at >= json.Length || !char.IsAsciiDigit(json[at]))
        {
            return false;
        }
        if (json[at] == '0')
        {
            at++;
        }
        else
        {
            Digits(json, ref at);
        }
        if (at < json.Length && json[at] == '.')
        {
            at++;
            if (Digits(json, ref at) == 0)
            {
                return false;
            }
        }
        if (at < json.Length && json[at] is 'e' or 'E')
        {
            at++;
            if (at < json.Length && json[at] is '+' or '-')
            {
                at++;
            }
            if (Digits(json, ref at) == 0)
            {
                return false;
            }
        }
        return true;
    }

    private static int Digits(ReadOnlySpan<char> json, ref int at)
    {
        var start = at;
        while (at < json.Length && char.IsAsciiDigit(json[at]))
        {
            at++;
        }
        return at - start;
    }

    private static bool Literal(ReadOnlySpan<char> json, ref int at, string literal)
    {
        if (!json[at..].StartsWith(literal, StringComparison.Ordinal))
        {
            return false;
        }
        at += literal.Length;
        return true;
    }

    // White space and comments; false for a comment that never ends.
    private static bool Space(ReadOnlySpan<char> json, ref int at)
    {
        while (at < json.Length)
        {
            var c = json[at];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                at++;
            }
            else if (c == '/' && at + 1 < json.Length && json[at + 1] == '/')
            {
                var end = json[at..].IndexOfAny('\n', '\r');
                at = end < 0 ? json.Length : at + end;
            }
            else if (c == '/' && at + 1 < json.Length && json[at + 1] == '*')
            {
                var end = json[(at + 2)..].IndexOf("*/", StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }
                at += 2 + end + 2;
            }
            else
            {
                break;
            }
        }
        return true;
    }
}
