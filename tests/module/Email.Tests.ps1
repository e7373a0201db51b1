# Import-PipesEmail as a user drives it, on generated realistic Outlook exports.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    Import-Module (Join-Path (Get-RepoRoot) 'out/Pipes') -Force
    $env:PIPES_CONFIG_DIR = Join-Path $TestDrive 'config'
    Add-TestDataType tests/data/OutlookExportWriter.cs
    $script:Me = [OutlookExportWriter]::Me
    $script:ProspectData = [OutlookExportWriter]::Prospects(40)
    $script:Export = Join-Path $TestDrive 'inbox.csv'
    $script:Truth = [OutlookExportWriter]::Write($Export, $ProspectData, 200, $true, 6, 11)
    # Prospects as a user has them: records from Import-PipesFile.
    $contacts = Join-Path $TestDrive 'prospects.csv'
    $ProspectData | ForEach-Object { [pscustomobject]@{ 'Full Name' = $_.Name; Email = $_.Email.ToUpper() } } | Export-Csv $contacts
    $script:Prospects = Import-PipesFile $contacts
}

Describe 'Import-PipesEmail' {
    It 'emits one activity per prospect and message, with direction' {
        $activities = Import-PipesEmail $Export -Prospect $Prospects -MyAddress $Me
        $expected = ($Truth | ForEach-Object { $_.Prospects.Count } | Measure-Object -Sum).Sum
        $activities.Count | Should -Be $expected
        ($activities | Where-Object Direction -eq Sent).Count | Should -Be (($Truth | Where-Object Sent | ForEach-Object { $_.Prospects.Count }) | Measure-Object -Sum).Sum
        $activities[0].Prospect.FullName | Should -Not -BeNullOrEmpty
        $activities[0].Prospect.Email | Should -Be $activities[0].Prospect.Email.ToLower()
    }

    It 'takes the prospects from the pipeline, all of them before the export is read' {
        # A trial: "Import-PipesFile leads.csv | Import-PipesEmail sent.csv" prompted for -Prospect (and failed so in a task).
        $given = (Import-PipesEmail $Export -Prospect $Prospects -MyAddress $Me).Id
        $piped = @($Prospects | Import-PipesEmail $Export -MyAddress $Me).Id
        $piped.Count | Should -BeGreaterThan 0
        $piped | Should -Be $given
        # Straight from the importer, as a prompt user writes it; and a file piped with -Prospect given binds as before.
        $contacts = Join-Path $TestDrive 'prospects.csv'
        @(Import-PipesFile $contacts | Import-PipesEmail $Export -MyAddress $Me).Id | Should -Be $given
        @(Get-Item $Export | Import-PipesEmail -Prospect $Prospects -MyAddress $Me).Id | Should -Be $given
        # Exports piped without -Prospect are no prospects (a review: each became one, and only the last file was read).
        { Get-Item $Export | Import-PipesEmail -MyAddress $Me -IncludeUnmatched } | Should -Throw -ErrorId 'Pipes.InvalidInput,*' -ExpectedMessage '*not a prospect*'
        { $Export | Import-PipesEmail -MyAddress $Me } | Should -Throw -ErrorId 'Pipes.InvalidInput,*'
    }

    It 'gives the same ids on a second import' {
        $first = (Import-PipesEmail $Export -Prospect $Prospects -MyAddress $Me).Id
        $second = (Import-PipesEmail $Export -Prospect $Prospects -MyAddress $Me).Id
        $second | Should -Be $first
    }

    It 'gives the same ids for dates without an offset in any time zone' {
        $file = Join-Path $TestDrive 'tz.csv'
        Set-Content $file -Value 'Subject,Body,From: (Address),To: (Address),Received', 'a,b,ann@x.com,me@x.com,3/13/2026 2:05 PM', 'b,b,ann@x.com,me@x.com,2026-03-04T14:05:00Z'
        $script = Join-Path $TestDrive 'tz.ps1'
        Set-Content $script "Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; (Import-PipesEmail '$file' -Prospect ([pscustomobject]@{ Email = 'ann@x.com' }) -MyAddress me@x.com).Id -join ','"
        $pwsh = Get-PwshCommand
        $ids = foreach ($zone in 'UTC', 'America/Chicago', 'Asia/Tokyo') {
            $start = [System.Diagnostics.ProcessStartInfo]::new($pwsh[0])
            foreach ($a in @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $script)) { $start.ArgumentList.Add($a) }
            $start.Environment['TZ'] = $zone
            $start.Environment['PIPES_CONFIG_DIR'] = $env:PIPES_CONFIG_DIR
            $start.RedirectStandardOutput = $true; $start.UseShellExecute = $false
            $process = [System.Diagnostics.Process]::Start($start)
            $out = $process.StandardOutput.ReadToEnd().Trim()
            $process.WaitForExit(120000) | Should -BeTrue
            $out
        }
        $ids[0] | Should -Match '^\w{32},\w{32}$'
        $ids | Select-Object -Unique | Should -HaveCount 1
    }

    It 'reads dates without an offset in -TimeZone, else the Outlook.TimeZone setting, and refuses an unknown zone before reading' {
        $file = Join-Path $TestDrive 'houston.csv'
        Set-Content $file -Value 'Subject,Body,From: (Address),To: (Address),Received', 'a,b,ann@x.com,me@x.com,3/13/2026 2:05 PM', 'b,b,ann@x.com,me@x.com,2026-03-04T14:05:00Z'
        $ann = [pscustomobject]@{ Email = 'ann@x.com' }
        try {
            Set-PipesConfig Outlook.TimeZone America/Chicago
            $set = Import-PipesEmail $file -Prospect $ann -MyAddress me@x.com
            $set[0].Date | Should -Be ([DateTimeOffset]'2026-03-13T14:05:00-05:00')
            $set[0].Date.Offset | Should -Be ([TimeSpan]::FromHours(-5))
            $set[1].Date.Offset | Should -Be ([TimeSpan]::Zero)
            $given = Import-PipesEmail $file -Prospect $ann -MyAddress me@x.com -TimeZone 'Tokyo Standard Time'
            $given[0].Date.Offset | Should -Be ([TimeSpan]::FromHours(9))
            $given.Id | Should -Be $set.Id

            $script:emitted = @()
            { $script:emitted = @(Import-PipesEmail $file -Prospect $ann -MyAddress me@x.com -TimeZone 'Mars/Olympus') } |
                Should -Throw -ErrorId 'Pipes.UnknownTimeZone,*' -ExpectedMessage '*Mars/Olympus*Nothing was read.'
            $script:emitted | Should -BeNullOrEmpty
            # An empty -TimeZone (a variable that is not set) is refused, not read as "not given".
            { Import-PipesEmail $file -Prospect $ann -MyAddress me@x.com -TimeZone $unsetVariable } | Should -Throw -ErrorId 'Pipes.InvalidInput,*' -ExpectedMessage '-TimeZone is empty*'
            # A zone edited into settings.json by hand is refused as the setting it is, when it is needed; a zone given is used.
            Set-Content (Join-Path $env:PIPES_CONFIG_DIR 'settings.json') '{ "Outlook.TimeZone": "Mars/Olympus" }'
            { Import-PipesEmail $file -Prospect $ann -MyAddress me@x.com } | Should -Throw -ErrorId 'Pipes.InvalidSetting,*' -ExpectedMessage "*'Outlook.TimeZone'*Mars/Olympus*"
            (Import-PipesEmail $file -Prospect $ann -MyAddress me@x.com -TimeZone America/Chicago)[0].Date.Offset | Should -Be ([TimeSpan]::FromHours(-5))
        }
        finally { Set-PipesConfig Outlook.TimeZone $null }
    }

    It 'finds the history of a contact whose addresses Import-PipesFile withheld (opted out, "(do not email)")' {
        $list = Join-Path $TestDrive 'optout.csv'
        Set-Content $list -Value 'Name,Email,Email Opt Out', 'Jo Smith,jo@x.com,true', 'Pam Whitfield,pam@y.com (unsubscribed),', 'Al Roe,al@z.com,'
        $contacts = Import-PipesFile $list -WarningAction SilentlyContinue
        $contacts.Email | Should -Be @($null, $null, 'al@z.com')
        $export = Join-Path $TestDrive 'optout-inbox.csv'
        Set-Content $export -Value 'Subject,Body,From: (Address),To: (Address)', 'Please remove me,b,jo@x.com,me@x.com', 'Stop,b,pam@y.com,me@x.com', 'Offer,b,me@x.com,al@z.com'
        $activities = Import-PipesEmail $export -Prospect $contacts -MyAddress me@x.com
        $activities | ForEach-Object { $_.Prospect.FullName } | Should -Be 'Jo Smith', 'Pam Whitfield', 'Al Roe'
        $activities[0].MatchedAddress | Should -Be 'jo@x.com'
    }

    It 'writes its summary to the information stream' {
        $null = Import-PipesEmail $Export -Prospect $Prospects -MyAddress $Me -InformationVariable info
        "$info" | Should -Match '200 messages read'
        "$info" | Should -Match 'matched no prospect'
        "$info" | Should -Match 'X\.500'
    }

    It 'takes the mailbox setting as my address' {
        Set-PipesConfig Outlook.Mailbox $Me
        (Import-PipesEmail $Export -Prospect $Prospects | Where-Object Direction -eq Sent) | Should -Not -BeNullOrEmpty
        Set-PipesConfig Outlook.Mailbox $null
    }

    It 'refuses an empty -MyAddress, which would drop the mailbox setting, with Pipes.InvalidInput before reading' {
        Set-PipesConfig Outlook.Mailbox $Me
        try {
            foreach ($given in @(, @('')), @(, @('   ')), @(, @($Me, '')), @(, @())) {
                $script:out = @()
                $e = { $script:out = @(Import-PipesEmail $Export -Prospect $Prospects -MyAddress $given[0] -WarningAction SilentlyContinue) } |
                    Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Import.ImportPipesEmailCommand' -PassThru
                $out | Should -BeNullOrEmpty
                "$e" | Should -Match '^-MyAddress (is|holds) .*Nothing was read\.$'
            }
            # A value that names no address is still only passed over, with warnings that every message is Received.
            $null = Import-PipesEmail $Export -Prospect $Prospects -MyAddress 'Lee Landman' -WarningVariable w -WarningAction SilentlyContinue
            "$w" | Should -Match 'every message with a sender is counted as Received'
        }
        finally {
            Set-PipesConfig Outlook.Mailbox $null
        }
    }

    It 'warns that everything is Received when it does not know my address' {
        $null = Import-PipesEmail $Export -Prospect $Prospects -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -Match 'Outlook.Mailbox'
    }

    It 'matches prospects with several addresses and contact-method lists' {
        $file = Join-Path $TestDrive 'two.csv'
        Set-Content $file -Value @(
            'Subject,Body,From: (Name),From: (Address),From: (Type),To: (Name),To: (Address),To: (Type)'
            'One,Hello,Ann,ann@work.com,SMTP,Me,me@x.com,SMTP'
            'Two,Hello,Ann,ann@home.com,SMTP,Me,me@x.com,SMTP'
            'Three,Hello,Bo,bo@x.com,SMTP,Me,me@x.com,SMTP'
        )
        $ann = [pscustomobject]@{ Name = 'Ann'; Emails = @('ann@work.com', 'ann@home.com') }
        $bo = [pscustomobject]@{ Name = 'Bo'; ContactMethods = @([pscustomobject]@{ Type = 'phone'; Value = '7135551234' }, [pscustomobject]@{ Type = 'email'; Value = 'BO@X.COM' }) }
        $a = Import-PipesEmail $file -Prospect $ann, $bo -MyAddress me@x.com
        $a.Subject | Should -Be @('One', 'Two', 'Three')
        $a[2].Prospect.Name | Should -Be 'Bo'
    }

    It "reads 'Name <address>' in cells, in -MyAddress and in a prospect's Email" {
        $file = Join-Path $TestDrive 'nameaddr.csv'
        Set-Content $file -Value @(
            'Subject,Body,From,To'
            'offer,hi,"Lee Landman <lee@landco.com>","Bob Roe <bob@roe-ranch.net>, ""Cee, Carl"" <carl@cee.org>"'
        )
        $bob = [pscustomobject]@{ Name = 'Bob Roe'; Email = 'bob@roe-ranch.net' }
        $carl = [pscustomobject]@{ Name = 'Carl Cee'; Email = 'Carl Cee <carl@cee.org>' }
        $a = Import-PipesEmail $file -Prospect $bob, $carl -MyAddress 'Lee Landman <lee@landco.com>' -WarningVariable w
        $a.Prospect.Name | Should -Be 'Bob Roe', 'Carl Cee'
        $a.Direction | Should -Be 'Sent', 'Sent'
        $a[0].To | Should -Be 'Bob Roe <bob@roe-ranch.net>; "Cee, Carl" <carl@cee.org>'
        $w | Should -BeNullOrEmpty
        $null = Import-PipesEmail $file -Prospect $bob -MyAddress 'Lee Landman' -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -Match "-MyAddress 'Lee Landman' holds no email address"
    }

    It 'reads numeric dates in the order the file shows, and -DateOrder settles a file that cannot tell' {
        $header = 'Subject,Body,From: (Address),To: (Address),Received'
        $uk = Join-Path $TestDrive 'uk.csv'
        Set-Content $uk -Value $header, 'a,b,ann@x.com,me@x.com,04/03/2026 14:05', 'b,b,ann@x.com,me@x.com,13/03/2026 09:00', 'c,b,ann@x.com,me@x.com,not a date'
        $ann = [pscustomobject]@{ Name = 'Ann'; Email = 'ann@x.com' }
        $a = Import-PipesEmail $uk -Prospect $ann -MyAddress me@x.com -WarningVariable w -WarningAction SilentlyContinue -InformationVariable info
        $a[0].Date.ToString('yyyy-MM-dd') | Should -Be '2026-03-04'
        $a[2].Date | Should -BeNullOrEmpty
        "$w" | Should -Match 'not readable as a date.*row 4'
        "$info" | Should -Match '1 date could not be read'

        $amb = Join-Path $TestDrive 'amb.csv'
        Set-Content $amb -Value $header, 'a,b,ann@x.com,me@x.com,04/03/2026 14:05'
        $null = Import-PipesEmail $amb -Prospect $ann -MyAddress me@x.com -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -Match '-DateOrder'
        $a = Import-PipesEmail $amb -Prospect $ann -MyAddress me@x.com -DateOrder dayfirst -WarningVariable w
        $a.Date.ToString('yyyy-MM-dd') | Should -Be '2026-03-04'
        $w | Should -BeNullOrEmpty
        { Import-PipesEmail $amb -Prospect $ann -DateOrder YearFirst } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Pipes.PowerShell.Commands.Import.ImportPipesEmailCommand'
    }

    It 'says which row decided the order of dates that read either way, and which dates it turned' {
        $header = 'Subject,Body,From: (Address),To: (Address),Received'
        $ann = [pscustomobject]@{ Name = 'Ann'; Email = 'ann@x.com' }
        $file = Join-Path $TestDrive 'one-typo.csv'
        Set-Content $file -Value $header, 'a,b,ann@x.com,me@x.com,12/1/2026 9:00 AM', 'b,b,ann@x.com,me@x.com,11/2/2026 4:15 PM', 'c,b,ann@x.com,me@x.com,13/12/2026 08:30'
        $a = Import-PipesEmail $file -Prospect $ann -MyAddress me@x.com -WarningVariable w -WarningAction SilentlyContinue
        $a[0].Date.ToString('yyyy-MM-dd') | Should -Be '2026-01-12'
        "$w" | Should -Match "one-typo\.csv: its dates written with '/' were read day-first, as row 4's 13/12/2026 08:30 can only be read; so were 2 dates that read either way \(12/1/2026 9:00 AM as day-first\): rows 2, 3\. If row 4 is the odd one out, import again with -DateOrder MonthFirst\."
        $b = Import-PipesEmail $file -Prospect $ann -MyAddress me@x.com -DateOrder MonthFirst -WarningVariable w2 -WarningAction SilentlyContinue
        $b[0].Date.ToString('yyyy-MM-dd') | Should -Be '2026-12-01'
        "$w2" | Should -Not -Match 'were read day-first'
        # The other way round: a 24-hour file turned month-first by one 12-hour date.
        $other = Join-Path $TestDrive 'one-us-date.csv'
        Set-Content $other -Value $header, 'a,b,ann@x.com,me@x.com,04/03/2026 14:05', 'b,b,ann@x.com,me@x.com,3/13/2026 2:05 PM'
        $null = Import-PipesEmail $other -Prospect $ann -MyAddress me@x.com -WarningVariable w3 -WarningAction SilentlyContinue
        "$w3" | Should -Match "were read month-first, as row 3's 3/13/2026 2:05 PM can only be read; so was 1 date that reads either way \(04/03/2026 14:05 as month-first\): row 2\. If row 3 is the odd one out, import again with -DateOrder DayFirst\."
        # A date written as the others are decides in silence, as before.
        $uk = Join-Path $TestDrive 'uk-only.csv'
        Set-Content $uk -Value $header, 'a,b,ann@x.com,me@x.com,04/03/2026 14:05', 'b,b,ann@x.com,me@x.com,13/03/2026 09:00'
        $null = Import-PipesEmail $uk -Prospect $ann -MyAddress me@x.com -WarningVariable w4 -WarningAction SilentlyContinue
        $w4 | Should -BeNullOrEmpty
        # A byte-order mark is followed over -Encoding, and said, as Import-PipesFile says it.
        $marked = Join-Path $TestDrive 'marked-mail.csv'
        [IO.File]::WriteAllBytes($marked, [Text.Encoding]::Unicode.GetPreamble() + [Text.Encoding]::Unicode.GetBytes("$header`r`na,b,ann@x.com,me@x.com,2026-03-04 14:05`r`n"))
        $m = Import-PipesEmail $marked -Prospect $ann -MyAddress me@x.com -Encoding latin1 -WarningVariable w5 -WarningAction SilentlyContinue
        $m.Subject | Should -Be 'a'
        "$w5" | Should -Match 'marked-mail\.csv starts with a byte-order mark that says it is utf-16 \(BOM\): it was read so, and -Encoding iso-8859-1 was not used\.'
    }

    It 'reads each way of writing dates in its own order: dotted day-first beside Outlook''s month-first slashes, and says when the file cannot tell' {
        $header = 'Subject,Body,From: (Address),To: (Address),Received'
        $ann = [pscustomobject]@{ Name = 'Ann'; Email = 'ann@x.com' }
        $mixed = Join-Path $TestDrive 'mixed-dates.csv'
        Set-Content $mixed -Value $header, 'a,b,ann@x.com,me@x.com,Tue 1/20/2026 9:00 AM', 'b,b,ann@x.com,me@x.com,13.01.2026 09:30', 'c,b,ann@x.com,me@x.com,03.02.2026 10:00'
        $a = Import-PipesEmail $mixed -Prospect $ann -MyAddress me@x.com -WarningVariable w
        $a | ForEach-Object { $_.Date.ToString('yyyy-MM-dd HH:mm') } | Should -Be '2026-01-20 09:00', '2026-01-13 09:30', '2026-02-03 10:00'
        $w | Should -BeNullOrEmpty

        $dots = Join-Path $TestDrive 'dots.csv'
        Set-Content $dots -Value $header, 'a,b,ann@x.com,me@x.com,03.02.2026 10:00', 'b,b,ann@x.com,me@x.com,04.02.2026 10:00'
        $a = Import-PipesEmail $dots -Prospect $ann -MyAddress me@x.com -WarningVariable w -WarningAction SilentlyContinue
        $a | ForEach-Object { $_.Date.ToString('yyyy-MM-dd') } | Should -Be '2026-02-03', '2026-02-04'
        "$w" | Should -Match 'rows 2, 3\. They were read day-first.*-DateOrder MonthFirst'
    }

    It 'says how to pass my X.500 address when a Sent Items export is from it' {
        $dn = '/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=ABC-LEE'
        $file = Join-Path $TestDrive 'sent-x500.csv'
        Set-Content $file -Value 'Subject,Body,From: (Name),From: (Address),From: (Type),To: (Address)', "Offer,b,Lee Landman,$dn,EX,ann@x.com"
        $ann = [pscustomobject]@{ Name = 'Ann'; Email = 'ann@x.com' }
        $a = Import-PipesEmail $file -Prospect $ann -MyAddress lee@landco.com -WarningVariable w -WarningAction SilentlyContinue
        $a.Direction | Should -Be 'Received'
        "$w" | Should -BeLike "*-MyAddress 'lee@landco.com', '$dn'*"
        $a = Import-PipesEmail $file -Prospect $ann -MyAddress lee@landco.com, $dn -WarningVariable w
        $a.Direction | Should -Be 'Sent'
        $w | Should -BeNullOrEmpty
    }

    It 'treats my own row in the contact list as me: no activity, not even by my X.500 display name, and a warning names it' {
        $dn = '/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=ABC-LEE'
        $file = Join-Path $TestDrive 'sent-me.csv'
        Set-Content $file -Value 'Subject,Body,From: (Name),From: (Address),From: (Type),To: (Address)', "Offer,b,Lee Landman,$dn,EX,ann@x.com"
        $list = Join-Path $TestDrive 'with-me.csv'
        Set-Content $list -Value 'Name,Email', 'Ann,ann@x.com', 'Lee Landman,LEE@landco.com'
        $a = Import-PipesEmail $file -Prospect (Import-PipesFile $list) -MyAddress lee@landco.com -WarningVariable w -WarningAction SilentlyContinue
        @($a).Count | Should -Be 1
        $a.Prospect.FullName | Should -Be 'Ann'
        "$w" | Should -BeLike '*1 prospect holds one of your addresses*matched to no message: Lee Landman.*'
    }

    It 'does not offer a colleague''s X.500 address as mine when nothing in the file tells' {
        $jordan = '/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=DEF-JORDAN'
        $file = Join-Path $TestDrive 'inbox-x500.csv'
        Set-Content $file -Value 'Subject,Body,From: (Name),From: (Address),From: (Type),To: (Address)',
            "FW: a,b,Jordan Reyes,$jordan,EX,lee@landco.com", "FW: b,b,Jordan Reyes,$jordan,EX,lee@landco.com", 'Re: x,b,Ann,ann@x.com,SMTP,lee@landco.com'
        $ann = [pscustomobject]@{ Name = 'Ann'; Email = 'ann@x.com' }
        $null = Import-PipesEmail $file -Prospect $ann -MyAddress lee@landco.com -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -Match 'cannot be told from this file'
        "$w" | Should -Not -BeLike "*'$jordan'*"
        "$w" | Should -BeLike "*-MyAddress 'lee@landco.com', '<your X.500 address>'*"
    }

    It 'reads prospects given as hashtables, dictionaries, raw Import-Csv rows and strings' {
        $file = Join-Path $TestDrive 'shapes.csv'
        Set-Content $file -Value @(
            'Subject,Body,From: (Address),To: (Address)'
            'one,b,bob@roe-ranch.net,me@x.com'
            'two,b,carl@cee.org,me@x.com'
            'three,b,dana@bee.io,me@x.com'
            'four,b,jdoe@gmail.com,me@x.com'
            'five,b,eve@x.org,me@x.com'
            'six,b,fay@x.org,me@x.com'
        )
        $raw = Join-Path $TestDrive 'raw.csv'
        Set-Content $raw -Value 'Name,Email,Email 2', 'Jane Doe,jane.doe@doeminerals.com,jdoe@gmail.com'
        $dictionary = [System.Collections.Generic.Dictionary[string, object]]::new()
        $dictionary['EMAIL'] = 'fay@x.org'
        $prospects = @(
            @{ Name = 'Bob Roe'; Email = 'bob@roe-ranch.net' }
            [ordered]@{ Name = 'Carl Cee'; ContactMethods = @(@{ Type = 'phone'; Value = '7135551234' }, @{ Type = 'email'; Value = 'CARL@cee.org' }) }
            @{ Name = 'Dana Bee'; ContactMethods = @{ Type = 'Email'; Address = 'dana@bee.io' } }
            Import-Csv $raw
            'eve@x.org'
            $dictionary
        )
        $a = Import-PipesEmail $file -Prospect $prospects -MyAddress me@x.com -WarningVariable w
        $a.Subject | Should -Be 'one', 'two', 'three', 'four', 'five', 'six'
        $a[0].Prospect.Name | Should -Be 'Bob Roe'
        $a[3].Prospect.Name | Should -Be 'Jane Doe'
        $a[4].Prospect | Should -Be 'eve@x.org'
        $w | Should -BeNullOrEmpty
        # One value to group on whatever the prospect was given as (a trial: Group-Object { $_.Prospect.Email } put these in one blank group).
        $a.ProspectEmail | Should -Be 'bob@roe-ranch.net', 'carl@cee.org', 'dana@bee.io', 'jane.doe@doeminerals.com', 'eve@x.org', 'fay@x.org'
        ($a | Group-Object ProspectEmail).Count | Should -Be 6
        $a[0].ProspectName | Should -Be 'Bob Roe'
    }

    It 'gives a message found in two of its files once: the inbox and Sent Items copies, piped on into Group-Object' {
        $header = '"Subject","Body","From: (Name)","From: (Address)","From: (Type)","To: (Name)","To: (Address)","To: (Type)","CC: (Name)","CC: (Address)","CC: (Type)","BCC: (Name)","BCC: (Address)","BCC: (Type)"'
        $offer = '"Offer","Bob,' + "`r`n" + 'our offer.","Lee Landman","lee@landco.com","SMTP","Bob Roe","bob@roe-ranch.net","SMTP","Lee Landman","lee@landco.com","SMTP",,,'
        $inbox = Join-Path $TestDrive 'dup-inbox.csv'
        $sent = Join-Path $TestDrive 'dup-sent.csv'
        Set-Content $inbox -Value $header, '"Re: lease","ok","Bob Roe","bob@roe-ranch.net","SMTP","Lee Landman","lee@landco.com","SMTP",,,,,,', $offer
        Set-Content $sent -Value $header, $offer, '"Group","all","Lee Landman","lee@landco.com","SMTP","Bob Roe","bob@roe-ranch.net","SMTP",,,,"Pat O''Neil","pat@oneil.ie","SMTP"'
        $bob = [pscustomobject]@{ Name = 'Bob Roe'; Email = 'bob@roe-ranch.net' }
        $pat = [pscustomobject]@{ Name = "Pat O'Neil"; Email = 'pat@oneil.ie' }
        $a = Import-PipesEmail $inbox, $sent -Prospect $bob, $pat -MyAddress lee@landco.com -InformationVariable info
        $a.Subject | Should -Be 'Re: lease', 'Offer', 'Group', 'Group'
        ($a | Group-Object { $_.Prospect.Email } | Where-Object Name -eq 'bob@roe-ranch.net').Count | Should -Be 3
        $a[3].Bcc | Should -Be "Pat O'Neil <pat@oneil.ie>"
        "$info" | Should -Match 'dup-sent\.csv: 2 messages read, 2 activities, 0 messages matched no prospect, 0 rows could not be read\. 1 message had already been read from an earlier file'
    }

    It 'passes over null prospects, in a list or as the list' {
        $file = Join-Path $TestDrive 'nulls.csv'
        Set-Content $file -Value 'Subject,Body,From: (Address),To: (Address)', 'one,b,ann@x.com,me@x.com'
        $ann = [pscustomobject]@{ Name = 'Ann'; Email = 'ann@x.com' }
        $unset = $null
        (Import-PipesEmail $file -Prospect $ann, $unset -MyAddress me@x.com).Prospect.Name | Should -Be 'Ann'
        $a = Import-PipesEmail $file -Prospect $unset -MyAddress me@x.com -IncludeUnmatched -WarningVariable w
        $a.Subject | Should -Be 'one'
        $a.Prospect | Should -BeNullOrEmpty
        $w | Should -BeNullOrEmpty
    }

    It 'includes unmatched messages when asked' {
        $all = Import-PipesEmail $Export -Prospect $Prospects -MyAddress $Me -IncludeUnmatched
        ($all | Where-Object { -not $_.Prospect }).Count | Should -Be @($Truth | Where-Object { $_.Prospects.Count -eq 0 }).Count
    }

    It 'reads a cut-off export as one error, and keeps a body over Import.MaxCellLength cut, with a warning' {
        $header = '"Subject","Body","From: (Address)","To: (Address)"'
        $cut = Join-Path $TestDrive 'cut.csv'
        Set-Content $cut -NoNewline -Value ($header + "`r`n" + '"one","b","ann@x.com","me@x.com"' + "`r`n" + '"two","Thanks,' + "`r`n" + 'Bo Lee, Manager, bo@x.com, 555' + "`r`n" + '> old')
        $ann = [pscustomobject]@{ Name = 'Ann'; Email = 'ann@x.com' }
        $bo = [pscustomobject]@{ Name = 'Bo'; Email = 'bo@x.com' }
        $a = Import-PipesEmail $cut -Prospect $ann, $bo -MyAddress me@x.com -ErrorVariable err -ErrorAction SilentlyContinue
        $a.Subject | Should -Be 'one'
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.RowParseError,*'
        $err[0].Exception.Message | Should -Match 'Line 3: .*the file ends inside it'

        $long = Join-Path $TestDrive 'long.csv'
        $body = (1..200 | ForEach-Object { "> line $_, with commas, bo@x.com" }) -join "`r`n"
        Set-Content $long -Value ($header, ('"long","' + $body + '","ann@x.com","me@x.com"'), '"after","b","bo@x.com","me@x.com"')
        Set-PipesConfig Import.MaxCellLength 2000
        try {
            $a = Import-PipesEmail $long -Prospect $ann, $bo -MyAddress me@x.com -WarningVariable w -WarningAction SilentlyContinue
        }
        finally { Set-PipesConfig Import.MaxCellLength $null }
        $a.Subject | Should -Be 'long', 'after'
        $a[0].Body.Length | Should -Be 2000
        "$w" | Should -Match 'Import\.MaxCellLength.*row 2'
    }

    It 'reports a file that is not an email export with Pipes.NotAnEmailExport' {
        $contacts = Join-Path $TestDrive 'prospects.csv'
        Import-PipesEmail $contacts -Prospect $Prospects -ErrorVariable err -ErrorAction SilentlyContinue | Out-Null
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.NotAnEmailExport,Pipes.PowerShell.Commands.Import.ImportPipesEmailCommand'
        $err[0].Exception.Message | Should -Match 'Subject'
    }

    # Whose history each message is, by name (a trial: the table left the prospect out).
    It 'shows Date, Direction, Prospect and Subject in its table' {
        $activities = Import-PipesEmail $Export -Prospect $Prospects -MyAddress $Me | Select-Object -First 3
        $text = $activities | Out-String -Width 80
        $text | Should -Match 'Date\s+Direction\s+Prospect\s+Subject'
        $name = $activities[0].Prospect.FullName
        $name | Should -Not -BeNullOrEmpty
        $text | Should -Match ([regex]::Escape($name))
        # Under Set-StrictMode, with prospects that lack FullName and Company (a trial: the column was blank), and read back by
        # Import-Clixml (the Date column was blank).
        $bare = $Prospects | ForEach-Object { [pscustomobject]@{ Email = $_.Email } }
        $strict = & { Set-StrictMode -Version Latest; $a = Import-PipesEmail $Export -Prospect $bare -MyAddress $Me | Select-Object -First 1; @{ Email = $a.Prospect.Email; Text = $a | Out-String -Width 120 } }
        $strict.Text | Should -Match ([regex]::Escape($strict.Email))
        $clixml = Join-Path $TestDrive 'activities.xml'
        $activities | Export-Clixml $clixml
        $back = Import-Clixml $clixml | Out-String -Width 80
        $back | Should -Match ('(?m)^' + $activities[0].Date.DateTime.ToString('yyyy-MM-dd'))
        $back | Should -Match ([regex]::Escape($name))
    }
}
