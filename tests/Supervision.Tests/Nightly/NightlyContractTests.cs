using System.Reflection;
using Hangfire;
using Supervision.Jobs;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>
/// Hangfire stores job type, method and arguments: these are a contract with every job already enqueued, and the
/// conventions of job code (ids and dates only, bounded retries, no ambient clock or randomness) are checked here.
/// </summary>
public sealed class NightlyContractTests
{
    public static TheoryData<Type, string> Jobs => new()
    {
        { typeof(NightlyJob), "Supervision.Jobs.NightlyJob RunAsync(String, DateOnly, CancellationToken)" },
        { typeof(ScoreChunkJob), "Supervision.Jobs.ScoreChunkJob RunAsync(String, Int32, CancellationToken)" },
        { typeof(DrawsJob), "Supervision.Jobs.DrawsJob RunAsync(String, CancellationToken)" },
        { typeof(ScheduledNightlyJob), "Supervision.Jobs.ScheduledNightlyJob RunAsync(CancellationToken)" },
    };

    [Theory]
    [MemberData(nameof(Jobs))]
    public void Job_TypeMethodAndArguments_AreTheDocumentedContract(Type job, string contract)
    {
        var method = job.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Single();

        Assert.Equal("Supervision.Jobs", job.Assembly.GetName().Name);
        Assert.Equal(contract, $"{job.FullName} {method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})");
        Assert.Equal(typeof(Task), method.ReturnType);
        Assert.All(method.GetParameters(), p => Assert.Contains(p.ParameterType, new[] { typeof(string), typeof(int), typeof(DateOnly), typeof(CancellationToken) }));
    }

    public static TheoryData<Type> JobTypes => [typeof(NightlyJob), typeof(ScoreChunkJob), typeof(DrawsJob), typeof(ScheduledNightlyJob)];

    [Theory]
    [MemberData(nameof(JobTypes))]
    public void Job_RetriesAndQueue_AreBounded(Type job)
    {
        var retry = job.GetCustomAttribute<AutomaticRetryAttribute>();
        var queue = job.GetCustomAttribute<QueueAttribute>();

        Assert.NotNull(retry);
        Assert.NotNull(queue);
        Assert.Equal(3, retry.Attempts);
        Assert.Equal(AttemptsExceededAction.Fail, retry.OnAttemptsExceeded);
        Assert.Equal(NightlyJob.Queue, queue.Queue);
    }

    [Fact]
    public void EngineAssemblies_DoNotDependOnTheJobsOrHangfire()
    {
        var engine = new[] { typeof(Supervision.Data.Runs.FileRunStore), typeof(Supervision.Runs.IRunStore), typeof(Supervision.Rules.Scoring.ScoringEngine) }
            .Select(t => t.Assembly);

        var references = engine.SelectMany(a => a.GetReferencedAssemblies()).Select(r => r.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Supervision.Jobs", StringComparison.Ordinal) || r.StartsWith("Hangfire", StringComparison.Ordinal));
    }

    [Fact]
    public void JobSources_UseNoAmbientTimeOrRandomnessAndHoldOneTypeEach()
    {
        var forbidden = new[] { "DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "new Random(", "Random.Shared", "Guid.NewGuid" };
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "jobs", "Supervision.Jobs"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var ambient = sources.SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => forbidden.Any(x => l.Text.Contains(x, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetFileName(l.File)}:{l.Line}");
        var misnamed = sources.Where(f => !File.ReadAllText(f).Contains($" {Path.GetFileNameWithoutExtension(f)}", StringComparison.Ordinal));

        Assert.NotEmpty(sources);
        Assert.Empty(ambient);
        Assert.Empty(misnamed);
    }
}
