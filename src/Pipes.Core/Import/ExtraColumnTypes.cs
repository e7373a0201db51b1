using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace Pipes.Import;

/// <summary>
/// Record types for a file's unmapped columns: a class derived from <see cref="ContactRecord"/> at
/// run time, with one property per column ("Lead Status"), read from and written to the record's own
/// values. PowerShell then sees the columns as ordinary properties (Export-Csv writes them, Select-Object
/// and Format-Table show them) without wrapping each record in a PSObject with note properties, which
/// cost about 1.5 µs a record and made a file with one unmapped column slower to import than Import-Csv
/// (issue 20).
/// </summary>
/// <remarks>
/// One type for each set of column names in the process, made on first use and kept: a type, once
/// made, cannot be unloaded, so a cache is what bounds their number (a session importing the same
/// export every hour makes one), and a folder of like files costs one type, not one per file (300
/// one-row files: 0.3 s, 0.7 s with a type per file). Only a file's header makes a type: a row longer
/// than its header is a plain record (a file of ragged rows would make one per width), and so is every
/// record once <see cref="MaxTypes"/> sets of columns have been seen in the process. Plain records
/// carry their columns as note properties (Import-PipesFile adds them). Thread-safe. The one static
/// state of Core (docs/ARCHITECTURE.md): the types belong to the process, as the assemblies do.
/// </remarks>
internal static class ExtraColumnTypes
{
    /// <summary>
    /// The most unmapped columns a record type is made for (a type's members are limited, and making
    /// them costs about 40 ms a thousand, more past a few thousand). A file with more (a rare, wide
    /// export, or a hostile one) gives plain records, and Import-PipesFile adds the columns as note
    /// properties, as it did for every file before.
    /// </summary>
    public const int MaxColumns = 1000;

    /// <summary>The most record types made in a process (each is a few kilobytes, kept for good).</summary>
    public const int MaxTypes = 1000;

    // Internal to Pipes.Core: the made assembly may call them (InternalsVisibleTo Pipes.Import.Columns), no one else.
    private static readonly MethodInfo GetValue = typeof(ContactRecord).GetMethod(nameof(ContactRecord.GetExtraColumnValue), BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly MethodInfo SetValue = typeof(ContactRecord).GetMethod(nameof(ContactRecord.SetExtraColumnValue), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private static readonly ConcurrentDictionary<string, Func<ContactRecord>> Made = new(StringComparer.Ordinal);
    private static readonly Lazy<ModuleBuilder> Module = new(() =>
        AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Pipes.Import.Columns"), AssemblyBuilderAccess.Run).DefineDynamicModule("Pipes.Import.Columns"));
    private static readonly object Gate = new();
    private static int _types;

    /// <summary>
    /// What a record of these unmapped columns is made by. <paramref name="names"/> are the columns in
    /// the order their values are kept; the properties take the same order (Export-Csv's column order).
    /// </summary>
    /// <remarks>More than <see cref="MaxColumns"/> names, or a new set past <see cref="MaxTypes"/>, give plain ContactRecords.</remarks>
    public static Func<ContactRecord> For(IReadOnlyList<string> names)
    {
        if (names.Count > MaxColumns) return Plain;
        var key = string.Join('\0', names); // header text has no NULs: the reader removes them
        if (Made.TryGetValue(key, out var made)) return made;
        lock (Gate) // one type per set even when two imports meet it at once; a ModuleBuilder is not thread-safe
        {
            if (Made.TryGetValue(key, out made)) return made;
            if (Made.Count >= MaxTypes) return Plain;
            return Made[key] = Make(names);
        }
    }

    private static readonly Func<ContactRecord> Plain = () => new ContactRecord();

    private static Func<ContactRecord> Make(IReadOnlyList<string> names)
    {
        var type = Define(ExtraColumnNames.AsProperties(names));
        var make = new DynamicMethod("New" + type.Name, typeof(ContactRecord), Type.EmptyTypes, type.Module);
        var il = make.GetILGenerator();
        il.Emit(OpCodes.Newobj, type.GetConstructor(Type.EmptyTypes)!);
        il.Emit(OpCodes.Ret);
        return make.CreateDelegate<Func<ContactRecord>>();
    }

    private static Type Define(string[] names)
    {
        // Get-Member shows this name; the record's views and type data come from ContactRecord, its base.
        var type = Module.Value.DefineType($"Pipes.Import.ContactRecordWithColumns{(++_types == 1 ? "" : _types)}",
            TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(ContactRecord));
        type.DefineDefaultConstructor(MethodAttributes.Public);
        for (var i = 0; i < names.Length; i++)
        {
            var property = type.DefineProperty(names[i], PropertyAttributes.None, typeof(object), null);
            const MethodAttributes accessor = MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig;
            var get = type.DefineMethod("get_" + names[i], accessor, typeof(object), Type.EmptyTypes);
            var il = get.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Call, GetValue);
            il.Emit(OpCodes.Ret);
            property.SetGetMethod(get);
            // Settable, as Import-Csv's note properties are: a script may mark a row before exporting it.
            var set = type.DefineMethod("set_" + names[i], accessor, null, [typeof(object)]);
            il = set.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Call, SetValue);
            il.Emit(OpCodes.Ret);
            property.SetSetMethod(set);
        }
        return type.CreateType();
    }
}
