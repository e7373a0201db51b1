using System.Text.Json;

namespace Pipes.Integrations;

/// <summary>
/// Pulls the human message and code out of the error bodies our services send: Graph and Google
/// (<c>{"error":{"code","message"}}</c>), OAuth (<c>error_description</c>), ActiveCampaign
/// (<c>{"errors":[{"title"}]}</c> or <c>{"message"}</c>).
/// </summary>
public static class ErrorBody
{
    private const int MaxLength = 300;

    public static (string? Code, string? Message) Describe(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return (null, null);
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, Shorten(body));
            if (root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.Object)
                    return (Text(error, "code") ?? Text(error, "status"), Shorten(Text(error, "message")));
                if (error.ValueKind == JsonValueKind.String)
                    return (error.GetString(), Shorten(Text(root, "error_description") ?? error.GetString()));
            }
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                if (first.ValueKind == JsonValueKind.Object)
                    return (Text(first, "code"), Shorten(Text(first, "title") ?? Text(first, "message") ?? Text(first, "detail")));
            }
            return (null, Shorten(Text(root, "message")));
        }
        catch (JsonException)
        {
            return (null, Shorten(body));
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string? Shorten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim().ReplaceLineEndings(" ");
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }
}
