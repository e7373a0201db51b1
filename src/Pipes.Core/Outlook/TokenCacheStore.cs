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

    private static bool TryKeyring(ITokenCache cache, PipesEnvironment environment, string fileName)
    {
        try
        {
            var properties = new StorageCreationPropertiesBuilder(fileName + ".keyring", environment.Directory.Path)
                .WithLinuxKeyring("pipes.msal." + fileName, MsalCacheHelper.LinuxKeyRingDefaultCollection, "Pipes token cache",
                    new KeyValuePair<string, string>("Product", "Pipes"), new KeyValuePair<string, string>("Cache", fileName))
                .WithMacKeyChain("Pipes", "MSAL." + fileName)
                .Build();
            var helper = MsalCacheHelper.CreateAsync(properties).GetAwaiter().GetResult();
            helper.VerifyPersistence();
            helper.RegisterCache(cache);
            return true;
        }
        catch (Exception exception) when (exception is MsalCachePersistenceException or DllNotFoundException or EntryPointNotFoundException or TypeInitializationException or InvalidOperationException)
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
