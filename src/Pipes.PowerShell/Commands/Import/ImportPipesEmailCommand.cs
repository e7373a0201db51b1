using System.Collections;
using System.Management.Automation;
using Pipes.Import;
using Pipes.Import.Email;
using Pipes.Integrations;
using Pipes.Outlook;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands.Import;

/// <summary>Imports Outlook email exports as activities of the prospects they concern.</summary>
[Cmdlet(VerbsData.Import, "PipesEmail", DefaultParameterSetName = PathSet)]
[OutputType(typeof(EmailActivity))]
public sealed class ImportPipesEmailCommand : PathCmdlet
{
    /// <summary>Property names read as a prospect's addresses (WithheldEmails: an opted-out contact's history is still its own).</summary>
    private static readonly string[] AddressProperties =
        ["Email", "EmailAddress", "Emails", "AdditionalEmails", "ExtraEmails", "WithheldEmails", "OtherEmails", "Email2", "Email3", "Email2Address", "Email3Address",
            "SecondaryEmail", "WorkEmail", "PersonalEmail"];

    private static readonly string[] ContactMethodProperties = ["ContactMethods", "ContactMethod", "Contacts"];

    private EmailActivityMatcher? _matcher;
    private ImportLimits? _limits;
    private TimeZoneInfo? _zone;

    /// <summary>
    /// The prospects: any objects with an Email property (or Emails, AdditionalEmails, ExtraEmails, WithheldEmails, a ContactMethods list).
    /// Null entries (a list joined with an unset variable) and a null list are passed over, as an empty list is. Piped
    /// (Import-PipesFile leads.csv | Import-PipesEmail sent.csv), every prospect is gathered before the export is read.
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [AllowEmptyCollection]
    [AllowNull]
    public object?[]? Prospect { get; set; } = [];

    /// <summary>
    /// Your own addresses: a message from one of them is Sent. Defaults to the Outlook.Mailbox setting. An empty list, or an
    /// empty or blank entry ('' from an unset variable), is refused (Pipes.InvalidInput): it would replace the setting with nothing.
    /// </summary>
    [Parameter]
    public string[]? MyAddress { get; set; }

    /// <summary>Also emits messages that matched no prospect (with an empty Prospect).</summary>
    [Parameter]
    public SwitchParameter IncludeUnmatched { get; set; }

    /// <summary>How the export writes numeric dates (04/03/2026): DayFirst or MonthFirst. Unset, the file's own dates decide.</summary>
    [Parameter]
    [ValidateSet("DayFirst", "MonthFirst")]
    public string? DateOrder { get; set; }

    /// <summary>
    /// The zone the export's times were written in (IANA or Windows name), for dates without an offset: Outlook writes the
    /// clock of the computer that exported. Defaults to the Outlook.TimeZone setting, else this computer's zone.
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(TimeZoneCompleter))]
    // Bound to $null (a variable that is not set) it is "", refused by CalendarTimeZones.Effective, not taken for "not given".
    public string? TimeZone { get => _timeZone; set => _timeZone = value ?? ""; }
    private string? _timeZone;

    /// <summary>The prospects came through the pipeline: gathered, and the exports read once all have come (EndProcessing).</summary>
    private bool _prospectsPiped;
    private readonly List<object> _pipedProspects = [];
    /// <summary>Your addresses (-MyAddress, else the Outlook.Mailbox setting), for the matcher made once the prospects are known.</summary>
    private string[] _mine = [];

    protected override void BeginProcessing()
    {
        RefuseEmptyMyAddress();
        try
        {
            _zone = CalendarTimeZones.Effective(TimeZone, () => Environment.Settings.GetValue<string>(CalendarTimeZones.Setting), "Nothing was read.");
        }
        catch (PipesException error)
        {
            ThrowTerminatingError(error, TimeZone);
        }
        var mine = MyAddress ?? (FromSettings(settings => settings.GetValue<string>("Outlook.Mailbox")) is { } mailbox ? [mailbox] : []);
        if (mine.Length == 0)
            WriteWarning("No -MyAddress and no Outlook.Mailbox setting: every message with a sender is counted as Received. Pass -MyAddress or run Set-PipesConfig Outlook.Mailbox <address>.");
        foreach (var given in mine)
            if (!EmailAddressList.Addresses(given).Any())
                WriteWarning($"-MyAddress '{given}' holds no email address (an address, 'Name <address>' or an Exchange X.500 address): it was ignored.");
        if (MyAddress is not null && !mine.SelectMany(EmailAddressList.Addresses).Any())
            WriteWarning("-MyAddress holds no email address: every message with a sender is counted as Received. Pass your address (and your Exchange X.500 address), or leave -MyAddress out to use the Outlook.Mailbox setting.");
        _mine = mine;
        _limits = FromSettings(ImportLimits.FromSettings);
        // Pipeline values are not bound yet: -Prospect not given here comes through the pipeline.
        _prospectsPiped = !MyInvocation.BoundParameters.ContainsKey(nameof(Prospect)) && MyInvocation.ExpectingInput;
        if (!_prospectsPiped) Match(Prospect ?? []);
    }

    /// <summary>The matcher of the prospects, and what is worth a warning about them.</summary>
    private void Match(IEnumerable<object?> given)
    {
        var prospects = given.OfType<object>().Select(Describe).ToList();
        _matcher = new EmailActivityMatcher(prospects, _mine);
        if (_matcher.ProspectsThatAreMe.Count > 0)
        {
            var me = _matcher.ProspectsThatAreMe;
            WriteWarning($"{me.Count:N0} prospect{(me.Count == 1 ? " holds" : "s hold")} one of your addresses (-MyAddress, else the Outlook.Mailbox setting), so "
                + $"{(me.Count == 1 ? "it is" : "they are")} you and {(me.Count == 1 ? "is" : "are")} matched to no message: {string.Join(", ", me.Take(3))}{(me.Count > 3 ? $" and {me.Count - 3:N0} more" : "")}.");
        }
        if (_matcher.ProspectAddresses == 0 && prospects.Count > 0)
            WriteWarning("None of the prospects has an email address (a property or hashtable key Email, Emails, AdditionalEmails, ExtraEmails, WithheldEmails, Email2 ... or ContactMethods): only X.500 display-name matches are possible.");
    }

    /// <summary>
    /// An empty -MyAddress ('' or '  ' from an unset variable, an empty list, or such an entry in a list) would stand in for the
    /// Outlook.Mailbox setting with nothing, every message you sent counted as Received: refused, Pipes.InvalidInput, before any file is read.
    /// </summary>
    private void RefuseEmptyMyAddress()
    {
        if (MyAddress is not { } given) return;
        const string Pass = "Pass your own addresses (an address, 'Name <address>' or your Exchange X.500 address)";
        string? problem = null;
        if (given.Length == 0)
            problem = "-MyAddress is an empty list: with it, the Outlook.Mailbox setting would not be used and every message you sent would count as Received. "
                + Pass + ", or leave -MyAddress out to use the Outlook.Mailbox setting.";
        else if (Array.FindIndex(given, string.IsNullOrWhiteSpace) is var blank and >= 0)
            problem = given.Length == 1
                ? $"-MyAddress is {(given[0] is null ? "null" : $"'{given[0]}'")}, which holds no address: with it, the Outlook.Mailbox setting would not be used "
                    + $"and every message you sent would count as Received. {Pass}, or leave -MyAddress out to use the Outlook.Mailbox setting."
                : $"-MyAddress holds an empty entry (the {Ordinal(blank + 1)} of {given.Length}), most likely a variable that is not set. {Pass}, each once.";
        if (problem is null) return;
        ThrowTerminatingError(new InvalidInputError("Import", "Read", problem + " Nothing was read.", given));
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    protected override void ProcessRecord()
    {
        if (_prospectsPiped)
        {
            foreach (var item in (Prospect ?? []).OfType<object>())
            {
                // Exports piped without -Prospect (Get-ChildItem *.csv | Import-PipesEmail) are no prospects: each became one, and only
                // the last file was read (a review). A string is a prospect only as an address.
                var value = PSObject.AsPSObject(item).BaseObject;
                if (value is System.IO.FileSystemInfo || (value is string text && !text.Contains('@')))
                    ThrowTerminatingError(new InvalidInputError("Import", "Read",
                        $"'{item}' was piped, which is an export, not a prospect, and -Prospect was not given. Pipe the prospects and name the exports "
                        + "(Import-PipesFile leads.csv | Import-PipesEmail sent.csv), or pipe the exports and give -Prospect (Get-ChildItem *.csv | Import-PipesEmail -Prospect $prospects). Nothing was read.", item));
                _pipedProspects.Add(item);
            }
            return;
        }
        ImportExports();
    }

    protected override void EndProcessing()
    {
        if (_prospectsPiped)
        {
            Match(_pipedProspects);
            ImportExports();
        }
        base.EndProcessing();
    }

    private void ImportExports()
    {
        foreach (var path in ResolvePaths())
        {
            var summary = new EmailImportSummary();
            var name = System.IO.Path.GetFileName(path);
            var read = ForFile(path, () =>
            {
                foreach (var (activity, error) in _matcher!.Import(path, Encoding, IncludeUnmatched, summary, _limits, CancellationToken, Order, _zone))
                {
                    if (error is not null) WriteError(error, path);
                    else WriteObject(activity);
                }
            }, () => summary.Describe(name));
            if (!read) continue;
            if (summary.NoRows) WriteWarning($"{name} is empty: no header and no messages.");
            else if (summary.HeaderOnly) WriteWarning($"{name} has a header but no messages.");
            foreach (var warning in summary.Warnings) WriteWarning(warning);
            WriteInformation(new InformationRecord(summary.Describe(name), "Import-PipesEmail"));
            WriteVerbose(summary.Describe(name));
        }
    }

    // ValidateSet lets any case through ("dayfirst").
    private DateOrder Order =>
        string.Equals(DateOrder, "DayFirst", StringComparison.OrdinalIgnoreCase) ? Pipes.Import.Email.DateOrder.DayFirst
        : string.Equals(DateOrder, "MonthFirst", StringComparison.OrdinalIgnoreCase) ? Pipes.Import.Email.DateOrder.MonthFirst
        : Pipes.Import.Email.DateOrder.Auto;

    /// <summary>
    /// The prospect's addresses and name, from whichever properties it has: an object's properties, or a
    /// hashtable's or dictionary's keys (@{ Name = 'Bob Roe'; Email = 'bob@x.com' }). A string is an address.
    /// </summary>
    private static ProspectEntry Describe(object prospect)
    {
        if (PSObject.AsPSObject(prospect).BaseObject is string address) return new ProspectEntry(prospect, [address], null);
        var bag = Bag(prospect);
        var addresses = new List<string>();
        foreach (var property in AddressProperties) AddAddresses(addresses, bag.GetValueOrDefault(Key(property)));
        foreach (var property in ContactMethodProperties)
            if (bag.GetValueOrDefault(Key(property)) is { } methods)
                foreach (var method in Enumerate(methods))
                    AddAddresses(addresses, ContactMethodAddress(method));
        var name = Text(bag, "FullName") ?? Text(bag, "Name") ?? Text(bag, "DisplayName")
            ?? (string.Join(" ", new[] { Text(bag, "FirstName"), Text(bag, "LastName") }.Where(n => n is not null)) is { Length: > 0 } joined ? joined : null);
        // A CRM's key (an ActiveCampaign contact's Id) names the prospect in activity Ids better than its name, which may change.
        return new ProspectEntry(prospect, addresses, name, Text(bag, "Id"));
    }

    /// <summary>An email from a contact-method entry: a string, or an object or hashtable whose Type says email and whose Value/Address holds it.</summary>
    private static object? ContactMethodAddress(object? method)
    {
        if (method is null) return null;
        if (PSObject.AsPSObject(method).BaseObject is string text) return text;
        var bag = Bag(method);
        var type = Text(bag, "Type") ?? Text(bag, "Kind") ?? Text(bag, "MethodType");
        if (type is not null && !type.Contains("mail", StringComparison.OrdinalIgnoreCase)) return null;
        return bag.GetValueOrDefault(Key("Value")) ?? bag.GetValueOrDefault(Key("Address")) ?? bag.GetValueOrDefault(Key("Email"));
    }

    /// <summary>
    /// An item's values by name, compared on letters and digits in any case (ContactFields.Key), so a raw
    /// Import-Csv row's "Email 2" or "E-mail Address" is read as Email2 or EmailAddress: a hashtable's or
    /// dictionary's keys, else the object's properties. The first of two names that compare equal wins.
    /// </summary>
    private static Dictionary<string, object?> Bag(object item)
    {
        var bag = new Dictionary<string, object?>(StringComparer.Ordinal);
        if ((item is PSObject wrapped ? wrapped.BaseObject : item) is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
                if (entry.Key?.ToString() is { } name) bag.TryAdd(Key(name), entry.Value);
            return bag;
        }
        foreach (var property in PSObject.AsPSObject(item).Properties)
        {
            object? value;
            try
            {
                value = property.Value;
            }
            catch (ExtendedTypeSystemException)
            {
                continue; // a property whose getter throws is not one we read
            }
            bag.TryAdd(Key(property.Name), value);
        }
        return bag;
    }

    private static string Key(string name) => ContactFields.Key(name);

    /// <summary>Each text as given: Core reads the addresses in it ("Carl Cee &lt;carl@cee.org&gt;", "a@x.com; b@y.org") as it reads the export's cells.</summary>
    private static void AddAddresses(List<string> addresses, object? value)
    {
        foreach (var item in Enumerate(value))
            if (item?.ToString() is { Length: > 0 } text) addresses.Add(text);
    }

    private static IEnumerable<object?> Enumerate(object? value)
    {
        value = value is PSObject p ? p.BaseObject : value;
        if (value is null) yield break;
        // A hashtable is one entry (a contact method), not the list of its keys.
        if (value is string or IDictionary or not IEnumerable) { yield return value; yield break; }
        // Items stay wrapped: a [pscustomobject]'s properties live on its PSObject, not its base object.
        foreach (var item in (IEnumerable)value) yield return item;
    }

    private static string? Text(Dictionary<string, object?> bag, string property) =>
        bag.GetValueOrDefault(Key(property)) is { } value && (value is PSObject p ? p.BaseObject : value).ToString() is { Length: > 0 } text ? text.Trim() : null;
}
