<#
.SYNOPSIS
    Reply classification: how it generalises (trained on one labelled corpus, measured on the other, both
    ways, and 5-fold over their union), per-class precision and recall, confusion matrices, and throughput
    through Get-PipesReplyClassification: the first call apart, then warm.
.DESCRIPTION
    The corpora are the project's 205 replies (tests/data/replies) and the 300 written independently
    (../shared/replies-dev). For each direction a model is trained on one corpus only with the shipped
    training code (ReplyModelTrainer, the same rules and cues) and measured on the other, which it never saw:
    first with the shipped hyperparameters, then with hyperparameters chosen by 5-fold inside the training
    corpus alone (nested: the measured corpus plays no part in any choice of that run). The perceptron the
    logistic model replaced is measured the same way on the same features, for comparison. The shipped model
    (trained on both) is then run through the cmdlet over the two corpora repeated until at least 20,000
    messages: its accuracy there is in-sample and printed as such; the first call (model load and JIT) is
    timed apart from the warm rate.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/replies.ps1
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/bench/replies.ps1 -BlindOnly
    Only the held-out sets tests/data/replies-blind (160), replies-blind2 (150), replies-blind3 (150), replies-blind4 (150), replies-blind5 (150), replies-blind6 (150), replies-blind7 (150), replies-blind8 (150), replies-blind9 (150), replies-blind10 (150), replies-blind11 (150), replies-blind12 (150), replies-blind13 (150), replies-blind14 (150), replies-blind15 (150), replies-blind16 (150), replies-blind17 (150), replies-blind18 (150), replies-blind19 (150), replies-blind20 (150), replies-blind21 (150), replies-blind22 (150), replies-blind23 (150), replies-blind24 (150), replies-blind25 (150), replies-blind26 (150), replies-blind27 (150), replies-blind28 (150), replies-blind29 (150), replies-blind30 (150), replies-blind31 (150) and replies-blind32 (150), replies no model was trained on, through the cmdlet: seconds.
#>
param(
    # Measure only the held-out sets (tests/data/replies-blind .. replies-blind32) with the shipped model; no training, no throughput.
    [switch] $BlindOnly,

    # With -BlindOnly: only these held-out sets, by folder name ('replies-blind12').
    [string[]] $Only
)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
Import-Module (Join-Path $root 'tests/TestTools.psm1')
$env:PIPES_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) "pipes-replies-$PID"
Add-ReplyTrainingType (Join-Path $root 'out/Pipes/Dependencies')
$project = [Pipes.Tests.Replies.ReplyCorpus]::Load((Join-Path $root 'tests/data/replies'))
$dev = [Pipes.Tests.Replies.ReplyCorpus]::LoadDev((Join-Path $root '../shared/replies-dev'))
$classes = 'Interested', 'NotInterested', 'OutOfOffice', 'Referral', 'Bounce', 'Unknown'

function Measure-Model($model, $replies) {
    $classifier = [Pipes.Replies.ReplyClassifier]::new($model)
    foreach ($r in $replies) { [pscustomobject]@{ Label = $r.Label; Got = "$($classifier.Classify([Pipes.Tests.Replies.ReplyTraining]::ToMessage($r)).Classification)" } }
}

function Show-Figures([string] $Title, $Pairs) {
    $right = @($Pairs | Where-Object { $_.Label -eq $_.Got }).Count
    ''
    '{0}: {1}/{2} right = {3:P1}' -f $Title, $right, $Pairs.Count, ($right / $Pairs.Count)
    '  {0,-14} {1,9} {2,9} {3,5}' -f 'class', 'precision', 'recall', 'n'
    foreach ($c in $classes) {
        $tp = @($Pairs | Where-Object { $_.Label -eq $c -and $_.Got -eq $c }).Count
        $predicted = @($Pairs | Where-Object Got -eq $c).Count
        $actual = @($Pairs | Where-Object Label -eq $c).Count
        '  {0,-14} {1,9:P1} {2,9:P1} {3,5}' -f $c, ($(if ($predicted) { $tp / $predicted } else { 0 })), ($(if ($actual) { $tp / $actual } else { 0 })), $actual
    }
    '  confusion (rows: label, columns: classified as)'
    '  {0,-14}' -f '' + (($classes | ForEach-Object { '{0,9}' -f $_.Substring(0, [Math]::Min(8, $_.Length)) }) -join '')
    foreach ($label in $classes) {
        ('  {0,-14}' -f $label) + (($classes | ForEach-Object { $got = $_; '{0,9}' -f @($Pairs | Where-Object { $_.Label -eq $label -and $_.Got -eq $got }).Count }) -join '')
    }
}

# The held-out sets: written blind to the classifier and never trained on (each set's README.md says by whom, how,
# and which of its errors have since been looked at), each to its own outreach's sender.
function Measure-Blind {
    Import-Module (Join-Path $root 'out/Pipes')
    foreach ($set in @{ Name = 'replies-blind'; To = 'Dana Whitfield <dana@redmesaminerals.com>' }, @{ Name = 'replies-blind2'; To = 'Marcus Whitfield <mwhitfield@pecosbasinroyalty.com>' }, @{ Name = 'replies-blind3'; To = 'Dale Prewitt <dprewitt@caprockmineral.com>' }, @{ Name = 'replies-blind4'; To = 'Dale Pruitt <dpruitt@caprockminerals.com>' }, @{ Name = 'replies-blind5'; To = 'Grant Okafor <gokafor@bayoucrestroyalty.com>' }, @{ Name = 'replies-blind6'; To = 'Priya Raman <praman@permianridgeop.com>' }, @{ Name = 'replies-blind7'; To = 'Dale Whitcomb <dwhitcomb@cimarronbasin.com>' }, @{ Name = 'replies-blind8'; To = 'Karen Mazur <kmazur@alleghenyridge.com>' }, @{ Name = 'replies-blind9'; To = 'Dale Whitcomb <dwhitcomb@prairiebutteop.com>' }, @{ Name = 'replies-blind10'; To = 'Travis Ekberg <tekberg@thunderbasingeo.com>' }, @{ Name = 'replies-blind11'; To = 'Renee Thibodeaux <rthibodeaux@redrivermidstream.com>' }, @{ Name = 'replies-blind12'; To = 'Marcus Oyelaran <moyelaran@wfroyalty.com>' }, @{ Name = 'replies-blind13'; To = 'Priya Ramaswamy <pramaswamy@redforkminerals.com>' }, @{ Name = 'replies-blind14'; To = 'Dana Whitfield <dwhitfield@caprockenergylp.com>' }, @{ Name = 'replies-blind15'; To = 'Rachel Okafor <rokafor@redforkres.com>' }, @{ Name = 'replies-blind16'; To = 'Daniel Kowalczyk <dkowalczyk@ohvalleyland.com>' }, @{ Name = 'replies-blind17'; To = 'Lucía Benavides <lbenavides@llanoroyalty.com>' }, @{ Name = 'replies-blind18'; To = 'Ingrid Halvorsen <ihalvorsen@redbutte-energy.com>' }, @{ Name = 'replies-blind19'; To = 'Marisol Tafoya <mtafoya@highdesertws.com>' }, @{ Name = 'replies-blind20'; To = 'Tomasz Wierzbicki <twierzbicki@abgathering.com>' }, @{ Name = 'replies-blind21'; To = 'Keisha Thibodeaux <kthibodeaux@bayoutechecs.com>' }, @{ Name = 'replies-blind22'; To = 'Caleb Rasmussen <crasmussen@frontrangeaudit.com>' }, @{ Name = 'replies-blind23'; To = 'Marisol Okafor <mokafor@smackoverbrine.com>' }, @{ Name = 'replies-blind24'; To = 'Travis Holloway <tholloway@cedarbluffws.com>' }, @{ Name = 'replies-blind25'; To = 'Priscilla Nakamura-Reyes <pnreyes@bighorntitle.com>' }, @{ Name = 'replies-blind26'; To = 'Deshawn Whitaker <dwhitaker@prairiewindtx.com>' }, @{ Name = 'replies-blind27'; To = 'Hannah Lindqvist <hlindqvist@keystoneapr.com>' }, @{ Name = 'replies-blind28'; To = 'Rafael Quintana-Burke <rquintanaburke@painteddeserthelium.com>' }, @{ Name = 'replies-blind29'; To = 'Shonda Blackfeather-Reyes <sblackfeather@cimarronwater.com>' }, @{ Name = 'replies-blind30'; To = 'Del Ochoa-Landry <dochoa@plainsmeridian.com>' }, @{ Name = 'replies-blind31'; To = 'Marisela Quintanilla-Hart <mquintanilla@transpecoscrude.com>' }, @{ Name = 'replies-blind32'; To = 'Dagny Halvorsen-Pike <dhalvorsen@npgpermits.com>' }) {
        if ($Only -and $set.Name -notin $Only) { continue }
        $lines = @(Get-Content -LiteralPath (Join-Path $root "tests/data/$($set.Name)/replies.jsonl") -Encoding utf8 | Where-Object { $_.Trim() })
        $pairs = foreach ($line in $lines) {
            $r = $line | ConvertFrom-Json -AsHashtable
            $p = @{ Subject = $r.subject; Body = $r.body; From = $r.from; To = $set.To; Received = [datetime]'2026-11-20' }
            if ($r.html) { $p.BodyType = 'Html' }
            if ($r.headers) { $p.Header = $r.headers }
            [pscustomobject]@{ Id = $r.id; Label = $r.label; Got = "$((Get-PipesReplyClassification @p).Classification)" }
        }
        Show-Figures "Shipped model on the held-out set tests/data/$($set.Name) ($($lines.Count), never trained on)" $pairs
        '  wrong: ' + ((@($pairs | Where-Object { $_.Label -ne $_.Got }) | ForEach-Object { '{0} {1}->{2}' -f $_.Id, $_.Label, $_.Got }) -join ', ')
    }
}
if ($BlindOnly) { Measure-Blind; Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue; return }

$train = { param($name, $replies, $options) [Pipes.Replies.ReplyModelTrainer]::Train([Pipes.Tests.Replies.ReplyTraining]::Examples($name, $replies), $options) }
$shipped = [Pipes.Replies.ReplyTrainingOptions]::new()
"Shipped hyperparameters: $shipped"
Show-Figures 'Trained on the project corpus (205), measured on replies-dev (300)' (Measure-Model (& $train 'project' $project $shipped) $dev)
Show-Figures 'Trained on replies-dev (300), measured on the project corpus (205)' (Measure-Model (& $train 'dev' $dev $shipped) $project)

# Nested: the hyperparameters of each direction chosen by 5-fold inside its training corpus only.
foreach ($direction in @(@{ Name = 'project'; Train = $project; Test = $dev; Title = 'project corpus -> replies-dev' }, @{ Name = 'dev'; Train = $dev; Test = $project; Title = 'replies-dev -> project corpus' })) {
    $choice = [Pipes.Tests.Replies.ReplyTraining]::ChooseOptions($direction.Name, $direction.Train)
    ''
    'Nested, {0}: chosen by 5-fold inside the training corpus ({1:P1} there): L2 {2}, letters {3}, pairs {4}, cues {5}' -f $direction.Title, $choice.Item2, $choice.Item1.L2, $choice.Item1.GramWeight, $choice.Item1.PairWeight, $choice.Item1.CueWeight
    Show-Figures "Nested, $($direction.Title)" (Measure-Model (& $train $direction.Name $direction.Train $choice.Item1) $direction.Test)
}

# The averaged perceptron the logistic model replaced, on the same features and rules.
foreach ($direction in @(@{ Name = 'project'; Train = $project; Test = $dev; Title = 'project -> dev' }, @{ Name = 'dev'; Train = $dev; Test = $project; Title = 'dev -> project' })) {
    $pairs = Measure-Model ([Pipes.Replies.ReplyModelTrainer]::TrainPerceptron([Pipes.Tests.Replies.ReplyTraining]::Examples($direction.Name, $direction.Train), 10)) $direction.Test
    $right = @($pairs | Where-Object { $_.Label -eq $_.Got }).Count
    'Perceptron (replaced), {0}: {1}/{2} = {3:P1}' -f $direction.Title, $right, $pairs.Count, ($right / $pairs.Count)
}

# 5-fold over the union: each reply is measured by a model that never saw it.
$union = @($project | ForEach-Object { [pscustomobject]@{ Corpus = 'project'; Reply = $_ } }) + @($dev | ForEach-Object { [pscustomobject]@{ Corpus = 'dev'; Reply = $_ } })
$folds = foreach ($k in 0..4) {
    $examples = [System.Collections.Generic.List[System.ValueTuple[string, Pipes.Replies.ReplyMessage, Pipes.Replies.ReplyClass]]]::new()
    for ($i = 0; $i -lt $union.Count; $i++) {
        if ($i % 5 -ne $k) { $examples.AddRange([Pipes.Tests.Replies.ReplyTraining]::Examples($union[$i].Corpus, [Pipes.Tests.Replies.LabelledReply[]]@($union[$i].Reply))) }
    }
    $held = for ($i = $k; $i -lt $union.Count; $i += 5) { $union[$i].Reply }
    Measure-Model ([Pipes.Replies.ReplyModelTrainer]::Train($examples, $shipped)) $held
}
Show-Figures '5-fold over the union (505)' $folds

# The shipped model through the cmdlet, as users call it.
Import-Module (Join-Path $root 'out/Pipes')
$messages = foreach ($r in @($project) + @($dev)) {
    [pscustomobject]@{ Label = $r.Label; Subject = $r.Subject; Body = $r.Body; BodyType = $r.BodyType; From = $r.From; To = $r.To; Headers = [hashtable]::new([System.Collections.Generic.Dictionary[string, string]]$r.Headers); Received = $(if ($r.Received) { $r.Received } else { [datetime]'2026-11-25' }) }
}
# The first call of the process: the model is read from the module (on first use, never at import) and the code is compiled.
$first = Measure-Command { $null = $messages[0] | Get-PipesReplyClassification }
''
'First call after Import-Module (model load and JIT included): {0:N0} ms' -f $first.TotalMilliseconds
$results = $messages | Get-PipesReplyClassification
$right = 0; for ($i = 0; $i -lt $messages.Count; $i++) { if ("$($results[$i].Classification)" -eq $messages[$i].Label) { $right++ } }
'Shipped model through the cmdlet, in sample (it was trained on these): {0}/{1} = {2:P1}' -f $right, $messages.Count, ($right / $messages.Count)

$repeat = [Math]::Ceiling(20000 / $messages.Count)
$many = foreach ($i in 1..$repeat) { $messages }
# The machine is shared: besides the wall-clock rate, the process's CPU seconds over the same pipeline (JIT and GC
# threads included), which other processes sway less.
function Measure-Pipeline($items) {
    [GC]::Collect()
    $process = [Diagnostics.Process]::GetCurrentProcess()
    $cpu = $process.TotalProcessorTime
    $elapsed = Measure-Command { $items | Get-PipesReplyClassification | Out-Null }
    $process.Refresh()
    [pscustomobject]@{ Seconds = $elapsed.TotalSeconds; Rate = $items.Count / $elapsed.TotalSeconds; CpuRate = $items.Count / ($process.TotalProcessorTime - $cpu).TotalSeconds }
}
$cold = Measure-Pipeline $many
'First pass: {0:N0} messages in {1:N2} s = {2:N0} messages/s ({3:N0} per CPU-second of the process), while the runtime still optimises the code' -f $many.Count, $cold.Seconds, $cold.Rate, $cold.CpuRate
$warm = Measure-Pipeline $many
'Warm: {0:N0} messages in {1:N2} s = {2:N0} messages/s on one pipeline thread ({3:N0} per CPU-second), {4:N2}x the 5,000/s per core the issue asks' -f $many.Count, $warm.Seconds, $warm.Rate, $warm.CpuRate, ($warm.CpuRate / 5000)
# The same pipeline with empty subjects and bodies: parameter binding and the cmdlet with next to no classification.
$empty = foreach ($m in $many) { $copy = $m.psobject.Copy(); $copy.Subject = ''; $copy.Body = ''; $copy }
$null = Measure-Pipeline $empty
$floor = Measure-Pipeline $empty
'Floor, the same objects with empty bodies (warm): {0:N0} messages/s ({1:N0} per CPU-second); classification is about {2:P0} of the warm time' -f $floor.Rate, $floor.CpuRate, (1 - $warm.Rate / $floor.Rate)
Measure-Blind
Remove-Item -Recurse -Force $env:PIPES_CONFIG_DIR -ErrorAction SilentlyContinue
