using System.Text.RegularExpressions;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Cli;

/// <summary>
/// Every `./supervision …` example in the README runs as written (in order, as a reader would paste them): repository
/// paths are taken from the repository, `out/…` from a fresh directory, and the exit code is the one the README's
/// legend gives for what the example does. The help shows the exit-code legend exactly once.
/// </summary>
public sealed partial class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExamples_RunAsWritten()
    {
        using var output = new TempDirectory();
        var examples = Examples(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));
        Assert.True(examples.Count >= 8, $"found {examples.Count} examples");

        foreach (var example in examples)
        {
            var args = example.Select((a, i) => Resolve(a, i > 0 && example[i - 1].StartsWith("--", StringComparison.Ordinal), output.Path)).ToArray();

            // The examples follow one another on one machine: one draw ledger for all of them, as a reader's would be.
            if (args is ["draw", not ("verify" or "execute" or "share"), ..])
            {
                args = [.. args, "--ledger", Path.Combine(output.Path, "ledger")];
            }
            var (code, stdout, stderr) = CliRunner.Run(args);

            // The sample results hold six deliberately bad rows and late publications: both results verbs exit 4, as the README says.
            // A prepared draw's shares are fresh each run: a task its seed cannot staff is a result (4), not a failure.
            var expected = args is ["results", ..] ? [4] : args is ["draw", "execute", ..] ? new[] { 0, 4 } : [0];
            Assert.True(expected.Contains(code), $"{string.Join(' ', example)} exited {code}:\n{stderr}\n{stdout}");
            Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("draw")]
    [InlineData("rules", "check")]
    public void Help_ShowsTheExitCodeLegendOnce(params string[] verb)
    {
        var (code, stdout, _) = CliRunner.Run([.. verb, "--help"]);

        Assert.Equal(0, code);
        Assert.Single(Regex.Matches(stdout, "exit codes: 0 ok"));
    }

    [Theory]
    [InlineData("score", "--rules", "no-such-rules")]
    [InlineData("draw", "--rules", "no-such-rules")]
    [InlineData("nightly", "--rules", "no-such-rules")]
    [InlineData("rules", "check", "--rules", "no-such-rules")]
    [InlineData("draw", "--plan", "no-such-plan.yaml")]
    public void MissingRulesDirectoryOrPlanFile_IsMissingInput(params string[] args)
    {
        var resolved = args.Select(a => a == "no-such-rules" || a == "no-such-plan.yaml" ? Path.Combine(Path.GetTempPath(), a) : a).ToList();
        if (!resolved.Contains("--rules"))
        {
            resolved.AddRange(["--rules", RepoPaths.Rules]);
        }

        if (args[0] != "rules")
        {
            resolved.AddRange(["--data", RepoPaths.DataSamples, "--as-of", "2026-11-27"]);
        }

        if (args[0] == "draw")
        {
            resolved.AddRange(["--calendar", Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv")]);
        }

        var (code, _, stderr) = CliRunner.Run([.. resolved]);

        Assert.True(code == 3, $"exit {code}: {stderr}");
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    private static List<string[]> Examples(string readme)
    {
        var examples = new List<string[]>();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match block in CodeBlock().Matches(readme))
        {
            var text = block.Groups[1].Value.Replace("\\\n", " ", StringComparison.Ordinal);
            foreach (var line in text.Split('\n').Select(l => l.Trim()))
            {
                if (Assignment().Match(line) is { Success: true } assignment)
                {
                    variables[assignment.Groups[1].Value] = assignment.Groups[2].Value;
                }
                else if (line.StartsWith("./supervision ", StringComparison.Ordinal))
                {
                    examples.Add([.. line["./supervision ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(a => a.StartsWith('$') ? variables[a[1..]] : a)]);
                }
            }
        }

        return examples;
    }

    // An option's value that names a path of the repository (data-samples, rules, tests/…) is taken from the repository.
    private static string Resolve(string argument, bool optionValue, string output)
    {
        if (argument.StartsWith("out/", StringComparison.Ordinal))
        {
            return Path.Combine(output, argument["out/".Length..]);
        }

        // DEPARTMENT=@out/… names a file the examples wrote.
        if (argument.IndexOf("=@out/", StringComparison.Ordinal) is var at and > 0)
        {
            return argument[..(at + 2)] + Path.Combine(output, argument[(at + "=@out/".Length)..]);
        }

        var inRepo = Path.Combine(RepoPaths.Root, argument);
        return optionValue && (Directory.Exists(inRepo) || File.Exists(inRepo)) ? inRepo : argument;
    }

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex("^([A-Z_]+)=(\\S+)$")]
    private static partial Regex Assignment();
}
