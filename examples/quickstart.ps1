<#
.SYNOPSIS
    Pipes in one minute, with no accounts: starts the bundled fake services, points Pipes at them
    in a throw-away config directory, stores a secret, checks the integrations, then imports the
    sample contact file and shows the contacts that have an email address, mails them a templated
    letter through the fake Microsoft Graph, reads the (fake) inbox with each reply classified, books
    a Teams call with two of them, pulls a pipeline's contacts from the fake ActiveCampaign, searches
    the web through the fake Google within the daily quota, and ends with what to try next.
.EXAMPLE
    dotnet tool restore && dotnet build -c Release && dotnet pwsh -NoProfile -File examples/quickstart.ps1
#>
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $root 'tests/TestTools.psm1')
Import-Module (Join-Path $root 'out/Pipes') -Force

# A config directory of its own, so your real settings are never touched.
$env:PIPES_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) "pipes-quickstart-$PID"
$fake = Start-PipesFake
try {
    Write-Host "Fake services at $($fake.BaseUrl); config in $env:PIPES_CONFIG_DIR" -ForegroundColor Cyan

    Set-PipesConfig ActiveCampaign.BaseUrl $fake.BaseUrl
    Set-PipesSecret ActiveCampaign.ApiToken (ConvertTo-SecureString $fake.AcToken -AsPlainText -Force)
    Get-PipesConfig ActiveCampaign.* | Format-Table | Out-Host
    Get-PipesSecretInfo | Format-Table | Out-Host
    Test-PipesIntegration | Format-Table | Out-Host

    # The sample contact list, normalised: who can we email?
    Get-PipesImportPreview (Join-Path $PSScriptRoot 'data/contacts.csv') | Select-Object Format, Preset, HeaderRow | Format-Table | Out-Host
    $contacts = Import-PipesFile (Join-Path $PSScriptRoot 'data/contacts.csv') | Where-Object Email
    $contacts | Format-Table | Out-Host

    # Outlook through the fake Graph: a token from elsewhere (here the fake's), then one templated
    # letter per contact, sent exactly once, and the inbox with each reply classified.
    Set-PipesConfig Outlook.GraphBaseUrl "$($fake.BaseUrl)/v1.0"
    Connect-PipesOutlook -AccessToken (ConvertTo-SecureString 'fake-graph-access-token-0123456789' -AsPlainText -Force) | Format-List | Out-Host
    $contacts | Select-Object -First 2 |
        Send-PipesMail -Subject 'Your minerals, {FirstName}' -Body "Dear {FirstName},`n`nWe would like to make an offer for the minerals {Company} holds." |
        Format-Table | Out-Host
    Get-PipesInbox -Limit 5 | Format-Table | Out-Host

    # The calendar: a 30-minute Teams call tomorrow at 10:00 Chicago time with each of two contacts.
    $tomorrow = (Get-Date).Date.AddDays(1).ToString('yyyy-MM-dd')
    $contacts | Select-Object -First 2 |
        New-PipesEvent -Subject 'Call with {FirstName}' -Start "$tomorrow 10:00" -TimeZone America/Chicago -TeamsMeeting |
        Format-Table | Out-Host

    # ActiveCampaign: the pipelines, and the contacts with a deal in the first one, shaped like imported ones.
    Get-ACPipeline | Format-Table | Out-Host
    Get-ACContact -PipelineId 1 -First 3 | Format-Table | Out-Host

    # Web search through the fake Google, counted against Google.DailyQuota (100 a day by default).
    Set-PipesConfig Google.BaseUrl "$($fake.BaseUrl)/customsearch/v1"
    Set-PipesConfig Google.SearchEngineId fake-cx-0123456789
    Set-PipesSecret Google.ApiKey (ConvertTo-SecureString 'fake-google-api-key-0123456789' -AsPlainText -Force)
    Search-Google 'Reeves County mineral rights' -Count 3 | Format-Table | Out-Host
    Get-GoogleSearchQuota | Format-Table | Out-Host

    Write-Host @"
What to try next (these fakes run while this script does; 'dotnet run --project tests/Pipes.Fakes -- --port 5099'
keeps them up on a fixed port, and README.md's "Trying Outlook against the fakes" says how to point Pipes at them):
  Get-Help about_Pipes                      setup, settings, errors and the scheduled-task pattern
  Get-Help Send-PipesMail -Examples         templates, drafts, -WhatIf
  Get-PipesInbox | Group-Object Classification
  Get-ACContact -PipelineId 1 | Invoke-PipesDial -WhatIf
  Get-PipesEvent -Start (Get-Date).Date -End (Get-Date).Date.AddDays(7)
  examples/nightly-pull.ps1                 what a scheduled task runs unattended (about_Pipes shows how)
  Import-PipesFile yourfile.xlsx -Verbose   what the importer found: header row, preset, repairs
"@ -ForegroundColor Cyan
}
finally {
    Stop-PipesFake $fake
    Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue
}
