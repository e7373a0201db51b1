# Pipes beside other versions of its dependencies, the way Az or Microsoft.Graph load them.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    $script:ModulePath = Join-Path (Get-RepoRoot) 'out/Pipes'
    $script:Fake = Start-PipesFake
    $script:Conflicts = @(
        @{ Name = 'Microsoft.IdentityModel.Abstractions'; Path = Join-Path (Get-NuGetPackagePath Microsoft.IdentityModel.Abstractions 6.35.0) 'lib/net6.0/Microsoft.IdentityModel.Abstractions.dll' }
        @{ Name = 'Microsoft.Identity.Client'; Path = Join-Path (Get-NuGetPackagePath Microsoft.Identity.Client 4.61.3) 'lib/net6.0/Microsoft.Identity.Client.dll' }
    )
    $preload = ($Conflicts | ForEach-Object { "Add-Type -Path '$($_.Path)'" }) -join "`n"
    $script:Output = Invoke-FreshPwsh -Environment @{ PIPES_CONFIG_DIR = (Join-Path $TestDrive 'config'); SSL_CERT_FILE = (Get-FakeCertificate).Pem } -Script @"
`$ErrorActionPreference = 'Stop'
$preload
# Use the preloaded copies, as another module would.
`$null = [Microsoft.Identity.Client.ConfidentialClientApplicationBuilder]::Create('00000000-0000-0000-0000-000000000001')
Import-Module '$ModulePath'
Set-PipesConfig ActiveCampaign.BaseUrl '$($Fake.BaseUrl)'
Set-PipesSecret ActiveCampaign.ApiToken (ConvertTo-SecureString '$($Fake.AcToken)' -AsPlainText -Force)
`$status = Test-PipesIntegration ActiveCampaign
# Outlook app-only through our MSAL while another MSAL is loaded: sign in against the fake's Entra endpoint (https), send.
Set-PipesConfig Outlook.GraphBaseUrl '$($Fake.HttpsUrl)/v1.0'
Set-PipesConfig Outlook.AuthorityHost '$($Fake.HttpsUrl)'
`$null = Connect-PipesOutlook -TenantId contoso.onmicrosoft.com -ClientId 11111111-2222-3333-4444-555555555555 -ClientSecret (ConvertTo-SecureString 'fake-client-secret-0123456789' -AsPlainText -Force) -Mailbox outreach@contoso.com
`$sent = Send-PipesMail -To owner@example.com -Subject 'Beside another MSAL' -Body 'x'
# Ask Pipes' context for the assemblies its engine is built on, as Core code does when it runs.
`$pipes = [System.Runtime.Loader.AssemblyLoadContext]::All | Where-Object Name -eq 'Pipes'
foreach (`$n in 'Microsoft.Identity.Client', 'Microsoft.IdentityModel.Abstractions') { `$null = `$pipes.LoadFromAssemblyName([System.Reflection.AssemblyName]::new(`$n)) }
`$loaded = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -match '^(Pipes|Microsoft\.Identity\.Client|Microsoft\.IdentityModel\.Abstractions|Polly|Serilog|System\.Text\.Json)' } | ForEach-Object {
    [pscustomobject]@{ Name = `$_.GetName().Name; Version = `$_.GetName().Version.ToString(); Context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_).Name }
}
[pscustomobject]@{ Healthy = `$status.IsHealthy; Message = `$status.Message; Sent = `$sent.Sent; Loaded = @(`$loaded) } | ConvertTo-Json -Depth 4 -Compress
"@
    $script:Result = ($Output | Select-Object -Last 1) | ConvertFrom-Json
    $script:Loaded = $Result.Loaded
}

AfterAll { Stop-PipesFake $Fake }

Describe 'Dependency isolation' {
    It 'runs cmdlets after other versions were loaded first' {
        $Result.Healthy | Should -BeTrue -Because ($Output -join "`n")
    }

    It 'signs in app-only through its own MSAL and sends, beside the other MSAL' {
        $Result.Sent | Should -BeTrue -Because ($Output -join "`n")
        @(Get-PipesFakeRequest $Fake | Where-Object path -like '*/oauth2/v2.0/token').Count | Should -Be 1
    }

    It 'keeps the preloaded <Name> in the default context' -ForEach @(
        @{ Name = 'Microsoft.Identity.Client'; Version = '4.61.3.0' }
        @{ Name = 'Microsoft.IdentityModel.Abstractions'; Version = '6.35.0.0' }
    ) {
        $copy = $Loaded | Where-Object { $_.Name -eq $Name -and $_.Context -eq 'Default' }
        $copy.Version | Should -Be $Version
    }

    It 'loads its own <Name> in the Pipes context beside it' -ForEach @(
        @{ Name = 'Microsoft.Identity.Client'; Major = 4 }
        @{ Name = 'Microsoft.IdentityModel.Abstractions'; Major = 8 }
    ) {
        $copies = @($Loaded | Where-Object Name -eq $Name)
        $copies.Count | Should -Be 2
        $own = $copies | Where-Object Context -eq 'Pipes'
        ([version]$own.Version).Major | Should -Be $Major
        $own.Version | Should -Not -Be ($copies | Where-Object Context -eq 'Default').Version
    }

    It 'loads the engine and its libraries only in the Pipes context' {
        foreach ($name in 'Pipes.Core', 'Polly.Core', 'Serilog') {
            ($Loaded | Where-Object Name -eq $name).Context | Should -Be 'Pipes' -Because $name
        }
        ($Loaded | Where-Object Name -eq 'Pipes.PowerShell').Context | Should -Be 'Default'
    }

    It 'takes framework assemblies from the runtime, never a private copy' {
        # The private context defers what the framework ships (as the Graph module's loader does),
        # so types such as System.Text.Json's are the runtime's own wherever they cross a boundary.
        @($Loaded | Where-Object Name -eq 'System.Text.Json' | Where-Object Context -ne 'Default').Count | Should -Be 0
    }
}
