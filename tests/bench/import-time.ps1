<#
.SYNOPSIS
    What Import-Module Pipes costs a fresh pwsh, beside the in-box binary modules
    Microsoft.PowerShell.ThreadJob and Microsoft.PowerShell.PSResourceGet, measured in the same run.
.DESCRIPTION
    Each sample is a new pwsh process (loaded assemblies cannot be unloaded) that times its own
    Import-Module with a Stopwatch; the runs of the three modules are interleaved so that machine
    noise falls on all of them alike. Prints medians and Pipes' ratio to each baseline. Also times
    the first Pipes command, which loads the engine (Pipes.Core) in its private context.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/import-time.ps1 -Runs 9
#>
param([int] $Runs = 7)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1')
$pwsh = Get-PwshCommand
$pipes = Join-Path $root 'out/Pipes'
if (-not (Test-Path (Join-Path $pipes 'Pipes.psd1'))) { throw 'Build first: dotnet build -c Release' }
$env:PIPES_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) "pipes-bench-$PID"

$cases = [ordered]@{
    'ThreadJob'     = 'Microsoft.PowerShell.ThreadJob'
    'PSResourceGet' = 'Microsoft.PowerShell.PSResourceGet'
    'Pipes'         = $pipes
}
$samples = @{}; foreach ($k in $cases.Keys) { $samples[$k] = [System.Collections.Generic.List[double]]::new() }
$firstCommand = [System.Collections.Generic.List[double]]::new()

# One warm-up process so the first sample does not pay for a cold disk cache.
& $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command "Import-Module '$pipes'" | Out-Null
for ($i = 0; $i -lt $Runs; $i++) {
    foreach ($name in $cases.Keys) {
        $script = "`$s = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$($cases[$name])'; `$a = `$s.Elapsed.TotalMilliseconds"
        if ($name -eq 'Pipes') { $script += "; `$s.Restart(); `$null = Get-PipesConfig Http.MaxRetries; `$b = `$s.Elapsed.TotalMilliseconds; `"`$a `$b`"" }
        else { $script += "; `"`$a`"" }
        $out = (& $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $script) -split ' '
        $samples[$name].Add([double]$out[0])
        if ($name -eq 'Pipes') { $firstCommand.Add([double]$out[1]) }
    }
}
Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue

$median = @{}; foreach ($k in $cases.Keys) { $median[$k] = Get-Percentile $samples[$k] }
"Import-Module cost in a fresh pwsh, median of $Runs runs (ms):"
foreach ($k in $cases.Keys) { '  {0,-14} {1,8:N1}   (min {2:N1}, max {3:N1})' -f $k, $median[$k], ($samples[$k] | Measure-Object -Minimum).Minimum, ($samples[$k] | Measure-Object -Maximum).Maximum }
'Pipes / ThreadJob:     {0:N2}x' -f ($median['Pipes'] / $median['ThreadJob'])
'Pipes / PSResourceGet: {0:N2}x' -f ($median['Pipes'] / $median['PSResourceGet'])
'First Pipes command after import (loads Pipes.Core): median {0:N1} ms' -f (Get-Percentile $firstCommand)
