using System.Text.RegularExpressions;

namespace Pipes;

/// <summary>
/// Several regexes searched as the one alternation of them all would be: a long alternation is one matcher that tries every
/// alternative at every position of the text, and one method too big for the JIT to optimise soon; apart, each finds its own first
/// letters at once. Used by the reply rule's requests (Replies.ReplyOptOut), the hand-off words (Replies.ReplyRules) and the notes'
/// marks (Import.RecordBuilder).
/// </summary>
internal static class RegexKinds
{
    /// <summary>
    /// The matches of <paramref name="kinds"/> in <paramref name="text"/> as one alternation of them, in this order, gives them: leftmost
    /// first, the earlier kind first where two start together, none overlapping one taken. (Unlike the one alternation, a kind's match
    /// that starts inside a match taken is passed over with what it covers: a match of that kind starting inside it, after the one taken,
    /// is not looked for again.)
    /// </summary>
    public static IEnumerable<Match> LeftmostFirst(Regex[] kinds, string text)
    {
        var end = 0;
        foreach (var (match, _) in kinds
                     .SelectMany((regex, kind) => regex.Matches(text).Select(m => (Match: m, Kind: kind)))
                     .OrderBy(m => m.Match.Index).ThenBy(m => m.Kind))
        {
            if (match.Index < end) continue;
            end = match.Index + Math.Max(match.Length, 1);
            yield return match;
        }
    }
}
