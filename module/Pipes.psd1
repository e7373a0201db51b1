@{
    RootModule           = 'Pipes.PowerShell.dll'
    ModuleVersion        = '{{ModuleVersion}}'
    GUID                 = '5f0b7a52-2f5e-4d8e-9a3e-6f1c2d9b7e41'
    Author               = 'Pipes contributors'
    CompanyName          = 'Pipes'
    Copyright            = '(c) Pipes contributors. MIT licence.'
    Description          = 'Prospecting integrations for PowerShell: contact-file and Outlook-export import, Outlook mail and calendar through Microsoft Graph, reply classification, Bria click-to-call, ActiveCampaign contacts and pipelines, and web search (Google, Brave, SearXNG) within a daily quota, with retries, secrets, state and logs handled once for all.'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('Pipes.format.ps1xml')
    # No RequiredAssemblies or NestedModules: Pipes.Core and its dependencies load in the
    # module's private load context on first use, not at import.
    CmdletsToExport      = @(
        'Get-PipesConfig'
        'Set-PipesConfig'
        'Set-PipesSecret'
        'Remove-PipesSecret'
        'Get-PipesSecretInfo'
        'Test-PipesIntegration'
        'Import-PipesFile'
        'Get-PipesImportPreview'
        'Import-PipesEmail'
        'Invoke-PipesDial'
        'Test-PipesDialer'
        'Get-PipesReplyClassification'
        'Connect-PipesOutlook'
        'Disconnect-PipesOutlook'
        'Send-PipesMail'
        'New-PipesDraft'
        'Get-PipesInbox'
        'Complete-PipesWatermark'
        'Search-Google'
        'Get-GoogleSearchQuota'
        'New-PipesEvent'
        'Get-PipesEvent'
        'Set-PipesEvent'
        'Remove-PipesEvent'
        'Get-ACContact'
        'Get-ACPipeline'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @('Get-ACContacts', 'Get-ACPipelines')
    PrivateData          = @{
        PSData = @{
            Tags       = @('Prospecting', 'Outlook', 'Graph', 'ActiveCampaign', 'CSV', 'XLSX', 'Bria', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri = 'https://example.invalid/pipes'
        }
    }
}
