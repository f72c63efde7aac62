namespace Supervision.Storage.Accounts;

/// <summary>What a password chosen by a person must satisfy (a one-time password made by <see cref="OneTimePassword"/> always does).</summary>
public static class PasswordRules
{
    /// <summary>Minimum length; length beats composition rules (NIST SP 800-63B).</summary>
    public const int MinLength = 10;

    /// <summary>Maximum length, so that a megabyte "password" cannot make a derivation expensive.</summary>
    public const int MaxLength = 256;

    /// <summary>Why the password is refused (Chinese, shown beside the field), or null when it is accepted.</summary>
    public static string? Problem(string? password, string userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return $"密码至少需要 {MinLength} 个字符";
        }

        if (password.Length > MaxLength)
        {
            return $"密码不能超过 {MaxLength} 个字符";
        }

        return string.Equals(password.Trim(), userName, StringComparison.OrdinalIgnoreCase) ? "密码不能与用户名相同" : null;
    }
}
