using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pipes.Integrations;

namespace Pipes.Import.Email;

/// <summary>
/// Reads Outlook "Export to a file > Comma Separated Values" mail exports through the importer's
/// own file reading (encodings, quoting, multi-line bodies, XLSX). Columns: Subject, Body,
/// From: (Name/Address/Type), To:, CC:, BCC: (recipients separated by ';'); classic Outlook has no
/// date column, but one named Sent, Received, Date, Received Time ... is read when present.
/// </summary>
public static class OutlookExportReader
{
    private static readonly string[] DateColumns =
        ["sent", "received", "date", "receivedtime", "senttime", "datesent", "datereceived", "receiveddate", "sentdate", "senton", "receivedon", "deliverytime", "creationtime"];

    /// <exception cref="PipesException">The file cannot be read, or breaks part way (see <see cref="ImportFile"/>); messages already yielded stand.</exception>
    public static IEnumerable<(EmailMessage? Message, PipesException? Error)> Read(string path, Encoding? encoding, EmailImportSummary summary,
        ImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        limits ??= ImportLimits.Default;
        // Bodies span many lines full of commas: the contact reader's stray-quote repair (a quote read as a character
        // when the next line looks like a row) would make each line of a body cut off by the file's end a message.
        using var source = ImportFile.Open(path, new ImportOptions { Encoding = encoding, Limits = limits, RepairStrayQuotes = false }, cancellationToken);
        using var rows = ImportFile.Rows(source, path).GetEnumerator();
        SourceRow? header = null;
        while (rows.MoveNext())
        {
            ImportFile.RemoveNuls(rows.Current);
            if (rows.Current.Error is null && !rows.Current.IsBlank)
            {
                header = rows.Current;
                break;
            }
        }
        if (header is null)
        {
            summary.NoRows = true;
            yield break;
        }
        var columns = Columns.From(header, path);
        summary.HasDateColumn = columns.Date >= 0;
        var any = false;
        while (rows.MoveNext())
        {
            var row = rows.Current;
            ImportFile.RemoveNuls(row);
            if (row.Error is not null)
            {
                summary.UnreadableRows++;
                yield return (null, new FileFormatError(path, $"{Path.GetFileName(path)}: {row.Error}", row.Line, ErrorIds.RowParseError));
                continue;
            }
            if (row.IsBlank) continue;
            any = true;
            summary.MessagesRead++;
            if (row.CutFields is { Length: > 0 })
            {
                summary.CutMessages++;
                if (summary.CutRows.Count < EmailImportSummary.RowsKept) summary.CutRows.Add(row.Line);
            }
            yield return (columns.Message(row, summary.MessagesRead), null);
        }
        summary.HeaderOnly = !any && summary.UnreadableRows == 0;
        if (summary.CutMessages > 0)
            summary.Warnings.Add($"{Path.GetFileName(path)}: {summary.CutMessages:N0} message{(summary.CutMessages == 1 ? " has a field" : "s have fields")} longer than "
                + $"{limits.MaxCellLength:N0} characters ({ImportLimits.MaxCellLengthSetting}), kept with only the first {limits.MaxCellLength:N0} "
                + $"(most likely a long Body): {Rows(summary.CutRows, summary.CutMessages)}. To read them whole, raise the limit: "
                + $"Set-PipesConfig {ImportLimits.MaxCellLengthSetting} <characters>.");
    }

    /// <summary>"row 2" or "rows 2, 9, 14 and 2 more".</summary>
    internal static string Rows(IReadOnlyList<long> rows, long total) =>
        (rows.Count == 1 ? "row " : "rows ") + string.Join(", ", rows.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))
        + (total > rows.Count ? $" and {total - rows.Count:N0} more" : "");

    private sealed class Columns
    {
        public int Subject, Body, FromName, FromAddress, FromType, ToName, ToAddress, ToType, CcName, CcAddress, CcType, BccName, BccAddress, BccType, Date = -1, Time = -1;

        public static Columns From(SourceRow header, string path)
        {
            var keys = header.Cells.Select(c => ContactFields.Key(ColumnMap.Text(c))).ToList();
            int Find(params string[] names)
            {
                foreach (var name in names)
                {
                    var index = keys.IndexOf(name);
                    if (index >= 0) return index;
                }
                return -1;
            }
            var columns = new Columns
            {
                Subject = Find("subject"),
                Body = Find("body", "message", "notes"),
                FromName = Find("fromname"),
                FromAddress = Find("fromaddress", "from", "sender", "senderemailaddress"),
                FromType = Find("fromtype"),
                ToName = Find("toname"),
                ToAddress = Find("toaddress", "to"),
                ToType = Find("totype"),
                CcName = Find("ccname"),
                CcAddress = Find("ccaddress", "cc"),
                CcType = Find("cctype"),
                BccName = Find("bccname"),
                BccAddress = Find("bccaddress", "bcc"),
                BccType = Find("bcctype"),
                Date = Find(DateColumns),
            };
            // "Received Date" + "Received Time" in two columns.
            if (keys.IndexOf("receiveddate") is var day and >= 0 && keys.IndexOf("receivedtime") is var time and >= 0) (columns.Date, columns.Time) = (day, time);
            var missing = new List<string>();
            if (columns.Subject < 0) missing.Add("Subject");
            if (columns.Body < 0) missing.Add("Body");
            if (columns.FromAddress < 0) missing.Add("From: (Address)");
            if (columns.ToAddress < 0) missing.Add("To: (Address)");
            if (missing.Count > 0)
                throw new FileFormatError(path,
                    $"{Path.GetFileName(path)} is not an Outlook email export: it has no {string.Join(", ", missing)} column{(missing.Count > 1 ? "s" : "")}. Its columns: {string.Join(", ", header.Cells.Select(c => ColumnMap.Text(c)))}.",
                    header.Line, ErrorIds.NotAnEmailExport);
            return columns;
        }

        public EmailMessage Message(SourceRow row, long number)
        {
            string Cell(int index) => index >= 0 && index < row.Cells.Length ? ColumnMap.Text(row.Cells[index]) : "";
            var subject = Cell(Subject);
            // The body as written: its line breaks and indentation are part of the message.
            var body = Body < row.Cells.Length ? row.Cells[Body] as string ?? ColumnMap.Text(row.Cells[Body]) : "";
            var from = Participants(Cell(FromName), Cell(FromAddress), Cell(FromType)).FirstOrDefault() ?? new EmailParticipant(null, null, false);
            var to = Participants(Cell(ToName), Cell(ToAddress), Cell(ToType));
            var cc = Participants(Cell(CcName), Cell(CcAddress), Cell(CcType));
            var bcc = Participants(Cell(BccName), Cell(BccAddress), Cell(BccType));
            var date = ParseDate(Date >= 0 && Date < row.Cells.Length ? row.Cells[Date] : null, Time >= 0 ? Cell(Time) : null);
            return new EmailMessage(row.Line, number, subject, body, date, from, to, cc, bcc, MessageId(from, to, cc, subject, date, body));
        }
    }

    /// <summary>
    /// "A; B" names beside "a@x; b@y" addresses (and "SMTP; EX" types), paired by position. An address
    /// entry may carry its own name ("Bob Roe &lt;bob@x.com&gt;", a generic export's From/To columns); the
    /// name column's, when there is one, comes first.
    /// </summary>
    internal static List<EmailParticipant> Participants(string names, string addresses, string types)
    {
        var addressList = EmailAddressList.Split(addresses, commas: true).Where(s => s.Length > 0).ToList();
        // Display names hold commas ("Doe, Jane"): Outlook separates them with ';' only.
        var nameList = EmailAddressList.Split(names, commas: false).Where(s => s.Length > 0).ToList();
        var typeList = EmailAddressList.Split(types, commas: false).Where(s => s.Length > 0).ToList();
        var count = Math.Max(addressList.Count, nameList.Count);
        var result = new List<EmailParticipant>(count);
        for (var i = 0; i < count; i++)
        {
            var name = i < nameList.Count ? nameList[i] : null;
            var type = i < typeList.Count ? typeList[i] : null;
            var parsed = i < addressList.Count ? EmailAddressList.ParseEntry(addressList[i]).ToList() : [];
            var first = parsed.FirstOrDefault();
            var address = first?.Address;
            var x500 = string.Equals(type, "EX", StringComparison.OrdinalIgnoreCase) || (first?.IsX500 ?? false);
            name = string.IsNullOrEmpty(name) ? first?.Name : name;
            if (string.IsNullOrEmpty(address) && string.IsNullOrEmpty(name)) continue;
            result.Add(new EmailParticipant(string.IsNullOrEmpty(name) ? null : name, string.IsNullOrEmpty(address) ? null : address, x500));
            // An entry of several bare addresses ("a@x.com b@y.org"): each is a participant.
            result.AddRange(parsed.Skip(1));
        }
        return result;
    }

    private static readonly string[] DateFormats =
    [
        "M/d/yyyy h:mm:ss tt", "M/d/yyyy h:mm tt", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "M/d/yyyy", "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd", "ddd M/d/yyyy h:mm tt", "dddd, MMMM d, yyyy h:mm tt",
    ];

    internal static DateTimeOffset? ParseDate(object? cell, string? time)
    {
        switch (cell)
        {
            case null: return null;
            case DateTime dt: return new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Local) : dt);
        }
        var text = ColumnMap.Text(cell);
        if (time is { Length: > 0 }) text += " " + time;
        if (text.Length == 0) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeLocal, out var parsed)) return parsed;
        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeLocal, out parsed)) return parsed;
        return DateTimeOffset.TryParse(text, CultureInfo.CurrentCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeLocal, out parsed) ? parsed : null;
    }

    /// <summary>A hash of what makes the message itself: the same export read twice gives the same id.</summary>
    private static string MessageId(EmailParticipant from, IReadOnlyList<EmailParticipant> to, IReadOnlyList<EmailParticipant> cc, string subject, DateTimeOffset? date, string body)
    {
        var text = string.Join("\u001f", from.Address ?? from.Name ?? "", string.Join(";", to.Select(p => p.Address ?? p.Name)), string.Join(";", cc.Select(p => p.Address ?? p.Name)),
            subject, date?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? "", body.ReplaceLineEndings("\n").TrimEnd());
        return Hash(text);
    }

    internal static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16).ToLowerInvariant();
}
