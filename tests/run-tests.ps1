<#
.SYNOPSIS
    Builds Pipes and runs every test: xunit (tests/Pipes.Core.Tests) and Pester (tests/module),
    each Pester file in its own fresh pwsh, two at a time. Prints the totals and exits non-zero
    on any failure.
.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File tests/run-tests.ps1
#>
[CmdletBinding()]
param(
    # Pester files to run (default: all of tests/module/*.Tests.ps1).
    [string[]] $PesterPath,
    [switch] $SkipXunit,
    [switch] $SkipBuild
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $PSScriptRoot 'TestTools.psm1') -Force
$results = Join-Path $root 'out/test-results'
New-Item -ItemType Directory -Force $results | Out-Null

function Invoke-Step([string] $name, [scriptblock] $step) {
    Write-Host "==> $name" -ForegroundColor Cyan
    & $step
    if ($LASTEXITCODE) { throw "$name failed (exit code $LASTEXITCODE)." }
}

if (-not $SkipBuild) { Invoke-Step 'Build' { dotnet build (Join-Path $root 'Pipes.sln') -c Release --nologo -v quiet } }
Invoke-Step 'Restore Pester and the isolation-test assemblies' { dotnet restore (Join-Path $root 'tests/tools/TestTools.csproj') -v quiet }

$xunit = [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0 }
$failedNames = @()
if (-not $SkipXunit) {
    $trx = Join-Path $results 'core.trx'
    Remove-Item $trx -ErrorAction SilentlyContinue
    Write-Host '==> xunit' -ForegroundColor Cyan
    dotnet test (Join-Path $root 'tests/Pipes.Core.Tests') -c Release --no-build --nologo --logger "trx;LogFileName=$trx" --logger 'console;verbosity=minimal'
    if (-not (Test-Path $trx)) { throw 'xunit produced no results file.' }
    $counters = ([xml](Get-Content -Raw $trx)).TestRun.ResultSummary.Counters
    $xunit = [pscustomobject]@{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error; Skipped = [int]$counters.notExecuted }
    # The failures' names and first message lines, for the summary at the end: CI keeps only the tail of the output.
    $failedNames = foreach ($r in ([xml](Get-Content -Raw $trx)).TestRun.Results.UnitTestResult) {
        if ($r.outcome -ne 'Passed' -and $r.outcome -ne 'NotExecuted') {
            $node = $r.SelectSingleNode('*[local-name()="Output"]/*[local-name()="ErrorInfo"]/*[local-name()="Message"]')
            $message = if ($node) { ($node.InnerText.Trim() -split "`n")[0] } else { '' }
            "xunit: $($r.testName): $message"
        }
    }
}

$pester = Join-Path (Get-NuGetPackagePath Pester 5.7.1) 'tools/Pester.psd1'
# The fakes' https certificate: the Pester processes trust it through SSL_CERT_FILE (and nothing else, which is
# all they need: no test leaves the machine).
$env:SSL_CERT_FILE = (Get-FakeCertificate).Pem
$files = @(if ($PesterPath) { $PesterPath | ForEach-Object { (Resolve-Path $_).Path } } else { (Get-ChildItem (Join-Path $root "tests/module") -Filter *.Tests.ps1).FullName })
Write-Host "==> Pester: $($files.Count) files, each in a fresh pwsh" -ForegroundColor Cyan
$pwsh = Get-PwshCommand
$runs = $files | ForEach-Object -ThrottleLimit 2 -Parallel {
    $file = $_
    $json = Join-Path $using:results ([IO.Path]::GetFileNameWithoutExtension($file) + '.json')
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$($using:pester)'
`$c = New-PesterConfiguration
`$c.Run.Path = '$file'
`$c.Run.PassThru = `$true
`$c.Output.Verbosity = 'Detailed'
`$r = Invoke-Pester -Configuration `$c
`$names = @(`$r.Failed | ForEach-Object { `$_.ExpandedPath + ': ' + ("`$(`$_.ErrorRecord | Select-Object -First 1)" -split "``n")[0] }) + @(`$r.FailedBlocks | ForEach-Object { `$_.Path -join ' ' }) + @(`$r.FailedContainers | ForEach-Object { "`$(`$_.Item)" })
[pscustomobject]@{ Passed = `$r.PassedCount; Failed = `$r.FailedCount + `$r.FailedBlocksCount + `$r.FailedContainersCount; Skipped = `$r.SkippedCount; FailedNames = `$names } | ConvertTo-Json | Set-Content '$json'
"@
    $pwsh = $using:pwsh
    $output = & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $script 2>&1 | Out-String
    [pscustomobject]@{ File = $file; Output = $output; Json = $json }
}
$pesterTotals = [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0 }
foreach ($run in $runs) {
    Write-Host $run.Output
    if (Test-Path $run.Json) {
        $r = Get-Content -Raw $run.Json | ConvertFrom-Json
        $pesterTotals.Passed += $r.Passed; $pesterTotals.Failed += $r.Failed; $pesterTotals.Skipped += $r.Skipped
        $failedNames += @($r.FailedNames | Where-Object { $_ } | ForEach-Object { "pester: $_" })
    }
    else {
        Write-Host "Pester file did not finish: $($run.File)" -ForegroundColor Red
        $pesterTotals.Failed++
        $failedNames += "pester: did not finish: $($run.File)"
    }
}

Write-Host ''
foreach ($name in $failedNames) { Write-Host "FAILED $name" -ForegroundColor Red }
Write-Host "xunit:  $($xunit.Passed) passed, $($xunit.Failed) failed, $($xunit.Skipped) skipped"
Write-Host "pester: $($pesterTotals.Passed) passed, $($pesterTotals.Failed) failed, $($pesterTotals.Skipped) skipped"
$passed = $xunit.Passed + $pesterTotals.Passed
$failed = $xunit.Failed + $pesterTotals.Failed
Write-Host "total: $passed passed, $failed failed"
if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
exit 0
