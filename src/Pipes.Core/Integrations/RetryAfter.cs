using System.Globalization;
using System.Net.Http.Headers;

namespace Pipes.Integrations;

/// <summary>Reads a Retry-After header in either of its forms: delta seconds (also Graph's decimal "2.128") or an HTTP date.</summary>
public static class RetryAfter
{
    public static TimeSpan? Parse(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.RetryAfter is { } parsed)
        {
            if (parsed.Delta is { } delta) return delta;
            if (parsed.Date is { } date) return Clamp(date - now);
        }
        // HttpClient's typed header rejects decimals such as "2.128"; read the raw value then.
        return response.Headers.TryGetValues("Retry-After", out var raw) ? Parse(raw.FirstOrDefault(), now) : null;
    }

    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds ? TimeSpan.FromSeconds(seconds) : null;
        if (RetryConditionHeaderValue.TryParse(value, out var header) && header.Date is { } date)
            return Clamp(date - now);
        return null;
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}
