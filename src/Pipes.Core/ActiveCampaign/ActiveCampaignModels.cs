using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipes.ActiveCampaign;

// ActiveCampaign API v3 answers as Pipes reads them (../shared/research/api-wire-formats.md §3, from the
// vendor's reference pages developers.activecampaign.com/reference/*). Ids and numbers come as strings
// ("id": "5", "meta": {"total": "6"}) on most endpoints and as numbers on others ("total": 3 on /deals):
// every scalar is read as text (AcTextConverter) and parsed where it is used.

/// <summary><c>meta</c> of a list: <c>total</c> is the count of everything the query matches (a string or a number).</summary>
public sealed record AcMeta(string? Total)
{
    public long? TotalCount => long.TryParse(Total, NumberStyles.Integer, CultureInfo.InvariantCulture, out var total) ? total : null;
}

/// <summary>A <c>contact</c>: dates are ISO 8601 with the account's offset, or <c>0000-00-00</c> when unset.</summary>
public sealed record AcContact(string? Id, string? Email, string? Phone, string? FirstName, string? LastName, string? Orgname, string? Cdate, string? Udate);

/// <summary>A custom field's value on a contact, side-loaded by <c>include=fieldValues</c>.</summary>
public sealed record AcFieldValue(string? Contact, string? Field, string? Value);

/// <summary>
/// A contact's subscription to a list, side-loaded by <c>include=contactLists</c>. <c>status</c> is 0 unconfirmed, 1 active,
/// 2 unsubscribed, 3 bounced (the vendor's "Update list status for a contact" reference, as its client libraries quote it;
/// a string or a number); <c>udate</c> when it last changed, <c>unsubreason</c> the words the contact gave, if any.
/// </summary>
public sealed record AcContactList(string? Contact, string? List, string? Status, string? Sdate, string? Udate, string? Unsubreason);

/// <summary><c>GET /contacts</c>.</summary>
public sealed record AcContactPage(IReadOnlyList<AcContact>? Contacts, IReadOnlyList<AcFieldValue>? FieldValues, IReadOnlyList<AcContactList>? ContactLists, AcMeta? Meta);

/// <summary>A custom contact field (<c>GET /fields</c>): its id, the title people know it by, and its type (text, dropdown, checkbox, listbox, date, ...).</summary>
public sealed record AcField(string? Id, string? Title, string? Perstag, string? Type);

/// <summary>A custom field as a pull names it: its (unique) title, and whether its value is several options.</summary>
internal sealed record AccountField(string Title, bool HoldsSeveral);

/// <summary>
/// The account's custom fields as one pull read them (by field id), and the ids of fields whose values came on contacts
/// though the list did not have them (created or deleted while the pull ran), with those contacts' ids.
/// </summary>
internal sealed class AccountFields(IReadOnlyDictionary<string, AccountField> titles)
{
    public IReadOnlyDictionary<string, AccountField> Titles { get; } = titles;
    public SortedSet<string> Unknown { get; } = new(StringComparer.Ordinal);
    public List<string> UnknownOn { get; } = [];
    private readonly HashSet<string> _unknownOn = new(StringComparer.Ordinal);

    /// <summary>Field <paramref name="field"/>, not in <see cref="Titles"/>, has a value on contact <paramref name="contact"/>.</summary>
    public void NoteUnknown(string field, string contact)
    {
        Unknown.Add(field);
        if (_unknownOn.Add(contact)) UnknownOn.Add(contact);
    }
}

/// <summary><c>GET /fields</c>.</summary>
public sealed record AcFieldPage(IReadOnlyList<AcField>? Fields, AcMeta? Meta);

/// <summary>A pipeline (<c>dealGroup</c>); <c>stages</c> are the ids of its stages.</summary>
public sealed record AcDealGroup(string? Id, string? Title, string? Currency, IReadOnlyList<string>? Stages, string? Cdate);

/// <summary>A stage (<c>dealStage</c>), side-loaded with the pipelines; <c>group</c> is its pipeline's id.</summary>
public sealed record AcDealStage(string? Id, string? Title, string? Group, string? Order);

/// <summary><c>GET /dealGroups</c>.</summary>
public sealed record AcDealGroupPage(IReadOnlyList<AcDealGroup>? DealGroups, IReadOnlyList<AcDealStage>? DealStages, AcMeta? Meta);

/// <summary>A deal: <c>contact</c> is its primary contact, <c>group</c> its pipeline, <c>value</c> in cents.</summary>
public sealed record AcDeal(string? Id, string? Contact, string? Group, string? Stage, string? Title, string? Value, string? Currency, string? Status, string? Cdate, string? Mdate);

/// <summary><c>GET /deals</c>.</summary>
public sealed record AcDealPage(IReadOnlyList<AcDeal>? Deals, AcMeta? Meta);

/// <summary>A further contact of a deal (<c>contactDeal</c>).</summary>
public sealed record AcContactDeal(string? Id, string? Deal, string? Contact);

/// <summary><c>GET /contactDeals</c>.</summary>
public sealed record AcContactDealPage(IReadOnlyList<AcContactDeal>? ContactDeals, AcMeta? Meta);

/// <summary>Reads any JSON scalar (string, number, true/false) as its text; null stays null. ActiveCampaign sends ids and numbers either way.</summary>
public sealed class AcTextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()),
        JsonTokenType.True => "1",
        JsonTokenType.False => "0",
        JsonTokenType.Null => null,
        _ => SkipValue(ref reader),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    // An object or array where a scalar was expected ("organization": {...}) is read as absent, not as a failed page.
    private static string? SkipValue(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}

/// <summary>Source-generated readers for ActiveCampaign's answers.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true, Converters = [typeof(AcTextConverter)])]
[JsonSerializable(typeof(AcContactPage))]
[JsonSerializable(typeof(AcFieldPage))]
[JsonSerializable(typeof(AcDealGroupPage))]
[JsonSerializable(typeof(AcDealPage))]
[JsonSerializable(typeof(AcContactDealPage))]
internal sealed partial class AcJson : JsonSerializerContext;
