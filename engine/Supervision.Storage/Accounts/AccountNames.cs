using System.Text.RegularExpressions;

namespace Supervision.Storage.Accounts;

/// <summary>
/// Sign-in names: 1–64 characters of lower-case ASCII letters, digits, '.', '_' and '-', starting with a letter or a
/// digit. What people type is trimmed and lower-cased first, so that "Wang.Li" signs in as "wang.li" and two accounts
/// can never differ by case alone (the table's CHECK holds the same pattern).
/// </summary>
public static partial class AccountNames
{
    /// <summary>The longest name; longer input is not looked up, and is cut to this length where it is recorded.</summary>
    public const int MaxLength = 64;

    /// <summary>The name as stored: trimmed, lower-case.</summary>
    public static string Normalize(string? typed) => (typed ?? "").Trim().ToLowerInvariant();

    /// <summary>True when <paramref name="name"/> (already normalized) is a valid sign-in name.</summary>
    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
