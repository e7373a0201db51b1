# Get-ACContact, Get-ACPipeline and the nightly pull against the ActiveCampaign fake (5 requests a second, as the real service).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    Import-Module (Join-Path (Get-RepoRoot) 'out/Pipes') -Force
    $script:Fake = Start-PipesFake
    function script:Set-AcFake([hashtable] $Settings) {
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/ac/settings" -ContentType 'application/json' -Body ($Settings | ConvertTo-Json) | Out-Null
    }
    function script:Add-AcContacts([int] $Count) {
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/ac/generate" -ContentType 'application/json' -Body (@{ count = $Count } | ConvertTo-Json) | Out-Null
    }
    function script:Update-AcContact([long[]] $Id) {
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/ac/touch" -ContentType 'application/json' -Body (@{ ids = $Id } | ConvertTo-Json) | Out-Null
    }
    function script:Get-Throttled { (Invoke-RestMethod "$($Fake.BaseUrl)/_fake/ac/throttled").count }
    function script:Get-ContactRequests { @(Get-PipesFakeRequest $Fake | Where-Object path -eq '/api/3/contacts') }
    # The settings a child pwsh needs to reach the fake with this test's config directory.
    function script:Get-ChildEnvironment {
        @{ PIPES_CONFIG_DIR = $env:PIPES_CONFIG_DIR; PSModulePath = (Join-Path (Get-RepoRoot) 'out') + [IO.Path]::PathSeparator + $env:PSModulePath }
    }
}

AfterAll { Stop-PipesFake $Fake }

Describe 'ActiveCampaign' {
    BeforeEach {
        $env:PIPES_CONFIG_DIR = Join-Path $TestDrive ([guid]::NewGuid())
        Reset-PipesFake $Fake
        Set-PipesConfig ActiveCampaign.BaseUrl $Fake.BaseUrl
        Set-PipesSecret ActiveCampaign.ApiToken (ConvertTo-SecureString $Fake.AcToken -AsPlainText -Force)
    }

    AfterEach {
        # Every test runs at the real service's 5 requests a second: none may provoke a 429.
        Get-Throttled | Should -Be 0
    }

    It 'gets contacts as typed, shaped like imported contacts' {
        $all = @(Get-ACContact)
        $all.Count | Should -Be 30
        $all[0].Id | Should -Be '1'
        $all[0].Phone | Should -Be '7135551001'
        $all[0].Updated | Should -BeOfType [DateTimeOffset]
        $all[0].Updated.Offset | Should -Be ([TimeSpan]::FromHours(-5))
        ($all | Where-Object Id -eq 7).PhoneRaw | Should -Be 'call the office'
        ($all | Where-Object Id -eq 7).Issues | Should -Match "^Phone 'call the office' is not usable"
        ($all | Where-Object Id -eq 8).Email | Should -Be 'hal.reyes8@example.com'
        @(Get-ACContacts -First 3).Id | Should -Be @('1', '2', '3')
        @(Get-ACContact 4, 12).FullName | Should -Be @('Dee Baker', 'Bo Lee')
        # An id that is no number is its own error, naming it; the others are read (a trial: a pattern on -Id ended the call, raw).
        @(Get-ACContact 4, 'abc', 12 -ErrorVariable badId -ErrorAction SilentlyContinue).FullName | Should -Be @('Dee Baker', 'Bo Lee')
        @($badId).Count | Should -Be 1
        $badId[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.InvalidInput,*'
        $badId[0].TargetObject | Should -Be 'abc'
        # None left is nothing read, not every contact.
        Get-ACContact 'x1' -ErrorAction SilentlyContinue -ErrorVariable onlyBad | Should -BeNullOrEmpty
        $onlyBad[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.InvalidInput,*'
        # ... as is -Id of a property that is not set (a review: it read every contact).
        Get-ACContact -Id ([pscustomobject]@{ ContactId = $null }).ContactId -ErrorAction SilentlyContinue -ErrorVariable nullId | Should -BeNullOrEmpty
        $nullId[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.InvalidInput,*'
        # An id written with spaces or a leading zero is the contact's (a review: ' 12 ' was "not found").
        @(Get-ACContact ' 12 ', '004').FullName | Should -Be @('Dee Baker', 'Bo Lee')
        (Get-ACContact -Email 'ann.baker1@example.com').Id | Should -Be '1'
        # An address as people paste one: spaces, a mailto: link, a name, capitals.
        (Get-ACContact -Email ' mailto:Ann.Baker1@Example.com ').Id | Should -Be '1'
        (Get-ACContact -Email 'Ann Baker <ann.baker1@example.com>').Id | Should -Be '1'
        { Get-ACContact -Email 'not an email' } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.ActiveCampaign.GetACContactCommand'
        # An address with no contact is said, as a missing id is, not silence.
        Get-ACContact -Email 'nobody@example.com' -ErrorVariable missing -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $missing[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.NotFound,*'
        "$($missing[0])" | Should -Be 'ActiveCampaign has no contact with the email nobody@example.com.'
        @(Get-ACContact -Search Moss).Id | Should -Be @(21..30 | ForEach-Object { "$_" })
        # A filter typed empty, most likely a variable not set, reads nothing (a trial: each read every contact of the account).
        $lead = [pscustomobject]@{ Name = 'Al Bee' }
        foreach ($empty in { Get-ACContact -Email $lead.Email }, { Get-ACContact -Search $lead.Missing }, { Get-ACContact -Search '  ' }, { Get-ACContact -PipelineId @() }, { Get-ACContact -StageId @() }) {
            $empty | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.ActiveCampaign.GetACContactCommand' -ExpectedMessage '*without it every contact would be read*'
        }
        @(Get-ACContact -Since ([DateTimeOffset]'2026-07-28T00:00:00Z')).Id | Should -Be @('27', '28', '29', '30')
        @(Get-ACContact -Since '2026-07-28T00:00:00Z').Id | Should -Be @('27', '28', '29', '30')
        { Get-ACContact -Since 'last week' } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.ActiveCampaign.GetACContactCommand'
        $imported = Import-PipesFile (Join-Path (Get-RepoRoot) 'examples/data/contacts.csv') | Select-Object -First 1
        foreach ($name in 'Email', 'WithheldEmails', 'Phone', 'PhoneRaw', 'FirstName', 'LastName', 'FullName', 'Company', 'Issues') {
            $imported.PSObject.Properties.Name | Should -Contain $name
            $all[0].PSObject.Properties.Name | Should -Contain $name
        }
    }

    It 'gets pipelines with their stages, by title, and says when a title matches none' {
        $pipelines = @(Get-ACPipelines)
        $pipelines.Title | Should -Be @('Mineral Buyers', 'Royalty Owners')
        $pipelines[0].Stages.Title | Should -Be @('New Lead', 'Contacted', 'Offer Made')
        (Get-ACPipeline Royalty*).Id | Should -Be '2'
        Get-ACPipeline 'No Such Pipeline' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.NotFound,*'
        $table = Get-ACPipeline | Format-Table | Out-String -Width 120
        $table | Should -Match 'Mineral Buyers\s+usd\s+New Lead \(1\), Contacted \(2\), Offer Made \(3\)'
    }

    It 'gets the contacts of a pipeline with their deals, from piped pipelines too, and exports them' {
        $contacts = @(Get-ACContact -PipelineId 1)
        $contacts.Count | Should -Be 9
        # Deals, then contactDeals, then the contacts 100 ids a request: not one request per contact.
        @(Get-ContactRequests).Count | Should -Be 1
        ($contacts | Where-Object Id -eq 2).Deals[0].Pipeline | Should -Be 'Mineral Buyers'
        ($contacts | Where-Object Id -eq 2).Deals[0].Value | Should -Be 1260.5
        @(Get-ACPipeline 'Mineral Buyers' | Get-ACContact).Id | Should -Be $contacts.Id
        # Contact 2 (a deal in Mineral Buyers) becomes a further contact of deal 9 in Royalty Owners: piped pipelines
        # are pulled together, as -PipelineId 1, 2 is, so it comes once, with both deals.
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/ac/contactDeals" -ContentType 'application/json' -Body '{"deal":9,"contact":2}' | Out-Null
        $piped = @(Get-ACPipeline | Get-ACContact)
        $piped.Id | Should -Be @(Get-ACContact -PipelineId 1, 2).Id
        @($piped | Where-Object Id -eq 2).Count | Should -Be 1
        ($piped | Where-Object Id -eq 2).Deals.Pipeline | Sort-Object | Should -Be @('Mineral Buyers', 'Royalty Owners')
        @(Get-ACPipeline 'No Such*' | Get-ACContact) | Should -BeNullOrEmpty
        @(Get-ACContact -StageId 5).Id | Should -Be @('20')
        # A piped stage is that stage of its pipeline, not the whole pipeline (its PipelineId binds too).
        $offer = @(Get-ACContact -StageId 3)
        $offer.Count | Should -BeLessThan $contacts.Count
        @((Get-ACPipeline 'Mineral Buyers').Stages | Where-Object Title -eq 'Offer Made' | Get-ACContact).Id | Should -Be $offer.Id
        @((Get-ACPipeline 'Mineral Buyers').Stages | Where-Object Title -in 'Offer Made', 'Contacted' | Get-ACContact).Id | Should -Be @(Get-ACContact -StageId 2, 3).Id
        # A pipeline and a stage piped together would narrow the pipeline to the stage: refused, not narrowed.
        { @(Get-ACPipeline 'Royalty Owners') + @((Get-ACPipeline 'Mineral Buyers').Stages[2]) | Get-ACContact } |
            Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.ActiveCampaign.GetACContactCommand' -ExpectedMessage '*pipe the pipelines (all their contacts) or the stages (only theirs), not both*'
        $csv = Join-Path $TestDrive 'pipeline.csv'
        $contacts | Export-Csv $csv -NoTypeInformation
        $rows = Import-Csv $csv
        $rows[0].Deals | Should -Be 'Section 1 minerals (Mineral Buyers / Contacted, 1260.5 USD)'
        $rows[0].Updated | Should -Not -BeNullOrEmpty
        $fields = @(Get-ACContact -PipelineId 1 -IncludeFields)
        $fields[0].'Mineral County' | Should -Be 'Reeves'
        # The contact's own columns first, as without -IncludeFields, then the fields (before, every field came before Id).
        $withFields = Join-Path $TestDrive 'fields.csv'
        $fields | Export-Csv $withFields
        $columns = (Get-Content $withFields -TotalCount 1) -split ',' -replace '"'
        $own = ((Get-Content $csv -TotalCount 1) -split ',' -replace '"')
        $columns[0..($own.Count - 1)] | Should -Be $own
        $columns | Should -Contain 'Mineral County'
        $fields[0].psobject.TypeNames[0] | Should -Be 'Pipes.ActiveCampaign.ActiveCampaignContact'
        $fields[0].Deals.ToString() | Should -Be $rows[0].Deals
    }

    It 'looks up each piped record by its Email, naming each it cannot, and reads the rest' {
        $csv = Join-Path $TestDrive 'leads.csv'
        @(
            'Name,Email,Phone,StageId'
            'Ann Baker,Ann.Baker1@Example.com,713-555-1001,'
            'No Body,nobody@example.com,713-555-9999,'
            'Phoneonly Pat,,713-555-1234,'
            'Hal Reyes,hal.reyes8@example.com,,'
        ) | Set-Content $csv
        # Import-PipesFile's records, and Import-Csv's with their blank StageId column (no filter, not PowerShell's binding error).
        foreach ($leads in @(Import-PipesFile $csv), @(Import-Csv $csv)) {
            $found = @($leads | Get-ACContact -ErrorVariable failed -ErrorAction SilentlyContinue)
            $found.Id | Should -Be @('1', '8')
            $failed.Count | Should -Be 2
            $failed[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.NotFound,*'
            "$($failed[0])" | Should -Be 'ActiveCampaign has no contact with the email nobody@example.com.'
            $failed[1].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.ActiveCampaign.GetACContactCommand'
            "$($failed[1])" | Should -Match '^(row 4 of leads\.csv|record 3 of the input) \(Phoneonly Pat\) has no Email: nothing to look up in ActiveCampaign for it'
        }
        # The other filters apply to each: contact 1 has a deal in pipeline 1, contact 8 none in pipeline 2.
        @(Import-PipesFile $csv | Where-Object Email | Get-ACContact -PipelineId 1 -ErrorAction SilentlyContinue).Id | Should -Be @(@(Get-ACContact -PipelineId 1).Id | Where-Object { $_ -in '1', '8' })
        # Addresses piped as text, and Get-ACContact's own contacts piped back.
        @('hal.reyes8@example.com', ' mailto:ann.baker1@example.com' | Get-ACContact).Id | Should -Be @('8', '1')
        @(Get-ACContact -First 2 | Get-ACContact).Id | Should -Be @('1', '2')
        'not an address' | Get-ACContact -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.ActiveCampaign.GetACContactCommand'
        # An address piped before a record without one is not carried over to it (a review of this change).
        $null = 'hal.reyes8@example.com', [pscustomobject]@{ Name = 'Bo NoMail' } | Get-ACContact -ErrorVariable carried -ErrorAction SilentlyContinue
        $carried[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.ActiveCampaign.GetACContactCommand'
        # Records and pipelines piped together, -Email, -Incremental or -CommitVariable beside piped records: refused, not mixed.
        $pipeline = Get-ACPipeline 'Mineral Buyers'
        { 'hal.reyes8@example.com', $pipeline | Get-ACContact } | Should -Throw -ErrorId 'Pipes.InvalidInput,*' -ExpectedMessage '*records*and pipelines or stages were piped*'
        { @($pipeline) + @('hal.reyes8@example.com') | Get-ACContact } | Should -Throw -ErrorId 'Pipes.InvalidInput,*' -ExpectedMessage '*records*and pipelines or stages were piped*'
        { Import-PipesFile $csv | Get-ACContact -Email hal.reyes8@example.com } | Should -Throw -ErrorId 'Pipes.InvalidInput,*' -ExpectedMessage '*not with -Email, -Incremental, -WatermarkName or -CommitVariable*'
        { Import-PipesFile $csv | Get-ACContact -Incremental } | Should -Throw -ErrorId 'Pipes.InvalidInput,*'
    }

    It 'pipes a pipeline''s contacts into Invoke-PipesDial -WhatIf, dialling nothing' {
        $output = Invoke-FreshPwsh -Environment (Get-ChildEnvironment) -Script @'
Import-Module Pipes
Get-ACContact -PipelineId 1 | Invoke-PipesDial -WhatIf
'@
        $whatIf = @($output | Where-Object { $_ -match '^What if:' })
        $whatIf.Count | Should -Be 9
        $whatIf[0] | Should -Match '\(713\) 555-1002'
    }

    It 'withholds the address of a contact that unsubscribed from a list or bounced, so nothing writes to it' {
        # The seeded account: 12 unsubscribed from list 1, 13 bounced on it, 15 unsubscribed from list 2 and active on list 1.
        $all = @(Get-ACContact)
        @($all | Where-Object Email).Count | Should -Be 27
        ($all | Where-Object WithheldEmails).Id | Should -Be @('12', '13', '15')
        ($all | Where-Object Id -eq 12).Issues | Should -BeLike "*unsubscribed from ActiveCampaign list 1 on 2026-08-10 ('Not selling, please stop')*"
        # The table says the address is withheld, not that none is known.
        ($all | Where-Object Id -eq 12 | Format-Table | Out-String -Width 120) | Should -Match 'Bo Lee\s+\(withheld\)'

        # Piped to Send-PipesMail, the withheld contact is its own error, saying why, and the others go on.
        $null = Get-ACContact -Id 12, 14 | Send-PipesMail -Subject 'Offer' -Body 'Hello {FirstName}' -WhatIf -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused.Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.InvalidRecipient,*'
        "$($refused[0])" | Should -BeLike '*bo.lee12@example.com is withheld, since the contact opted out or the address bounced*'
        # A contact that unsubscribes later is withheld on the next pull that reads it.
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/ac/subscription" -ContentType 'application/json' -Body (@{ contact = 3; list = 1; status = 2 } | ConvertTo-Json) | Out-Null
        $later = Get-ACContact -Id 3
        $later.Email | Should -BeNullOrEmpty
        $later.WithheldEmails | Should -Be 'cy.baker3@example.com'
    }

    It 'says which pipeline, stage or contact id the account does not have, instead of returning nothing' {
        { Get-ACContact -PipelineId 999 } | Should -Throw -ErrorId 'Pipes.NotFound,*'
        { Get-ACContact -PipelineId 1 -StageId 4 } | Should -Throw '*stage 4 in the pipelines asked for*'
        $found = @(Get-ACContact -Id 2, 999999 -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Id | Should -Be @('2')
        $missing.Count | Should -Be 1
        $missing[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.NotFound,*'
        $missing[0].TargetObject | Should -Be '999999'
    }

    It 'completes -PipelineId and -StageId with pipeline titles' {
        $line = 'Get-ACContact -PipelineId '
        $matches = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        $matches.CompletionText | Should -Be @('1', '2')
        $matches.ListItemText | Should -Be @('Mineral Buyers (1)', 'Royalty Owners (2)')
        $line = 'Get-ACContact -StageId Roy'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('4', '5', '6')
        # -PipelineId typed first: only that pipeline's stages.
        $line = 'Get-ACContact -PipelineId 1 -StageId '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('1', '2', '3')
        $line = 'Get-ACContact -PipelineId 1, 2 -StageId '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('1', '2', '3', '4', '5', '6')
    }

    It 'shows contacts in a table that fits 120 columns' {
        $lines = (Get-ACContact -PipelineId 2 | Format-Table | Out-String -Width 120) -split "`r?`n"
        $lines | Where-Object { $_.Length -gt 120 } | Should -BeNullOrEmpty
        ($lines -join "`n") | Should -Match 'Id\s+FullName\s+Email\s+Phone\s+Updated\s+Company\s+Deals'
        # A contact with no deal shows its company under Company, and nothing under Deals (a trial read a company shown there as a deal).
        $noDeal = Get-ACContact -First 30 | Where-Object { -not $_.Deals -and $_.Company } | Select-Object -First 1
        $row = ($noDeal | Format-Table | Out-String -Width 120) -split "`r?`n" | Where-Object { $_ -match "^\s*$($noDeal.Id) " }
        $start = $row.IndexOf($noDeal.Company.Substring(0, [Math]::Min(10, $noDeal.Company.Length)))
        $start | Should -BeGreaterThan 0
        $row.TrimEnd().Length | Should -BeLessOrEqual ($start + 16)   # the Company column's width, and nothing after it
    }

    It 'stops with Pipes.AuthenticationFailed naming the key when ActiveCampaign refuses it' {
        Set-PipesSecret ActiveCampaign.ApiToken (ConvertTo-SecureString 'wrong-token-0123456789' -AsPlainText -Force)
        { Get-ACContact } | Should -Throw -ErrorId 'Pipes.AuthenticationFailed,Pipes.PowerShell.Commands.ActiveCampaign.GetACContactCommand'
        try { Get-ACContact } catch { $e = $_ }
        $e.Exception.Message | Should -Match 'ActiveCampaign.ApiToken'
        $e.Exception.Message | Should -Not -Match 'wrong-token'
        $e.ErrorDetails.RecommendedAction | Should -Match 'Store a valid one with Set-PipesSecret ActiveCampaign.ApiToken'
        # From the environment, storing another key changes nothing: the advice says where the refused one came from.
        $env:PIPES_AC_API_TOKEN = 'wrong-env-token-0123456789'
        try { try { Get-ACContact } catch { $e = $_ } }
        finally { Remove-Item Env:PIPES_AC_API_TOKEN }
        $e.FullyQualifiedErrorId | Should -BeLike 'Pipes.AuthenticationFailed,*'
        $e.ErrorDetails.RecommendedAction | Should -Match '\$env:PIPES_AC_API_TOKEN, which overrides the stored secret'
        "$e $($e.ErrorDetails.RecommendedAction)" | Should -Not -Match 'wrong-env'
    }

    It 'stops with Pipes.NotConfigured when the base URL is not the API' {
        Set-PipesConfig ActiveCampaign.BaseUrl "$($Fake.BaseUrl)/app/contacts"
        { Get-ACPipeline } | Should -Throw -ErrorId 'Pipes.NotConfigured,Pipes.PowerShell.Commands.ActiveCampaign.GetACPipelineCommand'
        Remove-Item Env:PIPES_AC_API_TOKEN -ErrorAction SilentlyContinue
        Set-PipesConfig ActiveCampaign.BaseUrl $null
        { Get-ACContact } | Should -Throw -ErrorId 'Pipes.NotConfigured,Pipes.PowerShell.Commands.ActiveCampaign.GetACContactCommand'
    }

    It 'names every missing setting when nothing is configured, for contacts as for pipelines' {
        $empty = Join-Path $TestDrive ([guid]::NewGuid())
        $out = Invoke-FreshPwsh -Environment @{ PIPES_CONFIG_DIR = $empty; PIPES_AC_API_TOKEN = $null } -Script "Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; foreach (`$command in 'Get-ACContact', 'Get-ACPipeline') { try { & `$command } catch { `$_.Exception.Message } }"
        @($out | Where-Object { $_ -match 'ActiveCampaign.BaseUrl, ActiveCampaign.ApiToken are missing' }).Count | Should -Be 2
    }

    It 'waits out a 503 and brings every contact once' {
        Set-AcFake @{ unavailable = 2 }
        $all = @(Get-ACContact)
        $all.Count | Should -Be 30
        @($all.Id | Select-Object -Unique).Count | Should -Be 30
    }

    It 'moves the watermark with -CommitVariable only when told to, once the contacts are stored' {
        # A run killed after the pull but before its file was stored never calls Commit(): the next run reads them again.
        @(Get-ACContact -Incremental -CommitVariable pull).Count | Should -Be 30
        $pull.Count | Should -Be 30
        $pull.Committed | Should -BeFalse
        @(Get-ACContact -Incremental -CommitVariable again).Count | Should -Be 30
        $again.Commit() | Should -BeTrue
        $again.Commit() | Should -BeFalse   # once
        @(Get-ACContact -Incremental -CommitVariable none).Count | Should -Be 0
        $none.Commit() | Should -BeFalse   # nothing read, nothing to move
        Update-AcContact 5
        @(Get-ACContact -Incremental).Id | Should -Be @('5')
        # Without -Incremental there is no watermark: said, not handed back as if it were one.
        $null = Get-ACContact -First 1 -CommitVariable plain -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -Match '-CommitVariable plain without -Incremental: this pull keeps no watermark'
    }

    # A trial: a dry run of the nightly script ($WhatIfPreference = $true) moved the watermark, and the real pull got nothing.
    It 'pulls but moves no watermark under -WhatIf or $WhatIfPreference' {
        @(Get-ACContact -Incremental -WatermarkName dry -WhatIf).Count | Should -Be 30
        $WhatIfPreference = $true
        try { @(Get-ACContact -Incremental -WatermarkName dry).Count | Should -Be 30 }
        finally { $WhatIfPreference = $false }
        @(Get-ACContact -Incremental -WatermarkName dry).Count | Should -Be 30
        @(Get-ACContact -Incremental -WatermarkName dry).Count | Should -Be 0
    }

    It 'shows Committed, Count and where the read started in an 80-column table of Complete-PipesWatermark -PassThru, whatever the length of the key' {
        # An ActiveCampaign key names the base URL and every filter: as the first, unsized column it took the whole
        # line and the table showed neither Count nor Committed, the two things -PassThru is for.
        $null = Get-ACContact -Incremental -CommitVariable pull
        $pull.Key.Length | Should -BeGreaterThan 60
        $lines = (Complete-PipesWatermark $pull -PassThru | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^Committed\s+Count\s+From\s+Key'
        # A first pull read every contact; the next one says where it started.
        $lines[2] | Should -Match '^True\s+30\s+\(first: all\)\s+ActiveCampaign\.Pull'
        $null = Get-ACContact -Incremental -CommitVariable again
        (Complete-PipesWatermark $again -PassThru | Out-String -Width 80) | Should -Match '(?m)^True\s+0\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+ActiveCampaign\.Pull'
        ($lines -join '') -replace '\s' | Should -Match ([regex]::Escape(($pull.Key -replace '\s')))   # wrapped, not cut
    }

    It 'leaves the watermark where it was when Commit() fails, names the Pipes error inside, and commits when called again' {
        @(Get-ACContact -Incremental -CommitVariable pull).Count | Should -Be 30
        $state = Join-Path $env:PIPES_CONFIG_DIR 'state.json'
        $before = if (Test-Path $state) { [IO.File]::ReadAllText($state) }
        Set-Content -LiteralPath $state -Value '{ "damaged'
        try { $pull.Commit(); $failure = $null } catch { $failure = $_ }
        $failure | Should -Not -BeNullOrEmpty
        $failure.Exception | Should -BeOfType ([Management.Automation.MethodInvocationException])
        $failure.Exception.InnerException.ErrorId | Should -Be 'Pipes.CorruptConfigFile'
        $pull.Committed | Should -BeFalse
        if ($null -eq $before) { Remove-Item -LiteralPath $state } else { Set-Content -LiteralPath $state -Value $before -NoNewline }
        $pull.Commit() | Should -BeTrue   # called again once state.json is readable: the move is made
        @(Get-ACContact -Incremental).Count | Should -Be 0
    }

    It 'stops within a second of Ctrl+C while another process holds state.json for the watermark move, which then stays' {
        # Every contact read and written, the move waits for the lock: before, Ctrl+C was ignored there for the whole 30 s lock timeout.
        $held = [IO.File]::Open((Join-Path $env:PIPES_CONFIG_DIR 'state.json.lock'), 'OpenOrCreate', 'ReadWrite', 'None')
        $ps = [powershell]::Create()
        try {
            $module = Join-Path (Get-RepoRoot) 'out/Pipes'
            $null = $ps.AddScript("`$env:PIPES_CONFIG_DIR = '$env:PIPES_CONFIG_DIR'; Import-Module '$module'; Get-ACContact -Incremental")
            $output = [Management.Automation.PSDataCollection[psobject]]::new()
            $async = $ps.BeginInvoke([Management.Automation.PSDataCollection[psobject]]::new(), $output)
            $deadline = [DateTime]::UtcNow.AddSeconds(20)
            while ($output.Count -lt 30 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
            $output.Count | Should -Be 30
            Start-Sleep -Seconds 1
            Assert-StopsWithinASecond $ps $async
        }
        finally { $ps.Dispose(); $held.Dispose() }
        # Not moved: the next pull hands out the same contacts again (at least once, never lost).
        @(Get-ACContact -Incremental).Count | Should -Be 30
        @(Get-ACContact -Incremental).Count | Should -Be 0
    }

    It 'brings only what changed on an incremental pull' {
        @(Get-ACContact -Incremental).Count | Should -Be 30
        @(Get-ACContact -Incremental).Count | Should -Be 0
        Update-AcContact 5, 6
        @(Get-ACContact -Incremental).Id | Should -Be @('5', '6')
        # Each move is in the log, with the process that made it (a nightly task's and a prompt's events share the day's file).
        $moves = @(Get-Content (Get-ChildItem (Join-Path $env:PIPES_CONFIG_DIR 'logs') -Filter 'pipes-*.log').FullName | ConvertFrom-Json | Where-Object Operation -eq 'MoveWatermark')
        $moves.Count | Should -Be 2   # the run that read nothing moved nothing
        $moves[1].DetailText | Should -Match '^: to \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ after 2 record\(s\) read$'
        $moves[1].ProcessId | Should -Be $PID
    }

    It 'keeps a named reader''s watermark apart: a pull at the prompt takes no change from the nightly task' {
        # With one watermark, an admin's Get-ACContact -Incremental took the changes the nightly task then never wrote.
        @(Get-ACContact -Incremental -WatermarkName nightly).Count | Should -Be 30
        @(Get-ACContact -Incremental).Count | Should -Be 30   # the unnamed one has its own first pull
        $null = Get-ACContact -Incremental -WatermarkName prompt -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -Match "The watermark 'prompt' is new: this pull reads every contact of these filters"
        Update-AcContact 5, 6
        @(Get-ACContact -Incremental).Id | Should -Be @('5', '6')   # the admin's look
        @(Get-ACContact -Incremental -WatermarkName nightly).Id | Should -Be @('5', '6')   # still the task's
        @(Get-ACContact -Incremental -WatermarkName nightly).Count | Should -Be 0
        @(Get-ACContact -Incremental -WatermarkName Nightly).Count | Should -Be 30   # names are exact
        { Get-ACContact -WatermarkName nightly -ErrorAction Stop } | Should -Throw -ErrorId 'Pipes.InvalidInput*' -ExpectedMessage '*without -Incremental there is none*'
        { Get-ACContact -Incremental -WatermarkName ' ' -ErrorAction Stop } | Should -Throw -ErrorId 'Pipes.InvalidInput*' -ExpectedMessage '*-WatermarkName is blank*'
    }

    It 'shares the account''s pace between two processes pulling at once: no 429' {
        Add-AcContacts 600   # 6 pages each: 12 requests in all at 5 a second
        $script = @'
Import-Module Pipes
@(Get-ACContact).Count
'@
        $jobs = 1..2 | ForEach-Object {
            $file = Join-Path $TestDrive "pull-$_.ps1"
            Set-Content $file $script
            $pwsh = Get-PwshCommand
            $start = [System.Diagnostics.ProcessStartInfo]::new($pwsh[0])
            foreach ($a in @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $file)) { $start.ArgumentList.Add($a) }
            foreach ($pair in (Get-ChildEnvironment).GetEnumerator()) { $start.Environment[$pair.Key] = $pair.Value }
            $start.RedirectStandardOutput = $true; $start.UseShellExecute = $false
            [System.Diagnostics.Process]::Start($start)
        }
        $outputs = foreach ($job in $jobs) {
            $job.WaitForExit(120000) | Should -BeTrue
            $job.StandardOutput.ReadToEnd().Trim()
        }
        $outputs | Should -Be @('600', '600')
        @(Get-ContactRequests).Count | Should -Be 12
    }

    It 'loses nothing when a pull is killed half way' {
        Add-AcContacts 2000   # 20 pages: about 4 s at 5 a second
        $file = Join-Path $TestDrive 'killed.ps1'
        Set-Content $file "Import-Module Pipes; Get-ACContact -Incremental | Export-Csv '$(Join-Path $TestDrive 'killed.csv')'"
        $pwsh = Get-PwshCommand
        $start = [System.Diagnostics.ProcessStartInfo]::new($pwsh[0])
        foreach ($a in @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $file)) { $start.ArgumentList.Add($a) }
        foreach ($pair in (Get-ChildEnvironment).GetEnumerator()) { $start.Environment[$pair.Key] = $pair.Value }
        $start.UseShellExecute = $false
        $process = [System.Diagnostics.Process]::Start($start)
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        while (@(Get-ContactRequests).Count -lt 5 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
        $process.Kill($true); $process.WaitForExit(10000) | Out-Null
        @(Get-ContactRequests).Count | Should -BeLessThan 20   # it really was killed half way

        $all = @(Get-ACContact -Incremental)
        $all.Count | Should -Be 2000
        @($all.Id | Select-Object -Unique).Count | Should -Be 2000
        @(Get-ACContact -Incremental).Count | Should -Be 0
    }
}

Describe 'examples/nightly-pull.ps1' {
    BeforeEach {
        $env:PIPES_CONFIG_DIR = Join-Path $TestDrive ([guid]::NewGuid())
        Reset-PipesFake $Fake
        Set-PipesConfig ActiveCampaign.BaseUrl $Fake.BaseUrl
        Set-PipesSecret ActiveCampaign.ApiToken (ConvertTo-SecureString $Fake.AcToken -AsPlainText -Force)
        Set-PipesConfig Outlook.GraphBaseUrl "$($Fake.BaseUrl)/v1.0"
        Connect-PipesOutlook -AccessToken (ConvertTo-SecureString 'fake-graph-access-token-0123456789' -AsPlainText -Force) | Out-Null
        $script:Nightly = Join-Path (Get-RepoRoot) 'examples/nightly-pull.ps1'
        $script:Out = Join-Path $TestDrive ([guid]::NewGuid())
        function script:Get-NightlySummary { Get-Content -Raw (Get-ChildItem $Out -Filter 'summary-*.json').FullName | ConvertFrom-Json }
        function script:Get-NightlyLog { Get-Content -Raw (Get-ChildItem (Join-Path $env:PIPES_CONFIG_DIR 'logs') -Filter 'nightly-*.log').FullName }
        function script:Invoke-Nightly([string] $Arguments, [switch] $DefaultFirstRun) {
            # The fake's mailbox holds replies of 2026-11-20: a first run reads back to them whatever today's date, unless the test is of the default.
            if (-not $DefaultFirstRun -and $Arguments -notmatch '-FirstRunDays') { $Arguments += " -FirstRunDays $([int]((Get-Date) - [datetime]'2026-11-19').TotalDays + 1)" }
            $output = Invoke-FreshPwsh -Environment (Get-ChildEnvironment) -Script "& '$Nightly' $Arguments -OutputFolder '$Out'; exit `$LASTEXITCODE"
            [pscustomobject]@{ Output = $output; ExitCode = $LASTEXITCODE }
        }
    }

    It 'reads the inbox of the last 30 days on its first run, not the mailbox''s history, and what came since on the next' {
        # A trial: the first run read every message the folders ever held (-All with no watermark yet).
        foreach ($reply in @{ subject = 'RE: Old letter'; days = 45 }, @{ subject = 'RE: Recent letter'; days = 2 }) {
            Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/inbox" -ContentType 'application/json' -Body (@{ subject = $reply.subject
                receivedDateTime = [DateTimeOffset]::UtcNow.AddDays(-$reply.days).ToString('yyyy-MM-ddTHH:mm:ssZ'); body = @{ contentType = 'text'; content = 'yes please call me' }
                from = @{ emailAddress = @{ address = 'ann@example.com' } } } | ConvertTo-Json -Depth 5) | Out-Null
        }
        $first = Invoke-Nightly '-PipelineId 1' -DefaultFirstRun
        $first.ExitCode | Should -Be 0
        $subjects = @(Import-Csv (Get-ChildItem $Out -Filter 'replies-*.csv').FullName).Subject
        $subjects | Should -Contain 'RE: Recent letter'
        $subjects | Should -Not -Contain 'RE: Old letter'
        # The log says which window a first run read, and that the contacts were every contact (a far longer night than the others).
        $log = Get-NightlyLog
        $log | Should -Match 'Outlook: \d+ repl\(ies\) \(the first run for its watermark: the messages received since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\)'
        $log | Should -Match 'ActiveCampaign: \d+ contact\(s\) new or changed \(the first run for its watermark: every contact\)'
        Start-Sleep -Seconds 1.1   # a new file stamp
        Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/inbox" -ContentType 'application/json' -Body (@{ subject = 'RE: New letter'; body = @{ contentType = 'text'; content = 'call me' }
            from = @{ emailAddress = @{ address = 'bo@example.com' } } } | ConvertTo-Json -Depth 5) | Out-Null
        (Invoke-Nightly '-PipelineId 1' -DefaultFirstRun).ExitCode | Should -Be 0
        @(Import-Csv (Get-ChildItem $Out -Filter 'replies-*.csv' | Sort-Object Name | Select-Object -Last 1).FullName).Subject | Should -Be 'RE: New letter'
        $lines = (Get-NightlyLog) -split '\r?\n'
        ($lines -match 'Outlook: \d+ repl')[-1] | Should -Not -Match 'first run'
        ($lines -match 'ActiveCampaign: \d+ contact')[-1] | Should -Not -Match 'first run'
    }

    It 'runs twice unattended, and the second run brings only what changed' {
        $first = Invoke-Nightly '-PipelineId 1'
        $first.ExitCode | Should -Be 0
        @(Import-Csv (Get-ChildItem $Out -Filter 'contacts-*.csv').FullName).Count | Should -Be 9
        @(Import-Csv (Get-ChildItem $Out -Filter 'replies-*.csv').FullName).Count | Should -Be 12
        # Contact 12 (a deal's in pipeline 1) unsubscribed from a list: its address is in the file, as withheld, not as Email.
        $unsubscribed = Import-Csv (Get-ChildItem $Out -Filter 'contacts-*.csv').FullName | Where-Object Id -eq 12
        ($unsubscribed.Email, $unsubscribed.WithheldEmails) | Should -Be @('', 'bo.lee12@example.com')
        (Get-NightlySummary).Withheld | Should -Be 1
        # Dates in ISO 8601 with their offset, not this machine's culture (07/03/2026 is another day to a day-first reader).
        @(Import-Csv (Get-ChildItem $Out -Filter 'contacts-*.csv').FullName).Updated | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$'
        @(Import-Csv (Get-ChildItem $Out -Filter 'replies-*.csv').FullName).ReceivedDateTime | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$'
        # Both watermarks' moves, made by Complete-PipesWatermark after the files were renamed, are in the log with the run's process
        # (a trial: they were written through the reading command's closed log, and lost).
        $moves = @(Get-Content (Get-ChildItem (Join-Path $env:PIPES_CONFIG_DIR 'logs') -Filter 'pipes-*.log').FullName | ConvertFrom-Json | Where-Object Operation -eq 'MoveWatermark')
        ($moves.Integration | Sort-Object) | Should -Be @('ActiveCampaign', 'Outlook')
        ($moves.ProcessId | Select-Object -Unique).Count | Should -Be 1
        $moves.ProcessId[0] | Should -Not -Be $PID
        Start-Sleep -Seconds 1.1   # a new file stamp

        Update-AcContact 4
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/graph/inbox" -ContentType 'application/json' -Body (@{
            subject = 'RE: Section 4'; body = @{ contentType = 'text'; content = 'Not interested, thanks.' }
            from = @{ emailAddress = @{ address = 'dee@example.com' } } } | ConvertTo-Json -Depth 4) | Out-Null
        # A reply swiped to Archive before the run: read there.
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/graph/folders/archive/messages" -ContentType 'application/json' -Body (@{
            subject = 'RE: Section 5'; body = @{ contentType = 'text'; content = 'Yes, I am interested. What is your offer?' }
            from = @{ emailAddress = @{ address = 'eve@example.com' } } } | ConvertTo-Json -Depth 4) | Out-Null
        $second = Invoke-Nightly '-PipelineId 1'
        $second.ExitCode | Should -Be 0
        $latest = Get-ChildItem $Out -Filter 'contacts-*.csv' | Sort-Object Name | Select-Object -Last 1
        @(Import-Csv $latest.FullName).Id | Should -Be @('4')
        $replies = Get-ChildItem $Out -Filter 'replies-*.csv' | Sort-Object Name | Select-Object -Last 1
        @(Import-Csv $replies.FullName | Sort-Object Subject | ForEach-Object { "$($_.Subject) in $($_.Folder)" }) | Should -Be @('RE: Section 4 in Inbox', 'RE: Section 5 in Archive')
        $summary = Get-ChildItem $Out -Filter 'summary-*.json' | Sort-Object Name | Select-Object -Last 1 | Get-Content -Raw | ConvertFrom-Json
        $summary.Contacts | Should -Be 1
        $summary.ByClassification.NotInterested | Should -Be 1
        $summary.ByClassification.Interested | Should -Be 1
        $log = Get-NightlyLog
        $log | Should -Match 'ActiveCampaign: 1 contact'
        # The first run made the opt-out check (a full pull of pipeline 1); the second, within -OptOutCheckDays, did not.
        $checks = @(Get-ChildItem $Out -Filter 'withheld-*.csv')
        $checks.Count | Should -Be 1
        @(Import-Csv $checks[0].FullName).Id | Should -Be @('12')
        $summary.WithheldInFullCheck | Should -BeNullOrEmpty
        Get-Throttled | Should -Be 0
    }

    It 'finds in its opt-out check a contact that unsubscribed without its Updated moving, which the incremental pull does not bring' {
        (Invoke-Nightly '-PipelineId 1').ExitCode | Should -Be 0
        Start-Sleep -Seconds 1.1   # a new file stamp
        # Contact 4 (a deal's in pipeline 1) unsubscribes from list 1; the fake leaves its udate as it was.
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/ac/subscription" -ContentType 'application/json' -Body (@{ contact = 4; list = 1; status = 2; reason = 'stop' } | ConvertTo-Json) | Out-Null
        (Invoke-Nightly '-PipelineId 1 -OptOutCheckDays 0').ExitCode | Should -Be 0
        @(Get-ChildItem $Out -Filter 'contacts-*.csv').Count | Should -Be 1   # nothing new to the incremental pull
        $latest = Get-ChildItem $Out -Filter 'withheld-*.csv' | Sort-Object Name | Select-Object -Last 1
        $rows = @(Import-Csv $latest.FullName)
        $rows.Id | Should -Be @('4', '12')
        $rows[0].WithheldEmails | Should -Be 'dee.baker4@example.com'
        $rows[0].Issues | Should -BeLike "*unsubscribed from ActiveCampaign list 1 on * ('stop')*"
        (Get-ChildItem $Out -Filter 'summary-*.json' | Sort-Object Name | Select-Object -Last 1 | Get-Content -Raw | ConvertFrom-Json).WithheldInFullCheck | Should -Be 2
    }

    It 'makes its opt-out check by the day: a check made late yesterday is a day old this morning' {
        (Invoke-Nightly '-PipelineId 1').ExitCode | Should -Be 0
        $check = Get-ChildItem $Out -Filter 'withheld-*.csv' | Select-Object -First 1
        # As if the check had run yesterday at 23:59 (a nightly task's file is written minutes into its run).
        $check.LastWriteTimeUtc = [DateTime]::UtcNow.Date.AddMinutes(-1)
        Start-Sleep -Seconds 1.1   # a new file stamp
        (Invoke-Nightly '-PipelineId 1 -OptOutCheckDays 1').ExitCode | Should -Be 0
        @(Get-ChildItem $Out -Filter 'withheld-*.csv').Count | Should -Be 2
    }

    It 'takes -PipelineId as pwsh -File passes it ("1,2", not the number 12), leaves no empty or partial file, and fails on a pipeline the account lacks' {
        $expected = @(Get-ACContact -PipelineId 1, 2).Count
        $dir = Join-Path $TestDrive ([guid]::NewGuid())
        $pwsh = Get-PwshCommand
        $environment = Get-ChildEnvironment
        $saved = @{}
        foreach ($key in $environment.Keys) { $saved[$key] = [Environment]::GetEnvironmentVariable($key); [Environment]::SetEnvironmentVariable($key, $environment[$key]) }
        try {
            & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -File $Nightly -PipelineId '1,2' -OutputFolder $dir 2>&1 | Out-Null
            $LASTEXITCODE | Should -Be 0
            @(Import-Csv (Get-ChildItem $dir -Filter 'contacts-*.csv').FullName).Count | Should -Be $expected
            Start-Sleep -Seconds 1.1   # a new file stamp
            & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -File $Nightly -PipelineId '12' -OutputFolder $dir 2>&1 | Out-Null
            $LASTEXITCODE | Should -Be 1
        }
        finally { foreach ($key in $saved.Keys) { [Environment]::SetEnvironmentVariable($key, $saved[$key]) } }
        $log = Get-NightlyLog
        $log | Should -Match 'FAILED Pipes.NotFound: ActiveCampaign has no pipeline 12'
        Get-ChildItem $dir -Filter '*.partial' | Should -BeNullOrEmpty
        @(Get-ChildItem $dir -Filter 'contacts-*.csv').Count | Should -Be 1
    }

    It 'reads the inbox when ActiveCampaign fails, and fails the run after it; says in the summary what was read' {
        Set-PipesSecret ActiveCampaign.ApiToken (ConvertTo-SecureString 'wrong-token-0123456789' -AsPlainText -Force)
        $run = Invoke-Nightly '-PipelineId 1'
        $run.ExitCode | Should -Be 1
        @(Import-Csv (Get-ChildItem $Out -Filter 'replies-*.csv').FullName).Count | Should -Be 12   # the opt-outs in the inbox are not held up
        Get-ChildItem $Out -Filter 'contacts-*.csv' | Should -BeNullOrEmpty
        Get-ChildItem $Out -Filter 'withheld-*.csv' | Should -BeNullOrEmpty   # no full pull into the same failure
        $summary = Get-NightlySummary
        ($summary.Integrations.ActiveCampaign, $summary.Integrations.Outlook) | Should -Be @('failed: Pipes.AuthenticationFailed', 'read')
        $log = Get-NightlyLog
        $log | Should -Match 'ActiveCampaign: the pull failed \(Pipes.AuthenticationFailed: .+\); the inbox is read'
        $log | Should -Match 'Outlook: 12 repl'
        $log | Should -Match 'FAILED Pipes.AuthenticationFailed: '
    }

    It 'writes the contacts and the summary when reading the inbox fails, and fails the run with the inbox''s ErrorId' {
        # A review: the inbox's failure went straight to the run's end, with no summary and no Outlook line.
        Add-PipesFakeFault $Fake @{ kind = 'Status'; statusCode = 400; pathSuffix = '/messages'; times = 50 }
        $run = Invoke-Nightly '-PipelineId 1'
        $run.ExitCode | Should -Be 1
        @(Import-Csv (Get-ChildItem $Out -Filter 'contacts-*.csv').FullName).Count | Should -Be 9
        Get-ChildItem $Out -Filter 'replies-*' | Should -BeNullOrEmpty
        $summary = Get-NightlySummary
        ($summary.Integrations.ActiveCampaign, $summary.Integrations.Outlook) | Should -Be @('read', 'failed: Pipes.RemoteRejected')
        $log = Get-NightlyLog
        $log | Should -Match 'Outlook: reading the inbox failed \(Pipes.RemoteRejected: .+\); '   # its reason too, not only the id
        $log | Should -Match 'finished: 9 contact'
        $log | Should -Match 'FAILED Pipes.RemoteRejected: '
    }

    It 'reads ActiveCampaign when a setting of Outlook''s holds a bad value' {
        # A review: Get-PipesConfig 'ActiveCampaign.*' wrote the Outlook setting's error, which ended the run before anything was read.
        $settings = Join-Path $env:PIPES_CONFIG_DIR 'settings.json'
        $json = Get-Content -Raw $settings | ConvertFrom-Json -AsHashtable
        $json['Outlook.PollIntervalMinutes'] = 'abc'
        $json | ConvertTo-Json | Set-Content $settings
        $run = Invoke-Nightly '-PipelineId 1'
        @(Import-Csv (Get-ChildItem $Out -Filter 'contacts-*.csv').FullName).Count | Should -Be 9
        $summary = Get-NightlySummary
        $summary.Integrations.ActiveCampaign | Should -Be 'read'
    }

    It 'fails when Outlook was set up here and its sign-in is gone, after the contacts; skips an integration never set up' {
        Remove-PipesSecret Outlook.AccessToken
        $lost = Invoke-Nightly '-PipelineId 1'
        $lost.ExitCode | Should -Be 1   # not a quiet night with 0 replies
        @(Import-Csv (Get-ChildItem $Out -Filter 'contacts-*.csv').FullName).Count | Should -Be 9
        $summary = Get-NightlySummary
        $summary.Integrations.Outlook | Should -Be 'failed: Pipes.NotConfigured'
        $log = Get-NightlyLog
        $log | Should -Match 'Outlook: set up here but not configured, inbox NOT read: Not configured: missing a sign-in'
        $log | Should -Match 'FAILED Pipes.NotConfigured: Outlook is set up here but not configured'

        # A config directory where Outlook was never set up: the contacts alone, and a clean exit.
        $env:PIPES_CONFIG_DIR = Join-Path $TestDrive ([guid]::NewGuid())
        Set-PipesConfig ActiveCampaign.BaseUrl $Fake.BaseUrl
        Set-PipesSecret ActiveCampaign.ApiToken (ConvertTo-SecureString $Fake.AcToken -AsPlainText -Force)
        $script:Out = Join-Path $TestDrive ([guid]::NewGuid())
        $alone = Invoke-Nightly '-PipelineId 1'
        $alone.ExitCode | Should -Be 0
        (Get-NightlySummary).Integrations.Outlook | Should -Be 'not set up'
        Get-NightlyLog | Should -Match 'Outlook: not set up here'
    }

    It 'keeps its own logs Log.RetainedDays days, as Pipes keeps pipes-*.log, and leaves its CSVs alone' {
        $logs = New-Item -ItemType Directory -Force (Join-Path $env:PIPES_CONFIG_DIR 'logs')
        Set-PipesConfig Log.RetainedDays 3
        $old = Join-Path $logs 'nightly-20200101.log'; Set-Content $old 'a run of long ago'
        (Get-Item $old).LastWriteTime = (Get-Date).AddDays(-10)
        $recent = Join-Path $logs 'nightly-20200102.log'; Set-Content $recent 'a run of the day before yesterday'
        (Get-Item $recent).LastWriteTime = (Get-Date).AddDays(-2)
        New-Item -ItemType Directory -Force $Out | Out-Null
        $csv = Join-Path $Out 'contacts-20200101-020000.csv'; Set-Content $csv 'Id'
        (Get-Item $csv).LastWriteTime = (Get-Date).AddDays(-10)
        (Invoke-Nightly '-PipelineId 1').ExitCode | Should -Be 0
        Test-Path $old | Should -BeFalse
        Test-Path $recent | Should -BeTrue
        Test-Path $csv | Should -BeTrue
    }

    It 'writes text a stranger wrote as text, not as a spreadsheet formula, and the columns a store needs' {
        # A trial: a subject or sender name of '=HYPERLINK(...)' went into replies-*.csv as a formula Excel would run.
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/graph/inbox" -ContentType 'application/json' -Body (@{
            subject = '=HYPERLINK("http://evil.example/x","Click")'; body = @{ contentType = 'text'; content = 'Yes, send the papers.' }
            from = @{ emailAddress = @{ address = 'eve@example.com'; name = '@SUM(1+1)' } } } | ConvertTo-Json -Depth 4) | Out-Null
        (Invoke-Nightly '-PipelineId 1').ExitCode | Should -Be 0
        $row = Import-Csv (Get-ChildItem $Out -Filter 'replies-*.csv').FullName | Where-Object FromAddress -eq 'eve@example.com'
        $row.Subject | Should -Be "'=HYPERLINK(`"http://evil.example/x`",`"Click`")"
        $row.FromName | Should -Be "'@SUM(1+1)"
        $row.InternetMessageId | Should -Not -BeNullOrEmpty
        $row.ReplyText | Should -Be 'Yes, send the papers.'
        # Where an answer goes, so the file can be piped to Send-PipesMail (a trial: it had no Email column).
        $row.Email | Should -Be 'eve@example.com'
        # A phone number's + is no formula to guard: numbers and addresses are written as they are.
        @(Import-Csv (Get-ChildItem $Out -Filter 'contacts-*.csv').FullName).Phone | Where-Object { $_ -like "'*" } | Should -BeNullOrEmpty
    }

    It 'removes the .partial file a killed run left, whose records it reads again' {
        New-Item -ItemType Directory -Force $Out | Out-Null
        Set-Content (Join-Path $Out 'contacts-20261201-020000.csv.partial') '"Id","FirstName"'
        $run = Invoke-Nightly '-PipelineId 1'
        $run.ExitCode | Should -Be 0
        Get-ChildItem $Out -Filter '*.partial' | Should -BeNullOrEmpty
        @(Import-Csv (Get-ChildItem $Out -Filter 'contacts-*.csv').FullName).Count | Should -Be 9
        $log = Get-NightlyLog
        $log | Should -Match 'removed contacts-20261201-020000.csv.partial, left by a run that ended before its file was complete'
    }

    It 'logs a Commit() that fails with the Pipes error inside, not PowerShell''s wrapper' {
        # The inbox is slow to answer; while it is, state.json is damaged, so the inbox's Commit() after the rename fails.
        Add-PipesFakeFault $Fake @{ kind = 'Delay'; delayMs = 3000; pathSuffix = '/mailFolders/inbox/messages' }
        $pwsh = Get-PwshCommand
        $environment = Get-ChildEnvironment
        $saved = @{}
        foreach ($key in $environment.Keys) { $saved[$key] = [Environment]::GetEnvironmentVariable($key); [Environment]::SetEnvironmentVariable($key, $environment[$key]) }
        try {
            $run = Start-Process -FilePath $pwsh[0] -ArgumentList (@($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $Nightly, '-PipelineId', '1', '-OutputFolder', $Out)) -PassThru -RedirectStandardError (Join-Path $TestDrive 'commit-stderr.txt') -RedirectStandardOutput (Join-Path $TestDrive 'commit-stdout.txt')
        }
        finally { foreach ($key in $saved.Keys) { [Environment]::SetEnvironmentVariable($key, $saved[$key]) } }
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        while (-not @(Get-PipesFakeRequest $Fake | Where-Object { $_.path -like '*/mailFolders/inbox/messages' }).Count -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        Set-Content -LiteralPath (Join-Path $env:PIPES_CONFIG_DIR 'state.json') -Value '{ "damaged'
        $run.WaitForExit(60000) | Should -BeTrue
        $run.ExitCode | Should -Be 1
        @(Get-ChildItem $Out -Filter 'replies-*.csv').Count | Should -Be 1   # written and renamed: the failure was the commit's
        $log = Get-NightlyLog
        $log | Should -Match 'FAILED Pipes.CorruptConfigFile: '
        $log | Should -Not -Match 'Exception calling'
        Get-Content -Raw (Join-Path $TestDrive 'commit-stderr.txt') | Should -Match 'nightly-pull failed: Pipes.CorruptConfigFile: '
    }

    It 'fails before it reads anything, saying why on standard error, when its log cannot be written' {
        $logs = Join-Path $env:PIPES_CONFIG_DIR 'logs'
        Remove-Item -LiteralPath $logs -Recurse -Force -ErrorAction SilentlyContinue
        Set-Content -LiteralPath $logs 'a file where the logs folder should be'   # root can write anywhere: a file is what stops it here
        Reset-PipesFake $Fake
        $run = Invoke-Nightly '-PipelineId 1'
        $run.ExitCode | Should -Be 1
        ($run.Output -join "`n") | Should -Match 'nightly-pull failed: Pipes.AccessDenied: nightly-pull cannot write its log .*nightly-\d{8}\.log .*this run did nothing\. \(Make .*logs a folder'
        @(Get-PipesFakeRequest $Fake).Count | Should -Be 0
        Get-ChildItem $Out -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'fails before it reads anything, with Pipes.AccessDenied and what to do, when its output folder cannot be written' {
        # It failed as Export-Csv's FileOpenFailure (or New-Item's), after the pull, with no word of what to do, and no started line.
        Set-Content -LiteralPath $Out 'a file where the output folder should be'   # root can write anywhere: a file is what stops it here
        Reset-PipesFake $Fake
        $run = Invoke-FreshPwsh -Environment (Get-ChildEnvironment) -Script "& '$Nightly' -PipelineId 1 -OutputFolder '$(Join-Path $Out 'nightly')'; exit `$LASTEXITCODE"
        $LASTEXITCODE | Should -Be 1
        ($run -join "`n") | Should -Match 'nightly-pull failed: Pipes.AccessDenied: nightly-pull cannot write to its output folder .*nightly .*this run did nothing\. \(Make .* a folder the task''s account can write to, or give another with -OutputFolder'
        ($run -join "`n") | Should -Not -Match 'Exception calling'
        @(Get-PipesFakeRequest $Fake).Count | Should -Be 0
        $log = @(Get-Content (Get-ChildItem (Join-Path $env:PIPES_CONFIG_DIR 'logs') -Filter 'nightly-*.log').FullName)
        $log[0] | Should -Match 'started: pipelines 1'
        $log[-1] | Should -Match 'FAILED Pipes.AccessDenied'
    }

    It 'says how to install Pipes, in its log and on standard error, when the module is not installed' {
        # Run from a clone as its header shows, before installing, it failed as "Modules_ModuleNotFound: The specified
        # module 'Pipes' was not loaded...", PowerShell's id, with no word of what to do.
        $environment = Get-ChildEnvironment
        $environment.PSModulePath = Join-Path $TestDrive 'no-modules'
        Reset-PipesFake $Fake   # the connect of BeforeEach
        $output = Invoke-FreshPwsh -Environment $environment -Script "& '$Nightly' -PipelineId 1 -OutputFolder '$Out'; exit `$LASTEXITCODE"
        $LASTEXITCODE | Should -Be 1
        ($output -join "`n") | Should -Match 'nightly-pull failed: Pipes\.NotConfigured: the Pipes module is not installed .*this run did nothing\. \(Build it .*out/Pipes folder'
        ($output -join "`n") | Should -Not -Match 'Modules_ModuleNotFound'
        Get-NightlyLog | Should -Match 'FAILED Pipes\.NotConfigured'
        @(Get-PipesFakeRequest $Fake).Count | Should -Be 0
    }

    It 'writes the pull''s warnings to its log, where a scheduled task keeps them' {
        # Contact 8 deleted in ActiveCampaign: its deal (4) stays in pipeline 1 and is in no contact's Deals.
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/ac/delete" -ContentType 'application/json' -Body (@{ ids = @(8) } | ConvertTo-Json) | Out-Null
        $run = Invoke-Nightly '-PipelineId 1'
        $run.ExitCode | Should -Be 0
        $log = Get-NightlyLog
        $log | Should -Match 'ActiveCampaign warning: 1 deal\(s\) in the pipelines asked for name a contact ActiveCampaign no longer has \(contact 8\)'
    }

    It 'exits non-zero with the ErrorId in the log when it fails' {
        Set-PipesSecret ActiveCampaign.ApiToken (ConvertTo-SecureString 'wrong-token-0123456789' -AsPlainText -Force)
        $run = Invoke-Nightly ''
        $run.ExitCode | Should -Be 1
        $log = Get-NightlyLog
        $log | Should -Match 'FAILED Pipes.AuthenticationFailed'
        $log | Should -Not -Match 'wrong-token'
    }

    It 'does nothing and says so when another run of it is still going, and runs once that one has ended' {
        New-Item -ItemType Directory -Force $env:PIPES_CONFIG_DIR | Out-Null
        $held = [IO.File]::Open((Join-Path $env:PIPES_CONFIG_DIR 'nightly-pull.lock'), 'OpenOrCreate', 'ReadWrite', 'None')   # the other run
        try {
            Reset-PipesFake $Fake
            $second = Invoke-Nightly '-PipelineId 1'
            $second.ExitCode | Should -Be 1
            ($second.Output -join "`n") | Should -Match 'Pipes.ConfigLocked: another nightly-pull is running'
            @(Get-PipesFakeRequest $Fake).Count | Should -Be 0
            Get-ChildItem $Out -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        }
        finally { $held.Dispose() }
        $log = Get-NightlyLog
        $log | Should -Match 'FAILED Pipes.ConfigLocked: another nightly-pull is running with this config directory .* \(Let that run finish'

        $third = Invoke-Nightly '-PipelineId 1'
        $third.ExitCode | Should -Be 0
        @(Import-Csv (Get-ChildItem $Out -Filter 'contacts-*.csv').FullName).Count | Should -Be 9
    }

    It 'logs a -PipelineId that is not a number as FAILED Pipes.InvalidInput, as any other failure' {
        $run = Invoke-Nightly '-PipelineId 1,x'
        $run.ExitCode | Should -Be 1
        $log = Get-NightlyLog
        $log | Should -Match "FAILED Pipes.InvalidInput: -PipelineId 'x' is not a pipeline id"
    }
}
