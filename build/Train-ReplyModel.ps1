<#
.SYNOPSIS
    Writes src/Pipes.Core/Replies/reply-model.tsv, the reply intent model, from the labelled replies.
.DESCRIPTION
    Trains ReplyModelTrainer.Train (a multinomial logistic regression over the features and cues; deterministic,
    weights written as integers with the file's scale) on every reply of
    tests/data/replies (the project's 205) and ../shared/replies-dev (the independent 300), through the
    same code as the xunit test ReplyModelFileTests, which fails when the committed file is not what this
    script writes. Run it after any change to the quoted-history cut, the features or either corpus, then
    rebuild. Needs a built module (out/Pipes).
.EXAMPLE
    dotnet pwsh -NoProfile -File build/Train-ReplyModel.ps1
#>
[CmdletBinding()]
param(
    # The folder holding replies-dev (default: ../shared beside the repository).
    [string] $Shared
)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $root 'tests/TestTools.psm1')
$dependencies = Join-Path $root 'out/Pipes/Dependencies'
if (-not (Test-Path (Join-Path $dependencies 'Pipes.Core.dll'))) { throw "Build first: $dependencies/Pipes.Core.dll is missing (dotnet build -c Release)." }
Add-Type -Path (Join-Path $dependencies 'PhoneNumbers.dll'), (Join-Path $dependencies 'Pipes.Core.dll')
Add-ReplyTrainingType $dependencies

$project = [Pipes.Tests.Replies.ReplyCorpus]::Load((Join-Path $root 'tests/data/replies'))
$dev = if ($Shared) { , [Pipes.Tests.Replies.ReplyCorpus]::LoadDev((Join-Path $Shared 'replies-dev')) } else { , [Pipes.Tests.Replies.ReplyCorpus]::LoadDev((Join-Path $root '../shared/replies-dev')) }
$model = [Pipes.Tests.Replies.ReplyTraining]::TrainShipped($project, $dev)
$path = Join-Path $root 'src/Pipes.Core/Replies/reply-model.tsv'
[IO.File]::WriteAllText($path, [Pipes.Tests.Replies.ReplyTraining]::ModelText($model), [Text.UTF8Encoding]::new($false))
'{0}: {1} replies ({2} + {3}), {4} weighted features, {5:N0} bytes' -f $path, $model.Examples, $project.Count, $dev.Count, $model.FeatureCount, (Get-Item $path).Length
