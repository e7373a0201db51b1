using Pipes.Import.Normalization;
using Pipes.Integrations;

namespace Pipes.Bria;

/// <summary>A number made ready to dial: digits as dialed, the URI for the softphone, the extension.</summary>
public sealed record DialTarget(string Number, string? Extension, string Uri, string Display);

/// <summary>
/// Builds the URI Bria is launched with from a phone number, normalised by the importer's own code:
/// tel: per RFC 3966 (tel:+17135551234;ext=204), sip: (sip:7135551234@domain) or callto:, with the
/// outside-line prefix and country code from the Dialer.* settings.
/// </summary>
public static class DialPlan
{
    public static DialTarget Build(string? phone, string? extension, string scheme, string? sipDomain, string? outsidePrefix, string countryCode)
    {
        var normalized = PhoneNormalizer.Normalize(phone);
        if (!normalized.IsUsable)
            throw new InvalidInputError("Dialer", "Dial", $"'{phone}' is not a phone number that can be dialed: {normalized.Problem}.", phone, ErrorIds.InvalidPhoneNumber);
        var ext = Digits(extension) ?? normalized.Extension;
        var number = normalized.Number!;
        var international = number.StartsWith('+');
        var global = international ? number : "+" + countryCode + number; // E.164
        var prefix = Digits(outsidePrefix) ?? "";
        var uri = scheme.ToLowerInvariant() switch
        {
            "tel" when prefix.Length == 0 => $"tel:{global}" + (ext is null ? "" : $";ext={ext}"),
            // A prefixed number is no longer global: RFC 3966 wants a phone-context for it.
            "tel" => $"tel:{prefix}{(international ? "011" + number[1..] : countryCode + number)};phone-context={"+" + countryCode}" + (ext is null ? "" : $";ext={ext}"),
            "sip" when string.IsNullOrWhiteSpace(sipDomain) => throw new NotConfiguredError("Dialer", "Dial", ["Dialer.SipDomain"]),
            "sip" => $"sip:{prefix}{(international ? global : number)}@{sipDomain!.Trim()}",
            "callto" => $"callto:{prefix}{global}",
            _ => throw new InvalidInputError("Dialer", "Dial", $"'{scheme}' is not a dial scheme (tel, sip or callto).", scheme, ErrorIds.InvalidSetting),
        };
        var display = international ? number : $"({number[..3]}) {number[3..6]}-{number[6..]}";
        return new DialTarget(number, ext, uri, ext is null ? display : $"{display} x{ext}");
    }

    private static string? Digits(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }
}
