<#
.SYNOPSIS
    The time of a cold `pwsh -File` that imports Pipes and books one meeting against the loopback Graph fake
    (New-PipesEvent), beside the same booking written as an Invoke-RestMethod script (the JSON built by hand,
    the token in the script), in the same run, alternating, as a ratio of medians. Both processes find their
    settings ready (the Pipes config directory is prepared once, outside the timing), so what differs is
    the module's import and its work against a hand-written request. The issue's goal: about 1.0x, as mail.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/calendar.ps1 -Runs 7
#>
param([int] $Runs = 7)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1')
$config = Join-Path ([IO.Path]::GetTempPath()) "pipes-calendar-bench-$PID"
$fake = Start-PipesFake
try {
    $graph = "$($fake.BaseUrl)/v1.0"
    $token = 'fake-graph-access-token-0123456789'
    # The Pipes side's one-time setup, not timed: the endpoint and the sign-in a user would have made once.
    $null = Invoke-FreshPwsh -Environment @{ PIPES_CONFIG_DIR = $config } -Script @"
`$ErrorActionPreference = 'Stop'
Import-Module '$(Join-Path $root 'out/Pipes')'
Set-PipesConfig Outlook.GraphBaseUrl '$graph'
Connect-PipesOutlook -AccessToken (ConvertTo-SecureString '$token' -AsPlainText -Force) | Out-Null
"@
    $pipes = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$(Join-Path $root 'out/Pipes')'
`$e = New-PipesEvent -Subject 'Call with Ann Poe' -Start '2027-03-15 10:00' -DurationMinutes 30 -TimeZone America/Chicago -Attendee ann@example.com -TeamsMeeting
'BOOKED ' + `$e.Id
"@
    $irm = @"
`$ErrorActionPreference = 'Stop'
`$body = @{
    subject = 'Call with Ann Poe'
    start = @{ dateTime = '2027-03-15T10:00:00'; timeZone = 'Central Standard Time' }
    end = @{ dateTime = '2027-03-15T10:30:00'; timeZone = 'Central Standard Time' }
    attendees = @(@{ emailAddress = @{ address = 'ann@example.com' }; type = 'required' })
    isOnlineMeeting = `$true
    onlineMeetingProvider = 'teamsForBusiness'
} | ConvertTo-Json -Depth 5
`$e = Invoke-RestMethod -Method Post -Uri '$graph/me/events' -Headers @{ Authorization = 'Bearer $token'; Prefer = 'outlook.timezone="UTC"' } -ContentType 'application/json' -Body `$body
'BOOKED ' + `$e.id
"@
    $times = @{ Pipes = [System.Collections.Generic.List[double]]::new(); Irm = [System.Collections.Generic.List[double]]::new() }
    foreach ($run in 0..$Runs) {
        foreach ($kind in 'Pipes', 'Irm') {
            $script = if ($kind -eq 'Pipes') { $pipes } else { $irm }
            $out = $null
            $ms = (Measure-Command { $out = Invoke-FreshPwsh -Environment @{ PIPES_CONFIG_DIR = $config } -Script $script }).TotalMilliseconds
            if (-not ($out | Where-Object { $_ -like 'BOOKED AAMk*' })) { throw "The $kind run booked nothing:`n$($out -join "`n")" }
            if ($run -gt 0) { $times[$kind].Add($ms) } # the first round warms the disk cache for both
        }
    }
    $booked = @((Invoke-RestMethod "$($fake.BaseUrl)/_fake/requests") | ForEach-Object { $_ } | Where-Object { $_.method -eq 'POST' -and $_.path -like '*/events' }).Count
    'Cold pwsh -File booking one Teams meeting against the loopback fake, {0} runs each (alternating, after one warm-up round; {1} events booked in all):' -f $Runs, $booked
    '  Import-Module Pipes; New-PipesEvent:         median {0,7:N0} ms (min {1:N0}, max {2:N0})' -f (Get-Percentile $times.Pipes), ($times.Pipes | Measure-Object -Minimum).Minimum, ($times.Pipes | Measure-Object -Maximum).Maximum
    '  the same booking with Invoke-RestMethod:     median {0,7:N0} ms (min {1:N0}, max {2:N0})' -f (Get-Percentile $times.Irm), ($times.Irm | Measure-Object -Minimum).Minimum, ($times.Irm | Measure-Object -Maximum).Maximum
    '  Pipes / Invoke-RestMethod: {0:N2}x' -f ((Get-Percentile $times.Pipes) / (Get-Percentile $times.Irm))
}
finally {
    Stop-PipesFake $fake
    Remove-Item -Recurse -Force $config -ErrorAction SilentlyContinue
}
