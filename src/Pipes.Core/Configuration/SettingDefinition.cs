using System.Collections;
using System.Globalization;
using System.Net.Mail;
using System.Text.Json.Nodes;
using Pipes.Integrations;

namespace Pipes.Configuration;

public enum SettingType
{
    String,
    Integer,
    Number,
    Boolean,
    Url,
    Email,
    Choice,
    StringList,
    HostPort,
}

/// <summary>
/// A list setting's value: a list of strings that reads back as "a, b, c" wherever it becomes text
/// (Export-Csv, string interpolation), so that <c>Get-PipesConfig | Export-Csv</c> and then
/// <c>Import-Csv | Set-PipesConfig</c> give the list back, and ConvertTo-Json writes an array.
/// </summary>
public sealed class SettingList(IEnumerable<string> items) : IReadOnlyList<string>
{
    private readonly string[] _items = items.ToArray();

    public string this[int index] => _items[index];

    public int Count => _items.Length;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => string.Join(", ", _items);
}

/// <summary>One known setting: its dotted name, type, default and rule.</summary>
public sealed record SettingDefinition(string Name, SettingType Type, string Description, object? Default = null)
{
    public IReadOnlyList<string>? Choices { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    /// <summary>A rule on the text form of a String setting (an id's shape), and the words that describe what it accepts.</summary>
    public (System.Text.RegularExpressions.Regex Pattern, string Expectation)? Rule { get; init; }

    /// <summary>A check on the text form of a String setting that no pattern can express (a time zone this machine knows): null when the value is good, else the reason it is not.</summary>
    public Func<string, string?>? Check { get; init; }

    /// <summary>
    /// A String setting that holds a list as text (Outlook.InboxFolders: "Inbox; Archive"): a list given to Set-PipesConfig
    /// (Inbox, Archive) is stored joined with this, rather than as its .NET type's name.
    /// </summary>
    public string? JoinWith { get; init; }

    /// <summary>A Url setting that must use https (a sign-in authority: MSAL refuses anything else).</summary>
    public bool HttpsOnly { get; init; }

    /// <summary>
    /// A Url setting whose requests carry a secret (an API token header, a key in the query, a bearer token): https, or http
    /// to this machine only (a fake or a proxy on the loopback address). Over http to another host the secret would travel
    /// in the clear, before any redirect to https could be refused.
    /// </summary>
    public bool CarriesSecret { get; init; }

    /// <summary>The integration the setting belongs to: the part of its name before the first dot.</summary>
    public string Group => Name[..Name.IndexOf('.')];

    /// <summary>Turns what a user typed (a string, number, bool or list) into the stored JSON value, or explains why not.</summary>
    public JsonNode Convert(object value)
    {
        return Type switch
        {
            SettingType.String => JsonValue.Create(CheckRule(RequireText(JoinWith is { } separator && value is IEnumerable list and not string
                ? string.Join(separator, list.Cast<object?>().Select(i => System.Convert.ToString(i, CultureInfo.InvariantCulture)?.Trim()).Where(i => !string.IsNullOrEmpty(i)))
                : value))),
            SettingType.Integer => JsonValue.Create(CheckRange(ParseInteger(value))),
            SettingType.Number => JsonValue.Create(CheckRange(ParseNumber(value))),
            SettingType.Boolean => JsonValue.Create(ParseBoolean(value)),
            SettingType.Url => JsonValue.Create(ParseUrl(value)),
            SettingType.Email => JsonValue.Create(ParseEmail(value)),
            SettingType.Choice => JsonValue.Create(ParseChoice(value)),
            SettingType.StringList => new JsonArray(ParseList(value).Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            SettingType.HostPort => JsonValue.Create(ParseHostPort(value)),
            _ => throw new InvalidOperationException("Unknown setting type " + Type),
        };
    }

    /// <summary>The stored JSON value as a .NET value for callers (string, long, double, bool or string[]).</summary>
    public object? FromJson(JsonNode? node)
    {
        if (node is null) return Type == SettingType.StringList && Default is IEnumerable<string> items ? new SettingList(items) : Default;
        return Type switch
        {
            // A value edited into settings.json by hand meets the same rules as one set with Set-PipesConfig: its range (a trial:
            // Log.RetainedDays 0 failed every command with .NET's words, Http.MaxRetries 50 retried a send for more than ten
            // minutes), its pattern, its scheme, its choices.
            SettingType.Integer => CheckRange(node.GetValue<long>()),
            SettingType.Number => CheckRange(node.GetValue<double>()),
            SettingType.Boolean => node.GetValue<bool>(),
            SettingType.StringList => new SettingList(node.AsArray().Select(n => n?.GetValue<string>() ?? string.Empty)),
            SettingType.String => CheckRule(node.GetValue<string>()),
            SettingType.Url => ParseUrl(node.GetValue<string>()),
            SettingType.Choice => ParseChoice(node.GetValue<string>()),
            SettingType.Email => ParseEmail(node.GetValue<string>()),
            SettingType.HostPort => ParseHostPort(node.GetValue<string>()),
            _ => node.GetValue<string>(),
        };
    }

    private InvalidSettingException Invalid(string reason) => new(Name, reason);

    /// <summary>What a value of this setting is, in words ("a whole number", "true or false").</summary>
    public string Expected => Type switch
    {
        SettingType.Integer => "a whole number",
        SettingType.Number => "a number",
        SettingType.Boolean => "true or false",
        SettingType.Url => "a URL",
        SettingType.Email => "an email address",
        SettingType.Choice => "one of " + string.Join(", ", Choices ?? []),
        SettingType.StringList => "a list of names",
        SettingType.HostPort => "host:port",
        _ => "text",
    };

    private string RequireText(object value)
    {
        var text = System.Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim();
        if (string.IsNullOrEmpty(text)) throw Invalid("an empty value is not allowed; pass $null to go back to the default.");
        return text;
    }

    private string CheckRule(string text)
    {
        if (Rule is { } rule && !rule.Pattern.IsMatch(text)) throw Invalid($"'{text}' is not {rule.Expectation}.");
        return Check?.Invoke(text) is { } reason ? throw Invalid(reason) : text;
    }

    private long ParseInteger(object value) => value switch
    {
        int or long or short or byte => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
        double d when d == Math.Floor(d) && !double.IsInfinity(d) => (long)d,
        _ => long.TryParse(RequireText(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Invalid($"'{value}' is not a whole number."),
    };

    private double ParseNumber(object value) => value switch
    {
        int or long or double or float or decimal => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => double.TryParse(RequireText(value), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
            ? n
            : throw Invalid($"'{value}' is not a number."),
    };

    private T CheckRange<T>(T number) where T : IConvertible
    {
        var asDouble = number.ToDouble(CultureInfo.InvariantCulture);
        if (Minimum is { } min && asDouble < min) throw Invalid($"{number} is below the minimum of {min}.");
        if (Maximum is { } max && asDouble > max) throw Invalid($"{number} is above the maximum of {max}.");
        return number;
    }

    private bool ParseBoolean(object value) => value switch
    {
        bool b => b,
        _ => RequireText(value).ToLowerInvariant() switch
        {
            "true" or "1" or "yes" or "on" => true,
            "false" or "0" or "no" or "off" => false,
            var other => throw Invalid($"'{other}' is not true or false."),
        },
    };

    private string ParseUrl(object value)
    {
        var text = RequireText(value);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw Invalid($"'{text}' is not an absolute http or https URL.");
        if (!string.IsNullOrEmpty(uri.UserInfo)) throw Invalid("a URL must not carry a user name or password; store credentials with Set-PipesSecret.");
        if (HttpsOnly && uri.Scheme != Uri.UriSchemeHttps) throw Invalid($"'{text}' must be an https URL: the service signs in over https only.");
        if (CarriesSecret && uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
            throw Invalid($"'{text}' is http to another machine: the requests carry {Group}'s secret, which would travel unencrypted. Use https (http is taken only for this machine: localhost, 127.0.0.1, ::1).");
        return text.TrimEnd('/');
    }

    private string ParseEmail(object value)
    {
        var text = RequireText(value);
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || !text.Contains('.', StringComparison.Ordinal))
            throw Invalid($"'{text}' is not an email address.");
        return text;
    }

    private string ParseChoice(object value)
    {
        var text = RequireText(value);
        return Choices!.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
            ?? throw Invalid($"'{text}' is not one of {string.Join(", ", Choices!)}.");
    }

    private string[] ParseList(object value)
    {
        IEnumerable<object?> items = value is string s ? s.Split(',') : value is IEnumerable e ? e.Cast<object?>() : [value];
        var list = items.Select(i => System.Convert.ToString(i, CultureInfo.InvariantCulture)?.Trim())
            .Where(i => !string.IsNullOrEmpty(i)).Select(i => i!).ToArray();
        if (list.Length == 0) throw Invalid("the list is empty; pass $null to go back to the default.");
        return list;
    }

    private string ParseHostPort(object value)
    {
        var text = RequireText(value);
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw Invalid($"'{text}' is not host:port (for example sip.example.com:5060).");
        if (Uri.CheckHostName(text[..colon].Trim('[', ']')) == UriHostNameType.Unknown) throw Invalid($"'{text[..colon]}' is not a host name or address.");
        return text;
    }
}
