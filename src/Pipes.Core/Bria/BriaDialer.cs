using System.Diagnostics;
using Pipes.Integrations;
using Pipes.Logging;

namespace Pipes.Bria;

/// <summary>Whether Bria can take a call: installed (it handles the scheme), running and online, each with why.</summary>
public sealed record DialerStatus(string Scheme, bool Installed, string InstalledDetail, bool Running, string RunningDetail, bool Online, string OnlineDetail)
{
    /// <summary>The seed's is_available(): all three.</summary>
    public bool IsAvailable => Installed && Running && Online;

    /// <summary>The application the operating system opens the scheme's links with (a .desktop file, a ProgId, a bundle id); null when none does.</summary>
    public string? Handler { get; init; }
}

public enum DialMethod
{
    Dialed,
    CopiedToClipboard,
    NotDialed,
}

/// <summary>What a dial did: the number, the URI launched, the method, the message the seed asks for, and why it fell back.</summary>
public sealed record DialResult(string Number, string Display, string? Extension, string? Uri, DialMethod Method, string Message, string? Reason, TimeSpan Elapsed)
{
    /// <summary>
    /// Whom the number reaches, when a piped record gave it: the record as errors name it ("row 7 of leads.csv (Jo Smith)"); null for
    /// a number given alone. Set by Invoke-PipesDial (a trial: a table of numbers piped from a file did not say who was rung).
    /// </summary>
    public string? Contact { get; init; }
}

/// <summary>
/// The seed's bria.py: dial launches the softphone through the OS's handler for the scheme when Bria
/// is installed, running and online; otherwise the number goes to the clipboard and the result says
/// "Copied to clipboard" instead of "Dialing…". The number is never lost.
/// </summary>
public sealed class BriaDialer(PipesEnvironment environment, IDialerPlatform platform) : IntegrationBase(environment)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    public override string Name => "Dialer";

    public override IReadOnlyList<string> MissingConfiguration() =>
        Scheme == "sip" && Environment.Settings.GetValue<string>("Dialer.SipDomain") is null ? ["Dialer.SipDomain"] : [];

    private string Scheme => Environment.Settings.GetValue<string>("Dialer.Scheme") ?? "tel";

    public DialTarget Target(string? phone, string? extension) => DialPlan.Build(phone, extension, Scheme,
        Environment.Settings.GetValue<string>("Dialer.SipDomain"), Environment.Settings.GetValue<string>("Dialer.OutsideLinePrefix"),
        Environment.Settings.GetValue<string>("Dialer.CountryCode") ?? "1");

    /// <summary>Installed, running and online, checked at once.</summary>
    public async Task<DialerStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var scheme = Scheme;
        var handler = platform.DefaultHandlerAsync(scheme, cancellationToken);
        var online = OnlineAsync(cancellationToken);
        var names = (Environment.Settings.Get("Dialer.ProcessNames").Value as IEnumerable<string> ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var running = platform.RunningProcessNames().FirstOrDefault(names.Contains);
        var registered = await handler.ConfigureAwait(false);
        var installed = registered is not null && (registered.Contains("bria", StringComparison.OrdinalIgnoreCase) || registered.Contains("counterpath", StringComparison.OrdinalIgnoreCase));
        var (isOnline, onlineDetail) = await online.ConfigureAwait(false);
        return new DialerStatus(scheme,
            installed, registered is null ? $"no application handles {scheme}: links" : installed ? $"{scheme}: opens {registered}" : $"{scheme}: opens {registered}, not Bria",
            running is not null, running is not null ? $"process {running} is running" : "no Bria process is running (Dialer.ProcessNames)",
            isOnline, onlineDetail) { Handler = registered };
    }

    public async Task<DialResult> DialAsync(string? phone, string? extension, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var target = Target(phone, extension);
        var status = await StatusAsync(cancellationToken).ConfigureAwait(false);
        string? reason = null;
        if (status.IsAvailable)
        {
            try
            {
                platform.Launch(target.Uri);
                return Done(new DialResult(target.Number, target.Display, target.Extension, target.Uri, DialMethod.Dialed, "Dialing…", null, Stopwatch.GetElapsedTime(started)));
            }
            catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
            {
                reason = "the handler could not be started: " + exception.Message;
            }
        }
        reason ??= !status.Installed ? "Bria is not installed: " + status.InstalledDetail
            : !status.Running ? "Bria is not running: " + status.RunningDetail
            : "offline: " + status.OnlineDetail;
        var clipboardText = target.Extension is null ? target.Number : $"{target.Number},{target.Extension}";
        var copyProblem = platform.CopyToClipboard(clipboardText, cancellationToken);
        return Done(copyProblem is null
            ? new DialResult(target.Number, target.Display, target.Extension, null, DialMethod.CopiedToClipboard, "Copied to clipboard", reason, Stopwatch.GetElapsedTime(started))
            : new DialResult(target.Number, target.Display, target.Extension, null, DialMethod.NotDialed, $"Not dialed: dial {target.Display} by hand", $"{reason}; the clipboard failed too: {copyProblem}", Stopwatch.GetElapsedTime(started)));
    }

    protected override async Task<string?> ProbeAsync(IntegrationHttp http, CancellationToken cancellationToken)
    {
        var status = await StatusAsync(cancellationToken).ConfigureAwait(false);
        if (status.IsAvailable) return $"Bria can take calls ({status.InstalledDetail}; {status.RunningDetail}; {status.OnlineDetail}).";
        // No softphone at all (a server that runs the nightly pull): nothing here was set up to dial, which a health suite
        // that checks what is configured (Test-PipesIntegration | Where-Object IsConfigured) leaves out, rather than failing.
        // Only where nothing of the Dialer's was set here: a workstation whose Dialer.* settings were set and whose softphone lost its
        // link registration is broken, and stays an unhealthy row that a suite of what is configured still checks.
        if (status.Handler is null && !status.Running && !Environment.SetUpHere([Name]))
            throw new NotSetUpError(Name,
                $"Not configured: no softphone on this machine ({status.InstalledDetail}; {status.RunningDetail}); Invoke-PipesDial copies numbers to the clipboard.",
                "Install Bria, or set Dialer.Scheme for the softphone that handles tel:, sip: or callto: links.");
        // The advice answers the first thing missing: no use checking the network for a softphone that is not installed.
        var advice = !status.Installed ? "Install Bria, or set Dialer.Scheme for the softphone that handles tel:, sip: or callto: links; until then numbers are copied to the clipboard."
            : !status.Running ? "Start Bria; until then numbers are copied to the clipboard."
            : "Check the network and the SIP registrar (Dialer.ConnectivityProbe names the host:port tried).";
        throw new UnavailableError(Name, "HealthCheck", $"Calls fall back to the clipboard: {(status.Installed ? "" : status.InstalledDetail + "; ")}{(status.Running ? "" : status.RunningDetail + "; ")}{(status.Online ? "" : status.OnlineDetail)}".TrimEnd(' ', ';') + ".",
            recommendedAction: advice);
    }

    private DialResult Done(DialResult result)
    {
        Environment.Log.Write(new OperationRecord(Name, "Dial", result.Uri ?? "clipboard", result.Method == DialMethod.NotDialed ? OperationOutcome.Failed : OperationOutcome.Succeeded,
            result.Elapsed, 1, Detail: result.Method + (result.Reason is null ? "" : ": " + result.Reason)));
        return result;
    }

    private async Task<(bool, string)> OnlineAsync(CancellationToken cancellationToken)
    {
        if (Environment.Settings.GetValue<string>("Dialer.ConnectivityProbe") is { } probe)
        {
            var colon = probe.LastIndexOf(':');
            var host = probe[..colon].Trim('[', ']');
            var port = int.Parse(probe[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            return await platform.CanConnectAsync(host, port, ProbeTimeout, cancellationToken).ConfigureAwait(false)
                ? (true, $"{probe} answers")
                : (false, $"{probe} did not answer within {ProbeTimeout.TotalSeconds:0} s");
        }
        return platform.NetworkAvailable() ? (true, "the network is up") : (false, "no network interface is up");
    }
}
