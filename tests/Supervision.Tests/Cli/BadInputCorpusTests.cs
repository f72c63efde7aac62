using Supervision.Tests.Results;
using Supervision.Tests.Support;

namespace Supervision.Tests.Cli;

/// <summary>
/// The red team's corpus (issue 17, item 4): every input here once ended in a stack trace. Each must now be reported
/// where it is — file:line:column and an SV code, or the option and its value — with the documented exit code, and
/// must leave what an earlier run wrote into --out as it was.
/// </summary>
public sealed class BadInputCorpusTests
{
    private const string Earlier = "earlier.csv";
    private const string EarlierText = "written by an earlier run\n";

    public static TheoryData<string> Cases =>
    [
        "yaml: bundle.yaml / rules check",
        "yaml: indicators.yaml / score",
        "yaml: tolerance.yaml / results decide",
        "yaml: plan / draw",
        "yaml: plan / nightly",
        "yaml: bundle.yaml / nightly",
        "yaml: GB18030 bundle.yaml / rules check",
        "yaml: GB18030 plan / draw",
        "bundle: a category starting with '-' / rules check",
        "plans: two with one id / draw",
        "plans: more general items per task than items / draw",
        "results: empty file / results import",
        "results: empty file / results decide",
        "results: header without a required column / results publish",
        "plans: two with one id / nightly",
        "calendar: year not covered / draw",
        "calendar: empty / draw",
        "calendar: header only / nightly",
        "calendar: 2026-02-30 / draw",
        "calendar: unknown kind / draw",
        "calendar: holiday and working day / nightly",
        "as-of: 0001-01-01 / score",
        "as-of: 9999-12-31 / score",
        "as-of: 0001-01-01 / draw",
        "as-of: 9999-12-31 / nightly",
        "as-of: 0001-01-01 / explain",
        "out: a directory / score",
        "out: under /proc / score",
        "out: an existing file / draw",
        "out: an existing file / nightly",
        "out: under a file / rules book",
        "out: under /proc / rules diff",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_IsReportedWhereItIs_WithoutAStackTrace(string name)
    {
        using var rules = new BundleCopy();
        var work = Directory.CreateTempSubdirectory("supervision-bad-input-").FullName;
        try
        {
            var output = Path.Combine(work, "out");
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, Earlier), EarlierText);
            var c = Build(name, rules, work, output);

            var (code, stdout, stderr) = CliRunner.Run(c.Args);

            Assert.Equal(c.ExitCode, code);
            foreach (var expected in c.Messages)
            {
                Assert.Contains(expected, stdout + stderr, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
            Assert.Equal(EarlierText, File.ReadAllText(Path.Combine(output, Earlier)));
            Assert.Equal([Path.Combine(output, Earlier)], Directory.GetFileSystemEntries(output));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void UnexpectedException_IsOneLineWithTheLog_NotAStackTrace()
    {
        using var error = new StringWriter();
        var code = Supervision.Cli.Commands.InternalError.Report(Thrown(), ["draw", "--as-of", "2026-11-27"], TimeProvider.System, error);

        var stderr = error.ToString();
        Assert.Equal(10, code);
        Assert.StartsWith("internal error: the disk went away (IOException; details in ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        var log = stderr[(stderr.IndexOf("details in ", StringComparison.Ordinal) + "details in ".Length)..].TrimEnd().TrimEnd(')');
        Assert.Contains("   at ", File.ReadAllText(log), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json", 1)]
    [InlineData("{\n  \"algorithm\": \"x\",\n  \"draw_id\": [1, 2]\n}", 3)]
    [InlineData("{ \"algorithm\": null }", 1)]
    public void DrawVerify_RecordThatIsNotADrawRecord_IsRefusedAtItsLine(string content, int line)
    {
        var work = Directory.CreateTempSubdirectory("supervision-bad-input-").FullName;
        try
        {
            var record = Path.Combine(work, "draw-record.json");
            File.WriteAllText(record, content);

            var (code, stdout, stderr) = CliRunner.Run("draw", "verify", record, "--population", record);

            Assert.Equal(3, code);
            Assert.StartsWith($"{record}:{line}:", stderr, StringComparison.Ordinal);
            Assert.Contains("error: not a draw record", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static IOException Thrown()
    {
        try
        {
            throw new IOException("the disk went away");
        }
        catch (IOException e)
        {
            return e;
        }
    }

    private static Case Build(string name, BundleCopy rules, string work, string output)
    {
        var r = rules.Directory;
        var data = RepoPaths.DataSamples;
        var calendar = Path.Combine(r, "calendar", "cn-working-days.csv");
        string[] draw = ["draw", "--rules", r, "--data", data, "--as-of", "2026-11-27", "--calendar", calendar, "--out", output];
        string[] nightly = ["nightly", "--rules", r, "--data", data, "--as-of", "2026-11-27", "--out", output];
        string[] score = ["score", "--rules", r, "--data", data, "--as-of", "2026-11-27", "--out", Path.Combine(output, "a.csv")];
        switch (name)
        {
            case "yaml: bundle.yaml / rules check":
                return new(["rules", "check", "--rules", r], 2, BreakYaml(r, "bundle.yaml"));
            case "yaml: indicators.yaml / score":
                return new(score, 2, BreakYaml(r, "indicators.yaml"));
            case "yaml: tolerance.yaml / results decide":
                return new(["results", "decide", "--draw", SampleResults.DrawRecordPath, "--results", SampleResults.ResultsPath, "--data", data,
                    "--rules", r, "--as-of", "2026-12-31", "--ledger-seed", SampleResults.LedgerSeedPath, "--out", output], 2, BreakYaml(r, "tolerance/tolerance.yaml"));
            case "yaml: plan / draw":
                return new(draw, 2, BreakYaml(r, "plans/2026-12-safety.yaml"));
            case "yaml: plan / nightly":
                return new(nightly, 2, BreakYaml(r, "plans/2026-12-market.yaml"));
            case "yaml: bundle.yaml / nightly":
                return new(nightly, 2, BreakYaml(r, "bundle.yaml"));
            case "yaml: GB18030 bundle.yaml / rules check":
                // 营 in GB18030 (D3 AA) happens to be valid UTF-8; 口 (BF DA) is not: line 1, column 4.
                ToGb18030(Path.Combine(r, "bundle.yaml"));
                return new(["rules", "check", "--rules", r], 2, ["bundle.yaml:1:4: error SV016: not UTF-8: byte 0xBF"]);
            case "bundle: a category starting with '-' / rules check":
                rules.Replace("bundle.yaml", "categories: [I, II, III, IV]", "categories: [I, II, III, -IV]");
                return new(["rules", "check", "--rules", r], 2, ["bundle.yaml:19:13: error SV015: category '-IV' may not start with '-'"]);
            case "yaml: GB18030 plan / draw":
                ToGb18030(Path.Combine(r, "plans", "2026-12-safety.yaml"));
                return new(draw, 2, ["plans/2026-12-safety.yaml:1:", "error SV016: not UTF-8"]);
            case "plans: more general items per task than items / draw":
                rules.Replace(Path.Combine("plans", "2026-12-safety.yaml"), "general_items_per_task: 2", "general_items_per_task: 50");
                return new(draw, 2, ["plans/2026-12-safety.yaml:32:25: error SV216: general_items_per_task is 50, but no department of the plan has more than"]);
            case "results: empty file / results import":
            case "results: empty file / results decide":
                var empty = Path.Combine(work, "results.csv");
                File.WriteAllText(empty, "");
                string[] results = ["--draw", SampleResults.DrawRecordPath, "--results", empty];
                return new(name.EndsWith("import", StringComparison.Ordinal) ? ["results", "import", .. results]
                    : ["results", "decide", .. results, "--data", data, "--rules", r, "--as-of", "2026-12-31", "--ledger-seed", SampleResults.LedgerSeedPath, "--out", output],
                    3, [$"{empty}:", "the file is empty: no header row", $"the results file {empty} cannot be read"]);
            case "results: header without a required column / results publish":
                var headerOnly = Path.Combine(work, "results.csv");
                File.WriteAllText(headerOnly, "task_id,uscc,date\n");
                return new(["results", "publish", "--draw", SampleResults.DrawRecordPath, "--results", headerOnly, "--calendar", calendar, "--as-of", "2026-12-31",
                    "--out", output], 3, [$"{headerOnly}:1: error: column 'inspectors': required column 'inspectors' or '检查人员' is missing"]);
            case "plans: two with one id / draw":
            case "plans: two with one id / nightly":
                File.Copy(Path.Combine(r, "plans", "2026-12-safety.yaml"), Path.Combine(r, "plans", "2026-12-safety-again.yaml"));
                return new(name.EndsWith("draw", StringComparison.Ordinal) ? draw : nightly, 2,
                    ["plans/2026-12-safety.yaml:2:5: error SV213: plan id 'SJ-2026-12-AQ' is already the id of plans/2026-12-safety-again.yaml"]);
            case "calendar: year not covered / draw":
                File.WriteAllLines(calendar, File.ReadAllLines(calendar).Where(l => !l.StartsWith("2026", StringComparison.Ordinal)));
                return new(draw, 2, [$"{calendar}:1:1: error SV227: plan SJ-2026-12-AQ (plans/2026-12-safety.yaml) runs 2026-12-01", "does not hold 2026"]);
            case "calendar: empty / draw":
                File.WriteAllText(calendar, "");
                return new(draw, 2, [$"{calendar}:1:1: error SV221: header must be: date,kind,name,source"]);
            case "calendar: header only / nightly":
                File.WriteAllText(calendar, "date,kind,name,source\n");
                return new(nightly, 2, [$"{calendar}:1:1: error SV226: the calendar holds no year"]);
            case "calendar: 2026-02-30 / draw":
                return new(draw, 2, [$"{calendar}:{AppendRow(calendar, "2026-02-30,holiday,春节,x")}:1: error SV223: '2026-02-30' is not a date"]);
            case "calendar: unknown kind / draw":
                return new(draw, 2, [$"{calendar}:{AppendRow(calendar, "2026-03-03,vacation,x,y")}:2: error SV224: kind must be holiday or workday, found 'vacation'"]);
            case "calendar: holiday and working day / nightly":
                return new(nightly, 2, [$"{calendar}:{AppendRow(calendar, "2026-10-01,workday,x,y")}:1: error SV225: 2026-10-01 is listed both as a holiday and as a working day (first on line"]);
            case "as-of: 0001-01-01 / score":
                return new(With(score, "--as-of", "0001-01-01"), 1, ["--as-of '0001-01-01' is outside 1900-01-01…2999-12-31"]);
            case "as-of: 9999-12-31 / score":
                return new(With(score, "--as-of", "9999-12-31"), 1, ["--as-of '9999-12-31' is outside"]);
            case "as-of: 0001-01-01 / draw":
                return new(With(draw, "--as-of", "0001-01-01"), 1, ["--as-of '0001-01-01' is outside"]);
            case "as-of: 9999-12-31 / nightly":
                return new(With(nightly, "--as-of", "9999-12-31"), 1, ["--as-of '9999-12-31' is outside"]);
            case "as-of: 0001-01-01 / explain":
                return new(["explain", "91210800MA0QXXXXXX", "--rules", r, "--data", data, "--as-of", "0001-01-01"], 1, ["--as-of '0001-01-01' is outside"]);
            case "out: a directory / score":
                return new(With(score, "--out", output), 1, [$"--out '{output}': is an existing directory; give a file name"]);
            case "out: under /proc / score":
                return new(With(score, "--out", "/proc/supervision-test/a.csv"), 1, ["--out '/proc/supervision-test/a.csv': ", "'/proc'"]);
            case "out: an existing file / draw":
            case "out: an existing file / nightly":
                var file = Path.Combine(output, Earlier);
                return new(With(name.EndsWith("draw", StringComparison.Ordinal) ? draw : nightly, "--out", file), 1, [$"--out '{file}': is an existing file; give a directory"]);
            case "out: under a file / rules book":
                var under = Path.Combine(output, Earlier, "book");
                return new(["rules", "book", "--rules", r, "--out", under], 1, [$"--out '{under}': '{Path.Combine(output, Earlier)}' is a file"]);
            case "out: under /proc / rules diff":
                return new(["rules", "diff", "--base", r, "--candidate", r, "--data", data, "--as-of", "2026-11-27", "--out", "/proc/supervision-test"], 1,
                    ["--out '/proc/supervision-test': ", "'/proc'"]);
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "no such case");
        }
    }

    /// <summary>Appends an unclosed flow sequence; the error is on the appended line, column 1.</summary>
    private static string[] BreakYaml(string rules, string relative)
    {
        var line = AppendRow(Path.Combine(rules, relative), "broken: [unclosed");
        return [$"{relative}:{line + 1}:1: error SV002: YAML syntax error"];
    }

    private static void ToGb18030(string path)
        => File.WriteAllText(path, File.ReadAllText(path), Import.TempDirectory.Gb18030);

    /// <summary>Appends a line and returns its 1-based number.</summary>
    private static int AppendRow(string path, string row)
    {
        var lines = File.ReadAllLines(path).ToList();
        lines.Add(row);
        File.WriteAllLines(path, lines);
        return lines.Count;
    }

    private static string[] With(string[] args, string option, string value)
    {
        var copy = args.ToArray();
        copy[Array.IndexOf(copy, option) + 1] = value;
        return copy;
    }

    private sealed record Case(string[] Args, int ExitCode, string[] Messages);
}
