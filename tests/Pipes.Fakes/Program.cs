using System.Diagnostics;
using Pipes.Fakes;

// Standalone: dotnet run --project tests/Pipes.Fakes [-- --port N] [--parent-pid PID]
// Prints one "listening on" line (tests wait for it) and each service's URL, then serves until
// Ctrl+C, SIGTERM, or (with --parent-pid) the parent process exits, so a crashed test run
// leaves no server behind.
var port = 0;
int? parentPid = null;
string? certificatePath = null;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--port") port = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
    if (args[i] == "--parent-pid") parentPid = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
    if (args[i] == "--https-certificate") certificatePath = args[i + 1]; // a .pfx without password, for https on loopback
}

var certificate = certificatePath is null ? null : System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(certificatePath, null);
await using var server = await FakeServer.StartAsync(port, certificate: certificate);
Console.WriteLine($"Pipes.Fakes listening on {server.BaseUrl}" + (server.HttpsUrl is { } https ? $" and {https}" : ""));
foreach (var service in server.Services)
    Console.WriteLine($"  {service.Name,-15} {server.UrlOf(service)}");
Console.WriteLine($"  ActiveCampaign token: {server.Service<ActiveCampaignFake>().ApiToken}");
Console.WriteLine($"  Graph token: {GraphFake.ValidToken} (expired: {GraphFake.ExpiredToken})");
Console.WriteLine($"  Google key: {SearchFake.GoogleKey}, cx: {SearchFake.EngineId}; Brave token: {SearchFake.BraveKey}");
Console.WriteLine("Control: POST /_fake/faults, GET /_fake/requests, POST /_fake/reset. Ctrl+C to stop.");
Console.Out.Flush();

// The host already turns Ctrl+C and SIGTERM into Stopping.
using var stop = CancellationTokenSource.CreateLinkedTokenSource(server.Stopping);
if (parentPid is { } pid)
{
    _ = Task.Run(async () =>
    {
        using var parent = Process.GetProcessById(pid);
        await parent.WaitForExitAsync(stop.Token);
        stop.Cancel();
    });
}
try { await Task.Delay(Timeout.Infinite, stop.Token); }
catch (OperationCanceledException) { }
