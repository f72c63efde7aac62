using System.Globalization;
using System.Text.Json;
using Supervision.Data.Import;
using Supervision.Data.Runs;
using Supervision.Draws.Record;

namespace Supervision.Data.Draws;

/// <summary>
/// One draw per plan and period, whichever output directory a draw is written to: a claim file per plan and period
/// (<c>&lt;plan&gt;__&lt;from&gt;_&lt;to&gt;.json</c>), created atomically. A second draw of a claimed plan and period is
/// refused unless it is the same draw again (same draw id and fingerprint: the same seed over the same frozen population,
/// or the same preparation), which only renders its files again. Voiding a draw is an explicit act with a reason: its
/// claims move to <c>voided/</c>, the void is listed in <c>voids.csv</c> and the plans may be drawn again.
/// </summary>
public sealed class DrawLedger(string directory)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>The environment variable naming the ledger directory when <c>--ledger</c> is not given.</summary>
    public const string EnvironmentVariable = "SUPERVISION_LEDGER";

    /// <summary>The list of voided draws, in the ledger directory.</summary>
    public const string VoidsFile = "voids.csv";

    /// <summary>The ledger directory.</summary>
    public string Directory { get; } = directory;

    /// <summary>The ledger a host uses by default: <see cref="EnvironmentVariable"/>, else one per user and machine.</summary>
    public static string DefaultDirectory()
        => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "supervision", "draw-ledger");

    /// <summary>
    /// Claims every plan of a draw for its period, all or none. Refused (nothing claimed) when any plan and period is
    /// claimed by another draw, or by this draw id with another fingerprint (a re-draw with another seed).
    /// </summary>
    /// <param name="drawId">The draw's id.</param>
    /// <param name="plans">The draw's plans (their ids and periods).</param>
    /// <param name="fingerprint">What makes it this draw: the seed commitment and the population hash, or the preparation's SHA-256.</param>
    /// <param name="location">Where the draw's files are written, a full path (for the void notice and for people), or where the run is kept.</param>
    /// <param name="at">When.</param>
    public LedgerClaim Claim(string drawId, IReadOnlyList<PlanRecord> plans, string fingerprint, string location, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plans);
        System.IO.Directory.CreateDirectory(Directory);
        var created = new List<string>();

        // In one global order, so that two draws claiming overlapping plans see the same first conflict.
        foreach (var plan in plans.OrderBy(Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(Directory, Key(plan) + ".json");
            var entry = new LedgerEntry(plan.Id, plan.PeriodFrom, plan.PeriodTo, drawId, fingerprint, location, at.ToUniversalTime());
            if (AtomicFile.TryCreate(path, stream => JsonSerializer.Serialize(stream, entry, Json)))
            {
                created.Add(path);
                continue;
            }

            var holder = Read(path);
            if (holder.DrawId == drawId && holder.Fingerprint == fingerprint)
            {
                continue;
            }

            // All or none: what this call claimed is released.
            created.ForEach(File.Delete);
            return LedgerClaim.Refused(holder);
        }

        return LedgerClaim.Granted(created.Count == 0);
    }

    /// <summary>Every claim the ledger holds (one per plan and period), in key order.</summary>
    public IReadOnlyList<LedgerEntry> Entries()
        => System.IO.Directory.Exists(Directory)
            ? [.. System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal).Select(Read)]
            : [];

    /// <summary>
    /// Voids the draw <paramref name="drawId"/>: its claims move to <c>voided/</c>, the void is appended to
    /// <c>voids.csv</c>; its plans and periods may be drawn again. Returns the voided claims (none when the ledger does not hold the draw).
    /// </summary>
    public IReadOnlyList<LedgerEntry> Void(string drawId, string reason, string actor, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var claims = Entries().Where(e => e.DrawId == drawId).ToList();
        if (claims.Count == 0)
        {
            return [];
        }

        var voided = Path.Combine(Directory, "voided");
        System.IO.Directory.CreateDirectory(voided);
        var stamp = at.UtcDateTime.ToString("yyyyMMddTHHmmssfffZ", CultureInfo.InvariantCulture);
        foreach (var claim in claims)
        {
            var key = Key(claim.PlanId, claim.PeriodFrom, claim.PeriodTo);
            File.Move(Path.Combine(Directory, key + ".json"), Path.Combine(voided, $"{key}.{stamp}.json"));
        }

        IReadOnlyList<string?> row =
        [
            at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), drawId, string.Join('+', claims.Select(c => c.PlanId)), reason, actor,
        ];
        var log = Path.Combine(Directory, VoidsFile);
        if (File.Exists(log))
        {
            SafeCsvWriter.Append(log, [row]);
        }
        else
        {
            SafeCsvWriter.Write(log, ["voided_at", "draw_id", "plans", "reason", "actor"], [row]);
        }

        return claims;
    }

    private static string Key(PlanRecord plan) => Key(plan.Id, plan.PeriodFrom, plan.PeriodTo);

    private static string Key(string planId, DateOnly from, DateOnly to) => $"{planId}__{from:yyyyMMdd}_{to:yyyyMMdd}";

    private static LedgerEntry Read(string path)
        => JsonSerializer.Deserialize<LedgerEntry>(File.ReadAllBytes(path), Json) ?? throw new InvalidDataException($"{path} is not a ledger claim");
}
