using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pipes.Integrations;

namespace Pipes.Import.Email;

/// <summary>
/// Reads Outlook "Export to a file > Comma Separated Values" mail exports through the importer's
/// own file reading (encodings, multi-line bodies, XLSX; quotes never repaired as characters). Columns:
/// Subject, Body, From: (Name/Address/Type), To:, CC:, BCC: (recipients separated by ';' or ','), as
/// English, German, French, Spanish or Portuguese Outlook names them; classic Outlook has no date column, but one
/// named Sent, Received, Date, Received Time ... is read when present, in the order the file's dates show.
/// </summary>
public static partial class OutlookExportReader
{
    /// <summary>
    /// Each field's headers as Outlook writes them: English, then German, French and Spanish Outlook's (the
    /// order the refusal names them in), then other exports' names. Matched by <see cref="ContactFields.Key"/> (letters and digits, lower-cased), so
    /// "De : (adresse)" and "De: (Adresse)" are one. Seen in public code that reads real exports: German
    /// Betreff, Von:/An: (Name)/(Adresse), Text; French Objet, Corps, De: (nom)/(adresse)/(type); Spanish
    /// Asunto, Cuerpo, De:/Para:/CC: (nombre)/(dirección). Portuguese (Assunto, Corpo, De:/Para:/Cc:/Cco: (Nome)/(Endereço)/(Tipo))
    /// as Brazilian Outlook writes them, from field knowledge, unconfirmed by a public sample; the rest follow the same pattern, unconfirmed.
    /// </summary>
    private static readonly (string Field, string[] Headers)[] Aliases =
    [
        ("Subject", ["Subject", "Betreff", "Objet", "Asunto", "Assunto"]),
        ("Body", ["Body", "Text", "Corps", "Cuerpo", "Corpo", "Nachricht", "Message", "Notes"]),
        ("FromName", ["From: (Name)", "Von: (Name)", "De : (nom)", "De: (nombre)", "De: (Nome)"]),
        ("FromAddress", ["From: (Address)", "Von: (Adresse)", "De : (adresse)", "De: (dirección)", "De: (Endereço)", "From", "Sender", "Sender Email Address", "Von"]),
        ("FromType", ["From: (Type)", "Von: (Typ)", "De : (type)", "De: (tipo)", "De: (Tipo)"]),
        // An export made by a script or a custom map may carry the sender's SMTP address beside Exchange's X.500 one.
        ("FromSmtp", ["From: (SMTP Address)", "From SMTP", "Sender SMTP Address", "Sender SMTP"]),
        ("ToName", ["To: (Name)", "An: (Name)", "À : (nom)", "Para: (nombre)", "Para: (Nome)"]),
        ("ToAddress", ["To: (Address)", "An: (Adresse)", "À : (adresse)", "Para: (dirección)", "Para: (Endereço)", "To", "An", "Para"]),
        ("ToType", ["To: (Type)", "An: (Typ)", "À : (type)", "Para: (tipo)", "Para: (Tipo)"]),
        ("CcName", ["CC: (Name)", "Cc : (nom)", "CC: (nombre)", "Cc: (Nome)"]), // German keeps "CC: (Name)"
        ("CcAddress", ["CC: (Address)", "CC: (Adresse)", "Cc : (adresse)", "CC: (dirección)", "Cc: (Endereço)", "CC"]),
        ("CcType", ["CC: (Type)", "CC: (Typ)", "Cc : (type)", "CC: (tipo)"]),
        ("BccName", ["BCC: (Name)", "Cci : (nom)", "CCO: (nombre)", "Cco: (Nome)"]),
        ("BccAddress", ["BCC: (Address)", "BCC: (Adresse)", "Cci : (adresse)", "CCO: (dirección)", "Cco: (Endereço)", "BCC"]),
        ("BccType", ["BCC: (Type)", "BCC: (Typ)", "Cci : (type)", "CCO: (tipo)"]),
        ("Date", ["Sent", "Received", "Date", "Received Time", "Sent Time", "Date Sent", "Date Received", "Received Date", "Sent Date", "Sent On",
            "Received On", "Delivery Time", "Creation Time", "Empfangen", "Gesendet", "Datum", "Reçu", "Envoyé", "Recibido", "Enviado", "Fecha", "Recebido"]),
    ];

    private static readonly Dictionary<string, string[]> AliasKeys =
        Aliases.ToDictionary(a => a.Field, a => a.Headers.Select(ContactFields.Key).Distinct().ToArray());

    private static string AliasHeader(string field) => Aliases.First(a => a.Field == field).Headers[0];

    private static string Expected(string field)
    {
        var headers = Aliases.First(a => a.Field == field).Headers;
        return $"{headers[0]} ({string.Join(", ", headers.Skip(1).Take(4))})"; // the German, French, Spanish and Portuguese names
    }

    /// <summary>
    /// Messages held while the file has not yet shown its date order (dates such as 04/03/2026 only): past
    /// this many, the rest of the file is looked through for its evidence before going on, so memory stays
    /// bounded and a day over 12 anywhere in the file still decides.
    /// </summary>
    internal const int HeldForDateOrder = 1000;

    /// <summary>Messages looked at for another encoding's letters (<see cref="ContactImporter.OtherEncodingWarning"/>).</summary>
    private const int FirstRowsForEncoding = 20;

    /// <summary>Rows (other than a "sep=" hint) looked at for the header before the file is refused.</summary>
    private const int RowsSearchedForHeader = 10;

    /// <summary>Excel's "sep=," first line, which names the delimiter and is no row of the table.</summary>
    private static bool IsSeparatorHint(SourceRow row) =>
        row.Error is null && row.Cells.Count(c => c is not null && ColumnMap.Text(c).Length > 0) == 1
        && ColumnMap.Text(row.Cells[0]).Trim() is { Length: 4 or 5 } text && text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase);

    /// <remarks>timeZone: the zone the export's wall-clock times are in (dates without an offset), the zone of the Outlook
    /// that wrote it, which need not be this machine's (a nightly task on a UTC server); null: this machine's zone.</remarks>
    /// <exception cref="PipesException">The file cannot be read, or breaks part way (see <see cref="ImportFile"/>); messages already yielded stand.</exception>
    public static IEnumerable<(EmailMessage? Message, PipesException? Error)> Read(string path, Encoding? encoding, EmailImportSummary summary,
        ImportLimits? limits = null, CancellationToken cancellationToken = default, DateOrder dateOrder = DateOrder.Auto, TimeZoneInfo? timeZone = null)
    {
        limits ??= ImportLimits.Default;
        var zone = timeZone ?? TimeZoneInfo.Local;
        var options = new ImportOptions { Encoding = encoding, Limits = limits, RepairStrayQuotes = false, ReadMailtoLinks = false };
        // Bodies span many lines full of commas: the contact reader's stray-quote repair (a quote read as a character
        // when the next line looks like a row) would make each line of a body cut off by the file's end a message.
        using var source = ImportFile.Open(path, options, cancellationToken);
        if (source is CsvSource text && text.MarkOverrodeWarning(path, encoding) is { } marked) summary.Warnings.Add(marked);
        using var rows = ImportFile.Rows(source, path).GetEnumerator();
        // The header is the first row with the export's columns among the first few, as the contact importer looks
        // for its header: Excel's "sep=," hint (or a title line) above it is not the header, nor a message.
        SourceRow? first = null, firstError = null, header = null;
        Columns? columns = null;
        var above = 0;
        while (true)
        {
            bool more;
            try
            {
                more = rows.MoveNext();
            }
            catch (PipesException) when (first is not null)
            {
                // A row below one that is no header cannot be read (a 200 MB line): the file is refused by its first
                // row, which already says it is no export, rather than by the limit the row below passed.
                break;
            }
            if (!more) break;
            var row = rows.Current;
            ImportFile.RemoveNuls(row);
            if (row.Error is null && row.IsBlank) continue;
            if (row.Error is null && Columns.TryFrom(row) is { } found)
            {
                (header, columns) = (row, found);
                break;
            }
            if (row.Error is not null) firstError ??= row;
            else if (!IsSeparatorHint(row)) first ??= row; // the hint is no row to name, nor a sign the file has any
            if (!IsSeparatorHint(row)) above++;
            if (above >= RowsSearchedForHeader) break;
        }
        if (header is null || columns is null)
        {
            if (first is null && firstError is not null)
            {
                // No row could be read to look for the header in: the first one's error says why.
                summary.UnreadableRows++;
                yield return (null, new FileFormatError(path, $"{Path.GetFileName(path)}: {firstError.Error}", firstError.Line, ErrorIds.RowParseError));
                yield break;
            }
            if (first is null)
            {
                summary.NoRows = true;
                yield break;
            }
            // Throws Pipes.NotAnEmailExport, naming the first row's columns, and that the search ran out when it did.
            Columns.From(first, path, above >= RowsSearchedForHeader ? above : 1);
            yield break;
        }
        if (above > 0)
            summary.Warnings.Add($"{Path.GetFileName(path)}: the header is on line {header.Line:N0}; the {(above == 1 ? "row" : $"{above} rows")} above it {(above == 1 ? "was" : "were")} skipped.");
        summary.HasDateColumn = columns.Date >= 0;
        var dates = new DateEvidence(dateOrder, columns.DayFirstLanguage, zone);
        var occurrences = new Occurrences();
        // Rows (and errors, to keep their order) held until the order of the file's dates is known.
        var held = new List<(SourceRow Row, long Number, PipesException? Error)>();
        var any = false;
        SourceRow? last = null;
        // The first rows, looked at for another encoding's letters read as Windows-1252 ("Dzier¿awa" of a Polish export: a trial's
        // names then matched no prospect, unsaid), as Import-PipesFile looks at a contact list's.
        var firstRows = new List<SourceRow> { header };
        while (rows.MoveNext())
        {
            var row = rows.Current;
            ImportFile.RemoveNuls(row);
            if (firstRows.Count <= FirstRowsForEncoding) firstRows.Add(row);
            if (row.Error is not null)
            {
                summary.UnreadableRows++;
                var error = new FileFormatError(path, $"{Path.GetFileName(path)}: {row.Error}", row.Line, ErrorIds.RowParseError);
                if (held.Count > 0) held.Add((row, 0, error));
                else yield return (null, error);
                continue;
            }
            if (row.IsBlank) continue;
            any = true;
            last = row;
            summary.MessagesRead++;
            if (row.CutFields is { Length: > 0 })
            {
                summary.CutMessages++;
                if (summary.CutRows.Count < EmailImportSummary.RowsKept) summary.CutRows.Add(row.Line);
            }
            if (columns.Date >= 0) dates.Judge(columns.DateText(row), row.Line);
            if (dates.Pending)
            {
                held.Add((row, summary.MessagesRead, null));
                if (held.Count < HeldForDateOrder) continue;
                dates.Scan(path, options, header.Line, columns, cancellationToken);
                foreach (var item in Release(held, columns, dates, summary, occurrences)) yield return item;
                continue;
            }
            foreach (var item in Release(held, columns, dates, summary, occurrences)) yield return item;
            yield return (columns.Message(row, summary.MessagesRead, dates, summary, occurrences), null);
        }
        foreach (var item in Release(held, columns, dates, summary, occurrences)) yield return item;
        summary.HeaderOnly = !any && summary.UnreadableRows == 0;
        var file = Path.GetFileName(path);
        if (ContactImporter.OtherEncodingWarning(source, options, firstRows, path) is { } otherEncoding) summary.Warnings.Add(otherEncoding);
        if (last is not null && source is CsvSource && Array.FindLastIndex(header.Cells, c => !SourceRow.IsEmptyCell(c)) + 1 is var width
            && last.Cells.Length < width && !EndsWithLineBreak(path))
            summary.Warnings.Add($"{file}: the last message (row {last.Line:N0}) has {last.Cells.Length} of the header's {width} columns and the file ends without a line break, "
                + "so the export looks cut off there (truncated, or copied before it was fully written): that message was read with the missing columns empty, "
                + "and any messages after it are not in the file.");
        foreach (var guess in dates.Guesses)
        {
            var (example, order) = (guess.Style == '.' ? "04.03" : $"04{guess.Style}03", guess.Order);
            summary.Warnings.Add($"{file}: its dates written like {guess.Example} could be read day-first or month-first (none of the file's dates written with '{guess.Style}' has a number over 12 to tell): "
                + $"{Rows(guess.Rows, guess.Count)}. They were read {(order == DateOrder.DayFirst ? $"day-first (4 March for {example})" : $"month-first (April 3 for {example})")}, "
                + (guess.Style == '.' ? "as dotted dates are written (dd.MM.yyyy, German and other European exports)" : "as this computer's culture writes dates")
                + $". If that is wrong, import again with -DateOrder {(order == DateOrder.DayFirst ? "MonthFirst" : "DayFirst")}.");
        }
        foreach (var decided in dates.DecidedForOthers)
        {
            var dayFirst = decided.Order == DateOrder.DayFirst;
            summary.Warnings.Add($"{file}: its dates written with '{decided.Style}' were read {(dayFirst ? "day-first" : "month-first")}, as row {decided.DecidedBy.Row:N0}'s {decided.DecidedBy.Text} "
                + $"can only be read; so {(decided.Count == 1 ? "was 1 date that reads" : $"were {decided.Count:N0} dates that read")} either way ({decided.Example} as {(dayFirst ? "day-first" : "month-first")}): "
                + $"{Rows(decided.Rows, decided.Count)}. If row {decided.DecidedBy.Row:N0} is the odd one out, import again with -DateOrder {(dayFirst ? "MonthFirst" : "DayFirst")}.");
        }
        if (summary.SkippedTimes > 0)
            summary.Warnings.Add($"{file}: {summary.SkippedTimes:N0} date{(summary.SkippedTimes == 1 ? " has a time" : "s have times")} that {dates.Zone.Id} skipped when its clocks went forward, "
                + $"which no message can bear: {Rows(summary.SkippedTimeRows, summary.SkippedTimes)}. {(summary.SkippedTimes == 1 ? "It was" : "They were")} read at the zone's standard offset. If the export was made "
                + "in another zone, import it again with -TimeZone <its zone> (or Set-PipesConfig Outlook.TimeZone).");
        if (summary.UnreadableTimes > 0)
            summary.Warnings.Add($"{file}: {summary.UnreadableTimes:N0} time{(summary.UnreadableTimes == 1 ? " was" : "s were")} of the time column not readable as a time, "
                + $"so the date was read alone, at midnight: {Rows(summary.UnreadableTimeRows, summary.UnreadableTimes)}.");
        if (summary.UnreadableDates > 0)
            summary.Warnings.Add($"{file}: {summary.UnreadableDates:N0} date{(summary.UnreadableDates == 1 ? " was" : "s were")} not readable as a date"
                + (dates.DescribeDecided() is { } decided ? $" ({decided})" : "")
                + $", so Date is empty: {Rows(summary.UnreadableDateRows, summary.UnreadableDates)}.");
        if (summary.CutMessages > 0)
            summary.Warnings.Add($"{file}: {summary.CutMessages:N0} message{(summary.CutMessages == 1 ? " has a field" : "s have fields")} longer than "
                + $"{limits.MaxCellLength:N0} characters ({ImportLimits.MaxCellLengthSetting}), kept with only the first {limits.MaxCellLength:N0} "
                + $"(most likely a long Body): {Rows(summary.CutRows, summary.CutMessages)}. To read them whole, raise the limit: "
                + $"Set-PipesConfig {ImportLimits.MaxCellLengthSetting} <characters>.");
    }

    /// <summary>
    /// Whether a text file's last character is a line break (in any of the encodings it may be in: NUL bytes of UTF-16 or
    /// UTF-32 passed over). Outlook, Excel and scripts end every row with one; a file that stops inside its last row does not.
    /// </summary>
    private static bool EndsWithLineBreak(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            Span<byte> tail = stackalloc byte[8];
            var count = (int)Math.Min(tail.Length, file.Length);
            file.Seek(-count, SeekOrigin.End);
            file.ReadExactly(tail[..count]);
            var end = tail[..count].TrimEnd((byte)0);
            return end.Length > 0 && end[^1] is (byte)'\n' or (byte)'\r';
        }
        catch (IOException)
        {
            return true; // nothing to say about a file that cannot be looked at again
        }
    }

    /// <summary>The held rows as messages (each style's order decided, or its default when the file never tells), in file order.</summary>
    private static IEnumerable<(EmailMessage? Message, PipesException? Error)> Release(List<(SourceRow Row, long Number, PipesException? Error)> held, Columns columns,
        DateEvidence dates, EmailImportSummary summary, Occurrences occurrences)
    {
        if (held.Count == 0) yield break;
        foreach (var (row, number, error) in held)
            yield return error is not null ? (null, error) : (columns.Message(row, number, dates, summary, occurrences), null);
        held.Clear();
    }

    /// <summary>
    /// The order of a file's numeric dates, for each way of writing them ('/', '.', '-') apart: given (-DateOrder, for
    /// all), decided by the first date of that style that tells (a number over 12), or, when none in the whole file
    /// does, that style's default (<see cref="EmailDates.DefaultFor"/>), which <see cref="Guesses"/> names with its rows.
    /// A date tells only of its own style: Outlook's "Mon 1/12/2026" month-first and a typed 13.01.2026 day-first
    /// in one export are each read as written.
    /// </summary>
    private sealed partial class DateEvidence(DateOrder given, bool dayFirstLanguage, TimeZoneInfo zone)
    {
        /// <summary>The zone wall-clock times are placed in.</summary>
        public TimeZoneInfo Zone { get; } = zone;

        private sealed class Style(char separator)
        {
            public char Separator { get; } = separator;
            /// <summary>The order the first date of this style that tells gave; Auto while none has.</summary>
            public DateOrder Order { get; set; } = DateOrder.Auto;
            public bool Decided => Order != DateOrder.Auto;
            /// <summary>The row and text of the date that decided <see cref="Order"/>.</summary>
            public (long Row, string Text) DecidedBy { get; set; }
            /// <summary>Of <see cref="Ambiguous"/>, the dates with a 12-hour clock ("9:00 AM") and with a 24-hour one ("08:30").</summary>
            public long AmbiguousTwelveHour { get; set; }
            public long AmbiguousTwentyFourHour { get; set; }
            /// <summary>Dates of this style that read differently either way (04/03, not 04/04): how many, the first few rows, the first.</summary>
            public long Ambiguous { get; set; }
            public List<long> AmbiguousRows { get; } = [];
            public string? Example { get; set; }
        }

        /// <summary>The styles in the order the file first shows them.</summary>
        private readonly List<Style> _styles = [];
        private bool _scanned;

        /// <summary>A style taken by default that the user must hear of: its separator, order, rows of dates that could be read either way, and one of them.</summary>
        public readonly record struct Guess(char Style, DateOrder Order, IReadOnlyList<long> Rows, long Count, string Example)
        {
            /// <summary>For an order the file told: the row and text of the date that told it.</summary>
            public (long Row, string Text) DecidedBy { get; init; }
        }

        /// <summary>Whether rows must wait: a style has shown a date that reads differently either way and no date that tells its order (until the whole file is looked through).</summary>
        public bool Pending => given == DateOrder.Auto && !_scanned && _styles.Exists(s => s is { Decided: false, Ambiguous: > 0 });

        private Style? Find(char separator) => _styles.Find(s => s.Separator == separator);

        private Style For(char separator)
        {
            if (Find(separator) is { } style) return style;
            var added = new Style(separator);
            _styles.Add(added);
            return added;
        }

        /// <summary>Notes what the date cell of row <paramref name="row"/> tells: the first date of a style that tells decides it.</summary>
        public void Judge(string text, long row) => Judge(text, row, count: true);

        private void Judge(string text, long row, bool count)
        {
            if (given != DateOrder.Auto) return;
            var (evidence, separator) = EmailDates.Judge(text);
            if (evidence == EmailDates.Evidence.None) return;
            var style = For(separator);
            if (evidence == EmailDates.Evidence.Ambiguous)
            {
                if (!count) return;
                style.Ambiguous++;
                style.Example ??= text.Trim();
                switch (Clock(text))
                {
                    case 12: style.AmbiguousTwelveHour++; break;
                    case 24: style.AmbiguousTwentyFourHour++; break;
                }
                if (style.AmbiguousRows.Count < EmailImportSummary.RowsKept) style.AmbiguousRows.Add(row);
            }
            else if (!style.Decided)
            {
                // The first date that tells decides; one that contradicts it later is then no date, and said.
                style.Order = evidence == EmailDates.Evidence.DayFirst ? DateOrder.DayFirst : DateOrder.MonthFirst;
                style.DecidedBy = (row, text.Trim());
            }
        }

        /// <summary>
        /// The styles decided by a date written unlike the dates it decided, against their own way: one typed "13/12/2026 08:30"
        /// among Outlook's own "12/1/2026 9:00 AM" makes each of those 12 January, which the user must hear of, with the date that
        /// decided it. A 12-hour clock with AM/PM is how month-first (US) exports write times, a 24-hour one how day-first ones do:
        /// a date on the other clock that turns them the other way is likely from another hand. A date written as the others are
        /// (a UK export's 13/03 among its 04/03s), or one that agrees with their clock, decides in silence, as it always did.
        /// </summary>
        public IEnumerable<Guess> DecidedForOthers =>
            from s in _styles
            where given == DateOrder.Auto && s is { Decided: true, Ambiguous: > 0 }
                && Clock(s.DecidedBy.Text) switch
                {
                    24 => s.Order == DateOrder.DayFirst && s.AmbiguousTwelveHour > 0 && s.AmbiguousTwentyFourHour == 0,
                    12 => s.Order == DateOrder.MonthFirst && s.AmbiguousTwentyFourHour > 0 && s.AmbiguousTwelveHour == 0,
                    _ => false,
                }
            select new Guess(s.Separator, s.Order, s.AmbiguousRows, s.Ambiguous, s.Example!) { DecidedBy = s.DecidedBy };

        /// <summary>
        /// The order to read a date written with <paramref name="separator"/> in: given, decided, else its default. A date
        /// that reads differently either way is read only once its style is decided or the whole file was looked at
        /// (<see cref="Pending"/>); one that reads alike either way (04/04/2026) may be read before.
        /// </summary>
        public DateOrder OrderOf(char separator)
        {
            if (given != DateOrder.Auto) return given;
            var style = Find(separator);
            return style is { Decided: true } ? style.Order : EmailDates.DefaultFor(separator, dayFirstLanguage, CultureInfo.CurrentCulture).Order;
        }

        /// <summary>The styles whose order no date of the file told, and that had dates reading differently either way, taken by a default the user must hear of.</summary>
        public IEnumerable<Guess> Guesses =>
            from s in _styles
            where s is { Decided: false, Ambiguous: > 0 }
            let taken = EmailDates.DefaultFor(s.Separator, dayFirstLanguage, CultureInfo.CurrentCulture)
            where taken.Told
            select new Guess(s.Separator, taken.Order, s.AmbiguousRows, s.Ambiguous, s.Example!);

        /// <summary>12 for a time with AM or PM, 24 for a time without, 0 for a date without a time.</summary>
        private static int Clock(string text) => !TimeOfDay().IsMatch(text) ? 0 : Meridiem().IsMatch(text) ? 12 : 24;

        [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{1,2}:\d{2}")]
        private static partial System.Text.RegularExpressions.Regex TimeOfDay();

        [System.Text.RegularExpressions.GeneratedRegex(@"\d\s*[AaPp]\.?[Mm]\b\.?")]
        private static partial System.Text.RegularExpressions.Regex Meridiem();

        /// <summary>"read day-first, as the file's other dates showed" (or per style when they differ); null when no order was given or told by the file.</summary>
        public string? DescribeDecided()
        {
            static string Name(DateOrder order) => order == DateOrder.DayFirst ? "day-first" : "month-first";
            if (given != DateOrder.Auto) return "read " + Name(given);
            var decided = _styles.Where(s => s.Decided).ToList();
            if (decided.Count == 0) return null;
            if (decided.All(s => s.Order == decided[0].Order)) return $"read {Name(decided[0].Order)}, as the file's other dates showed";
            return "dates written with " + string.Join(" and with ", decided.Select(s => $"'{s.Separator}' read {Name(s.Order)}")) + ", as the file's other dates showed";
        }

        /// <summary>Looks through the whole file (from its header on) for the dates that tell each style's order; a style none tells then takes its default.</summary>
        public void Scan(string path, ImportOptions options, long headerLine, Columns columns, CancellationToken cancellationToken)
        {
            using (var source = ImportFile.Open(path, options, cancellationToken))
            {
                foreach (var row in ImportFile.Rows(source, path))
                {
                    if (row.Line <= headerLine || row.Error is not null) continue;
                    // Ambiguous dates are counted as the rows are read, once: here only what decides.
                    Judge(columns.DateText(row), row.Line, count: false);
                }
            }
            _scanned = true;
        }
    }

    /// <summary>"row 2" or "rows 2, 9, 14 and 2 more".</summary>
    internal static string Rows(IReadOnlyList<long> rows, long total) =>
        (rows.Count == 1 ? "row " : "rows ") + string.Join(", ", rows.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))
        + (total > rows.Count ? $" and {total - rows.Count:N0} more" : "");

    /// <summary>How many times each message content has been seen in the file so far.</summary>
    private sealed class Occurrences
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        /// <summary>
        /// The content's hash for its first occurrence (as before), a hash of it and the occurrence after: the
        /// same template sent twice with no date column is two messages, and a store that skips ids it has must keep both.
        /// </summary>
        public string Id(string contentHash)
        {
            var n = _seen[contentHash] = _seen.GetValueOrDefault(contentHash) + 1;
            return n == 1 ? contentHash : Hash(contentHash + "\u001f#" + n.ToString(CultureInfo.InvariantCulture));
        }
    }

    private sealed partial class Columns
    {
        public int Subject, Body, FromName, FromAddress, FromType, FromSmtp, ToName, ToAddress, ToType, CcName, CcAddress, CcType, BccName, BccAddress, BccType, Date = -1, Time = -1;

        /// <summary>A date-and-time pair beside another date column, read where that column is empty; -1 when none.</summary>
        public int PairDate = -1, PairTime = -1;

        /// <summary>
        /// Whether the header is German, French, Spanish or Portuguese Outlook's (its Subject column Betreff, Objet, Asunto
        /// or Assunto): that Outlook writes numeric dates day-first, so the file's own language tells an order its dates do not.
        /// </summary>
        public bool DayFirstLanguage;

        /// <summary>The export's columns in this row, or null when it lacks one of Subject, Body, From and To.</summary>
        public static Columns? TryFrom(SourceRow header)
        {
            var columns = Build(header, out var missing);
            return missing.Count == 0 ? columns : null;
        }

        /// <summary>Headers of a date and of its time in columns of their own, as keys, the export's own pairs first.</summary>
        private static readonly (string Day, string Time)[] DateAndTimeColumns =
        [
            ("receiveddate", "receivedtime"), ("sentdate", "senttime"), ("datereceived", "timereceived"), ("datesent", "timesent"),
            ("date", "time"), ("datum", "uhrzeit"), ("datum", "zeit"), ("date", "heure"), ("fecha", "hora"), ("data", "hora"),
        ];

        /// <remarks>searched: the rows looked at for the header, when more than <paramref name="header"/> (the first of them) was.</remarks>
        public static Columns From(SourceRow header, string path, int searched = 1)
        {
            var columns = Build(header, out var missing);
            if (missing.Count > 0)
                throw new FileFormatError(path,
                    $"{Path.GetFileName(path)} is not an Outlook email export: "
                    // A trial: a header on row 12, under eleven title lines, was said as "Its columns: Export line 0."
                    + (searched > 1 ? $"none of its first {searched} rows is the export's header (row {header.Line:N0}, the first, has no " : "it has no ")
                    + $"{string.Join(", ", missing.Select(m => AliasHeader(m)))} column{(missing.Count > 1 ? "s" : "")}{(searched > 1 ? ")" : "")}. "
                    + $"Expected, as Outlook writes them in English (or German, French, Spanish, Portuguese): {string.Join("; ", missing.Select(Expected))}. "
                    + $"{(searched > 1 ? "The first row's cells" : "Its columns")}: {string.Join(", ", header.Cells.Select(c => ColumnMap.Text(c)))}."
                    + (searched > 1 ? " If the header is further down, delete the lines above it." : ""),
                    header.Line, ErrorIds.NotAnEmailExport);
            return columns;
        }

        private static Columns Build(SourceRow header, out List<string> missing)
        {
            var keys = header.Cells.Select(c => ContactFields.Key(ColumnMap.Text(c))).ToList();
            int Find(string field)
            {
                foreach (var name in AliasKeys[field])
                {
                    var index = keys.IndexOf(name);
                    if (index >= 0) return index;
                }
                return -1;
            }
            var columns = new Columns
            {
                Subject = Find("Subject"),
                Body = Find("Body"),
                FromName = Find("FromName"),
                FromAddress = Find("FromAddress"),
                FromType = Find("FromType"),
                FromSmtp = Find("FromSmtp"),
                ToName = Find("ToName"),
                ToAddress = Find("ToAddress"),
                ToType = Find("ToType"),
                CcName = Find("CcName"),
                CcAddress = Find("CcAddress"),
                CcType = Find("CcType"),
                BccName = Find("BccName"),
                BccAddress = Find("BccAddress"),
                BccType = Find("BccType"),
                Date = Find("Date"),
            };
            // Subject's names after the first (English, whose Outlook writes either order) are the day-first languages'.
            columns.DayFirstLanguage = columns.Subject >= 0 && AliasKeys["Subject"].Skip(1).Contains(keys[columns.Subject]);
            // A date and its time in two columns: "Received Date" + "Received Time", "Sent Date" + "Sent Time", "Date" + "Time" (a trial:
            // "Sent Time" was taken for the date, and "Date" beside "Time" read at midnight, unsaid).
            // Only a pair the date column found is part of, or with none found ("Received" beside "Date" and "Time" stays the date; a review).
            foreach (var (dayKey, timeKey) in DateAndTimeColumns)
                if (keys.IndexOf(dayKey) is var day and >= 0 && keys.IndexOf(timeKey) is var time and >= 0)
                {
                    if (columns.Date < 0 || columns.Date == day || columns.Date == time) (columns.Date, columns.Time) = (day, time);
                    // Else kept for a row whose date column is empty ("Received" empty beside "Date" and "Time" filled; a review).
                    else (columns.PairDate, columns.PairTime) = (day, time);
                    break;
                }
            missing = [];
            if (columns.Subject < 0) missing.Add("Subject");
            if (columns.Body < 0) missing.Add("Body");
            if (columns.FromAddress < 0) missing.Add("FromAddress");
            if (columns.ToAddress < 0) missing.Add("ToAddress");
            return columns;
        }

        /// <summary>The date as written (with the time column's when the time has its own).</summary>
        public string DateText(SourceRow row)
        {
            if (Date < 0 || (Date < row.Cells.Length && row.Cells[Date] is DateTime)) return "";
            var (day, time) = DateColumnsOf(row);
            return Joined(CellText(row, day), CellText(row, time));
        }

        /// <summary>The date column's text alone, without its time column's (or the pair's, where the date column is empty).</summary>
        private string DateAlone(SourceRow row) => CellText(row, DateColumnsOf(row).Day);

        /// <summary>The columns a row's date is read from: the date column and its time column, or the pair's where the date column is empty.</summary>
        private (int Day, int Time) DateColumnsOf(SourceRow row) => CellText(row, Date).Length == 0 && PairDate >= 0 ? (PairDate, PairTime) : (Date, Time);

        private static string CellText(SourceRow row, int index) => index >= 0 && index < row.Cells.Length ? ColumnMap.Text(row.Cells[index]).Trim() : "";

        private static string Joined(string text, string time)
        {
            // A date cell that holds its time already ("1/20/2026 9:15 AM") is read alone: the Time column is then another time (a review).
            if (text.Contains(':')) return text;
            return time.Length > 0 && text.Length > 0 ? text + " " + time : text;
        }

        public EmailMessage Message(SourceRow row, long number, DateEvidence order, EmailImportSummary summary, Occurrences occurrences)
        {
            string Cell(int index) => index >= 0 && index < row.Cells.Length ? ColumnMap.Text(row.Cells[index]) : "";
            var subject = Cell(Subject);
            // The body as written: its line breaks and indentation are part of the message.
            var body = Body < row.Cells.Length ? row.Cells[Body] as string ?? ColumnMap.Text(row.Cells[Body]) : "";
            var from = Participants(Cell(FromName), Cell(FromAddress), Cell(FromType)).FirstOrDefault() ?? new EmailParticipant(null, null, false);
            if (from.IsX500 && EmailAddressList.Parse(Cell(FromSmtp)).FirstOrDefault(p => p is { IsX500: false, Address: not null }) is { } smtp)
                from = new EmailParticipant(from.Name ?? smtp.Name, smtp.Address, false);
            var to = Participants(Cell(ToName), Cell(ToAddress), Cell(ToType));
            var cc = Participants(Cell(CcName), Cell(CcAddress), Cell(CcType));
            var bcc = Participants(Cell(BccName), Cell(BccAddress), Cell(BccType));
            var date = ReadDate(row, order, summary);
            if (from.IsNoOne) summary.UnsentMessages++;
            return new EmailMessage(row.Line, number, subject, body, date?.Value, from, to, cc, bcc, occurrences.Id(MessageId(from, to, cc, subject, date, body)));
        }

        /// <summary>
        /// A time column's cell as a time of day: Excel's time cell (a time of day, or a date-formatted one of day 0), or text
        /// ("2:30 PM", "14:30:05"); null when it is none.
        /// </summary>
        private static TimeSpan? TimeOfDay(object? cell) => cell switch
        {
            TimeSpan time when time >= TimeSpan.Zero && time < TimeSpan.FromDays(1) => time,
            // A date-time in the time column (formatted "m/d/yyyy h:mm", or Excel's day 0 of a time): its time of day (a review).
            DateTime date => date.TimeOfDay,
            // A time left in General format: Excel's fraction of a day.
            double fraction when fraction >= 0 && fraction < 1 => TimeSpan.FromMilliseconds(Math.Round(fraction * 86_400_000)),
            string text => TextTime(text),
            _ => null,
        };

        // "2:30 PM", "14:30:05.5", "2 PM", "2pm", and the French and German "14h30", the dotted "2.30pm" (a review's).
        private static TimeSpan? TextTime(string text)
        {
            var written = TimeSeparator().Replace(text.Trim(), ":");
            return DateTime.TryParseExact(written, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault, out var parsed)
                ? parsed.TimeOfDay : null;
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^\d{1,2})(?:[hH.])(?=\d{2}(?!\d))")]
        private static partial System.Text.RegularExpressions.Regex TimeSeparator();

        private static readonly string[] TimeFormats = ["h:mm tt", "h:mm:ss tt", "H:mm", "H:mm:ss", "H:mm:ss.FFF", "h:mmtt", "h:mm:sstt", "h tt", "htt"];

        private EmailDate? ReadDate(SourceRow row, DateEvidence order, EmailImportSummary summary)
        {
            if (Date < 0) return null;
            // XLSX: a date cell is a date already (a wall-clock time, as Excel keeps it), its time in a time column of its own when
            // it holds none (a trial: "Received Date" and "Received Time" as Excel's date and time cells read every message at midnight).
            var (dayColumn, timeColumn) = DateColumnsOf(row);
            if (dayColumn >= 0 && dayColumn < row.Cells.Length && row.Cells[dayColumn] is DateTime dt)
            {
                if (dt.TimeOfDay == TimeSpan.Zero && timeColumn >= 0 && timeColumn < row.Cells.Length && !SourceRow.IsEmptyCell(row.Cells[timeColumn]))
                {
                    if (TimeOfDay(row.Cells[timeColumn]) is { } at) dt = dt.Date + at;
                    else UnreadableTime();
                }
                return InZone(dt.Kind == DateTimeKind.Utc ? new EmailDate(new DateTimeOffset(dt), true) : new EmailDate(new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Unspecified), TimeSpan.Zero), false));
            }
            var text = DateText(row);
            if (text.Length == 0) return null;
            if (EmailDates.Parse(text, order.OrderOf) is { } date) return InZone(date);
            // A time of its own column that is none ("25:99") leaves the date (a review: the whole date was lost); the row is still counted.
            if (DateAlone(row) is { Length: > 0 } day && day != text && EmailDates.Parse(day, order.OrderOf) is { } dateOnly)
            {
                UnreadableTime();
                return InZone(dateOnly);
            }
            summary.UnreadableDates++;
            if (summary.UnreadableDateRows.Count < EmailImportSummary.RowsKept) summary.UnreadableDateRows.Add(row.Line);
            return null;

            // The date read without its time: counted for the summary's warning.
            void UnreadableTime()
            {
                summary.UnreadableTimes++;
                if (summary.UnreadableTimeRows.Count < EmailImportSummary.RowsKept) summary.UnreadableTimeRows.Add(row.Line);
            }

            EmailDate InZone(EmailDate read)
            {
                var placed = read.InZone(order.Zone, out var skipped);
                if (skipped)
                {
                    summary.SkippedTimes++;
                    if (summary.SkippedTimeRows.Count < EmailImportSummary.RowsKept) summary.SkippedTimeRows.Add(row.Line);
                }
                return placed;
            }
        }
    }

    /// <summary>
    /// "A; B" names beside "a@x; b@y" addresses (and "SMTP; EX" types), paired by position, empty entries
    /// holding their place (";Bob Roe" beside "jane@x; bob@y" names only the second). Lists of different
    /// lengths cannot be paired: then the addresses stand alone (the names kept only when there are no
    /// addresses). An address entry may carry its own name ("Bob Roe &lt;bob@x.com&gt;", a generic export's
    /// From/To columns); the name column's, when there is one, comes first.
    /// </summary>
    internal static List<EmailParticipant> Participants(string names, string addresses, string types)
    {
        var addressList = EmailAddressList.Split(addresses, commas: true);
        // Display names hold commas ("Doe, Jane"): Outlook separates them with ';' only.
        var nameList = EmailAddressList.Split(names, commas: false);
        var typeList = EmailAddressList.Split(types, commas: false);
        if (addressList.Count > 0 && nameList.Count != addressList.Count) nameList = [];
        if (typeList.Count != Math.Max(addressList.Count, nameList.Count)) typeList = [];
        var count = Math.Max(addressList.Count, nameList.Count);
        var result = new List<EmailParticipant>(count);
        for (var i = 0; i < count; i++)
        {
            var name = i < nameList.Count ? nameList[i] : null;
            var type = i < typeList.Count ? typeList[i] : null;
            var parsed = i < addressList.Count ? EmailAddressList.ParseEntry(addressList[i]).ToList() : [];
            var first = parsed.FirstOrDefault();
            var address = first?.Address;
            // Type EX with an SMTP address (an Exchange contact, or a mailbox the export resolved) matches by that address;
            // only an X.500 address, or EX with no address at all, is left to the display name.
            var x500 = (first?.IsX500 ?? false) || (string.IsNullOrEmpty(address) && string.Equals(type, "EX", StringComparison.OrdinalIgnoreCase));
            name = string.IsNullOrEmpty(name) ? first?.Name : name;
            // Outlook writes the address in the (Name) column when the sender had no display name: with the (Address)
            // column empty or X.500, that address is the one to match by.
            if ((string.IsNullOrEmpty(address) || x500) && name is not null && name.Contains('@')
                && EmailAddressList.ParseEntry(name).FirstOrDefault(p => p is { IsX500: false, Address: not null }) is { } named)
            {
                (address, name, x500) = (named.Address, named.Name, false);
            }
            if (string.IsNullOrEmpty(address) && string.IsNullOrEmpty(name)) continue;
            result.Add(new EmailParticipant(string.IsNullOrEmpty(name) ? null : name, string.IsNullOrEmpty(address) ? null : address, x500));
            // An entry of several bare addresses ("a@x.com b@y.org"): each is a participant.
            result.AddRange(parsed.Skip(1));
        }
        return result;
    }

    /// <summary>A hash of what makes the message itself: the same export read twice gives the same id.</summary>
    /// <remarks>
    /// The date enters as the same text gives it on any machine (<see cref="EmailDate.Key"/>): a date without
    /// an offset is a wall-clock time, which the machine's zone must not turn into a different instant.
    /// </remarks>
    private static string MessageId(EmailParticipant from, IReadOnlyList<EmailParticipant> to, IReadOnlyList<EmailParticipant> cc, string subject, EmailDate? date, string body)
    {
        var text = string.Join("\u001f", from.Address ?? from.Name ?? "", string.Join(";", to.Select(p => p.Address ?? p.Name)), string.Join(";", cc.Select(p => p.Address ?? p.Name)),
            subject, date?.Key ?? "", body.ReplaceLineEndings("\n").TrimEnd());
        return Hash(text);
    }

    internal static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16).ToLowerInvariant();
}
