using System.Security.Cryptography;

namespace Pipes.Configuration;

/// <summary>
/// Bytes kept for the current user only: DPAPI-encrypted on Windows; elsewhere an owner-only (0600)
/// file, replaced atomically. Used for the MSAL token cache.
/// </summary>
public sealed class ProtectedFile(string path)
{
    public string FilePath { get; } = path;

    public byte[]? Read()
    {
        if (!File.Exists(FilePath)) return null;
        var bytes = File.ReadAllBytes(FilePath);
        if (!OperatingSystem.IsWindows()) return bytes;
        try { return ProtectedData.Unprotect(bytes, null, DataProtectionScope.CurrentUser); }
        catch (CryptographicException) { return null; } // another user's or a damaged cache: start over
    }

    public void Write(byte[] bytes)
    {
        OwnerOnlyDirectory.Create(Path.GetDirectoryName(FilePath)!);
        var data = OperatingSystem.IsWindows() ? ProtectedData.Protect(bytes, null, DataProtectionScope.CurrentUser) : bytes;
        AtomicFile.Write(FilePath, data, ownerOnly: true);
    }

    public bool Delete()
    {
        if (!File.Exists(FilePath)) return false;
        File.Delete(FilePath);
        return true;
    }
}
