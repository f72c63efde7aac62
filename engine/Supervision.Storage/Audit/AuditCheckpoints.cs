using System.Security.Cryptography;
using System.Text.Json;

namespace Supervision.Storage.Audit;

/// <summary>Signs, verifies, writes and reads <see cref="AuditCheckpoint"/>s (ECDSA P-256; the key never enters the database).</summary>
public static class AuditCheckpoints
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>Signs the head <paramref name="seq"/>/<paramref name="headHash"/> at <paramref name="at"/> with <paramref name="key"/>.</summary>
    public static AuditCheckpoint Sign(long seq, string headHash, DateTimeOffset at, ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var signature = key.SignData(AuditCheckpoint.Message(seq, headHash, at), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new AuditCheckpoint(seq, headHash, at.ToUniversalTime(), KeyId(key), Convert.ToBase64String(signature));
    }

    /// <summary>Null when <paramref name="checkpoint"/> was signed by <paramref name="publicKey"/>; else why not.</summary>
    public static string? CheckSignature(AuditCheckpoint checkpoint, ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(publicKey);
        if (checkpoint.KeyId != KeyId(publicKey))
        {
            return $"checkpoint of entry {checkpoint.Seq}: signed by key {checkpoint.KeyId}, not by the key given ({KeyId(publicKey)})";
        }

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(checkpoint.Signature);
        }
        catch (FormatException)
        {
            return $"checkpoint of entry {checkpoint.Seq}: the signature is not base64";
        }

        return publicKey.VerifyData(AuditCheckpoint.Message(checkpoint.Seq, checkpoint.HeadHash, checkpoint.At), signature, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            ? null
            : $"checkpoint of entry {checkpoint.Seq}: the signature does not match (the checkpoint was altered)";
    }

    /// <summary>SHA-256 of the key's SubjectPublicKeyInfo (DER), hex.</summary>
    public static string KeyId(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
    }

    /// <summary>Writes a checkpoint as JSON.</summary>
    public static void Write(string path, AuditCheckpoint checkpoint) => File.WriteAllText(path, JsonSerializer.Serialize(checkpoint, Json) + "\n");

    /// <summary>Reads a checkpoint.</summary>
    /// <exception cref="JsonException">The file is not a checkpoint.</exception>
    public static AuditCheckpoint Read(string path)
        => JsonSerializer.Deserialize<AuditCheckpoint>(File.ReadAllText(path), Json) ?? throw new JsonException($"{path} is not an audit checkpoint");
}
