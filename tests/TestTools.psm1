# Helpers shared by the test runner and the Pester files.
Set-StrictMode -Version Latest

$script:RepoRoot = Split-Path -Parent $PSScriptRoot

function Get-RepoRoot { $script:RepoRoot }

function Get-PwshCommand {
    <# The command line that starts this same pwsh: the host itself, or dotnet + pwsh.dll when pwsh runs as a dotnet tool. #>
    $hostPath = (Get-Process -Id $PID).Path
    if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') { return @($hostPath, (Join-Path $PSHOME 'pwsh.dll')) }
    @($hostPath)
}

function Get-NuGetPackageRoot {
    if ($env:NUGET_PACKAGES) { return $env:NUGET_PACKAGES }
    $line = dotnet nuget locals global-packages --list | Select-Object -Last 1
    ($line -replace '^global-packages:\s*', '').Trim()
}

function Get-NuGetPackagePath([string] $Id, [string] $Version) {
    $path = Join-Path (Get-NuGetPackageRoot) "$($Id.ToLowerInvariant())/$Version"
    if (-not (Test-Path $path)) { throw "NuGet package $Id $Version is not restored at $path; run: dotnet restore tests/tools/TestTools.csproj" }
    $path
}

function Get-FakeCertificate {
    [CmdletBinding()] param()
    $ErrorActionPreference = 'Stop'
    <#
    .SYNOPSIS
        The self-signed certificate for 127.0.0.1 that the fakes serve https with (MSAL takes only https
        authorities). Made once per checkout under out/test-results; the test runner points SSL_CERT_FILE
        at its PEM so that test processes trust it. Production code never skips certificate checks.
    #>
    $folder = Join-Path $script:RepoRoot 'out/test-results'
    $pfx = Join-Path $folder 'fake-tls.pfx'
    $pem = Join-Path $folder 'fake-tls.pem'
    if (-not (Test-Path $pfx) -or -not (Test-Path $pem)) {
        New-Item -ItemType Directory -Force $folder | Out-Null
        $key = [System.Security.Cryptography.RSA]::Create(2048)
        $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new('CN=Pipes.Fakes', $key, 'SHA256', [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
        $names = [System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder]::new()
        $names.AddIpAddress([ipaddress]::Loopback); $names.AddDnsName('localhost')
        $request.CertificateExtensions.Add($names.Build())
        $request.CertificateExtensions.Add([System.Security.Cryptography.X509Certificates.X509BasicConstraintsExtension]::new($true, $false, 0, $true))
        $serverAuth = [System.Security.Cryptography.OidCollection]::new()
        $null = $serverAuth.Add([System.Security.Cryptography.Oid]::new('1.3.6.1.5.5.7.3.1'))
        $request.CertificateExtensions.Add([System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension]::new($serverAuth, $false))
        $certificate = $request.CreateSelfSigned([DateTimeOffset]::UtcNow.AddDays(-1), [DateTimeOffset]::UtcNow.AddYears(2))
        [IO.File]::WriteAllBytes($pfx, $certificate.Export('Pkcs12'))
        Set-Content $pem -Value $certificate.ExportCertificatePem() -NoNewline
    }
    [pscustomobject]@{ Pfx = $pfx; Pem = $pem }
}

function Start-PipesFake {
    <# Starts tests/Pipes.Fakes on free loopback ports (http, and https with the test certificate) and waits (bounded) for its "listening" line. #>
    $dll = Join-Path $script:RepoRoot 'tests/Pipes.Fakes/bin/Release/net10.0/Pipes.Fakes.dll'
    if (-not (Test-Path $dll)) { throw "Build first: $dll is missing." }
    $certificate = Get-FakeCertificate
    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in @($dll, '--parent-pid', "$PID", '--https-certificate', $certificate.Pfx)) { $start.ArgumentList.Add($a) }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    $read = $process.StandardOutput.ReadLineAsync()
    while ([DateTime]::UtcNow -lt $deadline) {
        if ($read.Wait(200)) {
            $line = $read.Result
            if ($null -eq $line) { break }
            if ($line -match 'listening on (\S+)(?: and (\S+))?') {
                # Keep draining stdout so the fake never blocks on a full pipe.
                $null = $process.StandardOutput.ReadToEndAsync()
                $null = $process.StandardError.ReadToEndAsync()
                $base = $Matches[1].TrimEnd('/')
                $https = if ($Matches[2]) { $Matches[2].TrimEnd('/') }
                return [pscustomobject]@{ BaseUrl = $base; HttpsUrl = $https; Process = $process; AcToken = 'fake-activecampaign-token-0123456789' }
            }
            $read = $process.StandardOutput.ReadLineAsync()
        }
    }
    $process.Kill($true)
    throw "Pipes.Fakes did not start within 60 s: $($process.StandardError.ReadToEnd())"
}

function Stop-PipesFake($Fake) {
    if ($Fake -and -not $Fake.Process.HasExited) { $Fake.Process.Kill($true); $null = $Fake.Process.WaitForExit(10000) }
}

function Add-PipesFakeFault($Fake, [hashtable] $Fault) {
    Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/faults" -ContentType 'application/json' -Body ($Fault | ConvertTo-Json) | Out-Null
}

function Get-PipesFakeRequest($Fake) {
    # Invoke-RestMethod writes a JSON array as one object; enumerate it so callers count requests.
    (Invoke-RestMethod -Uri "$($Fake.BaseUrl)/_fake/requests") | ForEach-Object { $_ }
}

function Reset-PipesFake($Fake) { Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/reset" | Out-Null }

function Invoke-FreshPwsh {
    <# Runs a script in a new pwsh process (assemblies cannot be unloaded); returns its output lines, stderr included. #>
    param([Parameter(Mandatory)] [string] $Script, [hashtable] $Environment = @{})
    $file = Join-Path ([System.IO.Path]::GetTempPath()) ("pipes-fresh-" + [guid]::NewGuid().ToString('N') + '.ps1')
    Set-Content -LiteralPath $file -Value $Script -Encoding utf8
    $saved = @{}
    try {
        foreach ($k in $Environment.Keys) { $saved[$k] = [Environment]::GetEnvironmentVariable($k); [Environment]::SetEnvironmentVariable($k, $Environment[$k]) }
        $pwsh = Get-PwshCommand
        & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -File $file 2>&1 | ForEach-Object { "$_" }
    }
    finally {
        foreach ($k in $saved.Keys) { [Environment]::SetEnvironmentVariable($k, $saved[$k]) }
        Remove-Item -LiteralPath $file -ErrorAction SilentlyContinue
    }
}

function New-DialerStandIn {
    <#
    .SYNOPSIS
        Linux stand-ins for the dialer's world: xdg-open (records the URI and when it started), xdg-mime
        (answers the handler named in the log folder's "handler" file), xclip (records the clipboard), a
        process named bria, and a loopback port that answers. Puts the stand-ins first on PATH.
    #>
    param([Parameter(Mandatory)] [string] $Root)
    $log = Join-Path $Root 'log'
    $bin = Join-Path $Root 'bin'
    New-Item -ItemType Directory $log, $bin -Force | Out-Null
    $env:PIPES_TEST_LOG = $log
    @{
        'xdg-open' = 'date +%s%N >> "$PIPES_TEST_LOG/launched.time"; echo "$1" >> "$PIPES_TEST_LOG/launched"'
        'xdg-mime' = 'cat "$PIPES_TEST_LOG/handler" 2>/dev/null'
        'xclip'    = 'cat > "$PIPES_TEST_LOG/clipboard"'
    }.GetEnumerator() | ForEach-Object {
        $file = Join-Path $bin $_.Key
        Set-Content $file -Value "#!/bin/sh`n$($_.Value)" -NoNewline
        chmod +x $file
    }
    $savedPath = $env:PATH
    $env:PATH = "$bin$([IO.Path]::PathSeparator)$env:PATH"
    # A symbolic link to sleep: the kernel names the process after the link.
    ln -sf (Get-Command sleep -CommandType Application | Select-Object -First 1).Source (Join-Path $bin 'bria')
    $bria = Start-Process (Join-Path $bin 'bria') -ArgumentList 3600 -PassThru
    $listener = [System.Net.Sockets.TcpListener]::new([ipaddress]::Loopback, 0)
    $listener.Start()
    $closed = [System.Net.Sockets.TcpListener]::new([ipaddress]::Loopback, 0)
    $closed.Start(); $closedPort = $closed.LocalEndpoint.Port; $closed.Stop()
    Set-Content (Join-Path $log 'handler') 'bria5.desktop'
    [pscustomobject]@{
        Log = $log; Bin = $bin; Bria = $bria; Listener = $listener; SavedPath = $savedPath
        OpenProbe = "127.0.0.1:$($listener.LocalEndpoint.Port)"; ClosedProbe = "127.0.0.1:$closedPort"
    }
}

function Remove-DialerStandIn($StandIn) {
    $StandIn.Bria | Stop-Process -ErrorAction SilentlyContinue
    $StandIn.Listener.Stop()
    $env:PATH = $StandIn.SavedPath
}

function Add-TestDataType([string] $Path, [string[]] $ExtraReference = @()) {
    <# Compiles a test-data generator or benchmark baseline (a .cs file, $Path relative to the repository) into this session. #>
    $references = @('System.Collections', 'System.Linq', 'System.Runtime', 'System.Runtime.Extensions', 'System.Text.Encoding.Extensions',
        'System.IO.Compression', 'System.IO.Compression.ZipFile') + $ExtraReference
    Add-Type -TypeDefinition (Get-Content -Raw (Join-Path $script:RepoRoot $Path)) -ReferencedAssemblies $references
}

function Add-ReplyTrainingType([string] $Dependencies) {
    <# Loads a built Pipes.Core (beside the module's own private copy) and compiles the labelled-reply loaders and the
       shipped model's training definition (tests/data/ReplyCorpus.cs, ReplyTraining.cs) against it. #>
    $core = Join-Path $Dependencies 'Pipes.Core.dll'
    Add-Type -Path (Join-Path $Dependencies 'PhoneNumbers.dll'), $core
    $references = @('System.Collections', 'System.Linq', 'System.Runtime', 'System.Runtime.Extensions', 'System.Text.Encoding.Extensions',
        'System.Text.Json', 'System.Memory', 'System.Private.CoreLib', $core)
    Add-Type -Path (Join-Path $script:RepoRoot 'tests/data/ReplyCorpus.cs'), (Join-Path $script:RepoRoot 'tests/data/ReplyTraining.cs') -ReferencedAssemblies $references -IgnoreWarnings -WarningAction SilentlyContinue
}

function Get-Percentile([double[]] $Values, [double] $Percent = 50) {
    <# The benchmarks' one percentile: linear between the two nearest ranks, so 50 is the true median of an even count. #>
    $sorted = [double[]]($Values | Sort-Object)
    $rank = ($sorted.Count - 1) * $Percent / 100
    $low = [math]::Floor($rank)
    $sorted[$low] + ($sorted[[math]::Ceiling($rank)] - $sorted[$low]) * ($rank - $low)
}

# Starts a [powershell] and returns once its script has written -Count objects (a marker written just before the command
# under test), then lets the command get into its wait for -SettleSeconds: a stop then lands in that command, not before it.
function Start-UntilOutput([powershell] $PowerShell, [int] $Count = 1, [double] $SettleSeconds = 1) {
    $output = [Management.Automation.PSDataCollection[psobject]]::new()
    $async = $PowerShell.BeginInvoke([Management.Automation.PSDataCollection[psobject]]::new(), $output)
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while ($output.Count -lt $Count -and -not $async.IsCompleted -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
    $output.Count | Should -BeGreaterOrEqual $Count -Because 'the script must reach the command under test'
    Start-Sleep -Seconds $SettleSeconds
    [pscustomobject]@{ Async = $async; Output = $output }
}

# Stops a running [powershell] as Ctrl+C does, and checks the ground rule: it was still running, and it stopped within a second.
function Assert-StopsWithinASecond([powershell] $PowerShell, [IAsyncResult] $Async) {
    $Async.IsCompleted | Should -BeFalse -Because 'the command must still be at work when it is stopped'
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $PowerShell.Stop()
    # Stop() can return a moment before the state reads Stopped (seen once in CI: 'Stopping' right after it returned within the
    # second): the state is given the rest of the same second, no more.
    while ($PowerShell.InvocationStateInfo.State -eq 'Stopping' -and $clock.Elapsed.TotalSeconds -lt 1) { Start-Sleep -Milliseconds 10 }
    $clock.Elapsed.TotalSeconds | Should -BeLessThan 1
    $PowerShell.InvocationStateInfo.State | Should -Be 'Stopped'
}

Export-ModuleMember -Function *
