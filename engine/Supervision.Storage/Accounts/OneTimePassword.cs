using System.Security.Cryptography;

namespace Supervision.Storage.Accounts;

/// <summary>
/// One-time passwords that the admin hands over (by phone, on paper): 16 characters from an alphabet without look-alikes
/// (no 0/O, 1/l/I), about 90 bits, from the operating system's random number generator.
/// </summary>
public static class OneTimePassword
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A new one-time password.</summary>
    public static string Create() => RandomNumberGenerator.GetString(Alphabet, 16);
}
