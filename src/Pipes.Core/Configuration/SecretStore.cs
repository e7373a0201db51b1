using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Pipes.Integrations;
using Pipes.Logging;

namespace Pipes.Configuration;

/// <summary>A secret Pipes knows: its name and the environment variable that can supply it.</summary>
public sealed record SecretDefinition(string Name, string EnvironmentVariable, string Description);

/// <summary>Whether a secret is set, and where from. Never its value.</summary>
public sealed record SecretInfo(string Name, bool IsSet, string Source, string EnvironmentVariable, string Description);

/// <summary>
/// Secrets come from an environment variable first, else from <c>secrets.json</c> in the config
/// directory: values encrypted with DPAPI for the current user on Windows; elsewhere the file is
/// created owner-only (0600), the protection ssh keys and CLI token caches rely on. Every value
/// read is registered with the <see cref="Redactor"/>, so it is masked in any log line or message.
/// </summary>
public sealed class SecretStore
{
    private readonly LockedJsonFile _file;
    private readonly Redactor _redactor;
    private readonly Func<string, string?> _environment;

    private readonly PipesCatalog _catalog;

    public SecretStore(string path, Redactor redactor, Func<string, string?>? environment = null, PipesCatalog? catalog = null)
    {
        _catalog = catalog ?? PipesCatalog.Shipped;
        _file = new LockedJsonFile(path, ownerOnly: true, whenCorrupt: "deleting it forgets the stored secrets (store them again with Set-PipesSecret; Get-PipesSecretInfo lists them).");
        _redactor = redactor;
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    public string FilePath => _file.FilePath;

    /// <summary>The secrets this store knows (from the integrations' definitions).</summary>
    public IReadOnlyList<SecretDefinition> Known => _catalog.Secrets;

    /// <summary>The secret's definition, or <c>Pipes.UnknownSecret</c>.</summary>
    public SecretDefinition Require(string name) => _catalog.RequireSecret(name);

    public PipesException UnknownSecret(string name) => _catalog.UnknownSecret(name);

    /// <summary>
    /// The secret's value, or null when it is not set anywhere. Spaces and line ends around it are not part of it (no key or token
    /// has them; a value read from a file brings its line end): they are dropped, and an environment variable of only spaces is unset.
    /// </summary>
    public string? Get(string name)
    {
        var definition = Require(name);
        var value = Clean(_environment(definition.EnvironmentVariable));
        if (value is null && _file.Read()[definition.Name] is JsonObject entry) value = Clean(Unprotect(entry));
        if (value is null) return null;
        _redactor.AddSecret(value);
        return value;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// A secret's value as given (to Set-PipesSecret, to Connect-PipesOutlook), without the spaces and line end around it; throws
    /// <c>Pipes.InvalidSecret</c> when nothing is left, or when a line break or other control character is inside it (two values
    /// pasted together: no key or token has one, and an HTTP header cannot carry it). <paramref name="giveAgainWith"/> is the
    /// command that takes it ("Set-PipesSecret Outlook.ClientSecret"), for the advice.
    /// </summary>
    public static string Checked(string name, string? value, string giveAgainWith)
    {
        var cleaned = Clean(value) ?? "";
        if (cleaned.Length == 0)
            throw new PipesException(ErrorIds.InvalidSecret, PipesErrorKind.InvalidInput, $"The value given for the secret {name} is empty.",
                $"Give the value again with {giveAgainWith}; to delete the stored one, use Remove-PipesSecret {name}.", name);
        if (cleaned.Any(char.IsControl))
            throw new PipesException(ErrorIds.InvalidSecret, PipesErrorKind.InvalidInput,
                $"The value given for the secret {name} has a line break or other control character inside it, which no key or token has. Nothing was stored.",
                $"Give the value alone, on one line, with {giveAgainWith}.", name);
        return cleaned;
    }

    /// <summary>Whether the secret's value comes from its environment variable (which overrides the stored one).</summary>
    public bool FromEnvironment(string name) => Clean(_environment(Require(name).EnvironmentVariable)) is not null;

    /// <summary>
    /// What to do about a value the service refused, said for where it came from: an environment variable overrides the stored
    /// secret, so storing a new one with Set-PipesSecret changes nothing while the variable is set.
    /// </summary>
    public string ReplaceAdvice(string name)
    {
        var definition = Require(name);
        return FromEnvironment(name)
            ? $"The value used is $env:{definition.EnvironmentVariable}, which overrides the stored secret: correct it in the environment of the account that runs this, or remove the variable to use the one stored with Set-PipesSecret {definition.Name}."
            : $"Store a valid one with Set-PipesSecret {definition.Name} (Get-PipesSecretInfo {definition.Name} shows where it comes from).";
    }

    /// <summary>Every secret value set, from the environment or the file (for the Redactor to know them all); unreadable ones are passed over.</summary>
    public IEnumerable<string> AllValues()
    {
        foreach (var definition in Known)
        {
            string? value;
            try { value = Get(definition.Name); }
            catch (PipesException) { continue; }
            if (value is not null) yield return value;
        }
    }

    public IReadOnlyList<SecretInfo> Describe()
    {
        var stored = _file.Read();
        return Known.Select(d =>
        {
            var fromEnvironment = Clean(_environment(d.EnvironmentVariable)) is not null;
            var inFile = stored[d.Name] is JsonObject;
            var source = fromEnvironment ? "$env:" + d.EnvironmentVariable : inFile ? "secrets.json" : "(not set)";
            return new SecretInfo(d.Name, fromEnvironment || inFile, source, d.EnvironmentVariable, d.Description);
        }).ToList();
    }

    /// <summary>
    /// Stores <paramref name="value"/> under the secret <paramref name="name"/>, protected for this account. <paramref name="cancellationToken"/>
    /// ends a wait for another process's lock on the secrets file (<see cref="LockedJsonFile.Update{T}"/>).
    /// </summary>
    public void Set(string name, string value, CancellationToken cancellationToken = default)
    {
        var definition = Require(name);
        value = Checked(definition.Name, value, $"Set-PipesSecret {definition.Name}");
        _redactor.AddSecret(value);
        var entry = Protect(value);
        _file.Update(content => content[definition.Name] = entry, cancellationToken);
    }

    /// <summary>Deletes the stored value; returns false when there was none. <paramref name="cancellationToken"/> as for <see cref="Set"/>.</summary>
    public bool Remove(string name, CancellationToken cancellationToken = default)
    {
        var definition = Require(name);
        return _file.Update(content => content.Remove(definition.Name), cancellationToken);
    }

    private static JsonObject Protect(string value)
    {
        if (OperatingSystem.IsWindows())
        {
            var cipher = ProtectedData.Protect(Encoding.UTF8.GetBytes(value), null, DataProtectionScope.CurrentUser);
            return new JsonObject { ["protection"] = "dpapi", ["value"] = Convert.ToBase64String(cipher) };
        }
        return new JsonObject { ["protection"] = "file-0600", ["value"] = value };
    }

    private string Unprotect(JsonObject entry)
    {
        var value = entry["value"]?.GetValue<string>() ?? string.Empty;
        if (entry["protection"]?.GetValue<string>() != "dpapi") return value;
        if (!OperatingSystem.IsWindows())
            throw new PipesException(ErrorIds.SecretUnreadable, PipesErrorKind.Authentication,
                "A secret in secrets.json was encrypted with Windows DPAPI and cannot be read here.",
                "Store it again on this machine with Set-PipesSecret.", FilePath);
        try
        {
            return Encoding.UTF8.GetString(ProtectedData.Unprotect(Convert.FromBase64String(value), null, DataProtectionScope.CurrentUser));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            throw new PipesException(ErrorIds.SecretUnreadable, PipesErrorKind.Authentication,
                "A secret in secrets.json cannot be decrypted by this Windows user.",
                "Store it again as this user with Set-PipesSecret.", FilePath, exception);
        }
    }
}
