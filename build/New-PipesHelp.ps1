<#
.SYNOPSIS
    Builds the module's MAML help (en-US/Pipes.PowerShell.dll-Help.xml) from module/help/*.md.
.DESCRIPTION
    Text (synopsis, description, examples, parameter descriptions) comes from the markdown files;
    syntax, parameter types, positions and pipeline binding come from the built cmdlets themselves,
    so help cannot drift from the code. The build fails when an exported command has no help
    file, fewer than two examples, or an undocumented parameter. Runs in its own pwsh process
    so the freshly built assembly is not locked by the build.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SourcePath
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$module = Import-Module (Join-Path $ModulePath 'Pipes.psd1') -PassThru -Force
$common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
$problems = [System.Collections.Generic.List[string]]::new()

function Read-HelpSource([string] $path) {
    $sections = @{ Examples = [System.Collections.Generic.List[object]]::new(); Parameters = @{} }
    $section = $null; $sub = $null; $buffer = [System.Text.StringBuilder]::new()
    $flush = {
        $text = $buffer.ToString().Trim(); [void]$buffer.Clear()
        if ($null -eq $section) { return }
        switch ($section) {
            'SYNOPSIS' { $sections.Synopsis = $text }
            'DESCRIPTION' { $sections.Description = $text }
            'EXAMPLES' { if ($sub) { $sections.Examples.Add([pscustomobject]@{ Title = $sub; Text = $text }) } }
            'PARAMETERS' { if ($sub) { $sections.Parameters[$sub.TrimStart('-')] = $text } }
        }
    }
    foreach ($line in Get-Content -LiteralPath $path) {
        if ($line -match '^## (.+)$') { & $flush; $section = $Matches[1].Trim(); $sub = $null; continue }
        if ($line -match '^### (.+)$') { & $flush; $sub = $Matches[1].Trim(); continue }
        if ($line -match '^# ') { continue }
        [void]$buffer.AppendLine($line)
    }
    & $flush
    $sections
}

function Split-Example([string] $text) {
    if ($text -notmatch '(?s)```(?:powershell)?\r?\n(.*?)```(.*)$') { return @{ Code = ''; Remarks = $text } }
    @{ Code = $Matches[1].TrimEnd(); Remarks = $Matches[2].Trim() }
}

function Write-Paras([System.Xml.XmlWriter] $w, [string] $text) {
    foreach ($para in ($text -split '(\r?\n){2,}' | Where-Object { $_.Trim() })) {
        $w.WriteElementString('maml', 'para', [NullString]::Value, (($para -split '\r?\n' | ForEach-Object Trim) -join ' '))
    }
}

function Write-Parameter([System.Xml.XmlWriter] $w, $parameter, $set, [string] $description) {
    $inSet = if ($set -and $parameter.ParameterSets.ContainsKey($set.Name)) { $parameter.ParameterSets[$set.Name] }
        elseif ($parameter.ParameterSets.ContainsKey('__AllParameterSets')) { $parameter.ParameterSets['__AllParameterSets'] }
        else { $parameter.ParameterSets.Values | Select-Object -First 1 }
    $pipeline = @(if ($inSet.ValueFromPipelineByPropertyName) { 'ByPropertyName' }; if ($inSet.ValueFromPipeline) { 'ByValue' })
    $w.WriteStartElement('command', 'parameter', [NullString]::Value)
    $w.WriteAttributeString('required', "$($inSet.IsMandatory)".ToLower())
    $w.WriteAttributeString('variableLength', "$($parameter.ParameterType.IsArray)".ToLower())
    $w.WriteAttributeString('globbing', "$([bool]($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }))".ToLower())
    $w.WriteAttributeString('pipelineInput', $(if ($pipeline) { "True ($($pipeline -join ', '))" } else { 'False' }))
    $w.WriteAttributeString('position', $(if ($inSet.Position -ge 0) { "$($inSet.Position)" } else { 'named' }))
    $w.WriteAttributeString('aliases', $(if ($parameter.Aliases.Count) { $parameter.Aliases -join ', ' } else { 'none' }))
    $w.WriteElementString('maml', 'name', [NullString]::Value, $parameter.Name)
    $w.WriteStartElement('maml', 'description', [NullString]::Value); Write-Paras $w $description; $w.WriteEndElement()
    if ($parameter.ParameterType -ne [switch]) {
        $w.WriteStartElement('command', 'parameterValue', [NullString]::Value)
        $w.WriteAttributeString('required', 'true'); $w.WriteAttributeString('variableLength', 'false')
        $w.WriteString((Get-FriendlyTypeName $parameter.ParameterType)); $w.WriteEndElement()
    }
    $w.WriteStartElement('dev', 'type', [NullString]::Value); $w.WriteElementString('maml', 'name', [NullString]::Value, (Get-FriendlyTypeName $parameter.ParameterType -Full)); $w.WriteEndElement()
    $w.WriteEndElement()
}

$target = Join-Path $ModulePath 'en-US'
New-Item -ItemType Directory -Force -Path $target | Out-Null
$settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
$file = Join-Path $target 'Pipes.PowerShell.dll-Help.xml'
$w = [System.Xml.XmlWriter]::Create($file, $settings)
$w.WriteStartElement('helpItems', 'http://msh'); $w.WriteAttributeString('schema', 'maml')
# Type names as a person reads them: Nullable`1[Char] is Char, List`1[String] is List[String].
function Get-FriendlyTypeName([type] $type, [switch] $Full) {
    if ($underlying = [Nullable]::GetUnderlyingType($type)) { $type = $underlying }
    if ($type.IsArray) { return (Get-FriendlyTypeName $type.GetElementType() -Full:$Full) + '[]' }
    $name = if ($Full) { $type.Namespace + '.' + $type.Name } else { $type.Name }
    if ($type.IsGenericType) { $name = $name -replace '`\d+$', '' ; $name += '[' + (($type.GetGenericArguments() | ForEach-Object { Get-FriendlyTypeName $_ -Full:$Full }) -join ', ') + ']' }
    $name
}

# INPUTS: what the pipeline can bind, from the cmdlet's own parameters.
function Get-PipelineInput($command) {
    $bound = foreach ($p in $command.Parameters.Values | Where-Object { $_.Name -notin $common }) {
        foreach ($set in $p.ParameterSets.Values) {
            if ($set.ValueFromPipeline) { [pscustomobject]@{ Type = Get-FriendlyTypeName $p.ParameterType -Full; Text = "Values for -$($p.Name)." } }
            if ($set.ValueFromPipelineByPropertyName) {
                $names = @($p.Name) + @($p.Aliases) | Select-Object -Unique
                [pscustomobject]@{ Type = 'System.Management.Automation.PSObject'; Text = "Objects with a property $(($names | ForEach-Object { "'$_'" }) -join ' or ') bind it to -$($p.Name)." }
            }
        }
    }
    $bound = @($bound | Sort-Object Type, Text -Unique)
    if ($bound.Count -eq 0) { return @([pscustomobject]@{ Type = 'None'; Text = 'This command takes no pipeline input.' }) }
    $bound
}

foreach ($command in Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name) {
    $source = Join-Path $SourcePath "$($command.Name).md"
    if (-not (Test-Path -LiteralPath $source)) { $problems.Add("$($command.Name): no help file $source"); continue }
    $help = Read-HelpSource $source
    if (-not $help['Synopsis']) { $problems.Add("$($command.Name): no SYNOPSIS") }
    if ($help.Examples.Count -lt 2) { $problems.Add("$($command.Name): $($help.Examples.Count) example(s); at least 2 wanted") }
    $parameters = $command.Parameters.Values | Where-Object { $_.Name -notin $common -or $_.Name -in 'WhatIf', 'Confirm' }
    foreach ($p in $parameters) { if (-not $help.Parameters.ContainsKey($p.Name)) { $problems.Add("$($command.Name): parameter -$($p.Name) is not documented") } }
    foreach ($name in $help.Parameters.Keys) { if ($name -notin $parameters.Name) { $problems.Add("$($command.Name): help documents -$name, which the cmdlet does not have") } }

    $w.WriteStartElement('command', 'command', 'http://schemas.microsoft.com/maml/dev/command/2004/10')
    $w.WriteAttributeString('xmlns', 'maml', [NullString]::Value, 'http://schemas.microsoft.com/maml/2004/10')
    $w.WriteAttributeString('xmlns', 'dev', [NullString]::Value, 'http://schemas.microsoft.com/maml/dev/2004/10')
    $w.WriteStartElement('command', 'details', [NullString]::Value)
    $w.WriteElementString('command', 'name', [NullString]::Value, $command.Name)
    $w.WriteElementString('command', 'verb', [NullString]::Value, $command.Verb)
    $w.WriteElementString('command', 'noun', [NullString]::Value, $command.Noun)
    $w.WriteStartElement('maml', 'description', [NullString]::Value); Write-Paras $w $help['Synopsis']; $w.WriteEndElement()
    $w.WriteEndElement()
    $w.WriteStartElement('maml', 'description', [NullString]::Value); Write-Paras $w $help['Description']; $w.WriteEndElement()
    $w.WriteStartElement('command', 'syntax', [NullString]::Value)
    foreach ($set in $command.ParameterSets) {
        $w.WriteStartElement('command', 'syntaxItem', [NullString]::Value)
        $w.WriteElementString('maml', 'name', [NullString]::Value, $command.Name)
        # Positional parameters first, by position, as PowerShell's own syntax lines read ("Import-PipesFile [-Path] <String[]> ...").
        $inOrder = $set.Parameters | Where-Object { $_.Name -notin $common -or $_.Name -in 'WhatIf', 'Confirm' } |
            Sort-Object -Stable { if ($_.Position -ge 0) { $_.Position } else { [int]::MaxValue } }
        foreach ($p in $inOrder) {
            Write-Parameter $w $command.Parameters[$p.Name] $set $help.Parameters[$p.Name]
        }
        $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteStartElement('command', 'parameters', [NullString]::Value)
    foreach ($p in $parameters) { Write-Parameter $w $p $null $help.Parameters[$p.Name] }
    $w.WriteEndElement()
    $w.WriteStartElement('command', 'inputTypes', [NullString]::Value)
    # Not $input: that is PowerShell's own variable, which reads standard input to its end (a build whose input is an open pipe hung here).
    foreach ($inputType in Get-PipelineInput $command) {
        $w.WriteStartElement('command', 'inputType', [NullString]::Value); $w.WriteStartElement('dev', 'type', [NullString]::Value)
        $w.WriteElementString('maml', 'name', [NullString]::Value, $inputType.Type); $w.WriteEndElement()
        $w.WriteStartElement('maml', 'description', [NullString]::Value); Write-Paras $w $inputType.Text; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteStartElement('command', 'returnValues', [NullString]::Value)
    foreach ($type in $command.OutputType) {
        $w.WriteStartElement('command', 'returnValue', [NullString]::Value); $w.WriteStartElement('dev', 'type', [NullString]::Value)
        $w.WriteElementString('maml', 'name', [NullString]::Value, $type.Type.FullName); $w.WriteEndElement(); $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteStartElement('command', 'examples', [NullString]::Value)
    foreach ($example in $help.Examples) {
        $parts = Split-Example $example.Text
        $w.WriteStartElement('command', 'example', [NullString]::Value)
        $w.WriteElementString('maml', 'title', [NullString]::Value, "-------------------------- $($example.Title) --------------------------")
        $w.WriteElementString('dev', 'code', [NullString]::Value, $parts.Code)
        $w.WriteStartElement('dev', 'remarks', [NullString]::Value); Write-Paras $w $parts.Remarks; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()
    # RELATED LINKS: the commands on the same noun (Get-/Set-/Remove-PipesSecret ...) or in the same area, and about_Pipes.
    $word = ($command.Noun -creplace '^Pipes', '' -csplit '(?=[A-Z])' | Where-Object { $_ } | Select-Object -Last 1)
    $related = Get-Command -Module $module.Name -CommandType Cmdlet | Where-Object { $_.Name -ne $command.Name -and ($_.Noun -eq $command.Noun -or $_.Noun -like "*$word*") } | Sort-Object Name
    $w.WriteStartElement('maml', 'relatedLinks', [NullString]::Value)
    foreach ($link in @($related | ForEach-Object Name) + 'about_Pipes') {
        if (-not $link) { continue }
        $w.WriteStartElement('maml', 'navigationLink', [NullString]::Value); $w.WriteElementString('maml', 'linkText', [NullString]::Value, $link); $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteEndElement()
}
$w.WriteEndElement()
$w.Dispose()

if ($problems.Count) {
    $problems | ForEach-Object { Write-Host "error : help: $_" }
    Remove-Item -LiteralPath $file
    exit 1
}
Write-Host "Help written for $(@(Get-Command -Module $module.Name).Count) commands: $file"
