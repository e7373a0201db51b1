# Import-PipesFile and Get-PipesImportPreview as a user drives them.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../TestTools.psm1') -Force
    Import-Module (Join-Path (Get-RepoRoot) 'out/Pipes') -Force
    $env:PIPES_CONFIG_DIR = Join-Path $TestDrive 'config'
    $script:Data = Join-Path $TestDrive 'data'
    # A runspace importing a generated file of <Rows> rows behind a consumer that takes <Ms> milliseconds a record, with its progress shown.
    function script:New-SlowImport([string] $Name, [int] $Rows, [int] $Ms = 1) {
        $file = Join-Path $TestDrive $Name
        Set-Content $file -Value (@('Name,Email') + (1..$Rows | ForEach-Object { "Person $_,p$_@x.com" }))
        $ps = [powershell]::Create()
        $null = $ps.AddScript("`$ProgressPreference = 'Continue'; Import-Module '$(Join-Path (Get-RepoRoot) 'out/Pipes')'; Import-PipesFile -LiteralPath '$file' | ForEach-Object { Start-Sleep -Milliseconds $Ms }")
        $ps
    }
    New-Item -ItemType Directory $Data | Out-Null
    Set-Content (Join-Path $Data 'phoneburner.csv') -Encoding utf8NoBOM -Value @(
        'First Name,Last Name,Email,Phone,Company,Lead Source,Tags'
        ' John ,Smith,JOHN@ABC.COM,(713) 555-1234,"Permian Land, LLC",web,"a;b"'
        'Mary,Jones,,713.555.9876 x204,Eagle Ford,referral,'
        'Bob,Lee,bob@lee.com,555-12,Lee Co,web,'
    )
    Set-Content (Join-Path $Data 'aapl.csv') -Encoding utf8NoBOM -Value @(
        'Contact Name,Email Address,Phone Number,Organization'
        '"Smith, John A.",js@land.com,+1 432-555-0199,Basin Land'
        'Dr. Mary Jones,mj@x.org,4325550100,Jones Minerals'
    )
}

Describe 'Import-PipesFile' {
    It 'warns when the file changes while it is read, and not otherwise' {
        # A trial: a file overwritten while it was read gave the records of two versions and a cut-off last row, and nothing was said.
        $file = Join-Path $TestDrive 'growing.csv'
        'Name,Email', 'Ann Lee,ann@example.com', 'Bo Poe,bo@example.com' | Set-Content $file
        $null = Import-PipesFile $file -WarningVariable quiet 3> $null
        $first = $true
        $null = Import-PipesFile $file -WarningVariable warned 3> $null | ForEach-Object {
            if ($first) { $first = $false; Add-Content $file 'Cy Dee,cy@example.com' }
        }
        @($quiet -like '*changed while it was read*').Count | Should -Be 0
        @($warned -like '*growing.csv changed while it was read (its size * -> * bytes*').Count | Should -Be 1
    }

    It 'filters with Where Email' {
        $withEmail = Import-PipesFile (Join-Path $Data 'phoneburner.csv') -WarningAction SilentlyContinue | Where-Object Email
        $withEmail.Email | Should -Be @('john@abc.com', 'bob@lee.com')
        $withEmail[0].FirstName | Should -Be 'John'
        $withEmail[0].Phone | Should -Be '7135551234'
    }

    It 'takes files from Get-ChildItem, wildcards and -LiteralPath' {
        @(Get-ChildItem $Data -Filter *.csv | Import-PipesFile -WarningAction SilentlyContinue).Count | Should -Be 5
        @(Import-PipesFile (Join-Path $Data '*.csv') -WarningAction SilentlyContinue).Count | Should -Be 5
        @(Import-PipesFile -LiteralPath (Join-Path $Data 'aapl.csv')).Count | Should -Be 2
        @([pscustomobject]@{ Path = (Join-Path $Data 'aapl.csv') } | Import-PipesFile).Count | Should -Be 2
        # A name with brackets: -Path reads them as wildcards, and the error says to use -LiteralPath.
        $bracketed = Join-Path $TestDrive 'owners[1].csv'
        Copy-Item -LiteralPath (Join-Path $Data 'aapl.csv') -Destination $bracketed
        Import-PipesFile $bracketed -ErrorVariable missed -ErrorAction SilentlyContinue
        $missed[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.FileNotFound,*'
        $missed[0].ErrorDetails.RecommendedAction | Should -BeLike '*-Path reads `[ and `] as wildcards: give it with -LiteralPath*'
        @(Import-PipesFile -LiteralPath $bracketed).Count | Should -Be 2
    }

    It 'logs each file it reads, or fails on, in the operation log a scheduled task keeps' {
        $config = $env:PIPES_CONFIG_DIR
        $env:PIPES_CONFIG_DIR = Join-Path $TestDrive ([guid]::NewGuid())
        try {
            $null = Import-PipesFile (Join-Path $Data 'aapl.csv'), (Join-Path $TestDrive 'missing.csv') -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            $events = Get-Content (Get-ChildItem (Join-Path $env:PIPES_CONFIG_DIR 'logs') -Filter 'pipes-*.log').FullName | ConvertFrom-Json
        }
        finally { $env:PIPES_CONFIG_DIR = $config }
        $read = $events | Where-Object { $_.Operation -eq 'Import-PipesFile' -and $_.Target -like '*aapl.csv' }
        $read.Outcome | Should -Be 'Succeeded'
        $read.DetailText | Should -Match '^: 2 records from 2 data rows; csv'
        ($events | Where-Object Target -like '*missing.csv').DetailText | Should -Be ': Pipes.FileNotFound'
    }

    It 'keeps every source column through Export-Csv' {
        $out = Join-Path $TestDrive 'out.csv'
        Import-PipesFile (Join-Path $Data 'phoneburner.csv') -WarningAction SilentlyContinue | Export-Csv $out
        $back = Import-Csv $out
        $back.Count | Should -Be 3
        $back[0].'Lead Source' | Should -Be 'web'
        $back[0].Tags | Should -Be 'a;b'
        $back[0].Email | Should -Be 'john@abc.com'
        $back[2].PhoneRaw | Should -Be '555-12'
        $back[0].SourceRow | Should -Be 2
    }

    It 'warns about unusable phones and keeps the row' {
        $records = Import-PipesFile (Join-Path $Data 'phoneburner.csv') -WarningVariable warnings -WarningAction SilentlyContinue
        $records.Count | Should -Be 3
        ($warnings -join "`n") | Should -Match '1 row\(s\) have a phone number that could not be read or is not one to dial, a fax or one marked so beside it \(row 4\)'
        ($records | Where-Object FirstName -eq Bob).Issues | Should -Match '555-12'
    }

    It 'shows the useful few in its table view' {
        $text = Import-PipesFile (Join-Path $Data 'aapl.csv') | Out-String -Width 100
        $text | Should -Match 'FirstName\s+LastName\s+Email\s+Phone\s+Company'
        $text | Should -Match 'John\s+Smith\s+js@land.com\s+4325550199\s+Basin Land'
    }

    It 'drops duplicates with -Unique and counts them otherwise' {
        $dup = Join-Path $TestDrive 'dup.csv'
        Set-Content $dup -Value @('Name,Email', 'A One,a@x.com', 'A. One,A@X.COM', 'C Three,c@x.com')
        Import-PipesFile $dup -WarningVariable w -WarningAction SilentlyContinue | Should -HaveCount 3
        "$w" | Should -Match '1 duplicate row\(s\) .* \(row 3\)'
        Import-PipesFile $dup -Unique -WarningAction SilentlyContinue | Should -HaveCount 2
    }

    It 'says what it ignored even when the file comes out empty (as it names the sheet read of an empty workbook)' {
        $empty = Join-Path $TestDrive 'empty.csv'
        Set-Content $empty -Value '' -NoNewline
        Import-PipesFile $empty -Worksheet Owners -WarningVariable w -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        @($w).Count | Should -Be 2
        "$($w[0])" | Should -Match "-Worksheet 'Owners' was ignored"
        "$($w[1])" | Should -Match 'empty.csv is empty'
    }

    It 'says what it ignored before the first record, so a pipeline that stops early still hears it' {
        # The warnings were written after the last record: Select-Object -First stopped the command before that.
        $two = Join-Path $TestDrive 'two.csv'
        Set-Content $two -Value @('Name,Email', 'A One,a@x.com', 'B Two,b@x.com')
        Import-PipesFile $two -Worksheet Owners -WarningVariable w -WarningAction SilentlyContinue | Select-Object -First 1 | Should -HaveCount 1
        "$w" | Should -Match "-Worksheet 'Owners' was ignored"
    }

    It 'warns about a row whose cells moved, when a US PostalCode has no digit' {
        $roll = Join-Path $TestDrive 'shifted.csv'
        Set-Content $roll -Value @('OWNER NAME,MAILING ADDRESS,CITY,ST,ZIP,INTEREST', 'ESTATE OF W JONES,C/O JANE JONES,123 MAIN ST,ODESSA,TX', 'SMITH JOHN,PO BOX 45,MIDLAND,TX,79702,RI')
        $records = Import-PipesFile $roll -WarningVariable w -WarningAction SilentlyContinue
        $records[0].Issues | Should -Match "PostalCode 'TX' has no digit"
        "$w" | Should -Match '1 row\(s\) have a PostalCode with no digit, no US ZIP code \(row 2\)'
    }

    It 'reads a county roll''s names last name first with -NameOrder LastFirst' {
        $roll = Join-Path $TestDrive 'roll.csv'
        Set-Content $roll -Value @('Owner Name,Mailing Address', 'SMITH JOHN A JR,PO BOX 12', 'GARZA JOSE & MARIA,101 ELM', 'PERMIAN LAND LLC,PO BOX 5')
        $records = Import-PipesFile $roll -NameOrder lastfirst
        ($records | ForEach-Object { "$($_.FirstName)|$($_.MiddleName)|$($_.LastName)|$($_.Suffix)|$($_.SecondOwner)|$($_.OwnerType)" }) |
            Should -Be @('JOHN|A|SMITH|JR||Person', 'JOSE||GARZA||MARIA GARZA|Couple', '|||||Organization')
        (Import-PipesFile $roll -WarningVariable w -WarningAction SilentlyContinue)[0].FirstName | Should -Be 'SMITH'
        # Read first name first, a name ending in a lone initial is said, with the option that reads it as written.
        "$w" | Should -Match "1 name\(s\) end in a lone initial \('SMITH JOHN A JR'; row 2\).*-NameOrder LastFirst reads them as written"
        Import-PipesFile $roll -NameOrder LastFirst -WarningVariable w2 -WarningAction SilentlyContinue | Out-Null
        "$w2" | Should -Not -Match 'lone initial'
        { Import-PipesFile $roll -NameOrder Backwards } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Pipes.PowerShell.Commands.Import.ImportPipesFileCommand'
    }

    It 'keeps an unmapped column named like a record property with " (source)" after its name' {
        $file = Join-Path $TestDrive 'clash.csv'
        Set-Content $file -Value @('Name,Email,SourceRow,Lead Status', 'A One,a@x.com,17,New')
        $record = Import-PipesFile $file
        $record.SourceRow | Should -Be 2
        $record.'SourceRow (source)' | Should -Be '17'
        $record.'Lead Status' | Should -Be 'New'
        ($record | ConvertTo-Csv)[0] | Should -Match '^"SourceRow \(source\)","Lead Status","Prefix",'   # the file's columns first, as before
    }

    It 'gives unmapped columns as properties a script can set, export and select, with the record''s view' {
        $file = Join-Path $TestDrive 'status.csv'
        Set-Content $file -Value @('Name,Email,Lead Status', 'A One,a@x.com,New', 'B Two,b@x.com,Hot')
        $records = Import-PipesFile $file
        $records[0].'Lead Status' = 'Called'
        $records[0].'Lead Status' | Should -Be 'Called'
        $records[1].'Lead Status' | Should -Be 'Hot'
        $records[0].ExtraColumns()['Lead Status'] | Should -Be 'Called'
        $records[0].pstypenames | Should -Contain 'Pipes.Import.ContactRecord'
        ($records | Select-Object FirstName, 'Lead Status' | ConvertTo-Csv)[1] | Should -Be '"A","Called"'
        ($records | Export-Csv (Join-Path $TestDrive 'out.csv')); Import-Csv (Join-Path $TestDrive 'out.csv') | ForEach-Object 'Lead Status' | Should -Be 'Called', 'Hot'
        ($records | Get-Member -Name 'Lead Status').MemberType | Should -Be 'Property'
        ($records | Format-Table | Out-String) | Should -Match 'FirstName\s+LastName\s+Email'   # ContactRecord's table view
    }

    It 'keeps the columns of a file wider than a record type takes as note properties' {
        $file = Join-Path $TestDrive 'wide.csv'
        Set-Content $file -Value @(('Name,Email,' + ((1..1001 | ForEach-Object { "C$_" }) -join ',')), ('A One,a@x.com,' + ((1..1001) -join ',')))
        $record = Import-PipesFile $file
        $record.C1001 | Should -Be '1001'
        ($record | Get-Member -Name C1).MemberType | Should -Be 'NoteProperty'
        ($record | ConvertTo-Csv)[0] | Should -Match '^"C1","C2",.*"C1001","Prefix",'
    }

    It 'notes a row with cells past the header in Issues and a warning, not a row with empty trailing cells' {
        $file = Join-Path $TestDrive 'long.csv'
        Set-Content $file -Value @('Name,Email', 'A One,a@x.com', 'B Two,b@x.com,7135550102,extra', 'C Three,c@x.com,,', 'D Four,d@x.com')
        $records = Import-PipesFile $file -WarningVariable w -WarningAction SilentlyContinue
        $records[1].Issues | Should -Be 'The row has 2 cells more than the header, kept as Column3, Column4.'
        $records[1].Column4 | Should -Be 'extra'
        $records[2].Issues | Should -BeNullOrEmpty
        "$w" | Should -Match 'long\.csv: 1 row\(s\) have more cells than the header \(row 3\)'
    }

    It 'drops a totals row and a table''s Total Row, says so, and keeps a contact a table part puts in its Total Row' {
        $csv = Join-Path $TestDrive 'totals.csv'
        Set-Content $csv -Value @('Name,Email,Zip,Acres', 'A One,a@x.com,79705,10', 'B Two,b@x.com,79701,5', 'Total: 15')
        (Import-PipesFile $csv -WarningVariable w -WarningAction SilentlyContinue).FullName | Should -Be @('A One', 'B Two')
        "$w" | Should -Match "totals\.csv: 1 line\(s\) are a report's footer or totals, not contacts \(row 4: 'Total: 15'\)"
        # LibreOffice's own table with its Total Row, its part's range then cut a row short, as a careless writer leaves it.
        $xlsx = Join-Path $TestDrive 'short-table.xlsx'
        Copy-Item (Join-Path (Get-RepoRoot) 'tests/data/xlsx-writers/libreoffice-table-totals.xlsx') $xlsx
        $zip = [System.IO.Compression.ZipFile]::Open($xlsx, 'Update')
        try {
            $entry = $zip.GetEntry('xl/tables/table1.xml')
            $reader = [System.IO.StreamReader]::new($entry.Open()); $xml = $reader.ReadToEnd(); $reader.Dispose()
            $entry.Delete()
            $writer = [System.IO.StreamWriter]::new($zip.CreateEntry('xl/tables/table1.xml').Open())
            $writer.Write($xml.Replace('ref="A1:E7"', 'ref="A1:E6"')); $writer.Dispose()
        } finally { $zip.Dispose() }
        $records = Import-PipesFile $xlsx -WarningVariable w -WarningAction SilentlyContinue
        $records.FullName | Should -Be @('Ann Cole', 'Bo Dee', 'Cy Fox', 'Di Gray', 'Ed Hunt', 'All owners')
        $records[4].Issues | Should -Match "table puts the row in its totals row"
        "$w" | Should -Match 'short-table\.xlsx: 1 row\(s\) lie in a table''s totals row by the workbook''s table part but hold a contact \(row 6\)'
    }

    It 'finds duplicates across the files of one command, as help Example 2 promises' {
        $first = Join-Path $TestDrive 'export1.csv'; $second = Join-Path $TestDrive 'export2.csv'
        Set-Content $first -Value @('Name,Email,Phone', 'A One,a@x.com,713-555-0101', 'B Two,b@x.com,713-555-0102')
        Set-Content $second -Value @('Name,Email,Phone', 'C Three,c@x.com,713-555-0103', 'A One,A@X.com,', 'Bo Two,,(713) 555-0102')
        $all = Get-ChildItem $first, $second | Import-PipesFile -WarningVariable w -WarningAction SilentlyContinue
        $all | Should -HaveCount 5
        @($all | Where-Object Issues -Match 'Duplicate').FirstName | Should -Be @('A', 'Bo')
        "$w" | Should -Match 'export2\.csv: 2 duplicate row\(s\) .* \(row 3, 4\)'
        (Get-ChildItem $first, $second | Import-PipesFile -Unique -WarningAction SilentlyContinue).FirstName | Should -Be @('A', 'B', 'C')
        # Each command starts afresh: importing the second file alone finds nothing.
        Import-PipesFile $second -WarningVariable w2 -WarningAction SilentlyContinue | Out-Null
        "$w2" | Should -Not -Match 'duplicate'
    }

    It 'keeps under -Unique a later export''s row that brings an owner''s new address, and says why' {
        $old = Join-Path $TestDrive 'owners-2024.csv'; $new = Join-Path $TestDrive 'owners-2026.csv'
        Set-Content $old -Value @('Name,Email,Phone', 'Ruth Ames,ruth.ames@sbcglobal.net,806-555-0140', 'Carl Diaz,cdiaz@gmail.com,806-555-0141')
        Set-Content $new -Value @('Name,Email,Phone', 'Ruth Ames,ruthames@icloud.com,(806) 555-0140', 'Carl Diaz,cdiaz@gmail.com,806.555.0141')
        $unique = Get-ChildItem $old, $new | Import-PipesFile -Unique -WarningVariable w -WarningAction SilentlyContinue
        $unique.Email | Should -Be @('ruth.ames@sbcglobal.net', 'cdiaz@gmail.com', 'ruthames@icloud.com')
        $unique[2].Issues | Should -Match 'Kept with -Unique: it brings ruthames@icloud\.com'
        "$w" | Should -Match 'owners-2026\.csv: kept 1 duplicate row\(s\) \(row 2\) that -Unique would drop: each brings an email or phone'
        "$w" | Should -Match 'owners-2026\.csv: dropped 1 duplicate row\(s\)'
        Get-ChildItem $old, $new | Import-PipesFile -WarningVariable w2 -WarningAction SilentlyContinue | Out-Null
        "$w2" | Should -Match '2 duplicate row\(s\) .*; -Unique drops those that bring nothing new \(1 brings an email or phone no earlier row had, and is kept\)'
    }

    It 'keeps a household''s second owner on the shared landline under -Unique, and says why' {
        $file = Join-Path $TestDrive 'household.csv'
        Set-Content $file -Value @('Name,Phone', 'John Smith,432-555-0101', 'Mary Smith,(432) 555-0101', 'John Smith,432.555.0101')
        $unique = Import-PipesFile $file -Unique -WarningVariable w -WarningAction SilentlyContinue
        $unique.FirstName | Should -Be @('John', 'Mary')
        $unique[1].Issues | Should -Be 'Shares its phone (4325550101) with an earlier row of another name: not taken for a duplicate.'
        "$w" | Should -Match 'dropped 1 duplicate row\(s\)'
        "$w" | Should -Match 'kept 1 row\(s\) that share an email or phone with an earlier row of another name'
    }

    It 'applies -Mapping by column name, case-insensitive targets' {
        $file = Join-Path $TestDrive 'owners.csv'
        Set-Content $file -Value @('Owner,Cell #,Ref', 'Jones, Mary,"(281) 555-4411",R-1')
        $r = Import-PipesFile $file -Mapping @{ Owner = 'fullname'; 'Cell #' = 'PHONE' }
        # "Jones" and " Mary" are two columns here: the name was not quoted. The mapping still places them.
        $r.Phone | Should -BeNullOrEmpty
        Set-Content $file -Value @('Owner,Cell #,Ref', '"Jones, Mary","(281) 555-4411",R-1')
        $r = Import-PipesFile $file -Mapping @{ Owner = 'fullname'; 'Cell #' = 'PHONE' }
        $r.FirstName | Should -Be 'Mary'
        $r.LastName | Should -Be 'Jones'
        $r.Phone | Should -Be '2815554411'
        $r.Ref | Should -Be 'R-1'
        # A mapping kept in a file, read by ConvertFrom-Json without -AsHashtable (was PowerShell's CannotConvertArgumentNoMessage).
        $json = Join-Path $TestDrive 'map.json'
        '{ "Owner": "FullName", "Cell #": "Phone" }' | Set-Content $json
        $kept = Import-PipesFile $file -Mapping (Get-Content $json -Raw | ConvertFrom-Json)
        $kept.LastName | Should -Be 'Jones'
        $kept.Phone | Should -Be '2815554411'
        { Import-PipesFile $file -Mapping ('{ "Owner": "Surname" }' | ConvertFrom-Json) } | Should -Throw -ErrorId 'Pipes.UnknownMappingTarget,*'
    }

    It 'warns when a later file has columns the first file has not, and help Example 6 keeps them all' {
        $dir = Join-Path $TestDrive 'differ'; New-Item -ItemType Directory $dir | Out-Null
        Set-Content (Join-Path $dir 'a.csv') -Value @('Name,Email,County', 'Jo Smith,jo@x.com,Reeves')
        Set-Content (Join-Path $dir 'b.csv') -Value @('Name,Email,Net Acres,Lease', 'Al Roe,al@x.com,40,L-7')
        $all = Get-ChildItem $dir -Filter *.csv | Import-PipesFile -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -Match "b\.csv has column\(s\) 'Net Acres', 'Lease' that a\.csv, read first, has not"
        $csv = Join-Path $TestDrive 'clean.csv'
        $all | Select-Object ($all | ForEach-Object { $_.PSObject.Properties.Name } | Select-Object -Unique) | Export-Csv $csv
        $back = Import-Csv $csv
        $back[1].'Net Acres' | Should -Be '40'
        $back[0].County | Should -Be 'Reeves'
    }

    It 'shows a withheld address as withheld in its table, not as an empty Email' {
        $file = Join-Path $TestDrive 'optout.csv'
        Set-Content $file -Value @('Name,Email', 'Jo Smith,jo@example.com (unsubscribed)', 'Al Roe,al@example.com')
        $table = Import-PipesFile $file | Format-Table | Out-String -Width 160
        $table | Should -Match 'Jo\s+Smith\s+\(withheld\)'
        $table | Should -Match 'al@example\.com'
    }

    It 'never hands Invoke-PipesDial a number marked do not call, by a column or beside the number' {
        $crm = Join-Path $TestDrive 'crm.csv'
        Set-Content $crm -Value @('Name,Phone,Do Not Call', 'Jo Smith,713-555-0101,Yes', 'Al Roe,713-555-0103 DNC,', 'Cy Poe,713-555-0104,No')
        $records = Import-PipesFile $crm -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -Match 'crm\.csv: 1 row\(s\) have a number marked do not call, by the row or by an earlier row of this import \(row 2\)'
        @($records | Where-Object Phone).FullName | Should -Be @('Cy Poe')
        $records[0].PhoneRaw | Should -Be '7135550101'
        $records[1].PhoneRaw | Should -Be '713-555-0103 DNC'
        Invoke-PipesDial -InputObject $records[0] -WhatIf -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'Pipes.InvalidPhoneNumber,*'
        # The error says why, so that nobody copies the number back into Phone.
        "$($refused[0])" | Should -BeLike "Not dialled: row 2 of crm.csv (Jo Smith) has no phone number to dial; its PhoneRaw '7135550101' is marked do not call*"
    }

    It 'reports <ErrorId>' -ForEach @(
        @{ ErrorId = 'Pipes.FileNotFound'; Make = { Join-Path $TestDrive 'missing.csv' }; Params = @{} }
        @{ ErrorId = 'Pipes.UnreadableFile'; Make = { $f = Join-Path $TestDrive 'bin.csv'; [IO.File]::WriteAllBytes($f, [byte[]](0..255 + 0..255)); $f }; Params = @{} }
        @{ ErrorId = 'Pipes.MappingColumnNotFound'; Make = { Join-Path $Data 'aapl.csv' }; Params = @{ Mapping = @{ Nope = 'Email' } } }
        @{ ErrorId = 'Pipes.MappingConflict'; Make = { Join-Path $Data 'aapl.csv' }; Params = @{ Mapping = @{ 'Contact Name' = 'FullName'; 'Email Address' = 'FullName' } } }
        # A quote never closed is read as a character; one whose own line runs past Import.MaxCellLength (1 MiB) cannot be.
        @{ ErrorId = 'Pipes.RowParseError'; Make = { $f = Join-Path $TestDrive 'q.csv'; Set-Content $f -Value @('Name,Email', ('"Unclosed,' + ('x' * 1100000)), 'not a row'); $f }; Params = @{} }
    ) {
        $path = & $Make
        Import-PipesFile $path @Params -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Out-Null
        $err[0].FullyQualifiedErrorId | Should -Be "$ErrorId,Pipes.PowerShell.Commands.Import.ImportPipesFileCommand"
        # The inner exception is shown by Get-Error: it must not speak of .NET's internals ("Could not load file or assembly").
        "$($err[0].Exception.InnerException.Message)" | Should -Not -Match 'assembly'
    }

    It 'stops with Pipes.UnknownMappingTarget before reading anything' {
        { Import-PipesFile (Join-Path $Data 'aapl.csv') -Mapping @{ 'Contact Name' = 'Surname' } } |
            Should -Throw -ErrorId 'Pipes.UnknownMappingTarget,Pipes.PowerShell.Commands.Import.ImportPipesFileCommand'
    }

    It 'refuses a line break as delimiter with Pipes.InvalidDelimiter' {
        { Import-PipesFile (Join-Path $Data 'aapl.csv') -Delimiter "`n" } |
            Should -Throw -ErrorId 'Pipes.InvalidDelimiter,Pipes.PowerShell.Commands.Import.ImportPipesFileCommand' -ExpectedMessage 'The delimiter cannot be a line feed:*'
    }

    It 'takes a delimiter by its name or escape, and refuses longer text in its own words' {
        $tsv = Join-Path $TestDrive 'tabs.txt'
        Set-Content $tsv -Value @("Name`tEmail`tNotes", "Jo Smith`tjo@x.com`ta;b,c")
        foreach ($delimiter in 'tab', '\t', "`t") {
            (Import-PipesFile $tsv -Delimiter $delimiter).Notes | Should -Be 'a;b,c'
        }
        foreach ($delimiter in ';;', 'tabs') {
            $thrown = $null
            try { Import-PipesFile $tsv -Delimiter $delimiter } catch { $thrown = $_ }
            $thrown.Exception.Message | Should -Match "'$([regex]::Escape($delimiter))' is not a delimiter: give one character"
            $thrown.Exception.Message | Should -Not -Match 'System\.Char'
        }
    }

    It 'warns on a header without rows and on an empty file' {
        $header = Join-Path $TestDrive 'header.csv'; Set-Content $header 'First Name,Last Name,Email'
        $empty = Join-Path $TestDrive 'empty.csv'; Set-Content $empty -Value $null
        Import-PipesFile $header -WarningVariable w1 -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        "$w1" | Should -Match 'header but no data rows'
        Import-PipesFile $empty -WarningVariable w2 -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        "$w2" | Should -Match 'empty'
    }

    It 'reads Windows-1252 and takes -Encoding and -Delimiter' {
        $file = Join-Path $TestDrive 'eu.csv'
        [IO.File]::WriteAllBytes($file, [byte[]](@([Text.Encoding]::ASCII.GetBytes("Name;Company`r`nJos")) + 0xE9 + @([Text.Encoding]::ASCII.GetBytes(" Smith;")) + 0x93 + @([Text.Encoding]::ASCII.GetBytes('Q')) + 0x94 + @(13, 10)))
        $r = Import-PipesFile $file
        $r.FirstName | Should -Be 'José'
        $r.Company | Should -Be '“Q”'
        (Import-PipesFile $file -Encoding latin1 -Delimiter ';').FirstName | Should -Be 'José'
    }

    It 'follows a byte-order mark whatever -Encoding says: the mark is no part of the first column''s name, and another encoding than it is said' {
        $file = Join-Path $TestDrive 'marked.csv'
        [IO.File]::WriteAllBytes($file, [byte[]](@(0xEF, 0xBB, 0xBF) + [Text.Encoding]::UTF8.GetBytes("County,Name,Email`nReeves,José Peña,jp@example.com`n")))
        foreach ($encoding in 'utf8', 'utf8BOM', 'windows-1252') {
            $r = Import-PipesFile $file -Encoding $encoding -WarningVariable said -WarningAction SilentlyContinue
            $r.PSObject.Properties.Name | Should -Contain 'County'
            $r.County | Should -Be 'Reeves'
            $r.FullName | Should -Be 'José Peña'
            if ($encoding -eq 'windows-1252') { "$said" | Should -Be 'marked.csv starts with a byte-order mark that says it is utf-8 (BOM): it was read so, and -Encoding windows-1252 was not used.' }
            else { $said | Should -BeNullOrEmpty }
        }
        $wide = Join-Path $TestDrive 'wide.csv'
        [IO.File]::WriteAllBytes($wide, [Text.Encoding]::Unicode.GetPreamble() + [Text.Encoding]::Unicode.GetBytes("County,Name`r`nLoving,Zoë Hart`r`n"))
        (Get-PipesImportPreview $wide -Encoding latin1 -WarningAction SilentlyContinue).Encoding | Should -Be 'utf-16 (BOM)'
        (Import-PipesFile $wide -Encoding latin1 -WarningAction SilentlyContinue).County | Should -Be 'Loving'
    }

    It 'does not import a row that repeats the header (exports pasted together), and says so; a row with one such cell is a row' {
        $file = Join-Path $TestDrive 'pasted.csv'
        Set-Content $file -Value @(
            'First Name,Last Name,Email,Phone'
            'Ann,Lee,ann@example.com,214-555-0100'
            'First Name,Last Name,Email,Phone'
            'Bo,Ray,bo@example.com,214-555-0101'
            '"FIRST NAME", last name ,Email,'
            'FirstName,LastName,EMAIL,'
            'Email,Lee,cy@example.com,214-555-0102'
        )
        $r = @(Import-PipesFile $file -WarningVariable said -WarningAction SilentlyContinue)
        $r.FullName | Should -Be @('Ann Lee', 'Bo Ray', 'Email Lee')
        "$said" | Should -Match 'pasted\.csv: 3 row\(s\) repeat the header \(row 3, 5, 6\), as exports pasted together or a report''s pages have it; they were not imported\.'
        $preview = Get-PipesImportPreview $file
        @($preview.SampleRows).Count | Should -Be 3
        "$($preview.Warnings)" | Should -Match 'pasted\.csv: 3 row\(s\) repeat the header \(from row 3\)'
    }

    It 'reads an XLSX workbook by its content, whatever its name, and names a missing worksheet' {
        Add-TestDataType tests/bench/BenchData.cs
        $book = Join-Path $TestDrive 'book.csv'
        [PipesBenchData]::WriteXlsx($book, 20)
        $records = Import-PipesFile $book -WarningAction SilentlyContinue
        $records.Count | Should -Be 20
        $records[1].Email | Should -Be 'contact.1@example1.com'
        $records[4].Phone | Should -Match '^\d{10}$'   # stored as a number in the sheet
        (Get-PipesImportPreview $book).Format | Should -Be 'xlsx (Contacts)'
        Import-PipesFile $book -Worksheet Nope -ErrorVariable err -ErrorAction SilentlyContinue | Out-Null
        $err[0].FullyQualifiedErrorId | Should -Be 'Pipes.WorksheetNotFound,Pipes.PowerShell.Commands.Import.ImportPipesFileCommand'
    }

    It 'stops reading and releases the file when the pipeline stops early' {
        $big = Join-Path $TestDrive 'many.csv'
        Set-Content $big -Value (@('Name,Email') + (1..20000 | ForEach-Object { "Person $_,p$_@x.com" }))
        (Import-PipesFile $big | Select-Object -First 3).Email | Should -Be @('p1@x.com', 'p2@x.com', 'p3@x.com')
        Remove-Item $big
        Test-Path $big | Should -BeFalse
    }

    It 'shows its progress while it writes, and stops within a second of Ctrl+C' {
        # Records are read and written on the pipeline thread (PipesCmdlet.Pump): the bar and Ctrl+C must work there.
        $ps = New-SlowImport 'slow.csv' 20000
        try {
            $async = $ps.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            # Until a bar with a fraction: on a loaded machine the first may come before 1% of the file is out.
            while (@($ps.Streams.Progress | Where-Object { $_.Activity -eq 'Import-PipesFile' -and $_.PercentComplete -gt 0 }).Count -eq 0 -and -not $async.IsCompleted -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            $progress = @($ps.Streams.Progress | Where-Object Activity -eq 'Import-PipesFile')
            $progress.Count | Should -BeGreaterThan 0
            $progress[0].StatusDescription | Should -Match '^slow\.csv: [\d,]+ records$'
            ($progress.PercentComplete | Measure-Object -Maximum).Maximum | Should -BeGreaterThan 0   # some bar says how far it is
            $async.IsCompleted | Should -BeFalse
            $clock = [Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $clock.Elapsed.TotalSeconds | Should -BeLessThan 1
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally { $ps.Dispose() }
    }

    It 'shows its first bar half a second in behind a slow consumer, with the part of the file handed out' {
        # A dialler takes seconds a record: the bar must not wait for 16 records, nor say 100% because the reader has the whole small file.
        $ps = New-SlowImport 'dial.csv' 400 100
        try {
            $async = $ps.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while (@($ps.Streams.Progress | Where-Object Activity -eq 'Import-PipesFile').Count -eq 0 -and -not $async.IsCompleted -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
            $first = @($ps.Streams.Progress | Where-Object Activity -eq 'Import-PipesFile')[0]
            $records = [int]($first.StatusDescription -replace '\D', '')
            $records | Should -BeLessThan 16
            $first.PercentComplete | Should -BeLessOrEqual ([Math]::Ceiling(100 * ($records + 1) / 400))
            $ps.Stop()
        }
        finally { $ps.Dispose() }
    }

    It 'keeps each progress update as it was written, and ends the bar with the final count' {
        $ps = New-SlowImport 'bar.csv' 1500
        try {
            $null = $ps.Invoke()
            $bar = @($ps.Streams.Progress | Where-Object Activity -eq 'Import-PipesFile')
            $bar.Count | Should -BeGreaterThan 2
            $counts = @($bar | Where-Object RecordType -eq 'Processing' | ForEach-Object { [int]($_.StatusDescription -replace '\D', '') })
            $counts.Count | Should -BeGreaterThan 1
            $counts | Select-Object -Unique | Should -HaveCount $counts.Count   # one record per update, not one record changed
            $bar[-1].RecordType | Should -Be 'Completed'
            $bar[-1].StatusDescription | Should -Be 'bar.csv: 1,500 records'
            $bar[-1].PercentComplete | Should -Be 100
        }
        finally { $ps.Dispose() }
    }

    It 'refuses an unknown -Encoding name or code page in its own words' {
        foreach ($encoding in 99999, 42, 0, -1, '0', 'nope', 'utf-7') {
            $thrown = $null
            try { Import-PipesFile (Join-Path (Get-RepoRoot) 'examples/data/contacts.csv') -Encoding $encoding } catch { $thrown = $_ }
            $thrown.Exception.Message | Should -Match 'Use one of utf8, .* or a code page number such as 1252\.'
            $thrown.Exception.Message | Should -Not -Match "Parameter 'codepage'|Parameter 'name'"
        }
    }

    It 'completes -Delimiter names' {
        $line = 'Import-PipesFile x.csv -Delimiter se'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('semicolon')
    }

    It 'completes -Encoding names' {
        $line = 'Import-PipesFile x.csv -Encoding wind'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'windows-1252'
    }
}

Describe 'Get-PipesImportPreview' {
    It 'detects <Preset> and suggests its mapping' -ForEach @(
        @{ Preset = 'phoneburner'; File = 'phoneburner.csv'; Column = 'First Name'; Field = 'FirstName' }
        @{ Preset = 'aapl'; File = 'aapl.csv'; Column = 'Contact Name'; Field = 'FullName' }
    ) {
        $p = Get-PipesImportPreview (Join-Path $Data $File)
        $p.Preset | Should -Be $Preset
        $p.SuggestedMapping[$Column] | Should -Be $Field
        $p.Headers | Should -Contain $Column
        $p.SampleRows.Count | Should -BeGreaterThan 1
        $p.Encoding | Should -Be 'utf-8'
        $p.Delimiter | Should -Be ','
    }

    It 'tells a file with data rows from one without, even with -SampleSize 0, and warns of a row the import cannot read or repairs' {
        $file = Join-Path $TestDrive 'broken.csv'
        Set-Content $file -Value @('Name,Email,Phone,Notes', 'A One,a@x.com,7135550101,ok', 'B Two,b@x.com,7135550102,"unclosed, note', 'C Three,c@x.com', 'D Four,d@x.com,7135550104,ok')
        $p = Get-PipesImportPreview $file -SampleSize 0 -WarningVariable w -WarningAction SilentlyContinue
        $p.SampleRows.Count | Should -Be 0
        $p.Message | Should -BeNullOrEmpty
        $p.Warnings | Should -Be @('broken.csv: row 3 needed a repair to read: Line 3: field 4 opens a quote that is never closed; the quote was read as a character, the row kept as its line reads. Import-PipesFile says so in its Issues.')
        "$w" | Should -Match 'Line 3'
        $stray = Join-Path $TestDrive 'stray.csv'
        Set-Content $stray -Value @('Name,Email,Notes', 'A One,a@x.com,says "hi" often', 'B Two,b@x.com,ok')
        $repaired = (Get-PipesImportPreview $stray -WarningAction SilentlyContinue).Warnings
        $repaired | Should -HaveCount 1
        $repaired | Should -Match '^stray\.csv: row 2 needed a repair to read: .*quote.* Import-PipesFile says so in its Issues\.$'
        (Import-PipesFile $stray -WarningAction SilentlyContinue)[0].Issues | Should -Match 'quote'
        $header = Join-Path $TestDrive 'header.csv'
        Set-Content $header -Value 'Name,Email'
        (Get-PipesImportPreview $header -SampleSize 0 -WarningAction SilentlyContinue).Message | Should -Be 'The file has a header but no data rows.'
    }

    It 'shows rows as parsed, before normalisation, and what is left unmapped' {
        $p = Get-PipesImportPreview (Join-Path $Data 'phoneburner.csv') -SampleSize 1
        $p.SampleRows.Count | Should -Be 1
        $p.SampleRows[0].'First Name' | Should -Be ' John '
        $p.UnmappedColumns | Should -Be @('Lead Source', 'Tags')
        $p.UnmappedFields | Should -Contain 'JobTitle'
    }

    It 'shows file, format, preset, header row and unmapped columns in its table' {
        Get-PipesImportPreview (Join-Path $Data 'phoneburner.csv') | Out-String -Width 100 |
            Should -Match 'phoneburner.csv\s+csv \(utf-8, comma\)\s+phoneburner\s+1\s+Lead Source, Tags'
    }

    It 'says when there are no data rows' {
        $header = Join-Path $TestDrive 'header-only.csv'; Set-Content $header 'Contact Name,Email Address,Phone Number,Organization'
        $p = Get-PipesImportPreview $header -WarningAction SilentlyContinue
        $p.Message | Should -Match 'no data rows'
        $p.Preset | Should -Be 'aapl'
    }
}

Describe 'Import errors say what to do (issue 18)' {
    BeforeAll { $env:PIPES_CONFIG_DIR = Join-Path $TestDrive 'advice' }

    It 'gives a RecommendedAction with a row that cannot be read, a missing file and a folder' {
        $csv = Join-Path $TestDrive 'broken-row.csv'
        "Name,Email`nAnn Lee,ann@example.com`n""Bo,$('b' * 1100000)`nnot a row" | Set-Content $csv # its own line past Import.MaxCellLength
        $folder = Join-Path $TestDrive 'a-folder'
        New-Item -ItemType Directory -Force $folder | Out-Null
        Import-PipesFile $csv, (Join-Path $TestDrive 'missing.csv'), $folder -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Out-Null
        $err.Count | Should -BeGreaterOrEqual 3
        foreach ($e in $err) {
            $e.FullyQualifiedErrorId | Should -BeLike 'Pipes.*'
            $e.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty -Because $e.FullyQualifiedErrorId
        }
        ($err | Where-Object { $_.TargetObject -eq $folder }).Exception.Message | Should -Match 'folder'
    }
}

Describe 'Get-PipesImportPreview sample rows (issue 18)' {
    It 'gives the sample rows as objects with the file''s columns' {
        $env:PIPES_CONFIG_DIR = Join-Path $TestDrive 'preview'
        $csv = Join-Path $TestDrive 'sample.csv'
        "First Name,Last Name,Email`nAnn,Lee,ann@example.com`nBo,Diaz,bo@example.com" | Set-Content $csv
        $rows = (Get-PipesImportPreview $csv).SampleRows
        $rows.Count | Should -Be 2
        $rows[0].'First Name' | Should -Be 'Ann'
        ($rows | Format-Table | Out-String) | Should -Not -Match 'OrderedDictionary|System\.Collections'
        ($rows | ConvertTo-Csv)[0] | Should -Be '"First Name","Last Name","Email"'
    }
}
