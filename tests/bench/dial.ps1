<#
.SYNOPSIS
    The time from Invoke-PipesDial to the start of the URI handler (the seed's target: under 1 second),
    median of 20, on Linux with stand-in xdg-open, xdg-mime and clipboard programs and a process named
    bria, as the Pester tests use. Prints figures only.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/dial.ps1
#>
param([int] $Calls = 20)
$ErrorActionPreference = 'Stop'
if (-not $IsLinux) { throw 'The stand-ins this benchmark uses are Linux shell scripts.' }
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1')
Import-Module (Join-Path $root 'out/Pipes')
$work = Join-Path ([IO.Path]::GetTempPath()) "pipes-dial-bench-$PID"
$env:PIPES_CONFIG_DIR = Join-Path $work 'config'
$standIn = New-DialerStandIn -Root $work
try {
    Set-PipesConfig Dialer.ConnectivityProbe $standIn.OpenProbe
    $timeFile = Join-Path $standIn.Log 'launched.time'
    $null = Invoke-PipesDial 7135551234 # warm-up: first use loads the engine and the phone metadata
    Start-Sleep -Milliseconds 300
    $toHandler = [System.Collections.Generic.List[double]]::new()
    $inCommand = [System.Collections.Generic.List[double]]::new()
    for ($i = 0; $i -lt $Calls; $i++) {
        $before = @(Get-Content $timeFile -ErrorAction SilentlyContinue).Count
        $start = [DateTimeOffset]::UtcNow
        $result = Invoke-PipesDial 7135551234 -Force
        $deadline = [DateTime]::UtcNow.AddSeconds(10)
        while (@(Get-Content $timeFile -ErrorAction SilentlyContinue).Count -le $before -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 5 }
        $handlerStartedNs = [long](@(Get-Content $timeFile)[-1])
        $toHandler.Add(($handlerStartedNs - $start.ToUnixTimeMilliseconds() * 1000000) / 1e6)
        $inCommand.Add($result.Elapsed.TotalMilliseconds)
    }
    'Invoke-PipesDial to handler start, median of {0}: {1:N1} ms (min {2:N1}, max {3:N1}); the seed asks under 1000 ms' -f $Calls, (Get-Percentile $toHandler), ($toHandler | Measure-Object -Minimum).Minimum, ($toHandler | Measure-Object -Maximum).Maximum
    'Time inside the command (checks + launch), median: {0:N1} ms' -f (Get-Percentile $inCommand)
}
finally {
    Remove-DialerStandIn $standIn
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
