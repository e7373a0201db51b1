namespace Pipes.Import.Normalization;

/// <summary>
/// Domains one keystroke away from a big mail provider's ("gmail.con", "gmial.com", "yahho.com", "hotmal.com"):
/// typed by hand into a contact list, they bounce. The address is kept as written; the importer says which
/// provider it looks like, for a person to judge. Real domains that near (mail.com, email.com, ymail.com)
/// are not taken for typos.
/// </summary>
public static class EmailDomainTypos
{
    // Consumer providers, and the US internet providers a mineral owner's address is often at.
    private static readonly string[] Providers =
    [
        "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net", "sbcglobal.net", "bellsouth.net",
        "verizon.net", "charter.net", "earthlink.net", "protonmail.com", "aol.com", "live.com", "msn.com", "att.net", "cox.net",
    ];

    // Real domains one keystroke from a provider: never a typo of it.
    private static readonly HashSet<string> Real = new(StringComparer.OrdinalIgnoreCase) { "mail.com", "email.com", "ymail.com", "att.com", "cox.com" };

    // Every provider's length, shortest and longest: a domain more than one letter outside them is none's typo.
    private static readonly int ShortestProvider = Providers.Min(provider => provider.Length);
    private static readonly int LongestProvider = Providers.Max(provider => provider.Length);

    /// <summary>The provider's domain that <paramref name="address"/>'s domain is one edit from (a letter changed, added, dropped or two swapped); null when none or when it is one.</summary>
    public static string? Suggest(string address)
    {
        var at = address.LastIndexOf('@');
        if (at < 0) return null;
        var written = address.AsSpan(at + 1);
        // Asked of every address imported: the length test and one lower-casing keep the common case (no provider near) cheap.
        if (written.Length < ShortestProvider - 1 || written.Length > LongestProvider + 1) return null;
        Span<char> domain = stackalloc char[written.Length];
        written.ToLowerInvariant(domain);
        string? near = null;
        foreach (var provider in Providers)
        {
            if (Math.Abs(provider.Length - domain.Length) > 1) continue;
            if (domain.SequenceEqual(provider)) return null;
            // Short names (aol, msn, att, cox, live) are one keystroke from too many real domains: only their TLD is checked.
            if (provider.Length < 9 && !domain[..^Math.Min(domain.Length, 4)].SequenceEqual(provider.AsSpan(0, provider.Length - 4))) continue;
            if (near is null && OneEditApart(domain, provider)) near = provider;
        }
        return near is not null && !Real.Contains(domain.ToString()) ? near : null;
    }

    /// <summary>Whether the two (lower case) differ by one letter changed, added or dropped, or two neighbours swapped (optimal string alignment).</summary>
    private static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) start++;
        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) { endA--; endB--; }
        var restA = endA - start;
        var restB = endB - start;
        if (restA + restB == 1) return true; // one added or dropped
        if (restA == 1 && restB == 1) return true; // one changed
        return restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]; // two swapped
    }
}
