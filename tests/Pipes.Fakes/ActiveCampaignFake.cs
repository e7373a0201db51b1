using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipes.Fakes;

/// <summary>
/// ActiveCampaign API v3 under <c>/api/3</c> (../shared/research/api-wire-formats.md §3): the <c>Api-Token</c>
/// header is required and a missing or wrong token is 403 (as ActiveCampaign answers, not 401);
/// <c>/contacts</c> with <c>limit</c> (default 20, at most 100), <c>offset</c>, <c>id_greater</c>, <c>orders[id]</c>,
/// <c>ids[]</c>, <c>email</c>, <c>search</c>, <c>filters[updated_after|created_after]</c> and <c>include</c> of <c>contactLists</c>
/// (each contact's list subscriptions) and <c>fieldValues</c>, comma-separated;
/// <c>/dealGroups</c> with side-loaded <c>dealStages</c>; <c>/deals</c> with <c>filters[group]</c> and <c>filters[stage]</c>;
/// <c>/contactDeals</c>; <c>/fields</c>; <c>/users/me</c>. Ids and numbers are strings (but <c>meta.total</c> of
/// <c>/deals</c> is a number, as in the vendor's example), dates carry the account's offset, unset dates are
/// <c>0000-00-00</c>. At most <see cref="RequestsPerSecond"/> requests in any second per account, else 429
/// with <c>Retry-After</c>; a 503 switch. Control: <c>/_fake/ac/*</c>.
/// </summary>
public sealed class ActiveCampaignFake(string apiToken) : IFakeService
{
    public const string DefaultToken = "fake-activecampaign-token-0123456789";
    private readonly Queue<DateTimeOffset> _window = new();
    private readonly object _limitGate = new();
    private int _throttled;
    private int _unavailable;

    public string Name => "ActiveCampaign";

    public string BasePath => "/";

    public string ApiToken { get; } = apiToken;

    public ActiveCampaignData Data { get; } = CreateData();

    /// <summary>ActiveCampaign's limit: requests in any one second (a sliding window, the strictest reading of "5 per second").</summary>
    public double RequestsPerSecond { get; set; } = 5;

    /// <summary>Called with the list's name and the page's offset before a page of it is made: a test changes the account between pages there.</summary>
    public Action<string, int>? PageServed { get; set; }

    private IResult Served(string list, HttpContext context, Func<IResult> page)
    {
        PageServed?.Invoke(list, Paging(context.Request.Query).Offset);
        return page();
    }

    /// <summary>
    /// How <c>filters[updated_after]</c> compares, which the documentation does not say: strictly after the
    /// instant (a date meaning its midnight in the account's zone), at or after it, or by whole days (only
    /// contacts updated on a later day than the one given).
    /// </summary>
    public UpdatedAfterComparison UpdatedAfter { get; set; }

    /// <summary>429s answered since the last reset.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>Answers the next <paramref name="times"/> API requests with 503 and Retry-After: 1.</summary>
    public void Unavailable(int times) => Interlocked.Exchange(ref _unavailable, times);

    private static ActiveCampaignData CreateData()
    {
        var data = new ActiveCampaignData();
        data.Seed();
        return data;
    }

    public void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/3").AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var given = http.Request.Headers["Api-Token"].ToString();
            if (given != ApiToken)
                return Results.Json(new { message = "No Result found for User with id 0" }, statusCode: StatusCodes.Status403Forbidden);
            if (Interlocked.Decrement(ref _unavailable) >= 0)
            {
                http.Response.Headers.RetryAfter = "1";
                return Results.Json(new { message = "Service temporarily unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            Interlocked.Exchange(ref _unavailable, 0);
            if (!WithinLimit(out var remaining))
            {
                Interlocked.Increment(ref _throttled);
                http.Response.Headers.RetryAfter = "1";
                http.Response.Headers["RateLimit-Limit"] = RequestsPerSecond.ToString(CultureInfo.InvariantCulture);
                http.Response.Headers["RateLimit-Remaining"] = "0";
                return Results.Json(new { message = "Too Many Requests" }, statusCode: StatusCodes.Status429TooManyRequests);
            }
            http.Response.Headers["RateLimit-Limit"] = RequestsPerSecond.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
            return await next(context);
        });
        api.MapGet("/users/me", () => Results.Json(new
        {
            user = new { username = "admin", firstName = "Fake", lastName = "Admin", email = "admin@example.com", id = "1" },
        }));
        api.MapGet("/contacts", (HttpContext context) => Json(ListContacts(context.Request.Query)));
        api.MapGet("/dealGroups", (HttpContext context) => Served("dealGroups", context, () => Json(ListPipelines(context.Request.Query))));
        api.MapGet("/deals", (HttpContext context) => Json(ListDeals(context.Request.Query)));
        api.MapGet("/contactDeals", (HttpContext context) => Json(ListContactDeals(context.Request.Query)));
        api.MapGet("/fields", (HttpContext context) => Json(ListFields(context.Request.Query)));

        app.MapGet("/_fake/ac/throttled", () => Results.Json(new { count = Throttled }));
        app.MapPost("/_fake/ac/settings", async (HttpContext context) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            if (body["requestsPerSecond"] is { } rps) RequestsPerSecond = rps.GetValue<double>();
            if (body["updatedAfter"] is { } comparison) UpdatedAfter = Enum.Parse<UpdatedAfterComparison>(comparison.GetValue<string>(), ignoreCase: true);
            if (body["unavailable"] is { } times) Unavailable(times.GetValue<int>());
            return Results.Ok();
        });
        app.MapPost("/_fake/ac/generate", async (HttpContext context) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            Data.Generate(body["count"]!.GetValue<int>());
            return Results.Ok();
        });
        app.MapPost("/_fake/ac/contactDeals", async (HttpContext context) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            lock (Data.Gate) Data.ContactDeals.Add(new ActiveCampaignData.ContactDeal(Data.ContactDeals.Count + 1, body["deal"]!.GetValue<long>(), body["contact"]!.GetValue<long>()));
            return Results.Ok();
        });
        app.MapPost("/_fake/ac/touch", async (HttpContext context) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            Data.Touch(body["ids"]!.AsArray().Select(i => i!.GetValue<long>()), body["at"] is { } at ? DateTimeOffset.Parse(at.GetValue<string>(), CultureInfo.InvariantCulture) : null);
            return Results.Ok();
        });
        app.MapPost("/_fake/ac/subscription", async (HttpContext context) =>
        {
            // A contact's list status changed (an unsubscribe, a bounce). Its own update time stays as it was: whether ActiveCampaign
            // moves it is not documented, and not moving it is the case a pull must be right in.
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            lock (Data.Gate)
                Data.Contacts[body["contact"]!.GetValue<long>()].Lists[body["list"]!.GetValue<long>()] =
                    new ActiveCampaignData.Subscription(body["status"]!.GetValue<int>(), ActiveCampaignData.Now(), (string?)body["reason"]);
            return Results.Ok();
        });
        app.MapPost("/_fake/ac/delete", async (HttpContext context) =>
        {
            // A contact deleted in ActiveCampaign: its deals stay.
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            lock (Data.Gate) foreach (var id in body["ids"]!.AsArray()) Data.Contacts.Remove(id!.GetValue<long>());
            return Results.Ok();
        });
        app.MapPost("/_fake/ac/contacts", async (HttpContext context) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            var id = Data.Add(body["email"]!.GetValue<string>(), (string?)body["firstName"], (string?)body["lastName"], (string?)body["phone"]);
            return Results.Json(new { id = id.ToString(CultureInfo.InvariantCulture) });
        });
    }

    public void Reset()
    {
        Data.Seed();
        RequestsPerSecond = 5;
        UpdatedAfter = UpdatedAfterComparison.Strict;
        IgnoresOffset = false;
        PageServed = null;
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _unavailable, 0);
        lock (_limitGate) _window.Clear();
    }

    private bool WithinLimit(out int remaining)
    {
        var now = DateTimeOffset.UtcNow;
        lock (_limitGate)
        {
            while (_window.Count > 0 && now - _window.Peek() >= TimeSpan.FromSeconds(1)) _window.Dequeue();
            var limit = (int)Math.Max(1, Math.Floor(RequestsPerSecond));
            if (_window.Count >= limit)
            {
                remaining = 0;
                return false;
            }
            _window.Enqueue(now);
            remaining = limit - _window.Count;
            return true;
        }
    }

    private static IResult Json(JsonObject body) => Results.Content(body.ToJsonString(), "application/json");

    private JsonObject ListContacts(IQueryCollection query)
    {
        var (limit, offset) = Paging(query);
        List<ActiveCampaignData.Contact> matched;
        lock (Data.Gate)
        {
            IEnumerable<ActiveCampaignData.Contact> contacts = Data.Contacts.Values;
            var ids = Values(query, "ids").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries)).Select(long.Parse).ToHashSet();
            if (ids.Count > 0) contacts = contacts.Where(c => ids.Contains(c.Id));
            if (query["email"].ToString() is { Length: > 0 } email) contacts = contacts.Where(c => string.Equals(c.Email.Trim().TrimEnd('.'), email, StringComparison.OrdinalIgnoreCase));
            if (query["search"].ToString() is { Length: > 0 } search)
                contacts = contacts.Where(c => new[] { c.FirstName, c.LastName, c.Email, c.Phone, c.OrgName, c.FirstName + " " + c.LastName }.Any(f => f.Contains(search, StringComparison.OrdinalIgnoreCase)));
            if (long.TryParse(query["id_greater"], out var greater)) contacts = contacts.Where(c => c.Id > greater);
            if (long.TryParse(query["id_less"], out var less)) contacts = contacts.Where(c => c.Id < less);
            if (Filter(query, "updated_after") is { } updated) contacts = contacts.Where(c => UpdatedAfter switch
            {
                UpdatedAfterComparison.Inclusive => c.Updated >= updated,
                UpdatedAfterComparison.ByDay => TimeZoneInfo.ConvertTime(c.Updated, ActiveCampaignData.AccountZone).Date > TimeZoneInfo.ConvertTime(updated, ActiveCampaignData.AccountZone).Date,
                _ => c.Updated > updated,
            });
            if (Filter(query, "created_after") is { } created) contacts = contacts.Where(c => c.Created > created);
            if (string.Equals(query["orders[id]"], "DESC", StringComparison.OrdinalIgnoreCase)) contacts = contacts.OrderByDescending(c => c.Id);
            matched = contacts.ToList();
        }
        var page = matched.Skip(offset).Take(limit).ToList();
        var body = new JsonObject
        {
            ["scoreValues"] = new JsonArray(),
            ["contacts"] = new JsonArray(page.Select(c => (JsonNode)ContactJson(c)).ToArray()),
            ["meta"] = new JsonObject
            {
                ["total"] = matched.Count.ToString(CultureInfo.InvariantCulture),
                ["page_input"] = new JsonObject { ["limit"] = limit, ["offset"] = offset, ["search"] = query["search"].ToString() is { Length: > 0 } s ? s : null },
            },
        };
        var include = query["include"].ToString().Split(',', StringSplitOptions.TrimEntries);
        if (include.Contains("contactLists"))
        {
            // Side-loaded as ActiveCampaign does: each contact names its contactList ids, the subscriptions come beside the contacts.
            foreach (var (json, c) in ((JsonArray)body["contacts"]!).Zip(page))
                json!["contactLists"] = new JsonArray(c.Lists.Keys.Select(l => (JsonNode)$"{c.Id}{l:000}").ToArray());
            body["contactLists"] = new JsonArray(page.SelectMany(c => c.Lists.Select(l => (JsonNode)new JsonObject
            {
                ["contact"] = c.Id.ToString(CultureInfo.InvariantCulture), ["list"] = l.Key.ToString(CultureInfo.InvariantCulture),
                ["form"] = null, ["seriesid"] = "0", ["sdate"] = ActiveCampaignData.Format(c.Created),
                ["udate"] = l.Value.Status == 1 ? null : ActiveCampaignData.Format(l.Value.Changed),
                ["status"] = l.Value.Status.ToString(CultureInfo.InvariantCulture), ["responder"] = "1", ["sync"] = "0",
                ["unsubreason"] = l.Value.Reason, ["first_name"] = c.FirstName, ["last_name"] = c.LastName, ["sourceid"] = "0",
                ["id"] = $"{c.Id}{l.Key:000}",
            })).ToArray());
        }
        if (include.Contains("fieldValues"))
            body["fieldValues"] = new JsonArray(page.SelectMany(c => c.Fields.Select(f => (JsonNode)new JsonObject
            {
                ["contact"] = c.Id.ToString(CultureInfo.InvariantCulture), ["field"] = f.Key, ["value"] = f.Value, ["id"] = $"{c.Id}{f.Key}",
            })).ToArray());
        return body;
    }

    private static JsonObject ContactJson(ActiveCampaignData.Contact c) => new()
    {
        ["cdate"] = ActiveCampaignData.Format(c.Created),
        ["email"] = c.Email,
        ["phone"] = c.Phone,
        ["firstName"] = c.FirstName,
        ["lastName"] = c.LastName,
        ["orgid"] = c.OrgName.Length > 0 ? "3" : "0",
        ["orgname"] = c.OrgName,
        ["bounced_hard"] = "0",
        ["bounced_date"] = "0000-00-00",
        ["hash"] = "0d9c41ae7a4de516313673e2341f6003",
        ["deleted"] = "0",
        ["udate"] = ActiveCampaignData.Format(c.Updated),
        ["deleted_at"] = "0000-00-00 00:00:00",
        ["scoreValues"] = new JsonArray(),
        ["links"] = new JsonObject { ["contactDeals"] = $"/api/3/contacts/{c.Id}/contactDeals", ["deals"] = $"/api/3/contacts/{c.Id}/deals", ["fieldValues"] = $"/api/3/contacts/{c.Id}/fieldValues" },
        ["id"] = c.Id.ToString(CultureInfo.InvariantCulture),
        ["organization"] = null,
    };

    private JsonObject ListPipelines(IQueryCollection query)
    {
        var (limit, offset) = Paging(query);
        lock (Data.Gate)
        {
            var groups = Data.Pipelines.Skip(offset).Take(limit).ToList();
            var ids = groups.Select(g => g.Id).ToHashSet();
            return new JsonObject
            {
                ["dealGroups"] = new JsonArray(groups.Select(g => (JsonNode)new JsonObject
                {
                    ["allgroups"] = "1", ["allusers"] = "1", ["autoassign"] = "1", ["cdate"] = "2026-01-16T14:51:57-06:00", ["currency"] = g.Currency,
                    ["id"] = S(g.Id), ["links"] = new JsonObject { ["stages"] = $"/api/3/dealGroups/{g.Id}/stages" },
                    ["stages"] = new JsonArray(Data.Stages.Where(s => s.Group == g.Id).Select(s => (JsonNode)S(s.Id)).ToArray()),
                    ["title"] = g.Title, ["udate"] = "2026-03-01T11:06:32-06:00",
                }).ToArray()),
                ["dealStages"] = new JsonArray(Data.Stages.Where(s => ids.Contains(s.Group)).Select(s => (JsonNode)new JsonObject
                {
                    ["cardRegion1"] = "title", ["cdate"] = "2026-01-20T09:27:32-06:00", ["color"] = "C481DF", ["dealOrder"] = "next-action DESC",
                    ["group"] = S(s.Group), ["id"] = S(s.Id), ["order"] = S(s.Order), ["title"] = s.Title, ["udate"] = "2026-03-01T11:06:14-06:00", ["width"] = "280",
                }).ToArray()),
                ["meta"] = new JsonObject { ["total"] = S(Data.Pipelines.Count) },
            };
        }
    }

    private JsonObject ListDeals(IQueryCollection query)
    {
        var (limit, offset) = Paging(query);
        lock (Data.Gate)
        {
            IEnumerable<ActiveCampaignData.Deal> deals = Data.Deals;
            if (long.TryParse(query["filters[group]"], out var group)) deals = deals.Where(d => d.Group == group);
            if (long.TryParse(query["filters[stage]"], out var stage)) deals = deals.Where(d => d.Stage == stage);
            var matched = deals.ToList();
            return new JsonObject
            {
                ["deals"] = new JsonArray(matched.Skip(offset).Take(limit).Select(d => (JsonNode)new JsonObject
                {
                    ["owner"] = "1", ["contact"] = S(d.Contact), ["organization"] = null, ["group"] = S(d.Group), ["stage"] = S(d.Stage), ["title"] = d.Title,
                    ["description"] = "", ["percent"] = "0", ["cdate"] = ActiveCampaignData.Format(d.Created), ["mdate"] = ActiveCampaignData.Format(d.Modified),
                    ["nextdate"] = null, ["value"] = S(d.ValueCents), ["currency"] = "usd", ["winProbability"] = 44, ["status"] = S(d.Status),
                    ["edate"] = "0000-00-00 00:00:00", ["id"] = S(d.Id), ["isDisabled"] = false,
                }).ToArray()),
                // A number here, as in the vendor's example for /deals (a string elsewhere).
                ["meta"] = new JsonObject { ["currencies"] = new JsonObject(), ["total"] = matched.Count },
            };
        }
    }

    private JsonObject ListContactDeals(IQueryCollection query)
    {
        var (limit, offset) = Paging(query);
        lock (Data.Gate)
            return new JsonObject
            {
                ["contactDeals"] = new JsonArray(Data.ContactDeals.Skip(offset).Take(limit).Select(l => (JsonNode)new JsonObject
                {
                    ["deal"] = S(l.Deal), ["contact"] = S(l.Contact), ["cdate"] = "2026-07-02T10:00:00-05:00", ["id"] = S(l.Id),
                }).ToArray()),
                ["meta"] = new JsonObject { ["total"] = S(Data.ContactDeals.Count) },
            };
    }

    private JsonObject ListFields(IQueryCollection query)
    {
        var (limit, offset) = Paging(query);
        return new JsonObject
        {
            ["fields"] = new JsonArray(Data.Fields.Skip(offset).Take(limit).Select(f => (JsonNode)new JsonObject
            {
                ["title"] = f.Title, ["type"] = f.Type, ["perstag"] = f.Perstag, ["id"] = f.Id,
            }).ToArray()),
            ["meta"] = new JsonObject { ["total"] = S(Data.Fields.Count) },
        };
    }

    private static string S(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Answers every offset-paged list from its first item whatever <c>offset</c> asks (a broken proxy or service).</summary>
    public bool IgnoresOffset { get; set; }

    /// <summary>limit (default 20, at most 100) and offset, as ActiveCampaign pages (offset 0 when <see cref="IgnoresOffset"/>).</summary>
    private (int Limit, int Offset) Paging(IQueryCollection query)
    {
        var limit = int.TryParse(query["limit"], out var l) && l > 0 ? Math.Min(l, 100) : 20;
        var offset = !IgnoresOffset && int.TryParse(query["offset"], out var o) && o > 0 ? o : 0;
        return (limit, offset);
    }

    /// <summary>A repeated parameter in any of its spellings: <c>ids[]=1&amp;ids[]=2</c>, <c>ids=1,2</c>, <c>ids[0]=1</c>.</summary>
    private static IEnumerable<string> Values(IQueryCollection query, string name) =>
        query.Where(p => p.Key == name || p.Key == name + "[]" || (p.Key.StartsWith(name + "[", StringComparison.Ordinal) && p.Key.EndsWith(']'))).SelectMany(p => p.Value).OfType<string>();

    private static DateTimeOffset? Filter(IQueryCollection query, string name) =>
        query["filters[" + name + "]"].ToString() is { Length: > 0 } text ? ActiveCampaignData.ParseFilter(text) ?? throw new BadHttpRequestException("invalid date " + text) : null;
}

/// <summary>The readings of <c>filters[updated_after]</c> the fake can take (see <see cref="ActiveCampaignFake.UpdatedAfter"/>).</summary>
public enum UpdatedAfterComparison
{
    Strict,
    Inclusive,
    ByDay,
}
