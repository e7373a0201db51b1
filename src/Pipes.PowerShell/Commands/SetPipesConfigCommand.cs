using System.Management.Automation;
using Pipes.Configuration;
using Pipes.Integrations;
using Pipes.PowerShell.Completers;

namespace Pipes.PowerShell.Commands;

/// <summary>Validates and stores one setting in settings.json.</summary>
[Cmdlet(VerbsCommon.Set, "PipesConfig", SupportsShouldProcess = true)]
[OutputType(typeof(SettingValue))]
public sealed class SetPipesConfigCommand : PipesCmdlet
{
    /// <summary>The dotted setting name, e.g. Outlook.Mailbox.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SettingNameCompleter))]
    public string Name { get; set; } = string.Empty;

    /// <summary>The value; $null restores the default.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowNull]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(SettingValueCompleter))]
    public object? Value { get; set; }

    /// <summary>Writes the stored setting to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var value = Value is PSObject wrapped ? wrapped.BaseObject : Value;
        if (value is string { Length: 0 }) value = null;
        ForItem(Name, () =>
        {
            // Validate before asking, so -WhatIf also reports a bad name or value.
            var definition = Environment.Catalog.RequireSetting(Name);
            if (value is not null) definition.Convert(value);
            var action = value is null ? "Restore the default" : $"Set to '{FormatValue(value)}'";
            if (!ShouldProcessOrSayHow(definition.Name, action)) return;
            var stored = Environment.Settings.Set(definition.Name, value, CancellationToken);
            if (PassThru) WriteObject(stored);
        });
    }

    private static string FormatValue(object value) =>
        value is System.Collections.IEnumerable list and not string ? string.Join(", ", list.Cast<object>()) : value.ToString() ?? string.Empty;
}
