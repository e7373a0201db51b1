using System.Globalization;
using Pipes.Configuration;

// Pipes.Contention <config dir> <setting name> <iterations>
// Alternately writes its own setting (value "<iteration>") and increments the shared state
// counter "test.counter", so that a lost update in either file shows in the final values.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Pipes.Contention <config dir> <setting name> <iterations>");
    return 2;
}
var directory = new ConfigDirectory(args[0]);
var settings = new SettingsStore(directory.SettingsFile);
var state = new StateStore(directory.StateFile);
var iterations = int.Parse(args[2], CultureInfo.InvariantCulture);
for (var i = 1; i <= iterations; i++)
{
    settings.Set(args[1], i.ToString(CultureInfo.InvariantCulture));
    state.Update<long>("test.counter", count => count + 1);
}
Console.WriteLine("done");
return 0;
