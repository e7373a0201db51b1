namespace Pipes.Replies;

public enum ReplyClass
{
    Interested,
    NotInterested,
    OutOfOffice,
    Referral,
    Bounce,
    Unknown,
}

/// <summary>The class of a reply, how sure, what decided it, what it names, and (OptOut) whether its sender asked not to be contacted, whatever the class.</summary>
public sealed record ReplyClassification(
    ReplyClass Classification,
    double Confidence,
    IReadOnlyList<string> Evidence,
    string ReplyText,
    string? ReferralName = null,
    string? ReferralEmail = null,
    string? ReferralPhone = null,
    DateTime? ReturnDate = null,
    string? FollowUp = null,
    ReplyOptOut? OptOut = null)
{
    /// <summary>What decided, first the rule or model that did. An array whatever list it was given: a compiler-made read-only list
    /// (what <c>["a", .. b]</c> gives) is no IList, so PowerShell's <c>$r.Evidence[0]</c> gave the list itself, not its first line.</summary>
    public IReadOnlyList<string> Evidence { get => _evidence; init => _evidence = value as string[] ?? [.. value]; }

    private readonly string[] _evidence = Evidence as string[] ?? [.. Evidence];

    /// <summary>
    /// "Referral (1.00): evidence; evidence", which is how the reply shows where it is a property of
    /// another object (Get-PipesInbox | Format-List); a record's own ToString would print its list's type name.
    /// </summary>
    public override string ToString() =>
        $"{Classification} ({Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}): {string.Join("; ", Evidence)}";
}
