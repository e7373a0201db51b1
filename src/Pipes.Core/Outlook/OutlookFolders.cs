using System.Collections.Frozen;
using System.Net;
using Pipes.Integrations;

namespace Pipes.Outlook;

/// <summary>
/// A mail folder Get-PipesInbox reads, found in the mailbox: <paramref name="Name"/> as the mailbox shows it ("Junk Email",
/// "Inbox/Prospects"), <paramref name="UrlSegment"/> what stands after <c>mailFolders/</c> in its URL (the well-known name, or
/// the id escaped), and its <paramref name="Id"/>, by which two names of one folder are told to be one.
/// </summary>
public sealed record InboxFolder(string Name, string UrlSegment, string Id);

public sealed partial class OutlookClient
{
    /// <summary>The setting that names the folders a poll reads when -Folder is not given.</summary>
    public const string InboxFoldersSetting = "Outlook.InboxFolders";

    /// <summary>
    /// Where a prospect's reply may be by the time a nightly poll runs: still in the Inbox, swiped to Archive on a phone, or put
    /// in Junk Email by Exchange's filter. Rules that file replies into folders of their own are the admin's to add.
    /// </summary>
    public const string DefaultInboxFolders = "Inbox; Archive; Junk Email";

    // Graph's well-known folder names (resources/mailfolder), looked up by the name with spaces and hyphens taken out and in
    // lower case, so that the names Outlook shows ("Junk Email", "Deleted Items", the older "Junk E-mail") find them too.
    // A well-known name works whatever the mailbox's language calls the folder (Posteingang, Courrier indésirable).
    private static readonly FrozenSet<string> WellKnownFolders = new[]
    {
        "archive", "clutter", "conflicts", "conversationhistory", "deleteditems", "drafts", "inbox", "junkemail", "localfailures",
        "msgfolderroot", "outbox", "recoverableitemsdeletions", "scheduled", "searchfolders", "sentitems", "serverfailures", "syncissues",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The entries of a "; "-separated folder list (Outlook.InboxFolders), blank ones left out.</summary>
    public static IReadOnlyList<string> ParseFolderList(string? text) =>
        (text ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Graph's well-known name for <paramref name="name"/> ("Junk Email" is junkemail), or null when it is not one.</summary>
    public static string? WellKnownFolderName(string name)
    {
        var key = new string(name.Where(c => c is not (' ' or '-' or '_')).ToArray()).ToLowerInvariant();
        return WellKnownFolders.Contains(key) ? key : null;
    }

    /// <summary>
    /// The folder names along <paramref name="name"/>'s path ("Inbox/Prospects": Inbox, then Prospects), or the reason it names no
    /// folder (blank, or an empty name between two '/').
    /// </summary>
    public static (string[] Path, string? Problem) FolderPath(string? name)
    {
        var trimmed = (name ?? "").Trim().Trim('/').Trim();
        if (trimmed.Length == 0) return ([], "a folder name is blank");
        var path = trimmed.Split('/', StringSplitOptions.TrimEntries);
        return path.Any(p => p.Length == 0) ? ([], $"'{name}' has an empty folder name between two '/'") : (path, null);
    }

    /// <summary>The check of Outlook.InboxFolders: null when every entry names a folder, else why not.</summary>
    public static string? CheckFolderList(string text)
    {
        var names = ParseFolderList(text);
        if (names.Count == 0) return "no folder is named; give them separated by '; ' (Inbox; Archive; Junk Email).";
        return names.Select(n => FolderPath(n).Problem).FirstOrDefault(p => p is not null) is { } problem
            ? problem + "; a folder is a name Outlook shows (Junk Email), a well-known name (junkemail) or a path from the top (Inbox/Prospects)."
            : null;
    }

    /// <summary>
    /// The folders a poll reads, found in the mailbox before anything is read: <paramref name="named"/> (-Folder) when given, else
    /// Outlook.InboxFolders. Each is a well-known name (inbox, archive, junkemail, deleteditems ..., in any case, or as Outlook
    /// shows it: "Junk Email", "Deleted Items") or a path of display names from the top of the mailbox ("Leads",
    /// "Inbox/Prospects"; the first may be a well-known name), looked up through <c>mailFolders</c> and <c>childFolders</c> with
    /// <c>$filter=displayName eq '…'</c>. A folder the person named (-Folder, or the setting when it was set) that the mailbox does
    /// not have is <c>Pipes.NotFound</c> naming it; one of the shipped default that it does not have (an Archive folder Outlook makes
    /// only on the first archive) is left out, with a -Verbose line. A folder named twice ("Junk Email" and junkemail) is read once.
    /// </summary>
    public async Task<IReadOnlyList<InboxFolder>> ResolveFoldersAsync(IReadOnlyList<string>? named, CancellationToken cancellationToken = default)
    {
        var given = named is { Count: > 0 };
        var setting = given ? null : Environment.Settings.Get(InboxFoldersSetting);
        var names = given ? named! : ParseFolderList(setting!.Value as string);
        var optional = setting is { IsDefault: true };
        var where = given ? "-Folder" : InboxFoldersSetting;
        // Every name is checked before any request, so that a typo in the third says so before the first is looked up.
        var paths = names.Select(n => (Name: n, Parsed: FolderPath(n))).ToList();
        if (paths.FirstOrDefault(p => p.Parsed.Problem is not null) is { Name: var bad, Parsed.Problem: { } problem })
            throw new InvalidInputError(Name, "FindFolder", $"{where}: {problem}. A folder is a name Outlook shows (Junk Email), a well-known name (junkemail) or a path from the top (Inbox/Prospects).", bad);
        if (paths.Count == 0)
            throw new InvalidInputError(Name, "FindFolder", $"{where} names no folder; give them separated by '; ' (Inbox; Archive; Junk Email).", where);
        var found = new List<InboxFolder>();
        foreach (var (name, (path, _)) in paths)
        {
            var folder = await FindFolderAsync(path, cancellationToken).ConfigureAwait(false);
            if (folder is null)
            {
                if (!optional)
                    throw new IntegrationError(Name, "FindFolder", ErrorIds.NotFound, PipesErrorKind.NotFound,
                        $"{char.ToUpperInvariant(MailboxNamed[0])}{MailboxNamed[1..]} has no folder '{name}' (named in {where}). Nothing was read.", HttpStatusCode.NotFound,
                        "Name a folder as Outlook shows it, with its path from the top for a subfolder ('Inbox/Prospects'), or by a well-known name (inbox, archive, junkemail, deleteditems).",
                        target: name);
                Environment.Log.Note(Name, $"{MailboxNamed} has no {name} folder; it is left out of this poll (a folder of the default {InboxFoldersSetting}: Outlook makes Archive on the first archive).");
                continue;
            }
            if (found.All(f => f.Id != folder.Id)) found.Add(folder);
        }
        return found;
    }

    /// <summary>The folder at <paramref name="path"/>, or null when the mailbox has none there (Graph's 404 ErrorFolderNotFound, or no child of that name).</summary>
    private async Task<InboxFolder?> FindFolderAsync(string[] path, CancellationToken cancellationToken)
    {
        GraphMailFolder? folder;
        string segment;
        if (WellKnownFolderName(path[0]) is { } wellKnown)
        {
            try
            {
                folder = await SendJsonAsync("FindFolder", HttpMethod.Get, Root + "mailFolders/" + wellKnown + "?$select=id,displayName",
                    GraphJson.Default.GraphMailFolder, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RemoteRejectedError error) when (error.StatusCode == HttpStatusCode.NotFound && error.RemoteCode is "ErrorFolderNotFound" or "ErrorItemNotFound")
            {
                // Only Exchange's own "no such folder": any other 404 (a base URL without /v1.0) is an error to show, not a folder to skip.
                return null;
            }
            segment = wellKnown;
        }
        else
        {
            folder = await ChildAsync(Root + "mailFolders", path[0], cancellationToken).ConfigureAwait(false);
            segment = folder is null ? "" : Uri.EscapeDataString(folder.Id);
        }
        if (folder is null) return null;
        var shown = new List<string> { folder.DisplayName ?? path[0] };
        foreach (var name in path.Skip(1))
        {
            folder = await ChildAsync(Root + "mailFolders/" + Uri.EscapeDataString(folder.Id) + "/childFolders", name, cancellationToken).ConfigureAwait(false);
            if (folder is null) return null;
            shown.Add(folder.DisplayName ?? name);
            segment = Uri.EscapeDataString(folder.Id);
        }
        return new InboxFolder(string.Join('/', shown), segment, folder.Id);
    }

    /// <summary>The folder of display name <paramref name="name"/> in the collection at <paramref name="url"/>, or null.</summary>
    private async Task<GraphMailFolder?> ChildAsync(string url, string name, CancellationToken cancellationToken)
    {
        // OData writes a quote inside a string literal as two.
        var filter = "displayName eq '" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
        var page = await SendJsonAsync("FindFolder", HttpMethod.Get, url + "?$filter=" + Uri.EscapeDataString(filter) + "&$select=id,displayName",
            GraphJson.Default.GraphPageGraphMailFolder, cancellationToken: cancellationToken).ConfigureAwait(false);
        return page.Value?.FirstOrDefault();
    }
}
