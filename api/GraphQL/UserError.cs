using GraphQL.Types;

namespace RolesBoard.Api.GraphQL;

/// <summary>Bad input is data, not an exception: every payload carries these.</summary>
public sealed record UserError(string Field, string Message, string Code);

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Why an input was refused: the field (a path such as `input.salary.min`), a message for people, and a stable code.";
        Field(e => e.Field);
        Field(e => e.Message);
        Field(e => e.Code);
    }
}

/// <summary>Collects user errors while an input is checked.</summary>
public sealed class Validation
{
    private readonly List<UserError> _errors = [];

    public IReadOnlyList<UserError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public Validation Add(string field, string code, string message)
    {
        _errors.Add(new UserError(field, message, code));
        return this;
    }

    public string? RequiredText(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            Add(field, "REQUIRED", $"{field} must not be empty.");
            return null;
        }
        return OptionalText(field, trimmed, maxLength);
    }

    public string? OptionalText(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            Add(field, "TOO_LONG", $"{field} must be at most {maxLength} characters (it has {trimmed.Length}).");
            return null;
        }
        return trimmed;
    }

    /// <summary>An absolute http(s) URL; anything else (javascript:, data:, relative) is refused.</summary>
    public string? OptionalUrl(string field, string? value)
    {
        var text = OptionalText(field, value, 2000);
        if (text is null)
        {
            return null;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            Add(field, "INVALID_URL", $"{field} must be an absolute http or https URL.");
            return null;
        }
        return uri.AbsoluteUri;
    }

    /// <summary>An ISO 3166 code from a code or a name; when none is given, the country a location names (or null).</summary>
    public string? OptionalCountry(string field, string? raw, string? location)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Geography.Countries.FromLocation(location);
        }
        var code = Geography.Countries.Resolve(raw);
        if (code is null or Geography.Countries.EuropeanUnion)
        {
            Add(field, "INVALID_COUNTRY", $"'{raw}' is not an ISO 3166 country code.");
            return null;
        }
        return code;
    }

    /// <summary>A required one-line text such as a name: control characters (line breaks) are refused, since names
    /// reach mail headers and calendar fields.</summary>
    public string? RequiredLine(string field, string? value, int maxLength)
    {
        var text = RequiredText(field, value, maxLength);
        if (text is not null && text.Any(char.IsControl))
        {
            Add(field, "INVALID_TEXT", $"{field} must be one line of text.");
            return null;
        }
        return text;
    }

    /// <summary>One address, no display name, a dotted domain: what someone could actually write to.</summary>
    public string? RequiredEmail(string field, string? raw)
    {
        var text = RequiredText(field, raw, 254);
        if (text is null)
        {
            return null;
        }
        var at = text.LastIndexOf('@');
        if (!System.Net.Mail.MailAddress.TryCreate(text, out var address) || address.Address != text || at < 1 || !text[(at + 1)..].Contains('.') || text.EndsWith('.'))
        {
            Add(field, "INVALID_EMAIL", $"'{text}' is not an e-mail address such as ana@example.org.");
            return null;
        }
        return text;
    }

    public string? RequiredUrl(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "REQUIRED", $"{field} must not be empty.");
            return null;
        }
        return OptionalUrl(field, value);
    }
}
