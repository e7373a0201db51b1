using System.Runtime.InteropServices;
using Pipes.Integrations;

namespace Pipes.Import;

/// <summary>
/// Refuses, before opening, a path that is not a regular file: opening a FIFO with no writer
/// waits for ever (and Ctrl+C cannot reach a thread blocked in open), and a device or socket has
/// no end to read to. Folders are refused everywhere; FIFOs, devices and sockets on Linux and
/// macOS, from stat(2) as .NET's own native layer reports it (the public API has no file type).
/// </summary>
internal static class FileKind
{
    // File-type bits of st_mode; the same values on every Unix, and .NET's System.Native passes them through unchanged.
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>Throws unless <paramref name="path"/> is a regular file (symbolic links followed).</summary>
    /// <exception cref="FileAccessError">Pipes.NotAFile (what it is instead) or Pipes.FileNotFound.</exception>
    /// <param name="path">The path to check.</param>
    /// <param name="use">What Pipes does with files, for the message ("imports", "attaches").</param>
    /// <param name="advice">The recommended action; the importer's when null.</param>
    public static void RequireRegularFile(string path, string use = "imports", string? advice = null)
    {
        if (System.IO.Directory.Exists(path)) throw NotAFile(path, "a folder", use, advice);
        if (OperatingSystem.IsWindows()) return;
        int mode;
        try
        {
            if (Stat(path, out var status) != 0)
            {
                if (!File.Exists(path)) throw new FileAccessError(path, ErrorIds.FileNotFound, PipesErrorKind.NotFound, $"Cannot find the file '{path}'.");
                return; // stat refused for another reason: opening will say why
            }
            mode = status.Mode;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return; // a runtime without System.Native's stat: opening decides
        }
        var what = (mode & TypeMask) switch
        {
            Regular => null,
            Fifo => "a named pipe (FIFO), which would wait for a writer",
            CharacterDevice => "a character device",
            BlockDevice => "a block device",
            Socket => "a socket",
            Directory => "a folder",
            _ => "not a regular file",
        };
        if (what is not null) throw NotAFile(path, what, use, advice);
    }

    private static FileAccessError NotAFile(string path, string what, string use, string? advice) =>
        new(path, ErrorIds.NotAFile, PipesErrorKind.InvalidInput, $"Cannot read '{path}': it is {what}, not a file. Pipes {use} only regular files.",
            advice ?? "Name a CSV or XLSX file; to import from a pipe or device, copy it to a file first.");

    /// <summary>The start of System.Native's FileStatus: Flags, then Mode (st_mode); the rest is room for the fields we do not read.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);
}
