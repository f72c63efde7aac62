using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using Supervision.Storage.Audit;

namespace Supervision.Cli.Commands;

/// <summary>
/// `supervision audit`: verify the hash-chained audit log, make the signing key of its checkpoints, and sign a
/// checkpoint of its head to keep outside the database, so that a cut tail or a rewritten chain is detected.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(TimeProvider clock) => new("audit", "The hash-chained audit log and its signed checkpoints.")
    {
        Verify(clock), KeyGen(), Checkpoint(clock),
    };

    private static Command Verify(TimeProvider clock)
    {
        var connection = DbCommand.Connection();
        var retries = DbCommand.Retries();
        var checkpoints = new Option<string[]>("--checkpoint")
        {
            Description = "signed checkpoint file(s) from `audit checkpoint`: the log must still hold each one's entry with the same hash (a cut tail or a rewritten chain fails)",
            AllowMultipleArgumentsPerToken = true,
        };
        var publicKey = new Option<string?>("--public-key") { Description = "the checkpoints' public key (PEM) from `audit keygen`; required with --checkpoint" };
        var heads = new Option<string[]>("--head")
        {
            Description = "SEQ:HASH, a head of the log printed in a public notice (审计日志锚点): the log must still hold that entry with that hash",
            AllowMultipleArgumentsPerToken = true,
        };
        var verify = new Command("verify",
            "Walk the hash-chained audit log and report the first altered, inserted or deleted entry — and, held to signed checkpoints, a cut tail or a "
            + "rewritten chain; exit 6 when the log fails.")
        {
            connection, retries, checkpoints, publicKey, heads,
        };
        verify.SetAction((parse, ct) =>
        {
            var files = parse.GetValue(checkpoints) ?? [];
            var read = ReadCheckpoints(files, parse.GetValue(publicKey), out var code);
            var published = ReadHeads(parse.GetValue(heads) ?? []);
            if (published is null)
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            read = read is null ? null : [.. read, .. published];
            return read is null
                ? Task.FromResult(code)
                : DbCommand.Run(parse.GetValue(connection), parse.GetValue(retries), async database =>
                {
                    var result = await new AuditLog(database, clock).VerifyAsync(read, ct);
                    if (result.Problem is { } problem)
                    {
                        Console.WriteLine($"audit log broken at entry {problem.Seq}: {problem.Kind}: {problem.Detail}");
                        return ExitCodes.VerificationFailed;
                    }

                    Console.WriteLine($"audit log intact: {result.Entries} entries, last {result.LastSeq}, head hash {result.HeadHash}"
                        + (files.Length > 0 ? $"; holds the {files.Length} signed checkpoint(s)" : "")
                        + (published.Count > 0 ? $"; holds the {published.Count} published head(s)" : "")
                        + (read.Count > 0 ? $", the latest at entry {read.Max(c => c.Seq)}" : ""));
                    return ExitCodes.Ok;
                }, ct);
        });
        return verify;
    }

    private static Command KeyGen()
    {
        var output = new Option<string>("--out") { Description = "private key file to write (PEM, PKCS#8; must not exist); the public key goes beside it as <name>.pub.pem", Required = true };
        var command = new Command("keygen",
            "Make the ECDSA P-256 key that signs audit checkpoints. Keep the private key outside the database (an HSM or a regulator's machine); publish the public key.")
        {
            output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var publicPath = Path.ChangeExtension(path, null) + ".pub.pem";
            if (File.Exists(path) || File.Exists(publicPath))
            {
                Console.Error.WriteLine($"{path} or {publicPath} exists: a key is never overwritten");
                return ExitCodes.Usage;
            }

            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(key.ExportPkcs8PrivateKeyPem());
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.WriteAllText(publicPath, key.ExportSubjectPublicKeyInfoPem());
            Console.WriteLine($"key {AuditCheckpoints.KeyId(key)}: private {path}, public {publicPath}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Checkpoint(TimeProvider clock)
    {
        var connection = DbCommand.Connection();
        var retries = DbCommand.Retries();
        var key = new Option<string>("--key") { Description = "the private key (PEM) from `audit keygen`", Required = true };
        var output = new Option<string>("--out") { Description = "directory to write checkpoint-<entry>.json into (keep copies outside the database; publish them)", Required = true };
        var command = new Command("checkpoint",
            "Verify the audit log, then sign its head (last entry and hash, now) with the checkpoint key; a later `audit verify --checkpoint` detects a cut tail or a rewritten chain.")
        {
            connection, retries, key, output,
        };
        command.SetAction((parse, ct) =>
        {
            var keyPath = parse.GetValue(key)!;
            if (!File.Exists(keyPath))
            {
                Console.Error.WriteLine($"{keyPath} does not exist: make the key with `audit keygen`");
                return Task.FromResult(ExitCodes.MissingInput);
            }

            return DbCommand.Run(parse.GetValue(connection), parse.GetValue(retries), async database =>
            {
                var result = await new AuditLog(database, clock).VerifyAsync(ct);
                if (result.Problem is { } problem)
                {
                    Console.WriteLine($"audit log broken at entry {problem.Seq}: {problem.Kind}: {problem.Detail}; no checkpoint is signed over a broken chain");
                    return ExitCodes.VerificationFailed;
                }

                using var signer = ECDsa.Create();
                signer.ImportFromPem(File.ReadAllText(keyPath));
                var checkpoint = AuditCheckpoints.Sign(result.LastSeq, result.HeadHash, clock.GetUtcNow(), signer);
                var directory = parse.GetValue(output)!;
                Directory.CreateDirectory(directory);
                var path = Path.Combine(directory, $"checkpoint-{checkpoint.Seq}.json");
                AuditCheckpoints.Write(path, checkpoint);
                Console.WriteLine($"checkpoint of entry {checkpoint.Seq}, head hash {checkpoint.HeadHash}, signed {checkpoint.At:yyyy-MM-dd HH:mm:ss}Z by key {checkpoint.KeyId}: {path}");
                return ExitCodes.Ok;
            }, ct);
        });
        return command;
    }

    /// <summary>The heads printed in public notices, as checkpoints to hold the log to; null (with the reason on stderr) when one is malformed.</summary>
    private static List<AuditCheckpoint>? ReadHeads(string[] values)
    {
        var heads = new List<AuditCheckpoint>();
        foreach (var value in values)
        {
            var parts = value.Split(':');
            if (parts.Length != 2 || !long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seq) || seq < 1
                || parts[1].Length != 64 || !parts[1].All(Uri.IsHexDigit))
            {
                Console.Error.WriteLine($"--head '{value}': write SEQ:HASH, the entry number and the 64-character hash printed in the notice");
                return null;
            }

            heads.Add(AuditCheckpoint.Published(seq, parts[1].ToLowerInvariant()));
        }

        return heads;
    }

    /// <summary>The checkpoints, their signatures checked; null (with the reason on stderr and <paramref name="code"/>) when they cannot be used.</summary>
    private static List<AuditCheckpoint>? ReadCheckpoints(string[] files, string? publicKeyPath, out int code)
    {
        code = ExitCodes.Ok;
        if (files.Length == 0)
        {
            return [];
        }

        if (publicKeyPath is null || !File.Exists(publicKeyPath) || files.Any(f => !File.Exists(f)))
        {
            Console.Error.WriteLine(publicKeyPath is null ? "--checkpoint needs --public-key" : $"need {publicKeyPath} and every checkpoint file");
            code = publicKeyPath is null ? ExitCodes.Usage : ExitCodes.MissingInput;
            return null;
        }

        using var publicKey = ECDsa.Create();
        publicKey.ImportFromPem(File.ReadAllText(publicKeyPath));
        var checkpoints = new List<AuditCheckpoint>();
        foreach (var file in files)
        {
            AuditCheckpoint checkpoint;
            try
            {
                checkpoint = AuditCheckpoints.Read(file);
            }
            catch (JsonException e)
            {
                Console.Error.WriteLine($"{file}: not an audit checkpoint: {e.Message}");
                code = ExitCodes.MissingInput;
                return null;
            }

            if (AuditCheckpoints.CheckSignature(checkpoint, publicKey) is { } problem)
            {
                Console.WriteLine($"{file}: {problem}");
                code = ExitCodes.VerificationFailed;
                return null;
            }

            checkpoints.Add(checkpoint);
        }

        return checkpoints;
    }
}
