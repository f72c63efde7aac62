namespace Supervision.Draws.Protocol;

/// <summary>
/// A department's secret seed share and its commitment. Each participating department draws 32 random bytes of its own
/// and publishes only the commitment in the pre-draw notice; at the draw it reveals the share, which must match.
/// </summary>
public static class SeedShares
{
    /// <summary>The domain tag of a share's commitment.</summary>
    public const string CommitmentTag = "supervision-draw/v2/share";

    /// <summary>
    /// <c>hex(H("supervision-draw/v2/share", department, share))</c> with <see cref="ProtocolHash.Of"/>: binding the
    /// share to its department, so that one department's share cannot stand for another's.
    /// </summary>
    /// <exception cref="FormatException">The share is not 64 lower-case hexadecimal characters.</exception>
    public static string Commitment(string department, string shareHex)
    {
        ArgumentException.ThrowIfNullOrEmpty(department);
        return Convert.ToHexStringLower(ProtocolHash.Of(ProtocolHash.Text(CommitmentTag), ProtocolHash.Text(department), ProtocolHash.Hex32(shareHex, $"the share of {department}")));
    }

    /// <summary>True when <paramref name="shareHex"/> is a well-formed share whose commitment is <paramref name="commitment"/>.</summary>
    public static bool Matches(string department, string shareHex, string commitment)
    {
        try
        {
            return Commitment(department, shareHex) == commitment;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
