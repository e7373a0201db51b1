# Exports that are not in English (tests/data/import-intl): each file's .expect.json says, written before the file was
# first read, which addresses must be mailable and which withheld, which numbers dialable and which not. The sets are exact:
# an address or number read but not listed is a failure too (a "Non" column that marks every row, a column left unread).
BeforeDiscovery {
    $script:Expectations = Get-ChildItem (Join-Path $PSScriptRoot '../data/import-intl') -Filter *.expect.json | Sort-Object Name |
        ForEach-Object { @{ Name = $_.Name -replace '\.expect\.json$', ''; Expect = $_.FullName } }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    Import-Module (Join-Path (Get-RepoRoot) 'out/Pipes') -Force
    $env:PIPES_CONFIG_DIR = Join-Path $TestDrive 'config'
    $script:Dir = Join-Path (Get-RepoRoot) 'tests/data/import-intl'
    function script:Split-List($Value) { if ($Value) { "$Value" -split ';\s*' | Where-Object { $_ } } }
}

Describe 'Import-PipesFile on exports in French, Spanish, German and Portuguese' {
    It 'withholds and keeps what <Name> says' -ForEach $Expectations {
        $e = Get-Content $Expect -Raw | ConvertFrom-Json
        $records = @(Import-PipesFile (Join-Path $Dir $Name) -WarningAction SilentlyContinue -ErrorVariable failed -ErrorAction SilentlyContinue)
        $failed | Should -BeNullOrEmpty
        $mailable = @($records | ForEach-Object { $_.Email; Split-List $_.ExtraEmails } | Where-Object { $_ })
        $withheld = @($records | ForEach-Object { Split-List $_.WithheldEmails })
        $dialable = @($records | ForEach-Object { $_.Phone; Split-List $_.ExtraPhones } | Where-Object { $_ } | ForEach-Object { ($_ -split ' ')[0] })
        ($mailable | Sort-Object) -join ', ' | Should -Be (($e.mailable | Sort-Object) -join ', ')
        ($dialable | Sort-Object) -join ', ' | Should -Be (($e.dialable | Sort-Object) -join ', ')
        foreach ($address in $e.withheld) { $withheld | Should -Contain $address -Because "$address is to be withheld" }
        foreach ($number in $e.notDialable) { ($records.PhoneRaw -join '; ') -replace '\D', '' | Should -Match $number -Because "$number is kept in PhoneRaw" }
    }

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
