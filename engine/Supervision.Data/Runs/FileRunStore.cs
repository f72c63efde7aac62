using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Supervision.Data.Draws;
using Supervision.Data.Scoring;
using Supervision.Draws.Drawing;
using Supervision.Draws.Record;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;
using Supervision.Runs;

namespace Supervision.Data.Runs;

/// <summary>
/// The embedded run store: a directory, laid out as
/// <code>
/// runs/&lt;run id&gt;/run.json             the run record (status)
/// runs/&lt;run id&gt;/chunks/NNNNN.csv     a chunk's assessments (lossless, see ChunkCsv)
/// runs/&lt;run id&gt;/chunks/NNNNN.done    the chunk counted complete (fan-in)
/// runs/&lt;run id&gt;/fan-in               created by the one job that found every chunk complete
/// runs/&lt;run id&gt;/assessments.csv      the export, as `supervision score` writes it
/// runs/&lt;run id&gt;/draw/                the draw, as `supervision draw` writes it
/// draws/&lt;yyyy-MM-dd&gt;/&lt;plan id&gt;.json the run that holds the plan for that draw date
/// </code>
/// </summary>
/// <remarks>
/// Files appear whole or not at all (<see cref="AtomicFile"/>); markers and claims are created exclusively, so
/// concurrent jobs of any number of processes on one file system agree on who counted the last chunk and who drew.
/// </remarks>
public sealed partial class FileRunStore : IRunStore
{
    public FileRunStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string RunDirectory(string runId) => Path.Combine(Root, "runs", SafeName(runId, nameof(runId)));

    public string AssessmentsFile(string runId) => Path.Combine(RunDirectory(runId), "assessments.csv");

    public string DrawDirectory(string runId) => Path.Combine(RunDirectory(runId), "draw");

    public Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = RunFile(runId);
        return Task.FromResult(File.Exists(path) ? RunJson.ReadRun(path) : null);
    }

    public Task<RunRecord> CreateRunAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(ChunkDirectory(run.RunId));
        var created = AtomicFile.TryCreate(RunFile(run.RunId), stream => RunJson.Write(stream, run));
        return Task.FromResult(created ? run : RunJson.ReadRun(RunFile(run.RunId)));
    }

    public Task UpdateRunAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        cancellationToken.ThrowIfCancellationRequested();
        var path = RunFile(run.RunId);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"run {run.RunId} does not exist in {Root}");
        }

        AtomicFile.Replace(path, stream => RunJson.Write(stream, run));
        return Task.CompletedTask;
    }

    public Task SaveChunkAsync(string runId, int chunkNo, IReadOnlyList<Assessment> assessments, CompiledBundle bundle, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunkNo);
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(ChunkDirectory(runId));
        AtomicFile.Replace(ChunkFile(runId, chunkNo), stream => ChunkCsv.Write(stream, assessments, bundle));
        return Task.CompletedTask;
    }

    public Task<bool> CompleteChunkAsync(string runId, int chunkNo, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunkNo);
        cancellationToken.ThrowIfCancellationRequested();
        var run = RequireRun(runId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(chunkNo, run.Chunks);
        if (!File.Exists(ChunkFile(runId, chunkNo)))
        {
            throw new InvalidOperationException($"run {runId}: chunk {chunkNo} cannot be complete before it is saved");
        }

        AtomicFile.TryCreate(Path.ChangeExtension(ChunkFile(runId, chunkNo), ".done"), _ => { });

        // Every caller counts after its own marker exists, so the caller that completed the last chunk sees them all;
        // several callers may see them all, and the exclusive fan-in marker picks one.
        var last = Completed(runId).Count >= run.Chunks
            && AtomicFile.TryCreate(Path.Combine(RunDirectory(runId), "fan-in"), stream => stream.Write(Encoding.UTF8.GetBytes($"chunk {chunkNo}\n")));
        return Task.FromResult(last);
    }

    public Task<IReadOnlySet<int>> CompletedChunksAsync(string runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlySet<int>>(Completed(runId));
    }

    public Task<IReadOnlyList<Assessment>> ReadAssessmentsAsync(string runId, CompiledBundle bundle, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Assessment>>([.. ReadChunks(runId, bundle, cancellationToken)]);

    public async IAsyncEnumerable<Assessment> StreamAssessmentsAsync(
        string runId, CompiledBundle bundle, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var assessment in ReadChunks(runId, bundle, cancellationToken))
        {
            yield return assessment;
        }

        await Task.CompletedTask;
    }

    public Task ExportAssessmentsAsync(string runId, CompiledBundle bundle, CancellationToken cancellationToken)
    {
        // Chunk by chunk: the export of a million enterprises never holds them all.
        AtomicFile.Replace(AssessmentsFile(runId), stream => AssessmentCsv.Write(stream, ReadChunks(runId, bundle, cancellationToken), bundle));
        return Task.CompletedTask;
    }

    private IEnumerable<Assessment> ReadChunks(string runId, CompiledBundle bundle, CancellationToken cancellationToken)
    {
        var run = RequireRun(runId);
        for (var chunk = 0; chunk < run.Chunks; chunk++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = ChunkFile(runId, chunk);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"run {runId}: chunk {chunk} has not been saved");
            }

            foreach (var assessment in ChunkCsv.Read(path, bundle))
            {
                yield return assessment;
            }
        }
    }

    public Task<DrawClaim> ClaimDrawAsync(string runId, DateOnly drawDate, IReadOnlyList<PlanPeriod> plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        cancellationToken.ThrowIfCancellationRequested();
        var directory = Path.Combine(Root, "claims");
        Directory.CreateDirectory(directory);

        // Plans are claimed in one global order, so two runs that want overlapping sets cannot both stop each other.
        var claimedNow = new List<string>();
        foreach (var plan in plans.Distinct().OrderBy(p => p.PlanId, StringComparer.Ordinal).ThenBy(p => p.From).ThenBy(p => p.To))
        {
            var path = Path.Combine(directory, PlanFileName(plan));
            if (AtomicFile.TryCreate(path, stream => RunJson.Write(stream, new DrawClaimFile(plan.PlanId, plan.From, plan.To, drawDate, runId))))
            {
                claimedNow.Add(path);
                continue;
            }

            var owner = RunJson.ReadClaim(path).RunId;
            if (owner != runId)
            {
                claimedNow.ForEach(File.Delete);
                return Task.FromResult(new DrawClaim(false, plan.PlanId, owner));
            }
        }

        return Task.FromResult(DrawClaim.Acquired);
    }

    public Task<IReadOnlyList<DrawClaim>> HeldByOthersAsync(string runId, IReadOnlyList<PlanPeriod> plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        cancellationToken.ThrowIfCancellationRequested();
        var held = new List<DrawClaim>();
        foreach (var plan in plans.Distinct().OrderBy(p => p.PlanId, StringComparer.Ordinal).ThenBy(p => p.From).ThenBy(p => p.To))
        {
            var path = Path.Combine(Root, "claims", PlanFileName(plan));
            if (File.Exists(path) && RunJson.ReadClaim(path).RunId is var owner && owner != runId)
            {
                held.Add(new DrawClaim(false, plan.PlanId, owner));
            }
        }

        return Task.FromResult<IReadOnlyList<DrawClaim>>(held);
    }

    public Task SaveDrawAsync(string runId, DrawResult draw, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draw);
        cancellationToken.ThrowIfCancellationRequested();
        var target = DrawDirectory(runId);
        if (Directory.Exists(target))
        {
            return Task.CompletedTask;
        }

        var temporary = Temporary(target, Environment.CurrentManagedThreadId);
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        DrawOutputs.Write(temporary, draw);
        try
        {
            // A directory rename is atomic: readers see no draw or the whole draw. The loser of a race keeps the winner's identical draw.
            Directory.Move(temporary, target);
        }
        catch (IOException) when (Directory.Exists(target))
        {
            Directory.Delete(temporary, recursive: true);
        }

        return Task.CompletedTask;
    }

    public Task<DrawResult?> ReadDrawAsync(string runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var directory = DrawDirectory(runId);
        var recordFile = Path.Combine(directory, DrawOutputs.RecordFile);
        if (!File.Exists(recordFile))
        {
            return Task.FromResult<DrawResult?>(null);
        }

        var snapshot = File.ReadAllBytes(Path.Combine(directory, DrawOutputs.PopulationFile));
        return Task.FromResult<DrawResult?>(new DrawResult(RecordJson.Read(recordFile), snapshot, ReadExclusions(Path.Combine(directory, "exclusions.csv")), []));
    }

    // exclusions.csv is written for people (BOM, formula escaping); the reasons are engine text that never starts like a
    // formula, so it reads back exactly.
    private static List<Exclusion> ReadExclusions(string path)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',', FieldCountMismatch = CsvFieldCountHandling.Throw });
        var exclusions = new List<Exclusion>();
        while (reader.Read())
        {
            exclusions.Add(new Exclusion(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3) == "true"));
        }

        return exclusions;
    }

    private RunRecord RequireRun(string runId)
    {
        var path = RunFile(runId);
        return File.Exists(path) ? RunJson.ReadRun(path) : throw new InvalidOperationException($"run {runId} does not exist in {Root}");
    }

    private HashSet<int> Completed(string runId)
    {
        var directory = ChunkDirectory(runId);
        return Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*.done").Select(f => int.Parse(Path.GetFileNameWithoutExtension(f), CultureInfo.InvariantCulture))]
            : [];
    }

    private string RunFile(string runId) => Path.Combine(RunDirectory(runId), "run.json");

    private string ChunkDirectory(string runId) => Path.Combine(RunDirectory(runId), "chunks");

    private string ChunkFile(string runId, int chunkNo) => Path.Combine(ChunkDirectory(runId), chunkNo.ToString("D5", CultureInfo.InvariantCulture) + ".csv");

    // Plan ids become file names (with the period); one that could not (a path separator, a dot first) is hex-encoded instead.
    private static string PlanFileName(PlanPeriod plan)
        => (SafeNamePattern().IsMatch(plan.PlanId) ? plan.PlanId : "x-" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(plan.PlanId)))
            + string.Create(CultureInfo.InvariantCulture, $"__{plan.From:yyyyMMdd}_{plan.To:yyyyMMdd}.json");

    private static string SafeName(string value, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, parameter);
        return SafeNamePattern().IsMatch(value) ? value : throw new ArgumentException($"'{value}' is not a valid id (letters, digits, '.', '_', '-')", parameter);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex SafeNamePattern();
}
