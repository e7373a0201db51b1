<#
.SYNOPSIS
    The nightly pull, for a scheduled task (Windows Task Scheduler, cron): the contacts new or changed in
    ActiveCampaign since the last run, and the replies that came into the Outlook inbox, classified.
.DESCRIPTION
    Runs unattended and never prompts. Writes, in -OutputFolder (default: the "nightly" folder of the Pipes
    config directory):
        contacts-<stamp>.csv   the contacts from Get-ACContact -Incremental (-PipelineId when given); a contact
                               unsubscribed or bounced on a list has its address in WithheldEmails, not Email
        replies-<stamp>.csv    the messages since the last poll in the folders of Outlook.InboxFolders (Inbox, Archive
                               and Junk Email by default: a reply archived or filtered before the run is still read),
                               with the folder each was read from, its classification and any opt-out it asks; its
                               Email is where an answer goes (the Reply-To, else the sender), so the file can be piped
                               to Send-PipesMail, which refuses the rows whose OptOut or Classification forbids it
        withheld-<stamp>.csv   every contact (of -PipelineId when given) unsubscribed or bounced on a list, from a full
                               pull, when the last such file is -OptOutCheckDays old or more (the first run writes one):
                               an -Incremental pull brings a contact again only when ActiveCampaign moves its Updated,
                               which an unsubscribe need not do, so a store fed by the nightly contacts files takes its
                               opt-outs from this file
        summary-<stamp>.json   the counts, by classification, and for each integration whether it was read
    and appends what it did, with the warnings of the pull, to logs/nightly-YYYYMMDD.log in the config directory (kept
    Log.RetainedDays days, as Pipes keeps its pipes-*.log; the CSVs and summaries are kept until you remove them). Exits 0 on success;
    on failure it writes the ErrorId, message and advice to standard error and the log, and exits 1. A log it cannot write
    fails the run before it reads anything (Pipes.AccessDenied, on standard error). So does a parameter PowerShell cannot bind
    (a misspelt name, -FirstRunDays 400000): pwsh writes its error to standard error and exits 1 before the script runs, so
    the log has no line of that run; the task's exit code (1) says it failed.

    One run at a time per config directory: a run that starts while another is still going (a slow night, two
    cron entries) logs FAILED Pipes.ConfigLocked, does nothing and exits 1, rather than read and write again
    what the other run is writing. The lock (nightly-pull.lock in the config directory) is the operating
    system's: it goes with the process, so a run that was killed leaves nothing to clean up.

    Stopped with Ctrl+C or SIGINT, the run logs STOPPED and exits 130. SIGTERM, which
    systemd's stop and timeout send by default, ends pwsh at once: the log ends where the run was, without a STOPPED line,
    and the exit code is 143; nothing is lost (as below). For the STOPPED line, stop it with SIGINT: KillSignal=SIGINT in
    the systemd unit, "timeout -s INT 2h pwsh ...".

    Nothing is lost when a run dies half way, even killed (kill -9, a power cut): the CSVs are written
    under a temporary name and renamed when complete, and only then are the ActiveCampaign watermark and
    the inbox watermark moved (-CommitVariable, then Complete-PipesWatermark; each the run's own, -WatermarkName nightly-pull, so that
    an admin's Get-ACContact -Incremental or Get-PipesInbox at the prompt takes nothing from the task; the first run after
    replacing a copy of this script that kept the unnamed ActiveCampaign watermark reads every contact once, with a warning in the log), so a run that dies before reads the same
    contacts and messages again the next time. A contact or message may then be in two nights' files; none
    is in none. Each part runs when its integration is configured (Connect-PipesOutlook app-only for a scheduled task),
    and is skipped with a line in the log when it was never set up here (no setting or secret of its own); one set up
    but no longer configured (a sign-in or a secret removed) fails the run, as a failure of either does, after the
    other part has run: an ActiveCampaign outage does not leave the inbox's opt-outs unread. summary-<stamp>.json's
    Integrations says, for each, read, not set up, or failed: <ErrorId>.
.PARAMETER PipelineId
    ActiveCampaign pipelines (dealGroup ids) whose contacts to pull; all contacts when omitted. Under
    "pwsh -File" write them as one argument, "-PipelineId 1,2": -File passes text, not a PowerShell list,
    so the script splits it on commas itself (PowerShell alone would read "1,2" as the number 12).
.PARAMETER OutputFolder
    Where the CSVs and summaries go.
.PARAMETER OptOutCheckDays
    How many days apart the full pull for withheld-<stamp>.csv runs (default 7; 0: every run). It reads every
    contact at ActiveCampaign's pace (5 requests a second, 100 contacts a request: about 100 s for 50,000 contacts).
.PARAMETER FirstRunDays
    How far back the first run reads the inbox (default 30 days; 0: every message the folders hold). Later runs
    read what arrived since the run before (the task's own watermark); so does a run after state.json was lost,
    from this far back again.
.EXAMPLE
    pwsh -NoProfile -NonInteractive -File nightly-pull.ps1 -PipelineId 1,2
#>
# No positional parameters: "-PipelineId 1, 2" under -File would otherwise hand "2" to -OutputFolder.
[CmdletBinding(PositionalBinding = $false)]
param(
    [string[]] $PipelineId,
    [string] $OutputFolder,
    [ValidateRange(0, 365)]
    [int] $OptOutCheckDays = 7,
    [ValidateRange(0, 36500)]
    [int] $FirstRunDays = 30
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'   # no progress bars in a task's output
$ConfirmPreference = 'None'                # never prompt

# The config directory, as Pipes finds it.
$config = if ($env:PIPES_CONFIG_DIR) { $env:PIPES_CONFIG_DIR }
    elseif ($IsWindows) { Join-Path $env:APPDATA 'Pipes' }
    elseif ($env:XDG_CONFIG_HOME) { Join-Path $env:XDG_CONFIG_HOME 'pipes' }
    else { Join-Path $HOME '.config/pipes' }
$logs = Join-Path $config 'logs'
# Dates as ISO 8601 with their offset (2026-03-07T10:00:00-06:00): Export-Csv would write them in this machine's culture
# (07/03/2026 ...), which a reader of another culture, or a program, takes for another day.
function Iso($date) { if ($null -ne $date) { ([DateTimeOffset]$date).ToString('yyyy-MM-ddTHH:mm:sszzz', [Globalization.CultureInfo]::InvariantCulture) } }
# Text anyone outside can write (a sender's name, a subject, a contact's name typed into a form) goes to files a person opens in a
# spreadsheet: one that starts as a formula (=, +, -, @, a tab or a carriage return) is written with a leading apostrophe, which
# spreadsheets show as text and do not run (OWASP's CSV injection advice). Ids, addresses, numbers and dates are not touched.
function Text($value) { if ($null -ne $value) { $t = "$value"; if ($t -match '^[=+\-@\t\r]') { "'" + $t } else { $t } } }

$logFile = Join-Path $logs ("nightly-{0:yyyyMMdd}.log" -f (Get-Date))
function Write-Log([string] $text) {
    Add-Content -LiteralPath $logFile -Value ("{0:yyyy-MM-ddTHH:mm:sszzz} [{1}] {2}" -f (Get-Date), $PID, $text)
}
# What went wrong, in .NET's words without PowerShell's wrapper ('Exception calling "Create" with "3" argument(s): ...').
function Reason($record) { $e = $record.Exception; if ($e -is [Management.Automation.MethodInvocationException] -and $e.InnerException) { $e.InnerException.Message } else { $e.Message } }
# A failure of the script's own (not of a Pipes command), with the id, message and advice the catch below logs.
function New-RunFailure([Exception] $exception, [string] $errorId, [Management.Automation.ErrorCategory] $category, $target, [string] $advice) {
    $record = [Management.Automation.ErrorRecord]::new($exception, $errorId, $category, $target)
    $record.ErrorDetails = [Management.Automation.ErrorDetails]::new($exception.Message)
    $record.ErrorDetails.RecommendedAction = $advice
    $record
}

$script:ended = $false   # set by the success line and by the catch; still false in finally, the run was stopped
try {
    # A log that cannot be written fails the run before it reads anything: a task whose log is lost would run unwatched.
    try {
        New-Item -ItemType Directory -Force -Path $logs | Out-Null
        [IO.File]::AppendAllText($logFile, '')   # opens it for writing, writes nothing
    }
    catch {
        throw (New-RunFailure ([UnauthorizedAccessException]::new("nightly-pull cannot write its log $logFile ($(Reason $_)); this run did nothing.", $_.Exception)) `
            'Pipes.AccessDenied' PermissionDenied $logFile "Make $logs a folder the task's account can write to.")
    }
    # Before anything can fail (the ids, the lock, the module, the folder): every FAILED line follows the run's started line.
    Write-Log "started: pipelines $(if ($PipelineId) { "$PipelineId" } else { 'all contacts' })"
    # Ids as -File passes them ("1,2" as one text) or as a script passes them (1, 2): each must be a whole number.
    $PipelineId = @($PipelineId | ForEach-Object { "$_" -split '[,\s]+' } | Where-Object { $_ } | ForEach-Object {
        $id = 0L
        if (-not [long]::TryParse($_, [Globalization.NumberStyles]::None, [Globalization.CultureInfo]::InvariantCulture, [ref] $id)) {
            # throw, not $PSCmdlet.ThrowTerminatingError: that one ends the script past the catch below, unlogged.
            throw ([Management.Automation.ErrorRecord]::new(
                [ArgumentException]::new("-PipelineId '$_' is not a pipeline id (a whole number; Get-ACPipeline lists them)."),
                'Pipes.InvalidInput', [Management.Automation.ErrorCategory]::InvalidArgument, $_))
        }
        $id
    })
    # One run at a time: two overlapping runs would each pull what is new since the last complete run and write
    # it twice (the watermarks move only when a run ends). The operating system releases the lock with the process.
    $lockPath = Join-Path $config 'nightly-pull.lock'
    try { $runLock = [IO.File]::Open($lockPath, [IO.FileMode]::OpenOrCreate, [IO.FileAccess]::ReadWrite, [IO.FileShare]::None) }
    catch [IO.IOException] {
        throw (New-RunFailure ([InvalidOperationException]::new("another nightly-pull is running with this config directory ($config); this run did nothing, so that nothing is written twice.")) `
            'Pipes.ConfigLocked' ResourceBusy $lockPath "Let that run finish (the next run reads what this one would have); if none is running, look for a hung pwsh holding $lockPath.")
    }
    # Not installed for the task's account: say how to install it, not PowerShell's Modules_ModuleNotFound.
    if (-not (Get-Module Pipes) -and -not (Get-Module -ListAvailable Pipes)) {
        throw (New-RunFailure ([IO.FileNotFoundException]::new("the Pipes module is not installed for this account (no Pipes folder in any PSModulePath folder: $($env:PSModulePath -split [IO.Path]::PathSeparator -join ', ')); this run did nothing.")) `
            'Pipes.NotConfigured' ObjectNotFound 'Pipes' "Build it (dotnet build -c Release) and copy the out/Pipes folder, keeping its name, into one of those folders (README.md: Installing for a user).")
    }
    Import-Module Pipes
    if (-not $OutputFolder) { $OutputFolder = Join-Path $config 'nightly' }
    # A folder that cannot be made or written fails here, before anything is read, with what to do, rather than as
    # Export-Csv's FileOpenFailure after a pull whose watermark then stays put.
    try {
        New-Item -ItemType Directory -Force -Path $OutputFolder -ErrorAction Stop | Out-Null
        [IO.File]::Create((Join-Path $OutputFolder ".nightly-pull-$PID.probe"), 1, [IO.FileOptions]::DeleteOnClose).Dispose()
    }
    catch {
        throw (New-RunFailure ([UnauthorizedAccessException]::new("nightly-pull cannot write to its output folder $OutputFolder ($(Reason $_)); this run did nothing.", $_.Exception)) `
            'Pipes.AccessDenied' PermissionDenied $OutputFolder "Make $OutputFolder a folder the task's account can write to, or give another with -OutputFolder.")
    }
    $stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
    # Its own daily logs are kept as long as Pipes keeps pipes-*.log (Log.RetainedDays): a task that runs every night for years
    # must not fill the disk with them. Its CSVs and summaries are the business's records: they are left to whoever uses them.
    $keepDays = [int](Get-PipesConfig Log.RetainedDays -ErrorAction SilentlyContinue).Value; if ($keepDays -lt 1) { $keepDays = 14 }
    foreach ($old in Get-ChildItem -LiteralPath $logs -Filter 'nightly-*.log' -File | Where-Object LastWriteTime -lt (Get-Date).Date.AddDays(-$keepDays)) {
        Remove-Item -LiteralPath $old.FullName -ErrorAction SilentlyContinue
    }
    # A run killed before its rename left a .partial file. Its watermark did not move, so this run reads its records
    # again, and no other run is writing one now (the lock): it is only in the way.
    foreach ($stale in Get-ChildItem -LiteralPath $OutputFolder -Filter '*.partial' -File) {
        Remove-Item -LiteralPath $stale.FullName
        Write-Log "removed $($stale.Name), left by a run that ended before its file was complete (this run reads its records again)"
    }

    # Each integration's failure is logged and does not keep the other from being read (an ActiveCampaign outage must not leave
    # opt-out replies unread); the run then ends FAILED with the first failure. One never set up here is skipped with a line; one
    # set up but not configured now (a sign-in or a secret gone) is a failure: a broken night must not look like a quiet one.
    $failures = [Collections.Generic.List[object]]::new()
    $outcome = [ordered]@{ ActiveCampaign = 'read'; Outlook = 'read' }
    # A value settings.json holds that does not fit its setting was set here too: counted, not a failure of this question (the
    # part's own commands say what is wrong with it).
    function Test-SetUp([string] $integration) {
        $set = @(Get-PipesConfig "$integration.*" -ErrorAction SilentlyContinue -ErrorVariable unfit | Where-Object Source -ne 'Default')
        $set.Count -gt 0 -or $unfit.Count -gt 0 -or @(Get-PipesSecretInfo "$integration.*" | Where-Object IsSet).Count -gt 0
    }
    function Get-ErrorId($record) { ($record.FullyQualifiedErrorId -split ',')[0] }
    function Get-NotConfiguredError($status) {
        $record = [Management.Automation.ErrorRecord]::new([InvalidOperationException]::new("$($status.Name) is set up here but not configured: $($status.Message)"),
            'Pipes.NotConfigured', [Management.Automation.ErrorCategory]::NotSpecified, $status.Name)
        $record.ErrorDetails = [Management.Automation.ErrorDetails]::new($record.Exception.Message)
        $record.ErrorDetails.RecommendedAction = "Test-PipesIntegration $($status.Name) says what is missing; set it, or remove the $($status.Name) settings if it is no longer used."
        $record
    }

    # 1. ActiveCampaign: what is new or changed since the last complete run.
    $contactsCsv = Join-Path $OutputFolder "contacts-$stamp.csv"
    $pull = @{ Incremental = $true; WatermarkName = 'nightly-pull' }   # its own: a pull at the prompt must not take its changes
    if ($PipelineId) { $pull.PipelineId = $PipelineId }
    $contacts = 0
    $withheld = 0
    $acStatus = if (Test-SetUp ActiveCampaign) { $null } else { 'not set up' }
    if ($acStatus) { $outcome.ActiveCampaign = $acStatus; Write-Log 'ActiveCampaign: not set up here (no ActiveCampaign setting or secret), contacts skipped' }
    else {
        try {
            # Its warnings (deals whose contact was deleted) go to the log too: a task's console output is seldom kept.
            Get-ACContact @pull -CommitVariable acPull -WarningVariable acWarnings | ForEach-Object { $script:contacts++; if ($_.WithheldEmails) { $script:withheld++ }; $_ } |
                Select-Object Id, @{ n = 'FirstName'; e = { Text $_.FirstName } }, @{ n = 'LastName'; e = { Text $_.LastName } }, @{ n = 'FullName'; e = { Text $_.FullName } },
                    Email, ExtraEmails, WithheldEmails, Phone, PhoneExtension, ExtraPhones, @{ n = 'PhoneRaw'; e = { Text $_.PhoneRaw } }, @{ n = 'Company'; e = { Text $_.Company } },
                    @{ n = 'Created'; e = { Iso $_.Created } }, @{ n = 'Updated'; e = { Iso $_.Updated } }, @{ n = 'Deals'; e = { Text "$($_.Deals)" } }, @{ n = 'Issues'; e = { Text $_.Issues } } |
                Export-Csv -LiteralPath "$contactsCsv.partial" -NoTypeInformation -Encoding utf8
            # Export-Csv leaves an empty file when nothing came: no contacts, no file.
            if ($contacts) { Move-Item -LiteralPath "$contactsCsv.partial" -Destination $contactsCsv -Force }
            Complete-PipesWatermark $acPull   # only now, the file complete under its name, does the watermark move
        }
        catch {
            $failures.Add($_)
            $outcome.ActiveCampaign = "failed: $(Get-ErrorId $_)"
            Write-Log "ActiveCampaign: the pull failed ($(Get-ErrorId $_): $($_.Exception.Message.TrimEnd('.'))); the inbox is read, then the run ends FAILED with its error (the watermark did not move: the next run reads these contacts again)"
        }
        finally { Remove-Item -LiteralPath "$contactsCsv.partial" -ErrorAction SilentlyContinue }
        # A first run (no watermark of its own yet, or state.json lost) reads every contact: said, as that night is far longer.
        if (-not $failures.Count) { Write-Log "ActiveCampaign: $contacts contact(s) new or changed$(if ($acPull.FirstRead) { ' (the first run for its watermark: every contact)' })$(if ($withheld) { ", $withheld of them unsubscribed or bounced (WithheldEmails)" }) -> $(if ($contacts) { $contactsCsv } else { 'no file' })" }
        foreach ($warning in $acWarnings) { Write-Log "ActiveCampaign warning: $warning" }
    }

    # 1b. Opt-outs the incremental pull may not bring: every contact unsubscribed or bounced on a list, from a full pull now
    # and then (the newest withheld file says when the last one ran).
    $lastCheck = Get-ChildItem -LiteralPath $OutputFolder -Filter 'withheld-*.csv' -File | Sort-Object LastWriteTimeUtc | Select-Object -Last 1
    $withheldAll = $null
    # By the day, not the instant: the file is written minutes into a run, so a task at a fixed hour would be a few minutes short
    # of the period on its day and check a day late.
    # Not when the pull above failed: the full pull would meet the same outage, and spend its wait again.
    if ($outcome.ActiveCampaign -eq 'read' -and (-not $lastCheck -or $lastCheck.LastWriteTimeUtc.Date -le [DateTime]::UtcNow.Date.AddDays(-$OptOutCheckDays))) {
        $withheldCsv = Join-Path $OutputFolder "withheld-$stamp.csv"
        $full = @{}
        if ($PipelineId) { $full.PipelineId = $PipelineId }
        $withheldAll = 0
        # Its own failure does not keep the inbox from being read: logged, and the run still exits 1 at its end.
        try {
            # Written even when empty (a header only): its date is when the check last ran.
            Get-ACContact @full | Where-Object WithheldEmails | ForEach-Object { $script:withheldAll++; $_ } |
                Select-Object Id, FullName, WithheldEmails, Issues, @{ n = 'Updated'; e = { Iso $_.Updated } } |
                ConvertTo-Csv -NoTypeInformation | Set-Content -LiteralPath "$withheldCsv.partial" -Encoding utf8
            if (-not $withheldAll) { Set-Content -LiteralPath "$withheldCsv.partial" -Value '"Id","FullName","WithheldEmails","Issues","Updated"' -Encoding utf8 }
            Move-Item -LiteralPath "$withheldCsv.partial" -Destination $withheldCsv -Force
        }
        catch {
            $failures.Add($_)
            $outcome.ActiveCampaign = "failed: $(Get-ErrorId $_)"
            $withheldAll = $null
            Write-Log "ActiveCampaign: the opt-out check failed ($(Get-ErrorId $_): $($_.Exception.Message.TrimEnd('.'))); the inbox is read, then the run ends FAILED with its error (the next run checks again)"
        }
        finally { Remove-Item -LiteralPath "$withheldCsv.partial" -ErrorAction SilentlyContinue }
        if ($null -ne $withheldAll) { Write-Log "ActiveCampaign: opt-out check (a full pull): $withheldAll contact(s) unsubscribed or bounced -> $withheldCsv" }
    }

    # 2. The inbox, and the folders replies are moved to before the run (Outlook.InboxFolders): replies since the last poll, classified.
    $lastSummary = Get-ChildItem -LiteralPath $OutputFolder -Filter 'summary-*.json' -File | Sort-Object LastWriteTimeUtc | Select-Object -Last 1 |
        ForEach-Object { try { Get-Content -Raw -LiteralPath $_.FullName | ConvertFrom-Json } catch { $null } }
    $replies = @()
    $outlook = Test-PipesIntegration Outlook
    if ($outlook.IsConfigured) {
        $repliesCsv = Join-Path $OutputFolder "replies-$stamp.csv"
        # Its failure, like the contacts', is logged and written in the summary, and the run then ends FAILED.
        try {
            # Its own watermark: an admin's Get-PipesInbox at the prompt moves the unnamed one, and would otherwise take these replies.
            # InternetMessageId: what a store de-duplicates on (a run that dies before its watermark moves gives its messages again).
            # The first run (no watermark yet) reads the last -FirstRunDays days, not years of mail.
            $firstPoll = if ($FirstRunDays -gt 0) { @{ FirstPollSince = [DateTimeOffset]::Now.AddDays(-$FirstRunDays) } } else { @{} }
            $replies = @(Get-PipesInbox -All -WatermarkName nightly-pull @firstPoll -CommitVariable inboxPull -WarningVariable inboxWarnings | Select-Object @{ n = 'ReceivedDateTime'; e = { Iso $_.ReceivedDateTime } },
                InternetMessageId, FromAddress, Email, @{ n = 'FromName'; e = { Text $_.FromName } }, @{ n = 'Subject'; e = { Text $_.Subject } }, Folder, Classification,
                @{ n = 'OptOut'; e = { "$($_.OptOut)" } }, @{ n = 'ReferralName'; e = { Text $_.Reply.ReferralName } }, @{ n = 'ReferralEmail'; e = { $_.Reply.ReferralEmail } },
                @{ n = 'ReferralPhone'; e = { $_.Reply.ReferralPhone } }, @{ n = 'FollowUp'; e = { Text $_.Reply.FollowUp } },
                @{ n = 'ReturnDate'; e = { if ($_.Reply.ReturnDate) { $_.Reply.ReturnDate.ToString('yyyy-MM-dd', [Globalization.CultureInfo]::InvariantCulture) } } },
                @{ n = 'ReplyText'; e = { Text $_.Reply.ReplyText } }, @{ n = 'Evidence'; e = { Text "$($_.Reply)" } })
            if ($replies.Count) {
                $replies | Export-Csv -LiteralPath "$repliesCsv.partial" -NoTypeInformation -Encoding utf8
                Move-Item -LiteralPath "$repliesCsv.partial" -Destination $repliesCsv -Force
            }
            Complete-PipesWatermark $inboxPull
            # Which window a first run read: -FirstRunDays back, or every message.
            $window = if (-not $inboxPull.FirstRead) { '' } elseif ($inboxPull.From) { " (the first run for its watermark: the messages received since $(Iso $inboxPull.From))" } else { ' (the first run for its watermark: every message)' }
            Write-Log "Outlook: $($replies.Count) repl(ies)$window -> $(if ($replies.Count) { $repliesCsv } else { 'no file' })"
        }
        catch {
            $failures.Add($_)
            $outcome.Outlook = "failed: $(Get-ErrorId $_)"
            $replies = @()
            Write-Log "Outlook: reading the inbox failed ($(Get-ErrorId $_): $($_.Exception.Message.TrimEnd('.'))); the run ends FAILED with its error (the watermark did not move: the next run reads these messages again)"
        }
        finally { Remove-Item -LiteralPath "$repliesCsv.partial" -ErrorAction SilentlyContinue }
        foreach ($warning in $inboxWarnings) { Write-Log "Outlook warning: $warning" }
    }
    # Set up here when a setting or secret of its own is (a token given through the environment has none), or when this task read
    # the inbox before (its newest summary says so): an inbox read last night and not tonight is a failure, never a quiet skip.
    elseif ((Test-SetUp Outlook) -or $lastSummary.Integrations.Outlook -eq 'read') {
        $failures.Add((Get-NotConfiguredError $outlook))
        $outcome.Outlook = 'failed: Pipes.NotConfigured'
        Write-Log "Outlook: set up here but not configured, inbox NOT read: $($outlook.Message)"
    }
    else { $outcome.Outlook = 'not set up'; Write-Log 'Outlook: not set up here (no Outlook setting or secret), inbox skipped' }

    # 3. The summary.
    $summary = [ordered]@{
        Finished = (Get-Date).ToString('o')
        Contacts = $contacts
        Withheld = $withheld
        WithheldInFullCheck = $withheldAll   # null when this run made no opt-out check
        Replies  = $replies.Count
        ByClassification = [ordered]@{}
        Integrations = $outcome   # read, not set up, or failed: <ErrorId>: zero replies from an inbox not read is no quiet night
    }
    foreach ($group in $replies | Group-Object Classification | Sort-Object Name) { $summary.ByClassification[$group.Name] = $group.Count }
    $summary | ConvertTo-Json | Set-Content -LiteralPath (Join-Path $OutputFolder "summary-$stamp.json") -Encoding utf8
    Write-Log ("finished: {0} contact(s), {1} repl(ies){2}" -f $contacts, $replies.Count,
        $(if ($replies.Count) { '; ' + (($summary.ByClassification.GetEnumerator() | ForEach-Object { "$($_.Key) $($_.Value)" }) -join ', ') }))
    # The run ends FAILED with the first failure; each part's own failure was logged with its message where it happened (a trial:
    # with both services down the log carried only ActiveCampaign's message, Outlook's reason in no file).
    if ($failures.Count) { throw $failures[0] }
    $script:ended = $true
    exit 0
}
catch {
    $script:ended = $true
    $id = if ($_.FullyQualifiedErrorId) { ($_.FullyQualifiedErrorId -split ',')[0] } else { 'Unknown' }
    $message = $_.Exception.Message
    $advice = $_.ErrorDetails.RecommendedAction
    # A .NET method's error (a script that calls $acPull.Commit() rather than Complete-PipesWatermark) comes wrapped:
    # "Exception calling "Commit"...", its id the type's name. The Pipes error inside has the id, message and advice a reader of the log can act on.
    if ($_.Exception -is [Management.Automation.MethodInvocationException] -and $_.Exception.InnerException.ErrorId) {
        $inner = $_.Exception.InnerException
        $id, $message, $advice = $inner.ErrorId, $inner.Message, ($inner.RecommendedAction -replace '\{command\}', 'nightly-pull.ps1')
    }
    # Standard error first: when the log is what failed, writing to it fails again, and the cause must still be seen.
    [Console]::Error.WriteLine("nightly-pull failed: $id`: $message$(if ($advice) { " ($advice)" })")
    try { Write-Log "FAILED $id`: $message$(if ($advice) { " ($advice)" })" } catch { }
    exit 1
}
finally {
    # Stopped (Ctrl+C, SIGINT; not SIGTERM, which ends pwsh without running this): neither the catch nor the success line ran. Said, so that a log
    # that ends at "started" is not taken for a run still going. A kill -9 leaves nothing to say it.
    if (-not $script:ended) {
        try { Write-Log 'STOPPED before it finished: each watermark moves only once its file is complete, so the next run reads again what this one did not store' } catch { }
        if ($runLock) { $runLock.Dispose() }
        # 130 (128 + SIGINT, as a shell reports a Ctrl+C): PowerShell ends a script stopped inside a command with 0 whatever exit says
        # (measured), which reads as success. A -NonInteractive pwsh (the task lines above) has no session to keep, so it is ended
        # with 130 here; run with & in a session, the session goes on.
        if ([Environment]::GetCommandLineArgs() -match '^-noni') { [Environment]::Exit(130) }
        exit 130
    }
    if ($runLock) { $runLock.Dispose() }   # also when the script was run with & in a session that goes on
}
