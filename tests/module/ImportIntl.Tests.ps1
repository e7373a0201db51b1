# Exports that are not in English (tests/data/import-intl) and owner lists (tests/data/import-owners: division orders,
# county records, heirship and probate lists, skip-trace returns, landman sheets, CRM, dialer and PhoneBurner exports):
# each file's .expect.json says, written before the file was first read, which addresses must be mailable and which
# withheld, which numbers dialable and which not. The sets are exact: an address or number read but not listed is a
# failure too (a "Non" column that marks every row, a column left unread).
# An .expect.json may list knownFailures: values seen to fail on the first run, kept out of the comparisons and checked
# to fail still, so that each can be fixed on its own (the test then says to take it off the list).
BeforeDiscovery {
    function Get-Expectation($Folder) {
        Get-ChildItem (Join-Path $PSScriptRoot "../data/$Folder") -Filter *.expect.json | Sort-Object Name |
            ForEach-Object { @{ Name = $_.Name -replace '\.expect\.json$', ''; Expect = $_.FullName } }
    }
    $script:Expectations = Get-Expectation 'import-intl'
    $script:OwnerExpectations = Get-Expectation 'import-owners'
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    Import-Module (Join-Path (Get-RepoRoot) 'out/Pipes') -Force
    $env:PIPES_CONFIG_DIR = Join-Path $TestDrive 'config'
    $script:Dir = Join-Path (Get-RepoRoot) 'tests/data/import-intl'
    function script:Split-List($Value) { if ($Value) { "$Value" -split ';\s*' | Where-Object { $_ } } }

    # Imports the file beside $Expect and checks the four lists; values in knownFailures are left out and must still fail.
    function script:Assert-ImportExpectation([string] $Expect) {
        $e = Get-Content $Expect -Raw | ConvertFrom-Json
        $records = @(Import-PipesFile ($Expect -replace '\.expect\.json$', '') -WarningAction SilentlyContinue -ErrorVariable failed -ErrorAction SilentlyContinue)
        $failed | Should -BeNullOrEmpty
        $mailable = @($records | ForEach-Object { $_.Email; Split-List $_.ExtraEmails } | Where-Object { $_ })
        $withheld = @($records | ForEach-Object { Split-List $_.WithheldEmails })
        $dialable = @($records | ForEach-Object { $_.Phone; Split-List $_.ExtraPhones } | Where-Object { $_ } | ForEach-Object { ($_ -split ' ')[0] })
        $raw = ($records.PhoneRaw -join '; ') -replace '\D', ''
        $known = @($e.knownFailures | Where-Object { $_ } | ForEach-Object value)
        $keep = { $_ -notin $known }
        (@($mailable | Where-Object $keep) | Sort-Object) -join ', ' | Should -Be ((@($e.mailable | Where-Object $keep) | Sort-Object) -join ', ')
        (@($dialable | Where-Object $keep) | Sort-Object) -join ', ' | Should -Be ((@($e.dialable | Where-Object $keep) | Sort-Object) -join ', ')
        foreach ($address in @($e.withheld | Where-Object $keep)) { $withheld | Should -Contain $address -Because "$address is to be withheld" }
        foreach ($number in @($e.notDialable | Where-Object $keep)) { $raw | Should -Match $number -Because "$number is kept in PhoneRaw" }
        foreach ($k in @($e.knownFailures | Where-Object { $_ })) {
            $v = $k.value
            $holds = if ($v -in $e.mailable) { $v -in $mailable }
                elseif ($v -in $e.withheld) { $v -in $withheld -and $v -notin $mailable }
                elseif ($v -in $e.dialable) { $v -in $dialable }
                elseif ($v -in $e.notDialable) { $v -notin $dialable -and $raw -match $v }
                else { $v -notin $mailable -and $v -notin $dialable }
            $holds | Should -BeFalse -Because "$v (row $($k.row), $($k.kind)) is listed in knownFailures but now comes out as expected: take it off the list"
        }
    }
}

Describe 'Import-PipesFile on exports in French, Spanish, German and Portuguese' {
    It 'withholds and keeps what <Name> says' -ForEach $Expectations { Assert-ImportExpectation $Expect }

    It 'never dials nor writes to a French export''s opted-out row, and does to its "Non" rows' {
        $records = Import-PipesFile (Join-Path $Dir 'fr-hubspot-contacts.csv') -WarningAction SilentlyContinue
        $ines = $records | Where-Object LastName -EQ 'Mercier'   # Ne pas appeler = Oui
        $ines | Invoke-PipesDial -WhatIf -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.InvalidPhoneNumber,*'
        $hugo = $records | Where-Object LastName -EQ 'Lefèvre'   # Désabonné de tous les e-mails = Oui
        $hugo | Send-PipesMail -Subject 'Vos minéraux' -Body 'Bonjour' -WhatIf -ErrorVariable notSent -ErrorAction SilentlyContinue
        $notSent[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.InvalidRecipient,*'
        $hugo.Issues | Should -Match "'Désabonné de tous les e-mails' = 'Oui'"
        # Non is a no: Jules (Désabonné = FAUX, Ne pas appeler empty) is written to and dialled.
        $jules = $records | Where-Object LastName -EQ 'Dupuis'
        ($jules.Email, $jules.Phone) | Should -Be @('jules@fr3.example.com', '4325550303')
        $jules | Invoke-PipesDial -WhatIf -ErrorVariable dialErrors -ErrorAction SilentlyContinue
        $dialErrors | Should -BeNullOrEmpty
    }
}

Describe 'Import-PipesFile on owner lists: division orders, heirship and probate, skip-trace returns, landman sheets' {
    It 'withholds and keeps what <Name> says' -ForEach $OwnerExpectations { Assert-ImportExpectation $Expect }
}
