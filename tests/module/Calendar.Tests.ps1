# The calendar commands (issue 12) against the standalone Graph fake, as a user types them.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    Import-Module (Join-Path (Get-RepoRoot) 'out/Pipes') -Force
    $script:Fake = Start-PipesFake
    function script:Connect-Fake {
        Connect-PipesOutlook -AccessToken (ConvertTo-SecureString 'fake-graph-access-token-0123456789' -AsPlainText -Force) | Out-Null
    }
    # A day ahead of today, for the tests that count warnings: a start in the past is warned about, and the fixed 2027 dates
    # the others use (chosen for their daylight-saving changes) will be past one day.
    $script:Ahead = (Get-Date).AddDays(30).ToString('yyyy-MM-dd')
    function script:Get-CalendarRequest([string] $Method) {
        @(Get-PipesFakeRequest $Fake | Where-Object { $_.path -match '/(events|calendarView)' -and (-not $Method -or $_.method -eq $Method) })
    }
}

AfterAll { Stop-PipesFake $Fake }

Describe 'Outlook calendar' {
    BeforeEach {
        $env:PIPES_CONFIG_DIR = Join-Path $TestDrive ([guid]::NewGuid())
        Reset-PipesFake $Fake
        Set-PipesConfig Outlook.GraphBaseUrl "$($Fake.BaseUrl)/v1.0"
        Connect-Fake
    }

    It 'books a Teams meeting and returns a typed event with real instants' {
        $event = New-PipesEvent -Subject 'Call with Ann' -Start '2027-03-15 10:00' -TimeZone America/Chicago -Attendee 'Ann Poe <ann@example.com>' -TeamsMeeting -Location 'Teams'
        $event.PSObject.TypeNames[0] | Should -Be 'Pipes.Outlook.CalendarEvent'
        $event.Start | Should -BeOfType [DateTimeOffset]
        $event.Start | Should -Be ([DateTimeOffset]'2027-03-15T10:00:00-05:00')
        $event.End - $event.Start | Should -Be ([TimeSpan]::FromMinutes(30))
        $event.TimeZone | Should -Be 'Central Standard Time'
        $event.Attendees | Should -Be 'ann@example.com'
        $event.JoinUrl | Should -BeLike 'https://teams.microsoft.com/l/meetup-join/*'
        $event.IsOnlineMeeting | Should -BeTrue
        $event.Organizer | Should -Be 'landman@permianpipes.com'
        $event.WebLink | Should -Not -BeNullOrEmpty
        (Get-CalendarRequest POST).Count | Should -Be 1
    }

    It 'books an all-day event on its dates, -End its last day, and refuses a time of day before any request' {
        $visit = New-PipesEvent -Subject 'Field visit' -Start 2027-03-15 -End '2027-03-17' -AllDay -TimeZone America/Chicago -WhatIf:$false
        $visit.IsAllDay | Should -BeTrue
        $visit.Start | Should -Be ([DateTimeOffset]'2027-03-15T00:00:00-05:00')
        $visit.End | Should -Be ([DateTimeOffset]'2027-03-18T00:00:00-05:00')
        $post = (Get-CalendarRequest POST)[0].body | ConvertFrom-Json
        $post.isAllDay | Should -BeTrue
        # (ConvertFrom-Json reads the wall-clock dateTime as a [datetime].)
        ([datetime]$post.start.dateTime).ToString('s') | Should -Be '2027-03-15T00:00:00'
        ([datetime]$post.end.dateTime).ToString('s') | Should -Be '2027-03-18T00:00:00'
        $post.start.timeZone | Should -Be $post.end.timeZone
        # One day without -End; a Local [DateTime] gives its date on this machine's clock.
        $day = New-PipesEvent -Subject 'Office closed' -Start ([datetime]::new(2027, 4, 2, 0, 0, 0, [DateTimeKind]::Local)) -AllDay -TimeZone Asia/Tokyo
        $day.End - $day.Start | Should -Be ([TimeSpan]::FromDays(1))
        $day.Start | Should -Be ([DateTimeOffset]'2027-04-02T00:00:00+09:00')
        $transcript = Join-Path $TestDrive 'allday-whatif.txt'
        Start-Transcript $transcript -UseMinimalHeader | Out-Null
        try { New-PipesEvent -Subject 'x' -Start 2027-03-15 -End 2027-03-17 -AllDay -TimeZone America/Chicago -WhatIf }
        finally { Stop-Transcript | Out-Null }
        Get-Content -Raw $transcript | Should -Match "all day from 2027-03-15 to 2027-03-17, 3 days \(America/Chicago\)"
        $before = @(Get-CalendarRequest POST).Count
        New-PipesEvent -Subject x -Start '2027-03-15 09:00' -AllDay -TimeZone America/Chicago -ErrorVariable timed -ErrorAction SilentlyContinue
        $timed[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.NewPipesEventCommand'
        "$($timed[0])" | Should -Match 'has a time of day: an all-day event \(-AllDay\) takes dates'
        New-PipesEvent -Subject x -Start 2027-03-17 -End 2027-03-15 -AllDay -TimeZone UTC -ErrorVariable backwards -ErrorAction SilentlyContinue
        "$($backwards[0])" | Should -Match "-End 2027-03-15 is before -Start 2027-03-17"
        { New-PipesEvent -Subject x -Start 2027-03-15 -AllDay -DurationMinutes 60 } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.NewPipesEventCommand'
        @(Get-CalendarRequest POST).Count | Should -Be $before
        # A day whose midnight the zone skips (Chile's clocks go forward at midnight on 2026-09-06) is booked as that date all the same.
        $santiago = New-PipesEvent -Subject 'Chile' -Start 2026-09-05 -End 2026-09-06 -AllDay -TimeZone America/Santiago -WarningAction SilentlyContinue
        $chile = (Get-CalendarRequest POST)[-1].body | ConvertFrom-Json
        ([datetime]$chile.start.dateTime).ToString('s') | Should -Be '2026-09-05T00:00:00'
        ([datetime]$chile.end.dateTime).ToString('s') | Should -Be '2026-09-07T00:00:00'
        $santiago.IsAllDay | Should -BeTrue
        # The fake holds Graph's rule: an all-day event not from midnight to midnight is its 400.
        $bad = '{"subject":"x","isAllDay":true,"start":{"dateTime":"2027-03-15T09:00:00","timeZone":"UTC"},"end":{"dateTime":"2027-03-16T09:00:00","timeZone":"UTC"}}'
        $refused = try { Invoke-RestMethod -Method Post "$($Fake.BaseUrl)/v1.0/me/events" -Headers @{ Authorization = 'Bearer fake-graph-access-token-0123456789' } -ContentType 'application/json' -Body $bad } catch { $_ }
        $refused.ErrorDetails.Message | Should -Match 'ErrorPropertyValidationFailure'
    }

    It 'books one meeting per imported owner with {Placeholder} subjects and their Email as attendee' {
        $file = Join-Path $TestDrive 'owners.csv'
        Set-Content $file -Value @('First Name,Last Name,Email,County', 'Ann,Poe,ann@example.com,Reeves', 'Bo,Lee,bo@example.com,Loving')
        $events = Import-PipesFile $file | New-PipesEvent -Subject 'Call with {FirstName}' -Body 'About {County} County.' -Start '2027-03-15 10:00' -DurationMinutes 20 -TimeZone 'Central Standard Time'
        $events.Count | Should -Be 2
        $events.Subject | Should -Be @('Call with Ann', 'Call with Bo')
        $events[1].Attendees | Should -Be 'bo@example.com'
        $events | ForEach-Object { $_.End - $_.Start } | Should -Be @([TimeSpan]::FromMinutes(20), [TimeSpan]::FromMinutes(20))
        $posts = Get-CalendarRequest POST | ForEach-Object { $_.body | ConvertFrom-Json }
        $posts[0].body.content | Should -Be 'About Reeves County.'
        $posts[0].start.timeZone | Should -Be 'Central Standard Time'
    }

    It 'says once that a typed -Attendee leaves the piped records'' Email out, and a script block invites both' {
        $owners = [pscustomobject]@{ Email = 'ann@example.com'; FirstName = 'Ann' }, [pscustomobject]@{ Email = 'bo@example.com'; FirstName = 'Bo' }
        $alone = $owners | New-PipesEvent -Subject 'Prep {FirstName}' -Start "$Ahead 10:00" -TimeZone UTC -Attendee boss@example.com -WarningVariable w -WarningAction SilentlyContinue
        $alone.Attendees | Should -Be @('boss@example.com', 'boss@example.com')
        @($w).Count | Should -Be 1
        "$w" | Should -Match "-Attendee was given, so the piped records' Email \(ann@example\.com, \.\.\.\) is not invited"
        $both = $owners | New-PipesEvent -Subject 'Call {FirstName}' -Start "$Ahead 11:00" -TimeZone UTC -Attendee { $_.Email; 'boss@example.com' } -WarningVariable w2 -WarningAction SilentlyContinue
        $both[1].Attendees | Should -Be @('bo@example.com', 'boss@example.com')
        $w2 | Should -BeNullOrEmpty
    }

    It 'exports events to CSV with their attendees written out, and still binds them to another booking' {
        $event = New-PipesEvent -Subject 'Both' -Start '2027-03-15 10:00' -TimeZone America/Chicago -Attendee 'ann@example.com', 'bo@example.com'
        $row = $event | ConvertTo-Csv | ConvertFrom-Csv
        $row.Attendees | Should -Be 'ann@example.com; bo@example.com'
        $row.AttendeeResponses | Should -Be 'ann@example.com (none); bo@example.com (none)'
        "$($event.Attendees)" | Should -Be 'ann@example.com bo@example.com' # PowerShell's own join of a list in a string
        $again = $event | New-PipesEvent -Subject 'Again' -Start '2027-03-16 10:00' -TimeZone America/Chicago
        $again.Attendees | Should -Be @('ann@example.com', 'bo@example.com')
    }

    It 'fills {Placeholders} in the location too, and books nothing for a record whose placeholder is empty' {
        $records = @([pscustomobject]@{ Email = 'ann@example.com'; City = 'Midland'; State = 'TX' }, [pscustomobject]@{ Email = 'bo@example.com'; City = ''; State = 'TX' })
        $events = $records | New-PipesEvent -Subject 'Visit' -Location '{City}, {State}' -Start '2027-03-15 10:00' -TimeZone America/Chicago -ErrorVariable err -ErrorAction SilentlyContinue
        @($events).Location | Should -Be @('Midland, TX')
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.NewPipesEventCommand'
    }

    It 'names the row of an owner with no Email and books the others' {
        $file = Join-Path $TestDrive 'owners.csv'
        Set-Content $file -Value @('Name,Email', 'Al Poe,', 'Bo Lee,bo@example.com', 'Cy Poe,cy@example.com (unsubscribed)')
        $events = Import-PipesFile $file | New-PipesEvent -Subject 'Call' -Start '2027-03-15 10:00' -ErrorVariable err -ErrorAction SilentlyContinue
        @($events).Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidRecipient,Pipes.PowerShell.Commands.Outlook.NewPipesEventCommand'
        $err[0].Exception.Message | Should -BeLike '*row 2 of owners.csv*'
        # An opted-out owner is refused too, saying why.
        $err[1].Exception.Message | Should -BeLike 'No attendee: row 4 of owners.csv (Cy Poe) has no Email; its address cy@example.com is withheld*'
    }

    It 'reads a range through calendarView, and -Id reads one' {
        $a = New-PipesEvent -Subject 'First' -Start '2027-03-15 09:00' -TimeZone America/Chicago
        $null = New-PipesEvent -Subject 'Second' -Start '2027-03-15 11:00' -TimeZone America/Chicago
        $null = New-PipesEvent -Subject 'Next week' -Start '2027-03-22 11:00' -TimeZone America/Chicago
        $read = Get-PipesEvent -Start '2027-03-15' -End '2027-03-16' -TimeZone America/Chicago
        $read.Subject | Should -Be @('First', 'Second')
        $read[0].Start | Should -Be $a.Start
        (Get-PipesEvent -Id $a.Id).Subject | Should -Be 'First'
        $a | Get-PipesEvent | ForEach-Object Subject | Should -Be 'First'
        $calendarView = @(Get-PipesFakeRequest $Fake | Where-Object path -like '*/calendarView')
        $calendarView.Count | Should -Be 1
        $calendarView[0].headers.Prefer | Should -BeLike '*outlook.timezone="UTC"*'
    }

    It 'keeps an instant typed with an offset, and reads a machine-local Get-Date as the machine''s time' {
        $instant = New-PipesEvent -Subject 'Instant' -Start ([DateTimeOffset]'2027-11-07T01:30:00-05:00') -TimeZone America/Chicago
        $instant.Start | Should -Be ([DateTimeOffset]'2027-11-07T01:30:00-05:00')
        $text = New-PipesEvent -Subject 'Text' -Start '2027-11-07T01:30:00-06:00' -TimeZone America/Chicago
        ($text.Start - $instant.Start) | Should -Be ([TimeSpan]::FromHours(1))
        $local = [datetime]::new(2027, 6, 1, 9, 0, 0, [DateTimeKind]::Local)
        (New-PipesEvent -Subject 'Local' -Start $local -TimeZone Asia/Kolkata).Start | Should -Be ([DateTimeOffset]$local)
    }

    It 'refuses a wall-clock time that does not exist or happens twice, an end not after the start and a zero duration, sending nothing' {
        New-PipesEvent -Subject x -Start '2027-03-14 02:30' -TimeZone America/Chicago -ErrorVariable gap -ErrorAction SilentlyContinue
        New-PipesEvent -Subject x -Start '2027-11-07 01:30' -TimeZone America/Chicago -ErrorVariable twice -ErrorAction SilentlyContinue
        New-PipesEvent -Subject x -Start '2027-03-15 10:00' -End '2027-03-15 09:00' -ErrorVariable order -ErrorAction SilentlyContinue
        New-PipesEvent -Subject x -Start '2027-03-15 10:00' -DurationMinutes 0 -ErrorVariable zero -ErrorAction SilentlyContinue
        # A range is one piece of work: its error ends the command.
        { Get-PipesEvent -Start '2027-03-15' -End '2027-03-14' } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.GetPipesEventCommand'
        foreach ($e in $gap, $twice, $order, $zero) { $e[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.InvalidInput,*' }
        # The advice names the command whose help to read, not a placeholder.
        $order[0].ErrorDetails.RecommendedAction | Should -BeLike '*Get-Help New-PipesEvent -Full*'
        $gap[0].Exception.Message | Should -BeLike '*does not exist in America/Chicago*'
        $twice[0].Exception.Message | Should -BeLike '*happens twice*-05:00*-06:00*'
        (Get-CalendarRequest).Count | Should -Be 0
    }

    It 'refuses, as Pipes.InvalidInput, a date the session''s culture reads the other way round, or no date at all; reads one either way alike' {
        $before = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = 'de-DE'
            New-PipesEvent -Subject x -Start '1.12.2027 09:00' -TimeZone Europe/Berlin -ErrorVariable german -ErrorAction SilentlyContinue
            $german[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.NewPipesEventCommand'
            "$($german[0])" | Should -Match "'1\.12\.2027 09:00' reads as 2027-01-12 09:00 as PowerShell reads dates \(month first\) but as 2027-12-01 09:00 in this session's culture \(de-DE\)"
            (New-PipesEvent -Subject 'Berlin' -Start '14.3.2027 09:00' -TimeZone Europe/Berlin).Start | Should -Be ([DateTimeOffset]'2027-03-14T09:00:00+01:00')
            [cultureinfo]::CurrentCulture = 'en-GB'
            { Get-PipesEvent -Start '12/1/2027' -End '2027-12-31' } | Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.GetPipesEventCommand'
            (New-PipesEvent -Subject 'London' -Start '13/1/2027 09:00' -TimeZone Europe/London).Start | Should -Be ([DateTimeOffset]'2027-01-13T09:00:00+00:00')
            [cultureinfo]::CurrentCulture = 'en-US'
            (New-PipesEvent -Subject 'Chicago' -Start '12/1/2027 09:00' -TimeZone America/Chicago).Start | Should -Be ([DateTimeOffset]'2027-12-01T09:00:00-06:00')
        } finally { [cultureinfo]::CurrentCulture = $before }
        Set-PipesEvent -Id 'AAMk-none' -Start 'next tuesday' -ErrorVariable words -ErrorAction SilentlyContinue
        $words[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.SetPipesEventCommand'
        "$($words[0])" | Should -Match "'next tuesday' is not a date and time"
        @(Get-CalendarRequest POST).Count | Should -Be 3
        @(Get-CalendarRequest PATCH).Count + @(Get-CalendarRequest GET).Count | Should -Be 0
    }

    It 'reads a month''s name with a time of day as written (.NET reads "Dec 1 9am" as 2009-12-01 00:00), and refuses a date with dots read month first' {
        $before = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = 'en-US'
            $year = (Get-Date).Year
            foreach ($text in 'Dec 1 9am', 'December 1 9:00', 'Dec 1, 9 a.m.', '1 Dec at 9am') {
                (New-PipesEvent -Subject $text -Start $text -TimeZone America/Chicago -WarningAction SilentlyContinue).Start.DateTime |
                    Should -Be ([datetime]::new($year, 12, 1, 9, 0, 0)) -Because $text
            }
            (New-PipesEvent -Subject 'Afternoon' -Start 'Jan 5 2027 2:30 pm' -TimeZone America/Chicago).Start | Should -Be ([DateTimeOffset]'2027-01-05T14:30:00-06:00')
            New-PipesEvent -Subject x -Start '1.12.2027 09:00' -TimeZone America/Chicago -ErrorVariable dotted -ErrorAction SilentlyContinue
            $dotted[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.NewPipesEventCommand'
            "$($dotted[0])" | Should -Match "'1\.12\.2027 09:00' is written with dots, as dates are written day first, but reads as 2027-01-12 09:00 .*\(en-US\)"
            # A number the reading leaves out is no date: "Dec 1 9" is not 2009.
            New-PipesEvent -Subject x -Start 'Dec 1 9 15' -TimeZone America/Chicago -ErrorVariable extra -ErrorAction SilentlyContinue
            $extra[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.NewPipesEventCommand'
        } finally { [cultureinfo]::CurrentCulture = $before }
        @(Get-CalendarRequest POST).Count | Should -Be 5
    }

    It 'warns of a meeting that starts in the past, and books it' {
        $event = New-PipesEvent -Subject 'Logged' -Start '2020-01-06 09:00' -TimeZone America/Chicago -WarningVariable w -WarningAction SilentlyContinue
        $event.Start | Should -Be ([DateTimeOffset]'2020-01-06T09:00:00-06:00')
        "$w" | Should -Match 'The meeting starts in the past \(2020-01-06 09:00 -06:00, America/Chicago\): check -Start''s date\.$'
        New-PipesEvent -Subject 'Date only' -Start '2020-01-06' -TimeZone America/Chicago -WarningVariable midnight -WarningAction SilentlyContinue | Out-Null
        "$midnight" | Should -Match 'starts in the past \(2020-01-06 00:00 -06:00, America/Chicago\): check -Start, and give its time of day\.$'
        New-PipesEvent -Subject 'Next' -Start (Get-Date).AddDays(2) -WarningVariable w2 -WarningAction SilentlyContinue | Out-Null
        $w2 | Should -BeNullOrEmpty
    }

    It 'stops on an unknown -TimeZone before any request, and the setting refuses one' {
        { New-PipesEvent -Subject x -Start '2027-03-15 10:00' -TimeZone 'Central Time' -ErrorAction Stop } |
            Should -Throw -ErrorId 'Pipes.UnknownTimeZone,Pipes.PowerShell.Commands.Outlook.NewPipesEventCommand'
        { Set-PipesConfig Outlook.TimeZone 'Mars/Base' } | Should -Throw -ErrorId 'Pipes.InvalidSetting*'
        # An empty one (a variable that is not set) is refused too, not taken for "not given" (the machine's zone, unsaid).
        { New-PipesEvent -Subject x -Start '2027-03-15 10:00' -TimeZone $notSet -ErrorAction Stop } |
            Should -Throw -ErrorId 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.NewPipesEventCommand' -ExpectedMessage '-TimeZone is empty*'
        (Get-CalendarRequest).Count | Should -Be 0
    }

    It 'reads wall-clock times in Outlook.TimeZone when no -TimeZone is given' {
        Set-PipesConfig Outlook.TimeZone 'India Standard Time'
        $event = New-PipesEvent -Subject 'Kolkata' -Start '2027-03-14 02:30'
        $event.Start | Should -Be ([DateTimeOffset]'2027-03-14T02:30:00+05:30')
        $event.Start.Offset | Should -Be ([TimeSpan]::FromHours(5.5))
        (Get-CalendarRequest POST)[0].body | ConvertFrom-Json | ForEach-Object { $_.start.timeZone } | Should -Be 'India Standard Time'
    }

    It 'completes -TimeZone with IANA and Windows names' {
        $iana = TabExpansion2 -inputScript 'New-PipesEvent -TimeZone America/Chi' -cursorColumn 35
        $iana.CompletionMatches.CompletionText | Should -Contain 'America/Chicago'
        $windows = TabExpansion2 -inputScript 'Get-PipesEvent -TimeZone Central' -cursorColumn 32
        $windows.CompletionMatches.CompletionText | Should -Contain "'Central Standard Time'"
        # The setting that stands for -TimeZone completes the same names.
        $line = 'Set-PipesConfig Outlook.TimeZone America/Den'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'America/Denver'
    }

    It 'moves a meeting with -Start alone and keeps its length; -PassThru writes it' {
        $event = New-PipesEvent -Subject 'Call' -Start '2027-03-15 10:00' -DurationMinutes 45 -TimeZone America/Chicago
        $moved = $event | Set-PipesEvent -Start '2027-03-16 14:00' -TimeZone America/Chicago -PassThru
        $moved.Start | Should -Be ([DateTimeOffset]'2027-03-16T14:00:00-05:00')
        ($moved.End - $moved.Start) | Should -Be ([TimeSpan]::FromMinutes(45))
        $patch = (Get-CalendarRequest PATCH)[0].body | ConvertFrom-Json
        @($patch.PSObject.Properties.Name) | Should -Be @('start', 'end')
        Set-PipesEvent -Id $event.Id -Subject 'Owner call' | Should -BeNullOrEmpty
        ((Get-CalendarRequest PATCH)[1].body | ConvertFrom-Json).PSObject.Properties.Name | Should -Be 'subject'
    }

    It 'reads a new wall-clock time in the event''s own zone, not the machine''s, unless -TimeZone says' {
        $event = New-PipesEvent -Subject 'Chicago call' -Start '2027-05-10 10:00' -TimeZone America/Chicago
        (Set-PipesEvent -Id $event.Id -Start '2027-05-10 14:00' -PassThru).Start | Should -Be ([DateTimeOffset]'2027-05-10T14:00:00-05:00')
        ((Get-CalendarRequest PATCH)[-1].body | ConvertFrom-Json).start.timeZone | Should -Be 'Central Standard Time'
        (Set-PipesEvent -Id $event.Id -Start '2027-05-10 14:00' -TimeZone Europe/London -PassThru).Start | Should -Be ([DateTimeOffset]'2027-05-10T14:00:00+01:00')
        (Set-PipesEvent -Id $event.Id -End '2027-05-10T16:00:00Z' -PassThru).End | Should -Be ([DateTimeOffset]'2027-05-10T16:00:00Z')
    }

    It 'reads a piped list, filters it and cancels what is left without asking' {
        foreach ($s in 'Call with Ann', 'TEST one', 'TEST two') { $null = New-PipesEvent -Subject $s -Start '2027-03-15 10:00' -TimeZone UTC }
        Get-PipesEvent -Start '2027-03-15' -End '2027-03-16' -TimeZone UTC | Where-Object Subject -like 'TEST*' | Remove-PipesEvent -Confirm:$false
        (Get-CalendarRequest DELETE).Count | Should -Be 2
        (Get-PipesEvent -Start '2027-03-15' -End '2027-03-16' -TimeZone UTC).Subject | Should -Be 'Call with Ann'
    }

    It 'says to add -Confirm:$false, and deletes nothing, where PowerShell cannot ask (pwsh -NonInteractive, a scheduled task)' {
        $event = New-PipesEvent -Subject 'Kept' -Start '2027-03-15 10:00' -TimeZone UTC
        $output = Invoke-FreshPwsh -Environment @{ PIPES_CONFIG_DIR = $env:PIPES_CONFIG_DIR } -Script @"
Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'
try { Remove-PipesEvent -Id '$($event.Id)' -ErrorAction Stop; 'no error' }
catch { `$_.FullyQualifiedErrorId; `$_.Exception.Message; `$_.ErrorDetails.RecommendedAction }
"@
        $output[0] | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.RemovePipesEventCommand'
        $output[1] | Should -BeLike "Remove-PipesEvent asks before it acts on $($event.Id), and this PowerShell cannot ask*nothing was done."
        $output[2] | Should -BeLike '*add -Confirm:$false to Remove-PipesEvent*'
        (Get-CalendarRequest DELETE).Count | Should -Be 0
    }

    It 'says so when a Get-Date time (Kind Local) is read on the machine''s clock beside a -TimeZone that differs' {
        # A trial: "(Get-Date).Date.AddHours(9) -TimeZone America/Chicago" on a UTC server booked 03:00 Central without a word.
        $start = [datetime]::SpecifyKind([datetime]'2027-03-15', 'Local').AddHours(9) # as (Get-Date).Date.AddHours(9) is
        $zone = if ([TimeZoneInfo]::Local.GetUtcOffset($start) -eq [timespan]::FromHours(9)) { 'America/Chicago' } else { 'Asia/Tokyo' }
        New-PipesEvent -Subject 'Call' -Start $start -TimeZone $zone -Attendee ann@example.com -WhatIf -WarningVariable said 3>$null | Should -BeNullOrEmpty
        $said.Count | Should -Be 1
        "$said" | Should -BeLike "-Start 2027-03-15 09:00 is a ``[DateTime``] of Kind Local*the machine's clock*not 09:00 there*give the time as text ('2027-03-15 09:00')*"
        Set-PipesEvent -Id 'AAMkAGI2-some-event' -Start $start -TimeZone $zone -WhatIf -WarningVariable saidAgain 3>$null
        "$saidAgain" | Should -BeLike '-Start 2027-03-15 09:00 is a*'
        # Text is the zone's own clock; no -TimeZone, nothing to tell apart.
        New-PipesEvent -Subject 'Call' -Start '2027-03-15 09:00' -TimeZone $zone -Attendee ann@example.com -WhatIf -WarningVariable none 3>$null
        New-PipesEvent -Subject 'Call' -Start $start -Attendee ann@example.com -WhatIf -WarningVariable noZone 3>$null
        @($none) + @($noZone) | Where-Object { "$_" -like '*Kind Local*' } | Should -BeNullOrEmpty
        (Get-CalendarRequest).Count | Should -Be 0
    }

    It 'says so too when the zone is the Outlook.TimeZone setting, or the event''s own' {
        # A review: the nightly task on a UTC server has Outlook.TimeZone set, not -TimeZone; Set-PipesEvent reads the event's zone.
        $start = [datetime]::SpecifyKind([datetime]'2027-03-15', 'Local').AddHours(9)
        $zone = if ([TimeZoneInfo]::Local.GetUtcOffset($start) -eq [timespan]::FromHours(9)) { 'America/Chicago' } else { 'Asia/Tokyo' }
        Set-PipesConfig Outlook.TimeZone $zone
        New-PipesEvent -Subject 'Call' -Start $start -Attendee ann@example.com -WhatIf -WarningVariable said 3>$null
        "$said" | Should -BeLike '-Start 2027-03-15 09:00 is a*'
        $event = New-PipesEvent -Subject 'Call' -Start '2027-03-16 10:00' -Attendee ann@example.com
        Set-PipesEvent -Id $event.Id -Start $start.AddDays(1) -Confirm:$false -WarningVariable moved 3>$null
        "$moved" | Should -BeLike '-Start 2027-03-16 09:00 is a*(the event is changed so)*'
    }

    It 'sends nothing under -WhatIf: no create, no read of the current times, no change, no delete' {
        New-PipesEvent -Subject 'Call' -Start '2027-03-15 10:00' -Attendee ann@example.com -WhatIf | Should -BeNullOrEmpty
        Set-PipesEvent -Id 'AAMkAGI2-some-event' -Start '2027-03-16 14:00' -WhatIf | Should -BeNullOrEmpty
        Remove-PipesEvent -Id 'AAMkAGI2-some-event' -WhatIf | Should -BeNullOrEmpty
        (Get-CalendarRequest).Count | Should -Be 0
    }

    It 'names a piped event by its subject and start under -WhatIf, not by its id alone' {
        $event = New-PipesEvent -Subject 'Smith lease call' -Start '2027-03-15 10:00' -TimeZone UTC
        $transcript = Join-Path $TestDrive 'remove-whatif.txt'
        Start-Transcript $transcript -UseMinimalHeader | Out-Null
        try { $event | Remove-PipesEvent -WhatIf }
        finally { Stop-Transcript | Out-Null }
        Get-Content -Raw $transcript | Should -Match "What if: .*$([regex]::Escape($event.Id)) \('Smith lease call', 2027-03-15 10:00 \+00:00\)"
        # An -Id typed beside a piped event is another event: the piped one's subject must not name it.
        $other = New-PipesEvent -Subject 'Jones board meeting' -Start '2027-03-16 10:00' -TimeZone UTC
        $typed = Join-Path $TestDrive 'remove-typed.txt'
        Start-Transcript $typed -UseMinimalHeader | Out-Null
        try { $event | Remove-PipesEvent -Id $other.Id -WhatIf }
        finally { Stop-Transcript | Out-Null }
        $text = Get-Content -Raw $typed
        $text | Should -Match "What if: .*$([regex]::Escape($other.Id))"
        $text | Should -Not -Match 'Smith lease call'
        (Get-CalendarRequest DELETE).Count | Should -Be 0
    }

    It 'takes no contact piped to Remove-PipesEvent or Set-PipesEvent for an event id: Pipes.InvalidInput, before asking or sending' {
        $kept = New-PipesEvent -Subject 'Kept' -Start '2027-03-15 10:00' -TimeZone UTC
        $file = Join-Path $TestDrive 'owners.csv'
        Set-Content $file -Value @('Name,Email', 'Jo Roe,jo@example.com')
        $contacts = @(Import-PipesFile $file) + 'Jo Roe <jo@example.com>'
        $contacts | Remove-PipesEvent -Confirm:$false -ErrorVariable removed -ErrorAction SilentlyContinue
        $removed.FullyQualifiedErrorId | Should -Be (@('Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.RemovePipesEventCommand') * 2)
        "$($removed[1])" | Should -Match "'Jo Roe <jo@example\.com>' is not an event id"
        'Jo Roe <jo@example.com>' | Set-PipesEvent -Subject x -ErrorVariable changed -ErrorAction SilentlyContinue
        $changed.FullyQualifiedErrorId | Should -Be 'Pipes.InvalidInput,Pipes.PowerShell.Commands.Outlook.SetPipesEventCommand'
        (Get-CalendarRequest DELETE).Count + (Get-CalendarRequest PATCH).Count | Should -Be 0
        (Get-PipesEvent -Id $kept.Id).Subject | Should -Be 'Kept'
    }

    It 'writes Pipes.NotFound per missing id and goes on with the next' {
        $kept = New-PipesEvent -Subject 'Kept' -Start '2027-03-15 10:00' -TimeZone UTC
        $read = 'AAMkAGI2-gone', $kept.Id | Get-PipesEvent -ErrorVariable err -ErrorAction SilentlyContinue
        $read.Subject | Should -Be 'Kept'
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.NotFound,Pipes.PowerShell.Commands.Outlook.GetPipesEventCommand'
        $err[0].TargetObject | Should -Be 'AAMkAGI2-gone'
        'AAMkAGI2-gone', $kept.Id | Remove-PipesEvent -Confirm:$false -ErrorVariable gone -ErrorAction SilentlyContinue
        $gone[0].FullyQualifiedErrorId | Should -Be 'Pipes.NotFound,Pipes.PowerShell.Commands.Outlook.RemovePipesEventCommand'
        $gone[0].Exception.Message | Should -BeLike '*AAMkAGI2-gone*'
        (Get-CalendarRequest DELETE).Count | Should -Be 2
        # Several ids at once, as -Id $events.Id gives them: each its own item.
        $two = 'A', 'B' | ForEach-Object { New-PipesEvent -Subject "Two $_" -Start '2027-03-16 10:00' -TimeZone UTC }
        Remove-PipesEvent -Id (@('AAMkAGI2-gone-too') + $two.Id) -Confirm:$false -ErrorVariable some -ErrorAction SilentlyContinue
        $some.Count | Should -Be 1
        $some[0].TargetObject | Should -Be 'AAMkAGI2-gone-too'
        (Get-CalendarRequest DELETE).Count | Should -Be 5
    }

    It 'keeps the event and warns when the mailbox cannot host Teams meetings' {
        Invoke-RestMethod -Method Post -Uri "$($Fake.BaseUrl)/_fake/graph/teams?enabled=false" | Out-Null
        $event = New-PipesEvent -Subject 'Call' -Start "$Ahead 10:00" -TeamsMeeting -WarningVariable warned -WarningAction SilentlyContinue
        $event.Id | Should -Not -BeNullOrEmpty
        $event.JoinUrl | Should -BeNullOrEmpty
        $warned[0] | Should -BeLike '*no Teams join URL*'
    }

    It 'rides out a 429 with Retry-After on the create' {
        Add-PipesFakeFault $Fake @{ kind = 'Status'; statusCode = 429; retryAfter = '1'; pathPrefix = '/v1.0/me/events' }
        $event = New-PipesEvent -Subject 'Call' -Start '2027-03-15 10:00' -TimeZone UTC -ErrorAction Stop
        $event.Subject | Should -Be 'Call'
        (Get-CalendarRequest POST).Count | Should -Be 2
    }

    It 'shows events as a table with their local start' {
        $null = New-PipesEvent -Subject 'Call with Ann' -Start '2027-03-15 10:00' -TimeZone America/Chicago -Attendee ann@example.com
        $text = Get-PipesEvent -Start '2027-03-15' -End '2027-03-16' -TimeZone America/Chicago | Format-Table | Out-String -Width 200
        $text | Should -Match 'Start\s+End\s+Subject\s+Attendees'
        $text | Should -Match '2027-03-15 10:00 -05:00\s+10:30\s+Call with Ann\s+ann@example.com'
        $text | Should -Match 'Attendees\s+IsOnlineMeeting\s+Id'
        # A meeting that ends on another day shows that day.
        $null = New-PipesEvent -Subject 'Site visit' -Start '2027-03-16 09:00' -End '2027-03-18 17:00' -TimeZone America/Chicago
        $days = Get-PipesEvent -Start '2027-03-16' -End '2027-03-17' -TimeZone America/Chicago | Format-Table | Out-String -Width 200
        $days | Should -Match '2027-03-16 09:00 -05:00\s+03-18 17:00\s+Site visit'
        # Read back by Import-Clixml (its DateTimeOffset a bag of properties), the same table (a trial: Start and End were blank).
        $clixml = Join-Path $TestDrive 'events.xml'
        Get-PipesEvent -Start '2027-03-15' -End '2027-03-17' -TimeZone America/Chicago | Export-Clixml $clixml
        $back = Import-Clixml $clixml | Format-Table | Out-String -Width 200
        $back | Should -Match '2027-03-15 10:00 -05:00\s+10:30\s+Call with Ann\s+ann@example.com'
        $back | Should -Match '2027-03-16 09:00 -05:00\s+03-18 17:00\s+Site visit'
    }

    It 'has help with examples for every calendar command' {
        foreach ($name in 'New-PipesEvent', 'Get-PipesEvent', 'Set-PipesEvent', 'Remove-PipesEvent') {
            $help = Get-Help $name
            @($help.examples.example).Count | Should -BeGreaterOrEqual 2
            $help.Synopsis | Should -Not -BeNullOrEmpty
        }
        (Get-Command Remove-PipesEvent).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
    }
}
