# Measures the shipped reply classifier on replies-blind2 through Get-PipesReplyClassification.
# Usage (from the repository root, after building): dotnet pwsh -NoProfile -File tests/data/replies-blind2/measure.ps1
param(
    [string]$Module = (Join-Path $PSScriptRoot '../../../out/Pipes'),
    [string]$Data = (Join-Path $PSScriptRoot 'replies.jsonl'),
    [string]$To = 'mwhitfield@pecosbasinroyalty.com',
    [datetime]$Received = '2026-11-20'
)
$ErrorActionPreference = 'Stop'
if (-not $env:PIPES_CONFIG_DIR) { $env:PIPES_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) ("pipes-blind2-" + [guid]::NewGuid()) }
Import-Module $Module -Force
$classes = 'Bounce', 'OutOfOffice', 'Referral', 'Interested', 'NotInterested', 'Unknown'
$rows = Get-Content -LiteralPath $Data -Encoding utf8 | Where-Object { $_.Trim() } | ForEach-Object { $_ | ConvertFrom-Json }
$results = foreach ($r in $rows) {
    $p = @{ Subject = $r.subject; Body = $r.body; From = $r.from; To = $To; Received = $Received
            BodyType = $(if ($r.html) { 'Html' } else { 'Text' }) }
    if ($r.headers) { $h = @{}; foreach ($prop in $r.headers.PSObject.Properties) { $h[$prop.Name] = [string]$prop.Value }; $p.Header = $h }
    $c = Get-PipesReplyClassification @p
    $first = ($r.body -replace '<[^>]+>', ' ' -split "`n" | Where-Object { $_.Trim() } | Select-Object -First 1)
    [pscustomobject]@{ Id = $r.id; Label = $r.label; Predicted = [string]$c.Classification
                       First = if ($first) { $first.Trim() } else { '' }; Evidence = ($c.Evidence -join ' | ') }
}
$n = $results.Count; $ok = @($results | Where-Object { $_.Label -eq $_.Predicted }).Count
'Accuracy: {0}/{1} = {2:P1}' -f $ok, $n, ($ok / $n)
''
'{0,-14} {1,7} {2,10} {3,10}' -f 'Class', 'N', 'Recall', 'Precision'
foreach ($k in $classes) {
    $tp = @($results | Where-Object { $_.Label -eq $k -and $_.Predicted -eq $k }).Count
    $t = @($results | Where-Object { $_.Label -eq $k }).Count
    $pp = @($results | Where-Object { $_.Predicted -eq $k }).Count
    '{0,-14} {1,7} {2,10} {3,10}' -f $k, $t, ('{0}/{1}' -f $tp, $t), $(if ($pp) { '{0}/{1}' -f $tp, $pp } else { '-' })
}
''
'Confusion (rows true, columns predicted):'
'{0,-14}' -f '' + (($classes | ForEach-Object { '{0,6}' -f $_.Substring(0, [Math]::Min(5, $_.Length)) }) -join '')
foreach ($k in $classes) {
    $line = '{0,-14}' -f $k
    foreach ($j in $classes) { $line += '{0,6}' -f @($results | Where-Object { $_.Label -eq $k -and $_.Predicted -eq $j }).Count }
    $other = @($results | Where-Object { $_.Label -eq $k -and $classes -notcontains $_.Predicted }).Count
    if ($other) { $line += "  (+$other other)" }
    $line
}
''
'Misclassified:'
foreach ($e in $results | Where-Object { $_.Label -ne $_.Predicted }) {
    $f = if ($e.First.Length -gt 80) { $e.First.Substring(0, 80) + '...' } else { $e.First }
    '{0}  true {1}, predicted {2}: "{3}"' -f $e.Id, $e.Label, $e.Predicted, $f
    '      evidence: {0}' -f $e.Evidence
}
