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

/// <summary>The class of a reply, how sure, what decided it, and what it names.</summary>
public sealed record ReplyClassification(
    ReplyClass Classification,
    double Confidence,
    IReadOnlyList<string> Evidence,
    string ReplyText,
    string? ReferralName = null,
    string? ReferralEmail = null,
    string? ReferralPhone = null,
    DateTime? ReturnDate = null,
    string? FollowUp = null);
