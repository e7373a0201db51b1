# Invoke-PipesDial and Test-PipesDialer on Linux, with stand-in xdg-open, xdg-mime and clipboard
# programs on PATH that record what they receive, and a stand-in process named like Bria.
BeforeDiscovery { $script:OnLinux = $IsLinux }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    Import-Module (Join-Path (Get-RepoRoot) 'out/Pipes') -Force
    $env:PIPES_CONFIG_DIR = Join-Path $TestDrive 'config'
    $script:StandIn = New-DialerStandIn -Root $TestDrive
    $script:Log = $StandIn.Log
    $script:Bin = $StandIn.Bin
    $script:OpenProbe = $StandIn.OpenProbe
    $script:ClosedProbe = $StandIn.ClosedProbe

    function script:Reset-Dialer {
        Remove-Item (Join-Path $Log '*') -ErrorAction SilentlyContinue
        Set-Content (Join-Path $Log 'handler') 'bria5.desktop'
        Set-PipesConfig Dialer.Scheme tel
        Set-PipesConfig Dialer.ConnectivityProbe $OpenProbe
        Set-PipesConfig Dialer.ProcessNames $null
        Set-PipesConfig Dialer.OutsideLinePrefix $null
    }
    function script:Get-Launched { Get-Content (Join-Path $Log 'launched') -ErrorAction SilentlyContinue }
    # The handler is started, not waited for: a test that dials waits for its lines, so that none lands after the next test's reset.
    function script:Wait-Launched([int] $Count) {
        $deadline = [DateTime]::UtcNow.AddSeconds(10)
        while (@(Get-Launched).Count -lt $Count -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        @(Get-Launched).Count | Should -Be $Count
    }
    function script:Get-Clipboard { Get-Content -Raw (Join-Path $Log 'clipboard') -ErrorAction SilentlyContinue }
}

AfterAll { Remove-DialerStandIn $StandIn }

Describe 'Invoke-PipesDial' -Skip:(-not $OnLinux) {
    BeforeEach { Reset-Dialer }

    It 'dials <Scheme> with <Uri>' -ForEach @(
        @{ Scheme = 'tel'; Extension = '204'; Uri = 'tel:+17135551234;ext=204' }
        @{ Scheme = 'sip'; Extension = $null; Uri = 'sip:7135551234@pbx.example.com' }
        @{ Scheme = 'callto'; Extension = $null; Uri = 'callto:+17135551234' }
    ) {
        Set-PipesConfig Dialer.Scheme $Scheme
        Set-PipesConfig Dialer.SipDomain pbx.example.com
        $result = Invoke-PipesDial '(713) 555-1234' -Extension $Extension
        $result.Method | Should -Be 'Dialed'
        $result.Message | Should -Be 'Dialing…'
        $result.Uri | Should -Be $Uri
        # The handler is started, not waited for: give the stand-in a moment to write.
        $deadline = [DateTime]::UtcNow.AddSeconds(10)
        while (-not (Get-Launched) -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        Get-Launched | Should -Be $Uri
    }

    It 'puts the outside-line prefix first' {
        Set-PipesConfig Dialer.OutsideLinePrefix 9
        (Invoke-PipesDial 7135551234).Uri | Should -Be 'tel:917135551234;phone-context=+1'
        Wait-Launched 1   # written after the next test's reset, its line failed that test
        Get-Launched | Should -Be 'tel:917135551234;phone-context=+1'
    }

    It 'copies to the clipboard when Bria is <Case>' -ForEach @(
        @{ Case = 'not running'; Setup = { Set-PipesConfig Dialer.ProcessNames 'NoSuchBria' }; Reason = 'not running' }
        @{ Case = 'not installed'; Setup = { Set-Content (Join-Path $Log 'handler') 'firefox.desktop' }; Reason = 'not installed' }
        @{ Case = 'offline'; Setup = { Set-PipesConfig Dialer.ConnectivityProbe $ClosedProbe }; Reason = 'offline' }
    ) {
        & $Setup
        $result = Invoke-PipesDial '+1 713-555-1234'
        $result.Method | Should -Be 'CopiedToClipboard'
        $result.Message | Should -Be 'Copied to clipboard'
        $result.Reason | Should -Match $Reason
        $result.Uri | Should -BeNullOrEmpty
        Get-Clipboard | Should -Be '7135551234'
        Get-Launched | Should -BeNullOrEmpty
    }

    It 'launches and copies nothing under -WhatIf' {
        Invoke-PipesDial 7135551234 -WhatIf | Should -BeNullOrEmpty
        Start-Sleep -Milliseconds 200
        Get-Launched | Should -BeNullOrEmpty
        Get-Clipboard | Should -BeNullOrEmpty
    }

    It 'fails an unusable number with Pipes.InvalidPhoneNumber' {
        Invoke-PipesDial '555-12' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidPhoneNumber,Pipes.PowerShell.Commands.Dialer.InvokePipesDialCommand'
    }

    It 'names the row of an imported record with no phone, and dials the next' {
        $file = Join-Path $TestDrive 'nophone.csv'
        Set-Content $file -Value @('Name,Email,Phone', 'Al Poe,al@example.com,', 'Jo Smith,jo@example.com,713-555-1234')
        $results = Import-PipesFile $file | Invoke-PipesDial -ErrorVariable err -ErrorAction SilentlyContinue
        @($results).Count | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.InvalidPhoneNumber,Pipes.PowerShell.Commands.Dialer.InvokePipesDialCommand'
        $err[0].Exception.Message | Should -BeLike '*row 2 of nophone.csv*'
        $err[0].Exception.Message | Should -Not -BeLike '*ContactRecord*'
    }

    It 'binds Phone and PhoneExtension from imported records, and says whom it rang' {
        $file = Join-Path $TestDrive 'one.csv'
        Set-Content $file -Value @('Name,Phone', 'Jo Smith,713-555-1234 x204')
        $result = Import-PipesFile $file | Invoke-PipesDial
        $result.Uri | Should -Be 'tel:+17135551234;ext=204'
        $result.Contact | Should -Be 'row 2 of one.csv (Jo Smith)'
        ($result | Format-Table | Out-String -Width 80) | Should -Match 'Display\s+Contact\s+Method\s+Reason[\s\S]+row 2 of one.csv'
        Wait-Launched 1
        (Invoke-PipesDial 7135551234).Contact | Should -BeNullOrEmpty
        Wait-Launched 2
    }

    It 'dials one number from a pipeline and refuses the next without -Force' {
        $two = '7135551234', '2815554411'
        $results = $two | Invoke-PipesDial -ErrorVariable err -ErrorAction SilentlyContinue
        @($results).Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.DialRefused,Pipes.PowerShell.Commands.Dialer.InvokePipesDialCommand'
        $err[0].Exception.Message | Should -Match 'a call to .+ was just started'
        # Each piped string its own number (a trial: every string after the first dialled the first).
        @($two | Invoke-PipesDial -Force).Uri | Should -Be 'tel:+17135551234', 'tel:+12815554411'
        Wait-Launched 3
        (Get-Launched)[1..2] | Should -Be 'tel:+17135551234', 'tel:+12815554411'
        $err[0].Exception.Message | Should -BeLike 'Not dialing (281) 555-4411:*'
        $null = '7135551234', [pscustomobject]@{ Name = 'Al Bee' } | Invoke-PipesDial -Force -ErrorVariable noPhone -ErrorAction SilentlyContinue
        $noPhone[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.InvalidPhoneNumber,*'
        Wait-Launched 4
        # From records, the refusal names the row and person, as the other per-row errors do (a trial: only the number).
        $file = Join-Path $TestDrive 'two.csv'
        Set-Content $file -Value @('Name,Phone', 'Jo Smith,713-555-1234', 'Ivy Ito,281-555-4411')
        $null = Import-PipesFile $file | Invoke-PipesDial -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].Exception.Message | Should -BeLike 'Not dialing (281) 555-4411 (row 3 of two.csv (Ivy Ito)):*'
        Wait-Launched 5
    }

    # Where no one can be asked, the second number is refused as -NonInteractive refuses it (a trial: a runspace without a host gave
    # PowerShell's HostFunctionNotImplemented, a console whose input is redirected a NullReferenceException called a Pipes fault).
    It 'refuses the second number where no one can be asked: <Case>' -ForEach @(
        @{ Case = 'a runspace without a host' }
        @{ Case = 'pwsh -File with its input redirected' }
    ) {
        if ($Case -like 'a runspace*') {
            $ps = [powershell]::Create()
            $null = $ps.AddScript("Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; '7135551234', '2815554411' | Invoke-PipesDial -ErrorAction SilentlyContinue -ErrorVariable e | Out-Null; `$e | ForEach-Object FullyQualifiedErrorId")
            $ids = $ps.Invoke()
            $ps.Dispose()
        }
        else {
            $script = Join-Path $TestDrive 'dial.ps1'
            Set-Content $script "Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; '7135551234', '2815554411' | Invoke-PipesDial -ErrorAction SilentlyContinue -ErrorVariable e | Out-Null; `$e | ForEach-Object FullyQualifiedErrorId"
            $pwsh = (Get-PwshCommand | ForEach-Object { "'$_'" }) -join ' '
            $ids = bash -c "$pwsh -NoProfile -File '$script' < /dev/null"
        }
        # The console host writes its question before it finds no answer: the error ids are the last line.
        @($ids)[-1] | Should -BeLike '*Pipes.DialRefused,Pipes.PowerShell.Commands.Dialer.InvokePipesDialCommand'
        "$ids" | Should -Not -Match 'NullReference|HostFunctionNotImplemented|fault in Pipes'
        Wait-Launched 1
    }

    It 'says the previous number went to the clipboard, not that a call started, when it did' {
        Set-PipesConfig Dialer.ProcessNames 'NoSuchBria'
        $results = '7135551234', '2815554411' | Invoke-PipesDial -ErrorVariable err -ErrorAction SilentlyContinue
        @($results).Count | Should -Be 1
        $err[0].Exception.Message | Should -Match 'was just put on the clipboard'
        $err[0].Exception.Message | Should -Not -Match 'call .* started'
    }

    It 'refuses no number after one that was not dialed at all' {
        Set-PipesConfig Dialer.ProcessNames 'NoSuchBria'
        Remove-Item (Join-Path $Bin 'xclip')
        try {
            $results = '7135551234', '2815554411' | Invoke-PipesDial -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            $results.Method | Should -Be 'NotDialed', 'NotDialed'
            $err | Should -BeNullOrEmpty
        }
        finally {
            Set-Content (Join-Path $Bin 'xclip') -Value "#!/bin/sh`ncat > `"`$PIPES_TEST_LOG/clipboard`"" -NoNewline
            chmod +x (Join-Path $Bin 'xclip')
        }
    }

    It 'names the row and the contact a number would reach under -WhatIf' {
        $file = Join-Path $TestDrive 'whatif.csv'
        Set-Content $file -Value @('Name,Phone', 'Jo Smith,713-555-1234')
        $transcript = Join-Path $TestDrive 'whatif.txt'
        Start-Transcript $transcript -UseMinimalHeader | Out-Null
        try { Import-PipesFile $file | Invoke-PipesDial -WhatIf }
        finally { Stop-Transcript | Out-Null }
        Get-Content -Raw $transcript | Should -Match 'What if: .*713.*\(row 2 of whatif\.csv \(Jo Smith\)\)'
        # And the address Bria would be handed, as the Dialer.* settings make it: a SIP setup is checked without Bria.
        Set-PipesConfig Dialer.Scheme sip; Set-PipesConfig Dialer.SipDomain pbx.example.com
        $sipTranscript = Join-Path $TestDrive 'whatif-sip.txt'
        Start-Transcript $sipTranscript -UseMinimalHeader | Out-Null
        try { Invoke-PipesDial '(432) 555-0199' -WhatIf }
        finally { Stop-Transcript | Out-Null; Set-PipesConfig Dialer.Scheme $null; Set-PipesConfig Dialer.SipDomain $null }
        Get-Content -Raw $sipTranscript | Should -Match 'What if: .*sip:4325550199@pbx\.example\.com'
        Get-Launched | Should -BeNullOrEmpty
    }

    It 'copies to the clipboard when xdg-open is missing' -Skip:([bool](Get-Command xdg-open -CommandType Application -ErrorAction SilentlyContinue | Where-Object Source -NotLike "$Bin*")) {
        $opener = Join-Path $Bin 'xdg-open'
        $standIn = Get-Content -Raw $opener
        Remove-Item $opener
        try {
            $result = Invoke-PipesDial 7135551234
            $result.Method | Should -Be 'CopiedToClipboard'
            $result.Reason | Should -Match 'xdg-open is not installed'
            Get-Clipboard | Should -Be '7135551234'
        }
        finally {
            Set-Content $opener -Value $standIn -NoNewline
            chmod +x $opener
        }
    }

    It 'returns at once when the clipboard tool forks a server that keeps its output open, as xclip does' {
        Set-PipesConfig Dialer.ProcessNames 'NoSuchBria'
        $xclip = Join-Path $Bin 'xclip'
        $standIn = Get-Content -Raw $xclip
        # Real xclip stays in the background to serve the selection, holding the stdout and stderr it was given.
        Set-Content $xclip -Value "#!/bin/sh`ncat > `"`$PIPES_TEST_LOG/clipboard`"`n(sleep 20; touch `"`$PIPES_TEST_LOG/server.done`") &" -NoNewline
        try {
            $result = Invoke-PipesDial 7135551234
            $result.Method | Should -Be 'CopiedToClipboard'
            Get-Clipboard | Should -Be '7135551234'
            # The server marks its end only after 20 s: had the command waited for its output to close, the mark would be there.
            Join-Path $Log 'server.done' | Should -Not -Exist
        }
        finally {
            Set-Content $xclip -Value $standIn -NoNewline
        }
    }

    It 'stops the clipboard tool at Ctrl+C and tries no other' {
        Set-PipesConfig Dialer.ProcessNames 'NoSuchBria'
        $xclip = Join-Path $Bin 'xclip'
        $xsel = Join-Path $Bin 'xsel'
        $standIn = Get-Content -Raw $xclip
        # A clipboard tool that hangs (no display to serve), and the next one, which says when it was run.
        Set-Content $xclip -Value "#!/bin/sh`ncat > /dev/null`nsleep 30" -NoNewline
        Set-Content $xsel -Value "#!/bin/sh`ntouch `"`$PIPES_TEST_LOG/xsel.ran`"" -NoNewline
        chmod +x $xsel
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; Invoke-PipesDial 7135551234")
            $async = $ps.BeginInvoke()
            Start-Sleep -Milliseconds 1500
            $async.IsCompleted | Should -BeFalse
            $ps.Stop()
            # Past the tool's own 3 s limit: before, the dial went on behind the stopped command, and put the number on the clipboard with xsel.
            Start-Sleep -Seconds 3
            Join-Path $Log 'xsel.ran' | Should -Not -Exist
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally {
            $ps.Dispose()
            Set-Content $xclip -Value $standIn -NoNewline
            Remove-Item $xsel
        }
    }

    It 'keeps the number and warns when no clipboard works' {
        Set-PipesConfig Dialer.ProcessNames 'NoSuchBria'
        Remove-Item (Join-Path $Bin 'xclip')
        try {
            $result = Invoke-PipesDial 7135551234 -WarningVariable w -WarningAction SilentlyContinue
            $result.Method | Should -Be 'NotDialed'
            $result.Number | Should -Be '7135551234'
            "$w" | Should -Match 'clipboard'
        }
        finally {
            Set-Content (Join-Path $Bin 'xclip') -Value "#!/bin/sh`ncat > `"`$PIPES_TEST_LOG/clipboard`"" -NoNewline
            chmod +x (Join-Path $Bin 'xclip')
        }
    }
}

Describe 'Test-PipesDialer' -Skip:(-not $OnLinux) {
    BeforeEach { Reset-Dialer }

    It 'says installed, running and online separately' {
        $status = Test-PipesDialer
        $status.IsAvailable | Should -BeTrue
        $status.InstalledDetail | Should -Match 'bria5.desktop'
        $status.RunningDetail | Should -Match 'bria'
        $status.OnlineDetail | Should -Match ([regex]::Escape($OpenProbe))

        Set-PipesConfig Dialer.ConnectivityProbe $ClosedProbe
        $status = Test-PipesDialer
        $status.Installed | Should -BeTrue
        $status.Running | Should -BeTrue
        $status.Online | Should -BeFalse
        $status.IsAvailable | Should -BeFalse
    }

    It 'is a row of Test-PipesIntegration' {
        (Test-PipesIntegration Dialer).IsHealthy | Should -BeTrue
        Set-Content (Join-Path $Log 'handler') 'firefox.desktop'
        $row = Test-PipesIntegration Dialer
        $row.IsHealthy | Should -BeFalse
        $row.Message | Should -Match 'not Bria'
    }
}
