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
        "notas", "nota", "observaciones", "comentarios", "remarques", "commentaires", "bemerkungen", "notizen", "anmerkungen", "observacoes"];

    private static int[] NoteColumns(ColumnMap map) =>
        map.Headers.Select((header, index) => (Key: ContactFields.FoldedKey(ContactFields.Key(header)), Index: index))
            .Where(h => NoteHeaders.Contains(h.Key)).Select(h => h.Index).ToArray();

    // The same note on many rows ("Left voicemail") is read once a file; the cache is bounded for files of many distinct notes.
    private readonly Dictionary<string, (OptOutScope Scope, string Words)?> _notesRead = new(StringComparer.Ordinal);
    private const int NotesRemembered = 4096;

    private void ApplyNotes(ContactRecord record, object?[] cells, ImportSummary summary)
    {
        foreach (var column in _noteColumns)
        {
            if (column >= cells.Length || ColumnMap.Text(cells[column]) is not { Length: > 0 } note) continue;
            if (!_notesRead.TryGetValue(note, out var said))
            {
                said = NoteSays(note);
                if (_notesRead.Count < NotesRemembered) _notesRead[note] = said;
            }
            if (said is not var (scope, words)) continue;
            var why = $"the row's '{_map.Headers[column]}' says '{words}'";
            if (scope != OptOutScope.Email && record.Phone is not null)
                MarkNumbers(record, NamedInNote(record, note) ?? WrongLine(note, words, cells) ?? PhoneEntries(record).Select(NumberOf).ToList(), why, summary);
            if (scope != OptOutScope.Calls && record.Email is not null)
                Withdraw(record, SendableEmails(record).ToList(), why, summary);
        }
    }

    /// <summary>What a note asks, every request in it counted toward the scope; null when it asks nothing.</summary>
    internal static (OptOutScope Scope, string Words)? NoteSays(string note)
    {
        if (!NoteTrigger().IsMatch(note)) return null;
        OptOutScope? scope = null;
        string? words = null;
        void Add(OptOutScope found, string text)
        {
            scope = scope is null ? found : scope == found ? scope : OptOutScope.All;
            words ??= text.Trim();
        }
        if (OwnerGone().Match(note) is { Success: true } gone) Add(OptOutScope.All, gone.Value);
        foreach (Match mark in NoteMark().Matches(note))
            Add(mark.Groups["calls"].Success ? OptOutScope.Calls : mark.Groups["mail"].Success ? OptOutScope.Email : OptOutScope.All, mark.Value);
        if (ReplyOptOut.Find(note) is { } request) Add(request.Scope, request.Words);
        return scope is { } all ? (all, words!) : null;
    }

    /// <summary>"Says 432-555-0172 is his brother's, stop calling that one": the row's numbers the note writes out, when it writes any; null otherwise.</summary>
    private static List<string>? NamedInNote(ContactRecord record, string note)
    {
        if (note.Count(char.IsAsciiDigit) < 7) return null;
        var own = PhoneEntries(record).Select(NumberOf).ToHashSet();
        // Each written number alone: the words beside it in the note ("is his brother's") would make it no number to the reader.
        var named = WrittenNumber().Matches(note).Select(m => Normalization.PhoneNormalizer.Normalize(m.Value).Number).OfType<string>().Where(own.Contains).Distinct().ToList();
        return named.Count > 0 ? named : null;
    }

    [GeneratedRegex(@"\+?1?[\s.-]*\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b")]
    private static partial Regex WrittenNumber();

    /// <summary>
    /// "wrong number on cell", "Alt phone is her sister's": when the note says a number is wrong or someone else's, the numbers of the one
    /// phone column it names by a word of its header that tells it from the others ("Cell", "Alt", "Home"); null (the row's numbers) otherwise.
    /// </summary>
    private List<string>? WrongLine(string note, string words, object?[] cells)
    {
        if (!AboutALine().IsMatch(words)) return null;
        var noteWords = HeaderWords(note).Select(w => w == "mobile" ? "cell" : w).ToHashSet();
        var columns = Enumerable.Range(0, _slots.Length).Where(i => _slots[i] == Slot.Phone && HeaderWords(_map.Headers[i])
            .Select(w => w == "mobile" ? "cell" : w).Any(w => w is not ("phone" or "number" or "no" or "tel" or "telephone") && noteWords.Contains(w))).ToList();
        if (columns.Count != 1 || columns[0] >= cells.Length || ColumnMap.Text(cells[columns[0]]) is not { Length: > 0 } text) return null;
        return Numbers(text);
    }

    // A word a note must hold to say anything of contact: most notes ("Met at NAPE", "left voicemail") are passed over at once.
    [GeneratedRegex(@"call|contact|remov|phone|number|cell|line|mail|letter|dnc|deceas|wrong|bad|sue|sheriff|police|threat|solicit|stop|unsub|opt|list|text|txt|write|instead|quit|cease|desist|leave|baja|llam|appel|anruf|ligar|fallec|d[ée]c[ée]d|verstorb|falecid",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteTrigger();

    // A landman's shorthand: "remove per attorney", "DNC" (not "DNC? checked registry - not on it"), "no solicitations", "no mail", "wants
    // letters only" (neither calls nor email: Pipes writes no letters), "call daughter instead", "said she'll call the sheriff if we call
    // again", "threatened to sue", "wrong number on cell".
    [GeneratedRegex(@"^\W*remove\b|(?<calls>\bdnc\b(?!\s*\?)(?![^.;\n]{0,40}\bnot\s+on\b))|\bdo\s+not\s+(?:contact|solicit)\b|\bno\s+(?:contact|solicitations?)\b"
        + @"|(?<mail>\bdo\s+not\s+mail\b|\bno\s+(?:mail|mailings|mailers)\b)"
        + @"|\b(?:letters?|(?:postal\s+)?mail)\s+only\b|\bonly\s+(?:by\s+)?(?:letters?|(?:postal\s+)?mail)\b"
        + @"|(?<calls>\b(?:call|phone|text)\s+(?:(?:his|her|their|the)\s+)?(?:daughter|son|wife|husband|spouse|brother|sister|nephew|niece|kids|children|attorney|lawyer|agent|manager)\s+instead\b)"
        + @"|\b(?:contact|talk\s+to|speak\s+(?:to|with)|go\s+through|deal\s+with|write\s+to)\s+(?:(?:his|her|their|the)\s+)?(?:daughter|son|wife|husband|spouse|brother|sister|nephew|niece|kids|children|attorney|lawyer|agent|manager)\s+instead\b"
        + @"|(?<calls>\b(?:call|calling)\s+the\s+(?:sheriff|police|cops)\s+if\s+(?:we|you|anyone|someone)\s+(?:call|text|contact)|\bthreaten(?:ed|s|ing)?\s+(?:to\s+)?(?:sue|report|call\s+the))"
        + @"|(?<calls>\b(?:wrong|bad)\s+(?:number|no\b\.?|#|phone))"
        + @"|(?<calls>\b(?:phone|number|#|cell|line)\b[^.;\n]{0,20}?\bis\s+(?:his|her|their|a|the)\s+(?:" + OptOutLanguages.SomeoneElse + @")'?s\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMark();

    // The marks that are about a line rather than the person: a wrong number, someone else's.
    [GeneratedRegex(@"\b(?:wrong|bad)\s+(?:number|no\b\.?|#|phone)|'s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutALine();
}
