using System.Management.Automation;
using Pipes.Outlook;
using Pipes.Replies;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>
/// A message of Get-PipesInbox piped to a command that writes to its sender (Send-PipesMail, New-PipesDraft, New-PipesEvent binds
/// its Email): the sender must not be one who asked not to be written to, nor a bounce's mail server.
/// </summary>
internal static class InboxSender
{
    /// <summary>Why <paramref name="record"/>'s sender is not to be written to, or null when it may be (or the record is no inbox message).</summary>
    public static string? Refusal(PSObject? record) => record?.BaseObject switch
    {
        InboxMessage { OptOut: { Scope: OptOutScope.All or OptOutScope.Email } optOut } message =>
            $"{message.From} asked not to be written to ({optOut}), in the message of {message.ReceivedDateTime.UtcDateTime:yyyy-MM-dd HH:mm} UTC",
        InboxMessage { Classification: ReplyClass.Bounce } message =>
            $"the message of {message.ReceivedDateTime.UtcDateTime:yyyy-MM-dd HH:mm} UTC is a bounce: its sender, {message.From}, is a mail server",
        _ => null,
    };

    public const string Advice = "Filter such messages out before piping: Where-Object { -not $_.OptOut -and $_.Classification -ne 'Bounce' }.";
}
