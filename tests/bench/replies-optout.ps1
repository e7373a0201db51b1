<#
.SYNOPSIS
    Reply opt-outs (the OptOut of Get-PipesReplyClassification) measured against labels written apart from the rule:
    precision, recall, scope accuracy, per language, and every false mark, miss and wrong scope with its text.
.DESCRIPTION
    The sets are tests/data/replies-optout/set-a.jsonl (studied when the rule was fixed), set-b.jsonl (held out:
    measured before and after the fixes, then read to fix its residue) and set-c.jsonl (held out: written apart from
    the rule after those fixes); their README.md says how they were written and labelled. Each reply goes through
    the built module's Get-PipesReplyClassification as a user pipes it, so the quoted-history cut, HTML and
    signatures are those of the shipped command. The class is measured too, for
    information: these sets were written for OptOut, not for the class.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/replies-optout.ps1
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/replies-optout.ps1 -Set a
    Set A only (the studied set), with its confusion list.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/replies-optout.ps1 -Set c
    Set C only (held out, written after the fixes of set B).
#>
param(
    # Which sets to measure: a, b, c, or any of them (all three by default).
    [ValidateSet('a', 'b', 'c')] [string[]] $Set = @('a', 'b', 'c'),
    # Characters of each reply's new text shown in the confusion list.
    [int] $Width = 160
)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$env:PIPES_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) "pipes-optout-$PID"
Import-Module (Join-Path $root 'out/Pipes')
$to = @{
    a = 'Wade Tillman <wade@caprockminerals.example.com>'
    b = 'Renee Holcomb <renee@llanoroyalty.example.com>'
    c = 'Travis Okafor <travis@redbluffminerals.example.com>'
}

function Show-Rates([string] $Title, $Rows) {
    $tp = @($Rows | Where-Object { $_.Optout -and $_.Got }).Count
    $fp = @($Rows | Where-Object { -not $_.Optout -and $_.Got }).Count
    $fn = @($Rows | Where-Object { $_.Optout -and -not $_.Got }).Count
    $scopeRight = @($Rows | Where-Object { $_.Optout -and $_.Got -and $_.Scope -eq $_.GotScope }).Count
    $p = if ($tp + $fp) { $tp / ($tp + $fp) } else { [double]::NaN }
    $r = if ($tp + $fn) { $tp / ($tp + $fn) } else { [double]::NaN }
    $s = if ($tp) { $scopeRight / $tp } else { [double]::NaN }
    '  {0,-10} {1,4} replies {2,3} opt-outs | precision {3,6:P1} ({4}/{5}) recall {6,6:P1} ({4}/{7}) | scope right {8,6:P1} ({9}/{4})' -f $Title, $Rows.Count, ($tp + $fn), $p, $tp, ($tp + $fp), $r, ($tp + $fn), $s, $scopeRight
}

function Show-Text([string] $Text) {
    $flat = ($Text -replace '\s+', ' ').Trim()
    if ($flat.Length -gt $Width) { $flat.Substring(0, $Width) + '...' } else { $flat }
}

foreach ($name in $Set) {
    $path = Join-Path $root "tests/data/replies-optout/set-$name.jsonl"
    $rows = foreach ($line in (Get-Content -LiteralPath $path -Encoding utf8 | Where-Object { $_.Trim() })) {
        $x = $line | ConvertFrom-Json -AsHashtable
        $p = @{ Subject = $x.subject; Body = $x.body; From = $x.from; To = $to[$name]; Received = [datetimeoffset]'2025-09-20T12:00:00Z' }
        if ($x.html) { $p.BodyType = 'Html' }
        if ($x.headers) { $p.Header = $x.headers }
        $c = Get-PipesReplyClassification @p
        [pscustomobject]@{
            Id = $x.id; Language = $x.language; Label = $x.label; Class = "$($c.Classification)"
            Optout = [bool]$x.optout; Scope = $x.scope; Got = $null -ne $c.OptOut
            GotScope = $(if ($c.OptOut) { "$($c.OptOut.Scope)" }); Words = $(if ($c.OptOut) { $c.OptOut.Words }); Text = $c.ReplyText; Note = $x.note
        }
    }
    ''
    "Set $($name.ToUpper()) ($path)"
    Show-Rates 'all' $rows
    foreach ($group in ($rows | Group-Object Language | Sort-Object Name)) { Show-Rates "  $($group.Name)" $group.Group }
    $classRight = @($rows | Where-Object { $_.Label -eq $_.Class }).Count
    '  class (for information): {0}/{1} = {2:P1}' -f $classRight, $rows.Count, ($classRight / $rows.Count)
    $fps = @($rows | Where-Object { -not $_.Optout -and $_.Got })
    $fns = @($rows | Where-Object { $_.Optout -and -not $_.Got })
    $scopes = @($rows | Where-Object { $_.Optout -and $_.Got -and $_.Scope -ne $_.GotScope })
    "  false marks ($($fps.Count)):"
    foreach ($x in $fps) { '    {0} [{1}] {2} "{3}" | {4}' -f $x.Id, $x.Language, $x.GotScope, $x.Words, (Show-Text $x.Text) }
    "  misses ($($fns.Count)):"
    foreach ($x in $fns) { '    {0} [{1}] want {2} | {3}' -f $x.Id, $x.Language, $x.Scope, (Show-Text $x.Text) }
    "  wrong scope ($($scopes.Count)):"
    foreach ($x in $scopes) { '    {0} [{1}] want {2} got {3} "{4}" | {5}' -f $x.Id, $x.Language, $x.Scope, $x.GotScope, $x.Words, (Show-Text $x.Text) }
}
Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue
