<#
.SYNOPSIS
    Reply classification on the labelled corpus (tests/data/replies): accuracy on the tuned part and on
    the held-out fifth, per-class precision and recall, the confusion matrix, and throughput.
.DESCRIPTION
    Every reply goes through Get-PipesReplyClassification, as users call it. Throughput is measured on one
    pipeline thread over the corpus repeated until it holds at least 20,000 messages.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/replies.ps1
#>
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1')
Import-Module (Join-Path $root 'out/Pipes')
$env:PIPES_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) "pipes-replies-$PID"
Add-TestDataType tests/data/ReplyCorpus.cs
$corpus = [Pipes.Tests.Replies.ReplyCorpus]::Load((Join-Path $root 'tests/data/replies'))
$classes = 'Interested', 'NotInterested', 'OutOfOffice', 'Referral', 'Bounce', 'Unknown'

$messages = foreach ($r in $corpus) {
    [pscustomobject]@{ Label = $r.Label; HeldOut = $r.HeldOut; Subject = $r.Subject; Body = $r.Body; BodyType = $r.BodyType; From = $r.From; Headers = [hashtable]::new([System.Collections.Generic.Dictionary[string, string]]$r.Headers); Received = [datetime]'2026-11-25' }
}
$results = $messages | Get-PipesReplyClassification
$pairs = for ($i = 0; $i -lt $messages.Count; $i++) { [pscustomobject]@{ Label = $messages[$i].Label; Got = "$($results[$i].Classification)"; HeldOut = $messages[$i].HeldOut } }

foreach ($part in @(@{ Name = 'tuned part'; Rows = @($pairs | Where-Object { -not $_.HeldOut }) }, @{ Name = 'held-out fifth'; Rows = @($pairs | Where-Object HeldOut) }, @{ Name = 'whole corpus'; Rows = $pairs })) {
    $right = @($part.Rows | Where-Object { $_.Label -eq $_.Got }).Count
    '{0,-15} {1,3}/{2,3} right = {3:P1}' -f $part.Name, $right, $part.Rows.Count, ($right / $part.Rows.Count)
}
''
'{0,-14} {1,9} {2,9} {3,6}' -f 'class', 'precision', 'recall', 'n'
foreach ($c in $classes) {
    $tp = @($pairs | Where-Object { $_.Label -eq $c -and $_.Got -eq $c }).Count
    $predicted = @($pairs | Where-Object Got -eq $c).Count
    $actual = @($pairs | Where-Object Label -eq $c).Count
    '{0,-14} {1,9:P1} {2,9:P1} {3,6}' -f $c, ($(if ($predicted) { $tp / $predicted } else { 0 })), ($tp / $actual), $actual
}
''
'Confusion matrix (rows: label, columns: classified as)'
'{0,-14}' -f '' + (($classes | ForEach-Object { '{0,9}' -f $_.Substring(0, [Math]::Min(8, $_.Length)) }) -join '')
foreach ($label in $classes) {
    ('{0,-14}' -f $label) + (($classes | ForEach-Object { $got = $_; '{0,9}' -f @($pairs | Where-Object { $_.Label -eq $label -and $_.Got -eq $got }).Count }) -join '')
}

$repeat = [Math]::Ceiling(20000 / $messages.Count)
$many = foreach ($i in 1..$repeat) { $messages }
[GC]::Collect()
$elapsed = Measure-Command { $many | Get-PipesReplyClassification | Out-Null }
''
'Throughput: {0:N0} messages in {1:N2} s = {2:N0} messages/s on one pipeline thread (the issue asks at least 5,000)' -f $many.Count, $elapsed.TotalSeconds, ($many.Count / $elapsed.TotalSeconds)
Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue
