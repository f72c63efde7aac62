namespace Supervision.Draws.Protocol;

/// <summary>
/// The seed of a prepared draw, which no party chooses: it depends on the frozen inputs (through the preparation's hash),
/// on every department's share (committed before the inputs were published) and on a public random value that did not
/// exist when the preparation was published.
/// </summary>
public static class SeedDerivation
{
    /// <summary>The domain tag of the seed.</summary>
    public const string Tag = "supervision-draw/v2/seed";

    /// <summary>
    /// <c>hex(H("supervision-draw/v2/seed", preparation, department₁, share₁, …, departmentₙ, shareₙ, public value))</c>
    /// with <see cref="ProtocolHash.Of"/>; the shares in the preparation's order of commitments.
    /// </summary>
    /// <param name="preparationSha256">SHA-256 of the preparation file, hex.</param>
    /// <param name="shares">Every department's revealed share, in the preparation's order.</param>
    /// <param name="publicValue">The public random value, exactly as published (its text, UTF-8).</param>
    public static string Derive(string preparationSha256, IReadOnlyList<RevealedShare> shares, string publicValue)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(publicValue);
        var fields = new List<byte[]> { ProtocolHash.Text(Tag), ProtocolHash.Hex32(preparationSha256, "the preparation's SHA-256") };
        foreach (var share in shares)
        {
            fields.Add(ProtocolHash.Text(share.Department));
            fields.Add(ProtocolHash.Hex32(share.Share, $"the share of {share.Department}"));
        }

        fields.Add(ProtocolHash.Text(publicValue));
        return Convert.ToHexStringLower(ProtocolHash.Of([.. fields]));
    }
}
