using System.Management.Automation;
using Pipes.Bria;
using Pipes.Integrations;

namespace Pipes.PowerShell.Commands.Dialer;

/// <summary>Starts a call in Bria, or puts the number on the clipboard when Bria cannot take it.</summary>
[Cmdlet(VerbsLifecycle.Invoke, "PipesDial", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(DialResult))]
public sealed class InvokePipesDialCommand : PipesCmdlet
{
    private BriaDialer? _dialer;
    // What the last number of this command did ("A call to 713-555-0101 was just started"): the next asks first.
    private string? _previous;
    private bool _yesToAll;
    private bool _noToAll;

    /// <summary>
    /// The number to call; binds Phone and PhoneNumber from piped records (a piped string is the number).
    /// Not mandatory to PowerShell, so that a record with no phone is this command's per-record error
    /// naming the row, not the record's type name taken for a number.
    /// </summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Phone")]
    [AllowEmptyString]
    [AllowNull]
    public string? PhoneNumber { get; set; }

    /// <summary>The piped record or number.</summary>
    [Parameter(ValueFromPipeline = true)]
    [AllowNull]
    public PSObject? InputObject { get; set; }

    private long _position;

    // The piped record this number came from; null when a number itself was piped or given.
    private PSObject? _record;

    // The number of this call: PhoneNumber, or the piped string.
    private string? _number;

    /// <summary>An extension to reach once the call connects; binds PhoneExtension.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("PhoneExtension")]
    public string? Extension { get; set; }

    /// <summary>Dials every number from the pipeline without asking before each one after the first.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void BeginProcessing() => _dialer = new BriaDialer(Environment, new SystemDialerPlatform());

    protected override void ProcessRecord()
    {
        _position++;
        // A piped string (or number) is the phone number itself; a record gives its Phone property.
        _record = InputObject?.BaseObject is string or long or int or decimal or double ? null : InputObject;
        // Into a field of this call, not the parameter: PowerShell resets only what it bound itself, so a piped string written into
        // PhoneNumber stayed there, and every later string dialled the first number (a trial).
        _number = PhoneNumber;
        if (string.IsNullOrWhiteSpace(_number) && InputObject is not null && _record is null)
            _number = InputObject.BaseObject.ToString();
        if (string.IsNullOrWhiteSpace(_number))
        {
            var record = _record;
            var which = RecordLabel.Describe(record, _position);
            Fail(new PipesException(ErrorIds.InvalidPhoneNumber, PipesErrorKind.InvalidInput,
                record is null ? "No phone number was given." : $"Not dialled: {RecordLabel.NoPhone(record, which)}.",
                "Give -PhoneNumber, or pipe records whose Phone property holds a number; filter the others out with Where-Object Phone.", which), which);
            return;
        }
        ForItem(_number, Dial);
    }

    private void Dial()
    {
        var target = _dialer!.Target(_number, Extension);
        // -WhatIf and -Confirm name whom the number reaches when a record gave it, and the address Bria is handed, which the
        // Dialer.* settings shape (a SIP setup can be checked without Bria): "713-555-0101 (row 7 of leads.csv (Jo Smith))", "sip:...".
        if (!ShouldProcessOrSayHow(_record is null ? target.Display : $"{target.Display} ({RecordLabel.Describe(_record, _position)})", $"Dial {target.Uri} with Bria (or copy the number to the clipboard)")) return;
        // One call at a time: after the first number, each further one is confirmed, unless -Force.
        if (_previous is not null && !Force && !ConfirmNext(target)) return;

        var result = Run(token => _dialer!.DialAsync(_number, Extension, token));
        if (result.Method == DialMethod.NotDialed) WriteWarning($"{target.Display} was not dialed and could not be copied to the clipboard: {result.Reason}.");
        else if (result.Reason is not null) WriteVerbose($"{result.Message}: {result.Reason}.");
        _previous = result.Method switch
        {
            DialMethod.Dialed => $"A call to {target.Display} was just started",
            DialMethod.CopiedToClipboard => $"{target.Display} was just put on the clipboard to dial by hand",
            _ => _previous, // nothing started: the next number is no second call
        };
        WriteObject(_record is null ? result : result with { Contact = RecordLabel.Describe(_record, _position) });
    }

    private bool ConfirmNext(DialTarget target)
    {
        try
        {
            if (ShouldContinue($"{_previous}. Dial {target.Display} too?", "Invoke-PipesDial", ref _yesToAll, ref _noToAll)) return true;
        }
        catch (Exception e) when (e is not PipelineStoppedException)
        {
            // No one to ask: refuse rather than start calls unattended. pwsh -NonInteractive says so (PSInvalidOperationException), a
            // runspace without a host throws HostException, and the console host with its input redirected (a scheduled task's
            // "pwsh -File s.ps1 < /dev/null") a NullReferenceException from its prompt (a trial: that reached the user as a Pipes fault).
            WriteDebug($"No answer could be asked for: {e.GetType().Name}: {e.Message}");
        }
        // Named as the other per-row errors name it: the number, and the row and person a record gave it from (a trial).
        var which = _record is null ? target.Display : $"{target.Display} ({RecordLabel.Describe(_record, _position)})";
        WriteError(new PipesException(ErrorIds.DialRefused, PipesErrorKind.InvalidInput,
            $"Not dialing {which}: {char.ToLowerInvariant(_previous![0])}{_previous[1..]}, and more than one number was given.",
            "Dial one number at a time, confirm each, or pass -Force to dial them all.", which));
        return false;
    }
}
