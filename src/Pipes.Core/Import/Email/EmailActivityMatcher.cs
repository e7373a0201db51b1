using Pipes.Integrations;
using Pipes.Import.Normalization;

namespace Pipes.Import.Email;

/// <summary>
/// The seed's import_emails: matches each message's participants to prospects by address (a
/// dictionary lookup, so time grows with the export, not with export × prospects), and Exchange
/// X.500 participants by display name when exactly one prospect has that name.
/// </summary>
public sealed class EmailActivityMatcher
{
    // "jo@bücher.de" and "jo@xn--bcher-kva.de" are one address: a prospect list and an export may each hold either form.
    private readonly Dictionary<string, List<ProspectEntry>> _byAddress = new(EmailNormalizer.AddressComparer);
    private readonly Dictionary<string, List<ProspectEntry>> _byName = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>The prospects by the mailbox each address delivers to (<see cref="Mailbox"/>): asked only when no address is the very one.</summary>
    private readonly Dictionary<string, List<ProspectEntry>> _byMailbox = new(EmailNormalizer.AddressComparer);
    private readonly HashSet<string> _mine;
    private readonly HashSet<string> _myMailboxes;
    private readonly HashSet<string> _myNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ProspectEntry, string> _keys = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The activity Ids (and, for unmatched messages, the MessageIds) already given by this matcher, as 16-byte
    /// values: one matcher reads all the files of one import, and a message found in two of them (the inbox and
    /// Sent Items copies of a message you copied yourself on, or one folder exported twice) is the same activity
    /// with the same Id, given once.
    /// </summary>
    private readonly HashSet<Guid> _given = [];

    public EmailActivityMatcher(IEnumerable<ProspectEntry> prospects, IEnumerable<string> myAddresses)
    {
        // "Lee Landman <lee@landco.com>" is lee@landco.com, as a cell of the export would be.
        var mine = myAddresses.SelectMany(EmailAddressList.Parse).ToList();
        _mine = new HashSet<string>(mine.Select(p => p.Address).OfType<string>(), EmailNormalizer.AddressComparer);
        _myMailboxes = new HashSet<string>(_mine.Select(Mailbox).OfType<string>(), EmailNormalizer.AddressComparer);
        foreach (var name in mine.Select(p => MatchName(p.Name)).OfType<string>()) _myNames.Add(name);

        // "Carl Cee <carl@cee.org>", "a@x.com; b@y.org": the addresses inside, read as the export's cells are.
        var entries = prospects.Select(p => (Prospect: p, Key: BaseKey(p), Addresses: p.Addresses.SelectMany(EmailAddressList.Addresses).Distinct(EmailNormalizer.AddressComparer).ToList())).ToList();
        AssignKeys(entries);
        foreach (var (prospect, _, addresses) in entries)
        {
            // My own row in the contact list: my address never matches, but my X.500 sender would by its display name,
            // and my other addresses by address. It is me, not a prospect (keyed above all the same, so others' Ids do not move).
            if (addresses.Exists(_mine.Contains))
            {
                _prospectsThatAreMe.Add(NormalName(prospect.Name) is { Length: > 0 } myName ? myName : addresses[0]);
                continue;
            }
            foreach (var address in addresses)
            {
                Add(_byAddress, address, prospect);
                if (Mailbox(address) is { } mailbox) Add(_byMailbox, mailbox, prospect);
            }
            if (MatchName(prospect.Name) is { Length: > 0 } name) Add(_byName, name, prospect);
        }
    }

    public int ProspectAddresses => _byAddress.Count;

    /// <summary>What names a prospect in its activities' Ids, before namesakes are told apart: its CRM key, else its name.</summary>
    private static string BaseKey(ProspectEntry prospect) =>
        prospect.Key is { Length: > 0 } given ? "key:" + given : "name:" + (NormalName(prospect.Name) ?? "").ToLowerInvariant();

    /// <summary>
    /// The key each prospect's activity Ids are made with (<see cref="BaseKey"/>). Prospects of one key are told apart
    /// by the matched address, which is in the Id too, so only those sharing an address with another of their key need
    /// more: their own addresses, sorted, and "#2" ... among those with the very same addresses (who are alike in all
    /// but their place). The order of the list therefore changes no Id (it used to number every second namesake,
    /// so a list sorted another way the next night gave other Ids), nor does a namesake with a mailbox of its own.
    /// </summary>
    private void AssignKeys(List<(ProspectEntry Prospect, string Key, List<string> Addresses)> entries)
    {
        foreach (var group in entries.GroupBy(e => e.Key, StringComparer.Ordinal))
        {
            // How many of the group hold each address (in the form keys compare it): linear, as a list of bare addresses is one group.
            var holders = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (_, _, addresses) in group)
                foreach (var address in addresses.Select(Comparable).Distinct(StringComparer.Ordinal))
                    holders[address] = holders.GetValueOrDefault(address) + 1;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (prospect, key, addresses) in group)
            {
                var own = addresses.Select(Comparable).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                if (!own.Exists(a => holders[a] > 1))
                {
                    _keys[prospect] = key;
                    continue;
                }
                var told = key + "#" + string.Join(",", own);
                var count = counts[told] = counts.GetValueOrDefault(told) + 1;
                _keys[prospect] = count == 1 ? told : told + "#" + count;
            }
        }

        static string Comparable(string address) => EmailNormalizer.ComparableForm(address).ToLowerInvariant();
    }

    private readonly List<string> _prospectsThatAreMe = [];

    /// <summary>
    /// The prospects (their names, else their first address) that hold one of my addresses: my own row in the
    /// contact list. They are matched to no message, by address or by display name.
    /// </summary>
    public IReadOnlyList<string> ProspectsThatAreMe => _prospectsThatAreMe;

    /// <remarks>timeZone: the zone of the export's dates without an offset (see <see cref="OutlookExportReader.Read"/>); null: this machine's.</remarks>
    /// <exception cref="PipesException">The file cannot be read, or breaks part way; activities already yielded stand.</exception>
    public IEnumerable<(EmailActivity? Activity, PipesException? Error)> Import(string path, System.Text.Encoding? encoding, bool includeUnmatched, EmailImportSummary summary,
        ImportLimits? limits = null, CancellationToken cancellationToken = default, DateOrder dateOrder = DateOrder.Auto, TimeZoneInfo? timeZone = null)
    {
        // The X.500 addresses that take part in every message of the file so far (as sender or recipient): the evidence
        // for which X.500 address is mine (X500SenderWarning). Null before the first message.
        HashSet<string>? inEveryMessage = null;
        foreach (var (message, error) in OutlookExportReader.Read(path, encoding, summary, limits, cancellationToken, dateOrder, timeZone))
        {
            if (error is not null)
            {
                yield return (null, error);
                continue;
            }
            var x500s = message!.To.Prepend(message.From).Concat(message.Cc).Concat(message.Bcc)
                .Where(p => p.IsX500).Select(p => p.Address).OfType<string>();
            if (inEveryMessage is null) inEveryMessage = new HashSet<string>(x500s, StringComparer.OrdinalIgnoreCase);
            else if (inEveryMessage.Count > 0) inEveryMessage.IntersectWith(x500s);
            var matched = 0;
            var repeated = 0;
            foreach (var activity in Match(message!, path, summary))
            {
                matched++;
                if (!_given.Add(IdKey(activity.Id)))
                {
                    repeated++;
                    continue;
                }
                summary.Activities++;
                yield return (activity, null);
            }
            if (matched > 0)
            {
                if (repeated == matched) summary.RepeatedMessages++;
                continue;
            }
            // Keyed apart from activity Ids: the hash of a MessageId is no activity's Id.
            if (!_given.Add(IdKey(OutlookExportReader.Hash("unmatched\u001f" + message!.MessageId))))
            {
                summary.RepeatedMessages++;
                continue;
            }
            summary.UnmatchedMessages++;
            if (includeUnmatched) yield return (Activity(message!, path, null, null, null), null);
        }
        if (X500SenderWarning(path, summary, inEveryMessage ?? []) is { } warning) summary.Warnings.Add(warning);
    }

    /// <summary>
    /// Exchange writes the sender of a sent item as its X.500 address: with only SMTP addresses in -MyAddress,
    /// every message you sent would pass for Received, silently. Said whenever X.500 senders were met and
    /// -MyAddress holds no X.500 address. It names an address as yours only on evidence in the file: the one X.500
    /// sender with a name of yours (-MyAddress 'Lee Landman &lt;lee@landco.com&gt;'), else the one X.500 address that
    /// takes part in every message of the file (<paramref name="inEveryMessage"/>: the sender of every message of a
    /// Sent Items export, the recipient or sender of each in a mailbox's). Otherwise it says it cannot tell and how to
    /// find yours; the sender who sent the most is as likely a colleague.
    /// </summary>
    private string? X500SenderWarning(string path, EmailImportSummary summary, IReadOnlySet<string> inEveryMessage)
    {
        if (summary.X500Senders.Count == 0 || _mine.Any(a => EmailAddressList.IsX500(a))) return null;
        var total = summary.X500Senders.Values.Sum(s => s.Count);
        var mySmtp = _mine.FirstOrDefault(a => !EmailAddressList.IsX500(a));
        string Quote(string a) => "'" + a.Replace("'", "''") + "'";
        // x500 quoted already: an address, or the placeholder for one.
        string Example(string x500) => string.Join(", ", new[] { mySmtp is null ? null : Quote(mySmtp), x500 }.OfType<string>());
        string Sender(string address, long count, string? name) => $"{address} ({(name is { Length: > 0 } ? name + ", " : "")}{count:N0} message{(count == 1 ? "" : "s")})";
        string AddIt(string x500) => $"-MyAddress {Example(x500)} ($PSDefaultParameterValues['Import-PipesEmail:MyAddress'] = {Example(x500)} keeps it for the session). "
            + "With an X.500 address in -MyAddress this is not said.";
        var head = $"{Path.GetFileName(path)}: {total:N0} message{(total == 1 ? " is" : "s are")} from Exchange X.500 addresses, none of them one of -MyAddress, so "
            + $"{(total == 1 ? "it counts" : "they count")} as Received";

        var named = summary.X500Senders.Where(s => MatchName(s.Value.Name) is { } normal && _myNames.Contains(normal)).ToList();
        var everywhere = inEveryMessage.Count == 1 ? inEveryMessage.First() : null;
        if (named.Count == 1 || (named.Count == 0 && everywhere is not null && summary.X500Senders.ContainsKey(everywhere)))
        {
            var (address, (count, name)) = named.Count == 1 ? named[0] : summary.X500Senders.First(s => string.Equals(s.Key, everywhere, StringComparison.OrdinalIgnoreCase));
            var why = named.Count == 1 ? "it has the name -MyAddress gives" : "it takes part in every message of the file, as sender or recipient, as your own address does";
            return $"{head}; yours is most likely {Sender(address, count, name)}: {why}. Exchange writes your own X.500 address as the sender of the messages you sent: "
                + $"if it is yours, add it: {AddIt(Quote(address))}";
        }
        if (named.Count == 0 && everywhere is not null && summary.X500Senders.Count < EmailImportSummary.X500SendersKept)
        {
            // The one address in every message sent none of them: the mailbox's owner, receiving; the X.500 senders are others.
            return $"{head}. {everywhere} takes part in every message of the file and sent none of them, as your own address would in an inbox: if it is yours, "
                + $"those messages are rightly Received; add it and this is not said: {AddIt(Quote(everywhere))}";
        }
        const int Listed = 3;
        var senders = summary.X500Senders.OrderByDescending(s => s.Value.Count).Take(Listed).Select(s => Sender(s.Key, s.Value.Count, s.Value.Name));
        return $"{head}: from {string.Join(", ", senders)}{(summary.X500Senders.Count > Listed ? $" and {summary.X500Senders.Count - Listed:N0} more" : "")}. "
            + "Which of them, if any, is yours cannot be told from this file: "
            + (named.Count > 1 ? "more than one has the name -MyAddress gives, " : "none has a name of yours given in -MyAddress ('Your Name <address>'), ")
            + "and no one X.500 address takes part in every message, as yours does in a Sent Items export. Exchange writes your own X.500 address "
            + "(your mailbox's LegacyExchangeDN: Get-Mailbox <you> | Select-Object LegacyExchangeDN) as the sender of the messages you sent; import your "
            + $"Sent Items export and this warning names it, or add it: {AddIt("'<your X.500 address>'")}";
    }

    private IEnumerable<EmailActivity> Match(EmailMessage message, string path, EmailImportSummary summary)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (message.From is { IsX500: true, Address: { } x500 } && !IsMine(message.From))
        {
            // Kept for the warning above: a bounded few senders, counted.
            if (summary.X500Senders.TryGetValue(x500, out var sender)) summary.X500Senders[x500] = (sender.Count + 1, sender.Name);
            else if (summary.X500Senders.Count < EmailImportSummary.X500SendersKept) summary.X500Senders[x500] = (1, message.From.Name);
        }
        foreach (var participant in message.To.Prepend(message.From).Concat(message.Cc).Concat(message.Bcc))
        {
            if (IsMine(participant)) continue;
            if (participant.IsX500)
            {
                summary.X500Participants++;
                if (MatchName(participant.Name) is { Length: > 0 } name && _byName.TryGetValue(name, out var named) && named.Count == 1)
                {
                    summary.X500MatchedByName++;
                    if (seen.Add(named[0].Prospect)) yield return Activity(message, path, named[0], participant.Name, "DisplayName");
                }
                else
                {
                    summary.X500Unmatched++;
                }
                continue;
            }
            if (participant.Address is not { } address)
            {
                // A name with no address ("To: (Name)" filled, "To: (Address)" empty, as Outlook exports some recipients): matched
                // by the name as an X.500 participant is, only when exactly one prospect has it, and counted so the summary says it.
                if (MatchName(participant.Name) is not { Length: > 0 } nameOnly) continue;
                summary.NameOnlyParticipants++;
                if (_byName.TryGetValue(nameOnly, out var byName) && byName.Count == 1)
                {
                    summary.NameOnlyMatchedByName++;
                    if (seen.Add(byName[0].Prospect)) yield return Activity(message, path, byName[0], participant.Name, "DisplayName");
                }
                continue;
            }
            if (_byAddress.TryGetValue(address, out var prospects))
            {
                foreach (var prospect in prospects)
                    if (seen.Add(prospect.Prospect)) yield return Activity(message, path, prospect, address, "Address");
            }
            else if (Mailbox(address) is { } mailbox && _byMailbox.TryGetValue(mailbox, out prospects))
            {
                // bob+minerals@gmail.com for a prospect listed as bob@gmail.com: the same mailbox, said by MatchedBy.
                foreach (var prospect in prospects)
                    if (seen.Add(prospect.Prospect)) yield return Activity(message, path, prospect, address, "Mailbox");
            }
        }
    }

    /// <summary>An Id (32 hex digits) as the 16 bytes it writes.</summary>
    private static Guid IdKey(string id) => new(Convert.FromHexString(id));

    /// <remarks>A participant without an address is mine by a name of mine given in -MyAddress ('Lee Landman &lt;lee@landco.com&gt;'): a Sent Items export with an empty "From: (Address)".</remarks>
    private bool IsMine(EmailParticipant participant) =>
        participant.Address is { } address
            ? _mine.Contains(address) || (Mailbox(address) is { } mailbox && _myMailboxes.Contains(mailbox))
            : MatchName(participant.Name) is { } name && _myNames.Contains(name);

    /// <summary>
    /// The mailbox an address delivers to, written one way: without a "+tag" after the local part (bob+minerals@gmail.com
    /// is bob@gmail.com at Gmail, Outlook.com, iCloud, Exchange Online and most hosts), and at Gmail without the dots, which
    /// Gmail ignores (b.o.b@googlemail.com is bob@gmail.com). Null for an address without a local part and host (X.500).
    /// </summary>
    internal static string? Mailbox(string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || EmailAddressList.IsX500(address)) return null;
        var local = address[..at];
        var host = address[(at + 1)..].ToLowerInvariant();
        if (local.IndexOf('+') is var plus and > 0) local = local[..plus];
        if (host is "gmail.com" or "googlemail.com") (local, host) = (local.Replace(".", ""), "gmail.com");
        return local + "@" + host;
    }

    private EmailActivity Activity(EmailMessage message, string path, ProspectEntry? prospect, string? matchedAddress, string? matchedBy) => new()
    {
        Id = OutlookExportReader.Hash(string.Join("\u001f", message.MessageId, matchedAddress ?? "", prospect is null ? "" : _keys[prospect])),
        MessageId = message.MessageId,
        Prospect = prospect?.Prospect,
        ProspectEmail = prospect?.Addresses.FirstOrDefault(),
        ProspectName = prospect?.Name,
        MatchedAddress = matchedAddress,
        MatchedBy = matchedBy,
        Direction = IsMine(message.From) ? EmailDirection.Sent : message.From.IsNoOne ? EmailDirection.Unsent : EmailDirection.Received,
        Subject = message.Subject,
        Body = message.Body,
        Date = message.Date,
        From = message.From.ToString(),
        To = string.Join("; ", message.To),
        Cc = string.Join("; ", message.Cc),
        Bcc = string.Join("; ", message.Bcc),
        SourceFile = path,
        SourceRow = message.SourceRow,
        MessageNumber = message.Number,
    };

    private static void Add(Dictionary<string, List<ProspectEntry>> index, string key, ProspectEntry prospect)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(prospect)) list.Add(prospect);
    }

    private static string? NormalName(string? name) =>
        name is null ? null : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// A name as display names are compared (<see cref="NormalName"/>, and "Last, First" with its one comma read as
    /// "First Last"): Exchange directories often write display names "Doe, Jane" where a contact list has "Jane Doe",
    /// or keeps "Roe, Bob" as typed where the directory has "Bob Roe". Not used for Ids, which keep the name as written.
    /// </summary>
    private static string? MatchName(string? name)
    {
        var normal = NormalName(name);
        if (normal is null) return null;
        var comma = normal.IndexOf(',');
        if (comma <= 0 || comma != normal.LastIndexOf(',') || comma == normal.Length - 1) return normal;
        return NormalName(normal[(comma + 1)..] + " " + normal[..comma]);
    }
}
