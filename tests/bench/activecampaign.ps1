<#
.SYNOPSIS
    ActiveCampaign pull benchmark: Get-ACContact pulls 10,000 contacts from the loopback fake, which enforces
    ActiveCampaign's 5 requests a second (429 + Retry-After past it). Prints the time against the rate-limit
    floor measured in the same run (requests ÷ 5 per second), the requests made and the 429s the fake answered.
    Goal: within 10% of the floor, zero 429s.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/activecampaign.ps1
#>
[CmdletBinding()]
param([int] $Contacts = 10000)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1') -Force
Import-Module (Join-Path $root 'out/Pipes') -Force
$env:PIPES_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) "pipes-bench-ac-$PID"
$fake = Start-PipesFake
try {
    Invoke-RestMethod -Method Post -Uri "$($fake.BaseUrl)/_fake/ac/generate" -ContentType 'application/json' -Body (@{ count = $Contacts } | ConvertTo-Json) | Out-Null
    Set-PipesConfig ActiveCampaign.BaseUrl $fake.BaseUrl
    $env:PIPES_AC_API_TOKEN = $fake.AcToken
    # Warm up (JIT, first connection), then start from a clean request log and an idle rate window.
    Get-ACContact -First 1 | Out-Null
    Start-Sleep -Seconds 1.5
    Reset-PipesFake $fake
    Invoke-RestMethod -Method Post -Uri "$($fake.BaseUrl)/_fake/ac/generate" -ContentType 'application/json' -Body (@{ count = $Contacts } | ConvertTo-Json) | Out-Null

    $clock = [Diagnostics.Stopwatch]::StartNew()
    $count = (Get-ACContact | Measure-Object).Count
    $elapsed = $clock.Elapsed.TotalSeconds
    $requests = @(Get-PipesFakeRequest $fake | Where-Object path -like '/api/3/*').Count
    $throttled = (Invoke-RestMethod "$($fake.BaseUrl)/_fake/ac/throttled").count
    # n requests at 5 a second: the first at 0 s, the last at (n-1)/5 s; the floor is n/5 s, as the issue counts it.
    $floor = $requests / 5
    [pscustomobject]@{
        Contacts       = $count
        Requests       = $requests
        Seconds        = [math]::Round($elapsed, 2)
        FloorSeconds   = $floor
        RatioToFloor   = [math]::Round($elapsed / $floor, 3)
        PerSecond      = [math]::Round($requests / $elapsed, 2)
        Throttled429   = $throttled
    } | Format-List
}
finally {
    Stop-PipesFake $fake
    Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue
}
