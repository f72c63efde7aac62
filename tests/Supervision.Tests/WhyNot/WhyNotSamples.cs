using Supervision.Tests.Cli;
using Supervision.Tests.Support;

namespace Supervision.Tests.WhyNot;

/// <summary>Picks data-samples enterprises from the golden assessments and finds source positions in the shipped rules.</summary>
internal static class WhyNotSamples
{
    private static readonly Lazy<IReadOnlyList<string[]>> Golden = new(() =>
        [.. File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "assessments-2026-11-27.csv"))
            .Skip(1).Select(l => l.Split(','))]);

    /// <summary>The first enterprise whose golden assessment matches; fields are counted from the end (names may hold commas).</summary>
    public static string Enterprise(string category, string safetyLevel, string creditClass, Func<IReadOnlySet<string>, bool> fired)
        => Golden.Value.First(r => r[^8] == category && r[^11] == safetyLevel && r[^9] == creditClass
            && fired(r[^3].Split(';').ToHashSet(StringComparer.Ordinal)))[0];

    /// <summary>A golden field of an enterprise: "credit_score", "safety_score".</summary>
    public static string GoldenValue(string uscc, string field)
    {
        var row = Golden.Value.Single(r => r[0] == uscc);
        return field switch
        {
            "safety_score" => row[^12],
            "credit_score" => row[^10],
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }

    /// <summary>An enterprise's value in data-samples/safety-indicators.csv.</summary>
    public static string SafetyIndicator(string uscc, string column)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.DataSamples, "safety-indicators.csv"));
        var header = lines[0].TrimStart('\uFEFF').Split(',').ToList();
        return lines.Select(l => l.Split(',')).Single(f => f[0] == uscc)[header.IndexOf(column)];
    }

    /// <summary>"file:line:column" of the <paramref name="occurrence"/>-th <paramref name="part"/> in the rule whose condition is <paramref name="when"/>.</summary>
    public static string Position(string file, string when, string part, int occurrence = 1, string? rules = null)
    {
        var lines = File.ReadAllLines(Path.Combine(rules ?? RepoPaths.Rules, file));
        var line = Array.FindIndex(lines, l => l.TrimEnd().EndsWith("when: " + when, StringComparison.Ordinal));
        Assert.True(line >= 0, $"no rule with when: {when} in {file}");
        var column = lines[line].IndexOf("when: ", StringComparison.Ordinal) + "when: ".Length;
        for (var i = 0; i < occurrence; i++)
        {
            column = lines[line].IndexOf(part, column + (i == 0 ? 0 : 1), StringComparison.Ordinal);
        }

        return $"{file}:{line + 1}:{column + 1}";
    }

    public static (int ExitCode, string Out, string Error) WhyNot(string uscc, string target)
        => CliRunner.Run("explain", uscc, "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--why-not", target);
}
