<#
.SYNOPSIS
    Time per Send-PipesMail against the loopback Graph fake (the seed allows 5 s including Graph; without a
    network the module's own share should be a few milliseconds), and the HTTP requests each send makes.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/send-mail.ps1 -Sends 100
#>
param([int] $Sends = 100)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1')
Import-Module (Join-Path $root 'out/Pipes')
$env:PIPES_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) "pipes-send-bench-$PID"
$fake = Start-PipesFake
try {
    Set-PipesConfig Outlook.GraphBaseUrl "$($fake.BaseUrl)/v1.0"
    Connect-PipesOutlook -AccessToken (ConvertTo-SecureString 'fake-graph-access-token-0123456789' -AsPlainText -Force) | Out-Null
    $null = Send-PipesMail -To warm@example.com -Subject 'warm-up' -Body 'x'
    Reset-PipesFake $fake
    $times = foreach ($i in 1..$Sends) { (Measure-Command { $null = Send-PipesMail -To "owner$i@example.com" -Subject "Offer $i" -Body 'Dear owner, we would like to make an offer.' }).TotalMilliseconds }
    $requests = @(Get-PipesFakeRequest $fake).Count
    'Send-PipesMail against the loopback fake, {0} sends: median {1:N1} ms, p90 {2:N1} ms (the seed allows 5,000 ms including Graph)' -f $Sends, (Get-Percentile $times), (Get-Percentile $times 90)
    'HTTP requests per send: {0:N1} (create the draft, send it)' -f ($requests / $Sends)
}
finally {
    Stop-PipesFake $fake
    Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue
}
