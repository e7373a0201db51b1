<#
.SYNOPSIS
    Import-PipesEmail on a generated 50,000-message Outlook export (about 100 MB of bodies) against
    10,000 prospects: messages per second and peak memory, and the checks that time grows with
    the export (25,000 against 50,000 messages) and not with the prospect list (1,000 against 10,000).
.DESCRIPTION
    Each measurement is a fresh pwsh process that imports the prospects with Import-PipesFile and
    then times Import-PipesEmail | Measure-Object; its peak working set is read at the end.
    Prints figures only; asserts nothing.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/email-import.ps1
#>
param([int] $Messages = 50000, [int] $Prospects = 10000, [int] $BodyLines = 26)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1')
$pipes = Join-Path $root 'out/Pipes'
if (-not (Test-Path (Join-Path $pipes 'Pipes.psd1'))) { throw 'Build first: dotnet build -c Release' }
Add-TestDataType tests/data/OutlookExportWriter.cs
$pwsh = Get-PwshCommand
$work = Join-Path ([IO.Path]::GetTempPath()) "pipes-email-bench-$PID"
New-Item -ItemType Directory $work -Force | Out-Null

function Write-Prospects([int] $count, [string] $path) {
    [OutlookExportWriter]::Prospects($count) | ForEach-Object { [pscustomobject]@{ 'Full Name' = $_.Name; Email = $_.Email } } | Export-Csv $path
}

function Measure-Import([string] $export, [string] $prospects) {
    $script = @"
`$env:PIPES_CONFIG_DIR = '$work/config'
Import-Module '$pipes'
`$p = Import-PipesFile '$prospects'
`$s = [Diagnostics.Stopwatch]::StartNew()
`$n = (Import-PipesEmail '$export' -Prospect `$p -MyAddress '$([OutlookExportWriter]::Me)' | Measure-Object).Count
"`$n `$(`$s.Elapsed.TotalSeconds) `$([Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64)"
"@
    $out = (& $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $script | Select-Object -Last 1) -split ' '
    [pscustomobject]@{ Activities = [long]$out[0]; Seconds = [double]$out[1]; PeakMB = [long]$out[2] / 1MB }
}

try {
    $manyProspects = Join-Path $work 'prospects.csv'
    $fewProspects = Join-Path $work 'prospects-1000.csv'
    Write-Prospects $Prospects $manyProspects
    Write-Prospects 1000 $fewProspects
    $full = Join-Path $work 'export.csv'
    $half = Join-Path $work 'export-half.csv'
    # The messages concern the first 1,000 prospects, which both prospect lists hold: the two runs
    # against them find the same activities, so only the size of the list differs.
    $null = [OutlookExportWriter]::Write($full, [OutlookExportWriter]::Prospects(1000), $Messages, $true, $BodyLines, 7)
    $null = [OutlookExportWriter]::Write($half, [OutlookExportWriter]::Prospects(1000), [int]($Messages / 2), $true, $BodyLines, 7)
    '{0:N0}-message export: {1:N0} MB; {2:N0} prospects' -f $Messages, ((Get-Item $full).Length / 1MB), $Prospects

    # One message: the fixed cost of a first call (JIT, file sniffing), taken off the figures below it.
    $tiny = Join-Path $work 'export-one.csv'
    $null = [OutlookExportWriter]::Write($tiny, [OutlookExportWriter]::Prospects(1000), 1, $true, $BodyLines, 7)
    $fixed = (Measure-Import $tiny $manyProspects).Seconds
    $a = Measure-Import $full $manyProspects
    $b = Measure-Import $half $manyProspects
    $c = Measure-Import $full $fewProspects
    ''
    '{0,7:N0} messages x {1,6:N0} prospects: {2,6:N2} s, {3,8:N0} messages/s, {4,7:N0} activities, peak {5:N0} MB' -f $Messages, $Prospects, $a.Seconds, ($Messages / $a.Seconds), $a.Activities, $a.PeakMB
    '{0,7:N0} messages x {1,6:N0} prospects: {2,6:N2} s, {3,8:N0} messages/s' -f [int]($Messages / 2), $Prospects, $b.Seconds, (($Messages / 2) / $b.Seconds)
    '{0,7:N0} messages x {1,6:N0} prospects: {2,6:N2} s, {3,8:N0} messages/s, {4,7:N0} activities' -f $Messages, 1000, $c.Seconds, ($Messages / $c.Seconds), $c.Activities
    ''
    'Fixed cost of a first call (a one-message export): {0:N2} s' -f $fixed
    'Twice the messages took {0:N2}x the time beyond that (linear: about 2).' -f (($a.Seconds - $fixed) / ($b.Seconds - $fixed))
    '{0:0.##} times the prospects took {1:N2}x the time (a lookup, not a scan: about 1).' -f ($Prospects / 1000), ($a.Seconds / $c.Seconds)
}
finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
