using System.Security.Cryptography;
using Supervision.Data.Draws;
using Supervision.Draws.Drawing;
using Supervision.Draws.Plans;
using Supervision.Draws.Protocol;
using Supervision.Model.Import;
using Supervision.Draws.Record;
using Supervision.Rules.Diagnostics;

namespace Supervision.Application.Draws;

/// <summary>
/// The first phase of a draw nobody can steer (<see cref="DrawPreparation.Version"/>): before any randomness exists,
/// freeze the population (scored, pooled), the plans, the inspector directory and the calendar; take each participating
/// department's commitment to its secret share and the name of the public random value the draw will use; write
/// <c>preparation.json</c>, the snapshot, the exclusions and the pre-draw notice (抽查准备公告) to publish.
/// </summary>
public static class PrepareDraw
{
    /// <summary>Prepares the draw the request describes into its output directory.</summary>
    /// <param name="request">What to prepare, and where.</param>
    /// <param name="diagnostics">Receives the problems of the plans, the calendar and the commitments.</param>
    /// <exception cref="Supervision.Draws.Calendar.CalendarOutOfRangeException">The calendar does not cover a date the draw needs.</exception>
    public static PreparedDraw Run(DrawPreparationRequest request, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var (bundle, planFiles, dataDirectory, calendarFile, asOf, commitments, publicRandomness, gates, outputDirectory, ledger, at) = request;
        if (File.Exists(Path.Combine(outputDirectory, DrawPreparation.FileName)))
        {
            return PreparedDraw.Refused([], $"{Path.Combine(outputDirectory, DrawPreparation.FileName)} exists: a draw is prepared there already (one preparation per draw)");
        }

        if (string.IsNullOrWhiteSpace(publicRandomness))
        {
            return PreparedDraw.Refused([], "the public random value the draw will use must be named (its source, date or round, and how it is written)");
        }

        // Plans, calendar and commitments are checked before the population is scored (minutes for a million enterprises).
        var plans = DrawOnce.CheckInputs(bundle, planFiles, calendarFile, diagnostics, asOf);
        if (plans is null)
        {
            return PreparedDraw.Refused([], "the plans or the calendar have errors");
        }

        var problems = CommitmentProblems(plans, commitments);
        if (problems.Count > 0)
        {
            return PreparedDraw.Refused([], string.Join("; ", problems));
        }

        var (frozen, reports) = DrawOnce.Freeze(bundle, plans, dataDirectory, calendarFile, asOf);
        var verdict = DrawOnce.Gate((DrawOutcome?)null, reports, gates);
        if (!verdict.Passed)
        {
            return PreparedDraw.Refused(reports, verdict.Message, gated: true);
        }

        return Publish(frozen, reports, commitments, publicRandomness, outputDirectory, ledger, at);
    }

    /// <summary>
    /// Why <paramref name="commitments"/> cannot be a draw's of <paramref name="plans"/>: a department of the plans without
    /// a commitment, a commitment of another department, a department twice, a commitment that is not a hash.
    /// </summary>
    public static IReadOnlyList<string> CommitmentProblems(IReadOnlyList<InspectionPlan> plans, IReadOnlyList<ShareCommitment> commitments)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(commitments);
        var departments = Departments(plans);
        var committed = commitments.Select(c => c.Department).ToList();
        return departments.Except(committed, StringComparer.Ordinal).Select(d => $"no commitment for {d}, a department of the plans")
            .Concat(committed.Except(departments, StringComparer.Ordinal).Select(d => $"a commitment for {d}, which is not a department of the plans"))
            .Concat(committed.GroupBy(d => d, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key} committed more than once"))
            .Concat(commitments.Where(c => !ProtocolHash.IsHex32(c.Commitment)).Select(c => $"the commitment of {c.Department} is not 64 lower-case hexadecimal characters"))
            .ToList();
    }

    /// <summary>The departments of the plans, in the order the plans name them (the order of the shares in the seed).</summary>
    public static IReadOnlyList<string> Departments(IReadOnlyList<InspectionPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return [.. plans.SelectMany(p => p.Departments).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Publishes a frozen draw as a preparation: claims its plans and periods in <paramref name="ledger"/> (when given),
    /// then writes the snapshot, the exclusions, <c>preparation.json</c> and the pre-draw notice into
    /// <paramref name="outputDirectory"/>. The nightly run freezes from the candidates its chunks scored and publishes here.
    /// </summary>
    public static PreparedDraw Publish(
        FrozenDraw frozen, IReadOnlyList<ImportReport> reports, IReadOnlyList<ShareCommitment> commitments, string publicRandomness,
        string outputDirectory, DrawLedger? ledger, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(frozen);
        ArgumentException.ThrowIfNullOrWhiteSpace(publicRandomness);
        var preparation = new DrawPreparation(DrawPreparation.Version, frozen.DrawId, frozen.AsOf, frozen.BundleHash, frozen.CalendarHash,
            PopulationSnapshot.Hash(frozen.Snapshot), frozen.Population.Count, frozen.Exclusions.Count, frozen.Plans, frozen.Inspectors,
            commitments, publicRandomness.Trim());
        // One draw per plan and period: the preparation claims them before anything is published.
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(PreparationJson.Bytes(preparation)));
        if (ledger?.Claim(preparation.DrawId, preparation.Plans, $"preparation:{sha256}", Path.GetFullPath(outputDirectory), at) is { IsGranted: false } claim)
        {
            return PreparedDraw.Refused(reports, claim.Describe(), alreadyDrawn: true);
        }

        DrawOutputs.WriteFrozen(outputDirectory, frozen.Snapshot, frozen.Exclusions);
        PreparationJson.Write(Path.Combine(outputDirectory, DrawPreparation.FileName), preparation);
        PreparationNotice.Write(outputDirectory, preparation, sha256);
        return new PreparedDraw(preparation, sha256, reports, null, false);
    }
}
