using System.Globalization;

namespace Pipes.Fakes;

/// <summary>The ActiveCampaign fake's account: contacts, pipelines and their stages, deals, contactDeals and custom fields.</summary>
public sealed class ActiveCampaignData
{
    /// <summary>The account's time zone: dates go out with its offset (-06:00 in winter, -05:00 in summer), as ActiveCampaign sends them.</summary>
    public static readonly TimeZoneInfo AccountZone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    public sealed class Contact
    {
        public long Id;
        public string Email = "";
        public string Phone = "";
        public string FirstName = "";
        public string LastName = "";
        public string OrgName = "";
        public DateTimeOffset Created;
        public DateTimeOffset Updated;
        public Dictionary<string, string> Fields = [];
        /// <summary>The contact's list subscriptions by list id: status 0 unconfirmed, 1 active, 2 unsubscribed, 3 bounced.</summary>
        public SortedDictionary<long, Subscription> Lists = [];
    }

    /// <summary>A contact's subscription to a list (a contactList): its status, when it last changed, and the reason an unsubscribe gave.</summary>
    public sealed record Subscription(int Status, DateTimeOffset Changed, string? Reason = null);

    public sealed record Deal(long Id, long Contact, long Group, long Stage, string Title, long ValueCents, int Status, DateTimeOffset Created, DateTimeOffset Modified);

    public sealed record ContactDeal(long Id, long Deal, long Contact);

    public sealed record Stage(long Id, long Group, string Title, int Order);

    public sealed record Pipeline(long Id, string Title, string Currency);

    public readonly object Gate = new();
    public readonly SortedDictionary<long, Contact> Contacts = [];
    public readonly List<Pipeline> Pipelines = [];
    public readonly List<Stage> Stages = [];
    public readonly List<Deal> Deals = [];
    public readonly List<ContactDeal> ContactDeals = [];
    public readonly List<(string Id, string Title, string Perstag, string Type)> Fields = [];

    /// <summary>The seeded account: 30 contacts (some with odd phones and emails), two pipelines of three stages, 12 deals and 3 further deal contacts.</summary>
    public void Seed()
    {
        lock (Gate)
        {
            Contacts.Clear(); Pipelines.Clear(); Stages.Clear(); Deals.Clear(); ContactDeals.Clear();
            Fields.Clear(); Fields.AddRange([("1", "Mineral County", "MINERAL_COUNTY", "dropdown"), ("2", "Net Acres", "NET_ACRES", "text")]);
            var start = new DateTimeOffset(2026, 7, 1, 15, 0, 0, TimeSpan.Zero); // summer: -05:00 in the account's zone
            string[] firsts = ["Ann", "Bo", "Cy", "Dee", "Ed", "Flo", "Gus", "Hal", "Ida", "Jo"];
            string[] lasts = ["Baker", "Lee", "Moss", "Nunez", "Ortiz", "Price", "Quinn", "Reyes", "Stone", "Tate"];
            for (var i = 1; i <= 30; i++)
            {
                var c = new Contact
                {
                    Id = i,
                    Email = $"{firstName(i).ToLowerInvariant()}.{lastName(i).ToLowerInvariant()}{i}@example.com",
                    Phone = $"(713) 555-{1000 + i:0000}",
                    FirstName = firstName(i),
                    LastName = lastName(i),
                    OrgName = i % 4 == 0 ? $"Basin Royalty {i} LLC" : "",
                    Created = start.AddDays(i),
                    Updated = start.AddDays(i).AddHours(1),
                };
                c.Fields["1"] = i % 2 == 0 ? "Reeves" : "Loving";
                c.Fields["2"] = (i * 10).ToString(CultureInfo.InvariantCulture);
                Contacts[i] = c;
            }
            // Every contact on list 1 (active); and what lists hold: an unsubscribe with its reason, a bounce, an unsubscribe from one
            // list beside an active subscription to another, a subscription not yet confirmed (double opt-in).
            foreach (var c in Contacts.Values) c.Lists[1] = new Subscription(1, c.Created);
            Contacts[12].Lists[1] = new Subscription(2, start.AddDays(40), "Not selling, please stop");
            Contacts[13].Lists[1] = new Subscription(3, start.AddDays(41));
            Contacts[15].Lists[2] = new Subscription(2, start.AddDays(42));
            Contacts[16].Lists[1] = new Subscription(0, Contacts[16].Created);
                        // What real accounts hold: a phone that is not one, two phones in one field, an email with a sentence's full stop, no name.
            Contacts[7].Phone = "call the office";
            Contacts[8].Email = " Hal.Reyes8@Example.com. ";
            Contacts[9].Phone = "+44 20 7946 0958";
            Contacts[10].FirstName = ""; Contacts[10].LastName = "";
            Contacts[11].Phone = "(713) 555-1011 / 281-555-0111"; // two numbers in the one phone field
            Pipelines.Add(new Pipeline(1, "Mineral Buyers", "usd"));
            Pipelines.Add(new Pipeline(2, "Royalty Owners", "usd"));
            Stages.Add(new Stage(1, 1, "New Lead", 1)); Stages.Add(new Stage(2, 1, "Contacted", 2)); Stages.Add(new Stage(3, 1, "Offer Made", 3));
            Stages.Add(new Stage(4, 2, "New Lead", 1)); Stages.Add(new Stage(5, 2, "Qualified", 2)); Stages.Add(new Stage(6, 2, "Closed", 3));
            for (var d = 1; d <= 12; d++)
            {
                var group = d <= 8 ? 1 : 2;
                var stage = group == 1 ? 1 + (d % 3) : 4 + (d % 3);
                Deals.Add(new Deal(d, d * 2, group, stage, $"Section {d} minerals", 125_000 + d * 1_050, d % 5 == 0 ? 1 : 0, start.AddDays(d), start.AddDays(d).AddMinutes(30)));
            }
            // Further contacts of deals 1, 2 and 9 (contactDeals), one of them also the primary of another deal.
            ContactDeals.Add(new ContactDeal(1, 1, 25)); ContactDeals.Add(new ContactDeal(2, 2, 4)); ContactDeals.Add(new ContactDeal(3, 9, 27));

            string firstName(int i) => firsts[(i - 1) % firsts.Length];
            string lastName(int i) => lasts[(i - 1) / firsts.Length % lasts.Length];
        }
    }

    /// <summary>Replaces the contacts with <paramref name="count"/> generated ones (ids 1..count), for large pulls.</summary>
    public void Generate(int count)
    {
        lock (Gate)
        {
            Contacts.Clear();
            var start = new DateTimeOffset(2026, 1, 5, 15, 0, 0, TimeSpan.Zero);
            for (var i = 1; i <= count; i++)
                Contacts[i] = new Contact
                {
                    Id = i, Email = $"owner{i}@example.com", Phone = $"713{2000000 + i % 8000000:0000000}", FirstName = "Owner", LastName = $"No{i}",
                    Created = start.AddMinutes(i), Updated = start.AddMinutes(i),
                };
        }
    }

    /// <summary>Sets the update time of the given contacts (now when <paramref name="at"/> is null), as an edit in ActiveCampaign would.</summary>
    public void Touch(IEnumerable<long> ids, DateTimeOffset? at = null)
    {
        var when = at ?? Now();
        lock (Gate)
            foreach (var id in ids)
                if (Contacts.TryGetValue(id, out var c)) c.Updated = when;
    }

    /// <summary>Adds a contact (the next id), created and updated now; returns its id.</summary>
    public long Add(string email, string? firstName = null, string? lastName = null, string? phone = null, DateTimeOffset? at = null)
    {
        lock (Gate)
        {
            var id = Contacts.Count == 0 ? 1 : Contacts.Keys.Max() + 1;
            var when = at ?? Now();
            Contacts[id] = new Contact { Id = id, Email = email, FirstName = firstName ?? "", LastName = lastName ?? "", Phone = phone ?? "", Created = when, Updated = when };
            return id;
        }
    }

    /// <summary>Now, to the second, as ActiveCampaign's dates carry it.</summary>
    public static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>An instant as ActiveCampaign writes it: ISO 8601 in the account's zone with its offset ("2026-07-02T10:00:00-05:00").</summary>
    public static string Format(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, AccountZone).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// A date filter's value: a date ("2026-07-02", midnight in the account's zone) or a date and time (with an
    /// offset, or in the account's zone without one). Null when it is neither.
    /// </summary>
    public static DateTimeOffset? ParseFilter(string text)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day, AccountZone.GetUtcOffset(day));
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && (text.Contains('+') || text.EndsWith('Z') || text.LastIndexOf('-') > 9))
            return at;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(local, AccountZone.GetUtcOffset(local));
        return null;
    }
}
