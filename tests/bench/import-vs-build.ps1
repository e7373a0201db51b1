<#
.SYNOPSIS
    "No slower" for the importer, measured: this build's Import-PipesFile against another build's
    (for example the commit before a change, built in a git worktree), on the same generated CSV and
    XLSX, each run in a fresh pwsh, the two builds alternating so that the machine's load falls on
    both alike. Prints the median of each and the ratio (this build / baseline; below 1 is faster).
.EXAMPLE
    git worktree add ../base HEAD~5; dotnet build ../base/Pipes.sln -c Release
    dotnet pwsh -NoProfile -File tests/bench/import-vs-build.ps1 -Baseline ../base/out/Pipes
#>
param(
    [Parameter(Mandatory)] [string] $Baseline,
    [int] $Rows = 200000,
    [int] $Pairs = 5
)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1')
Add-TestDataType tests/bench/BenchData.cs
$current = Join-Path $root 'out/Pipes'
$Baseline = (Resolve-Path $Baseline).Path
$work = Join-Path ([IO.Path]::GetTempPath()) "pipes-vs-build-$PID"
New-Item -ItemType Directory -Force $work | Out-Null
try {
    $files = [ordered]@{ CSV = Join-Path $work 'contacts.csv'; XLSX = Join-Path $work 'contacts.xlsx' }
    [PipesBenchData]::WriteCsv($files.CSV, $Rows)
    [PipesBenchData]::WriteXlsx($files.XLSX, $Rows)
    function Measure-Fresh([string] $module, [string] $file) {
        $out = Invoke-FreshPwsh -Environment @{ PIPES_CONFIG_DIR = (Join-Path $work 'config') } -Script @"
Import-Module '$module'
`$null = Import-PipesFile '$($files.CSV)' -WarningAction SilentlyContinue | Select-Object -First 10
'RESULT {0}' -f (Measure-Command { Import-PipesFile '$file' -WarningAction SilentlyContinue | Out-Null }).TotalSeconds
"@
        [double](($out | Where-Object { $_ -like 'RESULT *' } | Select-Object -Last 1) -replace '^RESULT ', '')
    }
    '{0:N0} rows; {1} alternating pairs per file, each run in a fresh pwsh (second import in the process)' -f $Rows, $Pairs
    foreach ($kind in $files.Keys) {
        $new = [Collections.Generic.List[double]]::new(); $old = [Collections.Generic.List[double]]::new()
        foreach ($i in 1..$Pairs) {
            $old.Add((Measure-Fresh $Baseline $files[$kind]))
            $new.Add((Measure-Fresh $current $files[$kind]))
        }
        $m = Get-Percentile $new; $b = Get-Percentile $old
        '{0}: this build median {1:N3} s, baseline {2:N3} s: {3:N2}x (runs: {4} against {5})' -f $kind, $m, $b, ($m / $b),
            (($new | ForEach-Object { $_.ToString('N2') }) -join ' '), (($old | ForEach-Object { $_.ToString('N2') }) -join ' ')
    }
}
finally { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }
