<#
.SYNOPSIS
    How Import-PipesFile reads free-text notes, measured on tests/data/import-notes (200 contacts whose
    labels were written before the importer was run or read).
.DESCRIPTION
    Imports notes.csv once and compares each row with labels.csv. A row's calls count as stopped when
    one of its numbers (Phone, Cell columns) is in neither Phone nor ExtraPhones; its e-mail when its
    address is in neither Email nor ExtraEmails. A stop is the positive class. Prints precision and
    recall for calls and for e-mail, the line accuracy (rows labelled with one Line: that number
    stopped and the other kept), rows labelled "both lines" that came out with one line only, and
    every false stop and missed stop with its note. Asserts nothing.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/import-notes.ps1
#>
param([string] $Dir)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$pipes = Join-Path $root 'out/Pipes'
if (-not (Test-Path (Join-Path $pipes 'Pipes.psd1'))) { throw 'Build first: dotnet build -c Release' }
$dir = if ($Dir) { $Dir } else { Join-Path $root 'tests/data/import-notes' }
$env:PIPES_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) "pipes-notes-bench-$PID"
Import-Module $pipes

$rows = @(Import-Csv (Join-Path $dir 'notes.csv') -Encoding utf8)
$labels = @(Import-Csv (Join-Path $dir 'labels.csv') -Encoding utf8)
$records = @(Import-PipesFile (Join-Path $dir 'notes.csv'))
$bySourceRow = @{}
foreach ($r in $records) { $bySourceRow[[int]$r.SourceRow - 1] = $r }

function Get-Digits([string] $s) { @([regex]::Matches("$s", '\d{10,11}') | ForEach-Object { $_.Value.Substring($_.Value.Length - 10) }) }
function Get-Addresses([string] $s) { @([regex]::Matches("$s", '[^\s;,<>]+@[^\s;,<>]+') | ForEach-Object { $_.Value.ToLowerInvariant() }) }

$results = foreach ($l in $labels) {
    $i = [int]$l.Row
    $row = $rows[$i - 1]
    $rec = $bySourceRow[$i]
    $phone = ($row.Phone -replace '\D', '')
    $cell = ($row.Cell -replace '\D', '')
    if ($rec) {
        $dialable = @(Get-Digits $rec.Phone) + @(Get-Digits $rec.ExtraPhones)
        $mailable = @(Get-Addresses $rec.Email) + @(Get-Addresses $rec.ExtraEmails)
        $phoneStopped = $phone -notin $dialable
        $cellStopped = $cell -notin $dialable
        $emailStopped = $row.Email.ToLowerInvariant() -notin $mailable
    } else {
        $phoneStopped = $cellStopped = $emailStopped = $true   # the row did not come out at all
    }
    $got = if ($phoneStopped -and $cellStopped) { 'both' } elseif ($phoneStopped) { 'Phone' } elseif ($cellStopped) { 'Cell' } else { 'none' }
    $want = if ($l.Calls -ne 'yes') { 'none' } elseif ($l.Line) { $l.Line } else { 'both' }
    [pscustomobject]@{
        Row = $i; Note = $row.Notes; Why = $l.Why; Missing = -not $rec
        CallsLabel = $l.Calls -eq 'yes'; CallsGot = $got -ne 'none'; LinesWant = $want; LinesGot = $got
        EmailLabel = $l.Email -eq 'yes'; EmailGot = $emailStopped
    }
}

function Show-Figures([string] $what, [object[]] $r, [string] $label, [string] $got) {
    $tp = @($r | Where-Object { $_.$label -and $_.$got }).Count
    $fp = @($r | Where-Object { -not $_.$label -and $_.$got }).Count
    $fn = @($r | Where-Object { $_.$label -and -not $_.$got }).Count
    $p = if ($tp + $fp) { $tp / ($tp + $fp) } else { [double]::NaN }
    $rc = if ($tp + $fn) { $tp / ($tp + $fn) } else { [double]::NaN }
    '{0,-7} precision {1:P1} ({2}/{3})  recall {4:P1} ({2}/{5})  false stops {6}  missed stops {7}' -f $what, $p, $tp, ($tp + $fp), $rc, ($tp + $fn), $fp, $fn
}

"import-notes: $($labels.Count) labelled rows, $($records.Count) records imported"
Show-Figures 'Calls' $results CallsLabel CallsGot
Show-Figures 'E-mail' $results EmailLabel EmailGot
$lineRows = @($results | Where-Object { $_.LinesWant -in 'Phone', 'Cell' })
$lineOk = @($lineRows | Where-Object { $_.LinesGot -eq $_.LinesWant }).Count
'Line    accuracy {0:P1} ({1}/{2} rows labelled with one line: that line stopped, the other kept)' -f ($lineOk / [math]::Max(1, $lineRows.Count)), $lineOk, $lineRows.Count
$bothRows = @($results | Where-Object { $_.LinesWant -eq 'both' })
$partial = @($bothRows | Where-Object { $_.LinesGot -in 'Phone', 'Cell' })
'Both    {0} of {1} rows labelled "all calls" came out with one line stopped only' -f $partial.Count, $bothRows.Count
$missing = @($results | Where-Object Missing)
if ($missing) { "Rows not imported at all (counted as stopping everything): $(($missing.Row) -join ', ')" }

function Show-List([string] $title, [object[]] $r, [scriptblock] $show) {
    ''
    "$title ($($r.Count))"
    foreach ($x in $r) { & $show $x }
}
Show-List 'Calls: false stops' @($results | Where-Object { -not $_.CallsLabel -and $_.CallsGot }) {
    param($x) '  row {0,3}: {1}  [label: none ({2}); got: {3}]' -f $x.Row, $x.Note, $x.Why, $x.LinesGot }
Show-List 'Calls: missed stops' @($results | Where-Object { $_.CallsLabel -and -not $_.CallsGot }) {
    param($x) '  row {0,3}: {1}  [label: {2} ({3}); got: none]' -f $x.Row, $x.Note, $x.LinesWant, $x.Why }
Show-List 'Calls: wrong line(s) stopped' @($results | Where-Object { $_.CallsLabel -and $_.CallsGot -and $_.LinesGot -ne $_.LinesWant }) {
    param($x) '  row {0,3}: {1}  [label: {2} ({3}); got: {4}]' -f $x.Row, $x.Note, $x.LinesWant, $x.Why, $x.LinesGot }
Show-List 'E-mail: false stops' @($results | Where-Object { -not $_.EmailLabel -and $_.EmailGot }) {
    param($x) '  row {0,3}: {1}  [label: keep ({2}); got: withheld]' -f $x.Row, $x.Note, $x.Why }
Show-List 'E-mail: missed stops' @($results | Where-Object { $_.EmailLabel -and -not $_.EmailGot }) {
    param($x) '  row {0,3}: {1}  [label: stop ({2}); got: mailable]' -f $x.Row, $x.Note, $x.Why }
Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue
