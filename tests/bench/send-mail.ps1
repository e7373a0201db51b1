<#
.SYNOPSIS
    Time per Send-PipesMail against the loopback Graph fake (the seed allows 5 s including Graph; without a
    network the module's own share should be a few milliseconds), and the HTTP requests each send makes.
    Then the per-record cost of one piped list (one Send-PipesMail for all records) signed in with a
    token and signed in app-only through MSAL, each in a fresh pwsh: the command builds its client,
    sign-in and token once, so app-only should cost what token mode costs per record.
    Last, a nightly run: -Campaign (300) templated sends from one piped list, with Outlook.MessagesPerMinute
    raised for the run (the default 30 would make it ten minutes): time per send, HTTP requests per send,
    and the 429s the fake answered for Graph's per-mailbox limits (4 concurrent, 10,000 per 10 minutes; goal 0).
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/send-mail.ps1 -Sends 100
#>
param([int] $Sends = 100, [int] $Campaign = 300, [int] $MessagesPerMinute = 10000)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1')
Import-Module (Join-Path $root 'out/Pipes')
$env:PIPES_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) "pipes-send-bench-$PID"
$fake = Start-PipesFake
try {
    Set-PipesConfig Outlook.GraphBaseUrl "$($fake.BaseUrl)/v1.0"
    Connect-PipesOutlook -AccessToken (ConvertTo-SecureString 'fake-graph-access-token-0123456789' -AsPlainText -Force) | Out-Null
    # Raised for the benchmark: at the default 30 a minute, 100 sends would take over three minutes of waiting.
    Set-PipesConfig Outlook.MessagesPerMinute $MessagesPerMinute
    $null = Send-PipesMail -To warm@example.com -Subject 'warm-up' -Body 'x'
    Reset-PipesFake $fake
    $times = foreach ($i in 1..$Sends) { (Measure-Command { $null = Send-PipesMail -To "owner$i@example.com" -Subject "Offer $i" -Body 'Dear owner, we would like to make an offer.' }).TotalMilliseconds }
    $requests = @(Get-PipesFakeRequest $fake).Count
    'Send-PipesMail against the loopback fake, {0} sends: median {1:N1} ms, p90 {2:N1} ms (the seed allows 5,000 ms including Graph)' -f $Sends, (Get-Percentile $times), (Get-Percentile $times 90)
    'HTTP requests per send: {0:N1} (create the draft, send it)' -f ($requests / $Sends)

    # One piped list per sign-in mode, each in a fresh pwsh (SSL_CERT_FILE must be set before the process starts).
    $modes = [ordered]@{
        Token   = "Connect-PipesOutlook -AccessToken (ConvertTo-SecureString 'fake-graph-access-token-0123456789' -AsPlainText -Force) | Out-Null"
        AppOnly = "Set-PipesConfig Outlook.AuthorityHost '$($fake.HttpsUrl)'; Connect-PipesOutlook -TenantId contoso.onmicrosoft.com -ClientId 11111111-2222-3333-4444-555555555555 -ClientSecret (ConvertTo-SecureString 'fake-client-secret-0123456789' -AsPlainText -Force) -Mailbox outreach@contoso.com | Out-Null"
    }
    $perRecord = [ordered]@{}
    foreach ($mode in $modes.Keys) {
        $graph = if ($mode -eq 'AppOnly') { "$($fake.HttpsUrl)/v1.0" } else { "$($fake.BaseUrl)/v1.0" }
        $out = Invoke-FreshPwsh -Environment @{ PIPES_CONFIG_DIR = (Join-Path $env:PIPES_CONFIG_DIR $mode); SSL_CERT_FILE = (Get-FakeCertificate).Pem } -Script @"
`$ErrorActionPreference = 'Stop'
Import-Module '$(Join-Path $root 'out/Pipes')'
Set-PipesConfig Outlook.GraphBaseUrl '$graph'
$($modes[$mode])
Set-PipesConfig Outlook.MessagesPerMinute $MessagesPerMinute
`$records = 1..$Sends | ForEach-Object { [pscustomobject]@{ Email = "owner`$_@example.com"; FirstName = "Owner `$_" } }
`$null = `$records[0] | Send-PipesMail -Subject 'warm-up' -Body 'x'
`$ms = (Measure-Command { `$null = `$records | Send-PipesMail -Subject 'Offer for {FirstName}' -Body 'Dear {FirstName}, we would like to make an offer.' }).TotalMilliseconds
'RESULT {0}' -f (`$ms / $Sends)
"@
        $line = $out | Where-Object { $_ -like 'RESULT *' } | Select-Object -Last 1
        if (-not $line) { throw "The $mode run printed no result:`n$($out -join "`n")" }
        $perRecord[$mode] = [double]($line -replace '^RESULT ', '')
        'Piped Send-PipesMail, {0} records, {1} sign-in: {2:N2} ms per record' -f $Sends, $mode, $perRecord[$mode]
    }
    'App-only per record / token per record: {0:N2}x (the client, its MSAL app and token are built once per command)' -f ($perRecord.AppOnly / $perRecord.Token)

    # The nightly run of the issue: one piped list of templated letters, in this process.
    Reset-PipesFake $fake
    $records = 1..$Campaign | ForEach-Object { [pscustomobject]@{ Email = "owner$_@example.com"; FirstName = "Owner $_"; Company = "Basin Royalty $_" } }
    $results = $null
    $ms = (Measure-Command { $results = $records | Send-PipesMail -Subject 'Your interest in {Company}' -Body 'Dear {FirstName}, we would like to make an offer for your minerals.' -ErrorAction Continue }).TotalMilliseconds
    $requests = @(Get-PipesFakeRequest $fake).Count
    $throttled = (Invoke-RestMethod "$($fake.BaseUrl)/_fake/graph/throttled").count
    $sent = (Invoke-RestMethod "$($fake.BaseUrl)/_fake/graph/sent").Count
    'Nightly run, {0} templated sends from one piped list (Outlook.MessagesPerMinute {1}): {2:N2} ms per send, {3:N2} HTTP requests per send, {4} of {0} sent, {5} 429s provoked (goal 0)' -f $Campaign, $MessagesPerMinute, ($ms / $Campaign), ($requests / $Campaign), $sent, $throttled
    'Piped per send / one Send-PipesMail per message (median above): {0:N2}x' -f (($ms / $Campaign) / (Get-Percentile $times))
    'At the default Outlook.MessagesPerMinute of 30 the same run is paced to at least {0:N1} minutes' -f (($Campaign - 1) / 30)
}
finally {
    Stop-PipesFake $fake
    Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue
}
