using Supervision.Draws.Gates;
using Supervision.Draws.Record;
using Supervision.Model.Import;

namespace Supervision.Tests.Gates;

/// <summary>The input gates on counts alone: each kind of broken input refuses with its reason; sound inputs pass.</summary>
public sealed class DrawGateTests
{
    private static readonly DrawGateThresholds Defaults = new();

    [Fact]
    public void SoundInputs_Pass()
    {
        var verdict = DrawGate.Check(Inputs(), Defaults);

        Assert.True(verdict.Passed);
        Assert.Equal("", verdict.Message);
    }

    [Fact]
    public void HeaderOnlyRegistry_Refuses()
    {
        var verdict = DrawGate.Check(Inputs(registry: Report("enterprises.csv", 0, 0)), Defaults);

        Assert.Contains(verdict.Refusals, r => r.StartsWith("enterprises.csv: no data rows", StringComparison.Ordinal));
        Assert.StartsWith(DrawGateVerdict.Prefix, verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingInspectorDirectory_Refuses()
    {
        var verdict = DrawGate.Check(Inputs(inspectors: false), Defaults);

        Assert.Contains(verdict.Refusals, r => r.StartsWith("inspectors.csv: no data rows", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1000, 900, true)]
    [InlineData(1000, 899, false)]
    [InlineData(1000, 0, false)]
    public void MostlyRejectedFile_RefusesBelowTheShare(long read, long accepted, bool passes)
    {
        var verdict = DrawGate.Check(Inputs(credit: Report("credit-records.csv", read, accepted)), Defaults);

        Assert.Equal(passes, verdict.Passed);
        if (!passes)
        {
            Assert.Contains(verdict.Refusals, r => r.StartsWith($"credit-records.csv: only {accepted:N0} of 1,000", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void InconsistentEncoding_Refuses()
    {
        var verdict = DrawGate.Check(Inputs(registry: Report("enterprises.csv", 4000, 3999) with { EncodingInconsistent = true }), Defaults);

        Assert.Contains(verdict.Refusals, r => r.StartsWith("enterprises.csv: its lines are not all in one encoding", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4000, 3201, true)]
    [InlineData(4000, 3199, false)]
    public void RegistryDropAgainstThePreviousNight_RefusesBeyondTheShare(long previous, long tonight, bool passes)
    {
        var inputs = Inputs(registry: Report("enterprises.csv", tonight, tonight)) with
        {
            AcceptedEnterprises = tonight,
            PreviousNight = (new DateOnly(2026, 11, 26), previous),
        };

        var verdict = DrawGate.Check(inputs, Defaults);

        Assert.Equal(passes, verdict.Passed);
        Assert.Equal(passes, !verdict.Refusals.Any(r => r.Contains("against 4,000 on 2026-11-26", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(10, 1, true)]
    [InlineData(10, 2, false)]
    public void UnstaffedTasks_RefuseBelowTheShare(int tasks, int unassigned, bool passes)
    {
        var verdict = DrawGate.Check(Inputs() with { Outcome = Outcome(tasks, unassigned) }, Defaults);

        Assert.Equal(passes, verdict.Passed);
        if (!passes)
        {
            Assert.Contains(verdict.Refusals, r => r.Contains("2 of 10 tasks cannot be staffed", StringComparison.Ordinal) && r.Contains("no inspector of 应急管理局 (2×)", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Thresholds_AreConfigurable()
    {
        var strict = new DrawGateThresholds { MinStaffedShare = 1 };
        var lax = new DrawGateThresholds { MinAcceptedShare = 0 };

        Assert.False(DrawGate.Check(Inputs() with { Outcome = Outcome(10, 1) }, strict).Passed);
        Assert.True(DrawGate.Check(Inputs(credit: Report("credit-records.csv", 10, 1)), lax).Passed);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Thresholds_OutsideZeroToOne_AreRefusedWithTheirName(double value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DrawGateThresholds { MaxRegistryDrop = value }.Validated());

        Assert.Equal(nameof(DrawGateThresholds.MaxRegistryDrop), error.ParamName);
    }

    private static DrawGateInputs Inputs(ImportReport? registry = null, ImportReport? credit = null, bool inspectors = true)
    {
        registry ??= Report("enterprises.csv", 4000, 4000);
        var reports = new List<ImportReport> { registry, credit ?? Report("credit-records.csv", 20000, 19990) };
        if (inspectors)
        {
            reports.Add(Report("inspectors.csv", 200, 200));
        }

        return new DrawGateInputs(reports, registry.Accepted, null, Outcome(10, 0));
    }

    private static ImportReport Report(string file, long read, long accepted) => new("/data/" + file, "UTF-8", read, accepted, read - accepted, []);

    private static DrawOutcome Outcome(int tasks, int unassigned) => new([], [.. Enumerable.Range(0, tasks).Select(i => Task(i, i < unassigned))], []);

    private static TaskRecord Task(int number, bool unassigned) => new(
        $"p/91210800000000000{number}/1", "p", "应急管理局", "I", $"91210800000000000{number}", "企业", $"v{number}",
        new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), ["A1"], unassigned ? [] : ["E001", "E002"],
        unassigned ? "the directory has no inspector of 应急管理局" : null, []);
}
