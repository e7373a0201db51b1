<#
.SYNOPSIS
    Import-PipesFile against Import-Csv and ExcelDataReader on the same generated files, measured
    in the same run: warm (a second call in one pwsh) against Import-Csv and against the pipeline's
    own floor; cold (a fresh pwsh per run, as a scheduled task meets it) against Import-Csv cold, and the least
    any import by this module can take cold (the module loaded and the objects written, nothing read);
    peak memory on a 2,000,000-row file over a module-only run; the seed's 500-row target in a fresh pwsh.
.DESCRIPTION
    Prints figures and ratios; asserts nothing. Files go to a temporary folder and are deleted.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/import.ps1
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/import.ps1 -Rows 50000 -BigRows 200000 -Runs 1
#>
param([int] $Rows = 200000, [int] $BigRows = 2000000, [int] $Runs = 3, [int] $ColdRuns = 7)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1')
$pipes = Join-Path $root 'out/Pipes'
if (-not (Test-Path (Join-Path $pipes 'Pipes.psd1'))) { throw 'Build first: dotnet build -c Release' }
dotnet restore (Join-Path $root 'tests/tools/TestTools.csproj') -v q | Out-Null
$excelDataReader = Join-Path (Get-NuGetPackagePath ExcelDataReader 3.6.0) 'lib/netstandard2.0/ExcelDataReader.dll'
Add-Type -Path $excelDataReader
Add-TestDataType tests/bench/BenchData.cs
Add-TestDataType tests/bench/ExcelDataReaderBaseline.cs -ExtraReference $excelDataReader, System.Data.Common, netstandard
Add-TestDataType tests/bench/PipelineFloor.cs -ExtraReference ([psobject].Assembly.Location)
Import-Module -Assembly ([WritePipesBenchObjectCommand].Assembly)

$work = Join-Path ([IO.Path]::GetTempPath()) "pipes-bench-$PID"
New-Item -ItemType Directory $work -Force | Out-Null
$env:PIPES_CONFIG_DIR = Join-Path $work 'config'
Import-Module $pipes
$pwsh = Get-PwshCommand

function Measure-Best([scriptblock] $block) {
    $times = foreach ($i in 1..$Runs) { [GC]::Collect(); (Measure-Command $block).TotalSeconds }
    ($times | Measure-Object -Minimum).Minimum
}

try {
    $csv = Join-Path $work 'contacts.csv'
    $xlsx = Join-Path $work 'contacts.xlsx'
    [PipesBenchData]::WriteCsv($csv, $Rows)
    [PipesBenchData]::WriteXlsx($xlsx, $Rows)
    '{0:N0} rows: CSV {1:N1} MB, XLSX {2:N1} MB; best of {3} runs each' -f $Rows, ((Get-Item $csv).Length / 1MB), ((Get-Item $xlsx).Length / 1MB), $Runs

    $check = @(Import-PipesFile $csv -WarningAction SilentlyContinue)
    'records: {0:N0} (with email {1:N0}, with phone {2:N0}, with an Issue {3:N0}, duplicates {4:N0})' -f $check.Count, @($check | Where-Object Email).Count,
        @($check | Where-Object Phone).Count, @($check | Where-Object Issues).Count, @($check | Where-Object Issues -like '*Duplicate*').Count
    $check = $null

    $importCsv = Measure-Best { Import-Csv $csv | Out-Null }
    $pipesCsv = Measure-Best { Import-PipesFile $csv -WarningAction SilentlyContinue | Out-Null }
    $floor = Measure-Best { Write-PipesBenchObject -Count $Rows | Out-Null }
    $pipesNoPipeline = Measure-Best { Import-PipesFile $csv -WarningAction SilentlyContinue > $null }
    ''
    'Warm (second call in this pwsh):'
    'CSV   Import-Csv | Out-Null                {0,7:N2} s' -f $importCsv
    'CSV   Import-PipesFile | Out-Null          {0,7:N2} s   ({1:N2}x faster than Import-Csv)' -f $pipesCsv, ($importCsv / $pipesCsv)
    # The yardstick: the same number of ready-made objects from a compiled cmdlet that does nothing else.
    'Pipeline alone: {0:N0} objects | Out-Null {1,7:N2} s   (the floor: no cmdlet that emits a record per row can beat it)' -f $Rows, $floor
    'CSV   Import-PipesFile / floor             {0,7:N2}x  (goal: within 2x)' -f ($pipesCsv / $floor)
    # "> $null" discards without running anything downstream: what reading and normalising cost by themselves.
    'CSV   Import-PipesFile > $null             {0,7:N2} s   (reading and normalising without the pipeline''s cost: {1:N1}x Import-Csv''s speed)' -f $pipesNoPipeline, ($importCsv / $pipesNoPipeline)

    # The same rows with one more column no field takes (a CRM export's 'Lead Status'): each record
    # carries it as a property of a record type made for the file's columns (ExtraColumnTypes).
    $extra = Join-Path $work 'contacts-extra.csv'
    [PipesBenchData]::WriteCsv($extra, $Rows, $true)
    $importCsvExtra = Measure-Best { Import-Csv $extra | Out-Null }
    $pipesExtra = Measure-Best { Import-PipesFile $extra -WarningAction SilentlyContinue | Out-Null }
    'CSV + 1 unmapped column: Import-Csv       {0,7:N2} s; Import-PipesFile {1:N2} s ({2:N2}x faster than Import-Csv)' -f $importCsvExtra, $pipesExtra, ($importCsvExtra / $pipesExtra)
    # The same rows with a distinct call-log note each: notes are read for requests not to be contacted (RecordBuilder.Notes), each
    # distinct text once, so the repeated note of the rows above costs nothing and a dialler's call log costs the most.
    $callNotes = Join-Path $work 'contacts-call-notes.csv'
    [PipesBenchData]::WriteCsvWithCallNotes($callNotes, $Rows)
    $importCsvNotes = Measure-Best { Import-Csv $callNotes | Out-Null }
    $pipesNotes = Measure-Best { Import-PipesFile $callNotes -WarningAction SilentlyContinue | Out-Null }
    'CSV, a distinct call-log note a row: Import-Csv {0,5:N2} s; Import-PipesFile {1:N2} s ({2:N2}x faster than Import-Csv)' -f $importCsvNotes, $pipesNotes, ($importCsvNotes / $pipesNotes)

    $edr = Measure-Best { [PipesExcelDataReaderBaseline]::ReadAllCells($xlsx) | Out-Null }
    $pipesXlsx = Measure-Best { Import-PipesFile $xlsx -WarningAction SilentlyContinue | Out-Null }
    'XLSX  ExcelDataReader 3.6, every cell      {0,7:N2} s' -f $edr
    'XLSX  Import-PipesFile | Out-Null          {0,7:N2} s   ({1:N2}x ExcelDataReader''s time; target at most 1x; {2:N1}x the CSV import, aim 5x)' -f $pipesXlsx, ($pipesXlsx / $edr), ($pipesXlsx / $pipesCsv)
    # The same sheet with every email a mailto: link, as Excel makes one of an address typed into a cell: the links
    # come after the rows in the sheet's XML, so they are found first by a scan that unpacks the sheet once more.
    $linked = Join-Path $work 'contacts-linked.xlsx'
    [PipesBenchData]::WriteXlsx($linked, $Rows, $true)
    $edrLinked = Measure-Best { [PipesExcelDataReaderBaseline]::ReadAllCells($linked) | Out-Null }
    $pipesLinked = Measure-Best { Import-PipesFile $linked -WarningAction SilentlyContinue | Out-Null }
    'XLSX, emails linked: ExcelDataReader      {0,7:N2} s; Import-PipesFile {1:N2} s ({2:N2}x ExcelDataReader''s time; {3:N2}x the unlinked sheet''s)' -f $edrLinked, $pipesLinked, ($pipesLinked / $edrLinked), ($pipesLinked / $pipesXlsx)
    Remove-Item $linked

    # Memory: fresh processes, peak working set at the end.
    $big = Join-Path $work 'big.csv'
    $small = Join-Path $work 'small.csv'
    [PipesBenchData]::WriteCsv($big, $BigRows)
    [PipesBenchData]::WriteCsv($small, 500)
    $peak = {
        param($file)
        $script = "Import-Module '$pipes'; `$n = (Import-PipesFile '$file' -WarningAction SilentlyContinue | Measure-Object).Count; `"`$n `$([Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64)`""
        $out = (& $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $script) -split ' '
        [pscustomobject]@{ Records = [long]$out[0]; PeakMB = [long]$out[1] / 1MB }
    }
    $bigRun = & $peak $big
    $smallRun = & $peak $small
    $moduleOnly = [long](& $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command "Import-Module '$pipes'; [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64") / 1MB
    ''
    'Peak memory, {0:N0} rows ({1:N0} MB file): {2:N0} MB; module only: {3:N0} MB; over module only {4:N0} MB (goal under 100 MB); 500 rows: {5:N0} MB' -f $bigRun.Records, ((Get-Item $big).Length / 1MB), $bigRun.PeakMB, $moduleOnly, ($bigRun.PeakMB - $moduleOnly), $smallRun.PeakMB
    Remove-Item $big

    # Cold: a fresh pwsh per run, Import-Csv and Import-PipesFile taking turns so that both meet the same machine.
    $floorDll = Join-Path $work 'floor.dll'
    # Compiled in a child: this session already holds the type, and Add-Type refuses a name twice.
    & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command "Add-Type -Path '$(Join-Path $PSScriptRoot 'PipelineFloor.cs')' -ReferencedAssemblies ([psobject].Assembly.Location) -OutputAssembly '$floorDll' -OutputType Library"
    $scripts = [ordered]@{
        Bare = 'exit'
        Module = "Import-Module '$pipes'"
        Floor = "Import-Module '$floorDll'; Write-PipesBenchObject -Count $Rows | Out-Null"
        # The least any import by this module can take cold: the module loaded, and objects written with nothing read.
        ModuleFloor = "Import-Module '$pipes'; Import-Module '$floorDll'; Write-PipesBenchObject -Count $Rows | Out-Null"
        ImportCsv = "Import-Csv '$csv' | Out-Null"
        Pipes = "Import-Module '$pipes'; Import-PipesFile '$csv' -WarningAction SilentlyContinue | Out-Null"
    }
    $cold = @{}
    foreach ($name in $scripts.Keys) { $cold[$name] = @() }
    foreach ($i in 1..$ColdRuns) {
        foreach ($name in $scripts.Keys) {
            $cold[$name] += (Measure-Command { & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $scripts[$name] | Out-Null }).TotalSeconds
        }
    }
    $coldBare = Get-Percentile $cold.Bare; $coldModule = Get-Percentile $cold.Module
    $coldCsv = Get-Percentile $cold.ImportCsv; $coldPipes = Get-Percentile $cold.Pipes; $coldFloor = Get-Percentile $cold.Floor
    $coldModuleFloor = Get-Percentile $cold.ModuleFloor
    ''
    'Cold (a fresh pwsh per run, median of {0}; {1:N0} rows; pwsh: {2}):' -f $ColdRuns, $Rows, ($pwsh -join ' ')
    'pwsh alone {0:N2} s; + Import-Module Pipes {1:N2} s ({2:N0} ms for the module)' -f $coldBare, $coldModule, (1000 * ($coldModule - $coldBare))
    # The cold floor: what a fresh pwsh takes to pass as many ready-made objects to Out-Null. The goal
    # (1.5x Import-Csv) leaves Import-PipesFile (Import-Csv - pwsh alone) / 1.5 - (the module) over pwsh alone.
    'Pipeline alone: {0:N0} objects | Out-Null {1,7:N2} s   ({2:N2} s over pwsh alone; the 1.5x goal leaves Import-PipesFile {3:N2} s over it)' -f $Rows, $coldFloor, ($coldFloor - $coldBare), ($coldCsv / 1.5 - $coldBare)
    # A lower bound of any cold import: loading the module, passing the objects (both cold), and reading
    # and normalising at their warm speed. When it exceeds what the goal leaves, the goal cannot be met in this pwsh.
    $bound = ($coldModule - $coldBare) + ($coldFloor - $coldBare) + $pipesNoPipeline
    'Module + pipeline alone (cold) + reading and normalising (warm): {0:N2} s over pwsh alone, {1} the {2:N2} s the 1.5x goal leaves' -f $bound, $(if ($bound -gt $coldCsv / 1.5 - $coldBare) { 'more than' } else { 'within' }), ($coldCsv / 1.5 - $coldBare)
    # Measured, not summed: when the module and the objects alone take more than the goal leaves, no import by this module can meet it here.
    'Module + pipeline alone, one fresh pwsh {0,7:N2} s   ({1:N2}x faster than Import-Csv with nothing read; the 1.5x goal {2} in this pwsh)' -f $coldModuleFloor, ($coldCsv / $coldModuleFloor), $(if ($coldCsv / $coldModuleFloor -lt 1.5) { 'cannot be met' } else { 'leaves room' })
    'CSV   Import-Csv | Out-Null                {0,7:N2} s' -f $coldCsv
    'CSV   Import-PipesFile | Out-Null          {0,7:N2} s   ({1:N2}x faster than Import-Csv; goal at least 1.5x; {2:N2} s over pwsh alone against Import-Csv''s {3:N2} s)' -f $coldPipes, ($coldCsv / $coldPipes), ($coldPipes - $coldBare), ($coldCsv - $coldBare)

    # The seed's target: a fresh pwsh that imports the module and a 500-row CSV.
    $fresh = {
        param($script)
        $times = foreach ($i in 1..5) { (Measure-Command { & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $script | Out-Null }).TotalSeconds }
        Get-Percentile $times
    }
    $seedPipes = & $fresh "Import-Module '$pipes'; Import-PipesFile '$small' | Out-Null"
    $seedCsv = & $fresh "Import-Csv '$small' | Out-Null"
    ''
    'Fresh pwsh + 500-row CSV, median of 5: Import-PipesFile {0:N2} s, Import-Csv {1:N2} s ({2:N2}x; the seed asks under 2 s)' -f $seedPipes, $seedCsv, ($seedPipes / $seedCsv)
}
finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
