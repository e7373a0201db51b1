# The field cases of issue 16 (shared/cases/import) and other files of their kinds, through
# Import-PipesFile and Get-PipesImportPreview as a user runs them.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    Import-Module (Join-Path (Get-RepoRoot) 'out/Pipes') -Force
    $env:PIPES_CONFIG_DIR = Join-Path $TestDrive 'config'
    $script:Cases = [IO.Path]::GetFullPath((Join-Path (Get-RepoRoot) '../shared/cases/import'))
    function script:Case([string] $Name) { Join-Path $Cases $Name }

    # An XLSX workbook from its parts, written here rather than kept as a binary: part name => XML.
    function script:New-Workbook([string] $Path, [System.Collections.IDictionary] $Parts) {
        Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
        if (Test-Path $Path) { Remove-Item $Path }
        $zip = [IO.Compression.ZipFile]::Open($Path, 'Create')
        try {
            foreach ($name in $Parts.Keys) {
                $writer = [IO.StreamWriter]::new($zip.CreateEntry($name).Open(), [Text.UTF8Encoding]::new($false))
                try { $writer.Write($Parts[$name]) } finally { $writer.Dispose() }
            }
        }
        finally { $zip.Dispose() }
        $Path
    }
    $script:Main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    $script:Rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    function script:Row([string[]] $Cells) { '<row>' + (($Cells | ForEach-Object { "<c t=`"inlineStr`"><is><t>$([Security.SecurityElement]::Escape($_))</t></is></c>" }) -join '') + '</row>' }
    function script:Sheet([string] $Data) { "<worksheet xmlns=`"$Main`"><sheetData>$Data</sheetData></worksheet>" }
}

Describe 'Import-PipesFile on the field cases' {
    It 'gives no phone for scientific notation that lost digits, and the number when every digit survived' {
        $r = Import-PipesFile (Case 15-phone-sci-notation.csv) -WarningVariable w -WarningAction SilentlyContinue
        $r.Phone | Should -Be @($null, $null, '7135550142', '7135550143')
        $r[0].PhoneRaw | Should -Be '7.13555E+09'
        $r[0].Issues | Should -Match 'digits lost'
        "$w" | Should -Match '2 row\(s\) have a phone number that could not be read or is not one to dial, a fax or one marked so beside it \(row 2, 3\)'
    }

    It 'honours the 1904 date system' {
        (Import-PipesFile (Case 04-date1904.xlsx))[0].'Lease Date' | Should -Be ([datetime]'2024-01-02')
    }

    It 'skips a hidden first sheet and says which sheet it read' {
        $r = Import-PipesFile (Case 05-hidden-first-sheet.xlsx) -WarningVariable w -WarningAction SilentlyContinue
        $r.FullName | Should -Be @('Jane Roe', 'Sam Poe')
        "$w" | Should -Match "read 'Current'.*hidden sheet\(s\) skipped: 'Old List'"
    }

    It 'completes -Worksheet with the workbook''s sheets, visible ones first, from a path relative to the location' {
        Push-Location $Cases
        try {
            $line = 'Import-PipesFile 05-hidden-first-sheet.xlsx -Worksheet '
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.ListItemText | Should -Be @('Current', 'Old List')
            $line = 'Import-PipesFile -LiteralPath 05-hidden-first-sheet.xlsx -Worksheet Ol'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @("'Old List'")
            $line = 'Import-PipesFile 11-names.csv -Worksheet '
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | Should -BeNullOrEmpty
        }
        finally { Pop-Location }
    }

    It 'reads the contacts behind a cover sheet and names the sheet' {
        $r = Import-PipesFile (Case 05b-cover-sheet.xlsx) -WarningVariable w -WarningAction SilentlyContinue
        $r.Email | Should -Be @('dale.ortiz@example.org', 'mae.quinn@example.com')
        "$w" | Should -Match "read 'Owners'"
    }

    It 'keeps numbers whose area code the bundled data does not know, with a note' {
        $r = Import-PipesFile (Case 10-new-area-codes.csv) -WarningVariable w -WarningAction SilentlyContinue
        $r.Phone | Should -Be @('5655550130', '4365550131', '9485550132', '3245550133', '7135550134')
        $r[0].Issues | Should -Match 'area code 565 is not in the bundled numbering data'
        "$w" | Should -Match 'area code the bundled numbering data does not list'
    }

    It 'types owners and never makes a legal form, role or "Estate of" a first name' {
        $r = Import-PipesFile (Case 11-names.csv)
        $by = @{}; $r | ForEach-Object { $by[$_.FullName] = $_ }
        $by['Roe Land, LLC'].OwnerType | Should -Be 'Organization'
        $by['Roe Land, LLC'].FirstName | Should -BeNullOrEmpty
        $by['Roe Land, LLC'].Company | Should -Be 'Roe Land, LLC'
        $by['Estate of John Doe'].OwnerType | Should -Be 'Estate'
        $by['Doe Family Trust'].OwnerType | Should -Be 'Trust'
        $by['Jane Roe, Trustee'].FirstName | Should -Be 'Jane'
        $by['Jane Roe, Trustee'].OwnerRole | Should -Be 'Trustee'
        $by['Mr. Andrew and Mrs Sally Smith'].OwnerType | Should -Be 'Couple'
        $by['Mr. Andrew and Mrs Sally Smith'].FirstName | Should -Be 'Andrew'
        $by['Mr. Andrew and Mrs Sally Smith'].SecondOwner | Should -Be 'Mrs Sally Smith'
        $letters = $r | ForEach-Object { "Dear $($_.FirstName)" }
        $letters | Should -Not -Match 'LLC|Ltd|Trustee|Estate|Mr\. Andrew and'
    }

    It 'decodes a mostly UTF-8 file line by line and notes the odd line' {
        $r = Import-PipesFile (Case 16a-mixed-utf8-cp1252.csv) -WarningVariable w -WarningAction SilentlyContinue
        $r.FirstName | Should -Be @('José', 'Zoë', 'Chloé')
        $r[2].City | Should -Be 'Montréal'
        $r[2].Issues | Should -Match 'Line 4 .*Windows-1252'
        "$w" | Should -Match '1 row\(s\) needed a repair'
    }

    It 'finds the header below eleven note lines, and -HeaderRow names any row' {
        $r = Import-PipesFile (Case 17b-header-row-12.xlsx) -WarningVariable w -WarningAction SilentlyContinue
        $r.Email | Should -Be @('jane.roe@example.com', 'sam.poe@example.org')
        $w | Should -BeNullOrEmpty
        (Import-PipesFile (Case 17b-header-row-12.xlsx) -HeaderRow 12).Phone | Should -Be @('7135550115', '7135550116')
        Import-PipesFile (Case 17b-header-row-12.xlsx) -HeaderRow 3 -WarningVariable w2 -WarningAction SilentlyContinue | Out-Null
        "$w2" | Should -Match 'the header used \(row 3: .*maps none of Email, Phone or a name'
    }

    It 'keeps every row of a tab file with a stray quote and notes the repairs' {
        $r = Import-PipesFile (Case 18-tsv-stray-quotes.txt) -WarningVariable w -WarningAction SilentlyContinue
        $r.Count | Should -Be 4
        $r.FullName | Should -Be @('Ed Norton', 'Jane Roe', 'Sam Poe', 'Ann Cole')
        $r[1].Issues | Should -Match 'Line 3'
        "$w" | Should -Match '3 row\(s\) needed a repair .*\(row 2, 3, 4\)'
    }

    It 'drops the full stop after an email address' {
        $f = Join-Path $TestDrive 'dot.csv'
        Set-Content $f -Value @('Name,Email', 'Ann Cole,ann.cole@example.org.', 'Bob Tate,(bob@example.org)')
        (Import-PipesFile $f).Email | Should -Be @('ann.cole@example.org', 'bob@example.org')
    }

    It 'warns when an option cannot apply' {
        $csv = Join-Path $TestDrive 'plain.csv'
        Set-Content $csv -Value @('Name,Email', 'Ann Cole,ann@x.org')
        Import-PipesFile $csv -Worksheet Owners -WarningVariable w1 -WarningAction SilentlyContinue | Out-Null
        "$w1" | Should -Match "-Worksheet 'Owners' was ignored"
        Import-PipesFile $csv -Preset aapl -WarningVariable w2 -WarningAction SilentlyContinue | Out-Null
        "$w2" | Should -Match "aapl preset: it has none of its columns \('Contact Name', .*\), so -Preset aapl mapped nothing"
        Set-Content $csv -Value @('Contact Name,Email', 'Ann Cole,ann@x.org')
        Import-PipesFile $csv -Preset aapl -WarningVariable w3 -WarningAction SilentlyContinue | Out-Null
        "$w3" | Should -Match "aapl preset: it lacks 'Email Address', 'Phone Number', 'Organization'; -Preset aapl mapped only the columns it has"
    }

    It 'reports Pipes.HeaderRowNotFound for a row with nothing on it, and refuses row 0' {
        Import-PipesFile (Case 15-phone-sci-notation.csv) -HeaderRow 40 -ErrorVariable err -ErrorAction SilentlyContinue | Out-Null
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.HeaderRowNotFound,Pipes.PowerShell.Commands.Import.ImportPipesFileCommand'
        { Import-PipesFile (Case 15-phone-sci-notation.csv) -HeaderRow 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Pipes.PowerShell.Commands.Import.ImportPipesFileCommand'
    }
}

Describe 'Import-PipesFile on other workbooks of these kinds' {
    It 'reads a workbook laid out by another writer: parts elsewhere, prefixes, inline strings, no styles' {
        $book = New-Workbook (Join-Path $TestDrive 'other.xlsx') ([ordered]@{
            '_rels/.rels' = "<Relationships xmlns=`"http://schemas.openxmlformats.org/package/2006/relationships`"><Relationship Id=`"r1`" Type=`"$Rel/officeDocument`" Target=`"/wb/book.xml`"/></Relationships>"
            'wb/book.xml' = "<s:workbook xmlns:s=`"$Main`" xmlns:q=`"$Rel`"><s:workbookPr date1904=`"true`"/><s:sheets><s:sheet name=`"Hidden`" sheetId=`"1`" state=`"hidden`" q:id=`"a`"/><s:sheet name=`"Owners`" sheetId=`"2`" q:id=`"b`"/></s:sheets></s:workbook>"
            'wb/_rels/book.xml.rels' = "<Relationships xmlns=`"http://schemas.openxmlformats.org/package/2006/relationships`"><Relationship Id=`"a`" Type=`"$Rel/worksheet`" Target=`"data/h.xml`"/><Relationship Id=`"b`" Type=`"$Rel/worksheet`" Target=`"../Data/O.xml`"/></Relationships>"
            'wb/data/h.xml' = Sheet ((Row 'Name', 'Email') + (Row 'Old One', 'old@x.org'))
            'data/o.xml' = Sheet ((Row 'Owner', 'Cell', 'Signed') + '<row><c t="inlineStr"><is><t>Ann Cole</t><rPh sb="0" eb="3"><t>アン</t></rPh></is></c><c><v>7.135550101E9</v></c><c><v>43831</v></c></row>')
        })
        $r = Import-PipesFile $book -WarningVariable w -WarningAction SilentlyContinue
        $r.FullName | Should -Be 'Ann Cole'
        $r.Phone | Should -Be '7135550101'
        "$w" | Should -Match "read 'Owners'"
    }

    It 'reads every visible sheet a -Worksheet pattern matches, each record naming its sheet, and skips hidden ones with a warning' {
        # A landman's workbook, a tab per county: one sheet was read (the best header's), and the others only named in a warning.
        $rels = (1..4 | ForEach-Object { "<Relationship Id=`"r$_`" Type=`"$Rel/worksheet`" Target=`"worksheets/s$_.xml`"/>" }) -join ''
        $book = New-Workbook (Join-Path $TestDrive 'counties.xlsx') ([ordered]@{
            'xl/workbook.xml' = "<workbook xmlns=`"$Main`" xmlns:r=`"$Rel`"><sheets><sheet name=`"Harris`" sheetId=`"1`" r:id=`"r1`"/><sheet name=`"Lookup`" sheetId=`"2`" state=`"hidden`" r:id=`"r2`"/><sheet name=`"Reeves`" sheetId=`"3`" r:id=`"r3`"/><sheet name=`"Notes`" sheetId=`"4`" r:id=`"r4`"/></sheets></workbook>"
            'xl/_rels/workbook.xml.rels' = "<Relationships xmlns=`"http://schemas.openxmlformats.org/package/2006/relationships`">$rels</Relationships>"
            'xl/worksheets/s1.xml' = Sheet ((Row 'Name', 'Email') + (Row 'Ann Cole', 'ann@example.com') + (Row 'Bo Dee', 'bo@example.com'))
            'xl/worksheets/s2.xml' = Sheet ((Row 'Name', 'Email') + (Row 'Old Owner', 'old@example.com'))
            'xl/worksheets/s3.xml' = Sheet ((Row 'Owner', 'Cell') + (Row 'Cy Poe', '4325550101'))
            'xl/worksheets/s4.xml' = Sheet ((Row 'Name', 'Email') + (Row 'Ann Cole', 'ann@example.com'))
        })
        $r = @(Import-PipesFile $book -Worksheet * -WarningVariable w -WarningAction SilentlyContinue)
        $r | ForEach-Object { "$($_.FullName) in $($_.SourceSheet) row $($_.SourceRow)" } | Should -Be @('Ann Cole in Harris row 2', 'Bo Dee in Harris row 3', 'Cy Poe in Reeves row 2', 'Ann Cole in Notes row 2')
        "$w" | Should -Match "counties\.xlsx: hidden worksheet\(s\) 'Lookup' match -Worksheet '\*' and were not read"
        # The sheets are one import: a contact on two tabs is a duplicate, said with the sheet in the file's name.
        $r[3].Issues | Should -Match 'Duplicate'
        "$w" | Should -Match 'counties\.xlsx \[Notes\]: 1 duplicate row'
        (Import-PipesFile $book -Worksheet 'R*' -WarningAction SilentlyContinue).FullName | Should -Be 'Cy Poe'
        (Import-PipesFile $book -Worksheet Lookup -WarningAction SilentlyContinue).FullName | Should -Be 'Old Owner'   # named, a hidden sheet is read
        @(Get-PipesImportPreview $book -Worksheet '[HR]*' -WarningAction SilentlyContinue).Format | Should -Be @('xlsx (Harris)', 'xlsx (Reeves)')
        Import-PipesFile $book -Worksheet 'Lo*' -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.WorksheetNotFound,Pipes.PowerShell.Commands.Import.ImportPipesFileCommand'
        "$($err[0])" | Should -Match "no visible worksheet that matches 'Lo\*'. Its worksheets: 'Harris', 'Lookup', 'Reeves', 'Notes'"
        # A CSV has no sheets: the pattern is ignored with the warning any -Worksheet gets there.
        $csv = Join-Path $TestDrive 'plain.csv'
        'Name,Email', 'Dee Fox,dee@example.com' | Set-Content $csv
        (Import-PipesFile $csv -Worksheet * -WarningVariable cw -WarningAction SilentlyContinue).SourceSheet | Should -BeNullOrEmpty
        "$cw" | Should -Match "-Worksheet '\*' was ignored"
    }

    # A trial: with -Worksheet *, the contacts' tab, read first, gave Cy a number to dial that the "Do Not Call" tab after it lists.
    It 'reads a workbook''s Do Not Call sheet first with -Worksheet *, and withholds its numbers from the contacts after it' {
        $rels = (1..2 | ForEach-Object { "<Relationship Id=`"r$_`" Type=`"$Rel/worksheet`" Target=`"worksheets/s$_.xml`"/>" }) -join ''
        $book = New-Workbook (Join-Path $TestDrive 'dnc.xlsx') ([ordered]@{
            'xl/workbook.xml' = "<workbook xmlns=`"$Main`" xmlns:r=`"$Rel`"><sheets><sheet name=`"Owners`" sheetId=`"1`" r:id=`"r1`"/><sheet name=`"Do Not Call`" sheetId=`"2`" r:id=`"r2`"/></sheets></workbook>"
            'xl/_rels/workbook.xml.rels' = "<Relationships xmlns=`"http://schemas.openxmlformats.org/package/2006/relationships`">$rels</Relationships>"
            'xl/worksheets/s1.xml' = Sheet ((Row 'Name', 'Phone') + (Row 'Ann Able', '432-555-0101') + (Row 'Cy Cole', '432-555-0103'))
            'xl/worksheets/s2.xml' = Sheet ((Row 'Name', 'Phone', 'Date Added') + (Row 'Cy Cole', '4325550103', '2026-01-05') + (Row 'Di Dunn', '4325550104', '2026-02-01'))
        })
        $all = @(Import-PipesFile $book -Worksheet * -WarningAction SilentlyContinue)
        $all | ForEach-Object { "$($_.FullName) in $($_.SourceSheet): $($_.Phone)" } | Should -Be @('Cy Cole in Do Not Call: ', 'Di Dunn in Do Not Call: ', 'Ann Able in Owners: 4325550101', 'Cy Cole in Owners: ')
        $owners = @(Import-PipesFile $book -WarningVariable w -WarningAction SilentlyContinue)
        $owners.Phone | Should -Be @('4325550101', $null)
        $owners[1].PhoneRaw | Should -Be '4325550103'
        "$w" | Should -Match "dnc\.xlsx: its 'Do Not Call' sheet was read first as a list of 2 number\(s\) not to call"
        @($owners | Invoke-PipesDial -WhatIf -ErrorVariable refused -ErrorAction SilentlyContinue).Count | Should -Be 0
        $refused.Count | Should -Be 1
    }

    It 'takes a -Worksheet with brackets as the sheet of that name, escaped or not, and as a pattern when no sheet has it' {
        $rels = (1..2 | ForEach-Object { "<Relationship Id=`"r$_`" Type=`"$Rel/worksheet`" Target=`"worksheets/s$_.xml`"/>" }) -join ''
        $book = New-Workbook (Join-Path $TestDrive 'brackets.xlsx') ([ordered]@{
            'xl/workbook.xml' = "<workbook xmlns=`"$Main`" xmlns:r=`"$Rel`"><sheets><sheet name=`"Q[1]`" sheetId=`"1`" r:id=`"r1`"/><sheet name=`"Q1`" sheetId=`"2`" r:id=`"r2`"/></sheets></workbook>"
            'xl/_rels/workbook.xml.rels' = "<Relationships xmlns=`"http://schemas.openxmlformats.org/package/2006/relationships`">$rels</Relationships>"
            'xl/worksheets/s1.xml' = Sheet ((Row 'Name', 'Email') + (Row 'Ann Cole', 'ann@example.com'))
            'xl/worksheets/s2.xml' = Sheet ((Row 'Name', 'Email') + (Row 'Bo Dee', 'bo@example.com'))
        })
        (Import-PipesFile $book -Worksheet 'Q[1]' -WarningAction SilentlyContinue).FullName | Should -Be 'Ann Cole'    # the name, not a pattern matching Q1
        (Import-PipesFile $book -Worksheet 'Q`[1`]' -WarningAction SilentlyContinue).FullName | Should -Be 'Ann Cole'  # escaped as PowerShell escapes wildcards
        (Import-PipesFile $book -Worksheet 'q[12]' -WarningAction SilentlyContinue).FullName | Should -Be 'Bo Dee'     # no such sheet: a pattern
        (Get-PipesImportPreview $book -Worksheet 'Q`[1`]' -WarningAction SilentlyContinue).Format | Should -Be 'xlsx (Q[1])'
    }

    It 'gives durations for elapsed-time cells' {
        $book = New-Workbook (Join-Path $TestDrive 'times.xlsx') ([ordered]@{
            'xl/workbook.xml' = "<workbook xmlns=`"$Main`" xmlns:r=`"$Rel`"><sheets><sheet name=`"Calls`" sheetId=`"1`" r:id=`"rId1`"/></sheets></workbook>"
            'xl/_rels/workbook.xml.rels' = "<Relationships xmlns=`"http://schemas.openxmlformats.org/package/2006/relationships`"><Relationship Id=`"rId1`" Type=`"$Rel/worksheet`" Target=`"worksheets/sheet1.xml`"/><Relationship Id=`"rId2`" Type=`"$Rel/styles`" Target=`"styles.xml`"/></Relationships>"
            'xl/styles.xml' = "<styleSheet xmlns=`"$Main`"><numFmts><numFmt numFmtId=`"164`" formatCode=`"[h]:mm:ss`"/></numFmts><cellXfs><xf numFmtId=`"0`"/><xf numFmtId=`"164`"/></cellXfs></styleSheet>"
            'xl/worksheets/sheet1.xml' = Sheet ((Row 'Name', 'Talk Time') + '<row><c t="inlineStr"><is><t>Ann Cole</t></is></c><c s="1"><v>1.25</v></c></row>')
        })
        (Import-PipesFile $book).'Talk Time' | Should -Be ([timespan]'1.06:00:00')
    }

    It 'imports the rows a filter hid, warns, and the warning''s filter leaves them out' {
        $book = New-Workbook (Join-Path $TestDrive 'filtered.xlsx') ([ordered]@{
            'xl/workbook.xml' = "<workbook xmlns=`"$Main`" xmlns:r=`"$Rel`"><sheets><sheet name=`"Owners`" sheetId=`"1`" r:id=`"rId1`"/></sheets></workbook>"
            'xl/_rels/workbook.xml.rels' = "<Relationships xmlns=`"http://schemas.openxmlformats.org/package/2006/relationships`"><Relationship Id=`"rId1`" Type=`"$Rel/worksheet`" Target=`"worksheets/sheet1.xml`"/></Relationships>"
            'xl/worksheets/sheet1.xml' = Sheet ((Row 'Name', 'State') + (Row 'Ann Cole', 'TX') + ((Row 'Bo Dee', 'OK') -replace '^<row>', '<row hidden="1">') + (Row 'Cy Poe', 'TX'))
        })
        $r = Import-PipesFile $book -WarningVariable w -WarningAction SilentlyContinue
        $r.FullName | Should -Be @('Ann Cole', 'Bo Dee', 'Cy Poe')
        "$w" | Should -Match 'filtered\.xlsx: 1 row\(s\) are hidden in the workbook, by hand or by a filter \(row 3\)'
        $filter = [regex]::Match("$w", "Where-Object [^.]+'").Value
        $filter | Should -Not -BeNullOrEmpty
        (& ([scriptblock]::Create("`$args[0] | $filter")) $r).FullName | Should -Be @('Ann Cole', 'Cy Poe')
    }
}

Describe 'Get-PipesImportPreview on the field cases' {
    It 'shows the header found on row 12, and takes -HeaderRow' {
        (Get-PipesImportPreview (Case 17b-header-row-12.xlsx)).HeaderRow | Should -Be 12
        $p = Get-PipesImportPreview (Case 17b-header-row-12.xlsx) -HeaderRow 13 -WarningAction SilentlyContinue
        $p.HeaderRow | Should -Be 13
        $p.Warnings | Should -Match 'maps none of Email, Phone or a name'
    }

    It 'names the sheet it read, as a warning and in Warnings' {
        $p = Get-PipesImportPreview (Case 05b-cover-sheet.xlsx) -WarningVariable w -WarningAction SilentlyContinue
        $p.Format | Should -Be 'xlsx (Owners)'
        "$w" | Should -Match "read 'Owners'"
        $p.Warnings | Should -Match "read 'Owners'"
        (Get-PipesImportPreview (Case 05-hidden-first-sheet.xlsx) -WarningAction SilentlyContinue).SampleRows[0].Name | Should -Be 'Jane Roe'
    }

    It 'shows rows of a stray-quote file and a mixed-encoding file as they will be read' {
        (Get-PipesImportPreview (Case 18-tsv-stray-quotes.txt) -SampleSize 10).SampleRows.Count | Should -Be 4
        $p = Get-PipesImportPreview (Case 16a-mixed-utf8-cp1252.csv)
        $p.Encoding | Should -Be 'utf-8 (windows-1252 on some lines)'
        $p.SampleRows[0].Name | Should -Be 'José Núñez'
        $p.SampleRows[2].City | Should -Be 'Montréal'
    }

    It 'warns when -Worksheet is given for a CSV or -Preset does not fit' {
        Get-PipesImportPreview (Case 10-new-area-codes.csv) -Worksheet 2 -WarningVariable w1 -WarningAction SilentlyContinue | Out-Null
        "$w1" | Should -Match "-Worksheet '2' was ignored"
        Get-PipesImportPreview (Case 10-new-area-codes.csv) -Preset aapl -WarningVariable w2 -WarningAction SilentlyContinue | Out-Null
        "$w2" | Should -Match 'aapl preset'
    }
}
