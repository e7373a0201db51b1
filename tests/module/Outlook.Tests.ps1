# The Outlook commands against the standalone Graph fake.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    Import-Module (Join-Path (Get-RepoRoot) 'out/Pipes') -Force
    $script:Fake = Start-PipesFake
    $script:Token = 'fake-graph-access-token-0123456789'
    $script:Expired = 'fake-graph-expired-token-0123456789'
    function script:Connect-Fake([string] $t = $Token) {
        Connect-PipesOutlook -AccessToken (ConvertTo-SecureString $t -AsPlainText -Force)
    }
    function script:Get-Sent { (Invoke-RestMethod "$($Fake.BaseUrl)/_fake/graph/sent") | ForEach-Object { $_ } }
}

AfterAll { Stop-PipesFake $Fake }

Describe 'Outlook' {
    BeforeEach {
        $env:PIPES_CONFIG_DIR = Join-Path $TestDrive ([guid]::NewGuid())
        Reset-PipesFake $Fake
        Set-PipesConfig Outlook.GraphBaseUrl "$($Fake.BaseUrl)/v1.0"
    }

    It 'connects with an access token and reports the mailbox' {
        $connection = Connect-Fake
        $connection.Mode | Should -Be 'AccessToken'
        $connection.Mailbox | Should -Be 'me'
        (Test-PipesIntegration Outlook).IsHealthy | Should -BeTrue
        (Get-PipesSecretInfo Outlook.AccessToken).Source | Should -Be 'secrets.json'
        # A list of its own (it had no view: its table's columns took the script's later output, a trial).
        ($connection | Out-String -Width 80) | Should -Match '(?m)^Mode\s+: AccessToken\r?$'
    }

    It 'refuses a token Graph does not accept, and keeps nothing' {
        { Connect-Fake $Expired } | Should -Throw -ErrorId 'Pipes.AuthenticationRequired,Pipes.PowerShell.Commands.Outlook.ConnectPipesOutlookCommand'
        (Get-PipesSecretInfo Outlook.AccessToken).IsSet | Should -BeFalse
    }

    It 'checks a token under -WhatIf and stores nothing, the sign-in in force staying' {
        # The sign-in in force: a token Graph no longer takes.
        Set-PipesSecret Outlook.AccessToken (ConvertTo-SecureString $Expired -AsPlainText -Force)
        Connect-PipesOutlook -AccessToken (ConvertTo-SecureString $Token -AsPlainText -Force) -WhatIf | Should -BeNullOrEmpty
        (Get-PipesSecretInfo Outlook.AccessToken).Source | Should -Be 'secrets.json'
        (Test-PipesIntegration Outlook).IsHealthy | Should -BeFalse   # still the stored token, not the one checked
        # A token Graph refuses is still said to be refused under -WhatIf.
        { Connect-PipesOutlook -AccessToken (ConvertTo-SecureString $Expired -AsPlainText -Force) -WhatIf } | Should -Throw -ErrorId 'Pipes.AuthenticationRequired,Pipes.PowerShell.Commands.Outlook.ConnectPipesOutlookCommand'
    }

    It 'sends one mail per piped record with placeholders filled' {
        Connect-Fake | Out-Null
        $records = @(
            [pscustomobject]@{ Email = 'ann@example.com'; FirstName = 'Ann'; Company = 'Basin Land' }
            [pscustomobject]@{ Email = 'bo@example.com'; FirstName = 'Bo'; Company = 'Lee Royalty' }
        )
        $results = $records | Send-PipesMail -Subject 'Your interest in {Company}' -Body 'Dear {FirstName}, we would like to make an offer.'
        $results.Count | Should -Be 2
        $results.Sent | Should -Be @($true, $true)
        $sent = Get-Sent
        $sent.subject | Should -Be @('Your interest in Basin Land', 'Your interest in Lee Royalty')
        $sent[1].body.content | Should -Be 'Dear Bo, we would like to make an offer.'
        $sent.id | Should -Be $results.Id
    }

    It 'warns of more recipients than Exchange Online takes, and shows a long To list as its first two and a count' {
        # A trial: 600 recipients went out with no word (Exchange answers with a non-delivery report), and the table wrapped To into 150 lines.
        Connect-Fake | Out-Null
        $result = Send-PipesMail -To (1..501 | ForEach-Object { "u$_@example.com" }) -Subject S -Body B -WarningVariable warned 3> $null
        @($warned -like '*501 recipients*at most 500*').Count | Should -Be 1
        ($result | Format-Table | Out-String -Width 80) | Should -Match 'u1@example.com; u2@example.c\s*\S*\s*om \(\+499 more\)|\(\+499 more\)'
        $null = Send-PipesMail -To a@example.com, b@example.com -Subject S -Body B -WarningVariable quiet 3> $null
        $quiet | Should -BeNullOrEmpty
    }

    It 'sends and creates nothing under -WhatIf' {
        Connect-Fake | Out-Null
        Send-PipesMail -To a@example.com -Subject S -Body B -WhatIf | Should -BeNullOrEmpty
        New-PipesDraft -To a@example.com -Subject S -Body B -WhatIf | Should -BeNullOrEmpty
        @(Get-PipesFakeRequest $Fake | Where-Object method -eq POST).Count | Should -Be 0
    }

    It 'sends exactly once when the connection drops after Graph took the send' {
        Connect-Fake | Out-Null
        Add-PipesFakeFault $Fake @{ kind = 'DropAfterProcessing'; pathSuffix = '/send' }
        $result = Send-PipesMail -To a@example.com -Subject 'Once' -Body 'Only once.'
        $result.Sent | Should -BeTrue
        @(Get-Sent).Count | Should -Be 1
        @(Get-PipesFakeRequest $Fake | Where-Object { $_.method -eq 'POST' -and $_.path -like '*/send' }).Count | Should -Be 1
    }

    It 'reports Sent, once, when a gateway answers 504 after Graph took the send' {
        Connect-Fake | Out-Null
        Add-PipesFakeFault $Fake @{ kind = 'StatusAfterProcessing'; statusCode = 504; pathSuffix = '/send' }
        $result = Send-PipesMail -To a@example.com -Subject 'Once' -Body 'Only once.' -ErrorAction Stop
        $result.Sent | Should -BeTrue
        @(Get-Sent).Count | Should -Be 1
    }

    It 'reports Pipes.OutcomeUnknown with the draft id when Graph cannot say whether it went out' {
        Connect-Fake | Out-Null
        Add-PipesFakeFault $Fake @{ kind = 'StatusAfterProcessing'; statusCode = 502; pathSuffix = '/send' }
        Add-PipesFakeFault $Fake @{ kind = 'Status'; statusCode = 503; pathPrefix = '/v1.0/me/messages/'; times = 20 }
        Set-PipesConfig Http.MaxRetries 1
        Send-PipesMail -To a@example.com -Subject 'Once' -Body 'Only once.' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.OutcomeUnknown,*'
        $err[0].Exception.Message | Should -Match 'draft AAMk\w+'
        $err[0].ErrorDetails.RecommendedAction | Should -Match 'Sent Items.*AAMk\w+'
        $err[0].ErrorDetails.RecommendedAction + $err[0].Exception.Message | Should -Not -Match 'try again'
        @(Get-Sent).Count | Should -Be 1
        Set-PipesConfig Http.MaxRetries $null
    }

    It 'sends to recipients pasted as lists, with names and mailto:' {
        Connect-Fake | Out-Null
        $result = Send-PipesMail -To 'ann.poe@example.org;bob.poe@example.org', 'Jane Roe <jane.roe@example.com>' -Cc 'mailto:cc@example.com' -Subject S -Body B -ErrorAction Stop
        $result.Sent | Should -BeTrue
        $sent = @(Get-Sent)
        $sent.Count | Should -Be 1
        $sent[0].toRecipients | ForEach-Object { $_.emailAddress.address } | Should -Be @('ann.poe@example.org', 'bob.poe@example.org', 'jane.roe@example.com')
        $sent[0].ccRecipients | ForEach-Object { $_.emailAddress.address } | Should -Be 'cc@example.com'
        # The name given beside an address goes to Graph with it.
        $sent[0].toRecipients[2].emailAddress.name | Should -Be 'Jane Roe'
        $result.To | Should -Be 'ann.poe@example.org; bob.poe@example.org; Jane Roe <jane.roe@example.com>'
    }

    It 'refuses an invalid address per record with Pipes.InvalidRecipient naming it, and sends the others' {
        Connect-Fake | Out-Null
        $records = @(
            [pscustomobject]@{ Email = 'not-an-email'; FirstName = 'Al' }
            [pscustomobject]@{ Email = 'bo@example.com'; FirstName = 'Bo' }
        )
        $results = $records | Send-PipesMail -Subject 'Hi {FirstName}' -Body 'x' -ErrorVariable err -ErrorAction SilentlyContinue
        @($results).Count | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidRecipient,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
        $err[0].Exception.Message | Should -BeLike "*'not-an-email'*"
        $err[0].Exception.Message | Should -BeLike 'record 1 of the input*'
        @(Get-Sent).toRecipients.emailAddress.address | Should -Be 'bo@example.com'
        @(Get-PipesFakeRequest $Fake | Where-Object method -eq POST).Count | Should -Be 2
    }

    It 'names the row of an imported record with no Email instead of a binding error' {
        Connect-Fake | Out-Null
        $file = Join-Path $TestDrive 'leads.csv'
        Set-Content $file -Value @('Name,Email,Phone', 'Al Poe,,713-555-1234', 'Bo Lee,bo@example.com,713-555-9876')
        $results = Import-PipesFile $file | Send-PipesMail -Subject 'Hi' -Body 'x' -ErrorVariable err -ErrorAction SilentlyContinue
        @($results).Count | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidRecipient,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
        $err[0].Exception.Message | Should -BeLike '*row 2 of leads.csv*'
        $err[0].TargetObject | Should -BeLike 'row 2 of leads.csv*'
        @(Get-Sent).Count | Should -Be 1
    }

    It 'writes to an imported contact at its Email only, never at its own To column or an address it withholds' {
        # -To binds a property named To before one named Email: a file's To column (kept as a column) was written to, opted out or not.
        Connect-Fake | Out-Null
        $file = Join-Path $TestDrive 'to.csv'
        Set-Content $file -Value @('Name,To,Email,Email Opt Out', 'Jo Smith,jo@example.com,,Yes', 'Al Roe,al@example.com,al@example.com,Yes', 'Cy Poe,other@example.com,cy@example.com,')
        $records = @(Import-PipesFile $file)
        $results = $records | Send-PipesMail -Subject 'Hi' -Body 'x' -ErrorVariable err -ErrorAction SilentlyContinue
        @($results).Count | Should -Be 1
        @(Get-Sent).toRecipients.emailAddress.address | Should -Be 'cy@example.com'
        $err.Count | Should -Be 2
        $err | ForEach-Object { $_.FullyQualifiedErrorId | Should -Be 'Pipes.InvalidRecipient,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand' }
        "$($err[1])" | Should -BeLike '*al@example.com is withheld*'
        # Typed beside the record, a withheld address is refused too; another address is not.
        $records[1] | New-PipesDraft -To 'Al <AL@EXAMPLE.COM>' -Subject 'Hi' -Body 'x' -ErrorVariable typed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        "$($typed[0])" | Should -BeLike 'Not drafted: al@example.com is withheld by row 3 of to.csv (Al Roe)*No draft was made for it.'
        @($records[1] | New-PipesDraft -To 'office@example.com' -Subject 'About {FullName}' -Body 'x').Count | Should -Be 1
    }

    It 'fills placeholders named as file headers are, and leaves CSS and JSON in a body as text' {
        Connect-Fake | Out-Null
        $file = Join-Path $TestDrive 'owners.csv'
        Set-Content $file -Encoding utf8 -Value @('Full Name,Email,Net Acres (NRI),Lead-Tag,Région', 'Al Poe,al@example.com,12.5,hot,Permien')
        Import-PipesFile $file | Send-PipesMail -Subject 'Your {Net Acres (NRI)} acres' -Body 'Tag {Lead-Tag}, {Région}; {color: red} {"a":1} {{x}}' | Out-Null
        $sent = Get-Sent
        $sent.subject | Should -Be 'Your 12.5 acres'
        $sent.body.content | Should -Be 'Tag hot, Permien; {color: red} {"a":1} {x}'
    }

    It 'fills {FirstName|Company|text} from the first part with a value, so an entity gets no "Dear ,"' {
        Connect-Fake | Out-Null
        $file = Join-Path $TestDrive 'owners.csv'
        Set-Content $file -Encoding utf8 -Value @('Owner Name,Email', 'Jane Roe,jane@example.com', '"Roe Land, LLC",land@example.com', '"Doe Family Trust",doe@example.com')
        Import-PipesFile $file | Send-PipesMail -Subject 'For {FirstName | Company | "Sir or Madam"}' -Body 'Dear {FirstName|"Sir or Madam"}, {Nickname|""}! {Yes|No' | Out-Null
        $sent = @(Get-Sent)
        $sent.subject | Should -Be @('For Jane', 'For Roe Land, LLC', 'For Doe Family Trust')
        $sent.body.content | Should -Be @('Dear Jane, ! {Yes|No', 'Dear Sir or Madam, ! {Yes|No', 'Dear Sir or Madam, ! {Yes|No')
    }

    It 'sends nothing for a record whose placeholder is empty with no text to use instead, and the others go' {
        Connect-Fake | Out-Null
        $records = @([pscustomobject]@{ Email = 'a@example.com'; FirstName = 'Ann'; City = '' }, [pscustomobject]@{ Email = 'b@example.com'; FirstName = $null; City = 'Midland' })
        $records | Send-PipesMail -Subject 'Hello {FirstName}' -Body 'In {City|""}.' -ErrorVariable err -ErrorAction SilentlyContinue | Out-Null
        @(Get-Sent).subject | Should -Be @('Hello Ann')
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
        $err[0].Exception.Message | Should -BeLike '*{FirstName} is empty*Nothing was sent for it.'
    }

    It 'takes only quoted text as text in {A|B|"text"}: a misspelt name is Pipes.UnknownPlaceholder, not a word sent' {
        Connect-Fake | Out-Null
        foreach ($subject in 'Hi {FirstName|Compnay|"there"}', 'Hi {FirstName|Compnay}') {
            [pscustomobject]@{ Email = 'a@example.com'; FirstName = '' } | Send-PipesMail -Subject $subject -Body 'x' -ErrorVariable err -ErrorAction SilentlyContinue | Out-Null
            $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.UnknownPlaceholder,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
            $err[0].Exception.Message | Should -BeLike "*'Compnay'*"
        }
        @(Get-Sent).Count | Should -Be 0
    }

    It 'stops with Pipes.UnknownPlaceholder per record, sending nothing for it' {
        Connect-Fake | Out-Null
        [pscustomobject]@{ Email = 'a@example.com' } | Send-PipesMail -Subject 'Hi {FirstNam}' -Body 'x' -ErrorVariable err -ErrorAction SilentlyContinue | Out-Null
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.UnknownPlaceholder,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
        # Named once (a trial: "row 6 of leads.csv (Sam Smith): row 6 of leads.csv (Sam Smith): the template's ..."), here and in New-PipesEvent.
        "$($err[0])" | Should -BeLike "record 1 of the input: the template names {FirstNam}, but the record has no property 'FirstNam'*"
        [pscustomobject]@{ Email = 'a@example.com'; FullName = 'Sam Smith'; Company = '' } | New-PipesEvent -Subject 'Call with {Company}' -Start '2027-04-01 10:00' -TimeZone UTC -WhatIf -ErrorVariable booked -ErrorAction SilentlyContinue | Out-Null
        "$($booked[0])" | Should -BeLike "record 1 of the input (Sam Smith): the template's {Company} is empty for this record*"
        # With nothing piped, the error says so rather than blaming a record there is not.
        Send-PipesMail -To a@example.com -Subject 'Hi {FirstName}' -Body 'x' -ErrorVariable none -ErrorAction SilentlyContinue | Out-Null
        "$($none[0])" | Should -BeLike '*but no record was piped in to fill it from*'
        @(Get-Sent).Count | Should -Be 0
    }

    It 'sends a 5 MB attachment through an upload session, with no request over 4 MB (issue 17)' {
        Connect-Fake | Out-Null
        $file = Join-Path $TestDrive 'survey.pdf'
        $bytes = [byte[]]::new(5MB); (New-Object Random 7).NextBytes($bytes); [IO.File]::WriteAllBytes($file, $bytes)
        $result = Send-PipesMail -To a@example.com -Subject 'Survey' -Body 'Attached.' -Attachment $file
        $result.Sent | Should -BeTrue
        $attachment = @(Get-Sent)[0].attachments[0]
        $attachment.name | Should -Be 'survey.pdf'
        $attachment.size | Should -Be 5MB
        $attachment.contentSha256 | Should -Be (Get-FileHash $file -Algorithm SHA256).Hash
        $requests = Get-PipesFakeRequest $Fake
        @($requests | Where-Object method -eq PUT).Count | Should -Be 2
        @($requests | Where-Object { $_.method -eq 'PUT' -and $_.headers.Authorization }).Count | Should -Be 0
        @($requests | Where-Object { $_.headers.'Content-Length' -and [long]$_.headers.'Content-Length' -gt 4MB }).Count | Should -Be 0
    }

    It 'refuses an attachment that is not a regular file, or too large together, per record and at once (issue 17)' {
        Connect-Fake | Out-Null
        $folder = Join-Path $TestDrive 'plats'; New-Item -ItemType Directory $folder | Out-Null
        $paths = @($folder) + $(if (-not $IsWindows) { '/dev/zero' })
        foreach ($path in $paths) {
            $watch = [Diagnostics.Stopwatch]::StartNew()
            Send-PipesMail -To a@example.com -Subject S -Body B -Attachment $path -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 20
            $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.NotAFile,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
            $err[0].Exception.Message | Should -BeLike '*is a * not a file*'
        }
        Set-PipesConfig Outlook.MaxMessageMB 1
        $one = Join-Path $TestDrive 'one.bin'; [IO.File]::WriteAllBytes($one, [byte[]]::new(700KB))
        $two = Join-Path $TestDrive 'two.bin'; [IO.File]::WriteAllBytes($two, [byte[]]::new(700KB))
        Send-PipesMail -To a@example.com -Subject S -Body B -Attachment $one, $two -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.FileTooLarge,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
        $err[0].Exception.Message | Should -BeLike "*two.bin*Outlook.MaxMessageMB*"
        @(Get-PipesFakeRequest $Fake | Where-Object method -in POST, PUT).Count | Should -Be 0
    }

    It 'shows the body as well as the subject and recipients under -WhatIf (issue 17)' {
        Connect-Fake | Out-Null
        $out = Invoke-FreshPwsh -Script @"
Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'
[pscustomobject]@{ Email = 'ann@example.com'; FirstName = 'Ann' } | Send-PipesMail -Subject 'Offer for {FirstName}' -Body "Dear {FirstName},``nwe would like to make an offer." -Cc cc@example.com -WhatIf
"@
        $text = $out -join "`n"
        $text | Should -BeLike '*What if: Send mail to ann@example.com, Cc cc@example.com*'
        $text | Should -BeLike '*Subject: Offer for Ann*'
        $text | Should -BeLike "*Body (text):*Dear Ann,*we would like to make an offer.*"
        @(Get-PipesFakeRequest $Fake | Where-Object method -eq POST).Count | Should -Be 0
    }

    It 'shows progress over a long piped list, paced at Outlook.MessagesPerMinute (issue 17)' {
        Connect-Fake | Out-Null
        Set-PipesConfig Outlook.MessagesPerMinute 60
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; 1..3 | ForEach-Object { [pscustomobject]@{ Email = ""p`$_@example.com"" } } | Send-PipesMail -Subject S -Body B")
            $results = $ps.Invoke()
            $results.Count | Should -Be 3
            $progress = @($ps.Streams.Progress | Where-Object Activity -eq 'Send-PipesMail')
            $progress.Count | Should -BeGreaterThan 0
            $progress[0].StatusDescription | Should -BeLike '*done, 0 failed; 60 a minute at most (Outlook.MessagesPerMinute); next: p*@example.com'
            $progress[-1].RecordType | Should -Be 'Completed'
            $progress[-1].StatusDescription | Should -Be '3 done, 0 failed'
        }
        finally { $ps.Dispose() }
    }

    It 'holds one pace per mailbox across two processes sending at once (issue 17)' {
        Connect-Fake | Out-Null
        Set-PipesConfig Outlook.MessagesPerMinute 120
        $pwsh = Get-PwshCommand
        $processes = foreach ($n in 1, 2) {
            $file = Join-Path $TestDrive "send$n.ps1"
            Set-Content $file -Value "Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; 1..3 | ForEach-Object { [pscustomobject]@{ Email = ""p$n-`$_@example.com"" } } | Send-PipesMail -Subject S -Body B | Out-Null"
            Start-Process -FilePath $pwsh[0] -ArgumentList (@($pwsh | Select-Object -Skip 1) + '-NoProfile', '-NonInteractive', '-File', $file) -PassThru
        }
        foreach ($process in $processes) { $process.WaitForExit(120000) | Should -BeTrue }
        $sends = @(Get-PipesFakeRequest $Fake | Where-Object { $_.method -eq 'POST' -and $_.path -like '*/send' } | ForEach-Object { [datetimeoffset]$_.receivedAt } | Sort-Object)
        $sends.Count | Should -Be 6
        # 120 a minute is one send every 0.5 s across both processes. The pace holds the moment each
        # send may start; a loaded machine can delay one send after its moment and bring it close to
        # the next, so single gaps are checked loosely and their median closely. Two processes keeping
        # their own pace would interleave two 0.5 s rhythms: gaps of x and 0.5 - x, a median near 0.25.
        $gaps = @(for ($i = 1; $i -lt $sends.Count; $i++) { ($sends[$i] - $sends[$i - 1]).TotalSeconds })
        Get-Percentile $gaps | Should -BeGreaterThan 0.4
        $gaps | ForEach-Object { $_ | Should -BeGreaterThan 0.1 }
        @(Get-Sent).Count | Should -Be 6
    }

    It 'creates drafts that are not sent' {
        Connect-Fake | Out-Null
        $draft = New-PipesDraft -To a@example.com -Subject 'Review me' -Body 'x'
        $draft.Sent | Should -BeFalse
        $draft.Id | Should -Match '^AAMk'
        @(Get-Sent).Count | Should -Be 0
    }

    It 'polls the inbox once per message across runs, in two processes' {
        Connect-Fake | Out-Null
        $first = Get-PipesInbox
        $first.Count | Should -Be 12
        $first[0].ReceivedDateTime | Should -BeGreaterThan $first[-1].ReceivedDateTime
        ($first | Group-Object Classification).Name | Should -Contain 'Interested'
        # A second process sees the same watermark.
        $out = Invoke-FreshPwsh -Environment @{ PIPES_CONFIG_DIR = $env:PIPES_CONFIG_DIR } -Script "Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; @(Get-PipesInbox).Count"
        $out | Select-Object -Last 1 | Should -Be '0'
        Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/inbox" -ContentType 'application/json' -Body (@{ subject = 'New reply'; body = @{ contentType = 'text'; content = 'yes please call me' }; from = @{ emailAddress = @{ name = 'Ann'; address = 'ann@example.com' } } } | ConvertTo-Json -Depth 5) | Out-Null
        $new = Get-PipesInbox
        $new.Subject | Should -Be 'New reply'
        $new.Classification | Should -Be 'Interested'
    }

    It 'moves the poll''s watermark with -CommitVariable only when told to' {
        Connect-Fake | Out-Null
        @(Get-PipesInbox -CommitVariable poll).Count | Should -Be 12
        $poll.Committed | Should -BeFalse
        @(Get-PipesInbox -CommitVariable poll).Count | Should -Be 12   # not committed: the same messages again
        $poll.Count | Should -Be 12
        $poll.Commit() | Should -BeTrue
        @(Get-PipesInbox).Count | Should -Be 0
        { Get-PipesInbox -Watch -CommitVariable poll } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.GetPipesInboxCommand'
    }

    It 'completes a held-back watermark with Complete-PipesWatermark, a damaged state.json being a Pipes error by its id' {
        Connect-Fake | Out-Null
        @(Get-PipesInbox -CommitVariable poll).Count | Should -Be 12
        Complete-PipesWatermark $poll -WhatIf
        $poll.Committed | Should -BeFalse
        @(Get-PipesInbox -CommitVariable poll).Count | Should -Be 12   # -WhatIf moved nothing
        $state = Join-Path $env:PIPES_CONFIG_DIR 'state.json'
        $kept = Get-Content -Raw -LiteralPath $state -ErrorAction SilentlyContinue
        Set-Content -LiteralPath $state -Value '{ "damaged'
        # Where $poll.Commit() is a MethodInvocationException whose id is the .NET type's name, the command gives the Pipes error.
        { Complete-PipesWatermark $poll -ErrorAction Stop } | Should -Throw -ErrorId 'Pipes.CorruptConfigFile,Pipes.PowerShell.Commands.CompletePipesWatermarkCommand'
        $poll.Committed | Should -BeFalse
        if ($kept) { Set-Content -LiteralPath $state -Value $kept -NoNewline } else { Remove-Item -LiteralPath $state }
        $done = Complete-PipesWatermark $poll -PassThru
        $done.Committed | Should -BeTrue
        $done.Count | Should -Be 12
        $done.psobject.TypeNames[0] | Should -Be 'Pipes.Integrations.PendingWatermark'
        @(Get-PipesInbox).Count | Should -Be 0
        { Complete-PipesWatermark 'inboxPull' -ErrorAction Stop } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.CompletePipesWatermarkCommand'
    }

    It 'stops Complete-PipesWatermark within a second of Ctrl+C while another process holds state.json, and moves nothing' {
        Connect-Fake | Out-Null
        $ps = [powershell]::Create()
        $held = $null
        try {
            $null = $ps.AddScript("`$env:PIPES_CONFIG_DIR = '$env:PIPES_CONFIG_DIR'; Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; `$null = Get-PipesInbox -CommitVariable poll; `$held = [IO.File]::Open((Join-Path `$env:PIPES_CONFIG_DIR 'state.json.lock'), 'OpenOrCreate', 'ReadWrite', 'None'); 'polled'; Complete-PipesWatermark `$poll")
            $run = Start-UntilOutput $ps
            Assert-StopsWithinASecond $ps $run.Async
            $held = $ps.Runspace.SessionStateProxy.GetVariable('held')
        }
        finally { if ($held) { $held.Dispose() }; $ps.Dispose() }
        @(Get-PipesInbox).Count | Should -Be 12   # not moved: the same messages again
    }

    It 'leaves the watermark where it was when the pipeline stops before every message is written' {
        Connect-Fake | Out-Null
        # The move came while the last batch still waited to be written: Select-Object -First 1 (or a failing command after
        # it) had the watermark past the eleven messages nobody received.
        @(Get-PipesInbox | Select-Object -First 1).Count | Should -Be 1
        { Get-PipesInbox | ForEach-Object { throw 'the store is down' } } | Should -Throw
        @(Get-PipesInbox).Count | Should -Be 12
        @(Get-PipesInbox).Count | Should -Be 0
        # A mistyped variable is $null: said as Pipes.InvalidInput, not as the binder's NullNotAllowed; a blank name is refused.
        { Complete-PipesWatermark $noSuchVariable -ErrorAction Stop } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.CompletePipesWatermarkCommand'
        { Get-PipesInbox -WatermarkName ' ' } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.GetPipesInboxCommand'
    }

    # A trial: a dry run of the nightly script ($WhatIfPreference = $true) moved the watermark, and the real run got nothing.
    It 'reads but moves no watermark under -WhatIf or $WhatIfPreference' {
        Connect-Fake | Out-Null
        @(Get-PipesInbox -WatermarkName dry -WhatIf).Count | Should -Be 12
        $WhatIfPreference = $true
        try { @(Get-PipesInbox -WatermarkName dry).Count | Should -Be 12 }
        finally { $WhatIfPreference = $false }
        @(Get-PipesInbox -WatermarkName dry).Count | Should -Be 12
        @(Get-PipesInbox -WatermarkName dry).Count | Should -Be 0
    }

    It 'keeps a named watermark apart from the unnamed one an admin polls at the prompt' {
        Connect-Fake | Out-Null
        @(Get-PipesInbox).Count | Should -Be 12
        # The task's first run under a name is a first poll of its own: the twelve the admin read too, and it says so.
        @(Get-PipesInbox -All -WatermarkName nightly -WarningVariable first -WarningAction SilentlyContinue).Count | Should -Be 12
        "$first" | Should -Match "The watermark 'nightly' is new: this poll starts as a first poll does \(every message\), not where the unnamed watermark stands"
        Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/inbox" -ContentType 'application/json' -Body (@{ subject = 'New reply'; body = @{ contentType = 'text'; content = 'yes please call me' }; from = @{ emailAddress = @{ name = 'Ann'; address = 'ann@example.com' } } } | ConvertTo-Json -Depth 5) | Out-Null
        # The admin's poll at the prompt takes nothing from the task.
        (Get-PipesInbox).Subject | Should -Be 'New reply'
        $task = @(Get-PipesInbox -All -WatermarkName nightly -CommitVariable pull)
        $task.Subject | Should -Be 'New reply'
        $pull.Key | Should -Be 'Outlook.Inbox.Watermark nightly'
        $pull.Commit() | Should -BeTrue
        @(Get-PipesInbox -WatermarkName nightly).Count | Should -Be 0
        { Get-PipesInbox -Since (Get-Date).AddDays(-1) -WatermarkName nightly } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.GetPipesInboxCommand'
        { Get-PipesInbox -Since (Get-Date).AddDays(-1) -FirstPollSince (Get-Date).AddDays(-2) } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.GetPipesInboxCommand'
        { Get-PipesInbox -FirstPollSince 'last month' -WatermarkName fresh } | Should -Throw -ExpectedMessage "-FirstPollSince 'last month' is not a date*"
        # A first poll from a time under a new name: the seeded replies from 2026-11-20 14:00 on (six) and the new one, oldest first; then nothing more.
        $fresh = @(Get-PipesInbox -All -WatermarkName fresh -FirstPollSince '2026-11-20T14:00:00Z')
        $fresh.Count | Should -Be 7
        $fresh[0].ReceivedDateTime | Should -Be ([DateTimeOffset]'2026-11-20T14:00:00Z')
        $fresh[-1].Subject | Should -Be 'New reply'
        @(Get-PipesInbox -All -WatermarkName fresh -FirstPollSince '2026-11-20T14:00:00Z').Count | Should -Be 0
    }

    It 'keeps polling with -Watch until the pipeline stops it' {
        Connect-Fake | Out-Null
        $watched = Get-PipesInbox -Watch | Select-Object -First 12
        $watched.Count | Should -Be 12
    }

    It 'with -Watch, a poll that fails is a non-terminating error and the next poll reads from the unmoved watermark' {
        # A trial: Graph's 503 past the retries on one poll ended the watch for good, a scheduled watcher silent until someone looked.
        Connect-Fake | Out-Null
        Set-PipesConfig Outlook.PollIntervalMinutes 1
        Set-PipesConfig Http.MaxRetries 0
        Add-PipesFakeFault $Fake @{ kind = 'Status'; statusCode = 503; pathPrefix = '/v1.0/me/mailFolders'; times = 1 }
        $ps = [powershell]::Create()
        $out = [System.Management.Automation.PSDataCollection[psobject]]::new()
        try {
            $null = $ps.AddScript("`$env:PIPES_CONFIG_DIR = '$env:PIPES_CONFIG_DIR'; Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; Get-PipesInbox -Watch -WatermarkName watcher")
            $run = $ps.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]::new(), $out)
            $deadline = [DateTime]::UtcNow.AddSeconds(100)
            while ($out.Count -lt 1 -and [DateTime]::UtcNow -lt $deadline -and -not $run.IsCompleted) { Start-Sleep -Milliseconds 200 }
            Start-Sleep -Seconds 2   # the rest of that poll
            $completed = $run.IsCompleted
            $ps.Stop()
            $completed | Should -BeFalse
            @($ps.Streams.Error | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] }) | Should -Be @('Pipes.Unavailable')
            $out.Count | Should -Be 12   # the second poll, a minute later, read every seeded message: the failed one moved nothing
        }
        finally { $ps.Dispose() }
    }

    It 'with -Since and -Watch, polls again from the newest message given: only what arrived since, and no watermark moved' {
        Connect-Fake | Out-Null
        Set-PipesConfig Outlook.PollIntervalMinutes 1
        $ps = [powershell]::Create()
        $out = [System.Management.Automation.PSDataCollection[psobject]]::new()
        try {
            $null = $ps.AddScript("Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; Get-PipesInbox -Since '2026-11-20T10:00:00Z' -Watch")
            $run = $ps.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]::new(), $out)
            # The first poll gives the 10 received since 10:00; a reply arrives before the next poll, a minute later.
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while ($out.Count -lt 10 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
            $out.Count | Should -Be 10
            Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/inbox" -ContentType 'application/json' -Body (@{ subject = 'Arrived while watching'; body = @{ contentType = 'text'; content = 'yes please call me' }; from = @{ emailAddress = @{ name = 'Ann'; address = 'ann@example.com' } } } | ConvertTo-Json -Depth 5) | Out-Null
            $deadline = [DateTime]::UtcNow.AddSeconds(90)
            while ($out.Count -lt 11 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 200 }
            Start-Sleep -Seconds 3   # the rest of that poll, were there any
            $ps.Stop()
            # Following the (absent) watermark, the second poll gave the new reply and the first poll's 10 again, and 2 older ones.
            @($out).Count | Should -Be 11
            $out[10].Subject | Should -Be 'Arrived while watching'
        }
        finally { $ps.Dispose() }
        @(Get-PipesInbox -All).Count | Should -Be 13   # no watermark moved: a poll still reads everything
    }

    It 'reads since a time, newest first, and binds into Get-PipesReplyClassification' {
        Connect-Fake | Out-Null
        $messages = Get-PipesInbox -Since '2026-11-20T10:00:00Z' -All
        $messages.Count | Should -Be 10
        ($messages | Get-PipesReplyClassification).Classification | Should -Be $messages.Classification
    }

    It '-Since reads text as the calendar commands do: refused where the session''s culture reads another date, or no date; a wall-clock time is this machine''s' {
        Connect-Fake | Out-Null
        # A time without an offset is the machine's clock, as [datetime] and Get-Date are.
        @(Get-PipesInbox -Since '2026-11-20 10:00' -All).Count | Should -Be @(Get-PipesInbox -Since ([datetime]'2026-11-20 10:00') -All).Count
        { Get-PipesInbox -Since 'yesterday' } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.GetPipesInboxCommand'
        $words = try { Get-PipesInbox -Since 'yesterday' } catch { $_ }
        "$words" | Should -Match "-Since 'yesterday' is not a date and time; write it as 2027-03-14T09:00 \(this machine's clock\).*\(Get-Date\)\.AddDays\(-1\)"
        { Get-PipesInbox -Since 42 } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.GetPipesInboxCommand'
        $before = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = 'de-DE'
            { Get-PipesInbox -Since '1.11.2026' } | Should -Throw -ExpectedMessage "*'1.11.2026' reads as 2026-01-11 00:00 as PowerShell reads dates (month first) but as 2026-11-01 00:00 in this session's culture (de-DE)*"
            @(Get-PipesInbox -Since '20.11.2026 10:00' -All).Count | Should -Be @(Get-PipesInbox -Since ([datetime]'2026-11-20 10:00') -All).Count
            [cultureinfo]::CurrentCulture = 'en-US'
            # .NET reads 'Nov 20 10am' as 2010-11-20 00:00 (the 10 taken for the year): the date and the time are read apart.
            @(Get-PipesInbox -Since 'Nov 20 2026 10am' -All).Count | Should -Be @(Get-PipesInbox -Since ([datetime]'2026-11-20 10:00') -All).Count
            # Dots are written day first; read month first by PowerShell and en-US alike, it is refused, not guessed.
            { Get-PipesInbox -Since '1.11.2026' } | Should -Throw -ExpectedMessage "*'1.11.2026' is written with dots, as dates are written day first, but reads as 2026-01-11 00:00*(en-US)*"
        } finally { [cultureinfo]::CurrentCulture = $before }
        # None of the refusals read anything: every GET was one of the reads above (three folders each, six reads).
        @(Get-PipesFakeRequest $Fake | Where-Object { $_.path -like '*/messages' -and $_.method -eq 'GET' }).Count | Should -Be 18
    }

    It 'reads a reply archived before the poll once, and junk, each with its folder; one read and then archived is not read again' {
        Connect-Fake | Out-Null
        $first = @(Get-PipesInbox)
        $first.Count | Should -Be 12
        ($first.Folder | Sort-Object -Unique) | Should -Be 'Inbox'
        function Send-Fake($folder, $subject) {
            (Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/folders/$folder/messages" -ContentType 'application/json' -Body (@{
                subject = $subject; body = @{ contentType = 'text'; content = 'Yes, I am interested. Call me.' }; from = @{ emailAddress = @{ address = 'ann@example.com' } } } | ConvertTo-Json -Depth 5)).id
        }
        $archived = Send-Fake inbox 'RE: Section 9'
        Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/messages/$archived/move" -ContentType 'application/json' -Body '{ "destination": "archive" }' | Out-Null
        Send-Fake junkemail 'RE: Section 10' | Out-Null
        # The newest read the first time is swiped to Archive after it was read: not read again.
        Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/messages/$($first[0].Id)/move" -ContentType 'application/json' -Body '{ "destination": "archive" }' | Out-Null
        $second = @(Get-PipesInbox)
        $second | ForEach-Object { "$($_.Subject) in $($_.Folder)" } | Sort-Object | Should -Be @('RE: Section 10 in Junk Email', 'RE: Section 9 in Archive')
        $second.Classification | Should -Be @('Interested', 'Interested')
        @(Get-PipesInbox).Count | Should -Be 0
    }

    It 'answers a piped message''s sender (its Reply-To first), never our own mailbox, and not a sender who opted out' {
        Connect-Fake | Out-Null
        function Send-Fake($from, $content, $replyTo) {
            $message = @{ subject = 'RE: Section 9'; receivedDateTime = '2027-01-05T10:00:00Z'; body = @{ contentType = 'text'; content = $content }
                from = @{ emailAddress = @{ name = 'Ann Poe'; address = $from } }
                toRecipients = @(@{ emailAddress = @{ address = 'landman@permianpipes.com' } }, @{ emailAddress = @{ address = 'bo@example.com' } }) }
            if ($replyTo) { $message.replyTo = @(@{ emailAddress = @{ address = $replyTo } }) }
            Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/folders/inbox/messages" -ContentType 'application/json' -Body ($message | ConvertTo-Json -Depth 5) | Out-Null
        }
        Send-Fake 'ann@example.com' 'Yes, I am interested. Call me.'
        Send-Fake 'cy@example.com' 'Interested. Please write to my office address.' 'cy.office@example.com'
        Send-Fake 'di@example.com' 'Remove me from your list.'
        $messages = @(Get-PipesInbox -Since '2027-01-01T00:00:00Z' -All | Sort-Object FromAddress)
        $messages[0].ToRecipients | Should -Be 'landman@permianpipes.com; bo@example.com'
        $messages.Email | Should -Be @('ann@example.com', 'cy.office@example.com', 'di@example.com')
        $results = $messages | Send-PipesMail -Subject '{Subject}' -Body 'Thank you, {FromName}.' -ErrorVariable failed -ErrorAction SilentlyContinue
        @($results).Count | Should -Be 2
        @(Get-Sent) | ForEach-Object { $_.toRecipients | ForEach-Object { $_.emailAddress.address } } | Should -Be @('ann@example.com', 'cy.office@example.com')
        $failed.FullyQualifiedErrorId | Should -Be 'Pipes.InvalidRecipient,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
        "$failed" | Should -Match 'di@example\.com> asked not to be written to \(All: "Remove me from your list"\)'
        # The same messages after Select-Object, and read back from a CSV (the nightly's replies file): the opt-out still holds.
        $selected = $messages | Select-Object Email, From, Subject, FromName, OptOut, Classification
        $csv = Join-Path $TestDrive 'replies.csv'
        $messages | Select-Object Email, FromAddress, Subject, FromName, @{ n = 'OptOut'; e = { "$($_.OptOut)" } }, @{ n = 'Classification'; e = { "$($_.Classification)" } } | Export-Csv $csv
        foreach ($rows in $selected, (Import-Csv $csv)) {
            $again = @($rows | Send-PipesMail -Subject '{Subject}' -Body 'Thank you, {FromName}.' -WhatIf -ErrorVariable refusedAgain -ErrorAction SilentlyContinue 6> $null)
            $refusedAgain.FullyQualifiedErrorId | Should -Be 'Pipes.InvalidRecipient,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
            "$refusedAgain" | Should -Match 'di@example\.com>?(''s request not to be written to| asked not to be written to \(OptOut All: "Remove me from your list"\))'
        }
        # Text a store may hold: only nothing, a no alone, or calls alone lets a message go.
        $texts = '', 'False', 'Calls: "stop calling"', 'Calls: "x"; Email: "y"', 'No: "remove me"', 'yes', 'Email: "unsubscribe"'
        $rows = $texts | ForEach-Object { [pscustomobject]@{ Email = 'p@example.com'; Subject = 'x'; OptOut = $_ } }
        $null = $rows | Send-PipesMail -Subject s -Body b -WhatIf -ErrorVariable textRefused -ErrorAction SilentlyContinue 6> $null
        @($textRefused | ForEach-Object { [regex]::Match("$_", "OptOut, '(.*)', is read").Groups[1].Value }) | Should -Be @('Calls: "x"; Email: "y"', 'No: "remove me"', 'yes', 'Email: "unsubscribe"')
        # Nor invited to a meeting; and a bounce's sender is its mail server, no one to write to or invite.
        Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/folders/inbox/messages" -ContentType 'application/json' -Body (@{ subject = 'Undeliverable: Section 9'; receivedDateTime = '2027-01-05T11:00:00Z'
            body = @{ contentType = 'text'; content = 'Delivery has failed to these recipients: ed@example.com. 550 5.1.1 User unknown' }; from = @{ emailAddress = @{ address = 'postmaster@example.net' } } } | ConvertTo-Json -Depth 5) | Out-Null
        $all = @(Get-PipesInbox -Since '2027-01-01T00:00:00Z' -All)
        $all | New-PipesEvent -Subject 'Call' -Start '2027-03-15 10:00' -TimeZone UTC -WhatIf -ErrorVariable refusedEvents -ErrorAction SilentlyContinue
        $refusedEvents.FullyQualifiedErrorId | Should -Be (@('Pipes.InvalidRecipient,Pipes.PowerShell.Commands.Outlook.NewPipesEventCommand') * 2)
        "$refusedEvents" | Should -Match 'is a bounce: its sender, postmaster@example\.net, is a mail server'
        $all | Select-Object Email, From, Subject, Classification | New-PipesEvent -Subject 'Call' -Start '2027-03-15 10:00' -TimeZone UTC -WhatIf -ErrorVariable refusedSelected -ErrorAction SilentlyContinue
        "$refusedSelected" | Should -Match 'is a bounce \(Classification Bounce\): its sender \(.*postmaster@example\.net>?\) is the mail server that reported it'
    }

    It 'reads only the Inbox with -Folder Inbox, and fails with Pipes.NotFound naming a folder the mailbox lacks, before anything is read' {
        Connect-Fake | Out-Null
        Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/folders/archive/messages" -ContentType 'application/json' -Body (@{ subject = 'Archived'; receivedDateTime = '2026-11-21T00:00:00Z'; body = @{ contentType = 'text'; content = 'yes' } } | ConvertTo-Json -Depth 5) | Out-Null
        $inbox = @(Get-PipesInbox -Folder Inbox -Since '2026-11-20T00:00:00Z' -All)
        $inbox.Count | Should -Be 12
        $inbox.Subject | Should -Not -Contain 'Archived'
        (Get-PipesInbox -Folder 'Junk Email', archive -Since '2026-11-20T00:00:00Z').Subject | Should -Be 'Archived'
        { Get-PipesInbox -Folder Inbox, 'Inbox/Prospects' } | Should -Throw -ErrorId 'Pipes.NotFound,Pipes.PowerShell.Commands.Outlook.GetPipesInboxCommand'
        $Error[0].Exception.Message | Should -Match "no folder 'Inbox/Prospects' \(named in -Folder\)\. Nothing was read\."
        $Error[0].TargetObject | Should -Be 'Inbox/Prospects'
        @(Get-PipesFakeRequest $Fake | Where-Object { $_.path -like '*/messages' -and $_.method -eq 'GET' }).Count | Should -Be 3   # the -Since reads' three folders only
        @(Get-PipesInbox).Count | Should -Be 13   # the failed poll moved no watermark: the first poll reads all
    }

    It 'writes a message''s headers to CSV as names and values, and still binds them to Get-PipesReplyClassification' {
        Connect-Fake | Out-Null
        Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/folders/inbox/messages" -ContentType 'application/json' -Body (@{
            subject = 'Automatic reply: Section 9'; receivedDateTime = '2027-02-01T10:00:00Z'; body = @{ contentType = 'text'; content = 'I am out of the office until Monday.' }
            internetMessageHeaders = @(@{ name = 'Auto-Submitted'; value = 'auto-replied' }, @{ name = 'X-Auto-Response-Suppress'; value = 'All' }) } | ConvertTo-Json -Depth 5) | Out-Null
        $message = Get-PipesInbox -Since '2027-01-31T00:00:00Z' -All
        $csv = Join-Path $TestDrive 'inbox.csv'
        $message | Export-Csv $csv
        (Import-Csv $csv).Headers | Should -Be 'Auto-Submitted: auto-replied; X-Auto-Response-Suppress: All'
        $message.Headers['auto-submitted'] | Should -Be 'auto-replied'
        ($message | Get-PipesReplyClassification).Classification | Should -Be 'OutOfOffice'
    }

    It 'completes -Folder with the folders every mailbox has, as Outlook names them' {
        $line = 'Get-PipesInbox -Folder Ju'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be "'Junk Email'"
        $line = 'Get-PipesInbox -Folder Inbox, Ar'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be 'Archive'
    }

    It 'leaves out a folder of the default the mailbox lacks, saying so with -Verbose, and reads a folder the setting names' {
        Connect-Fake | Out-Null
        Invoke-RestMethod -Method Delete "$($Fake.BaseUrl)/_fake/graph/folders/archive" | Out-Null   # no Archive until the first archive
        $verbose = Get-PipesInbox -Verbose 4>&1 | Where-Object { $_ -is [Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match 'has no Archive folder; it is left out of this poll'
        $leads = Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/folders" -ContentType 'application/json' -Body '{ "displayName": "Leads" }'
        Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/_fake/graph/folders/$([uri]::EscapeDataString($leads.id))/messages" -ContentType 'application/json' -Body (@{ subject = 'Filed by a rule'; body = @{ contentType = 'text'; content = 'Not interested.' } } | ConvertTo-Json -Depth 5) | Out-Null
        Set-PipesConfig Outlook.InboxFolders Inbox, Leads
        (Get-PipesConfig Outlook.InboxFolders).Value | Should -Be 'Inbox; Leads'
        $read = Get-PipesInbox -WarningVariable dropped -WarningAction SilentlyContinue
        "$dropped" | Should -Match 'last covered Junk Email too'   # the setting no longer names it
        $read.Folder | Should -Be 'Leads'
        $read.Classification | Should -Be 'NotInterested'
        Set-PipesConfig Outlook.InboxFolders 'Inbox; Archive'   # named, not the default: a folder it lacks is an error
        { Get-PipesInbox } | Should -Throw -ErrorId 'Pipes.NotFound,Pipes.PowerShell.Commands.Outlook.GetPipesInboxCommand'
        $Error[0].Exception.Message | Should -Match "no folder 'Archive' \(named in Outlook.InboxFolders\)"
        { Set-PipesConfig Outlook.InboxFolders 'Inbox; /' } | Should -Throw -ErrorId 'Pipes.InvalidSetting,Pipes.PowerShell.Commands.SetPipesConfigCommand'
    }

    It 'warns when a poll of fewer folders moves the watermark past what reached the others' {
        Connect-Fake | Out-Null
        @(Get-PipesInbox).Count | Should -Be 12
        $null = Get-PipesInbox -Folder Inbox -WarningVariable narrowed -WarningAction SilentlyContinue
        "$narrowed" | Should -Match 'last covered Archive and Junk Email too.*-WatermarkName'
        $null = Get-PipesInbox -Folder Inbox -WatermarkName prompt -WarningVariable own -WarningAction SilentlyContinue
        "$own" | Should -Not -Match 'last covered'   # a name used for the first time has covered nothing yet
        "$own" | Should -Match "The watermark 'prompt' is new"
    }

    It 'fails with Pipes.AuthenticationRequired when the token has expired' {
        Connect-Fake | Out-Null
        Set-PipesSecret Outlook.AccessToken (ConvertTo-SecureString $Expired -AsPlainText -Force)
        { Get-PipesInbox } | Should -Throw -ErrorId 'Pipes.AuthenticationRequired,Pipes.PowerShell.Commands.Outlook.GetPipesInboxCommand'
        { Send-PipesMail -To a@example.com -Subject S -Body B } | Should -Throw -ErrorId 'Pipes.AuthenticationRequired,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
    }

    It 'signs in as an Entra app over https and sends as the mailbox' {
        Set-PipesConfig Outlook.GraphBaseUrl "$($Fake.HttpsUrl)/v1.0"
        Set-PipesConfig Outlook.AuthorityHost $Fake.HttpsUrl
        $connection = Connect-PipesOutlook -TenantId contoso.onmicrosoft.com -ClientId 11111111-2222-3333-4444-555555555555 `
            -ClientSecret (ConvertTo-SecureString 'fake-client-secret-0123456789' -AsPlainText -Force) -Mailbox outreach@contoso.com
        $connection.Mode | Should -Be 'AppOnly'
        $connection.Mailbox | Should -Be 'outreach@contoso.com'
        (Send-PipesMail -To a@example.com -Subject 'As the app' -Body 'x').Sent | Should -BeTrue
        $requests = Get-PipesFakeRequest $Fake
        @($requests | Where-Object path -eq '/contoso.onmicrosoft.com/oauth2/v2.0/token').Count | Should -Be 1
        @($requests | Where-Object { $_.path -like '/v1.0/users/outreach*contoso.com/messages' }).Count | Should -Be 1
        (Get-Item (Join-Path $env:PIPES_CONFIG_DIR 'msal-app-cache.bin')).UnixMode | Should -Be '-rw-------'
    }

    It 'refuses a wrong client secret with Pipes.AuthenticationFailed, never showing it' {
        Set-PipesConfig Outlook.GraphBaseUrl "$($Fake.HttpsUrl)/v1.0"
        Set-PipesConfig Outlook.AuthorityHost $Fake.HttpsUrl
        $thrown = { Connect-PipesOutlook -TenantId contoso.onmicrosoft.com -ClientId 11111111-2222-3333-4444-555555555555 `
            -ClientSecret (ConvertTo-SecureString 'wrong-secret-456789' -AsPlainText -Force) -Mailbox outreach@contoso.com } |
            Should -Throw -ErrorId 'Pipes.AuthenticationFailed,Pipes.PowerShell.Commands.Outlook.ConnectPipesOutlookCommand' -PassThru
        "$thrown $($thrown.ErrorDetails)" | Should -Not -Match 'wrong-secret'
        "$thrown" | Should -Match '^Microsoft Entra did not accept the sign-in: '
        # Entra unreachable: said so, with the setting that names it (a trial: advised Outlook.GraphBaseUrl and Outlook.Mailbox).
        Set-PipesConfig Outlook.AuthorityHost 'https://127.0.0.1:1'
        $unreachable = { Connect-PipesOutlook -TenantId contoso.onmicrosoft.com -ClientId 11111111-2222-3333-4444-555555555555 `
            -ClientSecret (ConvertTo-SecureString 'wrong-secret-456789' -AsPlainText -Force) -Mailbox outreach@contoso.com } |
            Should -Throw -ErrorId 'Pipes.Unavailable,Pipes.PowerShell.Commands.Outlook.ConnectPipesOutlookCommand' -PassThru
        "$unreachable" | Should -Match '^The sign-in could not be made: Microsoft Entra could not be reached: .*\. '
        $unreachable.ErrorDetails.RecommendedAction | Should -Match 'Outlook\.AuthorityHost'
    }

    It 'keeps a working sign-in, its settings and secrets when a new connect fails' {
        Set-PipesConfig Outlook.GraphBaseUrl "$($Fake.HttpsUrl)/v1.0"
        Set-PipesConfig Outlook.AuthorityHost $Fake.HttpsUrl
        Connect-Fake | Out-Null
        Set-PipesConfig Outlook.Mailbox $null
        { Connect-PipesOutlook -TenantId contoso.onmicrosoft.com -ClientId 11111111-2222-3333-4444-555555555555 `
            -ClientSecret (ConvertTo-SecureString 'mistyped-secret-456789' -AsPlainText -Force) -Mailbox outreach@contoso.com } |
            Should -Throw -ErrorId 'Pipes.AuthenticationFailed,Pipes.PowerShell.Commands.Outlook.ConnectPipesOutlookCommand'
        (Get-PipesSecretInfo Outlook.AccessToken).IsSet | Should -BeTrue
        (Get-PipesSecretInfo Outlook.ClientSecret).IsSet | Should -BeFalse
        (Get-PipesConfig Outlook.TenantId).Value | Should -BeNullOrEmpty
        (Get-PipesConfig Outlook.Mailbox).Value | Should -BeNullOrEmpty
        { Connect-Fake $Expired } | Should -Throw -ErrorId 'Pipes.AuthenticationRequired,Pipes.PowerShell.Commands.Outlook.ConnectPipesOutlookCommand'
        (Send-PipesMail -To a@example.com -Subject 'Still signed in' -Body x -ErrorAction Stop).Sent | Should -BeTrue
    }

    It 'refuses a token with a line break inside it, storing nothing; drops one at its end' {
        { Connect-Fake "$Token`r`nsecond-line" } | Should -Throw -ErrorId 'Pipes.InvalidSecret,Pipes.PowerShell.Commands.Outlook.ConnectPipesOutlookCommand'
        (Get-PipesSecretInfo Outlook.AccessToken).IsSet | Should -BeFalse
        # As Get-Content -Raw reads a token file: the line end is not part of it.
        Connect-Fake "$Token`r`n" | Out-Null
        (Send-PipesMail -To a@example.com -Subject 'Read from a file' -Body x -ErrorAction Stop).Sent | Should -BeTrue
    }

    It 'signs a person in with a device code once, and later processes stay signed in' {
        Set-PipesConfig Outlook.GraphBaseUrl "$($Fake.HttpsUrl)/v1.0"
        Set-PipesConfig Outlook.AuthorityHost $Fake.HttpsUrl
        $connection = Connect-PipesOutlook -TenantId organizations -ClientId 11111111-2222-3333-4444-555555555555 -DeviceCode -WarningVariable shown -WarningAction SilentlyContinue
        $connection.Mode | Should -Be 'Delegated'
        "$shown" | Should -Match 'enter the code FAKE-CODE'
        $out = Invoke-FreshPwsh -Environment @{ PIPES_CONFIG_DIR = $env:PIPES_CONFIG_DIR } -Script "Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; (Send-PipesMail -To a@example.com -Subject 'Later session' -Body x).Sent"
        $out | Select-Object -Last 1 | Should -Be 'True'
        Disconnect-PipesOutlook
        { Send-PipesMail -To a@example.com -Subject S -Body B } | Should -Throw -ErrorId 'Pipes.AuthenticationRequired,Pipes.PowerShell.Commands.Outlook.SendPipesMailCommand'
    }

    It 'names what an incomplete app-only sign-in lacks' {
        Set-PipesConfig Outlook.TenantId contoso.onmicrosoft.com
        $status = Test-PipesIntegration Outlook
        $status.IsConfigured | Should -BeFalse
        $status.Missing | Should -Be @('Outlook.ClientId', 'Outlook.ClientSecret', 'Outlook.Mailbox')
        (Get-Command Connect-PipesOutlook).ParameterSets.Name | Should -Be @('AccessToken', 'AppOnly', 'DeviceCode')
    }

    It 'forgets the sign-in on Disconnect-PipesOutlook' {
        Connect-Fake | Out-Null
        Disconnect-PipesOutlook
        (Test-PipesIntegration Outlook).IsConfigured | Should -BeFalse
    }
}

Describe 'Outlook errors say what Graph said (issue 17)' {
    BeforeEach {
        $env:PIPES_CONFIG_DIR = Join-Path $TestDrive ([guid]::NewGuid())
        Reset-PipesFake $Fake
    }

    It 'blames the URL, not the token, when Graph answers 404 to a base URL without /v1.0' {
        Set-PipesConfig Outlook.GraphBaseUrl $Fake.BaseUrl
        { Connect-Fake } | Should -Throw
        $err = $Error[0]
        $err.Exception.Message | Should -Match '404'
        $err.Exception.Message | Should -Not -Match 'token'
        $err.ErrorDetails.RecommendedAction | Should -Match '/v1.0'
        $err.CategoryInfo.Category | Should -Not -Be 'AuthenticationError'
        $status = Test-PipesIntegration Outlook
        $status.Message | Should -Not -Match 'expired|revoked|token'
    }

    It 'blames the token only on 401' {
        Set-PipesConfig Outlook.GraphBaseUrl "$($Fake.BaseUrl)/v1.0"
        { Connect-Fake $Expired } | Should -Throw
        $Error[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $Error[0].Exception.Message | Should -Match 'sign-in|token'
    }
}

Describe 'Get-PipesInbox | Format-List (issue 18)' {
    It 'shows the reply classification as words, not a list''s type name' {
        $env:PIPES_CONFIG_DIR = Join-Path $TestDrive ([guid]::NewGuid())
        Reset-PipesFake $Fake
        Set-PipesConfig Outlook.GraphBaseUrl "$($Fake.BaseUrl)/v1.0"
        Connect-Fake | Out-Null
        $text = Get-PipesInbox -Limit 1 | Format-List | Out-String -Width 300
        $text | Should -Not -Match 'System\.Collections|List`1'
        $text | Should -Match 'Reply\s+:\s+(Interested|NotInterested|Referral|OutOfOffice|Bounce|Unknown) \('
    }

    It 'marks the messages whose sender asked not to be contacted (OptOut), and not those that only decline' {
        $env:PIPES_CONFIG_DIR = Join-Path $TestDrive ([guid]::NewGuid())
        Reset-PipesFake $Fake
        Set-PipesConfig Outlook.GraphBaseUrl "$($Fake.BaseUrl)/v1.0"
        Connect-Fake | Out-Null
        # The seeded inbox: a third of its replies say "Not interested. Please remove me from your list." above our quoted "Reply STOP to unsubscribe".
        $all = @(Get-PipesInbox -All -Since ([DateTimeOffset]::UnixEpoch))
        $marked = @($all | Where-Object OptOut)
        $marked.Count | Should -BeGreaterThan 0
        $marked.Count | Should -BeLessThan $all.Count
        $marked | ForEach-Object { "$($_.OptOut)" } | Select-Object -Unique | Should -Be 'All: "Please remove me from your list"'
        $all | Out-String -Width 120 | Should -Match 'Classification\s+OptOut\s+Subject'
    }
}
