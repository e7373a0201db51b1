using Microsoft.Identity.Client;
using Microsoft.Identity.Client.Extensions.Msal;
using Pipes.Configuration;

namespace Pipes.Outlook;

/// <summary>
/// Where MSAL's token caches live: DPAPI-protected files on Windows, the Keychain on macOS, libsecret
/// on Linux where it works, else an owner-only (0600) file in the config directory. The fallback is
/// noted once (in the log and -Verbose), not treated as a failure: headless servers have no keyring.
/// </summary>
internal static class TokenCacheStore
{
    private const string FallbackNotedKey = "Outlook.TokenCacheFallbackNoted";

    public static void Attach(ITokenCache cache, PipesEnvironment environment, string fileName)
    {
        if (!OperatingSystem.IsWindows() && TryKeyring(cache, environment, fileName)) return;
        var file = new ProtectedFile(Path.Combine(environment.Directory.Path, fileName));
        cache.SetBeforeAccess(args =>
        {
            if (file.Read() is { } bytes) args.TokenCache.DeserializeMsalV3(bytes, shouldClearExistingCache: true);
        });
        cache.SetAfterAccess(args =>
        {
            if (args.HasStateChanged) file.Write(args.TokenCache.SerializeMsalV3());
        });
    }

    /// <summary>Deletes a cache: its owner-only file and, where one is used, its keyring entry. True when something was there.</summary>
    public static bool Forget(PipesEnvironment environment, string fileName)
    {
        var removed = new ProtectedFile(Path.Combine(environment.Directory.Path, fileName)).Delete();
        if (OperatingSystem.IsWindows()) return removed;
        try
        {
            var helper = MsalCacheHelper.CreateAsync(KeyringProperties(environment, fileName)).GetAwaiter().GetResult();
            var had = helper.LoadUnencryptedTokenCache() is { Length: > 0 };
            // This keyring entry is Pipes' own and holds only Pipes' sign-ins: forgetting them all is the point.
#pragma warning disable CS0618
            helper.Clear();
#pragma warning restore CS0618
            return removed | had;
        }
        catch (Exception exception) when (NoKeyring(exception))
        {
            return removed; // no keyring here: the file was the cache
        }
    }

    /// <summary>
    /// What a machine without a usable keyring throws: no libsecret or Keychain library, or (MSAL's internal InteropException,
    /// thrown when the cache is read) libsecret installed with no D-Bus session to reach it, as on a headless server where a
    /// desktop package brought libsecret in ("Cannot autolaunch D-Bus without X11 $DISPLAY": Disconnect-PipesOutlook failed).
    /// </summary>
    private static bool NoKeyring(Exception exception) =>
        exception is MsalCachePersistenceException or DllNotFoundException or EntryPointNotFoundException or TypeInitializationException or InvalidOperationException
        || exception.GetType().FullName == "Microsoft.Identity.Extensions.InteropException";

    private static StorageCreationProperties KeyringProperties(PipesEnvironment environment, string fileName) =>
        new StorageCreationPropertiesBuilder(fileName + ".keyring", environment.Directory.Path)
            .WithLinuxKeyring("pipes.msal." + fileName, MsalCacheHelper.LinuxKeyRingDefaultCollection, "Pipes token cache",
                new KeyValuePair<string, string>("Product", "Pipes"), new KeyValuePair<string, string>("Cache", fileName))
            .WithMacKeyChain("Pipes", "MSAL." + fileName)
            .Build();

    private static bool TryKeyring(ITokenCache cache, PipesEnvironment environment, string fileName)
    {
        try
        {
            var helper = MsalCacheHelper.CreateAsync(KeyringProperties(environment, fileName)).GetAwaiter().GetResult();
            helper.VerifyPersistence();
            helper.RegisterCache(cache);
            return true;
        }
        catch (Exception exception) when (NoKeyring(exception))
        {
            // Once per config directory: the state store remembers that it was said.
            if (!environment.State.Get<bool>(FallbackNotedKey))
            {
                environment.State.Set(FallbackNotedKey, true);
                environment.Log.Note("Outlook", $"No {(OperatingSystem.IsMacOS() ? "Keychain" : "libsecret keyring")} is available here ({exception.GetType().Name}); tokens are cached in an owner-only file in {environment.Directory.Path} instead.");
            }
            return false;
        }
    }
}
