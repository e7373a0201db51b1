<#
.SYNOPSIS
    Pipes in one minute, with no accounts: starts the bundled fake services, points Pipes at them
    in a throw-away config directory, stores a secret, checks the integrations, then imports the
    sample contact file and shows the contacts that have an email address.
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
    Import-PipesFile (Join-Path $PSScriptRoot 'data/contacts.csv') |
        Where-Object Email |
        Format-Table | Out-Host
}
finally {
    Stop-PipesFake $fake
    Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue
}
