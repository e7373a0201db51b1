using System.Management.Automation;
using System.Text;
using System.Text.RegularExpressions;
using Pipes.Integrations;
using Pipes.Outlook;

namespace Pipes.PowerShell.Commands.Outlook;

/// <summary>What Send-PipesMail and New-PipesDraft share: the message parameters, the pipeline and {Placeholder} templates.</summary>
public abstract partial class MailCmdlet : PipesCmdlet
{
    /// <summary>Recipients; binds Email (and To) from piped records.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Email", "EmailAddress")]
    public string[] To { get; set; } = [];

    /// <summary>The subject; {Property} placeholders take values from the piped record.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    public string Subject { get; set; } = "";

    /// <summary>The body; {Property} placeholders take values from the piped record.</summary>
    [Parameter(Mandatory = true, Position = 2)]
    [AllowEmptyString]
    public string Body { get; set; } = "";

    /// <summary>The body is HTML.</summary>
    [Parameter]
    public SwitchParameter Html { get; set; }

    [Parameter]
    public string[]? Cc { get; set; }

    [Parameter]
    public string[]? Bcc { get; set; }

    /// <summary>Files to attach.</summary>
    [Parameter]
    public string[]? Attachment { get; set; }

    /// <summary>The piped record the placeholders read from.</summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    private OutlookClient? _client;

    /// <summary>
    /// Builds the message from the parameters and the piped record, asks ShouldProcess, and runs
    /// <paramref name="operation"/> on the command's one client: a piped list shares its sign-in,
    /// its token and its pace (a missing setting or a refused sign-in ends the command, since every
    /// further record would meet it too; any other failure is this record's alone).
    /// </summary>
    private protected void Deliver(string action, Func<OutlookClient, OutgoingMail, CancellationToken, Task<MailResult>> operation)
    {
        if (BuildMail() is not { } mail) return;
        if (!ShouldProcess(string.Join("; ", mail.To), $"{action} '{mail.Subject}'")) return;
        ForItem(mail.To, () =>
        {
            _client ??= new OutlookClient(Environment);
            WriteObject(Run(token => operation(_client, mail, token)));
        });
    }

    private protected OutgoingMail? BuildMail()
    {
        var to = To.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToArray();
        if (to.Length == 0)
        {
            WriteError(new PipesException(ErrorIds.InvalidInput, PipesErrorKind.InvalidInput, "No recipient: the record has no email address.", null, InputObject));
            return null;
        }
        string subject, body;
        try
        {
            subject = Fill(Subject, false);
            body = Fill(Body, Html);
        }
        catch (PipesException error)
        {
            Fail(error, InputObject);
            return null;
        }
        var files = Attachment?.Select(a => GetUnresolvedProviderPathFromPSPath(a)).ToArray();
        foreach (var file in files ?? [])
        {
            if (File.Exists(file)) continue;
            Fail(new PipesException(ErrorIds.FileNotFound, PipesErrorKind.NotFound, $"Cannot find the attachment '{file}'. Nothing was sent for this record.",
                "Check the -Attachment path; relative paths are read from the current location.", file, new FileNotFoundException(null, file)), file);
            return null;
        }
        return new OutgoingMail(to, subject, body, Html, Cc, Bcc, files);
    }

    /// <summary>Replaces {Property} with the piped record's value ({{ and }} stand for braces). An unknown name is an error, so no "Dear {FirstNam}" goes out.</summary>
    private string Fill(string template, bool html)
    {
        if (!template.Contains('{')) return template;
        return Placeholder().Replace(template, match =>
        {
            if (match.Value == "{{") return "{";
            if (match.Value == "}}") return "}";
            var name = match.Groups["name"].Value;
            var property = InputObject?.Properties[name] ?? throw new PipesException(ErrorIds.UnknownPlaceholder, PipesErrorKind.InvalidInput,
                $"The template names {{{name}}}, but the record has no property '{name}'. Nothing was sent for it.",
                "Fix the placeholder, or pipe records that have that property.", name);
            var value = property.Value?.ToString() ?? "";
            return html ? System.Net.WebUtility.HtmlEncode(value) : value;
        });
    }

    [GeneratedRegex(@"\{\{|\}\}|\{(?<name>[A-Za-z_][A-Za-z0-9_ ]*)\}")]
    private static partial Regex Placeholder();
}
