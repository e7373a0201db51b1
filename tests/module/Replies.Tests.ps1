# Get-PipesReplyClassification with parameters and from the pipeline.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    Import-Module (Join-Path (Get-RepoRoot) 'out/Pipes') -Force
    $env:PIPES_CONFIG_DIR = Join-Path $TestDrive 'config'
    $script:Quote = "`n`n-----Original Message-----`nFrom: Pat Landman`nSent: Monday, November 23, 2026 9:14 AM`nSubject: Minerals`n`nLet me know if you're interested. Reply STOP to unsubscribe."
}

Describe 'Get-PipesReplyClassification' {
    It 'classifies <Expected> from parameters' -ForEach @(
        @{ Body = "What's your price per net mineral acre?"; Expected = 'Interested' }
        @{ Body = 'unsubscribe'; Expected = 'NotInterested' }
        @{ Body = "I'm not the right person, talk to Jane (jane@doe.com)."; Expected = 'Referral' }
        @{ Body = 'thanks'; Expected = 'Unknown' }
    ) {
        (Get-PipesReplyClassification -Subject 'RE: Minerals' -Body ($Body + $Quote)).Classification | Should -Be $Expected
    }

    It 'binds Subject, Body, BodyType, From and Headers from piped messages' {
        $messages = @(
            [pscustomobject]@{ Subject = 'Automatic reply: Minerals'; Body = '<p>I am out of the office until December 7.</p>'; BodyType = 'Html'; From = 'Jo <jo@x.com>'; Headers = @{ 'Auto-Submitted' = 'auto-replied' }; ReceivedDateTime = [datetime]'2026-11-25' }
            [pscustomobject]@{ Subject = 'Undeliverable: Minerals'; Body = 'Delivery has failed to these recipients or groups: a@b.com'; BodyType = 'Text'; From = 'Microsoft Outlook <postmaster@b.com>'; Headers = @{} ; ReceivedDateTime = [datetime]'2026-11-25' }
        )
        $results = $messages | Get-PipesReplyClassification
        $results.Classification | Should -Be @('OutOfOffice', 'Bounce')
        $results[0].ReturnDate | Should -Be ([datetime]'2026-12-07')
        $results[0].Evidence | Should -Contain 'header Auto-Submitted: auto-replied'
    }

    # A trial: about_Pipes' "Import-Csv replies.csv | Get-PipesReplyClassification" on the replies CSV examples/nightly-pull.ps1 writes
    # (ReplyText, FromAddress, Subject) failed per row with PowerShell's binding error for Body.
    It 'classifies again the replies CSV the nightly example writes, by its ReplyText and FromAddress' {
        $csv = Join-Path $TestDrive 'replies.csv'
        @(
            [pscustomobject]@{ ReceivedDateTime = '2026-11-25T10:00:00-06:00'; FromAddress = 'jo@x.com'; Subject = 'RE: Minerals'; Classification = 'Interested'; ReplyText = 'How much per acre? Call me at 432-555-0101.' }
            [pscustomobject]@{ ReceivedDateTime = '2026-11-25T11:00:00-06:00'; FromAddress = 'al@x.com'; Subject = 'RE: Minerals'; Classification = 'NotInterested'; ReplyText = 'Not interested. Take me off your list.' }
        ) | Export-Csv $csv -NoTypeInformation
        $again = Import-Csv $csv | Get-PipesReplyClassification -ErrorAction Stop
        $again.Classification | Should -Be @('Interested', 'NotInterested')
    }

    It 'returns the new text only, with the evidence that decided' {
        # A deferral with a time and an invitation to call back is Interested, so it is not buried (REPLY-LABELS.md step 4).
        $r = Get-PipesReplyClassification -Subject 'RE: x' -Body ('Not interested now, call me in Q3.' + $Quote)
        $r.ReplyText | Should -Be 'Not interested now, call me in Q3.'
        $r.Classification | Should -Be 'Interested'
        $r.FollowUp | Should -Be 'Q3'
        $r.Confidence | Should -BeGreaterThan 0
        $r.Evidence[0] | Should -Match '^policy: a deferral'
        ($r.Evidence -join ' ') | Should -Match 'model: NotInterested over'
    }

    It 'cuts a localised Outlook header block and reads a bottom-posted answer (the field cases)' {
        $cases = Join-Path (Get-RepoRoot) '../shared/cases/replies'
        $es = Get-PipesReplyClassification -Subject 'RE: Offer for your minerals in Section 12' -From 'Owner <owner@example.org>' -Body (Get-Content (Join-Path $cases '07a-outlook-es.txt') -Raw)
        $es.Classification | Should -Be 'Unknown'
        $es.ReplyText | Should -Be 'Recibido, gracias.'
        $bottom = Get-PipesReplyClassification -Subject 'RE: Offer for your minerals in Section 12' -From 'Owner <owner@example.org>' -Body (Get-Content (Join-Path $cases '09-bottom-post.txt') -Raw)
        $bottom.Classification | Should -Be 'NotInterested'
        $bottom.ReplyText | Should -Be 'No thanks, we are keeping them.'
    }

    It 'never takes the sender or the mailbox for the referral contact' {
        $body = "Talk to my son Carl, carl@example.net.`n`nRosa`nrosa@example.org" + $Quote
        $r = Get-PipesReplyClassification -Subject 'RE: x' -Body $body -From 'Rosa <rosa@example.org>' -To 'landman@permianpipes.com'
        $r.Classification | Should -Be 'Referral'
        $r.ReferralEmail | Should -Be 'carl@example.net'
    }

    It 'shows Classification, Confidence, OptOut, Evidence and ReplyText in its table' {
        Get-PipesReplyClassification -Subject 'RE: x' -Body 'yes' | Out-String -Width 100 |
            Should -Match 'Classification\s+Confidence\s+OptOut\s+Evidence\s+ReplyText'
        Get-PipesReplyClassification -Subject 'RE: x' -Body 'Quit calling my house. Email me the offer.' | Out-String -Width 100 |
            Should -Match 'Interested\s+\S+\s+Calls\s'
    }

    It 'reads a return date against a piped message''s own ReceivedDateTime, a [DateTimeOffset] as Get-PipesInbox gives it' {
        $message = [pscustomobject]@{ Subject = 'Automatic reply: Offer'; Body = 'I am out of the office until December 7.'
            Header = @{ 'Auto-Submitted' = 'auto-replied' }; ReceivedDateTime = [DateTimeOffset]'2027-11-30T10:00:00-06:00' }
        ($message | Get-PipesReplyClassification).ReturnDate | Should -Be ([datetime]'2027-12-07')
        (Get-PipesReplyClassification -Subject 'Automatic reply: Offer' -Body 'Back on January 4.' -Header @{ 'Auto-Submitted' = 'auto-replied' } -Received '2027-12-20').ReturnDate | Should -Be ([datetime]'2028-01-04')
    }

    It 'says which senders asked not to be contacted, whatever the class, so a script can list them' {
        $replies = @(
            @{ Subject = 'RE: Offer'; Body = "Not interested. Please take me off your mailing list.`n`n-----Original Message-----`nReply STOP to opt out." }
            @{ Subject = 'RE: Offer'; Body = 'Not now, keep us in mind.' }
            @{ Subject = 'RE: Offer'; Body = 'No me llamen más.' }
        ) | ForEach-Object { [pscustomobject]$_ } | Get-PipesReplyClassification
        @($replies | Where-Object OptOut).Count | Should -Be 2
        "$($replies[0].OptOut)" | Should -Be 'All: "take me off your mailing list"'
        $replies[1].Classification | Should -Be 'NotInterested'
        $replies[1].OptOut | Should -BeNullOrEmpty
        $replies[2].OptOut.Scope | Should -Be 'Calls'
    }
}

Describe 'Get-PipesReplyClassification positional text' {
    It 'takes one positional text as the body' {
        (Get-PipesReplyClassification "I'm interested, what's your offer?").Classification | Should -Be 'Interested'
    }
    It 'takes two positional texts as the subject and the body' {
        (Get-PipesReplyClassification 'RE: Minerals' 'No thanks, we are keeping them.').Classification | Should -Be 'NotInterested'
    }
}
