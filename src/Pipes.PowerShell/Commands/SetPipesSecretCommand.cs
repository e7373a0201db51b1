using System.Management.Automation;
using System.Net;
using System.Security;
using Pipes.Integrations;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands;

/// <summary>Stores a secret (API key, token, client secret) in the protected secrets file.</summary>
[Cmdlet(VerbsCommon.Set, "PipesSecret", SupportsShouldProcess = true, DefaultParameterSetName = SecureStringSet)]
[OutputType(typeof(Pipes.Configuration.SecretInfo))]
public sealed class SetPipesSecretCommand : PipesCmdlet
{
    private const string SecureStringSet = "SecureString";
    private const string CredentialSet = "Credential";

    /// <summary>The secret's name, e.g. ActiveCampaign.ApiToken.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SecretNameCompleter))]
    public string Name { get; set; } = string.Empty;

    /// <summary>The value, as a SecureString (Read-Host -AsSecureString).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ParameterSetName = SecureStringSet)]
    public SecureString? SecureString { get; set; }

    /// <summary>The value as the password of a credential (Get-Credential); the user name is ignored.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>Writes what is now stored (name, source; never the value), as Get-PipesSecretInfo does.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var secure = ParameterSetName == CredentialSet ? Credential!.Password : SecureString!;
        ForItem(Name, () =>
        {
            var definition = Environment.Secrets.Require(Name);
            if (!ShouldProcessOrSayHow(definition.Name, "Store secret in " + Environment.Secrets.FilePath)) return;
            // The plain text lives only for this call; it never reaches a log or a message.
            Environment.Secrets.Set(definition.Name, new NetworkCredential(string.Empty, secure).Password, CancellationToken);
            WriteVerbose($"Stored {definition.Name}.");
            if (PassThru) WriteObject(Environment.Secrets.Describe().First(s => s.Name == definition.Name));
            if (System.Environment.GetEnvironmentVariable(definition.EnvironmentVariable) is { Length: > 0 })
                WriteWarning($"${definition.EnvironmentVariable} is set in this session and takes precedence over the stored value.");
        });
    }
}
