using System.Management.Automation;
using Pipes.Outlook;
using Pipes.Replies;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>
/// A message of Get-PipesInbox piped to a command that writes to its sender (Send-PipesMail, New-PipesDraft, New-PipesEvent binds
/// its Email): the sender must not be one who asked not to be written to, nor a bounce's mail server. So too the same message after
/// Select-Object, or a row of the nightly's replies CSV read back with Import-Csv: its OptOut and Classification are then
/// properties of another object, or text.
/// </summary>
internal static partial class InboxSender
{
    /// <summary>Why <paramref name="record"/>'s sender is not to be written to, or null when it may be (or the record says nothing of it).</summary>
    public static string? Refusal(PSObject? record)
    {
        switch (record?.BaseObject)
        {
            case InboxMessage { OptOut: { Scope: OptOutScope.All or OptOutScope.Email } optOut } message:
                return $"{message.From} asked not to be written to ({optOut}), in the message of {message.ReceivedDateTime.UtcDateTime:yyyy-MM-dd HH:mm} UTC";
            case InboxMessage { Classification: ReplyClass.Bounce } message:
                return $"the message of {message.ReceivedDateTime.UtcDateTime:yyyy-MM-dd HH:mm} UTC is a bounce: its sender, {message.From}, is a mail server";
            case InboxMessage or null:
                return null;
        }
        var sender = Text(record, "From") ?? Text(record, "FromAddress") ?? Text(record, "Email") ?? "the sender";
        if (record.Properties["OptOut"]?.Value is { } optOutValue && StopsMail(optOutValue))
            return (optOutValue is PSObject { BaseObject: ReplyOptOut } or ReplyOptOut)
                ? $"{sender} asked not to be written to (OptOut {Shown(optOutValue)})"
                : $"the record's OptOut, '{Shown(optOutValue)}', is read as {sender}'s request not to be written to";
        if (Text(record, "Classification") is { } classification && classification.Equals(nameof(ReplyClass.Bounce), StringComparison.OrdinalIgnoreCase))
            return $"the record is a bounce (Classification Bounce): its sender ({sender}) is the mail server that reported it, not a person to write to";
        return null;
    }

    /// <summary>
    /// Whether an OptOut value stops mail: a <see cref="ReplyOptOut"/> of All or Email, or its text ('All: "remove me"', as
    /// Export-Csv writes it). Other text is read on the safe side: only nothing, a no alone ('False', 'No', 'N', '0', 'None') or
    /// text that names calls and nothing else outside its quoted words ('Calls: "stop calling"') lets a message go; 'Calls: "x";
    /// Email: "y"' or 'No: "remove me"' does not.
    /// </summary>
    private static bool StopsMail(object value)
    {
        switch (value is PSObject wrapped ? wrapped.BaseObject : value)
        {
            case ReplyOptOut optOut:
                return optOut.Scope is OptOutScope.All or OptOutScope.Email;
            case bool flag:
                return flag;
            case OptOutScope scope:
                return scope is OptOutScope.All or OptOutScope.Email;
        }
        var text = value.ToString()?.Trim() ?? "";
        if (text.Length == 0 || new[] { "False", "No", "N", "0", "None" }.Contains(text, StringComparer.OrdinalIgnoreCase)) return false;
        var named = Word().Matches(QuotedWords().Replace(text, " ")).Select(m => m.Value).ToList();
        return !(named.Count > 0 && named.All(w => w.Equals(nameof(OptOutScope.Calls), StringComparison.OrdinalIgnoreCase)));
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex QuotedWords();

    [System.Text.RegularExpressions.GeneratedRegex("\\p{L}+")]
    private static partial System.Text.RegularExpressions.Regex Word();

    private static string? Text(PSObject record, string property) => RecordLabel.Text(record, property)?.Trim();

    private static string Shown(object value) => value is PSObject { BaseObject: ReplyOptOut optOut } ? optOut.ToString() : value.ToString() ?? "";

    public const string Advice = "Filter such messages out before piping: Where-Object { -not $_.OptOut -and $_.Classification -ne 'Bounce' }.";
}
