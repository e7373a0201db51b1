using System.Text.RegularExpressions;
using Pipes.Replies;

namespace Pipes.Import;

/// <summary>
/// A row's free-text notes (a landman's "Notes", a county list's "Remarks", a division order's "Suspense Reason", a dialler's "Caller
/// Notes"): where they say not to contact the row's person, or that the person died, the row's numbers are not dialled and its
/// addresses not written to, as a flag column's yes would do. Notes are read with the rule that reads replies (<see cref="ReplyOptOut"/>:
/// "do not call", "no more mail", threats, what is undone or only says when) and a landman's shorthand the replies do not use
/// ("remove per attorney", "DNC", "letters only", "call daughter instead", "deceased 2019"). What only describes ("hung up on me",
/// "call back in May", "Spouse deceased, he handles everything now", "DNC? checked registry - not on it") marks nothing.
/// </summary>
internal sealed partial class RecordBuilder
{
    // Notes columns by their header keys, mapped to Notes or not.
    private static readonly HashSet<string> NoteHeaders = ["notes", "note", "comments", "comment", "remarks", "remark", "callernotes", "callnotes", "agentnotes",
        "landmannotes", "internalnotes", "contactnotes", "leadnotes", "ownernotes", "memo", "suspensereason", "suspense", "holdreason",
        // A division order's pay status ("Suspense - Deceased", "Susp - Deceased": Enertia's, ActiveCampaign's custom field; a trial's were dialled).
        // (Not "Owner Status": an heirship table's record owner, beside the heir the row reaches; its "Deceased" withheld every heir.)
        "paystatus", "paymentstatus", "suspensestatus", "holdstatus", "suspensecode", "holdcode",
        // A mailing list's word on the address ("Returned", "Bad Address"): read for AddressUnknown, and for a stop as any note.
        "addressstatus", "mailstatus", "mailingstatus",
        "notas", "nota", "observaciones", "comentarios", "remarques", "commentaires", "bemerkungen", "notizen", "anmerkungen", "observacoes"];

    private static int[] NoteColumns(ColumnMap map) =>
        map.Headers.Select((header, index) => (Key: ContactFields.FoldedKey(ContactFields.Key(header)), Index: index))
            .Where(h => NoteHeaders.Contains(h.Key)).Select(h => h.Index).ToArray();

    // The same note on many rows ("Left voicemail") is read once a file (Remembered).
    private readonly Func<string, List<NoteMarked>?> _noteSays = Remembered<List<NoteMarked>?>(NoteSays);
    private readonly Func<string, string?> _addressUnknown = Remembered<string?>(AddressUnknown);

    /// <summary>
    /// The words of a note that says the row's postal address does not reach the person ("Suspense - Address Unknown", "Returned Mail",
    /// "RTS", "no forwarding address", "Escheat": an owner's money turned over to the state as unclaimed, the owner not found at it);
    /// null when it says none, or says it only to ask ("Address unknown? checked - good"), negated ("not escheated") or resolved after
    /// ("returned mail - address updated"; "RTS; new address unknown" stays one).
    /// </summary>
    internal static string? AddressUnknown(string note)
    {
        // (Most notes hold none of the words: a call log's distinct note on every row is not searched with the regex.)
        if (!ReplyRules.ContainsAny(note, AddressUnknownKeys)) return null;
        foreach (Match words in AddressUnknownWords().Matches(note))
        {
            var after = note.AsSpan(words.Index + words.Length);
            if (after.TrimStart().StartsWith("?") || AddressResolved().IsMatch(after)) continue;
            return words.Value;
        }
        return null;
    }

    // Every phrase of AddressUnknownWords holds one of these, in either case ("address", "unable to find", "lost owner", "RTS", ...).
    private static readonly string[] AddressUnknownKeys = ["addr", "return", "rts", "utl", "locat", "unable", "owner", "escheat", "whereabouts", "undeliverable"];

    // (Not "wrong address" nor "old address": which address the note means is not the row's to know. A deck's "SUSP-ADDR UNK", "Bad addr" too.)
    [GeneratedRegex(@"(?<!\w)(?<!\b(?:not|no|never|isn't|wasn't|n't)\s+(?:\w+\s+)?)(?<!\b(?:e-?mail|ip|web)\s+)(?:(?:address(?:es)?|addr\.?)\s+(?:is\s+|was\s+)?(?:unknown|unk\.?|bad|invalid|undeliverable|not\s+(?:good|valid|known|current|deliverable))|(?:unknown|bad|invalid|undeliverable|no\s+good)\s+(?:address(?:es)?|addr\.?)"
        + @"|no\s+(?:current|valid|known|good|forwarding)\s+address|(?:mail|letters?|checks?|envelopes?|statements?)\s+(?:(?:was|were|got|has\s+been|have\s+been|came|come)\s+)?(?:returned|back\s+undeliverable)|returned\s+(?:mail|letters?|checks?|envelopes?|statements?)"
        + @"|returned\s+to\s+sender|return\s+to\s+sender|(?-i:RTS|UTL)|unable\s+to\s+(?:locate|find)(?:\s+(?:the\s+)?owner)?|(?:owner\s+)?unlocatable|(?:lost|missing|unlocated|unknown)\s+owner|whereabouts\s+unknown"
        + @"|escheat(?:ed|ment|s)?(?:\s+to\s+(?:the\s+)?(?:state|comptroller|treasur\w+|unclaimed\s+property)\b)?)(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressUnknownWords();

    [GeneratedRegex(@"\b(?:updated|corrected|fixed|resolved|cleared|found|located|verified|confirmed|now\s+good|checked\s*[-:]?\s*(?:good|ok)|(?<!\bno\s+)new\s+address(?!\s+(?:unknown|not\s+known))|reissued|claimed|recovered)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressResolved();

    /// <summary>
    /// What one request or fact in a note stops: the scope, the words, the clause they stand in, whether they are about a line ("wrong
    /// number on cell") rather than the person, the words that name the line when only they tell which ("stop calling my office line,
    /// my cell is ...": "my office line"), where the words start and end in the clause (-1: not known), and whether they say an old line is no
    /// good ("old number disconnected", "don't call the old one").
    /// </summary>
    internal readonly record struct NoteMarked(OptOutScope Scope, string Words, string Clause, bool AboutALine, bool AllButTheLine = false, string? LineWords = null, int End = -1, bool OldLine = false, int Start = -1);

    private void ApplyNotes(ContactRecord record, object?[] cells, ImportSummary summary)
    {
        var addressSaid = false;
        foreach (var column in _noteColumns)
        {
            if (column >= cells.Length || ColumnMap.Text(cells[column]) is not { Length: > 0 } note) continue;
            if (!addressSaid && _addressUnknown(note) is { } unknown)
            {
                record.AddIssue(ContactIssues.AddressUnknown(record.Address, $"the row's '{_map.Headers[column]}' says '{unknown}'"));
                addressSaid = true;
            }
            if (_noteSays(note) is not { } marks) continue;
            // Every mark's numbers together, each once, and the first mark's words as the reason for each channel.
            var own = PhoneEntries(record).Select(NumberOf).ToHashSet();
            var numbers = new List<string>();
            string? callsWhy = null, mailWhy = null;
            foreach (var mark in marks)
            {
                var why = $"the row's '{_map.Headers[column]}' says '{mark.Words}'";
                if (mark.Scope != OptOutScope.Email)
                {
                    numbers.AddRange(StoppedBy(mark, own, cells, note));
                    callsWhy ??= why;
                }
                if (mark.Scope != OptOutScope.Calls) mailWhy ??= why;
            }
            if (callsWhy is not null && numbers.Where(own.Contains).Distinct().ToList() is { Count: > 0 } stopped) MarkNumbers(record, stopped, callsWhy, summary);
            if (mailWhy is not null && record.Email is not null) Withdraw(record, SendableEmails(record).ToList(), mailWhy, summary);
        }
    }

    /// <summary>
    /// The row's numbers a mark stops: those its clause writes out or names by their last digits (when a number follows the request's
    /// words, those after it: "called 469-... - asked us not to call 214-..."; when that number is not the row's, none), and for a
    /// line's mark the line its words name ("do not call his home phone or 432-555-0101": both; "do not call mobile number
    /// 432-555-0101": the number, when the Cell column holds another); a line's mark that names none ("wrong number, call
    /// 432-555-0152") stops the row's numbers but those the note gives; an old line's ("old cell disconnected") the line it names, or
    /// the row's, but those the note gives ("new cell 432-555-0152"); a request of the person's, the row's numbers but those the note
    /// gives to call ("stop calling, use 432-555-0152 instead"; not one it only states: "DNC. His number is ...").
    /// </summary>
    private IEnumerable<string> StoppedBy(NoteMarked mark, HashSet<string> own, object?[] cells, string note)
    {
        if (mark.AllButTheLine) return LineNamedIn(mark.Words, cells) is { } kept ? own.Except(kept) : [];
        if (mark.OldLine) return (LineNamedIn(mark.Words, cells) ?? [.. own]).Except(GivenNumbers(note, NumberGiven.Stated));
        var wordsLine = mark.AboutALine ? LineNamedIn(mark.Words, cells) : null;
        // The request's object is the number written next (read once: it reads the clause's numbers).
        var numberNext = mark.LineWords is null && NumberRightAfter(mark);
        // Where only the line's words tell which line, the clause's numbers are the ones given instead; where the request's words name
        // a line, a number before them is where the caller reached the person ("spoke on 214-... - do not call the house again").
        var named = mark.LineWords is null ? NamedInNote(own, mark.Clause, mark.End, onlyAfter: wordsLine is not null || numberNext) : null;
        // "tried 214-... twice no ans, 469-... wrong #", "called 214-... - wrong number, tried 469-...": a line's fact is of the number
        // written right before it.
        // Not a fact of them all ("214-... & 469-... are both bad").
        if (mark.AboutALine && named is { Count: > 1 } && !OfThemAll().IsMatch(mark.Words) && NumberRightBefore(mark, own) is { } before) named = [before];
        // "DNC (972) 555-0164", "do not call 972-... - that's her sister": a number the row does not have.
        if (named is null && numberNext) return [];
        if (!mark.AboutALine) return named ?? ColumnHeading(mark, cells) ?? (mark.Scope == OptOutScope.Calls ? own.Except(GivenNumbers(note, NumberGiven.ToCall)) : [.. own]);
        // The clause's line words only when it names no number: "do not call 214-..., call cell 469-..." gives the cell to call; and
        // not the request's own line word when the number follows it ("do not call mobile number 214-...": that number).
        var line = named is not null && numberNext ? null
            : wordsLine ?? (named is null && mark.LineWords is null ? LineNamedIn(mark.Clause, cells) : null);
        // A line listed after a named number: "do not call 214-555-0101 or cell".
        var listed = named is not null && ListedLine().Match(mark.Clause) is { Success: true } more ? LineNamedIn(more.Value, cells) : null;
        return named is null && line is null ? own.Except(GivenNumbers(note, NumberGiven.Stated)) : (named ?? []).Concat(line ?? []).Concat(listed ?? []);
    }

    [GeneratedRegex(@"^(?:are|both)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfThemAll();

    /// <summary>"Phone 2: dnc", "Alt Phone - do not call": the numbers of the one phone column whose own name heads the request; null when none does.</summary>
    private List<string>? ColumnHeading(NoteMarked mark, object?[] cells) =>
        mark.Start > 0 && ColumnHead().Match(mark.Clause, 0, mark.Start) is { Success: true } head ? LineNamedIn(head.Groups["name"].Value, cells) : null;

    [GeneratedRegex(@"(?:^|[.,]\s)\W*(?<name>[\p{L}\d][\p{L}\d #.'/]{0,30}?)\s*[-:\u2013=]+\s*$")]
    private static partial Regex ColumnHead();

    private static string? NumberRightBefore(NoteMarked mark, HashSet<string> own) =>
        mark.Start > 0 && NumberEndsHere().Match(mark.Clause, 0, mark.Start) is { Success: true } number
            && Normalization.PhoneNormalizer.Normalize(number.Value).Number is { } read && own.Contains(read) ? read : null;

    [GeneratedRegex(TenDigits + @"[\s,:\u2013-]*$")]
    private static partial Regex NumberEndsHere();

    private static bool NumberRightAfter(NoteMarked mark) => mark.End >= 0 && ObjectNumberNext(mark.Clause, mark.End);

    // The number written next is the request's object, unless the clause gives it to call: "214-... DNC - 469-... ok" asks of 214-....
    private static bool ObjectNumberNext(string clause, int end) =>
        NumberNext().IsMatch(clause.AsSpan(end)) && WrittenNumbers(clause).FirstOrDefault(n => n.End > end) is not { Given: NumberGiven.ToCall };

    // The request's object is a number: "asked us not to call 214-...", "do not call his cell # 214-...", "stop calling me at 214-...".
    [GeneratedRegex(@"^\s*(?:(?:me|him|her|them)\s+)?(?:(?:at|on)\s+)?(?:(?:" + Whose + @")\s+)?(?:(?:" + LineKind + @")\s*)?(?:(?:number|#|phone|line|no\.?)\s*)?:?\s*" + NumberAhead,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberNext();

    /// <summary>
    /// What a note asks or says, clause by clause (a note is often several events: "3/12 lvm; 3/20 wife said he passed"); null when
    /// nothing. A mark is undone by its clause ("Not DNC", "was DNC until 2022", "considering DNC", "may ask to be removed", "marked
    /// deceased in error", "remove from list? no", "thought it was a wrong #") or, for a request, by the note ("now OK to call", "keep
    /// her posted"); a death by the note ("alive and well", "not dead").
    /// </summary>
    internal static List<NoteMarked>? NoteSays(string note)
    {
        if (!NoteTrigger().IsMatch(note)) return null;
        var found = new List<NoteMarked>();
        var deathUndone = DeathUndone().IsMatch(note);
        var requestUndone = RequestUndone().IsMatch(note);
        // "his brother is DNC, don't call him": "him" is the brother.
        var relativeNamed = RelativeNamed().IsMatch(note);
        // "No answer. No contact.", "Called 3x, no contact": a call log's outcome, nobody reached.
        var callLog = CallAttempt().IsMatch(note);
        foreach (var clause in Clauses(note))
        {
            // The words at [index, index + length) of the clause, unless the clause or the note undoes them.
            void Add(OptOutScope scope, int index, int length, bool line = false, bool death = false, string? lineWords = null, bool old = false)
            {
                if (death ? deathUndone : requestUndone) return;
                var before = clause.AsSpan(0, index);
                var after = clause.AsSpan(index + length);
                if (UndoneBefore().IsMatch(before) || UndoneAfter().IsMatch(after) || (!death && (PastBefore().IsMatch(before) || ReplyOptOut.SaysWhenNotWhether(after)))) return;
                if (!death && NoContact().IsMatch(clause.AsSpan(index, length)) && (callLog || OutcomeAfter().IsMatch(after)) && !Asked().IsMatch(clause)) return;
                found.Add(new NoteMarked(scope, clause.Substring(index, length).Trim(), clause, line, LineWords: lineWords, End: index + length, OldLine: old, Start: index));
            }
            foreach (Match death in NoteDeath().Matches(clause)) Add(OptOutScope.All, death.Index, death.Length, death: true);
            // "only call cell", "call mobile only", "cell only": every other line is stopped (one that names no line the row has stops nothing).
            if (OnlyThisLine().Match(clause) is { Success: true } only && !(requestUndone || UndoneBefore().IsMatch(clause.AsSpan(0, only.Index))))
                found.Add(new NoteMarked(OptOutScope.Calls, only.Value.Trim(), clause, AboutALine: true, AllButTheLine: true, End: only.Index + only.Length));
            var lineMarkEnd = -1; // where the clause's last line mark ends: a request inside one is that line's ("take the landline off the list")
            foreach (var mark in NoteMarks(clause))
            {
                if (mark.Groups["third"].Success && relativeNamed) continue;
                // "old number disconnected", "don't call the old one": the row's number is the old one only beside a new one given to call
                // ("new cell 432-555-0101, old number disconnected"); without, it may be the new one ("old home # disconnected, replaced w/ this one").
                if (mark.Groups["old"].Success && !GivenNumbers(note, NumberGiven.Stated).Any()) continue;
                if (mark.Groups["line"].Success) lineMarkEnd = mark.Index + mark.Length;
                var scope = mark.Groups["calls"].Success || mark.Groups["line"].Success ? OptOutScope.Calls : mark.Groups["mail"].Success ? OptOutScope.Email : OptOutScope.All;
                if (scope == OptOutScope.Calls && !mark.Groups["line"].Success && LineNamedAfter(clause, mark.Index + mark.Length) is { } named)
                    Add(scope, mark.Index, named.Index + named.Length - mark.Index, line: true, lineWords: named.Value);
                else if (scope == OptOutScope.Calls && !mark.Groups["line"].Success && LineHeadBefore(clause, mark.Index) is { } head)
                    Add(scope, head.Index, mark.Index + mark.Length - head.Index, line: true, lineWords: head.Value);
                else // "do not call home or cell": two lines named, the row's numbers
                    Add(scope, mark.Index, mark.Length, line: mark.Groups["line"].Success && !MoreLinesAfter().IsMatch(clause.AsSpan(mark.Index + mark.Length)), old: mark.Groups["old"].Success);
            }
            // A request of one line ("never call this number again - said when I called the cell") is about the line the clause names.
            if (RequestHead().IsMatch(clause) && ReplyOptOut.Find(clause) is { } request && clause.IndexOf(request.Words, StringComparison.Ordinal) is var at and >= 0
                && at >= lineMarkEnd && !OfTheLineBefore(clause, lineMarkEnd, at, at + request.Words.Length))
            {
                // "Stop calling my office line, my cell is 432-555-0102": the line named right after the request is the one it stops, and
                // only its words tell which (the clause's other line words and numbers are the ones given instead).
                if (request.Scope == OptOutScope.Calls && LineNamedAfter(clause, at + request.Words.Length) is { } named)
                    Add(request.Scope, at, named.Index + named.Length - at, line: true, lineWords: named.Value);
                else if (request.Scope == OptOutScope.Calls && LineHeadBefore(clause, at) is { } head)
                    Add(request.Scope, head.Index, at + request.Words.Length - head.Index, line: true, lineWords: head.Value);
                else // "never call this number again", "asked us not to call the home number anymore": a line the request's own words name
                    Add(request.Scope, at, request.Words.Length, line: ThisLine().IsMatch(request.Words) || (request.Scope == OptOutScope.Calls && NamesALine().IsMatch(request.Words)));
            }
        }
        return found.Count > 0 ? found : null;
    }

    // "cell is her ex-husband's, dont call", "home # wrong - do not call": a bare request right after a line's fact is of that line (not one
    // that names its own: "cell wrong #, do not call 469-..." or "... don't call his work line").
    private static bool OfTheLineBefore(string clause, int lineMarkEnd, int at, int end) =>
        lineMarkEnd >= 0 && clause.AsSpan(lineMarkEnd, at - lineMarkEnd).Trim(" \t,:-\u2013").IsEmpty
            && LineNamedAfter(clause, end) is null && !NumberNext().IsMatch(clause.AsSpan(end));

    // The words a request of the reply rule starts with or turns on: a call log without any ("3/12 lvm re: Sec 5 lease; spoke w/ wife")
    // is not given to the reply rule, which costs tens of microseconds a note (measured: 1.4 s for 20,000 notes).
    [GeneratedRegex(@"\b(?:stop|quit|cease|don'?t|do\s+not|dont|never|no\s+(?:more|further)|leave|take|remove|delete|drop|refrain|unsub\w*|opt|lose|if|one\s+more|want\w*|wish|prefer|rather|ask\w*|request\w*|reach|enough|discontinue|put|add"
        + @"|(?:dej|par|arr[êe]t|cess|deix)\w*|h[öo]ren|no\s+(?:me|nos|lo|la|le|les|quiero|enviar|mandar|escribir|llamar|contactar|molestar|vuelva\w*)|n[ãa]o|ne\s+(?:me|m'|nous|plus|veux|souhaite)|m[öo]chte\w*|wollen|keine|tragen|l[öo]schen|kontaktieren|schreiben|rufen|anrufen"
        + @"|b[oó]rr\w*|s[áa]qu\w*|qu[ií]t\w*|elimin\w*|sac\w*|tampoco|ni|de\s+baja|descadastr\w*|remova\w*|tir\w*|retir\w*|d[ée]sinscri\w*|d[ée]sabonn\w*|supprimez|mich|verteiler)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestHead();

    [GeneratedRegex(@"\b(?:this|that)\s+(?:number|line|phone|#)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisLine();

    [GeneratedRegex(@"\b(?:" + LineKind + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesALine();

    /// <summary>
    /// The one line a calls request names right after its words, at <paramref name="end"/> of the clause ("stop calling my office line",
    /// "DNC on cell"); null when it names none, or two ("stop calling his cell and home phones", "the home number, cell too": the row's).
    /// </summary>
    private static Match? LineNamedAfter(string clause, int end) =>
        // Not past the request's own full stop, nor a line that heads what follows ("Mobile: DNC. Home: ok": the home line is ok).
        clause[end - 1] != '.' && LineAfterRequest().Match(clause, end) is { Success: true } named && !MoreLinesAfter().IsMatch(clause.AsSpan(named.Index + named.Length))
            && !HeadingNext().IsMatch(clause.AsSpan(named.Index + named.Length)) ? named : null;

    [GeneratedRegex(@"^\s*[:=]")]
    private static partial Regex HeadingNext();

    /// <summary>The one line a clause or its last sentence opens with, as a heading of the calls request at <paramref name="start"/> ("Cell - DO NOT CALL", "home phone: do not call", "Work # DNC", "Cell: left vm. Landline: DNC", "ok to call cell, landline DNC"); null when none.</summary>
    private static Match? LineHeadBefore(string clause, int start) => LineHead().Match(clause, 0, start) is { Success: true } head ? head : null;

    [GeneratedRegex(@"(?:^|[.,]\s)\W*(?:(?:" + Whose + @")\s+)?(?:" + LineKind + @")\b(?:\s*(?:line|phone|number|no\b\.?|#))?(?:\s+is)?\s*[-:–=]*\s*(?:(?:pls|please|plz)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineHead();

    // A phone number written next (NoteMarkLineNamed's requests before one: NamedInNote reads it).
    private const string NumberAhead = "(?=" + TenDigits + ")";

    // A NANP number as notes write it: "214-555-0101", "(214) 555.0101", "+1 214 555 0101".
    private const string TenDigits = @"\+?1?[\s.(-]*\d{3}[\s.)-]*\d{3}[\s.-]*\d{4}";

    // A phone line's kind as notes name it, and whose it is; a line by its number or place among the row's ("Phone 1", "line #2", "2nd
    // number": see LineNamedIn), not a number's first digit ("number 214-...").
    private const string LineKind = "office|work|business|home|house|landline|cell|mobile|cel";
    private const string NumberedLine = @"(?:phone|line|number|tel)\s*#?\s*" + LineNumber + @"|(?:[1-3](?:st|nd|rd)|first|second|third)\s+(?:phone|line|number)";

    // A line's number after its word: one digit, not a number's first ("number 214-..."), a count ("phone 2 times", "number 2x") or a
    // number's part ("line 2.5").
    private const string LineNumber = @"[1-9](?![\d.-]|\s*(?:x\b|times\b|more\b|calls?\b|days?\b|weeks?\b|rings?\b|hours?\b|hrs\b|mins?\b))";
    private const string Whose = "my|his|her|their|our|your|the";

    // The line a request names right after its words: "(stop calling) my office line", "(quit calling) his cell", "(stop calling) me
    // at work", "(no more calls) to the office", "(DNC) on cell".
    [GeneratedRegex(@"\G\s*(?:(?:me|him|her|them)\s+)?(?:(?:to|on|at|for)\s+)?(?:(?:" + Whose + @")\s+)?(?:" + LineKind + "|" + NumberedLine + @")\b(?:\s+(?:line|phone|number|no\b\.?|#))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineAfterRequest();

    // The one line a note says to call: "only call cell", "call mobile only", "cell only", "call his cell only, not home".
    [GeneratedRegex(@"\b(?:only\s+call\s+(?:(?:" + Whose + @")\s+)?(?:" + LineKind + @")\b|(?:call\s+(?:(?:" + Whose + @")\s+)?)?(?:" + LineKind + @")(?:\s+(?:phone|number|#))?\s+only\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyThisLine();

    // A line listed after "or"/"and": "do not call 214-555-0101 or cell".
    [GeneratedRegex(@"\b(?:or|and|&)\s+(?:(?:" + Whose + @")\s+)?(?:" + LineKind + "|" + NumberedLine + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListedLine();

    // Another line after the one named, or a word that adds one: "and home", "or my cell", ", cell too", "either", a list (", work or cell"); not
    // ", my cell is ...": a line given in its place.
    [GeneratedRegex(@"^\s*(?:(?:and|or|&|\+|/)\s*(?:(?:" + Whose + @")\s+)?(?:" + LineKind + "|" + NumberedLine + @"|[1-9]\b)\b"
        + @"|,\s*(?:(?:" + Whose + @")\s+)?(?:" + LineKind + @")(?:\s+(?:line|phone|number|#))?\s*(?:,|or\b|and\b|&)|(?:,\s*)?(?:\w+\s+)?(?:too|also|either|both)\b|s\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoreLinesAfter();

    /// <summary>
    /// A note's clauses: split at ";", "|", "!", a line break, and a full stop that ends a sentence (not "D.N.C." or "Mrs."); a "?" stays
    /// with its clause (a number asked about with its answer: "214-... ok? - wrong number"), and a number alone after a break with a clause that names no line nor number, or lists numbers ("DO NOT CALL!!
    /// 214-555-0101", "DNC\n214-...", "Do not call: 214-...\n469-..."; not "Cell disconnected. 214-...", where it is the one to call).
    /// </summary>
    private static IEnumerable<string> Clauses(string note)
    {
        var clauses = new List<(int Start, int Stop)>();
        var start = 0;
        foreach (Match end in ClauseEnd().Matches(note))
        {
            var stop = end.Index + (note[end.Index] == '?' ? 1 : 0);
            if (stop > start) clauses.Add((start, stop));
            start = end.Index + end.Length;
        }
        if (start < note.Length) clauses.Add((start, note.Length));
        // "REMOVE!!\n214-...\n469-...": each number after the first joins too.
        var joined = false;
        for (var i = 1; i < clauses.Count; i++)
        {
            var (before, alone) = (clauses[i - 1], clauses[i]);
            var said = note.AsSpan(before.Start, before.Stop - before.Start);
            // "214-... ok? - wrong number per wife": the answer is of the number asked about.
            var asked = NumberAsked().IsMatch(said);
            if (!asked && (!LoneNumber().IsMatch(note.AsSpan(alone.Start, alone.Stop - alone.Start))
                || (!joined && LineOrNumber().IsMatch(said) && !ListOfNumbers().IsMatch(said)))) { joined = false; continue; }
            clauses[i - 1] = (before.Start, alone.Stop);
            clauses.RemoveAt(i--);
            joined = !asked;
        }
        return clauses.Select(c => note[c.Start..c.Stop]);
    }

    [GeneratedRegex(@"[;|!\n]+|\?+\s*|(?<=\p{Ll}{3,}|\d)\.(?:\s+|$)")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"^\s*" + NumberAhead + @"[\d\s().+-]+$")]
    private static partial Regex LoneNumber();

    // A number asked about: "214-555-0101 ok?", "(214) 555-0101??".
    [GeneratedRegex(@"^\s*" + TenDigits + @"\s*(?:\w+\s*)?\?+\s*$")]
    private static partial Regex NumberAsked();

    [GeneratedRegex(@"\b(?:" + LineKind + @")\b|\d{4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineOrNumber();

    // A clause that names no line and ends with a number: "Do not call: 214-...", then "469-..." on the next line is its list.
    [GeneratedRegex(@"^(?:(?!\b(?:" + LineKind + @")\b).)*\d{4}\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ListOfNumbers();

    /// <summary>
    /// "Says 432-555-0172 is his brother's, stop calling that one", "ph ending 0187 ... don't call it": the row's numbers the clause
    /// writes out or names by their last four digits; <paramref name="onlyAfter"/> the request ending at <paramref name="end"/> (when a
    /// number is its object: "called 469-... and reached him - said stop calling 214-..."), only those after it; null when it names
    /// none of them.
    /// </summary>
    private static List<string>? NamedInNote(HashSet<string> own, string clause, int end = -1, bool onlyAfter = false)
    {
        if (clause.Count(char.IsAsciiDigit) < 4) return null;
        // Each written number alone: the words beside it in the note ("is his brother's") would make it no number to the reader.
        // Not a number the clause gives in place of another ("my cell is 432-555-0102", "call him at ..."): that one is to be called.
        var from = end >= 0 && onlyAfter ? end : 0;
        var named = WrittenNumbers(clause).Where(n => n.Given == NumberGiven.No && n.End > from).Select(n => n.Number).Where(own.Contains)
            .Concat(EndingIn().Matches(clause).Where(m => m.Index >= from).SelectMany(m => own.Where(n => n.EndsWith(m.Groups["last"].Value, StringComparison.Ordinal))))
            .Distinct().ToList();
        return named.Count > 0 ? named : null;
    }

    [GeneratedRegex(@"\+?1?[\s.-]*\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b")]
    private static partial Regex WrittenNumber();

    // What stands before a number the note states: "my cell is", "number:", "home =" (not a line said to be no good: "wrong number: ...",
    // "old cell is ..."). The note may still ask not to call it ("DNC. His number is ...").
    // (The text before a number is asked without its trailing spaces.)
    [GeneratedRegex(@"(?<!\b(?:wrong|bad|old|dead|former|disconnected)\s+)\b(?:cell|mobile|number|#|phone|line|landline|home|work|office)\s*(?:is|=|:)\s*\(?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedNumberBefore();

    // What stands before a number given to call: "call him at", "reach her on", "use cell", "try", "good #", "new cell", "instead:";
    // not after a request's negation in the phrase ("do not call 432-555-0101", "don't text or call ...", "do not call his new cell ...").
    [GeneratedRegex(@"(?:(?<!" + NegationBefore + @")\b(?:call|reach|try|text|use|contact)(?:\s+(?:me|him|her|them))?(?:\s+(?:at|on))?(?:\s+(?:(?:the|his|her|my|their)\s+)?(?:cell|mobile|home|work|office|landline)(?:\s+(?:phone|number|#|line))?)?"
        + @"|(?<!" + NegationBefore + @")\b(?:good|correct|right|best|new|working|better|preferred)(?:\s*(?:(?:cell|mobile|home|work|office|landline|number|phone|line|party|person)\b|#|no\.))*\s*(?:is|=|:|at|on)?"
        + @"|\binstead\s*:?)\s*\(?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToCallNumberBefore();

    // A request's negation a few words back in the phrase: "do not call", "don't text or call", "pls dont ever call" (not past "!" or " - ":
    // "Do not call!! use 469-...", "214-... DNC - 469-... ok").
    private const string NegationBefore = Negation + PhraseGap;

    private const string Negation = @"(?:\b(?:not|never|no|stop|quit|dont|dnt|wont|cant|ever)\b|n't)";

    // (A slash between words stays in the phrase, "do not call/text 214-...", not one set apart: "214-... DNC / 469-... is good".)
    private const string PhraseGap = @"(?:[^.;,!?\u2013\d/-]|(?<=\S)/){0,24}";

    // A request right before a number, its object: "pls dont call 214-... works nights", "remove 469-... ok'd by owner", "DNC 214-... fine
    // to call cell" (the words after the number are not said of it as one to call).
    [GeneratedRegex("(?:" + Negation + @"|\b(?:remove|delete|drop|dnc)\b)" + PhraseGap + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestBefore();

    // After a number given to call, ending its phrase: "469-555-0101 is good,", "469-555-0101 ok", "469-... works", "469-... new number",
    // "469-... confirmed", "469-... still good" (not "is no good",
    // "ok?", "works nights", "ok'd by owner", "is good for texts only", "fine to call cell").
    [GeneratedRegex(@"^\s*[-:]?\s*(?:is\s+|=\s*)?(?:still\s+)?(?:good|ok|okay|fine|correct|confirmed|verified|current|works|working|(?:the\s+|a\s+|his\s+|her\s+)?(?:good|right|best|new)\s+(?:one|number|#|cell|mobile|line))(?=\s*(?:$|[,;.)!\-–]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToCallNumberAfter();

    // Right after a number, a line's fact or a request about it: "- wrong party", "disconnected", "DNC", ": do not call", "is no good".
    [GeneratedRegex(@"^\s*[-:–,]?\s*(?:is\s+)?(?:wrong|bad|dnc|d\.n\.c|(?:do\s+not|don'?t|dont|never)(?!\s+(?:call\s+)?(?:the|his|her|their|my|that)\b)|disconnected|no\s+good|not\s+(?:good|working|his|hers|theirs)|out\s+of\s+service)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BadAfter();

    /// <summary>How a note gives a number it writes: not at all, stated ("my cell is ..."), or to call ("call him at ...", "use ...", "new # ...", "... is good").</summary>
    private enum NumberGiven { No, Stated, ToCall }

    /// <summary>The numbers a clause writes out, as read, with where each ends and how the clause gives it.</summary>
    private static IEnumerable<(int End, string Number, NumberGiven Given)> WrittenNumbers(string clause)
    {
        foreach (Match m in WrittenNumber().Matches(clause))
        {
            if (Normalization.PhoneNormalizer.Normalize(m.Value).Number is not { } number) continue;
            // The match may start at the separators before the number ("good - (469) ..."): they stay in the text before it.
            var before = clause.AsSpan(0, m.Index + m.Length - m.ValueSpan.TrimStart(" \t.-").Length).TrimEnd();
            // "new # 469-... - wrong party, dont call": what follows the number is said of it.
            var given = BadAfter().IsMatch(clause.AsSpan(m.Index + m.Length)) ? NumberGiven.No
                : ToCallNumberBefore().IsMatch(before) || (ToCallNumberAfter().IsMatch(clause.AsSpan(m.Index + m.Length)) && !RequestBefore().IsMatch(before)) ? NumberGiven.ToCall
                : StatedNumberBefore().IsMatch(before) ? NumberGiven.Stated : NumberGiven.No;
            yield return (m.Index + m.Length, number, given);
        }
    }

    /// <summary>The numbers <paramref name="text"/> gives as <paramref name="atLeast"/> says: stated or to call, or to call only.</summary>
    private static IEnumerable<string> GivenNumbers(string text, NumberGiven atLeast) => WrittenNumbers(text).Where(n => n.Given >= atLeast).Select(n => n.Number);

    [GeneratedRegex(@"\bending\s+(?:in\s+)?(?<last>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndingIn();

    /// <summary>
    /// "wrong number on cell", "Alt phone is her sister's", "don't call the landline": the numbers of the one phone column the clause
    /// names by a word of its header that tells it from the others ("Cell", "Alt"), or a home line ("home", "landline", "house") as the
    /// one phone column that is no cell or work line; null (the row's numbers) when it names none or several.
    /// </summary>
    private List<string>? LineNamedIn(string clause, object?[] cells)
    {
        // A digit names a line only after a line's word or as a place ("phone 2", "2nd number"), not as a count ("called 2x") or a date.
        var said = HeaderWords(clause).Where(w => !char.IsAsciiDigit(w[0])).Select(LineWord).ToHashSet();
        foreach (Match place in LinePlace().Matches(clause))
            said.Add(place.Groups["n"].Value is { Length: > 0 } n ? n : place.Groups["word"].Value.ToLowerInvariant() switch { "first" => "1", "second" => "2", _ => "3" });
        var phones = Enumerable.Range(0, _slots.Length).Where(i => _slots[i] == Slot.Phone).ToList();
        var columns = phones.Where(i => HeaderWords(_map.Headers[i]).Select(LineWord)
            .Any(w => w is not ("phone" or "number" or "no" or "tel" or "telephone") && said.Contains(w))).ToList();
        if (columns.Count == 0 && said.Contains("home"))
            columns = phones.Where(i => !HeaderWords(_map.Headers[i]).Select(LineWord).Any(w => w is "cell" or "work")).ToList();
        // "Phone 1" beside the headers "Phone" and "Phone 2": the one phone column without a number is the first.
        if (columns.Count == 0 && said.Contains("1") && phones.Any(Numbered))
            columns = phones.Where(i => !Numbered(i)).ToList();
        if (columns.Count != 1 || columns[0] >= cells.Length || ColumnMap.Text(cells[columns[0]]) is not { Length: > 0 } text) return null;
        return Numbers(text);
    }

    // Whether a phone column's header holds a number ("Phone 2", "Phone1").
    private bool Numbered(int column) => HeaderWords(_map.Headers[column]).Any(w => char.IsAsciiDigit(w[0]));

    // A line named by its number after its word or by its place before one: "phone 2", "line #1", "2nd number", "first phone" (not "1st call",
    // "phone 2 times"); the number in group n, or the place's word.
    [GeneratedRegex(@"\b(?:phone|line|number|tel)\s*#?\s*(?<n>" + LineNumber + @")|\b(?<n>[1-3])(?:st|nd|rd)\b(?=\s+(?:phone|line|number|#))|\b(?<word>first|second|third)\b(?=\s+(?:phone|line|number|#))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinePlace();

    private static string LineWord(string word) => word switch
    {
        "mobile" or "cel" or "celular" or "movil" or "móvil" or "handy" => "cell",
        "landline" or "house" or "fijo" or "casa" => "home",
        "office" or "business" => "work",
        _ => word,
    };

    // A word a note must hold to say anything of contact: most notes ("Met at NAPE", "left voicemail") are passed over at once.
    [GeneratedRegex(@"\b(?:home|cell|cel|work|office|mobile|alt|wrong|bad)\s*#|\b(?:home|work|office|house|business)\s+only\b|\b(?:mobile|landline|disconnect|call|contact|remov|phone|number|cell|e-?mail|cel\b|line|#|mail|letter|post|dnc|d\.n\.c|c\s*&\s*d|deceas|decesed|dead|dec'?d|passed|died|obit|rip\b|r\.i\.p|wrong|bad|sue|sheriff|police|threat|solicit|stop|unsub|opt|list|text|txt|write|instead|quit|cease|desist|leave|lose|consent|not\s+his|not\s+hers|'s\b|\d{3}[-.]\d{4}|baja|llam|hablen|correo|appel|courriel|anruf|ligar|fallec|muri|faleceu|falecid|d[ée]c[ée]d|verstorb)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteTrigger();

    // The row's person died, in the words notes use ("obit found - passed 2018", "RIP 4/2022", "dec'd", "decesed", "died in March",
    // "falleció", "murió", "faleceu"): not a relative or co-owner named first in the clause ("wife died 2019", "deceased co-tenant").
    // The word first, what stands before it looked at behind it (see OptOutLanguages.DeceasedOwner).
    private const string DeathWord = @"\b(?:decea?sed|decesed|deseased|dec'?d|passed\s+away|passed(?=\s+(?:in\b|last\b|\d))|passed(?=\s*(?:$|[;,.]))|(?<!\b(?:lease|well|deal|offer|phone|cell|line|battery|truck|car)\s+)died|obit(?:uary)?|R\.?I\.?P\.?|fallec(?:i[óo]|id[oa])|muri[óo]|faleceu|falecid[oa]|verstorben|d[ée]c[ée]d[ée]e?)(?!\w)";

    [GeneratedRegex(@"(?:" + DeathWord + @"|(?<=\b(?:is|was|he's|she's)\s+)dead\b)(?<!\b(?:" + OptOutLanguages.Relative + @"|heirs?|co-?tenants?|lessee|operator)\b(?![^;,|:]*\b(?:said|says|told|reports?|reported|answered|called|confirmed|advised)\b)[^;,|:]*(?:" + DeathWord + @"|dead))"
        + @"(?![\s-]+(?:(?:el|la|le|der|die|o|a)\s+)?(?:" + OptOutLanguages.Relative + @"|co-?tenants?)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteDeath();

    // A landman's shorthand and a caller's notes: "remove per attorney" (not "remove lien"), "DNC" and "D.N.C.", "no solicitations", "no
    // mail" (not "do not mail to PO box"), "letters only", "nur per Post", "call daughter instead", threats either way round, "C&D",
    // "revoked consent", "lose his number", "son says not to call him", "quit calling him" (him: the row's person, unless a relative is
    // named), the other languages' do-not-call words; about one line ("line"): "wrong number on cell", "home # wrong", "wrong party",
    // "don't call the landline", "don't call it", "is her neighbor's", "not his".
    // "Remove" opening a note asks when it stands alone or says on whose word ("REMOVE - hostile", "remove per attorney"), not as a
    // landman's to-do ("Remove lien first", "Remove from suspense", "Remove - dup of row 12"); "DNC" is no mark as a check's answer
    // ("DNC: No", "DNC registry checked"); "No contact yet/made/info" logs a call, not a request.
    // One regex a kind of mark, not one for all: as one alternation the regex tried every alternative at every position of a note
    // (measured 770 ms for 20,000 call-log notes, against 90 ms for the parts apart, each finding its first letters at once).
    // Their matches are taken as the one alternation would give them: leftmost first, the earlier kind first where two start together,
    // none overlapping one taken ("número equivocado" is the line's, not also the languages' do-not-call).
    // Whom a note says to call or write to instead of the row's person ("call daughter instead", "talk to his attorney instead").
    private const string InsteadWhom = "daughter|son|wife|husband|spouse|brother|sister|nephew|niece|kids|children|attorney|lawyer|agent|manager";

    private static readonly Regex[] NoteMarkKinds = [NoteMarkAll(), NoteMarkMail(), NoteMarkCalls(), NoteMarkCallsMore(), NoteMarkLine(), NoteMarkLineNamed(), NoteMarkLineNot(), NoteMarkLanguages()];

    private static IEnumerable<Match> NoteMarks(string clause) => RegexKinds.LeftmostFirst(NoteMarkKinds, clause);

    [GeneratedRegex(@"^\W*remove\b(?=\s*(?:$|[^\w\s]|per\b|(?:him|her|them)\b|(?:as\s+)?(?:requested|asked)\b|from\s+(?:all\s+|the\s+|our\s+|every\s+)?(?:\w+\s+)?lists?\b))(?!\W*dup)"
        + @"|(?<calls>\bd\.?n\.?c\b\.?(?!\s*[:=-]?\s*(?:no|n|false|negative)(?=\s*(?:$|[-.;,)])))(?!\s+(?:registry\s+|list\s+)?(?:scrub|check|lookup|search)\w*)(?![^.;\n]{0,40}[-:]\s*(?:clean|clear)\b))"
        + @"|\bdo\s+not\s+(?:contact|solicit)\b|\btake\s+(?:him\s+|her\s+|them\s+|me\s+)?off\s+(?:the\s+|our\s+|your\s+|all\s+)?(?:mailing\s+)?lists?\b|\b(?:asked|wants?|said)\s+(?:us\s+|you\s+)?(?:to\s+)?remove\s+(?:him|her|them|me)\b(?!\s+(?:number|#|phone|cell|e-?mail|address))|\bno\s+contact\b(?!\s+(?:yet|made|since|info\w*|details|number|#|attempts?|\d))|\bno\s+solicitations?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarkAll();

    [GeneratedRegex(@"(?<mail>\bdo\s+not\s+mail\b(?=\s*(?:$|[-.,;!]|(?:him|her|them|anything|any\s+more|again|per)\b))|\bno\s+(?:e-?mails?|mail|mailings|mailers|correos)\b(?!\s+(?:at|to|for)\b)|\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+want\s+(?:any\s+(?:more\s+)?)?(?:e-?mails?|mail)\b|\bopt(?:ed)?[\s-]*out\s+of\s+(?:the\s+)?e-?mails?\b)"
        + @"|\b(?:letters?|(?:postal\s+|us\s+)?mail)\s+only\b|\bonly\s+(?:by\s+)?(?:letters?|(?:postal\s+)?mail)\b|\bnur\s+(?:per\s+)?(?:post|brief)\b|\bs[óo]lo\s+por\s+(?:correo\s+postal|carta)\b|\bc\s*&\s*d\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarkMail();

    [GeneratedRegex(@"(?<calls>\b(?:call|phone|text)\s+(?:(?:his|her|their|the)\s+)?(?:" + InsteadWhom + @")\s+instead\b)"
        + @"|\b(?:contact|talk\s+to|speak\s+(?:to|with)|go\s+through|deal\s+with|write\s+to)\s+(?:(?:his|her|their|the)\s+)?(?:" + InsteadWhom + @")\s+instead\b"
        + @"|(?<calls>\b(?:call|calling)\s+the\s+(?:sheriff|police|cops)\s+if\s+(?:we|you|anyone|someone)\s+(?:call|text|contact)|\bthreaten(?:ed|s|ing)?\s+(?:to\s+)?(?:sue|report|call\s+the)\b(?!\s+(?:the\s+)?(?:operator|driller|pumper|lessee|bank|county|company\s+that|oil\s+company|neighbou?r)))"
        + @"|(?<calls>\bif\s+(?:we|you|anyone|they)\s+(?:call|contact|text)\b[^.;]{0,40}?\b(?:sue|report|police|sheriff|lawyer|attorney)\w*)"
        + @"|(?<calls>\b(?:never|don'?t|do\s+not)\s+call\s+(?:here|this\s+(?:house|number))\b|\bremove\s+(?:his|her|their|my)\s+(?:number|#|phone)\b|\bthreaten(?:ed|s|ing)?\s+(?:a\s+)?(?:lawsuit|suit|legal\s+action)\b|\brevoked?\s+(?:(?:his|her|their|all)\s+)?consent\b|\bno\s+(?:phone\s+)?calls?\b|\b(?:no\s+longer|doesn'?t|does\s+not|don'?t)\s+wants?\s+(?:any\s+(?:more\s+)?)?(?:phone\s+)?calls\b|\bno\s+phone\s+contact\b|\btake\s+(?:him\s+|her\s+|them\s+)?off\s+(?:the\s+|our\s+)?call(?:ing)?\s+list\b|\blose\s+(?:his|her|their|my)\s+(?:number|#|phone))"
        + @"|\b(?:says?|said|told\s+(?:me|us)|asked(?:\s+(?:me|us))?)\s+(?:not\s+to|to\s+not|don'?t|do\s+not|never)\s+(?:(?<calls>call|phone|text|dial)|(?<mail>e-?mail|write|mail)|contact)\b(?!\s+(?:it|that)\s+(?!again\b|anymore\b|ever\b)\w)(?:\s+(?<third>him|her|them)\b(?!\s+(?:cell|phone|number|landline|home|work|#|mobile)))?"
        + @"|(?<third>(?<calls>\b(?:quit|stop|don'?t|do\s+not|never)\s+(?:call(?:ing)?|phon(?:e|ing)|text(?:ing)?)\s+(?:him|her|them)\b(?!\s+(?:cell|phone|number|landline|home|work|#|mobile))))"
        // "stop calling her home line": the verb alone, the line after it read by LineNamedAfter ("her" is hers, not a third person).
        + @"|(?<calls>\b(?:quit|stop|don'?t|do\s+not|never)\s+(?:call(?:ing)?|phon(?:e|ing)|text(?:ing)?|ring(?:ing)?)(?=\s+(?:his|her|their)\s+(?:cell|phone|number|landline|home|house|work|office|mobile|#)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarkCalls();

    // Calls requests beside NoteMarkCalls, apart from it (see NoteMarkLineNamed: one big matcher is slow to be optimised).
    // "do not call per owner", "don't call per his attorney", "do not call as requested": a landman's source after the bare request
    // (the reply rule takes a bare "do not call" only before a stop).
    // "hates getting calls on his mobile", "doesn't like being called at work": the line after it read by LineNamedAfter (not "doesn't
    // like being called Robert", "hates calls from landmen but wants to sell").
    [GeneratedRegex(@"(?<calls>\b(?:do\s+not|don'?t|dont|never)\s+(?:ever\s+)?(?:call|phone|text|dial)\b(?=\s+(?:per|as\s+(?:per|requested|asked)|at\s+(?:his|her|their|the\s+\w+'?s)\s+request)\b))"
        // "hates being called, prefers mail", "does not like being called at all": a dislike of calls with nothing after it.
        + @"|(?<calls>\b(?:hates|dislikes|doesn'?t\s+like|does\s+not\s+like)\s+(?:getting\s+|receiving\s+|being\s+)?(?:phone\s+)?(?:call(?:s|ed)|phoned)\b(?=\s+(?:on|at)\s+(?:(?:(?:" + Whose + @")\s+)?(?:" + LineKind + @")\b|" + NumberAhead + @")|(?:\s+at\s+all)?\s*(?:$|[,.;!\u2013-]|(?:but|and|prefers?)\b)))"
        // "he asked that we not call 214-...", "requested that nobody call": the request reported in its own words. (It opens with the
        // negation, looking behind for the rest: opening with "asked", "said" the regex was tried at every a, s, r and i of a note and a
        // call log's notes took 40% longer to read.)
        + @"|(?<calls>\b(?:not|never|don'?t|dont|nobody|no\s*one)\s+(?:call|phone|text|dial)\b(?<=\b(?:asked|asks|requested|requests|said|says|insisted|insists)\s+that\s+(?:(?:we|you|they|i)\s+(?:not|never|don'?t|dont)|no\s*one|nobody)\s+(?:call|phone|text|dial)))"
        // "Mobile-DO NOT CALL kids answer": a line heading a bare request, whatever follows it (LineHeadBefore reads the line).
        + @"|(?<calls>\b(?:do\s+not|don'?t|dont|never)\s+call\b(?<=\b(?:" + LineKind + @")\b(?:\s*(?:#|phone|number|line|no\b\.?))?\s*[-:\u2013=]+\s*(?:do\s+not|don'?t|dont|never)\s+call))"
        // "do not call either number", "don't call any of his numbers": the row's.
        + @"|(?<calls>\b(?:do\s+not|don'?t|dont|never)\s+call\s+(?:either|both|any|any\s+of\s+(?:the|his|her|their))\s+(?:numbers?|lines?|phones?|#s?)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarkCallsMore();

    [GeneratedRegex(@"(?<line>\b(?:wrong|bad)\s+(?:number|no\b\.?|#|phone|party|person)|\b(?:(?<old>old\s+)?(?:home|cell|cel|mobile|work|office|landline|alt)\s*(?:#|phone|number|no\.?|line)?|(?<old>old\s+)?(?:number|phone|line)(?:\s*#?\s*" + LineNumber + @")?|(?<old>old)\s+#),?\s+(?:is\s+)?(?:wrong|bad|disconnected|no\s+good|out\s+of\s+service)\b"
        + @"|\b(?:do\s+not|don'?t|never)\s+(?:call|dial|use)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+|that\s+|this\s+)?(?:landline|(?:home|cell|mobile|work|office|house)(?:\s+(?:#|phone|number|line))?|(?:" + NumberedLine + @")|it(?=\s*(?:$|[,.;!\-–]|\s+(?:again|anymore|any\s+more|ever|please|pls)\b))|that\s+one|this\s+one|that\s+number|(?<old>old)\s+(?:one|number|cell|mobile|line|phone|landline))\b|,\s*don'?t\s+use\b"
        // "... is her neighbor's"; "214.555.0180 = brother Tom", "214... (nephew)", "mobile belongs to grandson": the relative's alone, or
        // with a name, ends its words (not "cell - son answered": a call's log). (One prefix for both: read once a position.)
        + @"|\b(?:phone|number|#|cell|mobile|line|landline|\d{4})\b(?:[^.;\n]{0,20}?\bis\s+(?:his|her|their|a|the)\s+(?:old\s+)?(?:" + OptOutLanguages.SomeoneElse + @"|ex-?(?:wife|husband))'?s\b"
        + @"|\s*(?:=|\(|[-\u2013:]|belongs\s+to|is\s+for|goes\s+to)\s*(?:(?:his|her|their|the|a|my)\s+)?(?:" + OptOutLanguages.SomeoneElse + @")\b(?=\s*(?:$|[)\],;.]|(?-i:[A-Z])[\w'-]*\s*(?:$|[)\],;.]))))"
        + @"|\bnot\s+(?:his|hers|theirs)\b|\bn[úu]mero\s+equivocado\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarkLine();

    // One line's marks that name it by its number or its place ("do not call 432-555-0101", "214-555-0101 do not call", "remove
    // 214-...", "do not call at home", "take the landline off"), apart from NoteMarkLine: as one regex with it, a call log's 200,000
    // distinct notes took 2.7 s against 1.7 s (the same note reading; one big matcher is slow to be optimised, see NoteMarkKinds).
    [GeneratedRegex(@"(?<line>"
        // A number written after the request ("do not call 432-555-0101", "never call mobile number 432-..."): NamedInNote takes it.
        + @"\b(?:remove|delete|drop)\s+(?:#\s*)?" + NumberAhead
        + @"|\btake\s+(?:#\s*)?(?=" + TenDigits + @"\s+off\b)"
        // The number before the request ("214-555-0101 do not call"), and a line after "at"/"on" ("do not call at home", "stop calling
        // me at work, use my cell": the reply rule reads the last as a redirect, no request).
        // (Each look behind comes after the words it checks, so it is tried only where they stand, not at every position.)
        + @"|\b(?:do\s+not|don'?t|dont|never)\s+call\b(?<=\d{4}\s*[-:–]?\s*(?:do\s+not|don'?t|dont|never)\s+call)"
        // "call 469-555-0102 not 214-555-0101": the number after "not" is the one stopped (NoteMarkLineNot: a line after it).
        // (A clause has no sentence's full stop: a number's dots may stand between.)
        + @"|\bnot\s+(?<=\bcall\b[^;]{0,30}\bnot\s+)" + NumberAhead
        + @"|\b(?:do\s+not|don'?t|dont|never|stop|quit)\s+(?:call(?:ing)?|ring(?:ing)?|text(?:ing)?)\s+(?:(?:me|him|her|them)\s+)?(?:at|on)\s+(?:(?:" + Whose + @")\s+)?(?:" + LineKind + @")\b(?:\s+(?:line|phone|number|#))?"
        + @"|\b(?:do\s+not|don'?t|dont|never|stop|quit)(?:\s+ever)?\s+(?:call(?:ing)?|dial(?:ing)?|text(?:ing)?|ring(?:ing)?)(?:\s+or\s+(?:call|text|dial))?(?:\s*:\s*|\s+)(?:(?:his|her|the|their|my)\s+)?(?:(?:new|old|other|current|alt|second|2nd)\s+)?(?:(?:cell|mobile|home|work|office|landline)\s+)?(?:(?:number|#|phone|line)\s*:?\s*)?" + NumberAhead
        // A number said to be no good right after it ("214-... not working", "469-... is no good", "214-... is a fax", "not a good #
        // 214-..."): NamedInNote takes the number.
        + @"|(?<=\d{4}[\s,:\u2013-]{0,3})(?:(?:is|are)\s+)?(?:both\s+)?(?:no\s+good|not\s+(?:good|working|in\s+service|valid)|isn'?t\s+(?:good|working)|disconnected|out\s+of\s+service|(?:a\s+)?fax|(?:wrong|bad)(?!\s*(?:#|number|no\b|party|person|phone)))\b"
        + @"|\bnot\s+a\s+good\s+(?:#|number|no\b\.?)\s*:?\s*" + NumberAhead
        // A line's heading before its fact: "landline - disconnected", "Work - wrong #", "Cell: bad number".
        + @"|\b(?:" + LineKind + @")\b(?:\s*(?:#|phone|number|line|no\b\.?))?\s*[-:\u2013]\s*(?:disconnected|wrong(?:\s+(?:number|#|party))?|bad(?:\s+(?:number|#))?|no\s+good|not\s+(?:working|in\s+service)|out\s+of\s+service)\b"
        // "take the landline off", "remove mobile from list": that line only.
        + @"|\b(?:remove|take|drop|delete)\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:landline|home|cell|mobile|work|office)(?:\s+(?:#|phone|number|line))?\s+(?:off|from)\b"
        + @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarkLineNamed();

    // "call his cell, not the home phone", "call 469-... not the landline", "try the cell, not the house": the line after "not" is the one stopped. Apart from
    // NoteMarkLineNamed: as an alternative of it, a call log's notes took 40% longer to read (measured, 50,000 notes: 1.00 s against 0.72 s).
    [GeneratedRegex(@"(?<line>\bnot\s+(?:(?:" + Whose + @")\s+)?(?:" + LineKind + @")\b(?<=\b(?:call|try|use|dial)\b[^;]{0,30}(?<!\b(?:when|while|unless|is|he's|she's)\s+)\bnot\s+(?:(?:" + Whose + @")\s+)?(?:" + LineKind + @"))(?:\s+(?:line|phone|number|#))?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarkLineNot();

    [GeneratedRegex(@"(?<calls>" + OptOutLanguages.StatusDoNotCall + @"|\bne\s+plus\s+(?:appeler|t[ée]l[ée]phoner)\b|\bno\s+quiere\s+(?:m[áa]s\s+)?llamadas\b|\bya\s+no\s+(?:me|le|les)\s+(?:hablen|llamen)\b|\bno\s+(?:lo|la|le|los|las|les)\s+(?:vuelvan\s+a\s+)?(?:llamen|marquen)\b)"
        + @"|(?<mail>\bno\s+enviar\s+(?:m[áa]s\s+)?(?:correos?|e-?mails?)|\bne\s+(?:pas|plus)\s+envoyer\s+(?:de\s+|d')?(?:courriels?|e-?mails?|mails?)|\bkeine\s+e-?mails?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarkLanguages();

    // Just before a mark in its clause: not it ("Not DNC"), not yet ("considering DNC", "may ask to be removed", "might want off the list",
    // "wanted to know if we'd stop calling"), someone else's ("his brother is DNC", "he told them DNC"), a doubt ("thought it was a wrong #").
    [GeneratedRegex(@"\bnot\s+(?:on\s+(?:the\s+)?)?$|\b(?:considering|consider|thinking\s+about|may|might|maybe|possibly|perhaps|if|whether|thought|rumou?red|wondered)\b|\b(?:his|her|their)\s+(?:" + OptOutLanguages.Relative + @")\s+(?:is|was)\s+(?:on\s+(?:the\s+)?)?$|\btold\s+(?:them|the\s+other\s+\w+|other\s+\w+)\s+$|\b(?:checked|scrubbed|ran|verified)\b"
        // Asked about, not asked for: "asked about our DNC policy", "wanted to know about the do not call list", "asked about getting on the DNC list".
        + @"|\b(?:asked|asking|asks|inquired|inquiring|questions?|know|curious)\s+about(?:\s+(?!(?:and|but|then|said|says|told)\b)\w+){0,3}\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UndoneBefore();

    // A request or line mark of the past ("was DNC until 2022", "old cell was a wrong #"); a death is written in the past too. Not an old
    // number written out right before the mark: its fact is of it now ("old number 214-... disconnected").
    [GeneratedRegex(@"\b(?:was|were|used\s+to\s+be|formerly|previously)\b[^,;]{0,25}$|\bold\b(?![^,;]*\d{4}[\s,:\u2013-]*$)[^,;]{0,25}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastBefore();

    // Just after a mark in its clause: a question ("wrong number?"), a mistake or its end ("DNC flag removed", "DNC scrub: clear",
    // "marked DNC by mistake", "deceased in error", "until 2022", "DNC (cancelled 5/3 ...)", "DNC request withdrawn").
    [GeneratedRegex(@"^\s*\?|\b(?:by\s+mistake|in\s+error|mistaken(?:ly)?|until|no\s+longer)\b|^\W*(?:flag\s+|status\s+|list\s+|request\s+)?(?:removed|lifted|clear(?:ed)?|scrub\w*|cancel+ed|withdrawn(?!\s+from)|rescinded|retracted)\b|\bnot\s+on\s+(?:it|there|(?:the\s+)?(?:list|registry))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UndoneAfter();

    [GeneratedRegex(@"\b(?:alive|not\s+dead|in\s+error|by\s+mistake|mistaken(?:ly)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeathUndone();

    // "ok to call 469-..." or "ok to call the cell" clears that number or line, not the note's request about another.
    [GeneratedRegex(@"\b(?:ok(?:ay)?\s+to\s+call(?!\s+(?:(?:on|at)\s+)?(?:\+?1?[\s.(-]*\d{3}|(?:(?:" + Whose + @")\s+)?(?:" + LineKind + @")\b))|(?<!\b(?:no\s+longer|not|never)\s+)wants\s+(?:our\s+)?calls|keep\s+(?:her|him|them|me)\s+(?:posted|updated|informed)|wants\s+updates|will\s+let\s+us\s+know|said\s+no\s+to\s+(?:being\s+)?remov\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestUndone();

    [GeneratedRegex(@"\b(?:his|her|their)\s+(?:" + OptOutLanguages.Relative + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeNamed();

    // "No contact" is a request when it stands as the note's status ("NO CONTACT", "No contact!", "NO CONTACT - hostile") or is asked for
    // ("No contact per owner", "Owner said no contact", "no contact please", "no contact - irate"); a call's outcome when the note logs an attempt ("No answer.
    // No contact.", "Attempted, no contact", "LVM x2 - no contact") or the words after it say when or with whom nobody was reached ("No
    // contact on 11/2", "no contact to date", "no contact w/ owner"), unless the clause also says who asked for it ("Called 3/2 - no contact
    // per son").
    [GeneratedRegex(@"^no\s+contact$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoContact();

    [GeneratedRegex(@"\b(?:no\s+answer|not\s+(?:home|available|reached)|attempt(?:ed|s)?|tried|tries|called|calling|dialed|dialled|rang|ringing|busy|l\.?v\.?m|lm|vm|voice\s*mail|left\s+(?:a\s+)?(?:message|msg|vm|word)|\d+\s*x|x\s*\d+|\d+(?:st|nd|rd|th)\s+(?:call|attempt|try))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallAttempt();

    [GeneratedRegex(@"^\s*[-\u2013:,]?\s*(?:on\b|as\s+of\b|to\s+date\b|so\s+far\b|w/|with\b|this\s+(?:week|month|time|round|year)\b|today\b|yesterday\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutcomeAfter();

    [GeneratedRegex(@"\b(?:per|said|says|told|tells|asked|asks|asking|request(?:s|ed)?|wants?|wanted|insist(?:s|ed)?|demand(?:s|ed)?|please|pls|plz|hostile|irate|angry|furious|attorney|lawyer|legal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asked();
}
